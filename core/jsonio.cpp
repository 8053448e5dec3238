// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsonio.h"
#include "dates.h"
#include "jsonfields.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace jobprep {
namespace {

using jsonfields::forEachObject;
using jsonfields::lineColumn;
using jsonfields::Reader;
using jsonfields::Where;

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
        for (const PostingLine &l : p.lines)
            lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("section"), toString(l.section)},
                                     {QStringLiteral("text"), l.text}});
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

ImportSummary importJson(Store &store, const QByteArray &json, const ImportProgress &progress)
{
    // The fast reader takes the usual file; QJsonDocument has the last word on anything else,
    // including the line and column of a syntax error.
    std::optional<JsonDom> fast = JsonDom::parse(json);
    if (!fast) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
        if (perr.error != QJsonParseError::NoError)
            throw ImportError(QStringLiteral("%1: %2").arg(lineColumn(json, perr.offset), perr.errorString()));
        fast = JsonDom::fromQJson(doc);
    }
    const JsonDom &dom = *fast;
    if (dom.type(JsonDom::root()) != JsonDom::Type::Object)
        throw ImportError(JsonIo::tr("the document must be a JSON object with companies, postings and tasks"));
    const Where top;
    const Reader root(dom, JsonDom::root(), top);

    // 1. Read and check everything; nothing is written until the whole file is known to be good.
    QList<Company> companies;
    QSet<QString> companyKeys;
    const Where companiesWhere{&top, "companies"};
    forEachObject(dom, root.array("companies"), companiesWhere, [&](const Reader &r) {
        Company c;
        c.name = r.str("name", true, 200).trimmed();
        c.stage = r.enumValue<Stage>("stage", Stage::Interested);
        c.interest = int(r.number("interest", 3, 1, 5));
        c.website = r.str("website");
        c.notes = r.str("notes");
        c.codingTestNotes = r.str("codingTestNotes");
        const Where historyWhere{&r.where(), "history"};
        forEachObject(dom, r.array("history"), historyWhere, [&](const Reader &hr) {
            c.history.append({hr.enumValue<Stage>("stage", Stage::Interested), hr.date("date")});
        });
        if (companyKeys.contains(c.name.toCaseFolded()))
            r.fail(QStringLiteral("name"), JsonIo::tr("\"%1\" appears twice").arg(c.name));
        companyKeys.insert(c.name.toCaseFolded());
        if (const QString e = Store::validate(c); !e.isEmpty())
            r.fail(QStringLiteral("name"), e);
        companies.append(c);
    });
    // Whether a company name is known depends on the name alone; most files repeat a few names.
    QHash<QString, bool> knownNames;
    auto knownCompany = [&](const Reader &r, const QString &name) {
        auto it = knownNames.constFind(name);
        if (it == knownNames.constEnd())
            it = knownNames.insert(name, companyKeys.contains(name.toCaseFolded()) || store.companyByName(name));
        if (!*it)
            r.fail(QStringLiteral("company"), JsonIo::tr("no company named \"%1\" in the file or the database").arg(name));
    };

    QList<QPair<QString, Posting>> postings; // company name, posting with file-local line ids
    QSet<qint64> lineIds, postingIds;
    const Where postingsWhere{&top, "postings"};
    forEachObject(dom, root.array("postings"), postingsWhere, [&](const Reader &r) {
        Posting p;
        const QString company = r.str("company", true);
        knownCompany(r, company);
        p.id = qint64(r.number("id", 0, 0, 9e15));
        if (p.id && postingIds.contains(p.id))
            r.fail(QStringLiteral("id"), JsonIo::tr("%1 appears twice").arg(p.id));
        postingIds.insert(p.id);
        p.title = r.str("title", true, 300);
        p.role = r.enumValue<Role>("role", Role::Other);
        p.url = r.str("url");
        p.deadline = r.date("deadline");
        p.rawText = r.str("text", false, 1024 * 1024);
        const Where linesWhere{&r.where(), "lines"};
        forEachObject(dom, r.array("lines"), linesWhere, [&](const Reader &lr) {
            PostingLine line;
            line.id = qint64(lr.number("id", 0, 0, 9e15));
            if (line.id && lineIds.contains(line.id))
                lr.fail(QStringLiteral("id"), JsonIo::tr("line id %1 appears twice").arg(line.id));
            lineIds.insert(line.id);
            line.section = lr.enumValue<Section>("section", Section::Other);
            line.text = lr.str("text", true, 5000);
            p.lines.append(line);
        });
        if (const QString e = Store::validate(p); !e.isEmpty())
            r.fail(QStringLiteral("title"), e);
        postings.append({company, p});
    });

    QList<QPair<QString, Task>> tasks;
    // A task's company, read and checked once per spelling: 100 000 tasks name a few hundred companies.
    std::unordered_map<std::string_view, QString> companiesSeen;
    auto companyOf = [&](const Reader &r) {
        QByteArrayView bytes;
        const JsonDom::Index v = r.value("company");
        const bool plain = !dom.isNull(v) && dom.plainBytes(v, &bytes);
        if (plain)
            if (const auto it = companiesSeen.find(std::string_view(bytes.data(), size_t(bytes.size())));
                it != companiesSeen.end())
                return it->second; // passed every check below before
        const QString company = r.str("company");
        if (!company.isEmpty())
            knownCompany(r, company);
        if (plain)
            companiesSeen.emplace(std::string_view(bytes.data(), size_t(bytes.size())), company);
        return company;
    };
    const Where tasksWhere{&top, "tasks"};
    const JsonDom::Index ta = root.array("tasks");
    if (ta != JsonDom::npos)
        tasks.reserve(dom.size(ta));
    forEachObject(dom, ta, tasksWhere, [&](const Reader &r) {
        Task t;
        t.title = r.str("title", true, 300);
        t.kind = r.enumValue<Kind>("kind", Kind::Other);
        t.notes = r.str("notes");
        t.due = r.date("due");
        t.estimateHours = r.number("estimate", 2, 0.01, 1000);
        t.status = r.enumValue<Status>("status", Status::Todo);
        t.doneOn = r.date("doneOn");
        QString company = companyOf(r);
        if (const JsonDom::Index la = r.array("lines"); la != JsonDom::npos) {
            JsonDom::Index e = JsonDom::first(la);
            for (int l = 0, n = dom.size(la); l < n; ++l, e = dom.next(e)) {
                // Ids beyond ±9e15 are no line id (and would not fit a qint64).
                const bool isNumber = dom.type(e) == JsonDom::Type::Number;
                const double v = isNumber ? dom.number(e) : -1;
                const qint64 id = std::fabs(v) < 9.2e18 ? qint64(v) : -1;
                if (!isNumber || !lineIds.contains(id) || id == 0)
                    r.fail(QStringLiteral("lines[%1]").arg(l), JsonIo::tr("refers to no posting line in this file"));
                t.lineIds.append(id);
            }
        }
        t.repeat = r.enumValue<Repeat>("repeat", Repeat::None);
        t.streak = int(r.number("streak", 0, 0, 1e6));
        t.pinned = static_cast<Quadrant>(int(r.number("pinned", 0, 0, 4)));
        if (!dom.isNull(r.value("manualOrder")))
            t.manualOrder = qint64(r.number("manualOrder", 0, -1e12, 1e12));
        t.created = r.timestamp("created");
        t.updated = r.timestamp("updated");
        if (const QString e = Store::validate(t); !e.isEmpty())
            r.fail(QStringLiteral("title"), e);
        tasks.append({std::move(company), std::move(t)});
    });

    // 2. Write it all in one transaction.
    ImportSummary summary;
    const int total = int(companies.size() + postings.size() + tasks.size());
    int done = 0;
    auto step = [&] {
        ++done;
        if (progress && (done % 250 == 0 || done == total) && !progress(done, total))
            throw ImportError(JsonIo::tr("import cancelled; nothing was imported"));
    };
    // Every reference below comes from the file's own names and line ids, each resolved and checked:
    // the store checks them instead of SQLite (bulkTransaction).
    store.bulkTransaction([&] {
        QHash<QString, Id> companyIds;
        for (const Company &c : companies) {
            if (const auto existing = store.companyByName(c.name)) {
                companyIds.insert(c.name.toCaseFolded(), existing->id);
                ++summary.companiesReused;
            } else {
                companyIds.insert(c.name.toCaseFolded(), store.addCompany(c));
                ++summary.companiesAdded;
            }
            step();
        }
        QHash<QString, Id> byExactName; // so that a name repeated on many tasks is folded once
        auto companyId = [&](const QString &name) -> Id {
            if (name.isEmpty())
                return 0;
            if (const auto it = byExactName.constFind(name); it != byExactName.constEnd())
                return *it;
            const QString folded = name.toCaseFolded();
            Id id = 0;
            if (const auto it = companyIds.constFind(folded); it != companyIds.constEnd()) {
                id = *it;
            } else {
                id = store.companyByName(name)->id;
                companyIds.insert(folded, id);
            }
            byExactName.insert(name, id);
            return id;
        };
        QHash<qint64, Id> lineMap;
        for (auto [company, p] : postings) {
            const QList<PostingLine> fileLines = p.lines;
            for (PostingLine &l : p.lines)
                l.id = 0;
            p.id = 0;
            p.companyId = companyId(company);
            const Id id = store.addPosting(p);
            const Posting saved = *store.posting(id);
            for (int l = 0; l < fileLines.size(); ++l)
                if (fileLines[l].id)
                    lineMap.insert(fileLines[l].id, saved.lines.at(l).id);
            ++summary.postings;
            step();
        }
        QList<Task> rows;
        rows.reserve(tasks.size());
        for (auto &[company, t] : tasks) { // each task is written once, so it is moved
            t.companyId = companyId(company);
            for (Id &l : t.lineIds)
                l = lineMap.value(l);
            rows.append(std::move(t));
        }
        store.addTasks(rows, [&] {
            ++summary.tasks;
            step();
        });
    });
    return summary;
}

} // namespace jobprep
