// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace jobprep::test {

// Runs one of the independent Python readers in tests/readers on `file` and returns what it
// printed. Debian's /usr/bin/python3 on purpose: it has python3-icalendar.
inline QJsonObject readWithPython(const char *script, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(JOBPREP_READERS "/") + QLatin1String(script), file});
    EXPECT_TRUE(p.waitForFinished(60000)) << script;
    const QByteArray out = p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 0) << script << ": " << p.readAllStandardError().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    return doc.object();
}

} // namespace jobprep::test
