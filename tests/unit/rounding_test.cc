// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Rounding modes (credit-rules §1) and the exact RoundDivide primitive.

#include "tenor/money/rounding.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "tenor_catch.h"

namespace {

using tenor::RoundDivide;
using tenor::RoundingMode;

// The table in docs/rounding.md: each value is tenths, rounded to integers.
// Columns: -5.5 .. 5.5 in steps of 0.1 would be long; the doc shows these.
constexpr int kTenths[] = {-55, -25, -16, -15, -11, -5, 5, 11, 15, 16, 25, 55};

struct Row {
  RoundingMode mode;
  int expected[12];
};

constexpr Row kTable[] = {
    {RoundingMode::kHalfUp, {-6, -3, -2, -2, -1, -1, 1, 1, 2, 2, 3, 6}},
    {RoundingMode::kHalfEven, {-6, -2, -2, -2, -1, 0, 0, 1, 2, 2, 2, 6}},
    {RoundingMode::kHalfDown, {-5, -2, -2, -1, -1, 0, 0, 1, 1, 2, 2, 5}},
    {RoundingMode::kDown, {-5, -2, -1, -1, -1, 0, 0, 1, 1, 1, 2, 5}},
    {RoundingMode::kUp, {-6, -3, -2, -2, -2, -1, 1, 2, 2, 2, 3, 6}},
    {RoundingMode::kFloor, {-6, -3, -2, -2, -2, -1, 0, 1, 1, 1, 2, 5}},
    {RoundingMode::kCeiling, {-5, -2, -1, -1, -1, 0, 1, 2, 2, 2, 3, 6}},
};

// An independent reference: exact rounding by comparing 2|r| with |d|, in
// plain int64 over small values.
int64_t Reference(int64_t n, int64_t d, RoundingMode mode) {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  int64_t q = n / d;  // truncates toward zero
  int64_t r = n % d;
  if (r == 0) return q;
  const bool neg = n < 0;
  const int64_t twice = 2 * (neg ? -r : r);
  const int64_t step = neg ? -1 : 1;
  switch (mode) {
    case RoundingMode::kHalfUp:
      return twice >= d ? q + step : q;
    case RoundingMode::kHalfDown:
      return twice > d ? q + step : q;
    case RoundingMode::kHalfEven:
      if (twice > d) return q + step;
      if (twice < d) return q;
      return (q % 2 != 0) ? q + step : q;
    case RoundingMode::kDown:
      return q;
    case RoundingMode::kUp:
      return q + step;
    case RoundingMode::kFloor:
      return neg ? q - 1 : q;
    case RoundingMode::kCeiling:
      return neg ? q : q + 1;
  }
  return q;
}

TEST_CASE("rounding: the documented table over -5.5 .. 5.5 holds",
          "[rounding][s1]") {
  for (const Row& row : kTable) {
    for (size_t k = 0; k < std::size(kTenths); ++k) {
      INFO(std::string(tenor::RoundingModeName(row.mode)) << " of "
                                                          << kTenths[k] << "/10");
      absl::StatusOr<int64_t> got = RoundDivide(kTenths[k], 10, row.mode);
      TENOR_REQUIRE_OK(got);
      CHECK(*got == row.expected[k]);
    }
  }
}

// Parses "-5.5" style decimal text with one fraction digit into tenths.
int ParseTenths(const std::string& text) {
  const bool negative = !text.empty() && text[0] == '-';
  int whole = 0;
  size_t k = negative ? 1 : 0;
  for (; k < text.size() && text[k] != '.'; ++k) whole = whole * 10 + (text[k] - '0');
  const int tenth = k + 1 < text.size() ? text[k + 1] - '0' : 0;
  const int magnitude = whole * 10 + tenth;
  return negative ? -magnitude : magnitude;
}

std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream in(line);
  std::string cell;
  std::getline(in, cell, '|');  // before the first '|'
  while (std::getline(in, cell, '|')) {
    const size_t b = cell.find_first_not_of(" `");
    const size_t e = cell.find_last_not_of(" `");
    cells.push_back(b == std::string::npos ? "" : cell.substr(b, e - b + 1));
  }
  if (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

TEST_CASE("rounding: docs/rounding.md's table is what RoundDivide does",
          "[rounding][s1]") {
  std::ifstream doc(std::string(TENOR_SOURCE_DIR) + "/docs/rounding.md");
  REQUIRE(doc.good());
  std::string line;
  bool inside = false;
  std::vector<int> tenths;
  int rows = 0;
  while (std::getline(doc, line)) {
    if (line.find("rounding-table:begin") != std::string::npos) inside = true;
    if (line.find("rounding-table:end") != std::string::npos) break;
    if (!inside || line.rfind("|", 0) != 0 || line.rfind("|---", 0) == 0) continue;
    const std::vector<std::string> cells = Cells(line);
    if (cells[0] == "mode") {
      for (size_t k = 1; k < cells.size(); ++k) tenths.push_back(ParseTenths(cells[k]));
      continue;
    }
    absl::StatusOr<RoundingMode> mode = tenor::ParseRoundingMode(cells[0]);
    TENOR_REQUIRE_OK(mode);
    REQUIRE(cells.size() == tenths.size() + 1);
    for (size_t k = 0; k < tenths.size(); ++k) {
      INFO(cells[0] << " of " << tenths[k] << "/10");
      CHECK(*RoundDivide(tenths[k], 10, *mode) == std::stoi(cells[k + 1]));
    }
    ++rows;
  }
  CHECK(tenths.size() >= 12);
  CHECK(tenths.front() == -55);
  CHECK(tenths.back() == 55);
  CHECK(rows == 7);
}

TEST_CASE("rounding: every tenth from -5.5 to 5.5 in every mode",
          "[rounding][s1]") {
  for (RoundingMode mode : tenor::kAllRoundingModes) {
    for (int tenths = -55; tenths <= 55; ++tenths) {
      absl::StatusOr<int64_t> got = RoundDivide(tenths, 10, mode);
      TENOR_REQUIRE_OK(got);
      CHECK(*got == Reference(tenths, 10, mode));
    }
  }
}

TEST_CASE("rounding: names round-trip and unknown names are refused",
          "[rounding][s1]") {
  for (RoundingMode mode : tenor::kAllRoundingModes) {
    absl::StatusOr<RoundingMode> parsed =
        tenor::ParseRoundingMode(tenor::RoundingModeName(mode));
    TENOR_REQUIRE_OK(parsed);
    CHECK(*parsed == mode);
  }
  CHECK(tenor::RoundingModeName(RoundingMode::kHalfUp) == "half-up");
  TENOR_REQUIRE_FAILS(tenor::ParseRoundingMode("HALF_UP"),
                      absl::StatusCode::kInvalidArgument, "rounding mode");
  TENOR_REQUIRE_FAILS(tenor::ParseRoundingMode(""),
                      absl::StatusCode::kInvalidArgument, "unknown");
}

TEST_CASE("rounding: negative denominators and exact quotients",
          "[rounding][s1]") {
  CHECK(*RoundDivide(7, -2, RoundingMode::kHalfUp) == -4);
  CHECK(*RoundDivide(-7, -2, RoundingMode::kHalfUp) == 4);
  CHECK(*RoundDivide(-7, 2, RoundingMode::kFloor) == -4);
  CHECK(*RoundDivide(7, -2, RoundingMode::kCeiling) == -3);
  for (RoundingMode mode : tenor::kAllRoundingModes) {
    CHECK(*RoundDivide(-12, 4, mode) == -3);
    CHECK(*RoundDivide(0, 7, mode) == 0);
  }
}

TEST_CASE("rounding: zero denominator and int64 overflow are errors",
          "[rounding][s1][boundaries]") {
  TENOR_REQUIRE_FAILS(RoundDivide(1, 0, RoundingMode::kHalfUp),
                      absl::StatusCode::kInvalidArgument, "denominator is zero");
  const absl::int128 max = std::numeric_limits<int64_t>::max();
  const absl::int128 min = std::numeric_limits<int64_t>::min();
  CHECK(*RoundDivide(max, 1, RoundingMode::kUp) ==
        std::numeric_limits<int64_t>::max());
  CHECK(*RoundDivide(min, 1, RoundingMode::kDown) ==
        std::numeric_limits<int64_t>::min());
  TENOR_REQUIRE_FAILS(RoundDivide(max * 2 + 1, 2, RoundingMode::kUp),
                      absl::StatusCode::kOutOfRange, "largest int64");
  TENOR_REQUIRE_FAILS(RoundDivide(min * 2 - 1, 2, RoundingMode::kFloor),
                      absl::StatusCode::kOutOfRange, "smallest int64");
  // The most negative int128 has no positive counterpart; still no UB.
  const absl::int128 most_negative = absl::MakeInt128(
      std::numeric_limits<int64_t>::min(), 0);
  TENOR_REQUIRE_FAILS(RoundDivide(most_negative, -1, RoundingMode::kHalfUp),
                      absl::StatusCode::kOutOfRange, "largest int64");
  CHECK(*RoundDivide(1, most_negative, RoundingMode::kHalfUp) == 0);
  CHECK(*RoundDivide(1, most_negative, RoundingMode::kFloor) == -1);
}

TEST_CASE("rounding: property, agrees with a reference on random ratios",
          "[rounding][s1][property]") {
  std::mt19937_64 rng(20261124);
  std::uniform_int_distribution<int64_t> num(-1'000'000'000, 1'000'000'000);
  std::uniform_int_distribution<int64_t> den(-100'000, 100'000);
  for (int k = 0; k < 20'000; ++k) {
    const int64_t n = num(rng);
    int64_t d = den(rng);
    if (d == 0) d = 1;
    for (RoundingMode mode : tenor::kAllRoundingModes) {
      absl::StatusOr<int64_t> got = RoundDivide(n, d, mode);
      REQUIRE(got.ok());
      if (*got != Reference(n, d, mode)) {
        FAIL(n << "/" << d << " " << tenor::RoundingModeName(mode));
      }
    }
  }
}

}  // namespace
