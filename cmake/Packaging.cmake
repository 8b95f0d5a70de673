# Debian packages through CPack: `cpack -G DEB` in the build folder (see README, "Install").
#   casedesk          the window, casedesk-cli, translations, menu entry, icon, AppStream data, man pages
#   casedesk-crm-sim  the CRM simulator, for trainers and integrators
# dpkg-shlibdeps works out the Qt 6 libraries from the binaries; what it cannot see (Qt plugins loaded at
# run time) is listed by hand.

set(CASEDESK_PACKAGE_MAINTAINER "The Casedesk authors <casedesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian packages (an IT team may put its own address)")

# Debian wants a copyright file in each package's doc folder.
set(CASEDESK_LICENSE_TEXT "")
file(STRINGS "${PROJECT_SOURCE_DIR}/LICENSE" license_lines)
foreach(line IN LISTS license_lines)
    if(line STREQUAL "")
        string(APPEND CASEDESK_LICENSE_TEXT " .\n")
    else()
        string(APPEND CASEDESK_LICENSE_TEXT " ${line}\n")
    endif()
endforeach()
foreach(package IN ITEMS casedesk casedesk-crm-sim)
    set(CASEDESK_COPYRIGHT_PACKAGE "${package}")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/debian-copyright.in" "${CMAKE_BINARY_DIR}/doc/${package}/copyright" @ONLY)
endforeach()
install(FILES "${CMAKE_BINARY_DIR}/doc/casedesk/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/casedesk" COMPONENT casedesk)
install(FILES "${CMAKE_BINARY_DIR}/doc/casedesk-crm-sim/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/casedesk-crm-sim" COMPONENT simulator)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME casedesk)
set(CPACK_PACKAGE_VENDOR "The Casedesk authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")
set(CPACK_COMPONENTS_ALL casedesk simulator)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CASEDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CASEDESK_PACKAGE_NAME casedesk)
set(CPACK_DEBIAN_CASEDESK_PACKAGE_SECTION net)
# Plugins dpkg-shlibdeps cannot see: the SQLite driver holds the history, the platform plugins show the
# window. Qt's own translations turn its dialog buttons Spanish or Portuguese; a Secret Service keeps tokens.
set(CPACK_DEBIAN_CASEDESK_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_CASEDESK_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc | org.freedesktop.secrets")
set(CPACK_DEBIAN_CASEDESK_PACKAGE_SUGGESTS "casedesk-crm-sim, qt6-wayland")
set(CPACK_DEBIAN_CASEDESK_DESCRIPTION
"correct wolkvox CRM cases from the desktop
Casedesk is for contact-centre agents who correct wolkvox CRM cases all
day: status, priority, responsible person, solution, custom fields and the
customer's files, through the CRM's cases/update.php API. It checks the
whole form before anything is sent, keeps a searchable history of every
attempt and a draft that survives a crash, and keeps tokens in the system
keychain. In English, Spanish and Brazilian Portuguese.
.
This package holds the desktop application and casedesk-cli, the same
engine as a command-line client.")

set(CPACK_DEBIAN_SIMULATOR_PACKAGE_NAME casedesk-crm-sim)
set(CPACK_DEBIAN_SIMULATOR_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_SIMULATOR_DESCRIPTION
"local simulator of the wolkvox CRM cases API, for Casedesk
casedesk-crm-sim is a loopback HTTP(S) server that behaves like the
wolkvox CRM cases/update.php and tokenInformation.php endpoints: it enforces
the token, the required fields, the operation's case types, statuses,
priorities and users, the allowed attachments, two requests per token and a
daily quota. Fault modes make it stall, trickle, answer HTML or truncated
JSON or redirect. For training agents and testing integrations without a
real CRM.")

include(CPack)
