// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The fixed-point fast path of the level payment (level_payment_internal.h).
// It never guesses: it either proves the rounded answer with integer
// arithmetic or says it cannot, and LevelPaymentMinorUnits() then asks the
// exact big-integer reference.
//
// Why the fast answer equals the exact one
// ----------------------------------------
// With i = m / D and v = 1 / (1 + i) = D / (D + m), the reference value is
//
//   A = P m (D + m)^n / (D ((D + m)^n - D^n)) = P m / (D (1 - v^n)),
//
// (divide numerator and denominator by (D + m)^n), and A increases with v^n
// on [0, 1). In 62-bit fixed point (src/apr/fixed_point.h):
//
//   1. v_lo = floor(D 2^62 / (D + m)) and v_hi = ceil(D 2^62 / (D + m)) give
//      v_lo <= v 2^62 <= v_hi <= 2^62 (v < 1).
//   2. W_lo = PowDown(v_lo, n) <= v^n 2^62 <= PowUp(v_hi, n) = W_hi: every
//      product is rounded the same way and multiplication of non-negative
//      numbers is monotone (fixed_point.h).
//   3. If W_hi < 2^62, then with G_lo = 2^62 - W_hi > 0, G_hi = 2^62 - W_lo:
//        A_lo = P m 2^62 / (D G_hi) <= A <= P m 2^62 / (D G_lo) = A_hi.
//   4. A double proposes k = floor(2 A) (seed only). Two exact integer
//      comparisons, with every quantity below 2^127, then check
//        k D G_hi < 2 P m 2^62      (k < 2 A_lo)   and
//        2 P m 2^62 < (k + 1) D G_lo (2 A_hi < k + 1).
//      When both hold, k < 2A < k + 1: A is not a multiple of 1/2, so
//      floor(A) = floor(k / 2) and the fraction of A is below 1/2 exactly
//      when k is even. That decides every rounding mode with no tie, and the
//      result is what RoundPositiveRatio() in the reference computes.
//   5. Otherwise (A within the width of [A_lo, A_hi] of a multiple of 1/2,
//      including every exact integer or half, or inputs too large for the
//      bounds below) the answer is left to the reference.
//
// Bounds that keep every product below 2^127: P m < 2^64 (so 2 P m 2^62 <
// 2^127), and k < 2^34 (so (k + 1) D G < 2^34 * 2^31 * 2^62 = 2^127), i.e.
// payments below 2^33 minor units; larger ones use the reference.

#include <cstdint>
#include <optional>

#include "absl/numeric/int128.h"
#include "apr/fixed_point.h"
#include "level_payment_internal.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

std::optional<int64_t> LevelPaymentFast(int64_t principal,
                                        int64_t micro_percent,
                                        int term_months, RoundingMode mode) {
  if (principal <= 0 || micro_percent <= 0 || term_months < 1) {
    return std::nullopt;
  }
  const auto p = static_cast<uint64_t>(principal);
  const auto m = static_cast<uint64_t>(micro_percent);
  const auto n = static_cast<uint64_t>(term_months);
  constexpr auto kD = static_cast<uint64_t>(kMonthlyRateDenominator);

  const absl::uint128 pm = absl::uint128(p) * m;
  if (absl::Uint128High64(pm) != 0) return std::nullopt;  // P m >= 2^64

  // 1. v = D / (D + m) bracketed in 62-bit fixed point.
  const uint64_t dm = kD + m;
  const absl::uint128 scaled = absl::uint128(kD) << fixed::kBits;
  const uint64_t v_lo = absl::Uint128Low64(scaled / dm);
  const uint64_t v_hi =
      v_lo + (scaled - absl::uint128(v_lo) * dm != 0 ? 1 : 0);

  // 2. v^n bracketed.
  const uint64_t w_lo = fixed::PowDown(v_lo, n);
  const uint64_t w_hi = fixed::PowUp(v_hi, n);
  if (w_hi >= fixed::kOne) return std::nullopt;  // 1 - v^n not bounded away

  // 3. The gaps 1 - v^n, scaled by 2^62: g_lo <= (1 - v^n) 2^62 <= g_hi.
  const uint64_t g_lo = fixed::kOne - w_hi;
  const uint64_t g_hi = fixed::kOne - w_lo;

  // 4. Seed only: a double estimate of 2A picks the half-unit cell k, which
  // the integer comparisons below prove or reject.
  const double twice_a = static_cast<double>(absl::Uint128Low64(pm)) *
                         0x1p63 /
                         (static_cast<double>(kD) * static_cast<double>(g_lo));
  if (!(twice_a >= 0.0 && twice_a < 0x1p33)) return std::nullopt;
  const auto k = static_cast<uint64_t>(twice_a);
  const absl::uint128 twice_numerator = pm << 63;  // 2 P m 2^62 < 2^127
  const absl::uint128 lower = absl::uint128(k) * kD * g_hi;
  const absl::uint128 upper = absl::uint128(k + 1) * kD * g_lo;
  if (!(lower < twice_numerator && twice_numerator < upper)) {
    return std::nullopt;  // 5. near a multiple of 1/2: ask the reference
  }

  // k < 2A < k + 1: floor(A) = k / 2; the fraction is in (0, 1/2) for even
  // k and in (1/2, 1) for odd k. No mode meets a tie or an exact value.
  const auto floor_a = static_cast<int64_t>(k >> 1);
  const bool above_half = (k & 1) != 0;
  bool up = false;
  switch (mode) {
    case RoundingMode::kHalfUp:
    case RoundingMode::kHalfEven:
    case RoundingMode::kHalfDown:
      up = above_half;
      break;
    case RoundingMode::kDown:
    case RoundingMode::kFloor:
      up = false;
      break;
    case RoundingMode::kUp:
    case RoundingMode::kCeiling:
      up = true;
      break;
    default:
      return std::nullopt;  // not a rounding mode: the reference reports it
  }
  return floor_a + (up ? 1 : 0);
}

}  // namespace internal
TENOR_END_NAMESPACE
