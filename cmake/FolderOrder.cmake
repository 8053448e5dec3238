# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# The order of the layers and of the feature folders inside them, lowest first, and the check that
# a file never includes one from a higher layer or folder. Includes across folders name the path
# from the source root ("core/store/store.h"); a bare name is a file of the same folder.
# Included by the top CMakeLists.txt (the check runs at every configure) and runnable on any tree:
#   cmake -DROOT=<dir> -P cmake/FolderOrder.cmake
cmake_policy(SET CMP0057 NEW)
set(JOBPREP_LAYERS core integrations ui app)
set(JOBPREP_CORE_FOLDERS domain sqlite placement habits store board postings plan review export calendar io safety service)
set(JOBPREP_INTEGRATIONS_FOLDERS git ical secrets caldav)
set(JOBPREP_UI_FOLDERS common commands board companies postings plan skills habits calendar window)
# The pure rules: none of these may reach core/store, directly or through what they include.
set(JOBPREP_PURE_FILES
    core/placement/placement.h core/placement/placement.cpp
    core/postings/postingparser.h core/postings/postingparser.cpp
    core/postings/postingheadings.h core/postings/postingheadings.cpp
    core/postings/postinglines.h core/postings/postinglines.cpp
    core/postings/postingmarks.h core/postings/postingmarks.cpp
    core/postings/postingreader.h core/postings/postingreader.cpp
    core/postings/postingtable.cpp
    core/postings/postingsplit.h core/postings/postingsplit.cpp
    core/postings/postingvocabulary.h core/postings/postingvocabulary.cpp
    core/postings/phrasetrie.h core/postings/phrasetrie.cpp
    core/postings/builtindata.h
    core/postings/eligibility.h core/postings/eligibility.cpp
    core/postings/oneof.h core/postings/oneof.cpp
    core/postings/linematch.h core/postings/linematch.cpp
    core/postings/tasktitle.h core/postings/tasktitle.cpp
    core/postings/skilldictionary.h core/postings/skilldictionary.cpp
    core/plan/weeklyplan.h core/plan/weeklyplan.cpp
    core/plan/weeklyplanner.h core/plan/weeklyplanner.cpp core/plan/planorder.h
    core/habits/habitrecord.h
    core/habits/streaks.h core/habits/streaks.cpp
    core/habits/heatmapgrid.h core/habits/heatmapgrid.cpp
    core/review/weeklyreview.h core/review/weeklyreview.cpp
    core/plan/dayhours.h core/plan/dayhours.cpp
    core/calendar/calendarsync.h core/calendar/calendarsync.cpp
    core/calendar/plannedevents.h core/calendar/plannedevents.cpp)

# The index of a file's layer and folder ("core/store/x.h" -> 0;3); -1 where the layer has no
# folder order (app).
function(_jobprep_rank path out)
    string(REPLACE "/" ";" parts "${path}")
    list(GET parts 0 layer)
    list(FIND JOBPREP_LAYERS "${layer}" li)
    set(fi -1)
    list(LENGTH parts n)
    if(n GREATER 2)
        list(GET parts 1 folder)
        string(TOUPPER "${layer}" up)
        if(DEFINED JOBPREP_${up}_FOLDERS)
            list(FIND JOBPREP_${up}_FOLDERS "${folder}" fi)
            if(fi EQUAL -1)
                set(${out} "unknown" PARENT_SCOPE)
                return()
            endif()
        endif()
    endif()
    set(${out} "${li};${fi}" PARENT_SCOPE)
endfunction()

# The quoted includes of `file` (relative to root), each as a path from the root.
function(_jobprep_includes root file out)
    file(STRINGS "${root}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    get_filename_component(dir "${file}" DIRECTORY)
    set(result "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" inc "${line}")
        if(inc MATCHES "/")
            list(APPEND result "${inc}")
        else()
            list(APPEND result "${dir}/${inc}")
        endif()
    endforeach()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Returns in `out` one message per include that runs back up, or into a folder not in the order.
function(jobprep_folder_order_problems root out)
    set(problems "")
    file(GLOB_RECURSE sources RELATIVE "${root}" "${root}/core/*.h" "${root}/core/*.cpp"
         "${root}/integrations/*.h" "${root}/integrations/*.cpp" "${root}/ui/*.h" "${root}/ui/*.cpp"
         "${root}/app/*.h" "${root}/app/*.cpp")
    foreach(src IN LISTS sources)
        _jobprep_rank("${src}" from)
        if(from STREQUAL "unknown")
            list(APPEND problems "${src}: its folder is not in the order of cmake/FolderOrder.cmake")
            continue()
        endif()
        list(GET from 0 fromLayer)
        list(GET from 1 fromFolder)
        _jobprep_includes("${root}" "${src}" incs)
        foreach(inc IN LISTS incs)
            string(REGEX MATCH "^[^/]+" incLayer "${inc}")
            if(NOT incLayer IN_LIST JOBPREP_LAYERS)
                continue() # an include directory of app/ or of a library's own
            endif()
            _jobprep_rank("${inc}" to)
            if(to STREQUAL "unknown")
                list(APPEND problems "${src} includes ${inc}, whose folder is not in the order")
                continue()
            endif()
            list(GET to 0 toLayer)
            list(GET to 1 toFolder)
            if(toLayer GREATER fromLayer)
                list(APPEND problems "${src} includes ${inc}, from a higher layer")
            elseif(toLayer EQUAL fromLayer AND NOT fromFolder EQUAL -1 AND toFolder GREATER fromFolder)
                list(APPEND problems "${src} includes ${inc}, from a higher folder")
            endif()
        endforeach()
    endforeach()
    # The pure rules: walk what each includes, inside the tree, and stop at core/store.
    foreach(pure IN LISTS JOBPREP_PURE_FILES)
        if(NOT EXISTS "${root}/${pure}")
            list(APPEND problems "${pure} is listed as a pure rule but does not exist")
            continue()
        endif()
        set(queue "${pure}")
        set(seen "${pure}")
        while(queue)
            list(POP_FRONT queue cur)
            _jobprep_includes("${root}" "${cur}" incs)
            foreach(inc IN LISTS incs)
                if(inc MATCHES "^core/store/")
                    list(APPEND problems "${pure} reaches the store through ${cur} (${inc}), and the pure rules read no store")
                elseif(NOT inc IN_LIST seen AND EXISTS "${root}/${inc}")
                    list(APPEND seen "${inc}")
                    list(APPEND queue "${inc}")
                endif()
            endforeach()
        endwhile()
    endforeach()
    set(${out} "${problems}" PARENT_SCOPE)
endfunction()

function(jobprep_check_folder_order root)
    jobprep_folder_order_problems("${root}" problems)
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Folder order (cmake/FolderOrder.cmake):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED ROOT)
    jobprep_check_folder_order("${ROOT}")
endif()
