# ctest helper: PROGRAM --version must print exactly EXPECTED (the project() version) and exit 0.
# cmake -DPROGRAM=path -DEXPECTED="casedesk-cli 1.2.3" -P check-version.cmake
execute_process(COMMAND "${PROGRAM}" --version
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(STRIP "${out}" out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --version exited with ${rc}: ${err}")
endif()
if(NOT out STREQUAL EXPECTED)
    message(FATAL_ERROR "${PROGRAM} --version printed \"${out}\", expected \"${EXPECTED}\"")
endif()
message(STATUS "${out}")
