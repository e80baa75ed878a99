// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API: the level payment in minor units, shared by LevelPayment() and the
// financing schedule, and its exact, slow reference computation.
//
// LevelPayment() must be exact for every valid input, so its reference path
// evaluates the closed form in arbitrary-precision integers (Boost cpp_int,
// src/ only) and rounds once. It costs microseconds; a fixed-point fast path
// may later answer the common cases inside LevelPaymentMinorUnits() and fall
// back to LevelPaymentReference(), and tests and benchmarks compare the two.
// Keep the reference simple and obviously right.

#ifndef TENOR_SRC_SCHEDULE_LEVEL_PAYMENT_INTERNAL_H_
#define TENOR_SRC_SCHEDULE_LEVEL_PAYMENT_INTERNAL_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "tenor/money/rounding.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// The denominator of the monthly rate: i = micro_percent / kMonthlyRateDenominator
// (R % p.a. / 12 months / 100, with R in millionths of a percent).
inline constexpr int64_t kMonthlyRateDenominator = 1'200'000'000;

// LevelPaymentMinorUnits()
//
// The level payment, rounded under `mode`, in minor units; may be 0. This is
// the one entry point the library uses: today it is the reference path.
//
// Requires and Errors: as LevelPaymentReference().
[[nodiscard]] absl::StatusOr<int64_t> LevelPaymentMinorUnits(
    int64_t principal, int64_t micro_percent, int term_months,
    RoundingMode mode);

// LevelPaymentReference()
//
// round(P * m * (D + m)^n / (D * ((D + m)^n - D^n))) with D =
// kMonthlyRateDenominator, or round(P / n) when m = 0, under `mode`, in minor
// units. May be 0.
//
// Requires: principal > 0; 0 <= micro_percent <= Rate::kMaxMicroPercent;
// 1 <= term_months <= kMaxLevelPaymentTerm; `mode` is a rounding mode.
// Errors: OutOfRange if the result does not fit in int64.
[[nodiscard]] absl::StatusOr<int64_t> LevelPaymentReference(
    int64_t principal, int64_t micro_percent, int term_months,
    RoundingMode mode);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_SCHEDULE_LEVEL_PAYMENT_INTERNAL_H_
