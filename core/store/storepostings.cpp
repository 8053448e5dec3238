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
    Statement ins = m_db.prepare(
        QStringLiteral("INSERT INTO posting_lines(id, posting_id, position, section, text) VALUES(?1,?2,?3,?4,?5) "
                       "ON CONFLICT(id) DO UPDATE SET position = excluded.position, section = excluded.section, "
                       "text = excluded.text WHERE posting_lines.posting_id = excluded.posting_id"));
    for (int i = 0; i < lines.size(); ++i) {
        const PostingLine &l = lines[i];
        if (l.id)
            ins.bind(1, l.id);
        else
            ins.bindNull(1);
        ins.bind(2, postingId).bind(3, i).bind(4, toString(l.section)).bind(5, l.text.trimmed()).run();
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
    Statement l = m_db.prepare(
        QStringLiteral("SELECT id, section, text FROM posting_lines WHERE posting_id = ?1 ORDER BY position, id"));
    l.bind(1, id);
    while (l.step())
        p.lines.append({l.int64(0), fromString<Section>(l.text(1)).value_or(Section::Other), l.text(2)});
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
    Statement l = m_db.prepare(QStringLiteral("SELECT posting_id, id, section, text FROM posting_lines "
                                              "ORDER BY posting_id, position, id"));
    while (l.step()) {
        if (const auto it = index.constFind(l.int64(0)); it != index.constEnd())
            out[*it].lines.append({l.int64(1), fromString<Section>(l.text(2)).value_or(Section::Other), l.text(3)});
    }
    return out;
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
