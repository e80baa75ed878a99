// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Money: exact minor units, checked arithmetic, canonical text (§1).

#include "tenor/money/money.h"

#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "absl/strings/str_format.h"
#include "tenor_catch.h"

namespace {

using tenor::Currency;
using tenor::Money;

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Currency Iso(const char* code) { return *Currency::FromCode(code); }

TEST_CASE("money: parsing 1234.56 GBP gives 123456 minor units",
          "[money][s1]") {
  absl::StatusOr<Money> m = Money::Parse("1234.56", Iso("GBP"));
  TENOR_REQUIRE_OK(m);
  CHECK(m->minor_units() == 123456);
  CHECK(m->currency() == Iso("GBP"));
  CHECK(m->ToString() == "1234.56");
}

TEST_CASE("money: canonical formatting in 0-, 2-, 3- and 4-decimal currencies",
          "[money][s1]") {
  CHECK(Money::FromMinorUnits(123456, Iso("GBP")).ToString() == "1234.56");
  CHECK(Money::FromMinorUnits(-5, Iso("GBP")).ToString() == "-0.05");
  CHECK(Money::FromMinorUnits(1235, Iso("JPY")).ToString() == "1235");
  CHECK(Money::FromMinorUnits(1234, Iso("KWD")).ToString() == "1.234");
  CHECK(Money::FromMinorUnits(7, Iso("CLF")).ToString() == "0.0007");
  CHECK(Money::FromMinorUnits(0, Iso("GBP")).ToString() == "0.00");
  CHECK(Money::FromMinorUnits(-1, Iso("JPY")).ToString() == "-1");
  CHECK(Money::FromMinorUnits(123456, Iso("GBP")).ToDisplayString() ==
        "GBP 1234.56");
  CHECK(absl::StrFormat("%s", Money::FromMinorUnits(17255, Iso("GBP"))) ==
        "GBP 172.55");
}

TEST_CASE("money: parse accepts short fractions and a leading minus",
          "[money][s1]") {
  CHECK(Money::Parse("1234.5", Iso("GBP"))->minor_units() == 123450);
  CHECK(Money::Parse("-0.05", Iso("GBP"))->minor_units() == -5);
  CHECK(Money::Parse("1235", Iso("JPY"))->minor_units() == 1235);
  CHECK(Money::Parse("1.234", Iso("KWD"))->minor_units() == 1234);
  CHECK(Money::Parse("1.2", Iso("KWD"))->minor_units() == 1200);
  CHECK(Money::Parse("0.0001", Iso("CLF"))->minor_units() == 1);
  CHECK(Money::Parse("007", Iso("GBP"))->minor_units() == 700);
  CHECK(Money::Parse("-0", Iso("GBP"))->minor_units() == 0);
}

struct Refusal {
  const char* text;
  const char* currency;
  absl::StatusCode code;
  const char* fragment;
};

TEST_CASE("money: every refusal of §1 names its problem", "[money][s1]") {
  const Refusal kRefusals[] = {
      {"", "GBP", absl::StatusCode::kInvalidArgument, "empty"},
      {"+1.00", "GBP", absl::StatusCode::kInvalidArgument, "'+'"},
      {" 1.00", "GBP", absl::StatusCode::kInvalidArgument, "spaces"},
      {"1.00 ", "GBP", absl::StatusCode::kInvalidArgument, "spaces"},
      {"1 000", "GBP", absl::StatusCode::kInvalidArgument, "spaces"},
      {"1e5", "GBP", absl::StatusCode::kInvalidArgument, "exponent"},
      {"1E5", "GBP", absl::StatusCode::kInvalidArgument, "exponent"},
      {"1,234.56", "GBP", absl::StatusCode::kInvalidArgument,
       "thousands separators"},
      {"1.234", "GBP", absl::StatusCode::kInvalidArgument,
       "3 fraction digits, but GBP allows at most 2"},
      {"1.5", "JPY", absl::StatusCode::kInvalidArgument, "no minor unit"},
      {"1.2345", "KWD", absl::StatusCode::kInvalidArgument, "at most 3"},
      {".", "GBP", absl::StatusCode::kInvalidArgument, "bare '.'"},
      {"-.", "GBP", absl::StatusCode::kInvalidArgument, "bare '.'"},
      {".5", "GBP", absl::StatusCode::kInvalidArgument, "before '.'"},
      {"5.", "GBP", absl::StatusCode::kInvalidArgument, "after '.'"},
      {"-", "GBP", absl::StatusCode::kInvalidArgument, "followed by digits"},
      {"--1", "GBP", absl::StatusCode::kInvalidArgument, "first character"},
      {"1.2.3", "GBP", absl::StatusCode::kInvalidArgument, "one '.'"},
      {"\xd9\xa3", "GBP", absl::StatusCode::kInvalidArgument, "ASCII digits"},
      {"\xef\xbc\x91", "GBP", absl::StatusCode::kInvalidArgument,
       "ASCII digits"},
      {"abc", "GBP", absl::StatusCode::kInvalidArgument, "unexpected"},
      {"92233720368547758.08", "GBP", absl::StatusCode::kOutOfRange,
       "does not fit"},
      {"9223372036854775808", "JPY", absl::StatusCode::kOutOfRange,
       "does not fit"},
      {"-9223372036854775809", "JPY", absl::StatusCode::kOutOfRange,
       "does not fit"},
      {"99999999999999999999999999999999", "GBP",
       absl::StatusCode::kOutOfRange, "does not fit"},
  };
  for (const Refusal& r : kRefusals) {
    INFO("text \"" << r.text << "\" in " << r.currency);
    TENOR_REQUIRE_FAILS(Money::Parse(r.text, Iso(r.currency)), r.code,
                        r.fragment);
    TENOR_REQUIRE_FAILS(Money::Parse(r.text, Iso(r.currency)), r.code,
                        "amount");
  }
}

TEST_CASE("money: parse at the int64 boundaries", "[money][s1][boundaries]") {
  CHECK(Money::Parse("92233720368547758.07", Iso("GBP"))->minor_units() ==
        kMax);
  CHECK(Money::Parse("-92233720368547758.08", Iso("GBP"))->minor_units() ==
        kMin);
  CHECK(Money::Parse("9223372036854775807", Iso("JPY"))->minor_units() ==
        kMax);
  CHECK(Money::FromMinorUnits(kMin, Iso("GBP")).ToString() ==
        "-92233720368547758.08");
  CHECK(Money::FromMinorUnits(kMax, Iso("KWD")).ToString() ==
        "9223372036854775.807");
}

TEST_CASE("money: arithmetic is exact, checked and never mixes currencies",
          "[money][s1]") {
  const Money a = Money::FromMinorUnits(1050, Iso("GBP"));
  const Money b = Money::FromMinorUnits(-250, Iso("GBP"));
  CHECK(*a.Add(b) == Money::FromMinorUnits(800, Iso("GBP")));
  CHECK(*a.Subtract(b) == Money::FromMinorUnits(1300, Iso("GBP")));
  CHECK(*b.Negate() == Money::FromMinorUnits(250, Iso("GBP")));
  CHECK(*a.Multiply(3) == Money::FromMinorUnits(3150, Iso("GBP")));
  CHECK(*a.Multiply(-2) == Money::FromMinorUnits(-2100, Iso("GBP")));

  const Money yen = Money::FromMinorUnits(1050, Iso("JPY"));
  TENOR_REQUIRE_FAILS(a.Add(yen), absl::StatusCode::kInvalidArgument,
                      "currency mismatch, GBP");
  TENOR_REQUIRE_FAILS(a.Subtract(yen), absl::StatusCode::kInvalidArgument,
                      "currency mismatch");
  TENOR_REQUIRE_FAILS(tenor::Compare(a, yen),
                      absl::StatusCode::kInvalidArgument, "currency mismatch");
  // Same code, different exponent: a different currency.
  const Money isk0 = Money::FromMinorUnits(1, Iso("ISK"));
  const Money isk2 = Money::FromMinorUnits(1, *Currency::Custom("ISK", 2));
  TENOR_REQUIRE_FAILS(isk0.Add(isk2), absl::StatusCode::kInvalidArgument,
                      "exponent 2");
  CHECK(isk0 != isk2);
}

TEST_CASE("money: overflow is OutOfRange, never wraps",
          "[money][s1][boundaries]") {
  const Currency gbp = Iso("GBP");
  const Money max = Money::FromMinorUnits(kMax, gbp);
  const Money min = Money::FromMinorUnits(kMin, gbp);
  const Money one = Money::FromMinorUnits(1, gbp);
  TENOR_REQUIRE_FAILS(max.Add(one), absl::StatusCode::kOutOfRange, "add");
  TENOR_REQUIRE_FAILS(min.Subtract(one), absl::StatusCode::kOutOfRange,
                      "subtract");
  TENOR_REQUIRE_FAILS(min.Negate(), absl::StatusCode::kOutOfRange, "negate");
  TENOR_REQUIRE_FAILS(max.Multiply(2), absl::StatusCode::kOutOfRange,
                      "multiply");
  TENOR_REQUIRE_FAILS(min.Multiply(-1), absl::StatusCode::kOutOfRange,
                      "multiply");
  CHECK(*max.Negate() == Money::FromMinorUnits(-kMax, gbp));
  CHECK(*min.Add(max) == Money::FromMinorUnits(-1, gbp));
  CHECK(*max.Multiply(1) == max);
  CHECK(*min.Multiply(1) == min);
}

TEST_CASE("money: comparisons", "[money][s1]") {
  const Currency gbp = Iso("GBP");
  const Money a = Money::FromMinorUnits(100, gbp);
  const Money b = Money::FromMinorUnits(200, gbp);
  CHECK(a < b);
  CHECK(b > a);
  CHECK(a <= a);
  CHECK(b >= a);
  CHECK(a != b);
  CHECK(*tenor::Compare(a, b) == -1);
  CHECK(*tenor::Compare(b, a) == 1);
  CHECK(*tenor::Compare(a, a) == 0);
  CHECK(Money::Zero(gbp).is_zero());
  CHECK(b.is_positive());
  CHECK(Money::FromMinorUnits(-1, gbp).is_negative());
}

TEST_CASE("money: property, format(parse(x)) == x for canonical text",
          "[money][s1][property]") {
  std::mt19937_64 rng(7);
  const Currency currencies[] = {Iso("JPY"), Iso("GBP"), Iso("KWD"),
                                 Iso("CLF")};
  for (int k = 0; k < 20'000; ++k) {
    const Currency c = currencies[k % 4];
    int64_t units = static_cast<int64_t>(rng());
    if (k % 3 == 0) units %= 100'000;  // plenty of small values too
    const std::string text = tenor::FormatMinorUnits(units, c.exponent());
    absl::StatusOr<Money> parsed = Money::Parse(text, c);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->minor_units() == units);
    REQUIRE(parsed->ToString() == text);
  }
}

}  // namespace
