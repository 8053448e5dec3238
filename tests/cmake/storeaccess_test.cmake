# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# cmake/StoreAccess.cmake must pass the real tree and fail a tree with SQL or the sqlite3 API outside
# core/store and core/sqlite, or a StoreWriter in a view or the CLI.
#   cmake -DSOURCE=<repo> -DWORK=<scratch dir> -P storeaccess_test.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/expectproblems.cmake)
include(${SOURCE}/cmake/StoreAccess.cmake)

jobprep_store_access_problems(${SOURCE} problems)
if(problems)
    message(FATAL_ERROR "the real tree has problems: ${problems}")
endif()

file(REMOVE_RECURSE ${WORK})
# Allowed: SQL in the store and the wrapper, the writer in the service and a delegate, an
# iCalendar "BEGIN:VEVENT" (not SQL).
file(WRITE ${WORK}/core/store/x.cpp "auto s = QStringLiteral(\"SELECT id FROM tasks WHERE id = ?1\");\n")
file(WRITE ${WORK}/core/sqlite/x.cpp "sqlite3_exec(db, \"BEGIN\", 0, 0, 0);\n")
file(WRITE ${WORK}/core/service/x.cpp "StoreWriter &w = writer();\n")
file(WRITE ${WORK}/core/io/jsonio.cpp "ImportSummary importJson(StoreWriter &store);\n")
file(WRITE ${WORK}/core/export/icsexport.cpp "lines << QStringLiteral(\"BEGIN:VEVENT\");\n")
# Refused.
file(WRITE ${WORK}/core/board/panereader.cpp "Statement st = db.prepare(QStringLiteral(\"SELECT id, title FROM tasks \"\n")
file(WRITE ${WORK}/core/plan/weeklyplanstore.cpp "db.exec(QStringLiteral(\"BEGIN\"));\n")
file(WRITE ${WORK}/core/safety/restore.cpp "st = db.prepare(QStringLiteral(\"PRAGMA journal_mode=DELETE\"));\n")
file(WRITE ${WORK}/ui/board/boardstate.cpp "#include <sqlite3.h>\n")
file(WRITE ${WORK}/ui/window/mainwindow.cpp "\"UPDATE tasks SET pinned = 1\"\n")
file(WRITE ${WORK}/ui/commands/taskcontroller.cpp "StoreWriter w = something();\n")
file(WRITE ${WORK}/app/cli/taskcommands.cpp "auto w = test::StoreTestAccess::writer(store);\n")
jobprep_store_access_problems(${WORK} problems)

set(expected
    "core/board/panereader.cpp holds SQL (SELECT id, title FROM…), which belongs in core/store"
    "core/plan/weeklyplanstore.cpp holds SQL (BEGIN…), which belongs in core/store"
    "core/safety/restore.cpp holds SQL (PRAGMA journal_mode…), which belongs in core/store"
    "ui/board/boardstate.cpp uses the sqlite3 C API, which belongs in core/store or core/sqlite"
    "ui/window/mainwindow.cpp holds SQL (UPDATE tasks SET…), which belongs in core/store"
    "ui/commands/taskcontroller.cpp names StoreWriter: only the service writes (core/service)"
    "app/cli/taskcommands.cpp names test::StoreTestAccess, which is for tests only")
jobprep_expect_problems("${problems}" "${expected}" "store access")
