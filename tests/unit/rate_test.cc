// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Rates: exact decimal percentages per annum, 0 to 1000 % (§1).

#include "tenor/money/rate.h"

#include <string>

#include "tenor_catch.h"

namespace {

using tenor::Rate;

TEST_CASE("rate: 18.9 means 18.9 % p.a., held exactly", "[rate][s1]") {
  absl::StatusOr<Rate> r = Rate::Parse("18.9");
  TENOR_REQUIRE_OK(r);
  CHECK(r->micro_percent() == 18'900'000);
  CHECK(r->ToString() == "18.9");
  CHECK(Rate::Parse("0")->is_zero());
  CHECK(Rate::Parse("0")->ToString() == "0");
  CHECK(Rate::Parse("19.99")->micro_percent() == 19'990'000);
  CHECK(Rate::Parse("12")->ToString() == "12");
  CHECK(Rate::Parse("12.000")->ToString() == "12");
  CHECK(Rate::Parse("0.000001")->micro_percent() == 1);
  CHECK(Rate::Parse("1000")->micro_percent() == Rate::kMaxMicroPercent);
  CHECK(Rate::Parse("1000.000000")->micro_percent() == Rate::kMaxMicroPercent);
  CHECK(Rate::Parse("007.5")->ToString() == "7.5");
  CHECK(Rate::Zero() == *Rate::Parse("0.0"));
}

TEST_CASE("rate: refusals name the problem", "[rate][s1]") {
  TENOR_REQUIRE_FAILS(Rate::Parse("-1"), absl::StatusCode::kOutOfRange,
                      "negative");
  TENOR_REQUIRE_FAILS(Rate::Parse("1000.000001"),
                      absl::StatusCode::kOutOfRange, "1000");
  TENOR_REQUIRE_FAILS(Rate::Parse("99999999999999999999999"),
                      absl::StatusCode::kOutOfRange, "1000");
  TENOR_REQUIRE_FAILS(Rate::Parse("1.0000001"),
                      absl::StatusCode::kInvalidArgument, "7 decimal places");
  TENOR_REQUIRE_FAILS(Rate::Parse(""), absl::StatusCode::kInvalidArgument,
                      "empty");
  TENOR_REQUIRE_FAILS(Rate::Parse("+5"), absl::StatusCode::kInvalidArgument,
                      "'+'");
  TENOR_REQUIRE_FAILS(Rate::Parse("18.9%"),
                      absl::StatusCode::kInvalidArgument, "'%'");
  TENOR_REQUIRE_FAILS(Rate::Parse("abc"), absl::StatusCode::kInvalidArgument,
                      "unexpected character");
  TENOR_REQUIRE_FAILS(Rate::Parse("1e2"), absl::StatusCode::kInvalidArgument,
                      "unexpected character");
  TENOR_REQUIRE_FAILS(Rate::Parse("."), absl::StatusCode::kInvalidArgument,
                      "before '.'");
  TENOR_REQUIRE_FAILS(Rate::Parse("5."), absl::StatusCode::kInvalidArgument,
                      "after '.'");
  TENOR_REQUIRE_FAILS(Rate::Parse(" 5"), absl::StatusCode::kInvalidArgument,
                      "rate");
}

TEST_CASE("rate: from millionths of a percent, bounds checked",
          "[rate][s1][boundaries]") {
  CHECK(Rate::FromMicroPercent(0)->is_zero());
  CHECK(Rate::FromMicroPercent(Rate::kMaxMicroPercent).ok());
  TENOR_REQUIRE_FAILS(Rate::FromMicroPercent(-1),
                      absl::StatusCode::kOutOfRange, "negative");
  TENOR_REQUIRE_FAILS(Rate::FromMicroPercent(Rate::kMaxMicroPercent + 1),
                      absl::StatusCode::kOutOfRange, "1000");
}

TEST_CASE("rate: property, ToString round-trips through Parse",
          "[rate][s1][property]") {
  for (int64_t micro = 0; micro <= Rate::kMaxMicroPercent;
       micro += 999'983) {  // a prime stride touches many digit patterns
    const Rate r = *Rate::FromMicroPercent(micro);
    absl::StatusOr<Rate> back = Rate::Parse(r.ToString());
    REQUIRE(back.ok());
    REQUIRE(*back == r);
  }
  for (int64_t micro = 0; micro < 20'000; ++micro) {
    const Rate r = *Rate::FromMicroPercent(micro);
    REQUIRE(*Rate::Parse(r.ToString()) == r);
  }
}

}  // namespace
