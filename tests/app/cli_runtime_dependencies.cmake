# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Reads the shared libraries the dynamic loader maps for jobprep-cli (and, to show the check sees
# QtGui where it is, for its PDF module) with CMake's own ELF reader.
#   cmake -DCLI=path/to/jobprep-cli -DMODULE=path/to/jobprep-cli-pdf.so -DGIT_MODULE=path/to/jobprep-cli-git.so
#         [-DCALENDAR_MODULE=path/to/jobprep-cli-calendar.so] -P cli_runtime_dependencies.cmake
function(runtime_libraries out)
    file(GET_RUNTIME_DEPENDENCIES ${ARGN}
        RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved)
    if(unresolved)
        message(FATAL_ERROR "unresolved libraries: ${unresolved}")
    endif()
    set(${out} ${resolved} PARENT_SCOPE)
endfunction()

runtime_libraries(cli EXECUTABLES ${CLI})
if(cli MATCHES "libgit2")
    message(FATAL_ERROR "${CLI} loads libgit2 at start: only the git module may (app/cli/gitmodule.h)")
endif()
runtime_libraries(git_module MODULES ${GIT_MODULE})
if(NOT git_module MATCHES "libgit2")
    message(FATAL_ERROR "${GIT_MODULE} does not load libgit2: then the check above could not see it either")
endif()
list(FILTER cli INCLUDE REGEX "libQt6")
message(STATUS "${CLI} loads: ${cli}")
if(NOT cli MATCHES "libQt6Core")
    message(FATAL_ERROR "${CLI}: libQt6Core not found among its libraries; the check reads nothing")
endif()
if(cli MATCHES "libQt6(Gui|Widgets|DBus|Network)|libical|keychain")
    message(FATAL_ERROR "${CLI} loads ${CMAKE_MATCH_0} at start: only the PDF module may (app/cli/pdfmodule.h)")
endif()

runtime_libraries(module MODULES ${MODULE})
if(NOT module MATCHES "libQt6Gui")
    message(FATAL_ERROR "${MODULE} does not load libQt6Gui: then the check above could not see it either")
endif()
message(STATUS "${MODULE} loads libQt6Gui, jobprep-cli does not")

# The calendar commands' module: Qt Network, QtKeychain and libical are there, not in jobprep-cli.
if(CALENDAR_MODULE)
    file(GET_RUNTIME_DEPENDENCIES MODULES ${CALENDAR_MODULE} RESOLVED_DEPENDENCIES_VAR calendar)
    foreach(lib libQt6Network libqt6keychain libical)
        if(NOT calendar MATCHES "${lib}")
            message(FATAL_ERROR "${CALENDAR_MODULE} does not load ${lib}")
        endif()
    endforeach()
    if(calendar MATCHES "libQt6(Gui|Widgets)")
        message(FATAL_ERROR "${CALENDAR_MODULE} loads ${CMAKE_MATCH_0}")
    endif()
    message(STATUS "${CALENDAR_MODULE} loads Qt Network, QtKeychain and libical; jobprep-cli does not")
endif()
