# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Installs the build into a fresh prefix and checks that every file a desktop needs is there.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
set(expected
    bin/jobprep
    bin/jobprep-cli
    share/applications/org.jobprep.Planner.desktop
    share/metainfo/org.jobprep.Planner.metainfo.xml
    share/icons/hicolor/scalable/apps/org.jobprep.Planner.svg
    share/icons/hicolor/48x48/apps/org.jobprep.Planner.png
    share/icons/hicolor/256x256/apps/org.jobprep.Planner.png
)
foreach(extra IN LISTS EXTRA_EXPECTED)
    list(APPEND expected ${extra})
endforeach()
set(missing "")
foreach(f IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${f}")
        list(APPEND missing ${f})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()
execute_process(COMMAND "${PREFIX}/bin/jobprep-cli" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "jobprep-cli")
    message(FATAL_ERROR "the installed jobprep-cli does not run: ${rc} ${out}")
endif()
list(LENGTH expected n)
message(STATUS "installed into ${PREFIX}: all ${n} files present, jobprep-cli runs")
