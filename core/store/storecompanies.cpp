// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "store.h"

namespace jobprep {
namespace {

QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }

const char kSelect[] = "SELECT id, name, stage, interest, website, notes, coding_test_notes FROM companies ";

} // namespace

static Company readCompany(Statement &st)
{
    Company c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.stage = fromString<Stage>(st.text(2)).value_or(Stage::Interested);
    c.interest = st.int32(3);
    c.website = st.text(4);
    c.notes = st.text(5);
    c.codingTestNotes = st.text(6);
    return c;
}

Id Store::addCompany(Company c)
{
    c.name = c.name.trimmed();
    if (const QString e = validate(c); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("company: %1").arg(e));
    Id id = 0;
    transaction([&] {
        if (companyByName(c.name))
            throw DbError(DbError::Kind::Constraint, tr("a company named \"%1\" already exists").arg(c.name));
        const QString now = m_clock().toString(Qt::ISODate);
        m_db.prepare(QStringLiteral("INSERT INTO companies(name, name_key, stage, interest, website, notes, "
                                    "coding_test_notes, created_at, updated_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?8)"))
            .bind(1, c.name)
            .bind(2, nameKey(c.name))
            .bind(3, toString(c.stage))
            .bind(4, c.interest)
            .bind(5, c.website)
            .bind(6, c.notes)
            .bind(7, c.codingTestNotes)
            .bind(8, now)
            .run();
        id = m_db.lastInsertId();
        QList<StageChange> history = c.history;
        if (history.isEmpty())
            history.append({c.stage, today()});
        Statement h = m_db.prepare(
            QStringLiteral("INSERT INTO stage_changes(company_id, stage, changed_on) VALUES(?1, ?2, ?3)"));
        for (const StageChange &ch : history) {
            h.bind(1, id).bind(2, toString(ch.stage)).bind(3, ch.date.isValid() ? ch.date : today()).run();
            h.reset();
        }
        forgetPlacementFacts(); // its interest is read again when a task names it
    });
    return id;
}

void Store::updateCompany(const Company &c)
{
    if (const QString e = validate(c); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("company: %1").arg(e));
    transaction([&] {
        const auto old = company(c.id);
        if (!old)
            throw DbError(DbError::Kind::NotFound, tr("no company with id %1").arg(c.id));
        if (const auto other = companyByName(c.name); other && other->id != c.id)
            throw DbError(DbError::Kind::Constraint, tr("a company named \"%1\" already exists").arg(c.name));
        m_db.prepare(QStringLiteral("UPDATE companies SET name=?2, name_key=?3, stage=?4, interest=?5, website=?6, "
                                    "notes=?7, coding_test_notes=?8, updated_at=?9 WHERE id=?1"))
            .bind(1, c.id)
            .bind(2, c.name.trimmed())
            .bind(3, nameKey(c.name))
            .bind(4, toString(c.stage))
            .bind(5, c.interest)
            .bind(6, c.website)
            .bind(7, c.notes)
            .bind(8, c.codingTestNotes)
            .bind(9, m_clock().toString(Qt::ISODate))
            .run();
        if (old->stage != c.stage)
            m_db.prepare(QStringLiteral("INSERT INTO stage_changes(company_id, stage, changed_on) VALUES(?1,?2,?3)"))
                .bind(1, c.id)
                .bind(2, toString(c.stage))
                .bind(3, today())
                .run();
        if (old->interest != c.interest) {
            const QList<Id> touched = tasksServingCompany(c.id);
            refreshPlacement(touched);
        }
    });
}

void Store::deleteCompany(Id id)
{
    transaction([&] {
        const QList<Id> touched = tasksServingCompany(id); // unlinked or losing their company below
        m_db.prepare(QStringLiteral("DELETE FROM companies WHERE id = ?1")).bind(1, id).run();
        if (m_db.changes() == 0)
            throw DbError(DbError::Kind::NotFound, tr("no company with id %1").arg(id));
        refreshPlacement(touched);
    });
}

std::optional<Company> Store::company(Id id)
{
    Statement st = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Company c = readCompany(st);
    Statement h = m_db.prepare(
        QStringLiteral("SELECT stage, changed_on FROM stage_changes WHERE company_id = ?1 ORDER BY changed_on, id"));
    h.bind(1, id);
    while (h.step())
        c.history.append({fromString<Stage>(h.text(0)).value_or(Stage::Interested), h.date(1)});
    return c;
}

std::optional<Company> Store::companyByName(const QString &name)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id FROM companies WHERE name_key = ?1"));
    st.bind(1, nameKey(name));
    if (!st.step())
        return std::nullopt;
    return company(st.int64(0));
}

QList<Company> Store::companies()
{
    QList<Company> out;
    Statement st = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("ORDER BY name_key"));
    QHash<Id, int> index;
    while (st.step()) {
        index.insert(st.int64(0), int(out.size()));
        out.append(readCompany(st));
    }
    Statement h =
        m_db.prepare(QStringLiteral("SELECT company_id, stage, changed_on FROM stage_changes ORDER BY changed_on, id"));
    while (h.step()) {
        if (const auto it = index.constFind(h.int64(0)); it != index.constEnd())
            out[*it].history.append({fromString<Stage>(h.text(1)).value_or(Stage::Interested), h.date(2)});
    }
    return out;
}

} // namespace jobprep
