// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Currencies: the ISO 4217 table and custom (code, exponent) pairs (§1).

#include "tenor/money/currency.h"

#include <set>
#include <string>

#include "tenor_catch.h"

namespace {

using tenor::Currency;

int ExponentOf(const char* code) {
  absl::StatusOr<Currency> c = Currency::FromCode(code);
  INFO(code << ": " << c.status().ToString());
  REQUIRE(c.ok());
  return c->exponent();
}

TEST_CASE("currency: ISO 4217 exponents 0, 2, 3 and 4 from the table",
          "[currency][s1]") {
  for (const char* code : {"JPY", "KRW", "ISK", "CLP", "VND"}) {
    CHECK(ExponentOf(code) == 0);
  }
  for (const char* code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
    CHECK(ExponentOf(code) == 3);
  }
  for (const char* code : {"CLF", "UYW"}) CHECK(ExponentOf(code) == 4);
  for (const char* code : {"GBP", "EUR", "USD", "SEK", "CHF"}) {
    CHECK(ExponentOf(code) == 2);
  }
}

TEST_CASE("currency: the table is sorted, unique and self-consistent",
          "[currency][s1]") {
  REQUIRE(tenor::IsoCurrencyCount() > 150);
  std::string previous;
  for (int i = 0; i < tenor::IsoCurrencyCount(); ++i) {
    const Currency c = tenor::IsoCurrencyAt(i);
    const std::string code(c.code());
    CHECK(code > previous);
    previous = code;
    const int e = c.exponent();
    CHECK((e == 0 || e == 2 || e == 3 || e == 4));
    CHECK(*Currency::FromCode(code) == c);
  }
  CHECK(!tenor::kIsoTablePublication.empty());
}

TEST_CASE("currency: unknown and malformed codes are refused with a message",
          "[currency][s1]") {
  TENOR_REQUIRE_FAILS(Currency::FromCode("ABC"), absl::StatusCode::kNotFound,
                      "\"ABC\": not a current ISO 4217 currency");
  // Codes with no minor unit in ISO ("N.A.") are not in the table.
  TENOR_REQUIRE_FAILS(Currency::FromCode("XAU"), absl::StatusCode::kNotFound,
                      "XAU");
  TENOR_REQUIRE_FAILS(Currency::FromCode("gbp"),
                      absl::StatusCode::kInvalidArgument, "upper-case");
  TENOR_REQUIRE_FAILS(Currency::FromCode("GB"),
                      absl::StatusCode::kInvalidArgument, "three");
  TENOR_REQUIRE_FAILS(Currency::FromCode(""),
                      absl::StatusCode::kInvalidArgument, "currency code");
  TENOR_REQUIRE_FAILS(Currency::FromCode("GBPX"),
                      absl::StatusCode::kInvalidArgument, "three");
}

TEST_CASE("currency: custom (code, exponent) pairs for counterparties",
          "[currency][s1]") {
  absl::StatusOr<Currency> isk2 = Currency::Custom("ISK", 2);
  TENOR_REQUIRE_OK(isk2);
  CHECK(isk2->code() == "ISK");
  CHECK(isk2->exponent() == 2);
  CHECK(isk2->minor_per_major() == 100);
  CHECK(*isk2 != *Currency::FromCode("ISK"));  // ISO says 0
  CHECK(*Currency::Custom("GBP", 2) == *Currency::FromCode("GBP"));
  TENOR_REQUIRE_FAILS(Currency::Custom("UGX", 5),
                      absl::StatusCode::kInvalidArgument, "exponent 5");
  TENOR_REQUIRE_FAILS(Currency::Custom("UGX", -1),
                      absl::StatusCode::kInvalidArgument, "0 to 4");
  TENOR_REQUIRE_FAILS(Currency::Custom("ug1", 2),
                      absl::StatusCode::kInvalidArgument, "currency code");
}

TEST_CASE("currency: minor units per major unit", "[currency][s1]") {
  CHECK(Currency::FromCode("JPY")->minor_per_major() == 1);
  CHECK(Currency::FromCode("GBP")->minor_per_major() == 100);
  CHECK(Currency::FromCode("KWD")->minor_per_major() == 1000);
  CHECK(Currency::FromCode("CLF")->minor_per_major() == 10000);
}

}  // namespace
