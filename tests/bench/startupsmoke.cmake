# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# ctest: `jobprep --startup-benchmark` on a small example database and the empty-window baseline
# each print one positive number of milliseconds and exit with status 0 (offscreen).
#   cmake -DCLI=... -DGUI=... -DBASELINE=... -DDIR=... -P startupsmoke.cmake
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_RUNTIME_DIR} "${DIR}")
execute_process(COMMAND "${CLI}" --db "${DIR}/small.sqlite" --today 2026-11-28 example
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jobprep-cli example failed (${rc}): ${err}")
endif()
foreach(run IN ITEMS gui baseline)
    if(run STREQUAL "gui")
        set(cmd "${GUI}" --db "${DIR}/small.sqlite" --today 2026-11-28 --startup-benchmark)
    else()
        set(cmd "${BASELINE}")
    endif()
    execute_process(COMMAND ${cmd} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${run}: exit status ${rc}\n${out}\n${err}")
    endif()
    string(STRIP "${out}" ms)
    if(NOT ms MATCHES "^[0-9]+\\.[0-9]$" OR ms MATCHES "^0+\\.0$")
        message(FATAL_ERROR "${run}: expected one positive number of milliseconds, got \"${out}\"\n${err}")
    endif()
    message(STATUS "${run}: first paint after ${ms} ms")
endforeach()
