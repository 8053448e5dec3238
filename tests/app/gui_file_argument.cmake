# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# `jobprep FILE` opens FILE, as a file manager asks through the desktop file's Exec=jobprep %f:
# the start-up backup lands beside FILE, and the default database is not created. Two files, or a
# file and --db, are refused with a message.
#   cmake -DCLI=... -DGUI=... -DDIR=... -P gui_file_argument.cmake
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}/home")
file(CHMOD "${DIR}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_RUNTIME_DIR} "${DIR}")
set(ENV{XDG_DATA_HOME} "${DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${DIR}/home")
unset(ENV{JOBPREP_DB})
execute_process(COMMAND "${CLI}" --db "${DIR}/chosen.sqlite" --today 2026-11-28 example
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jobprep-cli example failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${GUI}" "${DIR}/chosen.sqlite" --startup-benchmark
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jobprep FILE: exit status ${rc}\n${out}\n${err}")
endif()
file(GLOB backups "${DIR}/backups/chosen-*.sqlite")
if(NOT backups)
    message(FATAL_ERROR "jobprep FILE did not open FILE: no start-up backup beside it\n${err}")
endif()
file(GLOB_RECURSE defaults "${DIR}/home/*.sqlite")
if(defaults)
    message(FATAL_ERROR "jobprep FILE also created the default database: ${defaults}")
endif()
execute_process(COMMAND "${GUI}" "${DIR}/chosen.sqlite" --db "${DIR}/other.sqlite" --startup-benchmark
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 1 OR NOT err MATCHES "name one database file" OR EXISTS "${DIR}/other.sqlite")
    message(FATAL_ERROR "FILE with --db: expected exit 1 and a message, got ${rc}: ${err}")
endif()
message(STATUS "jobprep FILE opened FILE (${backups})")
