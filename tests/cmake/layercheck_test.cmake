# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# cmake/LayerCheck.cmake must let core link Qt6::Core, SQLite and simdjson (with what they bring and
# core's own resource targets) and stop the configure step on anything else, however it comes in:
# through a helper target, a generator expression, a plain library name; and on a GUI header.
#   cmake -DSOURCE=<repo> -DWORK=<scratch dir> -P layercheck_test.cmake
cmake_minimum_required(VERSION 3.22)

file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/project/CMakeLists.txt [=[
cmake_minimum_required(VERSION 3.22)
project(layercheck NONE)
include(${SOURCE}/cmake/LayerCheck.cmake)
foreach(lib Qt6::Platform Threads::Threads Qt6::Core Qt6::Gui Qt6::Network SQLite::SQLite3 simdjson::simdjson)
    add_library(${lib} INTERFACE IMPORTED)
endforeach()
set_target_properties(Qt6::Core PROPERTIES INTERFACE_LINK_LIBRARIES "Qt6::Platform;Threads::Threads")
set_target_properties(Qt6::Gui PROPERTIES INTERFACE_LINK_LIBRARIES Qt6::Core)
set_target_properties(simdjson::simdjson PROPERTIES INTERFACE_LINK_LIBRARIES Threads::Threads)
add_library(core_resources INTERFACE)
target_link_libraries(core_resources INTERFACE Qt6::Core)
add_library(core INTERFACE)
set_property(TARGET core PROPERTY INTERFACE_LINK_LIBRARIES Qt6::Core SQLite::SQLite3 "$<LINK_ONLY:simdjson::simdjson>"
             "$<$<BOOL:TRUE>:$<TARGET_OBJECTS:$<TARGET_NAME:core_resources>>>" core_resources)
if(MODE STREQUAL "links")
    add_library(helper INTERFACE)
    target_link_libraries(helper INTERFACE Qt6::Network)
    set_property(TARGET core APPEND PROPERTY INTERFACE_LINK_LIBRARIES helper "$<$<CONFIG:Debug>:Qt6::Gui>" GL)
elseif(MODE STREQUAL "header")
    file(WRITE ${CMAKE_CURRENT_SOURCE_DIR}/painter.cpp "#include <QPainter>\n")
endif()
jobprep_link_problems(core problems ALLOWED Qt6::Core SQLite::SQLite3 simdjson::simdjson)
message(STATUS "problems: [${problems}]")
jobprep_allow_only_links(core ALLOWED Qt6::Core SQLite::SQLite3 simdjson::simdjson WHY "planted")
]=])

function(configure mode out_code out_text)
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${WORK}/project -B ${WORK}/build-${mode} -DSOURCE=${SOURCE}
                            -DMODE=${mode}
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REGEX REPLACE "[ \t\r\n]+" " " text "${out}${err}") # CMake wraps long messages
    set(${out_code} ${code} PARENT_SCOPE)
    set(${out_text} "${text}" PARENT_SCOPE)
endfunction()

configure(ok code text)
if(NOT code EQUAL 0 OR NOT text MATCHES "problems: \\[\\]")
    message(FATAL_ERROR "the allowed libraries were refused:\n${text}")
endif()
configure(links code text)
if(code EQUAL 0 OR NOT text MATCHES "problems: \\[Qt6::Network;Qt6::Gui;GL\\]" OR NOT text MATCHES "core links")
    message(FATAL_ERROR "the planted links were not all refused:\n${text}")
endif()
configure(header code text)
if(code EQUAL 0 OR NOT text MATCHES "painter.cpp includes a GUI header")
    message(FATAL_ERROR "the planted GUI header was not refused:\n${text}")
endif()
message(STATUS "layer check: the allowed libraries pass; a link through a helper, a generator expression, "
               "a plain library and a GUI header are each refused")
