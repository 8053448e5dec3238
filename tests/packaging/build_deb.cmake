# SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
# SPDX-License-Identifier: MIT
# Builds the .deb into an empty folder with the build's CPack configuration.
#   cmake -DCPACK=cpack -DCONFIG=<build>/CPackConfig.cmake -DOUT=<dir> -P build_deb.cmake
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${CPACK}" --config "${CONFIG}" -B "${OUT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs "${OUT}/*.deb")
list(LENGTH debs n)
if(NOT rc EQUAL 0 OR NOT n EQUAL 1)
    message(FATAL_ERROR "cpack failed (exit ${rc}, ${n} .deb files):\n${out}\n${err}")
endif()
file(SIZE "${debs}" size)
message(STATUS "${debs}: ${size} bytes")
