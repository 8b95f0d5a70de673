cmake_minimum_required(VERSION 3.21)
# ctest helper: no POSIX (or Windows) system header outside the platform seam files, so that what a Windows
# or macOS build would need stays in those few files (docs/ARCHITECTURE.md).
# cmake -DSOURCE=project-dir -P check-platform-seam.cmake
set(seam
    src/core/platform/fileidentity.cpp
    src/core/platform/threadpriority.cpp
    src/cli/platform/stopsignals.cpp
    src/cli/platform/terminal.cpp
    src/sim/connectionsockets.cpp
    src/sim/stopsignals.cpp)
set(system_headers unistd sys/ signal csignal fcntl arpa/ netinet/ poll dirent pthread sched pwd termios
    io\\.h windows\\.h)
list(JOIN system_headers "|" alternatives)
file(GLOB_RECURSE sources RELATIVE "${SOURCE}" "${SOURCE}/src/*.cpp" "${SOURCE}/src/*.h")
set(found "")
foreach(file IN LISTS sources)
    if(file IN_LIST seam)
        continue()
    endif()
    file(STRINGS "${SOURCE}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(${alternatives})")
    foreach(line IN LISTS lines)
        string(APPEND found "\n  ${file}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "system headers outside the platform seam:${found}")
endif()
list(LENGTH sources count)
message(STATUS "${count} source files: system headers only in the platform seam")
