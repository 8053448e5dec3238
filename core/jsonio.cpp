// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsonio.h"
#include "dates.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace jobprep {
namespace {

// A translation context of its own, so lupdate and the runtime agree on its name.
struct JsonIo
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::JsonIo)
};

QString dateOrEmpty(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

void putDate(QJsonObject &o, const char *key, const QDate &d)
{
    o.insert(QLatin1String(key), d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue());
}

// Reads one object's fields with messages that name the path of the field.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path) : m_o(o), m_path(std::move(path)) {}

    [[noreturn]] void fail(const QString &key, const QString &what) const
    {
        throw ImportError(QStringLiteral("%1.%2: %3").arg(m_path, key, what));
    }
    QString str(const char *key, bool required = false, int max = 100000) const
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, JsonIo::tr("is missing"));
            return {};
        }
        if (!v.isString())
            fail(k, JsonIo::tr("must be a string"));
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(k, JsonIo::tr("must not be empty"));
        if (s.size() > max)
            fail(k, JsonIo::tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(max));
        if (s.contains(QChar(0)))
            fail(k, JsonIo::tr("contains a NUL character"));
        return s;
    }
    QDate date(const char *key) const
    {
        const QString s = str(key);
        if (s.isEmpty())
            return {};
        const auto d = parseIsoDate(s);
        if (!d)
            fail(QLatin1String(key), JsonIo::tr("\"%1\" is not a valid date (YYYY-MM-DD)").arg(s));
        return *d;
    }
    double number(const char *key, double def, double min, double max) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            fail(QLatin1String(key), JsonIo::tr("must be a number from %1 to %2").arg(min).arg(max));
        return v.toDouble();
    }
    template <typename E> E enumValue(const char *key, E def) const
    {
        const QString s = str(key);
        if (s.isEmpty())
            return def;
        const auto e = fromString<E>(s);
        if (!e)
            fail(QLatin1String(key), JsonIo::tr("\"%1\" is not one of: %2").arg(s, allNames<E>().join(QStringLiteral(", "))));
        return *e;
    }
    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(QLatin1String(key), JsonIo::tr("must be an array"));
        return v.toArray();
    }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
};

QJsonObject objectAt(const QJsonArray &a, int i, const QString &path)
{
    if (!a.at(i).isObject())
        throw ImportError(QStringLiteral("%1[%2]: %3").arg(path).arg(i).arg(JsonIo::tr("must be an object")));
    return a.at(i).toObject();
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else if ((json[i] & 0xC0) != 0x80) {
            ++col;
        }
    }
    return JsonIo::tr("line %1, column %2").arg(line).arg(col);
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
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        throw ImportError(QStringLiteral("%1: %2").arg(lineColumn(json, perr.offset), perr.errorString()));
    if (!doc.isObject())
        throw ImportError(JsonIo::tr("the document must be a JSON object with companies, postings and tasks"));
    const Reader root(doc.object(), QString());

    // 1. Read and check everything; nothing is written until the whole file is known to be good.
    QList<Company> companies;
    QSet<QString> companyKeys;
    const QJsonArray ca = root.array("companies");
    for (int i = 0; i < ca.size(); ++i) {
        const Reader r(objectAt(ca, i, QStringLiteral("companies")), QStringLiteral("companies[%1]").arg(i));
        Company c;
        c.name = r.str("name", true, 200).trimmed();
        c.stage = r.enumValue<Stage>("stage", Stage::Interested);
        c.interest = int(r.number("interest", 3, 1, 5));
        c.website = r.str("website");
        c.notes = r.str("notes");
        c.codingTestNotes = r.str("codingTestNotes");
        const QJsonArray ha = r.array("history");
        for (int h = 0; h < ha.size(); ++h) {
            const Reader hr(objectAt(ha, h, r.path() + QStringLiteral(".history")),
                            r.path() + QStringLiteral(".history[%1]").arg(h));
            c.history.append({hr.enumValue<Stage>("stage", Stage::Interested), hr.date("date")});
        }
        if (companyKeys.contains(c.name.toCaseFolded()))
            r.fail(QStringLiteral("name"), JsonIo::tr("\"%1\" appears twice").arg(c.name));
        companyKeys.insert(c.name.toCaseFolded());
        if (const QString e = Store::validate(c); !e.isEmpty())
            r.fail(QStringLiteral("name"), e);
        companies.append(c);
    }
    auto knownCompany = [&](const Reader &r, const QString &name) {
        if (!companyKeys.contains(name.toCaseFolded()) && !store.companyByName(name))
            r.fail(QStringLiteral("company"), JsonIo::tr("no company named \"%1\" in the file or the database").arg(name));
    };

    QList<QPair<QString, Posting>> postings; // company name, posting with file-local line ids
    QSet<qint64> lineIds, postingIds;
    const QJsonArray pa = root.array("postings");
    for (int i = 0; i < pa.size(); ++i) {
        const Reader r(objectAt(pa, i, QStringLiteral("postings")), QStringLiteral("postings[%1]").arg(i));
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
        const QJsonArray la = r.array("lines");
        for (int l = 0; l < la.size(); ++l) {
            const Reader lr(objectAt(la, l, r.path() + QStringLiteral(".lines")),
                            r.path() + QStringLiteral(".lines[%1]").arg(l));
            PostingLine line;
            line.id = qint64(lr.number("id", 0, 0, 9e15));
            if (line.id && lineIds.contains(line.id))
                lr.fail(QStringLiteral("id"), JsonIo::tr("line id %1 appears twice").arg(line.id));
            lineIds.insert(line.id);
            line.section = lr.enumValue<Section>("section", Section::Other);
            line.text = lr.str("text", true, 5000);
            p.lines.append(line);
        }
        if (const QString e = Store::validate(p); !e.isEmpty())
            r.fail(QStringLiteral("title"), e);
        postings.append({company, p});
    }

    QList<QPair<QString, Task>> tasks;
    const QJsonArray ta = root.array("tasks");
    for (int i = 0; i < ta.size(); ++i) {
        const Reader r(objectAt(ta, i, QStringLiteral("tasks")), QStringLiteral("tasks[%1]").arg(i));
        Task t;
        t.title = r.str("title", true, 300);
        t.kind = r.enumValue<Kind>("kind", Kind::Other);
        t.notes = r.str("notes");
        t.due = r.date("due");
        t.estimateHours = r.number("estimate", 2, 0.01, 1000);
        t.status = r.enumValue<Status>("status", Status::Todo);
        t.doneOn = r.date("doneOn");
        const QString company = r.str("company");
        if (!company.isEmpty())
            knownCompany(r, company);
        const QJsonArray la = r.array("lines");
        for (int l = 0; l < la.size(); ++l) {
            const qint64 id = qint64(la.at(l).toDouble(-1));
            if (!la.at(l).isDouble() || !lineIds.contains(id) || id == 0)
                r.fail(QStringLiteral("lines[%1]").arg(l), JsonIo::tr("refers to no posting line in this file"));
            t.lineIds.append(id);
        }
        t.repeat = r.enumValue<Repeat>("repeat", Repeat::None);
        t.streak = int(r.number("streak", 0, 0, 1e6));
        t.pinned = static_cast<Quadrant>(int(r.number("pinned", 0, 0, 4)));
        if (const QJsonValue mo = ta.at(i).toObject().value(QStringLiteral("manualOrder")); !mo.isNull() && !mo.isUndefined())
            t.manualOrder = qint64(r.number("manualOrder", 0, -1e12, 1e12));
        t.created = QDateTime::fromString(r.str("created"), Qt::ISODate);
        t.updated = QDateTime::fromString(r.str("updated"), Qt::ISODate);
        if (const QString e = Store::validate(t); !e.isEmpty())
            r.fail(QStringLiteral("title"), e);
        tasks.append({company, t});
    }

    // 2. Write it all in one transaction.
    ImportSummary summary;
    const int total = int(companies.size() + postings.size() + tasks.size());
    int done = 0;
    auto step = [&] {
        ++done;
        if (progress && (done % 250 == 0 || done == total) && !progress(done, total))
            throw ImportError(JsonIo::tr("import cancelled; nothing was imported"));
    };
    store.transaction([&] {
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
        auto companyId = [&](const QString &name) -> Id {
            if (name.isEmpty())
                return 0;
            if (const auto it = companyIds.constFind(name.toCaseFolded()); it != companyIds.constEnd())
                return *it;
            const Id id = store.companyByName(name)->id;
            companyIds.insert(name.toCaseFolded(), id);
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
        for (auto [company, t] : tasks) {
            t.companyId = companyId(company);
            for (Id &l : t.lineIds)
                l = lineMap.value(l);
            store.addTask(t);
            ++summary.tasks;
            step();
        }
    });
    return summary;
}

} // namespace jobprep
