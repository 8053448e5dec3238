// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "databasedump.h"
#include "storetestaccess.h"

#include <QStringList>

namespace jobprep::test {

QString dumpDatabase(Store &store)
{
    Database &db = database(store);
    QStringList tables;
    {
        Statement st = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                 "name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (st.step())
            tables << st.text(0);
    }
    QString out;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        {
            Statement info =
                db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
            info.bind(1, table);
            while (info.step())
                columns << QStringLiteral("\"%1\"").arg(info.text(0));
        }
        QStringList quoted;
        for (const QString &c : std::as_const(columns))
            quoted << QStringLiteral("quote(%1)").arg(c);
        out += QStringLiteral("== %1 (%2)\n").arg(table, columns.join(QLatin1Char(',')));
        Statement rows = db.prepare(
            QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                .arg(quoted.join(QStringLiteral(" || '|' || ")), table, columns.join(QLatin1Char(','))));
        while (rows.step())
            out += rows.text(0) + QLatin1Char('\n');
    }
    return out;
}

std::string firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(QLatin1Char('\n')), b = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1: expected \"%2\", got \"%3\"")
                .arg(i + 1)
                .arg(a.value(i), b.value(i))
                .toStdString();
    return {};
}

} // namespace jobprep::test
