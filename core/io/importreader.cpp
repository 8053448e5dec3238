// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "importreader.h"
#include "core/store/store.h"
#include "jsonfields.h"

#include <QJsonDocument>
#include <cmath>
#include <optional>
#include <algorithm>

namespace jobprep {
namespace {

using jsonfields::forEachObject;
using jsonfields::lineColumn;
using jsonfields::Reader;
using jsonfields::Where;

const Where kTop;

JsonDom parseDocument(const QByteArray &json)
{
    // The fast reader takes the usual file; QJsonDocument has the last word on anything else,
    // including the line and column of a syntax error.
    if (std::optional<JsonDom> fast = JsonDom::parse(json))
        return std::move(*fast);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        throw ImportError(QStringLiteral("%1: %2").arg(lineColumn(json, perr.offset), perr.errorString()));
    return JsonDom::fromQJson(doc);
}

// Tasks per run read on their own (Parse::Split).
constexpr std::size_t kTasksPerRun = 4096;

// A top-level value other than the three arrays, checked for being JSON (its value is not used).
bool isJsonValue(const QByteArray &json, const JsonLayout::Range &r)
{
    return JsonDom::parse(JsonLayout::inArray(json, r.begin, r.end)).has_value();
}

} // namespace

ImportReader::ImportReader(const QByteArray &json, Parse parse) : m_json(json)
{
    if (parse == Parse::Whole || !split())
        readWhole();
}

bool ImportReader::split() // false: readWhole() follows, and forgets the layout
{
    m_layout = JsonLayout::of(m_json);
    if (!m_layout)
        return false;
    // Parses the array member `key` into *dom; with no dom (the tasks, read later a run at a time)
    // only checks that it is an array. False: the whole read decides.
    auto arrayOf = [&](const char *key, JsonDom *dom, ArrayAt *section) {
        const JsonLayout::Member *m = m_layout->member(key);
        if (!m)
            return true; // missing: none
        if (m_json.at(m->value.begin) != '[')
            return false; // null, or not an array: the whole read says which
        if (!dom)
            return true;
        std::optional<JsonDom> parsed = JsonDom::parse(m_json.mid(m->value.begin, m->value.end - m->value.begin));
        if (!parsed)
            return false;
        *dom = std::move(*parsed);
        *section = {dom, JsonDom::root()};
        return true;
    };
    for (const JsonLayout::Member &m : m_layout->members)
        if (m.key != "companies" && m.key != "postings" && m.key != "tasks" && !isJsonValue(m_json, m.value))
            return false;
    return arrayOf("companies", &m_companies, &m_companySection) && arrayOf("postings", &m_postings, &m_postingSection) &&
           arrayOf("tasks", nullptr, nullptr);
}

void ImportReader::readWhole()
{
    m_layout.reset();
    m_whole = parseDocument(m_json);
    if (m_whole.type(JsonDom::root()) != JsonDom::Type::Object)
        throw ImportError(JsonIo::tr("the document must be a JSON object with companies, postings and tasks"));
    const Reader root(m_whole, JsonDom::root(), kTop);
    m_companySection = {&m_whole, root.array("companies")};
    m_postingSection = {&m_whole, root.array("postings")};
    m_wholeTasks = root.array("tasks");
}

ImportHead ImportReader::readHead(const QSet<QString> &storeCompanyKeys)
{
    ImportHead head;
    QSet<QString> fileKeys;
    const Where companiesWhere{&kTop, "companies"};
    const JsonDom &companies = m_companySection.dom ? *m_companySection.dom : m_whole;
    forEachObject(companies, m_companySection.array, companiesWhere, [&](const Reader &r) {
        Company c;
        c.name = r.str("name", true, 200).trimmed();
        c.stage = r.enumValue<Stage>("stage", Stage::Interested);
        c.interest = int(r.number("interest", 3, 1, 5));
        c.website = r.str("website");
        c.notes = r.str("notes");
        c.codingTestNotes = r.str("codingTestNotes");
        const Where historyWhere{&r.where(), "history"};
        forEachObject(companies, r.array("history"), historyWhere, [&](const Reader &hr) {
            c.history.append({hr.enumValue<Stage>("stage", Stage::Interested), hr.date("date")});
        });
        const QString key = companyKey(c.name);
        if (fileKeys.contains(key))
            r.fail(QStringLiteral("name"), JsonIo::tr("\"%1\" appears twice").arg(c.name));
        fileKeys.insert(key);
        if (const QString e = Store::validate(c); !e.isEmpty())
            r.fail(QStringLiteral("name"), e);
        head.companies.append(c);
    });
    m_companyKeys = fileKeys + storeCompanyKeys;

    QSet<qint64> postingIds;
    const Where postingsWhere{&kTop, "postings"};
    const JsonDom &postings = m_postingSection.dom ? *m_postingSection.dom : m_whole;
    forEachObject(postings, m_postingSection.array, postingsWhere, [&](const Reader &r) {
        Posting p;
        const QString company = r.str("company", true);
        if (!m_companyKeys.contains(companyKey(company)))
            r.fail(QStringLiteral("company"), JsonIo::tr("no company named \"%1\" in the file or the database").arg(company));
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
        forEachObject(postings, r.array("lines"), linesWhere, [&](const Reader &lr) {
            PostingLine line;
            line.id = qint64(lr.number("id", 0, 0, 9e15));
            if (line.id && m_lineIds.contains(line.id))
                lr.fail(QStringLiteral("id"), JsonIo::tr("line id %1 appears twice").arg(line.id));
            m_lineIds.insert(line.id);
            line.section = lr.enumValue<Section>("section", Section::Other);
            line.text = lr.str("text", true, 5000);
            p.lines.append(line);
        });
        if (const QString e = Store::validate(p); !e.isEmpty())
            r.fail(QStringLiteral("title"), e);
        head.postings.append({company, p});
    });
    if (m_layout) {
        const JsonLayout::Member *tasks = m_layout->member("tasks");
        head.taskCount = tasks ? qsizetype(tasks->elements.size()) : 0;
    } else {
        head.taskCount = m_wholeTasks == JsonDom::npos ? 0 : m_whole.size(m_wholeTasks);
    }
    return head;
}

void ImportReader::readTasks(const std::function<void(ImportedTask &&)> &f)
{
    if (!m_layout) {
        if (m_wholeTasks != JsonDom::npos)
            readTasksOf(m_whole, m_wholeTasks, 0, f);
        return;
    }
    const JsonLayout::Member *tasks = m_layout->member("tasks");
    if (!tasks)
        return;
    for (std::size_t from = 0; from < tasks->elements.size(); from += kTasksPerRun) {
        const std::size_t to = std::min(from + kTasksPerRun, tasks->elements.size());
        const std::optional<JsonDom> run = JsonDom::parse(JsonLayout::elements(m_json, *tasks, from, to));
        if (!run || run->type(JsonDom::root()) != JsonDom::Type::Array || std::size_t(run->size(JsonDom::root())) != to - from)
            throw NeedsWholeRead{};
        readTasksOf(*run, JsonDom::root(), int(from), f);
    }
}

void ImportReader::readTasksOf(const JsonDom &dom, JsonDom::Index array, int firstIndex,
                               const std::function<void(ImportedTask &&)> &f)
{
    // A task's company, read and checked once per spelling: 100 000 tasks name a few hundred companies.
    auto companyOf = [&](const Reader &r) {
        QByteArrayView bytes;
        const JsonDom::Index v = r.value("company");
        const bool plain = !dom.isNull(v) && dom.plainBytes(v, &bytes);
        if (plain)
            if (const auto it = m_companiesSeen.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
                it != m_companiesSeen.constEnd())
                return *it; // passed every check below before
        const QString company = r.str("company");
        if (!company.isEmpty() && !m_companyKeys.contains(companyKey(company)))
            r.fail(QStringLiteral("company"), JsonIo::tr("no company named \"%1\" in the file or the database").arg(company));
        if (plain)
            m_companiesSeen.insert(bytes.toByteArray(), company);
        return company;
    };
    const Where tasksWhere{&kTop, "tasks"};
    forEachObject(dom, array, tasksWhere, firstIndex, [&](const Reader &r) {
        ImportedTask it;
        Task &t = it.task;
        t.title = r.str("title", true, 300);
        t.kind = r.enumValue<Kind>("kind", Kind::Other);
        t.notes = r.str("notes");
        t.due = r.date("due");
        t.estimateHours = r.number("estimate", 2, 0.01, 1000);
        t.status = r.enumValue<Status>("status", Status::Todo);
        t.doneOn = r.date("doneOn");
        it.company = companyOf(r);
        if (const JsonDom::Index la = r.array("lines"); la != JsonDom::npos) {
            JsonDom::Index e = JsonDom::first(la);
            for (int l = 0, n = dom.size(la); l < n; ++l, e = dom.next(e)) {
                // Ids beyond ±9e15 are no line id (and would not fit a qint64).
                const bool isNumber = dom.type(e) == JsonDom::Type::Number;
                const double v = isNumber ? dom.number(e) : -1;
                const qint64 id = std::fabs(v) < 9.2e18 ? qint64(v) : -1;
                if (!isNumber || !m_lineIds.contains(id) || id == 0)
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
        f(std::move(it));
    });
}

} // namespace jobprep
