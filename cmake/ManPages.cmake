# Man pages made by help2man from each binary's own --help and --version, so they never drift from the
# program; gzipped as Debian installs them. For casedesk-cli, help2man reads cmake/manpage-help.sh.in,
# which adds each command's options to the top-level --help that only names the commands.

find_program(CASEDESK_HELP2MAN help2man REQUIRED DOC "help2man (Debian: help2man)")
find_program(CASEDESK_GZIP gzip REQUIRED)

# casedesk_add_man_page(TARGET target NAME "one-line description" COMPONENT component
#                       [HELP_OPTION "..."] [SECTIONS extra.h2m] [PROGRAM what-help2man-runs])
function(casedesk_add_man_page)
    cmake_parse_arguments(ARG "" "TARGET;NAME;HELP_OPTION;VERSION_STRING;COMPONENT;SECTIONS;PROGRAM" "" ${ARGN})
    if(NOT ARG_PROGRAM)
        set(ARG_PROGRAM "$<TARGET_FILE:${ARG_TARGET}>")
    endif()
    if(NOT ARG_HELP_OPTION)
        set(ARG_HELP_OPTION "--help")
    endif()
    set(page "${CMAKE_BINARY_DIR}/man/${ARG_TARGET}.1")
    set(version_args --version-option=--version)
    if(ARG_VERSION_STRING)
        set(version_args "--version-string=${ARG_VERSION_STRING}")
    endif()
    set(include_args)
    if(ARG_SECTIONS)
        list(APPEND include_args "--include=${ARG_SECTIONS}")
    endif()
    # Always English, whatever the builder's locale; never the builder's settings; no display needed.
    add_custom_command(OUTPUT "${page}" "${page}.gz"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/man"
        COMMAND "${CMAKE_COMMAND}" -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                "HOME=${CMAKE_BINARY_DIR}/man" "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/man"
                "${CASEDESK_HELP2MAN}" --no-info --section=1 "--name=${ARG_NAME}"
                "--help-option=${ARG_HELP_OPTION}" ${version_args} ${include_args}
                "--output=${page}" "${ARG_PROGRAM}"
        COMMAND "${CASEDESK_GZIP}" -9 -n -f -k "${page}"
        DEPENDS ${ARG_TARGET} ${ARG_SECTIONS}
        COMMENT "Writing the ${ARG_TARGET}(1) man page"
        VERBATIM)
    add_custom_target(${ARG_TARGET}_man ALL DEPENDS "${page}" "${page}.gz")
    install(FILES "${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${ARG_COMPONENT})
endfunction()

# help2man names the page after the program it runs, so the wrapper is called casedesk-cli too.
set(CASEDESK_MAN_PROGRAM "$<TARGET_FILE:casedesk-cli>")
file(READ "${CMAKE_CURRENT_LIST_DIR}/manpage-help.sh.in" wrapper)
string(CONFIGURE "${wrapper}" wrapper @ONLY)
file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/man/help/casedesk-cli" CONTENT "${wrapper}"
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/manpage-help.sh.in")
casedesk_add_man_page(TARGET casedesk-cli COMPONENT casedesk
    NAME "update wolkvox CRM cases from the command line"
    PROGRAM "${CMAKE_BINARY_DIR}/man/help/casedesk-cli"
    SECTIONS "${PROJECT_SOURCE_DIR}/cmake/casedesk-cli.h2m")
# Its --version says "Casedesk 0.1.0", which help2man would take for the program's name.
casedesk_add_man_page(TARGET casedesk COMPONENT casedesk
    NAME "correct wolkvox CRM cases from the desktop" HELP_OPTION "--lang en --help"
    VERSION_STRING "casedesk ${PROJECT_VERSION}" SECTIONS "${PROJECT_SOURCE_DIR}/cmake/casedesk.h2m")
casedesk_add_man_page(TARGET casedesk-crm-sim COMPONENT simulator
    NAME "local simulator of the wolkvox CRM cases API")
