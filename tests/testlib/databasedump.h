// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <string>

namespace jobprep {
class Store;
}

namespace jobprep::test {

// Every row of every table of the store's file (the user's data, task_groups and the placement
// columns alike), each value quoted as SQL writes it, tables by name and rows by every column: two
// files hold the same data exactly when their dumps are equal.
QString dumpDatabase(Store &store);
// Where two dumps first differ ("line 12: … / …"), empty when they do not.
std::string firstDifference(const QString &expected, const QString &actual);

} // namespace jobprep::test
