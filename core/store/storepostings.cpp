// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "store.h"

#include <QSet>

namespace jobprep {
namespace {

const char kSelect[] = "SELECT id, company_id, title, role, url, deadline, raw_text FROM postings ";

Posting readPosting(Statement &st)
{
    Posting p;
    p.id = st.int64(0);
    p.companyId = st.int64(1);
    p.title = st.text(2);
    p.role = fromString<Role>(st.text(3)).value_or(Role::Other);
    p.url = st.text(4);
    p.deadline = st.date(5);
    p.rawText = st.text(6);
    return p;
}

const char kLineColumns[] = "id, section, text, heading, met, section_by_user ";

// A line from the columns of kLineColumns, starting at `first`.
PostingLine readLine(Statement &st, int first)
{
    PostingLine l(st.int64(first), fromString<Section>(st.text(first + 1)).value_or(Section::Other),
                  st.text(first + 2), st.text(first + 3));
    l.met = st.int32(first + 4) != 0;
    l.sectionByUser = st.int32(first + 5) != 0;
    return l;
}

} // namespace

Id Store::addPosting(Posting p)
{
    if (const QString e = validate(p); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("posting: %1").arg(e));
    Id id = 0;
    transaction([&] {
        if (!m_db.prepare(QStringLiteral("SELECT 1 FROM companies WHERE id = ?1")).bind(1, p.companyId).step())
            throw DbError(DbError::Kind::NotFound, tr("posting: no company with id %1").arg(p.companyId));
        m_db.prepare(QStringLiteral("INSERT INTO postings(company_id, title, role, url, deadline, raw_text, "
                                    "created_at) VALUES(?1,?2,?3,?4,?5,?6,?7)"))
            .bind(1, p.companyId)
            .bind(2, p.title.trimmed())
            .bind(3, toString(p.role))
            .bind(4, p.url)
            .bind(5, p.deadline)
            .bind(6, p.rawText)
            .bind(7, m_clock().toString(Qt::ISODate))
            .run();
        id = m_db.lastInsertId();
        writeLines(id, p.lines, true);
        forgetPlacementFacts(); // new lines that tasks may link to next
    });
    return id;
}

void Store::writeLines(Id postingId, const QList<PostingLine> &lines, bool newPosting)
{
    QSet<Id> keep;
    for (const PostingLine &l : lines)
        if (l.id)
            keep.insert(l.id);
    QList<Id> drop; // a new posting has no lines yet
    if (!newPosting) {
        Statement existing = m_db.prepare(QStringLiteral("SELECT id FROM posting_lines WHERE posting_id = ?1"));
        existing.bind(1, postingId);
        while (existing.step())
            if (!keep.contains(existing.int64(0)))
                drop << existing.int64(0);
    }
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM posting_lines WHERE id = ?1"));
    for (Id lineId : drop) {
        del.bind(1, lineId).run();
        del.reset();
    }
    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT INTO posting_lines(id, posting_id, position, section, text, heading, met, section_by_user) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8) "
        "ON CONFLICT(id) DO UPDATE SET position = excluded.position, section = excluded.section, "
        "text = excluded.text, heading = excluded.heading, met = excluded.met, "
        "section_by_user = excluded.section_by_user WHERE posting_lines.posting_id = excluded.posting_id"));
    for (int i = 0; i < lines.size(); ++i) {
        const PostingLine &l = lines[i];
        if (l.id)
            ins.bind(1, l.id);
        else
            ins.bindNull(1);
        ins.bind(2, postingId)
            .bind(3, i)
            .bind(4, toString(l.section))
            .bind(5, l.text.trimmed())
            .bind(6, l.heading.trimmed())
            .bind(7, l.met ? 1 : 0)
            .bind(8, l.sectionByUser ? 1 : 0)
            .run();
        if (l.id && m_db.changes() == 0)
            throw DbError(DbError::Kind::Constraint, tr("posting line %1 belongs to another posting").arg(l.id));
        ins.reset();
    }
}

void Store::updatePosting(const Posting &p)
{
    if (const QString e = validate(p); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("posting: %1").arg(e));
    transaction([&] {
        const QList<Id> before = tasksServingPosting(p.id); // lines may go, and their links with them
        m_db.prepare(QStringLiteral("UPDATE postings SET company_id=?2, title=?3, role=?4, url=?5, deadline=?6, "
                                    "raw_text=?7 WHERE id=?1"))
            .bind(1, p.id)
            .bind(2, p.companyId)
            .bind(3, p.title.trimmed())
            .bind(4, toString(p.role))
            .bind(5, p.url)
            .bind(6, p.deadline)
            .bind(7, p.rawText)
            .run();
        if (m_db.changes() == 0)
            throw DbError(DbError::Kind::NotFound, tr("no posting with id %1").arg(p.id));
        writeLines(p.id, p.lines);
        refreshPlacement(before); // the deadline, the company (its interest) or the sections may have changed
    });
}

void Store::deletePosting(Id id)
{
    transaction([&] {
        const QList<Id> linked = tasksServingPosting(id);
        m_db.prepare(QStringLiteral("DELETE FROM postings WHERE id = ?1")).bind(1, id).run();
        if (m_db.changes() == 0)
            throw DbError(DbError::Kind::NotFound, tr("no posting with id %1").arg(id));
        refreshPlacement(linked);
    });
}

std::optional<Posting> Store::posting(Id id)
{
    Statement st = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Posting p = readPosting(st);
    Statement l = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kLineColumns) +
                               QStringLiteral("FROM posting_lines WHERE posting_id = ?1 ORDER BY position, id"));
    l.bind(1, id);
    while (l.step())
        p.lines.append(readLine(l, 0));
    return p;
}

QList<Posting> Store::postings(Id companyId)
{
    QList<Posting> out;
    QHash<Id, int> index;
    Statement st = m_db.prepare(QLatin1String(kSelect) +
                                QStringLiteral("WHERE ?1 = 0 OR company_id = ?1 ORDER BY deadline IS NULL, deadline, id"));
    st.bind(1, companyId);
    while (st.step()) {
        index.insert(st.int64(0), int(out.size()));
        out.append(readPosting(st));
    }
    Statement l = m_db.prepare(QStringLiteral("SELECT posting_id, ") + QLatin1String(kLineColumns) +
                               QStringLiteral("FROM posting_lines ORDER BY posting_id, position, id"));
    while (l.step()) {
        if (const auto it = index.constFind(l.int64(0)); it != index.constEnd())
            out[*it].lines.append(readLine(l, 1));
    }
    return out;
}

QList<Posting> Store::postingHeads()
{
    QList<Posting> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT id, company_id, title, role, url, deadline, '' FROM postings "
                                               "ORDER BY deadline IS NULL, deadline, id"));
    while (st.step())
        out.append(readPosting(st));
    return out;
}

QList<Store::LineTask> Store::lineTasks(Id postingId)
{
    QList<LineTask> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT tl.line_id, t.id, t.title, t.kind, t.status FROM posting_lines pl "
        "JOIN task_lines tl ON tl.line_id = pl.id JOIN tasks t ON t.id = tl.task_id "
        "WHERE pl.posting_id = ?1 ORDER BY pl.position, pl.id, t.id"));
    st.bind(1, postingId);
    while (st.step())
        out.append({st.int64(0), st.int64(1), st.text(2), fromString<Kind>(st.text(3)).value_or(Kind::Other),
                    fromString<Status>(st.text(4)).value_or(Status::Todo)});
    return out;
}

void Store::setLinesMet(const QList<Id> &lineIds, bool met)
{
    transaction([&] {
        Statement set = m_db.prepare(
            QStringLiteral("UPDATE posting_lines SET met = ?2 WHERE id = ?1 AND section = 'eligibility'"));
        for (const Id id : lineIds) {
            set.bind(1, id).bind(2, met ? 1 : 0).run();
            set.reset();
            if (m_db.changes() > 0)
                continue;
            Statement line = m_db.prepare(QStringLiteral("SELECT section FROM posting_lines WHERE id = ?1"));
            if (!line.bind(1, id).step())
                throw DbError(DbError::Kind::NotFound, tr("no posting line with id %1").arg(id));
            throw DbError(DbError::Kind::Invalid,
                          tr("posting line %1 is not an eligibility line (it is %2): only eligibility lines are "
                             "ticked")
                              .arg(id)
                              .arg(line.text(0)));
        }
    });
}

void Store::forEachPostingCoverage(const std::function<void(const PostingCoverage &)> &fn)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.company_id, p.deadline, "
        "  (SELECT count(*) FROM posting_lines pl WHERE pl.posting_id = p.id AND pl.section = 'requirement'), "
        "  (SELECT count(*) FROM posting_lines pl WHERE pl.posting_id = p.id AND pl.section = 'requirement' "
        "     AND EXISTS (SELECT 1 FROM task_lines tl JOIN tasks t ON t.id = tl.task_id "
        "                 WHERE tl.line_id = pl.id AND t.status = 'done')) "
        "FROM postings p"));
    while (st.step())
        fn({st.int64(0), st.int64(1), st.date(2), st.int32(3), st.int32(4)});
}

} // namespace jobprep
