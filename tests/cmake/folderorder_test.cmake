# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# cmake/FolderOrder.cmake must pass the real tree and fail a tree with an include that runs back up:
# a lower folder including a higher one, core including ui, and a pure rule reaching the store
# through a folder it may include.
#   cmake -DSOURCE=<repo> -DWORK=<scratch dir> -P folderorder_test.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/expectproblems.cmake)
include(${SOURCE}/cmake/FolderOrder.cmake)

jobprep_folder_order_problems(${SOURCE} problems)
if(problems)
    message(FATAL_ERROR "the real tree has problems: ${problems}")
endif()

file(REMOVE_RECURSE ${WORK})
foreach(pure IN LISTS JOBPREP_PURE_FILES)
    file(WRITE ${WORK}/${pure} "#pragma once\n")
endforeach()
file(WRITE ${WORK}/core/domain/dates.h "#pragma once\n#include \"core/board/board.h\"\n")
file(WRITE ${WORK}/core/board/board.h "#pragma once\n#include \"core/store/store.h\"\n")
file(WRITE ${WORK}/core/store/store.h "#pragma once\n#include \"core/domain/dates.h\"\n")
file(WRITE ${WORK}/core/plan/weeklyplanner.cpp "#include \"weeklyplanner.h\"\n#include \"core/board/board.h\"\n")
file(WRITE ${WORK}/core/io/jsonio.cpp "#include \"ui/window/mainwindow.h\"\n")
file(WRITE ${WORK}/ui/board/quadrantmodel.cpp "#include \"ui/window/mainwindow.h\"\n#include \"core/store/store.h\"\n")
file(WRITE ${WORK}/ui/window/mainwindow.cpp "#include \"ui/board/quadrantmodel.h\"\n")
file(WRITE ${WORK}/core/newfolder/x.cpp "#include \"core/domain/dates.h\"\n")
jobprep_folder_order_problems(${WORK} problems)

set(expected
    "core/domain/dates.h includes core/board/board.h, from a higher folder"
    "core/io/jsonio.cpp includes ui/window/mainwindow.h, from a higher layer"
    "ui/board/quadrantmodel.cpp includes ui/window/mainwindow.h, from a higher folder"
    "core/newfolder/x.cpp: its folder is not in the order of cmake/FolderOrder.cmake"
    "core/plan/weeklyplanner.cpp reaches the store through core/board/board.h (core/store/store.h), and the pure rules read no store")
jobprep_expect_problems("${problems}" "${expected}" "folder order")
