# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE). Each package's description starts with its
# own synopsis line; without this CPackDeb would put the project's summary above both of them.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
