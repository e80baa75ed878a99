// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/money/rounding.h"

#include <cstdint>
#include <limits>
#include <string_view>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE
namespace {

struct ModeName {
  RoundingMode mode;
  std::string_view name;
};

constexpr ModeName kModeNames[] = {
    {RoundingMode::kHalfUp, "half-up"},     {RoundingMode::kHalfEven, "half-even"},
    {RoundingMode::kHalfDown, "half-down"}, {RoundingMode::kDown, "down"},
    {RoundingMode::kUp, "up"},              {RoundingMode::kFloor, "floor"},
    {RoundingMode::kCeiling, "ceiling"},
};

// |v| as an unsigned 128-bit value; well defined for the minimum int128 too.
absl::uint128 Magnitude(absl::int128 v) {
  const absl::uint128 bits = static_cast<absl::uint128>(v);
  return v < 0 ? absl::uint128(0) - bits : bits;
}

}  // namespace

std::string_view RoundingModeName(RoundingMode mode) {
  for (const ModeName& m : kModeNames) {
    if (m.mode == mode) return m.name;
  }
  return "unknown";
}

absl::StatusOr<RoundingMode> ParseRoundingMode(std::string_view name) {
  for (const ModeName& m : kModeNames) {
    if (m.name == name) return m.mode;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "rounding mode \"%s\": unknown; expected one of half-up, half-even, "
      "half-down, down, up, floor, ceiling",
      name));
}

absl::StatusOr<int64_t> RoundDivide(absl::int128 numerator,
                                    absl::int128 denominator,
                                    RoundingMode mode) {
  if (denominator == 0) {
    return absl::InvalidArgumentError("rounding: denominator is zero");
  }
  const bool negative = (numerator < 0) != (denominator < 0) && numerator != 0;
  const absl::uint128 n = Magnitude(numerator);
  const absl::uint128 d = Magnitude(denominator);
  absl::uint128 q = n / d;
  const absl::uint128 r = n % d;
  // Compare the remainder with half the divisor without computing 2r, which
  // could overflow: r > d - r  <=>  r/d > 1/2.
  const absl::uint128 rest = d - r;
  bool away = false;  // increase the magnitude by one
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
      away = false;
      break;
    case RoundingMode::kUp:
      away = r != 0;
      break;
    case RoundingMode::kFloor:
      away = negative && r != 0;
      break;
    case RoundingMode::kCeiling:
      away = !negative && r != 0;
      break;
  }
  if (r == 0) away = false;  // exact: every mode agrees
  if (away) q += 1;

  const absl::uint128 max_positive =
      static_cast<absl::uint128>(std::numeric_limits<int64_t>::max());
  if (negative) {
    if (q > max_positive + 1) {
      return absl::OutOfRangeError(
          "rounding: result is below the smallest int64 value");
    }
    // -q computed in unsigned arithmetic, then reinterpreted.
    return static_cast<int64_t>(absl::Uint128Low64(absl::uint128(0) - q));
  }
  if (q > max_positive) {
    return absl::OutOfRangeError(
        "rounding: result is above the largest int64 value");
  }
  return static_cast<int64_t>(absl::Uint128Low64(q));
}

TENOR_END_NAMESPACE
