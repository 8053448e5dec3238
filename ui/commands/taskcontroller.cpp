// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskcontroller.h"
#include "core/service/clock.h"
#include "core/service/companyservice.h"
#include "core/service/habitservice.h"
#include "core/service/postingservice.h"
#include "core/service/service.h"
#include "core/service/settingsservice.h"
#include "core/service/taskservice.h"
#include "movetaskscommand.h"
#include "ui/common/messagebox.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace jobprep::ui {

TaskController::TaskController(Service &service, QObject *parent)
    : QObject(parent), m_service(service), m_undo(new QUndoStack(this))
{
}

Store &TaskController::store()
{
    return m_service.store();
}
QDate TaskController::today() const
{
    return m_service.clock().today();
}

QList<Id> TaskController::existing(const QList<Id> &ids, bool openOnly)
{
    QList<Id> out;
    for (Id id : ids)
        if (const auto t = store().task(id); t && (!openOnly || t->isOpen()) && !out.contains(id))
            out << id;
    return out;
}

ErrorSink TaskController::sink()
{
    // Also used later by undo/redo from the Edit menu, long after push() returned.
    return [this](const QString &what, const QString &message) {
        m_lastFailed = true;
        Q_EMIT failed(what, message);
        MessageBox::critical(m_dialogParent, tr("Could not save"),
                             tr("%1 failed: %2\nNothing was changed.").arg(what, message));
    };
}

bool TaskController::push(StoreCommand *command)
{
    m_lastFailed = false;
    m_undo->push(command); // runs redo(); a failed command is obsolete and the stack deletes it
    return !m_lastFailed;
}

bool TaskController::change(const QString &text, StoreCommand::Apply apply)
{
    return push(new StoreCommand(m_service, sink(), text, std::move(apply)));
}

bool TaskController::moveTasks(const QList<Id> &ids, Quadrant target)
{
    const QList<Id> valid = existing(ids, true);
    return !valid.isEmpty() && push(new MoveTasksCommand(m_service, sink(), valid, target));
}

bool TaskController::reorder(const QList<Id> &paneOrder)
{
    const QList<Id> valid = existing(paneOrder, true);
    return valid.size() == paneOrder.size() && !valid.isEmpty() &&
           change(QCoreApplication::translate("jobprep::ui", "Reorder tasks"),
                  [valid](Service &s, Change *c) { s.tasks().reorder(valid, c); });
}

bool TaskController::editTask(const Task &after)
{
    return store().task(after.id) &&
           change(QCoreApplication::translate("jobprep::ui", "Edit \"%1\"").arg(after.title),
                  [after](Service &s, Change *c) { s.tasks().edit(after, c); });
}

bool TaskController::deleteTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, false);
    return !valid.isEmpty() &&
           change(QCoreApplication::translate("jobprep::ui", "Delete %n task(s)", nullptr, int(valid.size())),
                  [valid](Service &s, Change *c) { s.tasks().remove(valid, c); });
}

bool TaskController::completeTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, true);
    return !valid.isEmpty() && change(QCoreApplication::translate("jobprep::ui", "Mark %n task(s) done",
                                                                  nullptr, int(valid.size())),
                                      [valid](Service &s, Change *c) { s.tasks().complete(valid, c); });
}

// The new ids are read while the command first runs, inside push(): `apply` runs that once only.
Id TaskController::addTask(const Task &task)
{
    Id id = 0;
    return change(QCoreApplication::translate("jobprep::ui", "Add \"%1\"").arg(task.title),
                  [task, &id](Service &s, Change *c) { id = s.tasks().add(task, c); })
               ? id
               : 0;
}

Id TaskController::addCompany(const Company &company)
{
    Id id = 0;
    return change(QCoreApplication::translate("jobprep::ui", "Add %1").arg(company.name),
                  [company, &id](Service &s, Change *c) { id = s.companies().add(company, c); })
               ? id
               : 0;
}

bool TaskController::editCompany(const Company &after)
{
    return store().company(after.id) &&
           change(QCoreApplication::translate("jobprep::ui", "Edit %1").arg(after.name),
                  [after](Service &s, Change *c) { s.companies().edit(after, c); });
}

bool TaskController::setCompanyStage(Id id, Stage stage)
{
    auto company = store().company(id);
    if (!company || company->stage == stage)
        return false;
    company->stage = stage;
    return editCompany(*company);
}

bool TaskController::deleteCompany(Id id)
{
    const auto company = store().company(id);
    return company && change(QCoreApplication::translate("jobprep::ui", "Delete %1").arg(company->name),
                             [id](Service &s, Change *c) { s.companies().remove(id, c); });
}

std::optional<IntakeResult> TaskController::addPosting(const QString &companyName, const Posting &posting,
                                                       const QList<ProposedTask> &proposals)
{
    IntakeResult result;
    if (!change(QCoreApplication::translate("jobprep::ui", "Add posting %1").arg(posting.title),
                [&](Service &s, Change *c) {
                    result = s.postings().addWithTasks(companyName, posting, proposals, c);
                }))
        return std::nullopt;
    return result;
}

bool TaskController::editPosting(Id id, const PostingDetails &details)
{
    const auto posting = store().posting(id);
    return posting && change(QCoreApplication::translate("jobprep::ui", "Edit posting %1").arg(details.title.value_or(posting->title)),
                             [id, details](Service &s, Change *c) { s.postings().setDetails(id, details, c); });
}

bool TaskController::deletePosting(Id id)
{
    const auto posting = store().posting(id);
    return posting && change(QCoreApplication::translate("jobprep::ui", "Delete posting %1").arg(posting->title),
                             [id](Service &s, Change *c) { s.postings().remove(id, c); });
}

std::optional<ReparseResult> TaskController::reparsePosting(Id id)
{
    const auto posting = store().posting(id);
    ReparseResult result;
    if (!posting || !change(QCoreApplication::translate("jobprep::ui", "Re-parse %1").arg(posting->title),
                            [id, &result](Service &s, Change *c) { result = s.postings().reparse(id, c); }))
        return std::nullopt;
    return result;
}

bool TaskController::setLineSection(Id postingId, Id lineId, Section section)
{
    return change(QCoreApplication::translate("jobprep::ui", "Move a line to %1").arg(displayName(section)),
                  [=](Service &s, Change *c) { s.postings().setLineSection(postingId, lineId, section, c); });
}

bool TaskController::setEligibilityMet(const QList<Id> &lineIds, bool met)
{
    return !lineIds.isEmpty() &&
           change(met ? QCoreApplication::translate("jobprep::ui", "Tick \"I meet this\"")
                      : QCoreApplication::translate("jobprep::ui", "Untick \"I meet this\""),
                  [lineIds, met](Service &s, Change *c) { s.postings().setMet(lineIds, met, c); });
}

bool TaskController::saveSettings(const Settings &settings)
{
    return change(QCoreApplication::translate("jobprep::ui", "Change settings"),
                  [settings](Service &s, Change *c) { s.settings().save(settings, c); });
}

bool TaskController::setHabitDay(Id taskId, const QDate &day, bool done)
{
    const auto t = store().task(taskId);
    const QString date = QLocale().toString(day, QLocale::ShortFormat);
    return t && change((done ? QCoreApplication::translate("jobprep::ui", "Tick %1 on %2")
                             : QCoreApplication::translate("jobprep::ui", "Untick %1 on %2"))
                           .arg(t->title, date),
                       [taskId, day, done](Service &s, Change *c) { s.habits().setDone(taskId, day, done, c); });
}

bool TaskController::linkRepository(const HabitLink &link)
{
    return change(QCoreApplication::translate("jobprep::ui", "Link %1").arg(link.repo),
                  [link](Service &s, Change *c) { s.habits().link(link, c); });
}

bool TaskController::unlinkRepository(Id taskId, const QString &repo)
{
    return change(QCoreApplication::translate("jobprep::ui", "Unlink %1").arg(repo),
                  [taskId, repo](Service &s, Change *c) { s.habits().unlink(taskId, repo, c); });
}

} // namespace jobprep::ui
