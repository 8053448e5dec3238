# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# For the build checks' tests: the problems a check found on a tree with planted violations must be
# exactly the ones expected.
function(jobprep_expect_problems problems expected what)
    foreach(e IN LISTS expected)
        if(NOT e IN_LIST problems)
            message(FATAL_ERROR "not found: ${e}\nfound:\n${problems}")
        endif()
    endforeach()
    list(LENGTH problems n)
    list(LENGTH expected m)
    if(NOT n EQUAL m)
        message(FATAL_ERROR "expected ${m} problems, found ${n}:\n${problems}")
    endif()
    message(STATUS "${what}: the real tree passes, and all ${m} planted problems are found")
endfunction()
