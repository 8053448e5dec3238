// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// How a task is written to its row; shared by the single and the bulk writes of the store.
#pragma once

#include "core/domain/domain.h"
#include "core/domain/enums.h"
#include "core/sqlite/statement.h"

namespace jobprep {

// The columns of a task row in the order every insert writes them: id … updated_at (15), then the
// four placement inputs (importance, important, effective deadline, placed first).
extern const char kTaskColumns[];
// INSERT of one task: ?1 id (NULL: a new one) … ?19, in the order of kTaskColumns.
QString insertTaskSql();
// Binds ?2..?13: title to manual order.
void bindTaskRow(Statement &st, const Task &t);

// The stored spellings of an enum in UTF-8, made once (the writes bind them without converting).
template <typename E> const QList<QByteArray> &storedNames()
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> out;
        for (const QString &n : allNames<E>())
            out << n.toUtf8();
        return out;
    }();
    return names;
}
template <typename E> QByteArrayView storedName(E value) { return storedNames<E>().at(static_cast<int>(value)); }

// Projects and study notes come first in their pane (the place_first column).
inline bool placedFirst(Kind k) { return k == Kind::Project || k == Kind::Study; }

} // namespace jobprep
