# Two tiny outside projects prove that tenor can be consumed as an installed
# package (find_package) and as a source subdirectory (add_subdirectory),
# in the manner of fmt's find-package-test and add-subdirectory-test.
#
# Compiler and sanitizer flags are passed through so that an instrumented
# build links its consumers the same way.
set(_tenor_consumer_dir "${CMAKE_BINARY_DIR}/consumers")
set(_tenor_consumer_options
  -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
  "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}"
  "-DCMAKE_EXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
  -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
  -DBUILD_SHARED_LIBS=${BUILD_SHARED_LIBS})

add_test(NAME "consumer: install"
         COMMAND ${CMAKE_COMMAND} --install ${CMAKE_BINARY_DIR}
                 --prefix ${_tenor_consumer_dir}/prefix --config $<CONFIG>)
set_tests_properties("consumer: install" PROPERTIES
  FIXTURES_SETUP tenor_installed LABELS consumer)

add_test(NAME "consumer: find_package"
         COMMAND ${CMAKE_CTEST_COMMAND}
           --build-and-test "${CMAKE_CURRENT_LIST_DIR}/find_package"
                            "${_tenor_consumer_dir}/find_package"
           --build-generator "${CMAKE_GENERATOR}"
           --build-options ${_tenor_consumer_options}
                           "-DCMAKE_PREFIX_PATH=${_tenor_consumer_dir}/prefix"
           --test-command find_package_consumer)
set_tests_properties("consumer: find_package" PROPERTIES
  FIXTURES_REQUIRED tenor_installed LABELS consumer)

find_program(TENOR_PKG_CONFIG pkg-config)
if(TENOR_PKG_CONFIG)
  add_test(NAME "consumer: pkg-config"
           COMMAND ${CMAKE_COMMAND}
             -DPKG_CONFIG=${TENOR_PKG_CONFIG}
             -DPREFIX=${_tenor_consumer_dir}/prefix
             -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
             -DCXX=${CMAKE_CXX_COMPILER}
             "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
             "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
             -DSOURCE=${CMAKE_CURRENT_LIST_DIR}/find_package/main.cc
             -DWORK_DIR=${_tenor_consumer_dir}/pkg_config
             -P ${CMAKE_CURRENT_LIST_DIR}/pkg_config_consumer.cmake)
  set_tests_properties("consumer: pkg-config" PROPERTIES
    FIXTURES_REQUIRED tenor_installed LABELS consumer)
endif()

add_test(NAME "consumer: add_subdirectory"
         COMMAND ${CMAKE_CTEST_COMMAND}
           --build-and-test "${CMAKE_CURRENT_LIST_DIR}/add_subdirectory"
                            "${_tenor_consumer_dir}/add_subdirectory"
           --build-generator "${CMAKE_GENERATOR}"
           --build-options ${_tenor_consumer_options}
                           "-DTENOR_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
           --test-command add_subdirectory_consumer)
set_tests_properties("consumer: add_subdirectory" PROPERTIES LABELS consumer)
