// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "level_payment_internal.h"

#include <cstdint>
#include <limits>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "boost/multiprecision/cpp_int.hpp"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace {

using ::boost::multiprecision::cpp_int;

// numerator / denominator rounded under `mode`, for a positive ratio whose
// terms are too large for RoundDivide's 128 bits.
//
// The integer part q is exact. Which integer a mode picks then depends only on
// the parity of q and on where the fraction r / denominator lies: 0, below
// one half, exactly one half, or above. So the decision is delegated to
// RoundDivide (the one rounding primitive, docs/rounding.md) on a small
// stand-in with the same parity and the same position: (4 * parity + c) / 4
// with c = 0, 1, 2 or 3 quarters.
absl::StatusOr<int64_t> RoundPositiveRatio(const cpp_int& numerator,
                                           const cpp_int& denominator,
                                           RoundingMode mode) {
  cpp_int q;
  cpp_int r;
  divide_qr(numerator, denominator, q, r);
  int quarters = 0;
  if (r != 0) {
    const cpp_int twice = r * 2;
    quarters = twice < denominator ? 1 : (twice == denominator ? 2 : 3);
  }
  const int parity = bit_test(q, 0) ? 1 : 0;
  const absl::StatusOr<int64_t> stand_in =
      RoundDivide(4 * parity + quarters, 4, mode);
  if (!stand_in.ok()) return stand_in.status();
  const int64_t step = *stand_in - parity;  // 0 or 1
  const cpp_int result = q + step;
  if (result > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(
        "level payment: does not fit in int64 minor units");
  }
  return result.convert_to<int64_t>();
}

}  // namespace

absl::StatusOr<int64_t> LevelPaymentReference(int64_t principal,
                                              int64_t micro_percent,
                                              int term_months,
                                              RoundingMode mode) {
  if (micro_percent == 0) {
    // The limit of the formula as i -> 0: P / n, exact in 128 bits.
    return RoundDivide(principal, term_months, mode);
  }
  // A = P * i / (1 - (1 + i)^-n) with i = m / D; multiplying numerator and
  // denominator by D^(n+1) leaves integers only:
  //   A = P * m * (D + m)^n / (D * ((D + m)^n - D^n)).
  const cpp_int d = kMonthlyRateDenominator;
  const cpp_int m = micro_percent;
  const auto n = static_cast<unsigned>(term_months);
  const cpp_int grown = pow(cpp_int(d + m), n);  // (D + m)^n
  const cpp_int base = pow(d, n);                // D^n
  const cpp_int numerator = cpp_int(principal) * m * grown;
  const cpp_int denominator = d * (grown - base);
  return RoundPositiveRatio(numerator, denominator, mode);
}

}  // namespace internal
TENOR_END_NAMESPACE
