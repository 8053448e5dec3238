# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Every modal message of the app goes through ui::MessageBox (ui/common/messagebox.h), the one
# seam tests answer: no other file of ui/ or app/ may use QMessageBox.
#   cmake -DSOURCE=<repo> -P messagebox_test.cmake
cmake_minimum_required(VERSION 3.22)
file(GLOB_RECURSE sources RELATIVE "${SOURCE}" "${SOURCE}/ui/*.h" "${SOURCE}/ui/*.cpp" "${SOURCE}/app/*.h"
     "${SOURCE}/app/*.cpp" "${SOURCE}/integrations/*.h" "${SOURCE}/integrations/*.cpp")
set(found "")
foreach(src IN LISTS sources)
    if(src MATCHES "^ui/common/messagebox\\.(h|cpp)$")
        continue()
    endif()
    file(STRINGS "${SOURCE}/${src}" hits REGEX "QMessageBox|QErrorMessage")
    if(hits)
        list(APPEND found "${src}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "QMessageBox outside ui/common/messagebox.cpp:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "modal messages: none of ${n} files of ui/ and app/ uses QMessageBox but the seam")
