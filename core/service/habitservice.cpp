// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "habitservice.h"
#include "clock.h"
#include "service.h"

#include <QCoreApplication>
#include <QDir>

namespace jobprep {
namespace {


Task habit(StoreWriter &w, Id taskId)
{
    const auto t = w.task(taskId);
    if (!t)
        throw DbError(DbError::Kind::NotFound,
                      QCoreApplication::translate("jobprep::Store", "no task with id %1").arg(taskId));
    if (!t->isHabit())
        throw DbError(DbError::Kind::Invalid,
                      QCoreApplication::translate("jobprep::HabitService", "task %1 (%2) is not a habit: give it a repeat (daily or weekly) first").arg(taskId).arg(t->title));
    return *t;
}

} // namespace

void HabitService::setDone(Id taskId, const QDate &day, bool done, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            habit(w, taskId);
            if (!day.isValid() || day > m_service.clock().today())
                throw DbError(DbError::Kind::Invalid,
                              QCoreApplication::translate("jobprep::HabitService", "%1 is after today: a day is ticked once it is done").arg(day.toString(Qt::ISODate)));
            const QList<HabitDay> days = w.store().habitDays(taskId, day, day);
            const HabitDay now = days.isEmpty() ? HabitDay{day, 0, HabitDay::Mark::None} : days.first();
            if (now.done() == done)
                return;
            const bool evidence = now.commits > 0;
            const HabitDay::Mark mark = done ? (evidence ? HabitDay::Mark::None : HabitDay::Mark::Ticked)
                                             : (evidence ? HabitDay::Mark::Unticked : HabitDay::Mark::None);
            w.setHabitMark(taskId, day, mark);
        },
        change);
}

Id HabitService::link(const HabitLink &link, Change *change)
{
    HabitLink l = link;
    l.repo = QDir::cleanPath(QDir(l.repo).absolutePath());
    l.path = QDir::cleanPath(l.path.trimmed());
    if (l.path == QLatin1String(".") || l.path == QLatin1String("/"))
        l.path.clear();
    while (l.path.endsWith(QLatin1Char('/')))
        l.path.chop(1);
    if (l.path.startsWith(QLatin1Char('/')) || l.path.startsWith(QLatin1String("../")) || l.path == QLatin1String(".."))
        throw DbError(DbError::Kind::Invalid, QCoreApplication::translate("jobprep::HabitService", "subfolder \"%1\": give a folder inside the repository, such as 백준/")
                                                  .arg(link.path));
    QStringList authors;
    for (const QString &a : l.authors) {
        const QString email = a.trimmed();
        if (email.isEmpty())
            continue;
        if (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char('\n')))
            throw DbError(DbError::Kind::Invalid, QCoreApplication::translate("jobprep::HabitService", "author \"%1\" is not an email address").arg(a));
        if (!authors.contains(email, Qt::CaseInsensitive))
            authors << email;
    }
    if (authors.isEmpty())
        throw DbError(DbError::Kind::Invalid,
                      QCoreApplication::translate("jobprep::HabitService", "no author email for %1: give one, or set user.email in git's configuration").arg(l.repo));
    l.authors = authors;
    Id id = 0;
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            habit(w, l.taskId);
            id = w.putHabitLink(l);
        },
        change);
    return id;
}

void HabitService::unlink(Id taskId, const QString &repo, Change *change)
{
    const QString clean = QDir::cleanPath(QDir(repo).absolutePath());
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            habit(w, taskId);
            for (const HabitLink &l : w.store().habitLinks(taskId))
                if (l.repo == clean) {
                    w.removeHabitLink(l.id);
                    return;
                }
            throw DbError(DbError::Kind::NotFound, QCoreApplication::translate("jobprep::HabitService", "task %1 is not linked to %2").arg(taskId).arg(clean));
        },
        change);
}

bool HabitService::applyScan(const LinkScan &scan)
{
    bool applied = false;
    m_service.write([&] { applied = m_service.writer().applyLinkScan(scan); }, nullptr);
    return applied;
}

} // namespace jobprep
