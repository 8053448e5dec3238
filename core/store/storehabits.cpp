// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Habits' records, links and evidence (schema 7, schemahabits.cpp).
#include "core/domain/limits.h"
#include "core/habits/streaks.h"
#include "schema.h"
#include "store.h"

#include <QMap>

namespace jobprep {
namespace {

QString tipsText(const QList<std::pair<QString, QString>> &tips)
{
    QString text;
    for (const auto &[branch, id] : tips)
        text += branch + QLatin1Char('\t') + id + QLatin1Char('\n');
    return text;
}

QList<std::pair<QString, QString>> tipsFrom(const QString &text)
{
    QList<std::pair<QString, QString>> tips;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.lastIndexOf(QLatin1Char('\t'));
        if (tab > 0)
            tips.append({line.left(tab), line.mid(tab + 1)});
    }
    return tips;
}

HabitLink readLink(Statement &st)
{
    HabitLink l;
    l.id = st.int64(0);
    l.taskId = st.int64(1);
    l.repo = st.text(2);
    l.path = st.text(3);
    l.authors = st.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    l.problem = st.text(5);
    l.tips = tipsFrom(st.text(6));
    return l;
}

const char kLinkColumns[] = "SELECT id, task_id, repo, path, authors, problem, tips FROM habit_links ";

} // namespace

QList<Task> Store::openHabits()
{
    QList<Task> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id FROM tasks INDEXED BY tasks_open_habits WHERE status <> 'done' AND repeat <> 'none' ORDER BY id"));
    while (st.step())
        if (auto t = task(st.int64(0)))
            out << *t;
    return out;
}

QList<HabitDay> Store::habitDays(Id taskId, const QDate &from, const QDate &to)
{
    const QString lo = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString hi = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99");
    // A commit reached through two links (two subfolders of one repository) counts once.
    QMap<QDate, HabitDay> days;
    Statement commits = m_db.prepare(QStringLiteral(
        "SELECT c.day, count(DISTINCT c.hash) FROM habit_commits c JOIN habit_links l ON l.id = c.link_id "
        "WHERE l.task_id = ?1 AND c.day BETWEEN ?2 AND ?3 GROUP BY c.day"));
    commits.bind(1, taskId).bind(2, lo).bind(3, hi);
    while (commits.step()) {
        HabitDay &d = days[commits.date(0)];
        d.date = commits.date(0);
        d.commits = commits.int32(1);
    }
    Statement marks = m_db.prepare(
        QStringLiteral("SELECT day, done FROM habit_marks WHERE task_id = ?1 AND day BETWEEN ?2 AND ?3"));
    marks.bind(1, taskId).bind(2, lo).bind(3, hi);
    while (marks.step()) {
        HabitDay &d = days[marks.date(0)];
        d.date = marks.date(0);
        d.mark = marks.int32(1) ? HabitDay::Mark::Ticked : HabitDay::Mark::Unticked;
    }
    return days.values();
}

QList<QDate> Store::habitDoneDays(Id taskId)
{
    QList<QDate> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT day FROM habit_marks WHERE task_id = ?1 AND done = 1 "
        "UNION SELECT c.day FROM habit_commits c JOIN habit_links l ON l.id = c.link_id WHERE l.task_id = ?1 "
        "AND NOT EXISTS (SELECT 1 FROM habit_marks m WHERE m.task_id = ?1 AND m.day = c.day AND m.done = 0) "
        "ORDER BY 1"));
    st.bind(1, taskId);
    while (st.step())
        out << st.date(0);
    return out;
}

QList<EvidenceCommit> Store::habitCommits(Id taskId, const QDate &day, int max)
{
    QList<EvidenceCommit> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT c.hash, max(c.at), c.summary FROM habit_commits c JOIN habit_links l ON l.id = c.link_id "
        "WHERE l.task_id = ?1 AND c.day = ?2 GROUP BY c.hash ORDER BY 2 DESC, 1 LIMIT ?3"));
    st.bind(1, taskId).bind(2, day).bind(3, max);
    while (st.step())
        out.append({st.text(0), day, st.int64(1), st.text(2)});
    return out;
}

QList<HabitLink> Store::habitLinks(Id taskId)
{
    QList<HabitLink> out;
    Statement st = m_db.prepare(QLatin1String(kLinkColumns) +
                                QStringLiteral("WHERE ?1 = 0 OR task_id = ?1 ORDER BY task_id, repo"));
    st.bind(1, taskId);
    while (st.step())
        out << readLink(st);
    return out;
}

std::optional<HabitLink> Store::habitLink(Id linkId)
{
    Statement st = m_db.prepare(QLatin1String(kLinkColumns) + QStringLiteral("WHERE id = ?1"));
    st.bind(1, linkId);
    if (!st.step())
        return std::nullopt;
    return readLink(st);
}

void Store::setHabitMark(Id taskId, const QDate &day, HabitDay::Mark mark)
{
    transaction([&] {
        if (mark == HabitDay::Mark::None) {
            Statement st = m_db.prepare(QStringLiteral("DELETE FROM habit_marks WHERE task_id = ?1 AND day = ?2"));
            st.bind(1, taskId).bind(2, day).run();
        } else {
            Statement st = m_db.prepare(QStringLiteral(
                "INSERT INTO habit_marks(task_id, day, done) VALUES(?1, ?2, ?3) "
                "ON CONFLICT(task_id, day) DO UPDATE SET done = excluded.done"));
            st.bind(1, taskId).bind(2, day).bind(3, mark == HabitDay::Mark::Ticked ? 1 : 0).run();
        }
        refreshHabit(taskId);
    });
}

Id Store::putHabitLink(const HabitLink &link)
{
    Id id = 0;
    transaction([&] {
        if (!task(link.taskId))
            throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(link.taskId));
        Statement st = m_db.prepare(QStringLiteral(
            "INSERT INTO habit_links(task_id, repo, path, authors) VALUES(?1, ?2, ?3, ?4) "
            "ON CONFLICT(task_id, repo) DO UPDATE SET path = excluded.path, authors = excluded.authors, "
            "problem = '', tips = '' RETURNING id"));
        st.bind(1, link.taskId).bind(2, link.repo).bind(3, link.path).bind(4, link.authors.join(QLatin1Char('\n')));
        if (!st.step())
            throw DbError(DbError::Kind::Invalid, tr("the link to %1 was not written").arg(link.repo));
        id = st.int64(0);
        st.reset();
        // Other authors or another subfolder: what was found before may not count any more.
        Statement clear = m_db.prepare(QStringLiteral("DELETE FROM habit_commits WHERE link_id = ?1"));
        clear.bind(1, id).run();
        refreshHabit(link.taskId);
    });
    return id;
}

void Store::removeHabitLink(Id linkId)
{
    transaction([&] {
        const auto link = habitLink(linkId);
        if (!link)
            throw DbError(DbError::Kind::NotFound, tr("no habit link with id %1").arg(linkId));
        Statement st = m_db.prepare(QStringLiteral("DELETE FROM habit_links WHERE id = ?1"));
        st.bind(1, linkId).run();
        refreshHabit(link->taskId);
    });
}

bool Store::applyLinkScan(const LinkScan &scan)
{
    bool applied = false;
    transaction([&] {
        const auto link = habitLink(scan.linkId);
        if (!link || link->tips != scan.base)
            return;
        applied = true;
        if (!scan.problem.isEmpty()) {
            // The repository cannot be read now: say so, and keep the days it gave before.
            Statement st = m_db.prepare(QStringLiteral("UPDATE habit_links SET problem = ?2 WHERE id = ?1"));
            st.bind(1, link->id).bind(2, scan.problem).run();
            return;
        }
        if (scan.replace) {
            Statement clear = m_db.prepare(QStringLiteral("DELETE FROM habit_commits WHERE link_id = ?1"));
            clear.bind(1, link->id).run();
        }
        Statement add = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO habit_commits(link_id, hash, day, at, summary) VALUES(?1, ?2, ?3, ?4, ?5)"));
        for (const EvidenceCommit &c : scan.commits) {
            add.bind(1, link->id).bind(2, c.hash).bind(3, c.day).bind(4, c.at).bind(5, c.summary).run();
            add.reset();
        }
        Statement st = m_db.prepare(QStringLiteral("UPDATE habit_links SET problem = '', tips = ?2 WHERE id = ?1"));
        st.bind(1, link->id).bind(2, tipsText(scan.tips)).run();
        if (scan.replace || !scan.commits.isEmpty())
            refreshHabit(link->taskId);
    });
    return applied;
}

void Store::refreshHabit(Id taskId)
{
    auto t = task(taskId);
    if (!t || !t->isHabit())
        return;
    const habits::Streaks s = habits::streaks(habitDoneDays(taskId), t->repeat, today());
    const int run = std::min(s.run, limits::kMaxStreak);
    const QDate due = s.lastDone.isValid() ? habits::nextOccurrence(s.lastDone, t->repeat) : today();
    if (t->streak == run && t->due == due)
        return;
    t->streak = run;
    t->due = due;
    updateTask(*t);
}

void Store::carryStreaks(Id firstId)
{
    transaction([&] {
        m_db.exec(schema::carryStreaksSql(
            QStringLiteral("id >= %1 AND NOT EXISTS (SELECT 1 FROM habit_marks m WHERE m.task_id = tasks.id)")
                .arg(firstId)));
    });
}

} // namespace jobprep
