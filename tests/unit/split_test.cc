// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Splitting an amount (§2): parts always sum to the total.

#include "tenor/money/split.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "tenor_catch.h"

namespace {

using tenor::Currency;
using tenor::Money;
using tenor::RemainderPlacement;

Currency Iso(const char* code) { return *Currency::FromCode(code); }

std::vector<int64_t> Units(const std::vector<Money>& parts) {
  std::vector<int64_t> out;
  for (const Money& m : parts) out.push_back(m.minor_units());
  return out;
}

TEST_CASE("split evenly: 100.00 in 3 is 33.34, 33.33, 33.33 (first)",
          "[split][s2]") {
  const Money total = *Money::Parse("100.00", Iso("GBP"));
  auto first = tenor::SplitEvenly(total, 3);
  TENOR_REQUIRE_OK(first);
  CHECK(Units(*first) == std::vector<int64_t>{3334, 3333, 3333});
  CHECK((*first)[0].currency() == Iso("GBP"));
  auto last = tenor::SplitEvenly(total, 3, RemainderPlacement::kLast);
  CHECK(Units(*last) == std::vector<int64_t>{3333, 3333, 3334});
}

TEST_CASE("split evenly: one-unit remainders in 0- and 3-decimal currencies",
          "[split][s2]") {
  CHECK(Units(*tenor::SplitEvenly(*Money::Parse("1000", Iso("JPY")), 3)) ==
        std::vector<int64_t>{334, 333, 333});
  CHECK(Units(*tenor::SplitEvenly(*Money::Parse("1.000", Iso("KWD")), 3)) ==
        std::vector<int64_t>{334, 333, 333});
  CHECK(Units(*tenor::SplitEvenly(*Money::Parse("0.01", Iso("GBP")), 3)) ==
        std::vector<int64_t>{1, 0, 0});
  CHECK(Units(*tenor::SplitEvenly(*Money::Parse("0.02", Iso("GBP")), 3,
                                  RemainderPlacement::kLast)) ==
        std::vector<int64_t>{0, 1, 1});
  CHECK(Units(*tenor::SplitEvenly(Money::Zero(Iso("GBP")), 4)) ==
        std::vector<int64_t>{0, 0, 0, 0});
  CHECK(Units(*tenor::SplitEvenly(*Money::Parse("5.00", Iso("GBP")), 1)) ==
        std::vector<int64_t>{500});
}

TEST_CASE("split evenly: refusals", "[split][s2]") {
  const Money total = *Money::Parse("10.00", Iso("GBP"));
  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(total, 0),
                      absl::StatusCode::kInvalidArgument, "parts 0");
  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(total, -3),
                      absl::StatusCode::kInvalidArgument, "parts -3");
  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(total, tenor::kMaxSplitParts + 1),
                      absl::StatusCode::kInvalidArgument, "parts");
  TENOR_REQUIRE_FAILS(
      tenor::SplitEvenly(*Money::Parse("-1.00", Iso("GBP")), 2),
      absl::StatusCode::kInvalidArgument, "must not be negative");
}

TEST_CASE("split by weights: largest remainder, ties to the lower index",
          "[split][s2]") {
  const Money total = *Money::Parse("100.00", Iso("GBP"));
  // 10000 * 1/3 each: remainders tie, so the first part gets the extra unit.
  CHECK(Units(*tenor::SplitByWeights(total, {1, 1, 1})) ==
        std::vector<int64_t>{3334, 3333, 3333});
  // 10000 * (1,2)/3 = 3333.33, 6666.67: the larger remainder is part 2.
  CHECK(Units(*tenor::SplitByWeights(total, {1, 2})) ==
        std::vector<int64_t>{3333, 6667});
  CHECK(Units(*tenor::SplitByWeights(total, {0, 1, 0})) ==
        std::vector<int64_t>{0, 10000, 0});
  // 7 units by 3,3,1 (W = 7): exact, no leftover.
  CHECK(Units(*tenor::SplitByWeights(*Money::Parse("7", Iso("JPY")),
                                     {3, 3, 1})) ==
        std::vector<int64_t>{3, 3, 1});
  // 10 units by 1,1,1,1 and 1: 2 each.
  CHECK(Units(*tenor::SplitByWeights(*Money::Parse("10", Iso("JPY")),
                                     {1, 1, 1, 1, 1})) ==
        std::vector<int64_t>{2, 2, 2, 2, 2});
}

TEST_CASE("split by weights: refusals name the problem", "[split][s2]") {
  const Money total = *Money::Parse("1.00", Iso("GBP"));
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(total, {}),
                      absl::StatusCode::kInvalidArgument, "0 weights");
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(total, {0, 0}),
                      absl::StatusCode::kInvalidArgument, "all zero");
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(total, {1, -1}),
                      absl::StatusCode::kInvalidArgument, "weights[1] = -1");
  TENOR_REQUIRE_FAILS(
      tenor::SplitByWeights(*Money::Parse("-1.00", Iso("GBP")), {1}),
      absl::StatusCode::kInvalidArgument, "negative");
}

TEST_CASE("split: int64 boundaries", "[split][s2][boundaries]") {
  const int64_t max = std::numeric_limits<int64_t>::max();
  const Money total = Money::FromMinorUnits(max, Iso("JPY"));
  auto even = tenor::SplitEvenly(total, 7);
  TENOR_REQUIRE_OK(even);
  int64_t sum = 0;
  for (const Money& m : *even) sum += m.minor_units();
  CHECK(sum == max);
  auto weighted = tenor::SplitByWeights(total, {max, max, 1});
  TENOR_REQUIRE_OK(weighted);
  sum = 0;
  for (const Money& m : *weighted) sum += m.minor_units();
  CHECK(sum == max);
}

TEST_CASE("split: property, parts sum exactly and equal parts differ by <= 1",
          "[split][s2][property]") {
  std::mt19937_64 rng(2);
  std::uniform_int_distribution<int> parts_dist(1, 40);
  std::uniform_int_distribution<int64_t> weight_dist(0, 1000);
  const Currency gbp = Iso("GBP");
  for (int k = 0; k < 10'000; ++k) {
    int64_t units = static_cast<int64_t>(rng() >> 1);
    if (k % 2 == 0) units %= 1'000'000;
    const Money total = Money::FromMinorUnits(units, gbp);
    const int parts = parts_dist(rng);
    for (RemainderPlacement p :
         {RemainderPlacement::kFirst, RemainderPlacement::kLast}) {
      const std::vector<int64_t> u = Units(*tenor::SplitEvenly(total, parts, p));
      REQUIRE(u.size() == static_cast<size_t>(parts));
      int64_t sum = 0;
      for (int64_t x : u) sum += x;
      REQUIRE(sum == units);
      const auto [lo, hi] = std::minmax_element(u.begin(), u.end());
      REQUIRE(*hi - *lo <= 1);
      // The larger parts are at the chosen end.
      if (p == RemainderPlacement::kFirst) {
        REQUIRE(std::is_sorted(u.rbegin(), u.rend()));
      } else {
        REQUIRE(std::is_sorted(u.begin(), u.end()));
      }
    }
    std::vector<int64_t> weights(static_cast<size_t>(parts));
    for (int64_t& w : weights) w = weight_dist(rng);
    weights[0] += 1;  // not all zero
    const std::vector<int64_t> w =
        Units(*tenor::SplitByWeights(total, weights));
    int64_t sum = 0;
    for (int64_t x : w) sum += x;
    REQUIRE(sum == units);
  }
}

}  // namespace
