# ctest helper: the programs agents get carry none of src/dev's hooks — no symbol, no environment variable,
# no hidden option — and the -dev programs do (so the check itself is shown to find them).
# cmake -DBUILD=build-dir -DPREFIX=scratch-dir -DDEV_APP=path -DDEV_CLI=path -P check-no-dev-hooks.cmake
set(markers CASEDESK_TEST_SCRIPT CASEDESK_TEST_DUMP CASEDESK_DRAFT_DELAY_MS CASEDESK_READY_PROBE
    CASEDESK_STALL_PROBE screenshot-batch TestHooks DemoScreenshot StallProbe StartupProbe)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}" --component casedesk
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${err}")
endif()

# Everything `strings` and `nm -C` say about a binary, as one text.
function(describe program out)
    execute_process(COMMAND strings -a "${program}" OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "strings ${program} failed")
    endif()
    execute_process(COMMAND nm -C "${program}" OUTPUT_VARIABLE symbols ERROR_QUIET)
    set(${out} "${text}\n${symbols}" PARENT_SCOPE)
endfunction()

foreach(program IN ITEMS bin/casedesk bin/casedesk-cli)
    describe("${PREFIX}/${program}" text)
    foreach(marker IN LISTS markers)
        string(FIND "${text}" "${marker}" at)
        if(NOT at EQUAL -1)
            message(FATAL_ERROR "the installed ${program} carries the dev hook marker ${marker}")
        endif()
    endforeach()
    message(STATUS "installed ${program}: no dev hooks")
endforeach()

describe("${DEV_APP}" app)
describe("${DEV_CLI}" cli)
foreach(marker IN ITEMS CASEDESK_TEST_SCRIPT TestHooks DemoScreenshot StartupProbe)
    string(FIND "${app}" "${marker}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "casedesk-dev lacks ${marker}: the check would not see the hooks")
    endif()
endforeach()
string(FIND "${cli}" "CASEDESK_STALL_PROBE" at)
if(at EQUAL -1)
    message(FATAL_ERROR "casedesk-cli-dev lacks CASEDESK_STALL_PROBE: the check would not see the hooks")
endif()
