# casedesk_project_info: a generated header with what the project() call and the install layout say, so
# the binaries, the About dialog and the packages cannot disagree. Every target links it.

# Where the installed binaries find the installed translations, relative to their own folder; the same
# relation holds in a staging directory, a /usr/local install and the .deb.
file(RELATIVE_PATH CASEDESK_TRANSLATIONS_FROM_BINDIR
    "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_DATADIR}/casedesk/translations")
set(CASEDESK_TRANSLATIONS_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/casedesk/translations")

configure_file("${CMAKE_CURRENT_LIST_DIR}/casedeskinfo.h.in"
    "${CMAKE_BINARY_DIR}/generated/casedeskinfo.h" @ONLY)
add_library(casedesk_project_info INTERFACE)
target_include_directories(casedesk_project_info INTERFACE "${CMAKE_BINARY_DIR}/generated")
target_link_libraries(casedesk_strict INTERFACE casedesk_project_info)
