// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "importreader.h"
#include "core/store/store.h"
#include "importfields.h"
#include "jsondocument.h"
#include "jsonio.h"

#include <cmath>

namespace jobprep {

using namespace importfields;

namespace {

// The names of the fields of an object the import reads, in the order readMembers() numbers them:
// field("title") is the number of "title", checked when compiling.
template <std::size_t N> struct Fields
{
    std::array<std::string_view, N> names;

    consteval int operator()(std::string_view name) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (names[i] == name)
                return int(i);
        throw "no such field"; // stops the compiler
    }
    consteval quint32 bit(std::string_view name) const { return 1u << (*this)(name); }
};
template <typename... Names> constexpr Fields<sizeof...(Names)> fields(Names... n)
{
    return {{n...}};
}

constexpr auto kTopFields = fields("companies", "postings", "tasks");
constexpr auto kCompany =
    fields("name", "stage", "interest", "website", "notes", "codingTestNotes", "history");
constexpr auto kHistory = fields("stage", "date");
constexpr auto kPosting = fields("company", "id", "title", "role", "url", "deadline", "text", "lines");
constexpr auto kLine = fields("id", "section", "text", "heading", "met", "sectionByUser");
constexpr auto kTask = fields("title", "kind", "notes", "due", "estimate", "status", "doneOn", "company",
                              "lines", "repeat", "streak", "pinned", "manualOrder", "created", "updated");

[[noreturn]] void failMember(const Where &object, const char *key, const QString &what)
{
    throw ImportError(QStringLiteral("%1: %2").arg(object.member(key).text(), what));
}

const Where kDocument;

} // namespace

// One read of the document, with what the checks learn on the way.
class ImportReader::Reading
{
public:
    Reading(JsonDocument &doc, const QSet<QString> &storeCompanyKeys)
        : m_doc(doc), m_companyKeys(storeCompanyKeys)
    {
    }

    void read(const std::function<void(ImportHead &&)> &onHead,
              const std::function<void(ImportedTask &&)> &onTask);

private:
    // In a document read through once already: calls f(field) with the top-level member `name`.
    template <typename F> void withTopMember(std::string_view name, F f);
    qsizetype countTasks(od::array &tasks);
    void readCompanies(od::array &array, const Where &where);
    void readPostings(od::array &array, const Where &where);
    void readTasks(od::array &array, const Where &where, const std::function<void(ImportedTask &&)> &onTask);
    QString taskCompany(Field &field);

    JsonDocument &m_doc;
    ImportHead m_head;
    QSet<QString> m_companyKeys;                // the file's and the database's
    QSet<qint64> m_lineIds;                     // the file's posting line ids
    QHash<QByteArray, QString> m_companiesSeen; // a task's company by its UTF-8 bytes, once checked
};

ImportReader::ImportReader(const QByteArray &json) : m_doc(std::make_unique<JsonDocument>(json)) {}

ImportReader::~ImportReader() = default;

void ImportReader::read(const QSet<QString> &storeCompanyKeys,
                        const std::function<void(ImportHead &&)> &onHead,
                        const std::function<void(ImportedTask &&)> &onTask)
{
    Reading(*m_doc, storeCompanyKeys).read(onHead, onTask);
}

void ImportReader::Reading::read(const std::function<void(ImportHead &&)> &onHead,
                                 const std::function<void(ImportedTask &&)> &onTask)
{
    // One pass in file order when the members come as an export writes them (companies, postings,
    // tasks): the tasks are read as soon as the companies and postings are handed over. Otherwise
    // the postings wait for the companies, and the tasks for both, and are read on a later pass
    // from the start; every member is checked on the first pass.
    bool companiesRead = false, postingsRead = false, postingsLater = false, tasksLater = false,
         headGiven = false;
    od::object root = m_doc.root();
    readMembers(m_doc, root, kDocument, kTopFields.names, [&](int field, Field &f) {
        od::array array;
        const bool present = f.array(array);
        switch (field) {
        case kTopFields("companies"):
            if (present)
                readCompanies(array, f.where());
            companiesRead = true;
            break;
        case kTopFields("postings"):
            postingsLater = !companiesRead;
            if (present && !postingsLater)
                readPostings(array, f.where());
            postingsRead = !postingsLater;
            break;
        case kTopFields("tasks"):
            m_head.taskCount = present ? countTasks(array) : 0;
            tasksLater = present && !(companiesRead && postingsRead);
            if (present && !tasksLater) {
                onHead(std::move(m_head));
                headGiven = true;
                readTasks(array, f.where(), onTask);
            }
            break;
        }
    });
    m_doc.expectEnd();
    if (postingsLater)
        withTopMember("postings", [&](Field &f) {
            od::array array;
            if (f.array(array))
                readPostings(array, f.where());
        });
    if (!headGiven)
        onHead(std::move(m_head));
    if (tasksLater)
        withTopMember("tasks", [&](Field &f) {
            od::array array;
            if (f.array(array))
                readTasks(array, f.where(), onTask);
        });
}

template <typename F> void ImportReader::Reading::withTopMember(std::string_view name, F f)
{
    od::object root = m_doc.root();
    for (auto member : root) {
        od::field field;
        std::string_view key;
        simdjson::error_code e = std::move(member).get(field);
        if (!e)
            e = field.unescaped_key().get(key);
        if (e)
            m_doc.fail(e);
        if (key == name) {
            const Where where = kDocument.member(key);
            Field value(m_doc, field.value(), where);
            f(value);
            return;
        }
    }
}

qsizetype ImportReader::Reading::countTasks(od::array &tasks)
{
    std::size_t count = 0;
    if (const simdjson::error_code e = tasks.count_elements().get(count)) {
        // Counting only skips through each task. The first problem in file order is found by
        // reading it all through, from the start (the members before the tasks passed already).
        od::object root = m_doc.root();
        readMembers(m_doc, root, kDocument, std::array<std::string_view, 0>{}, [](int, Field &) {});
        m_doc.fail(e);
    }
    return qsizetype(count);
}

void ImportReader::Reading::readCompanies(od::array &array, const Where &where)
{
    QSet<QString> fileKeys;
    forEachObject(m_doc, array, where, [&](od::object &object, const Where &at) {
        Company c;
        const quint32 seen = readMembers(m_doc, object, at, kCompany.names, [&](int field, Field &f) {
            switch (field) {
            case kCompany("name"):
                c.name = f.requiredStr(200).trimmed();
                break;
            case kCompany("stage"):
                c.stage = f.enumValue<Stage>(Stage::Interested);
                break;
            case kCompany("interest"):
                c.interest = int(f.number(3, 1, 5));
                break;
            case kCompany("website"):
                c.website = f.str();
                break;
            case kCompany("notes"):
                c.notes = f.str();
                break;
            case kCompany("codingTestNotes"):
                c.codingTestNotes = f.str();
                break;
            case kCompany("history"): {
                od::array history;
                if (f.array(history))
                    forEachObject(m_doc, history, f.where(), [&](od::object &entry, const Where &entryAt) {
                        StageChange change;
                        readMembers(m_doc, entry, entryAt, kHistory.names, [&](int historyField, Field &hf) {
                            if (historyField == kHistory("stage"))
                                change.stage = hf.enumValue<Stage>(Stage::Interested);
                            else
                                change.date = hf.date();
                        });
                        c.history.append(change);
                    });
                break;
            }
            }
        });
        if (!(seen & kCompany.bit("name")))
            failMember(at, "name", JsonIo::tr("is missing"));
        const QString key = companyKey(c.name);
        if (fileKeys.contains(key))
            failMember(at, "name", JsonIo::tr("\"%1\" appears twice").arg(c.name));
        fileKeys.insert(key);
        if (const QString e = Store::validate(c); !e.isEmpty())
            failMember(at, "name", e);
        m_head.companies.append(c);
    });
    m_companyKeys += fileKeys;
}

void ImportReader::Reading::readPostings(od::array &array, const Where &where)
{
    QSet<qint64> postingIds;
    forEachObject(m_doc, array, where, [&](od::object &object, const Where &at) {
        ImportedPosting imported;
        Posting &p = imported.posting;
        const quint32 seen = readMembers(m_doc, object, at, kPosting.names, [&](int field, Field &f) {
            switch (field) {
            case kPosting("company"):
                imported.company = f.requiredStr(100000);
                if (!m_companyKeys.contains(companyKey(imported.company)))
                    f.fail(JsonIo::tr("no company named \"%1\" in the file or the database")
                               .arg(imported.company));
                break;
            case kPosting("id"):
                p.id = qint64(f.number(0, 0, 9e15));
                break;
            case kPosting("title"):
                p.title = f.requiredStr(300);
                break;
            case kPosting("role"):
                p.role = f.enumValue<Role>(Role::Other);
                break;
            case kPosting("url"):
                p.url = f.str();
                break;
            case kPosting("deadline"):
                p.deadline = f.date();
                break;
            case kPosting("text"):
                p.rawText = f.str(1024 * 1024);
                break;
            case kPosting("lines"): {
                od::array lines;
                if (f.array(lines))
                    forEachObject(m_doc, lines, f.where(), [&](od::object &lineObject, const Where &lineAt) {
                        PostingLine line;
                        const quint32 lineSeen = readMembers(
                            m_doc, lineObject, lineAt, kLine.names, [&](int lineField, Field &lf) {
                                if (lineField == kLine("id"))
                                    line.id = qint64(lf.number(0, 0, 9e15));
                                else if (lineField == kLine("section"))
                                    line.section = lf.enumValue<Section>(Section::Other);
                                else if (lineField == kLine("heading"))
                                    line.heading = lf.str(5000);
                                else if (lineField == kLine("met"))
                                    line.met = lf.flag(false);
                                else if (lineField == kLine("sectionByUser"))
                                    line.sectionByUser = lf.flag(false);
                                else
                                    line.text = lf.requiredStr(5000);
                            });
                        if (!(lineSeen & kLine.bit("text")))
                            failMember(lineAt, "text", JsonIo::tr("is missing"));
                        if (line.id && m_lineIds.contains(line.id))
                            failMember(lineAt, "id", JsonIo::tr("line id %1 appears twice").arg(line.id));
                        m_lineIds.insert(line.id);
                        p.lines.append(line);
                    });
                break;
            }
            }
        });
        if (!(seen & kPosting.bit("company")))
            failMember(at, "company", JsonIo::tr("is missing"));
        if (!(seen & kPosting.bit("title")))
            failMember(at, "title", JsonIo::tr("is missing"));
        if (p.id && postingIds.contains(p.id))
            failMember(at, "id", JsonIo::tr("%1 appears twice").arg(p.id));
        postingIds.insert(p.id);
        if (const QString e = Store::validate(p); !e.isEmpty())
            failMember(at, "title", e);
        m_head.postings.append(imported);
    });
}

void ImportReader::Reading::readTasks(od::array &array, const Where &where,
                                      const std::function<void(ImportedTask &&)> &onTask)
{
    forEachObject(m_doc, array, where, [&](od::object &object, const Where &at) {
        ImportedTask imported;
        Task &t = imported.task;
        const quint32 seen = readMembers(m_doc, object, at, kTask.names, [&](int field, Field &f) {
            switch (field) {
            case kTask("title"):
                t.title = f.requiredStr(300);
                break;
            case kTask("kind"):
                t.kind = f.enumValue<Kind>(Kind::Other);
                break;
            case kTask("notes"):
                t.notes = f.str();
                break;
            case kTask("due"):
                t.due = f.date();
                break;
            case kTask("estimate"):
                t.estimateHours = f.number(2, 0.01, 1000);
                break;
            case kTask("status"):
                t.status = f.enumValue<Status>(Status::Todo);
                break;
            case kTask("doneOn"):
                t.doneOn = f.date();
                break;
            case kTask("company"):
                imported.company = taskCompany(f);
                break;
            case kTask("lines"): {
                od::array lines;
                if (!f.array(lines))
                    break;
                int l = 0;
                for (auto element : lines) {
                    od::value value;
                    if (const simdjson::error_code e = std::move(element).get(value))
                        m_doc.fail(e);
                    const Where lineAt = f.where().element(l++);
                    Field line(m_doc, value, lineAt);
                    // Ids beyond ±9e15 are no line id (and would not fit a qint64).
                    double v = -1;
                    const bool isNumber = line.number(v);
                    const qint64 id = std::fabs(v) < 9.2e18 ? qint64(v) : -1;
                    if (!isNumber || !m_lineIds.contains(id) || id == 0)
                        line.fail(JsonIo::tr("refers to no posting line in this file"));
                    t.lineIds.append(id);
                }
                break;
            }
            case kTask("repeat"):
                t.repeat = f.enumValue<Repeat>(Repeat::None);
                break;
            case kTask("streak"):
                t.streak = int(f.number(0, 0, 1e6));
                break;
            case kTask("pinned"):
                t.pinned = static_cast<Quadrant>(int(f.number(0, 0, 4)));
                break;
            case kTask("manualOrder"):
                if (!f.isNull())
                    t.manualOrder = qint64(f.number(0, -1e12, 1e12));
                break;
            case kTask("created"):
                t.created = f.timestamp();
                break;
            case kTask("updated"):
                t.updated = f.timestamp();
                break;
            }
        });
        if (!(seen & kTask.bit("title")))
            failMember(at, "title", JsonIo::tr("is missing"));
        if (const QString e = Store::validate(t); !e.isEmpty())
            failMember(at, "title", e);
        onTask(std::move(imported));
    });
}

QString ImportReader::Reading::taskCompany(Field &f)
{
    // Read and checked once per spelling: 100 000 tasks name a few hundred companies.
    const std::optional<std::string_view> utf8 = f.utf8();
    if (!utf8)
        return {};
    const QByteArray bytes = QByteArray::fromRawData(utf8->data(), qsizetype(utf8->size()));
    if (const auto it = m_companiesSeen.constFind(bytes); it != m_companiesSeen.constEnd())
        return *it;
    const QString company = f.checked(*utf8);
    if (!company.isEmpty() && !m_companyKeys.contains(companyKey(company)))
        f.fail(JsonIo::tr("no company named \"%1\" in the file or the database").arg(company));
    m_companiesSeen.insert(QByteArray(bytes.constData(), bytes.size()), company);
    return company;
}

} // namespace jobprep
