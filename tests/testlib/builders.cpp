// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "core/store/store.h"
#include "storetestaccess.h"

#include <QJsonDocument>

namespace jobprep::test {

Company makeCompany(const QString &name, int interest, Stage stage)
{
    Company c;
    c.name = name;
    c.interest = interest;
    c.stage = stage;
    return c;
}

void importGenerated(Store &store, int tasks, quint64 seed, const QDate &today)
{
    importJson(store, QJsonDocument(DataGenerator(tasks, seed, today).jobprepJson()).toJson());
}

QString importError(Store &store, const QByteArray &json, const ImportProgress &progress)
{
    try {
        importJson(store, json, progress);
    } catch (const ImportError &e) {
        return e.message();
    }
    return {};
}

Task makeTask(const QString &title, Kind kind, const QDate &due, double hours)
{
    Task t;
    t.title = title;
    t.kind = kind;
    t.due = due;
    t.estimateHours = hours;
    return t;
}

Posting makePosting(Id companyId, const QString &title, const QDate &deadline,
                    const QList<QPair<Section, QString>> &lines)
{
    Posting p;
    p.companyId = companyId;
    p.title = title;
    p.role = Role::DataEngineer;
    p.deadline = deadline;
    for (const auto &[section, text] : lines)
        p.lines.append({0, section, text});
    return p;
}

QList<Id> lineIds(Store &store, Id postingId, Section section)
{
    QList<Id> out;
    const Posting posting = *store.posting(postingId);
    for (const PostingLine &l : posting.lines)
        if (l.section == section)
            out << l.id;
    return out;
}

} // namespace jobprep::test
