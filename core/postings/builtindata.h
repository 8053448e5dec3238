// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace jobprep {

// Reads a data file compiled into jobprep_core (resources/skills, resources/postings) with
// T::fromJson(bytes, &error). Without it the app cannot parse a posting, and the file is fixed at
// build time (a test reads each shipped file): a missing or broken one stops with the reason.
template <typename T> T loadBuiltIn(const char *resource, const char *what)
{
    QFile f(QString::fromLatin1(resource));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the built-in %s (%s) is missing from the resources", what, resource);
    QString error;
    T data = T::fromJson(f.readAll(), &error);
    if (!error.isEmpty())
        qFatal("the built-in %s (%s) is broken: %s", what, resource, qPrintable(error));
    return data;
}

// The root object of a JSON data file, or nullopt with *error saying what is wrong and where
// ("skills: unterminated string at offset 120").
inline std::optional<QJsonObject> readJsonObject(const QByteArray &json, const char *what, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error)
        *error = pe.error != QJsonParseError::NoError
                     ? QStringLiteral("%1: %2 at offset %3").arg(QLatin1String(what), pe.errorString()).arg(pe.offset)
                     : QStringLiteral("%1: the file is not a JSON object").arg(QLatin1String(what));
    return std::nullopt;
}

} // namespace jobprep
