// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: money/rounding.h
// -----------------------------------------------------------------------------
//
// Rounding is where money libraries lose pennies, so tenor rounds in exactly
// one place: `RoundDivide()` takes an exact rational number (a numerator and a
// denominator, both integers) and returns the integer that a named rounding
// mode picks. Every figure the library computes that is not already an exact
// integer (a level payment, a month's interest, a share of a split) is written
// as such a ratio and rounded once, with a mode the caller can see.
//
// The seven modes (credit-rules §1), applied to the same values:
//
//   value      -5.5 -2.5 -1.6 -1.5 -1.1 -0.5  0.5  1.1  1.5  1.6  2.5  5.5
//   half-up      -6   -3   -2   -2   -1   -1    1    1    2    2    3    6
//   half-even    -6   -2   -2   -2   -1    0    0    1    2    2    2    6
//   half-down    -5   -2   -2   -1   -1    0    0    1    1    2    2    5
//   down         -5   -2   -1   -1   -1    0    0    1    1    1    2    5
//   up           -6   -3   -2   -2   -2   -1    1    2    2    2    3    6
//   floor        -6   -3   -2   -2   -2   -1    0    1    1    1    2    5
//   ceiling      -5   -2   -1   -1   -1    0    1    2    2    2    3    6
//
// `half-up` is the default wherever the library rounds. `docs/rounding.md`
// has the full table from -5.5 to 5.5, and a test checks it.
//
// Example:
//
//   // 1000.00 at 1 % a month: interest is 100000 * 1/100 = 1000 minor units.
//   absl::StatusOr<int64_t> interest =
//       tenor::RoundDivide(100000, 100, tenor::RoundingMode::kHalfUp);

#ifndef TENOR_MONEY_ROUNDING_H_
#define TENOR_MONEY_ROUNDING_H_

#include <cstdint>
#include <string_view>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// RoundingMode
//
// How a value that lies between two integers is turned into one of them.
// "Away from zero" and "toward zero" are about magnitude, so they treat
// negative values as the mirror image of positive ones; `kFloor` and
// `kCeiling` are about direction on the number line.
enum class RoundingMode {
  kHalfUp,    // "half-up": nearest; ties away from zero. The default.
  kHalfEven,  // "half-even": nearest; ties to the even neighbour (banker's).
  kHalfDown,  // "half-down": nearest; ties toward zero.
  kDown,      // "down": toward zero (truncation).
  kUp,        // "up": away from zero.
  kFloor,     // "floor": toward negative infinity.
  kCeiling,   // "ceiling": toward positive infinity.
};

// kAllRoundingModes
//
// Every mode, in declaration order, for tests and tools that iterate over them.
inline constexpr RoundingMode kAllRoundingModes[] = {
    RoundingMode::kHalfUp, RoundingMode::kHalfEven, RoundingMode::kHalfDown,
    RoundingMode::kDown,   RoundingMode::kUp,       RoundingMode::kFloor,
    RoundingMode::kCeiling};

// RoundingModeName()
//
// Returns the mode's name as credit-rules.md spells it: "half-up",
// "half-even", "half-down", "down", "up", "floor" or "ceiling".
std::string_view RoundingModeName(RoundingMode mode);

// ParseRoundingMode()
//
// The inverse of `RoundingModeName()`. Any other text, including other
// spellings or case, is InvalidArgument.
[[nodiscard]] absl::StatusOr<RoundingMode> ParseRoundingMode(
    std::string_view name);

// RoundDivide()
//
// Returns numerator / denominator rounded to an integer under `mode`,
// computed exactly (no intermediate value is rounded or truncated).
//
// Errors:
//   InvalidArgument  `denominator` is zero.
//   OutOfRange       the rounded result does not fit in int64_t.
[[nodiscard]] absl::StatusOr<int64_t> RoundDivide(absl::int128 numerator,
                                                  absl::int128 denominator,
                                                  RoundingMode mode);

TENOR_END_NAMESPACE

#endif  // TENOR_MONEY_ROUNDING_H_
