// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planexport.h"
#include "csvexport.h"
#include "htmlexport.h"
#include "icsexport.h"
#include "markdownexport.h"
#include "planjson.h"

#include <QSaveFile>

namespace jobprep {

namespace {
const char *const kNames[] = {"md", "csv", "ics", "html", "pdf", "json"};
}

std::optional<PlanFormat> planFormatFromString(QStringView name)
{
    for (int i = 0; i < 6; ++i)
        if (name.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<PlanFormat>(i);
    if (name.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return PlanFormat::Markdown;
    return std::nullopt;
}

QString toString(PlanFormat format) { return QLatin1String(kNames[int(format)]); }
QString fileSuffix(PlanFormat format) { return toString(format); }

QStringList planFormatNames()
{
    QStringList names;
    for (const char *n : kNames)
        names << QLatin1String(n);
    return names;
}

QByteArray exportPlan(const WeeklyPlan &plan, PlanFormat format, const QTimeZone &zone, const QDateTime &stamp)
{
    switch (format) {
    case PlanFormat::Markdown: return planToMarkdown(plan);
    case PlanFormat::Csv: return planToCsv(plan);
    case PlanFormat::Ics: return planToIcs(plan, zone, stamp);
    case PlanFormat::Html: return planToHtml(plan).toUtf8();
    case PlanFormat::Json: return planToJsonBytes(plan);
    case PlanFormat::Pdf: break;
    }
    return {};
}

bool saveFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
    return false;
}

} // namespace jobprep
