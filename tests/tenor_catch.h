// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The one place tests include Catch2 from: v3's headers where they exist,
// v2's single header otherwise, so the same tests build against both.

#ifndef TENOR_TESTS_TENOR_CATCH_H_
#define TENOR_TESTS_TENOR_CATCH_H_

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace tenor_test {

// The status of a StatusOr or a Status, for uniform assertions.
inline absl::Status StatusOf(const absl::Status& s) { return s; }
template <typename T>
absl::Status StatusOf(const absl::StatusOr<T>& s) {
  return s.status();
}

// True if `s` has `code` and its message contains `fragment`.
template <typename S>
bool FailsWith(const S& s, absl::StatusCode code, const std::string& fragment) {
  const absl::Status status = StatusOf(s);
  return status.code() == code &&
         std::string(status.message()).find(fragment) != std::string::npos;
}

}  // namespace tenor_test

// Prints the status when an assertion about it fails.
#define TENOR_REQUIRE_OK(expr)                                   \
  do {                                                           \
    const absl::Status tenor_status_ = ::tenor_test::StatusOf(expr); \
    INFO(tenor_status_.ToString());                              \
    REQUIRE(tenor_status_.ok());                                 \
  } while (false)

#define TENOR_REQUIRE_FAILS(expr, code, fragment)                      \
  do {                                                                 \
    const absl::Status tenor_status_ = ::tenor_test::StatusOf(expr);   \
    INFO(tenor_status_.ToString());                                    \
    REQUIRE(::tenor_test::FailsWith(tenor_status_, code, fragment));   \
  } while (false)

#endif  // TENOR_TESTS_TENOR_CATCH_H_
