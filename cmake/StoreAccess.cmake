# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Who may touch the database, checked at configure time (and runnable on any tree:
#   cmake -DROOT=<dir> -P cmake/StoreAccess.cmake):
# - SQL and the sqlite3 C API live in core/store and core/sqlite only: no SQL text in a string
#   literal and no sqlite3_ call anywhere else.
# - The store's writes are private (core/store/store.h) and reachable through a StoreWriter, which
#   only the service makes. The type may be named in core/store, core/service and tests/, and by
#   the three core functions the service hands its writer to (JOBPREP_SERVICE_DELEGATES); nowhere
#   else, so no view, dialog or CLI command can hold one. test::StoreTestAccess, the tests' own way
#   in, is named in tests/ only (and declared a friend in core/store).
cmake_policy(SET CMP0057 NEW)
set(JOBPREP_SQL_FOLDERS core/store core/sqlite)
set(JOBPREP_WRITER_FOLDERS core/store core/service)
set(JOBPREP_SERVICE_DELEGATES
    core/io/jsonio.h core/io/jsonio.cpp
    core/io/exampleplan.h core/io/exampleplan.cpp
    core/postings/postingintake.h core/postings/postingintake.cpp)
# SQL in a string literal: a statement's first words, or a transaction keyword alone.
set(_jobprep_sql_regex
    "\"[^\"]*(SELECT [^\"]* FROM |INSERT INTO |INSERT OR [A-Z]+ INTO |DELETE FROM |UPDATE [a-z_]+ SET |CREATE (TABLE|INDEX|TRIGGER|VIEW) |DROP (TABLE|INDEX|TRIGGER|VIEW) |ALTER TABLE |PRAGMA [a-z_]+)|\"(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)( [A-Z]+)?\"")

function(_jobprep_in_folders path folders out)
    set(result FALSE)
    foreach(f IN LISTS folders)
        string(LENGTH "${f}/" n)
        string(SUBSTRING "${path}" 0 ${n} head)
        if(head STREQUAL "${f}/")
            set(result TRUE)
        endif()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()

# Returns in `out` one message per file that breaks one of the rules above.
function(jobprep_store_access_problems root out)
    set(problems "")
    file(GLOB_RECURSE sources RELATIVE "${root}" "${root}/core/*.h" "${root}/core/*.cpp" "${root}/integrations/*.h"
         "${root}/integrations/*.cpp" "${root}/ui/*.h" "${root}/ui/*.cpp" "${root}/app/*.h" "${root}/app/*.cpp")
    foreach(src IN LISTS sources)
        _jobprep_in_folders("${src}" "${JOBPREP_SQL_FOLDERS}" sqlAllowed)
        if(NOT sqlAllowed)
            file(STRINGS "${root}/${src}" hits REGEX "sqlite3_|<sqlite3\\.h>")
            if(hits)
                list(APPEND problems "${src} uses the sqlite3 C API, which belongs in core/store or core/sqlite")
            endif()
            file(STRINGS "${root}/${src}" hits REGEX "${_jobprep_sql_regex}")
            if(hits)
                string(REGEX MATCH "${_jobprep_sql_regex}" first "${hits}")
                string(REPLACE "\"" "" first "${first}")
                string(STRIP "${first}" first)
                list(APPEND problems "${src} holds SQL (${first}…), which belongs in core/store")
            endif()
        endif()
        _jobprep_in_folders("${src}" "${JOBPREP_WRITER_FOLDERS}" writerAllowed)
        if(NOT writerAllowed AND NOT src IN_LIST JOBPREP_SERVICE_DELEGATES)
            file(STRINGS "${root}/${src}" hits REGEX "StoreWriter")
            if(hits)
                list(APPEND problems "${src} names StoreWriter: only the service writes (core/service)")
            endif()
        endif()
        _jobprep_in_folders("${src}" "core/store" inStore)
        if(NOT inStore)
            file(STRINGS "${root}/${src}" hits REGEX "StoreTestAccess")
            if(hits)
                list(APPEND problems "${src} names test::StoreTestAccess, which is for tests only")
            endif()
        endif()
    endforeach()
    set(${out} "${problems}" PARENT_SCOPE)
endfunction()

function(jobprep_check_store_access root)
    jobprep_store_access_problems("${root}" problems)
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Store access (cmake/StoreAccess.cmake):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED ROOT)
    jobprep_check_store_access("${ROOT}")
endif()
