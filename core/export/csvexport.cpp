// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "csvexport.h"
#include "planformat.h"

namespace jobprep {

using namespace planformat;

namespace {

// OWASP's list for CSV injection: a spreadsheet reads a cell that starts with one of these as a
// formula (=HYPERLINK(...) can send the sheet's contents away), whatever the quoting.
bool startsLikeAFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
    }
}

} // namespace

QString csvField(const QString &cell)
{
    // A leading ' makes Excel, LibreOffice and Google Sheets show the cell as text; a program that
    // reads the file as data sees the quote (none of the numeric columns can start like a formula).
    const QString text = startsLikeAFormula(cell) ? QLatin1Char('\'') + cell : cell;
    const bool quote = text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray planToCsv(const WeeklyPlan &plan)
{
    const QString crlf = QStringLiteral("\r\n");
    QString csv = QChar(0xFEFF) + QStringLiteral("date,start,end,hours,task,kind,quadrant,company,posting") + crlf;
    for (const PlanBlock &b : plan.allBlocks()) {
        const QStringList row{dateText(b.date),     clockText(b.startMinute), clockText(b.endMinute()),
                              hoursNumber(b.minutes), b.title,                toString(b.kind),
                              quadrantName(b.quadrant), b.company,             b.posting};
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        csv += fields.join(QLatin1Char(',')) + crlf;
    }
    return csv.toUtf8();
}

} // namespace jobprep
