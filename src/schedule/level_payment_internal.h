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
#include <optional>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"
#include "tenor/money/rounding.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// The denominator of the monthly rate: i = micro_percent / kMonthlyRateDenominator
// (R % p.a. / 12 months / 100, with R in millionths of a percent).
inline constexpr int64_t kMonthlyRateDenominator = 1'200'000'000;

// Defined below.
[[nodiscard]] inline int64_t MonthlyInterest64(uint64_t x, RoundingMode mode);

// MonthlyInterest()
//
// round(balance * micro_percent / kMonthlyRateDenominator) under `mode`: the
// interest of one §4.3 row. Equal to RoundDivide() of the same ratio on
// every input: when the product fits in 64 bits (balances below about
// 2^63 / m, i.e. every consumer amount) the division is by the compile-time
// constant D in 64 bits, which the compiler turns into a multiplication,
// and the rounding below is RoundDivide()'s for a non-negative numerator
// and a positive divisor, case by case; otherwise it is RoundDivide().
//
// Requires: balance >= 0, micro_percent >= 0.
[[nodiscard]] inline absl::StatusOr<int64_t> MonthlyInterest(
    int64_t balance, int64_t micro_percent, RoundingMode mode) {
  const absl::uint128 product =
      absl::uint128(static_cast<uint64_t>(balance)) *
      static_cast<uint64_t>(micro_percent);
  if (absl::Uint128High64(product) != 0) {
    return RoundDivide(absl::int128(balance) * micro_percent,
                       kMonthlyRateDenominator, mode);
  }
  return MonthlyInterest64(absl::Uint128Low64(product), mode);
}

// MonthlyInterest64()
//
// MonthlyInterest() for a product x = balance * micro_percent already known
// to fit in 64 bits: round(x / kMonthlyRateDenominator) under `mode`, by the
// compile-time constant divisor (a multiplication), no Status. A schedule
// proves the bound once for its largest balance, the amount of credit, and
// then every row's product fits (the balances only decrease).
inline int64_t MonthlyInterest64(uint64_t x, RoundingMode mode) {
  constexpr auto kD = static_cast<uint64_t>(kMonthlyRateDenominator);
  const uint64_t q = x / kD;
  const uint64_t r = x - q * kD;
  const uint64_t rest = kD - r;  // as RoundDivide: r vs d - r, no overflow
  bool away = false;
  switch (mode) {
    case RoundingMode::kHalfUp:
      away = r >= rest;
      break;
    case RoundingMode::kHalfEven:
      away = r > rest || (r == rest && (q & 1) == 1);
      break;
    case RoundingMode::kHalfDown:
      away = r > rest;
      break;
    case RoundingMode::kDown:
    case RoundingMode::kFloor:  // the numerator is not negative
      away = false;
      break;
    case RoundingMode::kUp:
    case RoundingMode::kCeiling:
      away = r != 0;
      break;
  }
  if (r == 0) away = false;
  // q < 2^64 / 1.2e9 < 2^34: no overflow, and the result fits in int64.
  return static_cast<int64_t>(q + (away ? 1 : 0));
}

// LevelPaymentMinorUnits()
//
// The level payment, rounded under `mode`, in minor units; may be 0. This is
// the one entry point the library uses: LevelPaymentFast() when it can prove
// its answer, LevelPaymentReference() otherwise. Equal to the reference on
// every input (the proof is in level_payment_fast.cc; a million-case stress
// test in tests/stress/ checks it).
//
// Requires and Errors: as LevelPaymentReference().
[[nodiscard]] absl::StatusOr<int64_t> LevelPaymentMinorUnits(
    int64_t principal, int64_t micro_percent, int term_months,
    RoundingMode mode);

// LevelPaymentFast()
//
// The level payment in 62-bit fixed point with proven bounds (no allocation,
// no big integers), or nullopt when the bounds cannot decide the rounding:
// the value lies too close to a multiple of 1/2 (every exact integer or half
// does), the rate is 0, P * m >= 2^64, or the payment is 2^33 minor units or
// more. When it returns a value, it is LevelPaymentReference()'s.
[[nodiscard]] std::optional<int64_t> LevelPaymentFast(int64_t principal,
                                                      int64_t micro_percent,
                                                      int term_months,
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
