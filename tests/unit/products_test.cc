// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Products as data (§4.1-§4.3, §7): option structs, their defaults and every
// refusal of Validate().

#include <optional>
#include <variant>
#include <vector>

#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/products/amount_limits.h"
#include "tenor/products/financing.h"
#include "tenor/products/pay_in_30_days.h"
#include "tenor/products/pay_in_n.h"
#include "tenor/products/product.h"
#include "tenor_catch.h"

namespace {

using tenor::AmountLimits;
using tenor::Currency;
using tenor::Financing;
using tenor::Money;
using tenor::PayIn30Days;
using tenor::PayInN;
using tenor::Rate;

Currency Iso(const char* code) { return *Currency::FromCode(code); }
Money Gbp(const char* text) { return *Money::Parse(text, Iso("GBP")); }

TEST_CASE("pay in 30 days: defaults are the rules' settings",
          "[products][s4.1]") {
  const PayIn30Days product;
  CHECK(product.days == 30);
  CHECK(product.extension_days == 10);
  CHECK(product.max_extensions == 1);
  CHECK_FALSE(product.limits.minimum.has_value());
  CHECK_FALSE(product.limits.maximum.has_value());
  TENOR_REQUIRE_OK(product.Validate());
}

TEST_CASE("pay in 30 days: refusals name the field", "[products][s4.1]") {
  PayIn30Days product;
  product.days = 14;
  TENOR_REQUIRE_OK(product.Validate());
  product.max_extensions = 0;  // extensions switched off is a valid product
  TENOR_REQUIRE_OK(product.Validate());

  PayIn30Days bad;
  bad.days = 0;
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "days 0 must be at least 1");
  bad = PayIn30Days{};
  bad.extension_days = 0;
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "extension_days 0 must be at least 1");
  bad = PayIn30Days{};
  bad.max_extensions = -1;
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "max_extensions -1 must not be negative");
  bad = PayIn30Days{};
  bad.limits.minimum = Gbp("100.00");
  bad.limits.maximum = Gbp("50.00");
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "pay in 30 days: amount limits: minimum GBP 100.00 is "
                      "above the maximum GBP 50.00");
}

TEST_CASE("pay in N: defaults are Pay in 3 every 30 days",
          "[products][s4.2]") {
  const PayInN product;
  CHECK(product.count == 3);
  CHECK(product.interval_days == 30);
  TENOR_REQUIRE_OK(product.Validate());
}

TEST_CASE("pay in N: count 2..12 and an interval of at least a day",
          "[products][s4.2]") {
  for (int count = tenor::kMinPayInNCount; count <= tenor::kMaxPayInNCount;
       ++count) {
    PayInN product;
    product.count = count;
    TENOR_REQUIRE_OK(product.Validate());
  }
  PayInN product;
  product.count = 1;
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "count 1 must be between 2 and 12");
  product.count = 13;
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "count 13 must be between 2 and 12");
  product = PayInN{};
  product.interval_days = 1;
  TENOR_REQUIRE_OK(product.Validate());
  product.interval_days = 0;
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "interval_days 0 must be at least 1");
  product.interval_days = -14;
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "interval_days -14");
}

TEST_CASE("financing: defaults offer 6, 12, 18, 24 and 36 months",
          "[products][s4.3]") {
  const Financing product;
  CHECK(product.offered_terms == std::vector<int>{6, 12, 18, 24, 36});
  CHECK(product.rate == Rate::Zero());
  CHECK(product.rounding == tenor::RoundingMode::kHalfUp);
  CHECK(product.term_minimums.empty());
  TENOR_REQUIRE_OK(product.Validate());
  CHECK(product.Offers(12));
  CHECK_FALSE(product.Offers(9));
}

TEST_CASE("financing: every offered term is within 6..36, once",
          "[products][s4.3]") {
  Financing product;
  product.offered_terms = {};
  for (int term = tenor::kMinFinancingTerm; term <= tenor::kMaxFinancingTerm;
       ++term) {
    product.offered_terms.push_back(term);
  }
  TENOR_REQUIRE_OK(product.Validate());

  product.offered_terms = {};
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "offered_terms is empty");
  product.offered_terms = {6, 5};
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "offered_terms[1] = 5 months is outside 6..36");
  product.offered_terms = {37};
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "offered_terms[0] = 37 months is outside 6..36");
  product.offered_terms = {12, 24, 12};
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "offered_terms lists 12 months twice");
}

TEST_CASE("financing: rate and rounding", "[products][s4.3]") {
  Financing product;
  product.rate = *Rate::Parse("0");
  TENOR_REQUIRE_OK(product.Validate());
  product.rate = *Rate::Parse("1000");
  TENOR_REQUIRE_OK(product.Validate());
  for (tenor::RoundingMode mode : tenor::kAllRoundingModes) {
    product.rounding = mode;
    TENOR_REQUIRE_OK(product.Validate());
  }
  // A negative rate cannot be built (Rate refuses it); an enum value outside
  // the set can, by a cast, so Validate() checks it.
  CHECK_FALSE(Rate::FromMicroPercent(-1).ok());
  product.rounding = static_cast<tenor::RoundingMode>(42);
  TENOR_REQUIRE_FAILS(product.Validate(), absl::StatusCode::kInvalidArgument,
                      "rounding 42 is not a rounding mode");
}

TEST_CASE("amount limits: inclusive, one currency, minimum not above maximum",
          "[products][s7]") {
  AmountLimits limits;
  TENOR_REQUIRE_OK(limits.Validate());
  CHECK_FALSE(limits.currency().has_value());
  TENOR_REQUIRE_OK(limits.Check(*Money::Parse("5", Iso("JPY"))));

  limits.minimum = Gbp("30.00");
  limits.maximum = Gbp("1500.00");
  TENOR_REQUIRE_OK(limits.Validate());
  CHECK(limits.currency() == Iso("GBP"));
  TENOR_REQUIRE_OK(limits.Check(Gbp("30.00")));
  TENOR_REQUIRE_OK(limits.Check(Gbp("1500.00")));
  TENOR_REQUIRE_FAILS(limits.Check(Gbp("29.99")),
                      absl::StatusCode::kOutOfRange,
                      "amount GBP 29.99 is below the minimum GBP 30.00");
  TENOR_REQUIRE_FAILS(limits.Check(Gbp("1500.01")),
                      absl::StatusCode::kOutOfRange,
                      "amount GBP 1500.01 is above the maximum GBP 1500.00");
  TENOR_REQUIRE_FAILS(limits.Check(*Money::Parse("30.00", Iso("EUR"))),
                      absl::StatusCode::kInvalidArgument, "currency mismatch");

  limits.minimum = limits.maximum;  // a single accepted amount is fine
  TENOR_REQUIRE_OK(limits.Validate());
  limits.minimum = Gbp("1500.01");
  TENOR_REQUIRE_FAILS(limits.Validate(), absl::StatusCode::kInvalidArgument,
                      "minimum GBP 1500.01 is above the maximum GBP 1500.00");
  limits.minimum = Gbp("-1.00");
  TENOR_REQUIRE_FAILS(limits.Validate(), absl::StatusCode::kInvalidArgument,
                      "minimum GBP -1.00 must not be negative");
  limits.minimum = *Money::Parse("10.00", Iso("EUR"));
  TENOR_REQUIRE_FAILS(limits.Validate(), absl::StatusCode::kInvalidArgument,
                      "currency mismatch");
  limits.minimum.reset();
  limits.maximum = Gbp("0.00");
  TENOR_REQUIRE_FAILS(limits.Validate(), absl::StatusCode::kInvalidArgument,
                      "maximum GBP 0.00 must be positive");
}

TEST_CASE("financing: per-term minimums", "[products][s4.3][s7]") {
  Financing product;
  product.rate = *Rate::Parse("19.9");
  product.offered_terms = {6, 12, 24};
  product.limits.minimum = Gbp("99.00");
  product.limits.maximum = Gbp("5000.00");
  product.term_minimums = {{24, Gbp("300.00")}, {12, Gbp("50.00")}};
  TENOR_REQUIRE_OK(product.Validate());
  CHECK(product.MinimumFor(24) == Gbp("300.00"));
  // The product-wide minimum wins when it is the larger one.
  CHECK(product.MinimumFor(12) == Gbp("99.00"));
  CHECK(product.MinimumFor(6) == Gbp("99.00"));

  Financing no_limits;
  CHECK_FALSE(no_limits.MinimumFor(6).has_value());
  no_limits.term_minimums = {{36, Gbp("500.00")}};
  TENOR_REQUIRE_OK(no_limits.Validate());
  CHECK(no_limits.MinimumFor(36) == Gbp("500.00"));
  CHECK_FALSE(no_limits.MinimumFor(6).has_value());

  Financing bad = product;
  bad.term_minimums = {{18, Gbp("300.00")}};
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "term_minimums[0] is for 18 months, which is not an "
                      "offered term");
  bad.term_minimums = {{24, Gbp("300.00")}, {24, Gbp("400.00")}};
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "term_minimums lists 24 months twice");
  bad.term_minimums = {{24, Gbp("-0.01")}};
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "term_minimums[0] minimum GBP -0.01 must not be negative");
  bad.term_minimums = {{24, Gbp("5000.01")}};
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "term_minimums[0] minimum GBP 5000.01 is above the "
                      "maximum GBP 5000.00");
  bad.term_minimums = {{24, *Money::Parse("300.00", Iso("EUR"))}};
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "currency mismatch");
  Financing mixed;
  mixed.term_minimums = {{6, Gbp("10.00")},
                         {12, *Money::Parse("10.00", Iso("EUR"))}};
  TENOR_REQUIRE_FAILS(mixed.Validate(), absl::StatusCode::kInvalidArgument,
                      "term_minimums[1] minimum");
  bad = product;
  bad.limits.minimum = Gbp("6000.00");
  TENOR_REQUIRE_FAILS(bad.Validate(), absl::StatusCode::kInvalidArgument,
                      "financing: amount limits: minimum GBP 6000.00 is above "
                      "the maximum GBP 5000.00");
}

TEST_CASE("product: a closed set of three kinds", "[products]") {
  const std::vector<tenor::Product> catalog = {PayIn30Days{}, PayInN{},
                                               Financing{}};
  CHECK(tenor::KindOf(catalog[0]) == tenor::ProductKind::kPayIn30Days);
  CHECK(tenor::KindOf(catalog[1]) == tenor::ProductKind::kPayInN);
  CHECK(tenor::KindOf(catalog[2]) == tenor::ProductKind::kFinancing);
  for (const tenor::Product& p : catalog) {
    TENOR_REQUIRE_OK(tenor::ValidateProduct(p));
    const tenor::ProductKind kind = tenor::KindOf(p);
    auto parsed = tenor::ParseProductKind(tenor::ProductKindName(kind));
    TENOR_REQUIRE_OK(parsed);
    CHECK(*parsed == kind);
    CHECK_FALSE(tenor::LimitsOf(p).minimum.has_value());
  }
  CHECK(tenor::ProductKindName(tenor::ProductKind::kPayIn30Days) ==
        "pay_in_30_days");
  CHECK(tenor::ProductKindName(tenor::ProductKind::kPayInN) == "pay_in_n");
  CHECK(tenor::ProductKindName(tenor::ProductKind::kFinancing) == "financing");
  TENOR_REQUIRE_FAILS(tenor::ParseProductKind("Financing"),
                      absl::StatusCode::kInvalidArgument, "unknown");

  PayInN pay_in_13;
  pay_in_13.count = 13;
  pay_in_13.limits.maximum = Gbp("800.00");
  const tenor::Product p = pay_in_13;
  TENOR_REQUIRE_FAILS(tenor::ValidateProduct(p),
                      absl::StatusCode::kInvalidArgument, "count 13");
  CHECK(tenor::LimitsOf(p).maximum == Gbp("800.00"));
}

}  // namespace
