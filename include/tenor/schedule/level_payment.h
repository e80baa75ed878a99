// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: schedule/level_payment.h
// -----------------------------------------------------------------------------
//
// The level payment of an annuity (credit-rules §4.3): the one monthly amount
// that repays a principal P over n months at a nominal rate R % p.a. with
// monthly rate i = R / 1200,
//
//   A = P * i / (1 - (1 + i)^-n)
//
// tenor computes A exactly and rounds it once. With i = m / D, where m is the
// rate in millionths of a percent and D = 1'200'000'000, the formula is the
// rational number
//
//   A = P * m * (D + m)^n / (D * ((D + m)^n - D^n))
//
// whose numerator and denominator are integers of up to ~1,100 bits for 36
// months. No floating point is involved, so the result is the same on every
// machine and under every compiler flag: 1000.00 at 12 % over 6 months is
// 172.55, never 172.54 because a double landed on the wrong side of a tie.
//
// Example:
//
//   tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
//   absl::StatusOr<tenor::Money> a = tenor::LevelPayment(
//       *tenor::Money::Parse("1000.00", gbp), *tenor::Rate::Parse("12"), 6);
//   // *a == GBP 172.55

#ifndef TENOR_SCHEDULE_LEVEL_PAYMENT_H_
#define TENOR_SCHEDULE_LEVEL_PAYMENT_H_

#include "absl/status/statusor.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The longest term LevelPayment() accepts, in months (50 years). Financing
// products offer at most 36 (§4.3); the function is more general.
inline constexpr int kMaxLevelPaymentTerm = 600;

// LevelPayment()
//
// The level payment A for `principal` over `term_months` months at `rate`,
// rounded once to minor units with `mode`. At a zero rate it is the limit of
// the formula, principal / term_months, rounded with `mode` (a zero-rate
// financing schedule does not use it: it splits the principal exactly, §2).
//
// Errors:
//   InvalidArgument  `principal` is not positive; `term_months` is not in
//                    1..kMaxLevelPaymentTerm; `mode` is not a rounding mode.
//   OutOfRange       A rounds to less than one minor unit (the amount is too
//                    small for the term), or A does not fit in int64.
[[nodiscard]] absl::StatusOr<Money> LevelPayment(
    Money principal, Rate rate, int term_months,
    RoundingMode mode = RoundingMode::kHalfUp);

TENOR_END_NAMESPACE

#endif  // TENOR_SCHEDULE_LEVEL_PAYMENT_H_
