# Copyright 2026 The tenor Authors.
# SPDX-License-Identifier: Apache-2.0

# The million-case stress tests of the exact fast paths (issue #6,
# docs/performance.md): built and registered only with
# -DTENOR_STRESS_TESTS=ON, under the ctest label `stress`. Meant for Release
# builds, where they take seconds:
#   cmake -S . -B build/stress -G Ninja -DCMAKE_BUILD_TYPE=Release \
#         -DTENOR_STRESS_TESTS=ON
#   cmake --build build/stress --target tenor_stress_tests
#   ctest --test-dir build/stress -L stress
add_executable(tenor_stress_tests stress/schedule_stress_test.cc)
# The fast paths are internal: the test includes src/ headers directly, and
# tests/unit/reference_apr.h for the independent APR reference.
target_include_directories(tenor_stress_tests PRIVATE
  "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}/unit"
  "${PROJECT_SOURCE_DIR}/src")
target_link_libraries(tenor_stress_tests PRIVATE
  tenor::tenor Catch2::Catch2WithMain Boost::headers)
tenor_set_warnings(tenor_stress_tests)
catch_discover_tests(tenor_stress_tests TEST_PREFIX "stress: "
  PROPERTIES LABELS stress TIMEOUT 600)
