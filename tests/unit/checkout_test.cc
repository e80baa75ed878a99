// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The checkout decision (§7), offers and agreements: an opt-out that no path
// through the API can bypass (§6).

#include "tenor/checkout/checkout.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/checkout/agreement.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor_catch.h"

namespace {

using tenor::AssessmentKind;
using tenor::AssessmentOutcome;
using tenor::Cart;
using tenor::Catalog;
using tenor::CheckoutDecision;
using tenor::CreditAssessment;
using tenor::CreditSwitchHistory;
using tenor::Money;
using tenor::RefusalReason;

const tenor::Currency kGbp = *tenor::Currency::FromCode("GBP");
const tenor::Currency kEur = *tenor::Currency::FromCode("EUR");

Money Gbp(const char* text) { return *Money::Parse(text, kGbp); }

absl::Time At(int y, int mo, int d, int h = 0, int mi = 0) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, 0),
                         absl::UTCTimeZone());
}

const absl::Time kNow = At(2026, 3, 10, 10, 0);

std::vector<CreditAssessment> Approved(const char* limit = "5000.00",
                                       absl::Time made = At(2026, 3, 1)) {
  return {{AssessmentKind::kSoft, AssessmentOutcome::kApproved, Gbp(limit),
           made},
          {AssessmentKind::kHard, AssessmentOutcome::kApproved, Gbp(limit),
           made}};
}

Cart CartOf(const char* amount) {
  return Cart{Gbp(amount), absl::CivilDay(2026, 3, 10), std::nullopt};
}

CheckoutDecision Decide(const CreditSwitchHistory& history,
                        const std::vector<CreditAssessment>& assessments,
                        const Cart& cart, absl::Time at = kNow,
                        const Catalog& catalog = tenor::ExampleCatalog(),
                        Money outstanding = Money::Zero(kGbp)) {
  absl::StatusOr<CheckoutDecision> d = tenor::EvaluateCheckout(
      history, assessments, outstanding, catalog, cart, at);
  INFO(d.status().ToString());
  REQUIRE(d.ok());
  return *std::move(d);
}

std::vector<std::string> Codes(const tenor::ProductDecision& p) {
  std::vector<std::string> out;
  for (RefusalReason r : p.reasons.ToVector()) {
    out.emplace_back(tenor::RefusalReasonCode(r));
  }
  return out;
}

CreditSwitchHistory SwitchedOffAt(absl::Time t) {
  CreditSwitchHistory h;
  REQUIRE(h.RequestOff(t, tenor::Channel::kSelfService, "customer-1").ok());
  return h;
}

TEST_CASE("checkout: credit on, the example catalog offers every product",
          "[checkout][s7]") {
  const CheckoutDecision d = Decide(CreditSwitchHistory(), Approved(),
                                    CartOf("450.00"));
  CHECK(d.pay_now_offered());
  CHECK_FALSE(d.credit_opted_out());
  REQUIRE(d.products().size() == 3);
  CHECK(d.products()[0].product_id == "pay-in-30");
  CHECK(d.products()[1].product_id == "pay-in-3");
  CHECK(d.products()[2].product_id == "financing");
  for (const tenor::ProductDecision& p : d.products()) {
    INFO(p.product_id);
    CHECK(p.offered());
    CHECK(p.reasons.empty());
  }
  // 450.00 meets the 6-, 12- and 18-month minimums (99, 199, 299), not 24/36.
  const tenor::Offer& financing = *d.Find("financing")->offer;
  CHECK(std::vector<int>(financing.terms().begin(), financing.terms().end()) ==
        std::vector<int>{6, 12, 18});
  REQUIRE(financing.previews().size() == 3);
  CHECK(financing.previews()[0].term_months() == 6);
  CHECK(financing.previews()[0].apr().ToString() != "0.0");
  const tenor::Offer& pay_in_3 = *d.Find("pay-in-3")->offer;
  REQUIRE(pay_in_3.previews().size() == 1);
  CHECK(pay_in_3.previews()[0].instalments()[0].amount == 15000);
}

TEST_CASE("checkout: credit off refuses every product with credit_opted_out "
          "alone, ahead of every other rule",
          "[checkout][s6][s7]") {
  const CreditSwitchHistory off = SwitchedOffAt(kNow - absl::Minutes(10));
  // No assessments, a cart in another currency, far above every maximum: none
  // of it is looked at.
  const Cart euro{*Money::Parse("99999.00", kEur), absl::CivilDay(2026, 3, 10),
                  std::nullopt};
  for (const Cart& cart : {CartOf("450.00"), euro}) {
    const CheckoutDecision d = Decide(off, {}, cart);
    CHECK(d.pay_now_offered());
    CHECK(d.credit_opted_out());
    REQUIRE(d.products().size() == 3);
    for (const tenor::ProductDecision& p : d.products()) {
      CHECK_FALSE(p.offered());
      CHECK(Codes(p) == std::vector<std::string>{"credit_opted_out"});
    }
  }
  // Off is effective at once: at the very instant of the switch-off.
  const CheckoutDecision at_instant =
      Decide(off, Approved(), CartOf("450.00"), kNow - absl::Minutes(10));
  CHECK(at_instant.credit_opted_out());
  // Before the switch-off, the same customer was offered credit.
  const CheckoutDecision before = Decide(off, Approved(), CartOf("450.00"),
                                         kNow - absl::Minutes(11));
  CHECK_FALSE(before.credit_opted_out());
  CHECK(before.products()[0].offered());
}

TEST_CASE("checkout: each refusal reason, in the fixed order",
          "[checkout][s7]") {
  const CreditSwitchHistory on;
  SECTION("currency_not_supported") {
    const Cart euro{*Money::Parse("450.00", kEur), absl::CivilDay(2026, 3, 10),
                    std::nullopt};
    const CheckoutDecision d = Decide(on, Approved(), euro);
    for (const auto& p : d.products()) {
      // The assessments are in GBP too, so the limit cannot be verified.
      CHECK(Codes(p) == std::vector<std::string>{"currency_not_supported",
                                                 "exceeds_credit_limit"});
    }
  }
  SECTION("product_closed (wound down)") {
    const Catalog example = tenor::ExampleCatalog();
    std::vector<tenor::CatalogProduct> products(example.products().begin(),
                                                example.products().end());
    products[1].open_to_new_agreements = false;
    const Catalog catalog = *Catalog::Create(products);
    const CheckoutDecision d =
        Decide(on, Approved(), CartOf("450.00"), kNow, catalog);
    CHECK(d.products()[0].offered());
    CHECK(Codes(d.products()[1]) == std::vector<std::string>{"product_closed"});
  }
  SECTION("below_minimum and above_maximum, inclusive bounds") {
    CHECK(Decide(on, Approved(), CartOf("1.00")).Find("pay-in-30")->offered());
    CHECK(Codes(*Decide(on, Approved(), CartOf("0.99")).Find("pay-in-30")) ==
          std::vector<std::string>{"below_minimum"});
    CHECK(Decide(on, Approved(), CartOf("1000.00"))
              .Find("pay-in-30")
              ->offered());
    CHECK(Codes(*Decide(on, Approved(), CartOf("1000.01")).Find("pay-in-30")) ==
          std::vector<std::string>{"above_maximum"});
    CHECK(Codes(*Decide(on, Approved(), CartOf("24.99")).Find("pay-in-3")) ==
          std::vector<std::string>{"below_minimum"});
    CHECK(Decide(on, Approved(), CartOf("25.00")).Find("pay-in-3")->offered());
  }
  SECTION("financing below every term's minimum is below_minimum") {
    CHECK(Codes(*Decide(on, Approved(), CartOf("98.99")).Find("financing")) ==
          std::vector<std::string>{"below_minimum"});
    const auto d = Decide(on, Approved(), CartOf("99.00"));
    const tenor::Offer& offer = *d.Find("financing")->offer;
    CHECK(std::vector<int>(offer.terms().begin(), offer.terms().end()) ==
          std::vector<int>{6});
    const auto all = Decide(on, Approved("20000.00"), CartOf("999.00"));
    CHECK(all.Find("financing")->offer->terms().size() == 5);
    CHECK(Codes(*Decide(on, Approved("20000.00"), CartOf("10000.01"))
                     .Find("financing")) ==
          std::vector<std::string>{"above_maximum"});
  }
  SECTION("credit_check_required: none, or only a weaker kind") {
    CHECK(Codes(*Decide(on, {}, CartOf("450.00")).Find("pay-in-30")) ==
          std::vector<std::string>{"credit_check_required"});
    const std::vector<CreditAssessment> soft_only = {
        {AssessmentKind::kSoft, AssessmentOutcome::kApproved, Gbp("5000.00"),
         At(2026, 3, 1)}};
    const auto d = Decide(on, soft_only, CartOf("450.00"));
    CHECK(d.Find("pay-in-30")->offered());
    CHECK(Codes(*d.Find("financing")) ==
          std::vector<std::string>{"credit_check_required"});
    // An assessment made after the checkout instant does not count.
    const std::vector<CreditAssessment> future = {
        {AssessmentKind::kHard, AssessmentOutcome::kApproved, Gbp("5000.00"),
         kNow + absl::Seconds(1)}};
    CHECK(Codes(*Decide(on, future, CartOf("450.00")).Find("pay-in-30")) ==
          std::vector<std::string>{"credit_check_required"});
  }
  SECTION("a hard check satisfies a soft requirement") {
    const std::vector<CreditAssessment> hard_only = {
        {AssessmentKind::kHard, AssessmentOutcome::kApproved, Gbp("5000.00"),
         At(2026, 3, 1)}};
    const auto d = Decide(on, hard_only, CartOf("450.00"));
    for (const auto& p : d.products()) CHECK(p.offered());
  }
  SECTION("credit_check_expired: valid up to and including 30 days") {
    const absl::Time made = kNow - absl::Hours(24 * 30);
    CHECK(Decide(on, Approved("5000.00", made), CartOf("450.00"))
              .Find("pay-in-3")
              ->offered());
    const auto d = Decide(on, Approved("5000.00", made - absl::Seconds(1)),
                          CartOf("450.00"));
    CHECK(Codes(*d.Find("pay-in-3")) ==
          std::vector<std::string>{"credit_check_expired"});
  }
  SECTION("credit_check_declined: the most recent assessment decides") {
    std::vector<CreditAssessment> a = Approved();
    a.push_back({AssessmentKind::kHard, AssessmentOutcome::kDeclined,
                 Gbp("0.00"), At(2026, 3, 5)});
    const auto d = Decide(on, a, CartOf("450.00"));
    for (const auto& p : d.products()) {
      CHECK(Codes(p) == std::vector<std::string>{"credit_check_declined"});
    }
  }
  SECTION("exceeds_credit_limit counts the outstanding balance") {
    CHECK(Decide(on, Approved("500.00"), CartOf("450.00"), kNow,
                 tenor::ExampleCatalog(), Gbp("50.00"))
              .Find("pay-in-3")
              ->offered());
    const auto d = Decide(on, Approved("500.00"), CartOf("450.00"), kNow,
                          tenor::ExampleCatalog(), Gbp("50.01"));
    CHECK(Codes(*d.Find("pay-in-3")) ==
          std::vector<std::string>{"exceeds_credit_limit"});
  }
  SECTION("every reason that applies, in order") {
    const Catalog example = tenor::ExampleCatalog();
    std::vector<tenor::CatalogProduct> products(example.products().begin(),
                                                example.products().end());
    for (auto& p : products) p.open_to_new_agreements = false;
    const Catalog closed = *Catalog::Create(products);
    std::vector<CreditAssessment> old_declined = {
        {AssessmentKind::kHard, AssessmentOutcome::kDeclined, Gbp("0.00"),
         At(2025, 1, 1)}};
    const auto d = Decide(on, old_declined, CartOf("5000.00"), kNow, closed);
    CHECK(Codes(*d.Find("pay-in-3")) ==
          std::vector<std::string>{"product_closed", "above_maximum",
                                   "credit_check_expired",
                                   "credit_check_declined"});
    const auto small = Decide(on, Approved("10.00"), CartOf("20.00"), kNow,
                              closed);
    CHECK(Codes(*small.Find("pay-in-3")) ==
          std::vector<std::string>{"product_closed", "below_minimum",
                                   "exceeds_credit_limit"});
  }
}

TEST_CASE("checkout: an empty catalog offers Pay now only", "[checkout][s7]") {
  const Catalog empty = *Catalog::Create({});
  const CheckoutDecision d =
      Decide(CreditSwitchHistory(), Approved(), CartOf("10.00"), kNow, empty);
  CHECK(d.pay_now_offered());
  CHECK(d.products().empty());
}

TEST_CASE("checkout: bad input is an error naming the field",
          "[checkout][s7]") {
  const CreditSwitchHistory on;
  const Catalog catalog = tenor::ExampleCatalog();
  auto evaluate = [&](Money outstanding, const Cart& cart,
                      std::vector<CreditAssessment> a, absl::Time at) {
    return tenor::EvaluateCheckout(on, a, outstanding, catalog, cart, at);
  };
  TENOR_REQUIRE_FAILS(evaluate(Money::Zero(kGbp), CartOf("0.00"), {}, kNow),
                      absl::StatusCode::kInvalidArgument, "cart amount");
  TENOR_REQUIRE_FAILS(evaluate(Gbp("-1.00"), CartOf("10.00"), {}, kNow),
                      absl::StatusCode::kInvalidArgument,
                      "outstanding balance");
  Cart early = CartOf("10.00");
  early.shipment_date = absl::CivilDay(2026, 3, 9);
  TENOR_REQUIRE_FAILS(evaluate(Money::Zero(kGbp), early, {}, kNow),
                      absl::StatusCode::kInvalidArgument, "shipment_date");
  TENOR_REQUIRE_FAILS(
      evaluate(Money::Zero(kGbp), CartOf("10.00"),
               {{AssessmentKind::kSoft, AssessmentOutcome::kApproved,
                 Gbp("-5.00"), kNow}},
               kNow),
      absl::StatusCode::kInvalidArgument, "assessments[0]");
  TENOR_REQUIRE_FAILS(evaluate(Money::Zero(kGbp), CartOf("10.00"), {},
                               absl::InfiniteFuture()),
                      absl::StatusCode::kInvalidArgument, "instant");
}

TEST_CASE("catalog: validated when built", "[checkout][s7]") {
  const Catalog example = tenor::ExampleCatalog();
  std::vector<tenor::CatalogProduct> products(example.products().begin(),
                                              example.products().end());
  auto with = [&](auto mutate) {
    std::vector<tenor::CatalogProduct> copy = products;
    mutate(copy);
    return Catalog::Create(copy);
  };
  TENOR_REQUIRE_OK(Catalog::Create(products));
  TENOR_REQUIRE_FAILS(with([](auto& c) { c[1].id = c[0].id; }),
                      absl::StatusCode::kInvalidArgument, "used twice");
  TENOR_REQUIRE_FAILS(with([](auto& c) { c[0].id = ""; }),
                      absl::StatusCode::kInvalidArgument, "must not be empty");
  TENOR_REQUIRE_FAILS(with([](auto& c) { c[2].currency = kEur; }),
                      absl::StatusCode::kInvalidArgument, "sold in EUR");
  TENOR_REQUIRE_FAILS(
      with([](auto& c) { c[0].assessment_validity = absl::ZeroDuration(); }),
      absl::StatusCode::kInvalidArgument, "assessment_validity");
  TENOR_REQUIRE_FAILS(with([](auto& c) {
                        std::get<tenor::Financing>(c[2].product)
                            .offered_terms = {};
                      }),
                      absl::StatusCode::kInvalidArgument, "\"financing\"");
}

TEST_CASE("accept: an offer becomes an agreement while credit is on",
          "[checkout][s7]") {
  const CreditSwitchHistory on;
  const CheckoutDecision d = Decide(on, Approved(), CartOf("1000.00"));
  const tenor::Offer& offer = *d.Find("financing")->offer;
  absl::StatusOr<tenor::Agreement> a =
      tenor::Accept(offer, on, kNow + absl::Minutes(2), 12);
  TENOR_REQUIRE_OK(a);
  CHECK(a->product_id() == "financing");
  CHECK(a->term_months() == 12);
  CHECK(a->amount() == Gbp("1000.00"));
  CHECK(a->schedule() == offer.previews()[1]);
  CHECK(a->accepted_at() == kNow + absl::Minutes(2));

  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, kNow), absl::StatusCode::kInvalidArgument,
                      "term_months is required");
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, kNow, 30),
                      absl::StatusCode::kInvalidArgument,
                      "not one of the offered terms");
  const tenor::Offer& pay_in_3 = *d.Find("pay-in-3")->offer;
  TENOR_REQUIRE_OK(tenor::Accept(pay_in_3, on, kNow));
  TENOR_REQUIRE_FAILS(tenor::Accept(pay_in_3, on, kNow, 6),
                      absl::StatusCode::kInvalidArgument, "only for financing");
  TENOR_REQUIRE_FAILS(tenor::Accept(pay_in_3, on, kNow - absl::Seconds(1)),
                      absl::StatusCode::kInvalidArgument,
                      "before the offer was made");
}

TEST_CASE("accept: an offer stays valid after its catalog is destroyed",
          "[checkout][s7]") {
  const CreditSwitchHistory on;
  std::optional<CheckoutDecision> d;
  {
    const Catalog catalog = tenor::ExampleCatalog();
    d = Decide(on, Approved(), CartOf("1000.00"), kNow, catalog);
  }  // the catalog and every copy of it are gone
  const tenor::Offer offer = *d->Find("financing")->offer;  // a copy
  d.reset();
  const auto* f = std::get_if<tenor::Financing>(&offer.product());
  REQUIRE(f != nullptr);
  CHECK(f->offered_terms == std::vector<int>{6, 12, 18, 24, 36});
  CHECK(std::vector<int>(offer.terms().begin(), offer.terms().end()) ==
        std::vector<int>{6, 12, 18, 24, 36});
  absl::StatusOr<tenor::Agreement> a =
      tenor::Accept(offer, on, kNow + absl::Minutes(1), 36);
  TENOR_REQUIRE_OK(a);
  CHECK(a->schedule() == offer.previews()[4]);
}

TEST_CASE("accept: switched off between offer and acceptance fails and "
          "creates nothing",
          "[checkout][s6][s7]") {
  CreditSwitchHistory history;
  const CheckoutDecision d = Decide(history, Approved(), CartOf("450.00"));
  const tenor::Offer offer = *d.Find("pay-in-3")->offer;
  REQUIRE(history
              .RequestOff(kNow + absl::Minutes(1), tenor::Channel::kSelfService,
                          "customer-1")
              .ok());
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, history, kNow + absl::Minutes(2)),
                      absl::StatusCode::kFailedPrecondition, "switch");
  // Backdating the acceptance to before the switch-off does not help.
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, history, kNow + absl::Seconds(30)),
                      absl::StatusCode::kFailedPrecondition, "switch");
  // Nor does an agent switching credit back on: the offer predates the
  // switch-off, so the checkout must be evaluated again.
  REQUIRE(history
              .RequestOn(kNow + absl::Hours(1), tenor::Channel::kCustomerService,
                         "agent-7")
              .ok());
  REQUIRE(history.IsCreditOn(kNow + absl::Hours(2)));
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, history, kNow + absl::Hours(2)),
                      absl::StatusCode::kFailedPrecondition,
                      "after the offer was made");
  // A fresh evaluation after the switch-on offers again and can be accepted.
  const CheckoutDecision again = Decide(history, Approved(), CartOf("450.00"),
                                        kNow + absl::Hours(2));
  TENOR_REQUIRE_OK(tenor::Accept(*again.Find("pay-in-3")->offer, history,
                                 kNow + absl::Hours(2)));
}

TEST_CASE("accept: the history must be the one the offer was made with",
          "[checkout][s7]") {
  CreditSwitchHistory customer;
  REQUIRE(customer
              .RequestOff(At(2026, 1, 1), tenor::Channel::kSelfService, "c-1")
              .ok());
  REQUIRE(customer
              .RequestOn(At(2026, 1, 5), tenor::Channel::kCustomerService,
                         "agent-1")
              .ok());
  const CheckoutDecision d = Decide(customer, Approved(), CartOf("450.00"));
  const tenor::Offer& offer = *d.Find("pay-in-30")->offer;
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, CreditSwitchHistory(), kNow),
                      absl::StatusCode::kInvalidArgument, "does not extend");
  CreditSwitchHistory other;
  REQUIRE(other.RequestOff(At(2026, 1, 1), tenor::Channel::kSelfService, "c-2")
              .ok());
  REQUIRE(other
              .RequestOn(At(2026, 1, 5), tenor::Channel::kCustomerService,
                         "agent-1")
              .ok());
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, other, kNow),
                      absl::StatusCode::kInvalidArgument, "does not extend");
  TENOR_REQUIRE_OK(tenor::Accept(offer, customer, kNow));
}

TEST_CASE("switch off blocks new credit only: existing agreements carry on",
          "[checkout][s6]") {
  CreditSwitchHistory history;
  const CheckoutDecision d = Decide(history, Approved(), CartOf("1000.00"));
  const tenor::Agreement agreement =
      *tenor::Accept(*d.Find("financing")->offer, history, kNow, 6);
  const tenor::Schedule before = agreement.schedule();
  REQUIRE(history
              .RequestOff(kNow + absl::Hours(1), tenor::Channel::kSelfService,
                          "customer-1")
              .ok());
  // The agreement is a value: switching off does not touch it.
  CHECK(agreement.schedule() == before);
  CHECK(agreement.schedule().instalments().size() == 6);
  // New credit is refused.
  CHECK(Decide(history, Approved(), CartOf("1000.00"), kNow + absl::Hours(2))
            .credit_opted_out());
}

TEST_CASE("checkout: one shared catalog, many threads", "[checkout][threads]") {
  const Catalog catalog = tenor::ExampleCatalog();
  const CreditSwitchHistory on;
  const CreditSwitchHistory off = SwitchedOffAt(kNow - absl::Hours(1));
  const std::vector<CreditAssessment> assessments = Approved();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) {
        const bool opted_out = (k + t) % 2 == 0;
        absl::StatusOr<CheckoutDecision> d = tenor::EvaluateCheckout(
            opted_out ? off : on, assessments, Money::Zero(kGbp), catalog,
            CartOf("450.00"), kNow);
        if (!d.ok() || d->credit_opted_out() != opted_out ||
            d->products()[0].offered() == opted_out) {
          ++failures;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(failures.load() == 0);
}

TEST_CASE("checkout: property, opt-out always wins and requirements met "
          "means offered",
          "[checkout][s6][s7][property]") {
  std::mt19937_64 rng(424242);
  auto pick = [&](int n) {
    return static_cast<int>(rng() % static_cast<uint64_t>(n));
  };
  const absl::Time origin = At(2026, 1, 1);
  const Catalog example = tenor::ExampleCatalog();
  const std::vector<tenor::CatalogProduct> base(example.products().begin(),
                                                example.products().end());
  int offers_seen = 0;
  int opted_out_seen = 0;
  for (int k = 0; k < 10'000; ++k) {
    // A random history: alternating-ish events at increasing instants.
    tenor::CreditSwitchPolicy policy;
    policy.re_enable_delay = absl::Hours(pick(3) * 24);
    CreditSwitchHistory history = *CreditSwitchHistory::Create(policy);
    absl::Time t = origin;
    const int events = pick(5);
    for (int e = 0; e < events; ++e) {
      t += absl::Minutes(1 + pick(60 * 24 * 10));
      if (pick(2) == 0) {
        (void)history.RequestOff(t, tenor::Channel::kSelfService, "c");
      } else {
        (void)history.RequestOn(t, tenor::Channel::kCustomerService, "agent");
      }
    }
    const absl::Time at = origin + absl::Minutes(pick(60 * 24 * 60));
    // Random catalog variations.
    std::vector<tenor::CatalogProduct> products = base;
    for (auto& p : products) p.open_to_new_agreements = pick(5) != 0;
    const Catalog catalog = *Catalog::Create(products);
    // Random assessments.
    std::vector<CreditAssessment> assessments;
    for (int a = pick(3); a > 0; --a) {
      assessments.push_back(
          {pick(2) == 0 ? AssessmentKind::kSoft : AssessmentKind::kHard,
           pick(4) == 0 ? AssessmentOutcome::kDeclined
                        : AssessmentOutcome::kApproved,
           Money::FromMinorUnits(pick(1'000'000), kGbp),
           at - absl::Minutes(pick(60 * 24 * 40))});
    }
    const Money amount = Money::FromMinorUnits(1 + pick(1'200'000), kGbp);
    const Money outstanding = Money::FromMinorUnits(pick(100'000), kGbp);
    const Cart cart{amount, absl::CivilDay(2026, 3, 10), std::nullopt};
    absl::StatusOr<CheckoutDecision> d = tenor::EvaluateCheckout(
        history, assessments, outstanding, catalog, cart, at,
        tenor::CheckoutOptions{/*include_previews=*/k % 10 == 0});
    REQUIRE(d.ok());
    const bool on = history.IsCreditOn(at);
    if (!on) {
      ++opted_out_seen;
      REQUIRE(d->credit_opted_out());
      for (const auto& p : d->products()) {
        REQUIRE_FALSE(p.offered());
        REQUIRE(p.reasons.size() == 1);
        REQUIRE(p.reasons.Has(RefusalReason::kCreditOptedOut));
      }
      continue;
    }
    for (size_t i = 0; i < products.size(); ++i) {
      const tenor::CatalogProduct& p = products[i];
      const tenor::ProductDecision& pd = d->products()[i];
      // Independent model of "every requirement holds".
      const tenor::AmountLimits& limits = tenor::LimitsOf(p.product);
      bool amount_ok = !limits.maximum || amount <= *limits.maximum;
      if (const auto* f = std::get_if<tenor::Financing>(&p.product)) {
        amount_ok = amount_ok && amount >= *f->MinimumFor(6);
      } else {
        amount_ok = amount_ok && amount >= *limits.minimum;
      }
      const CreditAssessment* deciding =
          tenor::DecidingAssessment(assessments, p.required_assessment, at);
      const bool check_ok =
          deciding != nullptr &&
          deciding->outcome == AssessmentOutcome::kApproved &&
          at - deciding->made_at <= p.assessment_validity &&
          amount.minor_units() + outstanding.minor_units() <=
              deciding->limit.minor_units();
      const bool expected = p.open_to_new_agreements && amount_ok && check_ok;
      INFO("case " << k << " product " << p.id);
      REQUIRE(pd.offered() == expected);
      REQUIRE(pd.offered() == pd.reasons.empty());
      if (pd.offered()) {
        ++offers_seen;
        // Acceptance succeeds now, and fails once credit is switched off.
        const absl::Time accept_at = at + absl::Seconds(1);
        const bool no_later_events =
            history.events().empty() || history.events().back().instant <= at;
        if (no_later_events && history.IsCreditOn(accept_at)) {
          const std::optional<int> term =
              pd.offer->terms().empty()
                  ? std::nullopt
                  : std::optional<int>(pd.offer->terms()[0]);
          if (k % 25 == 0) {
            REQUIRE(tenor::Accept(*pd.offer, history, accept_at, term).ok());
          }
          CreditSwitchHistory later = history;
          const absl::Time off_at =
              std::max(accept_at, later.events().empty()
                                      ? accept_at
                                      : later.events().back().instant);
          REQUIRE(later.RequestOff(off_at, tenor::Channel::kSelfService, "c")
                      .ok());
          REQUIRE(absl::IsFailedPrecondition(
              tenor::Accept(*pd.offer, later, off_at + absl::Seconds(1), term)
                  .status()));
        }
      }
    }
  }
  CHECK(offers_seen > 500);
  CHECK(opted_out_seen > 1000);
}

}  // namespace
