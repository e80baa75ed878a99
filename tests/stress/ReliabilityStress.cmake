# Copyright 2026 The tenor Authors.
# SPDX-License-Identifier: Apache-2.0
#
# The reliability stress tests (docs/reliability.md): 1,000,000 ledger steps
# and 100,000 checkout decisions. Built only with TENOR_STRESS_TESTS=ON (the
# `stress` preset: Release); ctest label `stress`.
add_executable(tenor_reliability_stress
  stress/ledger_stress_test.cc
  stress/checkout_stress_test.cc
)
target_include_directories(tenor_reliability_stress PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(tenor_reliability_stress PRIVATE tenor::tenor Catch2::Catch2WithMain)
tenor_set_warnings(tenor_reliability_stress)
catch_discover_tests(tenor_reliability_stress
  TEST_PREFIX "stress: "
  PROPERTIES LABELS stress TIMEOUT 3000)
