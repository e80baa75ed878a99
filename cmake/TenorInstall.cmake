# Install rules: headers, the library, a CMake package (config + version file)
# and a relocatable pkg-config file.
include(CMakePackageConfigHelpers)

set(TENOR_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/tenor" CACHE STRING
    "Where to install tenor's CMake package files, relative to the prefix")
set(TENOR_PKGCONFIG_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig" CACHE STRING
    "Where to install tenor.pc, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/tenor"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.h")

install(TARGETS tenor EXPORT tenorTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

# tenor::testing (include/tenor/testing.h), when built.
if(TARGET tenor_testing)
  install(TARGETS tenor_testing EXPORT tenorTargets
          ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

install(EXPORT tenorTargets NAMESPACE tenor:: DESTINATION "${TENOR_CMAKE_DIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/tenorConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/tenorConfig.cmake"
  INSTALL_DESTINATION "${TENOR_CMAKE_DIR}")
# 0.x releases may break between minor versions (docs/compatibility.md).
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/tenorConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/tenorConfig.cmake"
              "${PROJECT_BINARY_DIR}/tenorConfigVersion.cmake"
        DESTINATION "${TENOR_CMAKE_DIR}")

# pkg-config: the prefix is computed from the .pc file's own location, so the
# installed tree can be moved. Paths are relative to the prefix.
file(RELATIVE_PATH TENOR_PC_TO_PREFIX
     "/prefix/${TENOR_PKGCONFIG_DIR}" "/prefix")
string(REGEX REPLACE "/$" "" TENOR_PC_TO_PREFIX "${TENOR_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/tenor.pc.in"
               "${PROJECT_BINARY_DIR}/tenor.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/tenor.pc"
        DESTINATION "${TENOR_PKGCONFIG_DIR}")
