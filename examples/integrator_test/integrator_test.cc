// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// An integrator's unit test of their own checkout code (shop_credit.h),
// written with tenor/testing.h: the builders for customers and carts, the
// matchers, the printers (a failure reads "GBP 172.55"), and tenor's
// conformance kit run against an adapter over the shop's service.

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
// After Catch2: testing.h then defines the Catch::StringMaker printers.
#include "tenor/testing.h"

#include <string>
#include <vector>

#include "shop_credit.h"

namespace {

namespace tt = tenor::testing;

const absl::Time kNow = absl::FromCivil(
    absl::CivilSecond(2026, 3, 10, 10, 0, 0), absl::UTCTimeZone());

// The shop's service seen through the conformance kit's four questions.
tt::ConformanceAdapter ShopAdapter() {
  tt::ConformanceAdapter a;
  // The shop shows schedules exactly as tenor quotes them, so the reference
  // quote and ledger are what it uses; its own code is the checkout and the
  // acceptance, which the adapter drives through ShopCredit.
  const tt::ConformanceAdapter reference = tt::ReferenceAdapter();
  a.quote = reference.quote;
  a.ledger = reference.ledger;
  auto prepare = [](shop::ShopCredit& shop, const tt::CheckoutRequest& c) {
    for (const tenor::CreditAssessment& x : tt::CreditOn(c.at).assessments) {
      shop.AddAssessment("c1", x);
    }
    for (const tt::SwitchRequest& s : c.switches) {
      if (s.action == tenor::SwitchAction::kOff) {
        (void)shop.SwitchOff("c1", s.at);
      } else {
        (void)shop.SwitchOnByAgent("c1", s.at, s.actor);
      }
    }
  };
  a.checkout = [prepare](const tt::CheckoutRequest& c)
      -> absl::StatusOr<std::vector<tt::ProductOutcome>> {
    shop::ShopCredit shop(tenor::ExampleCatalog());
    prepare(shop, c);
    absl::StatusOr<tenor::CheckoutDecision> d = shop.Checkout(
        "c1", tt::CartOf(c.amount, c.purchase_date, c.currency), c.at);
    if (!d.ok()) return d.status();
    std::vector<tt::ProductOutcome> out;
    for (const tenor::ProductDecision& p : d->products()) {
      tt::ProductOutcome o{p.product_id, p.offered(), {}};
      for (tenor::RefusalReason r : p.reasons.ToVector()) {
        o.reasons.emplace_back(tenor::RefusalReasonCode(r));
      }
      out.push_back(o);
    }
    return out;
  };
  a.accept = [prepare](const tt::AcceptRequest& r) -> absl::Status {
    shop::ShopCredit shop(tenor::ExampleCatalog());
    prepare(shop, r.checkout);
    const tt::CheckoutRequest& c = r.checkout;
    absl::StatusOr<tenor::CheckoutDecision> d = shop.Checkout(
        "c1", tt::CartOf(c.amount, c.purchase_date, c.currency), c.at);
    if (!d.ok()) return d.status();
    for (const tt::SwitchRequest& s : r.switches_after_offer) {
      if (absl::Status st = shop.SwitchOff("c1", s.at); !st.ok()) return st;
    }
    std::optional<int> term;
    if (r.term_months != 0) term = r.term_months;
    return shop.Accept("c1", r.product_id, r.accept_at, term).status();
  };
  return a;
}

TEST_CASE("shop: a customer with credit on is offered Pay in 3 at 450.00") {
  shop::ShopCredit shop(tenor::ExampleCatalog());
  for (const tenor::CreditAssessment& a : tt::CreditOn(kNow).assessments) {
    shop.AddAssessment("alice", a);
  }
  const absl::StatusOr<tenor::CheckoutDecision> d =
      shop.Checkout("alice", tt::CartOf("450.00"), kNow);
  REQUIRE(d.ok());
  CHECK(tt::IsOffered(*d, "pay-in-3"));
  const tenor::Schedule& s = d->Find("pay-in-3")->offer->previews()[0];
  CHECK(tt::InstalmentsSumToTotal(s));
  CHECK(tt::EqualsAmount(s.total_payable(), "GBP 450.00"));
  CHECK(s.ToMoney(s.first_instalment().amount) == tt::MoneyOf("150.00"));
}

TEST_CASE("shop: switching off yesterday refuses every credit product") {
  shop::ShopCredit shop(tenor::ExampleCatalog());
  REQUIRE(shop.SwitchOff("bob", kNow - absl::Hours(24)).ok());
  const absl::StatusOr<tenor::CheckoutDecision> d =
      shop.Checkout("bob", tt::CartOf("450.00"), kNow);
  REQUIRE(d.ok());
  for (const char* id : {"pay-in-30", "pay-in-3", "financing"}) {
    CHECK(tt::IsRefusedFor(*d, id, tenor::RefusalReason::kCreditOptedOut));
  }
}

TEST_CASE("shop: a switch-off between offer and acceptance stops the order") {
  shop::ShopCredit shop(tenor::ExampleCatalog());
  for (const tenor::CreditAssessment& a : tt::CreditOn(kNow).assessments) {
    shop.AddAssessment("carol", a);
  }
  REQUIRE(shop.Checkout("carol", tt::CartOf("450.00"), kNow).ok());
  REQUIRE(shop.SwitchOff("carol", kNow + absl::Minutes(1)).ok());
  const absl::StatusOr<tenor::Agreement> a =
      shop.Accept("carol", "pay-in-3", kNow + absl::Minutes(2));
  CHECK(a.status().code() == absl::StatusCode::kFailedPrecondition);
}

TEST_CASE("shop: tenor's conformance kit passes") {
  const tt::ConformanceReport report = tt::RunConformance(ShopAdapter());
  INFO(report.ToText());
  CHECK(report.failed() == 0);
  CHECK(report.skipped() == 0);
  CHECK(report.passed() >= 15);
}

}  // namespace
