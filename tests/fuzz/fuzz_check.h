// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Test-only: what a fuzz target does when a property fails. It prints the
// property and aborts, which libFuzzer reports as a crash and saves the input
// (build/fuzz/artifacts/).

#ifndef TENOR_TESTS_FUZZ_FUZZ_CHECK_H_
#define TENOR_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string>

// Aborts with the condition's text and `detail` when `cond` is false.
#define TENOR_FUZZ_CHECK(cond, detail)                                     \
  do {                                                                     \
    if (!(cond)) {                                                         \
      std::fprintf(stderr, "%s:%d: property failed: %s\n  %s\n", __FILE__, \
                   __LINE__, #cond, std::string(detail).c_str());          \
      std::abort();                                                        \
    }                                                                      \
  } while (false)

// Aborts when an invariant check (tests/support/invariants.h) reports a
// violation.
#define TENOR_FUZZ_CHECK_EMPTY(violation)                        \
  do {                                                           \
    const std::string tenor_violation_ = (violation);            \
    TENOR_FUZZ_CHECK(tenor_violation_.empty(), tenor_violation_); \
  } while (false)

#endif  // TENOR_TESTS_FUZZ_FUZZ_CHECK_H_
