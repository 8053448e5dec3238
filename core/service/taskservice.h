// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

namespace jobprep {

class Service;
struct Change;

// Every change of a task, the same from the board, the menus, the editor and the CLI. Each is one
// transaction; `change`, when given, receives the rows it changed (for undo). Throws DbError and
// then changes nothing.
class TaskService
{
public:
    explicit TaskService(Service &service) : m_service(service) {}

    // A new task (any id given is ignored). A habit without a due date starts today.
    Id add(Task task, Change *change = nullptr);
    // Every field from `after` (same id). Marking it done is complete() (a habit ticks today) and marking a done task open again is reopen(), whichever
    // form asked; a new quadrant starts without the old pane's manual order, as a move does.
    void edit(Task after, Change *change = nullptr);
    // Marks open tasks done today; a habit stays open with today ticked (HabitService).
    void complete(const QList<Id> &ids, Change *change = nullptr);
    void reopen(const QList<Id> &ids, Change *change = nullptr);
    // Pins to a quadrant; None lets the planner place them again. Either forgets the manual order.
    void pin(const QList<Id> &ids, Quadrant quadrant, Change *change = nullptr);
    // The user's own order of a pane: positions 0..n-1 in this order.
    void reorder(const QList<Id> &order, Change *change = nullptr);
    void remove(const QList<Id> &ids, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep
