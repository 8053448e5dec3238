// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsonio.h"
#include "core/domain/dates.h"
#include "core/store/storewriter.h"
#include "importpipeline.h"
#include "jsoniotext.h"

#include <QJsonArray>
#include <QSet>

namespace jobprep {
namespace {

QString dateOrEmpty(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

void putDate(QJsonObject &o, const char *key, const QDate &d)
{
    o.insert(QLatin1String(key), d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue());
}

} // namespace

QJsonObject exportJson(Store &store)
{
    QHash<Id, QString> names;
    QJsonArray companies;
    for (const Company &c : store.companies()) {
        names.insert(c.id, c.name);
        QJsonArray history;
        for (const StageChange &h : c.history)
            history.append(QJsonObject{{QStringLiteral("stage"), toString(h.stage)},
                                       {QStringLiteral("date"), dateOrEmpty(h.date)}});
        companies.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("stage"), toString(c.stage)},
                                     {QStringLiteral("interest"), c.interest},
                                     {QStringLiteral("website"), c.website},
                                     {QStringLiteral("notes"), c.notes},
                                     {QStringLiteral("codingTestNotes"), c.codingTestNotes},
                                     {QStringLiteral("history"), history}});
    }
    QJsonArray postings;
    for (const Posting &p : store.postings()) {
        QJsonArray lines;
        for (const PostingLine &l : p.lines) {
            QJsonObject line{{QStringLiteral("id"), l.id},
                             {QStringLiteral("section"), toString(l.section)},
                             {QStringLiteral("text"), l.text}};
            // Only what differs from the defaults, so that files without them read back the same.
            if (!l.heading.isEmpty())
                line.insert(QStringLiteral("heading"), l.heading);
            if (l.met)
                line.insert(QStringLiteral("met"), true);
            if (l.sectionByUser)
                line.insert(QStringLiteral("sectionByUser"), true);
            lines.append(line);
        }
        QJsonObject o{{QStringLiteral("id"), p.id},       {QStringLiteral("company"), names.value(p.companyId)},
                      {QStringLiteral("title"), p.title}, {QStringLiteral("role"), toString(p.role)},
                      {QStringLiteral("url"), p.url},     {QStringLiteral("text"), p.rawText},
                      {QStringLiteral("lines"), lines}};
        putDate(o, "deadline", p.deadline);
        postings.append(o);
    }
    QJsonArray tasks;
    for (const Task &t : store.tasks(true)) {
        QJsonArray lines;
        for (Id l : t.lineIds)
            lines.append(l);
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("kind"), toString(t.kind)},
                      {QStringLiteral("notes"), t.notes},
                      {QStringLiteral("estimate"), t.estimateHours},
                      {QStringLiteral("status"), toString(t.status)},
                      {QStringLiteral("company"), t.companyId ? QJsonValue(names.value(t.companyId)) : QJsonValue()},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("repeat"), toString(t.repeat)},
                      {QStringLiteral("streak"), t.streak},
                      {QStringLiteral("pinned"), int(t.pinned)},
                      {QStringLiteral("manualOrder"), t.manualOrder ? QJsonValue(double(*t.manualOrder)) : QJsonValue()},
                      {QStringLiteral("created"), t.created.toString(Qt::ISODate)},
                      {QStringLiteral("updated"), t.updated.toString(Qt::ISODate)}};
        putDate(o, "due", t.due);
        putDate(o, "doneOn", t.doneOn);
        tasks.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("jobprep")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("companies"), companies},
                       {QStringLiteral("postings"), postings},
                       {QStringLiteral("tasks"), tasks}};
}

namespace {

ImportSummary importWith(StoreWriter &store, const QByteArray &json, const ImportProgress &progress)
{
    // The companies already in the database, by the key names are matched with.
    QHash<QString, Id> companyIds;
    for (const Company &c : store.companies())
        companyIds.insert(companyKey(c.name), c.id);
    const QList<QString> storeKeys = companyIds.keys();
    // Reading and checking the file runs on a thread of its own from here on.
    ImportPipeline pipeline(json, QSet<QString>(storeKeys.cbegin(), storeKeys.cend()));
    const ImportHead &head = pipeline.head(); // the companies and postings, checked

    ImportSummary summary;
    const int total = int(head.companies.size() + head.postings.size() + head.taskCount);
    int done = 0;
    auto step = [&] {
        ++done;
        if (progress && (done % 250 == 0 || done == total) && !progress(done, total))
            throw ImportError(JsonIo::tr("import cancelled; nothing was imported"));
    };
    // All in one transaction. Everything written so far is rolled back if reading a later part
    // of the file fails, so the file goes in whole or not at all. Every reference comes from the
    // file's own names and line ids, each resolved and checked: the store checks them instead of
    // SQLite (bulkTransaction).
    store.bulkTransaction([&] {
        for (const Company &c : head.companies) {
            const QString key = companyKey(c.name);
            if (const auto existing = store.companyByName(c.name)) {
                companyIds.insert(key, existing->id);
                ++summary.companiesReused;
            } else {
                companyIds.insert(key, store.addCompany(c));
                ++summary.companiesAdded;
            }
            step();
        }
        QHash<qint64, Id> lineIds; // the file's line id -> the database's
        for (const auto &[company, filePosting] : head.postings) {
            Posting p = filePosting;
            for (PostingLine &l : p.lines)
                l.id = 0;
            p.id = 0;
            p.companyId = companyIds.value(companyKey(company));
            const Id id = store.addPosting(p);
            const Posting saved = *store.posting(id);
            for (int l = 0; l < filePosting.lines.size(); ++l)
                if (const Id fileId = filePosting.lines[l].id)
                    lineIds.insert(fileId, saved.lines.at(l).id);
            ++summary.postings;
            step();
        }
        pipeline.startTasks(companyIds, lineIds, store.taskRowFacts());
        const QList<Id> ids = store.addPreparedTasks(
            head.taskCount, [&](std::vector<PreparedTask> &batch) { return pipeline.nextBatch(batch); }, step);
        summary.tasks = int(ids.size());
    });
    return summary;
}

} // namespace

ImportSummary importJson(StoreWriter &store, const QByteArray &json, const ImportProgress &progress)
{
    return importWith(store, json, progress);
}

} // namespace jobprep
