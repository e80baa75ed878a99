// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The error model (docs/errors.md): for each public function listed there,
// an input that triggers each Status code it can return, checked for the
// code and for a message that names the field; then the all-or-nothing
// rule: every refused mutation of a Ledger or a CreditSwitchHistory leaves
// it == to what it was (and so does a duplicate).

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using absl::StatusCode;
using tenor::Money;

constexpr StatusCode kInvalid = StatusCode::kInvalidArgument;
constexpr StatusCode kRange = StatusCode::kOutOfRange;
constexpr StatusCode kPrecondition = StatusCode::kFailedPrecondition;

const tenor::Currency kGbp = *tenor::Currency::FromCode("GBP");
const tenor::Currency kEur = *tenor::Currency::FromCode("EUR");
const absl::CivilDay kDay(2026, 1, 15);
const absl::Time kAt = absl::FromUnixSeconds(1'773'136'800);  // 2026-03-10T10:00Z

Money Gbp(int64_t minor) { return Money::FromMinorUnits(minor, kGbp); }

TEST_CASE("errors: money, rates, rounding and splits", "[errors][s1][s2]") {
  TENOR_REQUIRE_FAILS(tenor::Currency::FromCode("gbp"), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::Currency::FromCode("XYZ"), StatusCode::kNotFound, "");
  TENOR_REQUIRE_FAILS(tenor::Currency::Custom("XT", 2), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::Currency::Custom("XTS", 5), kInvalid, "exponent");

  TENOR_REQUIRE_FAILS(Money::Parse("1,000.00", kGbp), kInvalid, "1,000.00");
  TENOR_REQUIRE_FAILS(Money::Parse("", kGbp), kInvalid, "");
  TENOR_REQUIRE_FAILS(Money::Parse("1.005", kGbp), kInvalid, "");
  TENOR_REQUIRE_FAILS(Money::Parse("92233720368547758.08", kGbp), kRange, "");
  TENOR_REQUIRE_FAILS(Gbp(1).Add(Money::FromMinorUnits(1, kEur)), kInvalid, "");
  TENOR_REQUIRE_FAILS(Gbp(INT64_MAX).Add(Gbp(1)), kRange, "");
  TENOR_REQUIRE_FAILS(Gbp(1).Subtract(Money::FromMinorUnits(1, kEur)), kInvalid, "");
  TENOR_REQUIRE_FAILS(Gbp(INT64_MIN).Subtract(Gbp(1)), kRange, "");
  TENOR_REQUIRE_FAILS(Gbp(INT64_MIN).Negate(), kRange, "");
  TENOR_REQUIRE_FAILS(Gbp(INT64_MAX / 2 + 1).Multiply(2), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::Compare(Gbp(1), Money::FromMinorUnits(1, kEur)),
                      kInvalid, "");

  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("+1"), kInvalid, "'+'");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("1.0000001"), kInvalid, "decimal");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-1"), kRange, "negative");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("1000.5"), kRange, "maximum");
  TENOR_REQUIRE_FAILS(tenor::Rate::FromMicroPercent(-1), kRange, "negative");
  TENOR_REQUIRE_FAILS(tenor::Rate::FromMicroPercent(tenor::Rate::kMaxMicroPercent + 1),
                      kRange, "maximum");

  TENOR_REQUIRE_FAILS(tenor::RoundDivide(1, 0, tenor::RoundingMode::kHalfUp),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::RoundDivide(absl::int128(INT64_MAX) * 4, 2,
                                         tenor::RoundingMode::kHalfUp),
                      kRange, "");
  for (const std::string_view bad : {"", "HALF_UP", "nearest"}) {
    TENOR_REQUIRE_FAILS(tenor::ParseRoundingMode(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseRemainderPlacement(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseProductKind(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseTimeBasis(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseSwitchAction(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseChannel(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseAssessmentKind(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseAssessmentOutcome(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseInstalmentStatus(bad), kInvalid, "");
    TENOR_REQUIRE_FAILS(tenor::ParseArrearsState(bad), kInvalid, "");
  }

  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(Gbp(-1), 3), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(Gbp(100), 0), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::SplitEvenly(Gbp(100), tenor::kMaxSplitParts + 1),
                      kInvalid, "");
  const std::vector<int64_t> zero_weights{0, 0};
  const std::vector<int64_t> negative_weight{1, -1};
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(Gbp(100), {}), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(Gbp(100), zero_weights), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(Gbp(100), negative_weight), kInvalid,
                      "1");
  TENOR_REQUIRE_FAILS(tenor::SplitByWeights(Gbp(-100), zero_weights), kInvalid, "");
}

TEST_CASE("errors: calendar", "[errors][s3]") {
  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026-02-29"), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026-1-5"), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("0000-01-01"), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(tenor::kMaxSupportedDate, 1), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(absl::CivilDay(0, 6, 1), 12), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddDays(tenor::kMinSupportedDate, -1), kRange, "");
}

TEST_CASE("errors: products and amount limits", "[errors][s4]") {
  tenor::AmountLimits limits;
  limits.minimum = Gbp(-1);
  TENOR_REQUIRE_FAILS(limits.Validate(), kInvalid, "minimum");
  limits.minimum = Gbp(100);
  limits.maximum = Gbp(0);
  TENOR_REQUIRE_FAILS(limits.Validate(), kInvalid, "maximum");
  limits.maximum = Money::FromMinorUnits(1000, kEur);
  TENOR_REQUIRE_FAILS(limits.Validate(), kInvalid, "");
  limits.maximum = Gbp(50);
  TENOR_REQUIRE_FAILS(limits.Validate(), kInvalid, "");
  limits.maximum = Gbp(1000);
  TENOR_REQUIRE_OK(limits.Validate());
  TENOR_REQUIRE_FAILS(limits.Check(Money::FromMinorUnits(500, kEur)), kInvalid, "");
  TENOR_REQUIRE_FAILS(limits.Check(Gbp(99)), kRange, "");
  TENOR_REQUIRE_FAILS(limits.Check(Gbp(1001)), kRange, "");

  tenor::PayIn30Days p30;
  p30.days = 0;
  TENOR_REQUIRE_FAILS(p30.Validate(), kInvalid, "days");
  TENOR_REQUIRE_FAILS(tenor::ValidateProduct(p30), kInvalid, "days");
  tenor::PayInN pn;
  pn.count = 13;
  TENOR_REQUIRE_FAILS(pn.Validate(), kInvalid, "count");
  tenor::Financing f;
  f.offered_terms = {};
  TENOR_REQUIRE_FAILS(f.Validate(), kInvalid, "offered_terms");
  f.offered_terms = {6, 6};
  TENOR_REQUIRE_FAILS(f.Validate(), kInvalid, "");
  f.offered_terms = {6};
  f.rounding = static_cast<tenor::RoundingMode>(99);
  TENOR_REQUIRE_FAILS(f.Validate(), kInvalid, "");
}

TEST_CASE("errors: schedules", "[errors][s4]") {
  tenor::Financing f;
  f.rate = *tenor::Rate::Parse("12");
  f.limits.minimum = Gbp(10'000);
  f.limits.maximum = Gbp(1'000'000);
  f.term_minimums = {{36, Gbp(50'000)}};
  // BuildFinancingSchedule: InvalidArgument, OutOfRange.
  tenor::Financing bad = f;
  bad.offered_terms = {};
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(bad, Gbp(100'000), 6, kDay),
                      kInvalid, "offered_terms");
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(f, Gbp(100'000), 7, kDay),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(f, Gbp(0), 6, kDay), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(f, Money::FromMinorUnits(100'000, kEur), 6, kDay),
      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(f, Gbp(5'000), 6, kDay), kRange,
                      "");
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(f, Gbp(20'000), 36, kDay), kRange,
                      "");
  TENOR_REQUIRE_FAILS(tenor::BuildFinancingSchedule(f, Gbp(100'000), 36,
                                                    absl::CivilDay(9998, 1, 1)),
                      kRange, "");
  // PreviewFinancing: no limits, but still too small for the term.
  TENOR_REQUIRE_OK(tenor::PreviewFinancing(f, Gbp(5'000), 6, kDay));
  TENOR_REQUIRE_FAILS(tenor::PreviewFinancing(f, Gbp(5), 36, kDay), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::PreviewFinancing(f, Gbp(-5), 36, kDay), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::QuoteFinancing(bad, Gbp(100'000), kDay), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::QuoteFinancing(f, Gbp(100'000), absl::CivilDay(9998, 1, 1)),
                      kRange, "");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp(0), f.rate, 6), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp(100), f.rate, 0), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp(100'000), f.rate, 6,
                                          static_cast<tenor::RoundingMode>(42)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp(1), f.rate, 36), kRange, "");

  tenor::PayInN pn;
  pn.limits.minimum = Gbp(1'000);
  tenor::PayInN bad_n = pn;
  bad_n.interval_days = 0;
  TENOR_REQUIRE_FAILS(tenor::BuildPayInNSchedule(bad_n, Gbp(10'000), kDay), kInvalid,
                      "interval_days");
  TENOR_REQUIRE_FAILS(tenor::BuildPayInNSchedule(pn, Gbp(-1), kDay), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildPayInNSchedule(pn, Gbp(999), kDay), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(pn, Gbp(2), kDay), kRange, "");
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(pn, Gbp(10'000), tenor::kMaxSupportedDate),
                      kRange, "");

  tenor::PayIn30Days p30;
  p30.limits.maximum = Gbp(100'000);
  tenor::PayIn30Days bad_30 = p30;
  bad_30.max_extensions = -1;
  TENOR_REQUIRE_FAILS(tenor::BuildPayIn30DaysSchedule(bad_30, Gbp(100), kDay),
                      kInvalid, "max_extensions");
  TENOR_REQUIRE_FAILS(tenor::BuildPayIn30DaysSchedule(p30, Gbp(0), kDay), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildPayIn30DaysSchedule(p30, Gbp(100'001), kDay), kRange,
                      "");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayIn30Days(p30, Gbp(100'001), tenor::kMaxSupportedDate - 5),
      kRange, "");
  // ExtendPayIn30Days: InvalidArgument, FailedPrecondition, OutOfRange.
  const tenor::Schedule s = *tenor::PreviewPayIn30Days(p30, Gbp(100), kDay);
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(s, bad_30), kInvalid, "");
  TENOR_REQUIRE_FAILS(
      tenor::ExtendPayIn30Days(*tenor::PreviewPayInN(pn, Gbp(10'000), kDay), p30),
      kInvalid, "");
  const tenor::Schedule once = *tenor::ExtendPayIn30Days(s, p30);
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(once, p30), kPrecondition, "");
  const tenor::Schedule late =
      *tenor::PreviewPayIn30Days(p30, Gbp(100), tenor::kMaxSupportedDate - 35);
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(late, p30), kRange, "");
}

TEST_CASE("errors: APR", "[errors][s5]") {
  const std::vector<tenor::DatedFlow> advance{{Gbp(100'000), absl::CivilDay(1994, 1, 1)}};
  const std::vector<tenor::DatedFlow> repay{{Gbp(120'000), absl::CivilDay(1995, 7, 1)}};
  const auto apr = [](const std::vector<tenor::DatedFlow>& a,
                      const std::vector<tenor::DatedFlow>& r, int decimals = 1) {
    return tenor::ComputeApr(a, r, tenor::TimeBasis::kDays365, decimals);
  };
  TENOR_REQUIRE_OK(apr(advance, repay));
  TENOR_REQUIRE_FAILS(apr(advance, repay, 7), kInvalid, "decimals");
  TENOR_REQUIRE_FAILS(apr({}, repay), kInvalid, "advances");
  TENOR_REQUIRE_FAILS(apr(advance, {}), kInvalid, "repayments");
  TENOR_REQUIRE_FAILS(apr(advance, {{Gbp(-1), absl::CivilDay(1995, 1, 1)}}), kInvalid,
                      "repayments[0]");
  TENOR_REQUIRE_FAILS(apr(advance, {{Money::FromMinorUnits(120'000, kEur),
                                     absl::CivilDay(1995, 1, 1)}}),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(apr(advance, {{Gbp(120'000), absl::CivilDay(1993, 1, 1)}}),
                      kInvalid, "before the first drawdown");
  TENOR_REQUIRE_FAILS(apr(advance, {{Gbp(90'000), absl::CivilDay(1995, 1, 1)}}),
                      kInvalid, "less than");
  TENOR_REQUIRE_FAILS(apr({{Gbp(0), absl::CivilDay(1994, 1, 1)}}, repay), kInvalid,
                      "zero");
  TENOR_REQUIRE_FAILS(
      tenor::ComputeApr(advance, {{Gbp(120'000), absl::CivilDay(1995, 7, 2)}},
                        tenor::TimeBasis::kMonths),
      kInvalid, "repayments[0]");
  // A surplus repaid before a second drawdown: the root may not be unique.
  TENOR_REQUIRE_FAILS(apr({{Gbp(100'000), absl::CivilDay(1994, 1, 1)},
                           {Gbp(100'000), absl::CivilDay(1996, 1, 1)}},
                          {{Gbp(150'000), absl::CivilDay(1995, 1, 1)},
                           {Gbp(150'000), absl::CivilDay(1997, 1, 1)}}),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(apr(advance, {{Gbp(120'000), absl::CivilDay(10000, 1, 1)}}),
                      kRange, "");
  // An APR above kMaxAprPercent: everything back a thousandfold a day later.
  TENOR_REQUIRE_FAILS(apr(advance, {{Gbp(100'000'000), absl::CivilDay(1994, 1, 2)}}),
                      kRange, "");
  const std::vector<int64_t> payments{60'000, 60'000};
  TENOR_REQUIRE_OK(tenor::ComputeMonthlyApr(100'000, payments));
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(100'000, payments, -1), kInvalid,
                      "decimals");
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(0, payments), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(100'000, {}), kInvalid, "");
  const std::vector<int64_t> negative{-1, 200'000};
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(100'000, negative), kInvalid, "[0]");
  const std::vector<int64_t> short_payments{40'000, 40'000};
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(100'000, short_payments), kInvalid,
                      "less than");
  const std::vector<int64_t> huge{INT64_MAX / 2};
  TENOR_REQUIRE_FAILS(tenor::ComputeMonthlyApr(1, huge), kRange, "");
}

TEST_CASE("errors: credit switch", "[errors][s6]") {
  tenor::CreditSwitchPolicy policy;
  policy.re_enable_delay = -absl::Hours(1);
  TENOR_REQUIRE_FAILS(tenor::ValidatePolicy(policy), kInvalid, "re_enable_delay");
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::Create(policy), kInvalid,
                      "re_enable_delay");
  policy.re_enable_delay = absl::ZeroDuration();
  policy.min_off_period = absl::InfiniteDuration();
  TENOR_REQUIRE_FAILS(tenor::ValidatePolicy(policy), kInvalid, "min_off_period");
  policy.min_off_period = tenor::kMaxSwitchPolicyDuration + absl::Seconds(1);
  TENOR_REQUIRE_FAILS(tenor::ValidatePolicy(policy), kInvalid, "min_off_period");
  policy.min_off_period = absl::Hours(24);
  tenor::CreditSwitchHistory h = *tenor::CreditSwitchHistory::Create(policy);
  TENOR_REQUIRE_FAILS(h.RequestOff(absl::InfinitePast(), tenor::Channel::kSelfService,
                                   "c"),
                      kInvalid, "");
  TENOR_REQUIRE_OK(h.RequestOff(kAt, tenor::Channel::kSelfService, "c"));
  TENOR_REQUIRE_FAILS(h.RequestOff(kAt - absl::Seconds(1),
                                   tenor::Channel::kSelfService, "c"),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOff(kAt, static_cast<tenor::Channel>(9), "c"),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOff(kAt, tenor::Channel::kSelfService, " "), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(h.RequestOn(tenor::kMaxSwitchInstant,
                                  tenor::Channel::kCustomerService, "a"),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOn(kAt - absl::Seconds(1),
                                  tenor::Channel::kCustomerService, "a"),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOn(kAt, static_cast<tenor::Channel>(9), "a"),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOn(kAt, tenor::Channel::kCustomerService, ""),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(h.RequestOn(kAt + absl::Hours(48), tenor::Channel::kSelfService,
                                  "c"),
                      StatusCode::kPermissionDenied, "");
  TENOR_REQUIRE_FAILS(h.RequestOn(kAt + absl::Hours(1),
                                  tenor::Channel::kCustomerService, "a"),
                      kPrecondition, "");
  // FromEvents: the first refused event fails the whole load, naming it.
  std::vector<tenor::CreditSwitchEvent> events{
      {kAt, tenor::SwitchAction::kOff, tenor::Channel::kSelfService, "c"},
      {kAt - absl::Hours(1), tenor::SwitchAction::kOff, tenor::Channel::kSelfService,
       "c"}};
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(events), kInvalid, "1");
  events[1] = {kAt, static_cast<tenor::SwitchAction>(5), tenor::Channel::kSelfService,
               "c"};
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(events), kInvalid, "1");
  events[1] = {kAt, tenor::SwitchAction::kOn, tenor::Channel::kSelfService, "c"};
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(events),
                      StatusCode::kPermissionDenied, "1");
  events[1] = {kAt, tenor::SwitchAction::kOn, tenor::Channel::kCustomerService, "a"};
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(events, policy),
                      kPrecondition, "1");
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(
                          events, tenor::CreditSwitchPolicy{-absl::Hours(1), {}}),
                      kInvalid, "");
}

TEST_CASE("errors: checkout, catalogs, assessments and acceptance",
          "[errors][s7]") {
  TENOR_REQUIRE_FAILS(tenor::ValidateAssessment({tenor::AssessmentKind::kSoft,
                                                 tenor::AssessmentOutcome::kApproved,
                                                 Gbp(-1), kAt}),
                      kInvalid, "limit");
  TENOR_REQUIRE_FAILS(tenor::ValidateAssessment({tenor::AssessmentKind::kSoft,
                                                 tenor::AssessmentOutcome::kApproved,
                                                 Gbp(1), absl::InfiniteFuture()}),
                      kInvalid, "made_at");
  const tenor::Catalog example = tenor::ExampleCatalog();
  std::vector<tenor::CatalogProduct> products(example.products().begin(),
                                              example.products().end());
  std::vector<tenor::CatalogProduct> dup = products;
  dup[1].id = dup[0].id;
  TENOR_REQUIRE_FAILS(tenor::Catalog::Create(dup), kInvalid, dup[0].id);
  std::vector<tenor::CatalogProduct> no_id = products;
  no_id[0].id = "";
  TENOR_REQUIRE_FAILS(tenor::Catalog::Create(no_id), kInvalid, "");
  std::vector<tenor::CatalogProduct> validity = products;
  validity[0].assessment_validity = absl::ZeroDuration();
  TENOR_REQUIRE_FAILS(tenor::Catalog::Create(validity), kInvalid, "");

  const tenor::CreditSwitchHistory on;
  const std::vector<tenor::CreditAssessment> assessments{
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       Gbp(10'000'000), kAt - absl::Hours(1)}};
  const tenor::Cart cart{Gbp(45'000), absl::CivilDay(2026, 3, 10), std::nullopt};
  const auto evaluate = [&](const tenor::Cart& c, Money outstanding, absl::Time at,
                            const std::vector<tenor::CreditAssessment>& a) {
    return tenor::EvaluateCheckout(on, a, outstanding, example, c, at);
  };
  TENOR_REQUIRE_OK(evaluate(cart, Gbp(0), kAt, assessments));
  TENOR_REQUIRE_FAILS(evaluate({Gbp(0), cart.purchase_date, std::nullopt}, Gbp(0), kAt,
                               assessments),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(evaluate({Gbp(100), absl::CivilDay(10000, 1, 1), std::nullopt},
                               Gbp(0), kAt, assessments),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(evaluate({Gbp(100), cart.purchase_date, cart.purchase_date - 1},
                               Gbp(0), kAt, assessments),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(evaluate(cart, Gbp(-1), kAt, assessments), kInvalid, "");
  // A Pay in 30 days preview due past 9999-12-31 is OutOfRange, naming the
  // product (found by checkout_fuzz); without previews the same cart is OK.
  const tenor::Cart at_the_end{Gbp(10'000), absl::CivilDay(9999, 12, 23),
                               std::nullopt};
  TENOR_REQUIRE_FAILS(evaluate(at_the_end, Gbp(0), kAt, assessments), kRange,
                      "pay-in-30");
  tenor::CheckoutOptions no_previews;
  no_previews.include_previews = false;
  TENOR_REQUIRE_OK(tenor::EvaluateCheckout(on, assessments, Gbp(0), example,
                                           at_the_end, kAt, no_previews));
  TENOR_REQUIRE_FAILS(evaluate(cart, Gbp(0), absl::InfiniteFuture(), assessments),
                      kInvalid, "");
  std::vector<tenor::CreditAssessment> bad_assessment = assessments;
  bad_assessment.push_back({tenor::AssessmentKind::kSoft,
                            tenor::AssessmentOutcome::kApproved, Gbp(-5), kAt});
  TENOR_REQUIRE_FAILS(evaluate(cart, Gbp(0), kAt, bad_assessment), kInvalid, "1");

  // Accept: FailedPrecondition and InvalidArgument.
  const tenor::CheckoutDecision d = *evaluate(cart, Gbp(0), kAt, assessments);
  const tenor::ProductDecision* financing = nullptr;
  for (const tenor::ProductDecision& p : d.products()) {
    if (p.product_kind == tenor::ProductKind::kFinancing && p.offered()) financing = &p;
  }
  REQUIRE(financing != nullptr);
  const tenor::Offer& offer = *financing->offer;
  const int term = offer.terms()[0];
  TENOR_REQUIRE_OK(tenor::Accept(offer, on, kAt + absl::Minutes(1), term));
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, kAt + absl::Minutes(1)), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, kAt + absl::Minutes(1), 7), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, kAt - absl::Minutes(1), term), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, on, absl::InfiniteFuture(), term), kInvalid,
                      "");
  tenor::CreditSwitchHistory off = on;
  TENOR_REQUIRE_OK(off.RequestOff(kAt + absl::Seconds(30), tenor::Channel::kSelfService,
                                  "c"));
  TENOR_REQUIRE_FAILS(tenor::Accept(offer, off, kAt + absl::Minutes(1), term),
                      kPrecondition, "");
  // An offer made with a history of two events, accepted with an older copy.
  tenor::CreditSwitchHistory longer;
  TENOR_REQUIRE_OK(longer.RequestOff(kAt - absl::Hours(5), tenor::Channel::kSelfService,
                                     "c"));
  TENOR_REQUIRE_OK(longer.RequestOn(kAt - absl::Hours(4),
                                    tenor::Channel::kCustomerService, "a"));
  const tenor::CheckoutDecision later_decision = *tenor::EvaluateCheckout(
      longer, assessments, Gbp(0), example, cart, kAt);
  const tenor::Offer& later_offer = *later_decision.Find(financing->product_id)->offer;
  TENOR_REQUIRE_FAILS(tenor::Accept(later_offer, on, kAt + absl::Minutes(1), term),
                      kInvalid, "");
  TENOR_REQUIRE_OK(tenor::Accept(later_offer, longer, kAt + absl::Minutes(1), term));
}

tenor::Ledger PayIn3Ledger() {
  const tenor::Schedule s =
      *tenor::PreviewPayInN(tenor::PayInN{}, Gbp(10'000), absl::CivilDay(2026, 1, 31));
  return *tenor::Ledger::Create(s);
}

TEST_CASE("errors: ledger", "[errors][s8]") {
  tenor::LedgerOptions options;
  options.grace_days = -1;
  TENOR_REQUIRE_FAILS(tenor::ValidateLedgerOptions(options), kInvalid, "grace_days");
  options.grace_days = tenor::kMaxGraceDays + 1;
  TENOR_REQUIRE_FAILS(tenor::ValidateLedgerOptions(options), kInvalid, "grace_days");
  options.grace_days = 0;
  options.late_fees = tenor::LateFeePolicy{};
  options.late_fees->fee = 0;
  TENOR_REQUIRE_FAILS(tenor::ValidateLedgerOptions(options), kInvalid, "fee");
  options.late_fees->fee = 500;
  options.late_fees->max_total_percent = 101;
  TENOR_REQUIRE_FAILS(tenor::ValidateLedgerOptions(options), kInvalid,
                      "max_total_percent");
  const tenor::Schedule s = PayIn3Ledger().schedule();
  TENOR_REQUIRE_FAILS(tenor::Ledger::Create(s, options), kInvalid, "max_total_percent");
  const tenor::Schedule huge = *tenor::PreviewPayIn30Days(
      tenor::PayIn30Days{}, Gbp(int64_t{1} << 61), absl::CivilDay(2026, 1, 1));
  TENOR_REQUIRE_FAILS(tenor::Ledger::Create(huge), kRange, "");

  tenor::Ledger l = PayIn3Ledger();
  const absl::CivilDay d(2026, 2, 1);
  TENOR_REQUIRE_OK(l.RecordPayment("P1", Gbp(3'334), d));
  TENOR_REQUIRE_OK(l.RecordRefund("R1", Gbp(100), d));
  TENOR_REQUIRE_OK(l.RecordFee("F1", Gbp(100), d));
  // RecordPayment.
  TENOR_REQUIRE_FAILS(l.RecordPayment("", Gbp(1), d), kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordPayment(std::string(tenor::kMaxTransactionIdLength + 1, 'x'),
                                      Gbp(1), d),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P2", Gbp(0), d), kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P2", Money::FromMinorUnits(1, kEur), d), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P2", Gbp(1), absl::CivilDay(10000, 1, 1)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P2", Gbp(1), d, d - 1), kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P1", Gbp(1), d), StatusCode::kAlreadyExists,
                      "P1");
  TENOR_REQUIRE_FAILS(l.RecordPayment("R1", Gbp(100), d), StatusCode::kAlreadyExists,
                      "R1");
  TENOR_REQUIRE_FAILS(l.RecordPayment("P2", Gbp(int64_t{1} << 62), d), kRange, "");
  // RecordReversal.
  TENOR_REQUIRE_FAILS(l.RecordReversal("P9", d), StatusCode::kNotFound, "P9");
  TENOR_REQUIRE_FAILS(l.RecordReversal("R1", d), kInvalid, "R1");
  TENOR_REQUIRE_FAILS(l.RecordReversal("P1", d - 1), kInvalid, "");
  TENOR_REQUIRE_OK(l.RecordReversal("P1", d + 3));
  TENOR_REQUIRE_FAILS(l.RecordReversal("P1", d + 4), StatusCode::kAlreadyExists, "P1");
  // RecordRefund: more than the order.
  TENOR_REQUIRE_FAILS(l.RecordRefund("R2", Gbp(10'000), d), kRange, "");
  TENOR_REQUIRE_FAILS(l.RecordRefund("R2", Gbp(-1), d), kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordRefund("F1", Gbp(100), d), StatusCode::kAlreadyExists,
                      "F1");
  // RecordFee.
  TENOR_REQUIRE_FAILS(l.RecordFee("F2", Gbp(0), d), kInvalid, "");
  TENOR_REQUIRE_FAILS(l.RecordFee("P1", Gbp(100), d), StatusCode::kAlreadyExists, "P1");
  TENOR_REQUIRE_FAILS(l.RecordFee("F2", Gbp(int64_t{1} << 62), d), kRange, "");
}

// All or nothing: a refused (or duplicate) mutation leaves the object ==.
TEST_CASE("errors: a refused ledger operation changes nothing",
          "[errors][s8][all-or-nothing]") {
  tenor::Ledger l = PayIn3Ledger();
  const absl::CivilDay d(2026, 2, 1);
  TENOR_REQUIRE_OK(l.RecordPayment("P1", Gbp(3'334), d));
  TENOR_REQUIRE_OK(l.RecordRefund("R1", Gbp(100), d));
  TENOR_REQUIRE_OK(l.RecordFee("F1", Gbp(100), d));
  TENOR_REQUIRE_OK(l.RecordReversal("P1", d + 3));
  const std::vector<std::function<absl::Status(tenor::Ledger&)>> refused{
      [&](tenor::Ledger& x) { return x.RecordPayment("", Gbp(1), d).status(); },
      [&](tenor::Ledger& x) { return x.RecordPayment("P2", Gbp(-1), d).status(); },
      [&](tenor::Ledger& x) {
        return x.RecordPayment("P2", Money::FromMinorUnits(1, kEur), d).status();
      },
      [&](tenor::Ledger& x) { return x.RecordPayment("P2", Gbp(1), d, d - 1).status(); },
      [&](tenor::Ledger& x) { return x.RecordPayment("P1", Gbp(2), d).status(); },
      [&](tenor::Ledger& x) {
        return x.RecordPayment("P2", Gbp(int64_t{1} << 62), d).status();
      },
      [&](tenor::Ledger& x) { return x.RecordReversal("P9", d).status(); },
      [&](tenor::Ledger& x) { return x.RecordReversal("P1", d + 9).status(); },
      [&](tenor::Ledger& x) { return x.RecordReversal("F1", d).status(); },
      [&](tenor::Ledger& x) { return x.RecordRefund("R2", Gbp(9'950), d).status(); },
      [&](tenor::Ledger& x) { return x.RecordRefund("R1", Gbp(5), d).status(); },
      [&](tenor::Ledger& x) { return x.RecordFee("F1", Gbp(5), d).status(); },
      [&](tenor::Ledger& x) {
        return x.RecordFee("F2", Gbp(1), absl::CivilDay(0, 1, 1)).status();
      },
  };
  for (size_t i = 0; i < refused.size(); ++i) {
    INFO("refused operation " << i);
    const tenor::Ledger before = l;
    const tenor::Statement statement = l.StatementAsOf(d + 400);
    const absl::Status s = refused[i](l);
    INFO(s.ToString());
    REQUIRE_FALSE(s.ok());
    REQUIRE(l == before);
    REQUIRE(l.StatementAsOf(d + 400) == statement);
    REQUIRE(l.transactions().size() == before.transactions().size());
  }
  // Duplicates change nothing either.
  const tenor::Ledger before = l;
  const absl::StatusOr<tenor::RecordResult> again = l.RecordPayment("P1", Gbp(3'334), d);
  TENOR_REQUIRE_OK(again);
  REQUIRE(again->duplicate());
  REQUIRE(l.RecordReversal("P1", d + 3)->duplicate());
  REQUIRE(l == before);
}

TEST_CASE("errors: a refused switch request changes nothing",
          "[errors][s6][all-or-nothing]") {
  tenor::CreditSwitchPolicy policy;
  policy.min_off_period = absl::Hours(24);
  policy.re_enable_delay = absl::Hours(48);
  tenor::CreditSwitchHistory h = *tenor::CreditSwitchHistory::Create(policy);
  TENOR_REQUIRE_OK(h.RequestOff(kAt, tenor::Channel::kSelfService, "c"));
  TENOR_REQUIRE_OK(h.RequestOn(kAt + absl::Hours(30), tenor::Channel::kCustomerService,
                               "agent"));
  const absl::Time last = kAt + absl::Hours(30);
  const std::vector<std::function<absl::Status(tenor::CreditSwitchHistory&)>> refused{
      [&](auto& x) {
        return x.RequestOff(absl::InfiniteFuture(), tenor::Channel::kSelfService, "c")
            .status();
      },
      [&](auto& x) {
        return x.RequestOff(last - absl::Seconds(1), tenor::Channel::kSelfService, "c")
            .status();
      },
      [&](auto& x) {
        return x.RequestOff(last, static_cast<tenor::Channel>(7), "c").status();
      },
      [&](auto& x) { return x.RequestOff(last, tenor::Channel::kSelfService, "").status(); },
      [&](auto& x) {
        return x.RequestOn(last, tenor::Channel::kSelfService, "c").status();
      },
      [&](auto& x) {
        return x.RequestOn(tenor::kMinSwitchInstant - absl::Seconds(1),
                           tenor::Channel::kCustomerService, "a")
            .status();
      },
      [&](auto& x) {
        return x.RequestOn(last, tenor::Channel::kCustomerService, "\t").status();
      },
  };
  for (size_t i = 0; i < refused.size(); ++i) {
    INFO("refused request " << i);
    const tenor::CreditSwitchHistory before = h;
    const tenor::CreditSwitchState state = h.StateAt(last + absl::Hours(100));
    const absl::Status s = refused[i](h);
    INFO(s.ToString());
    REQUIRE_FALSE(s.ok());
    REQUIRE(h == before);
    REQUIRE(h.StateAt(last + absl::Hours(100)) == state);
  }
  // A min-off-period refusal right after a new switch-off.
  TENOR_REQUIRE_OK(h.RequestOff(last + absl::Hours(1), tenor::Channel::kSelfService, "c"));
  const tenor::CreditSwitchHistory before = h;
  TENOR_REQUIRE_FAILS(h.RequestOn(last + absl::Hours(2), tenor::Channel::kCustomerService,
                                  "a"),
                      kPrecondition, "");
  REQUIRE(h == before);
  // FromEvents is all or nothing as well: no partial history comes back.
  std::vector<tenor::CreditSwitchEvent> events(h.events().begin(), h.events().end());
  events.push_back({last, tenor::SwitchAction::kOff, tenor::Channel::kSelfService, "c"});
  TENOR_REQUIRE_FAILS(tenor::CreditSwitchHistory::FromEvents(events, policy), kInvalid,
                      "");
}

}  // namespace

namespace {

TEST_CASE("errors: Regulation Z", "[errors][s5]") {
  const absl::CivilDay advance(1978, 1, 10);
  std::vector<tenor::RegZPayment> payments;
  for (int k = 1; k <= 24; ++k) {
    payments.push_back({Gbp(23'000), *tenor::AddMonths(advance, k)});
  }
  TENOR_REQUIRE_OK(tenor::ComputeRegZApr(Gbp(500'000), advance, payments,
                                         tenor::RegZUnitPeriod::kMonth));
  TENOR_REQUIRE_FAILS(tenor::ParseRegZUnitPeriod("Month"), kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::CountRegZUnitPeriods(advance, advance - 1,
                                                  tenor::RegZUnitPeriod::kMonth),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::CountRegZUnitPeriods(advance, absl::CivilDay(10000, 1, 1),
                                                  tenor::RegZUnitPeriod::kMonth),
                      kRange, "");
  const auto regz = [&](Money financed, const std::vector<tenor::RegZPayment>& p) {
    return tenor::ComputeRegZApr(financed, advance, p, tenor::RegZUnitPeriod::kMonth);
  };
  TENOR_REQUIRE_FAILS(regz(Gbp(0), payments), kInvalid, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {}), kInvalid, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {{Gbp(-1), advance + 30}}), kInvalid, "");
  TENOR_REQUIRE_FAILS(
      regz(Gbp(500'000), {{Money::FromMinorUnits(600'000, kEur), advance + 30}}),
      kInvalid, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {{Gbp(600'000), advance - 1}}), kInvalid, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {{Gbp(400'000), advance + 30}}), kInvalid,
                      "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {{Gbp(600'000), advance}}), kInvalid, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(500'000), {{Gbp(600'000), absl::CivilDay(10000, 1, 1)}}),
                      kRange, "");
  TENOR_REQUIRE_FAILS(regz(Gbp(1), {{Gbp(500'000'000), advance + 1}}), kRange, "");
}

tenor::SettlementTerms SectionNineTerms() {
  // §9: 5000.00 shipped 2010-03-01, 48 monthly instalments of 134.57, 14.0 %.
  tenor::SettlementTerms terms;
  const absl::CivilDay shipped(2010, 3, 1);
  terms.advances = {{Gbp(500'000), shipped}};
  for (int k = 1; k <= 48; ++k) {
    terms.instalments.push_back({Gbp(13'457), *tenor::AddMonths(shipped, k)});
  }
  terms.apr = tenor::Apr{140, 1};
  return terms;
}

TEST_CASE("errors: early settlement", "[errors][s9]") {
  const tenor::SettlementTerms terms = SectionNineTerms();
  std::vector<tenor::DatedFlow> paid(terms.instalments.begin(),
                                     terms.instalments.begin() + 12);
  const absl::CivilDay settle(2011, 3, 1);
  const absl::StatusOr<tenor::SettlementQuote> quote =
      tenor::QuoteEarlySettlement(terms, paid, settle);
  TENOR_REQUIRE_OK(quote);
  REQUIRE(quote->settlement_amount.ToString() == "4027.73");
  tenor::SettlementTerms bad = terms;
  bad.apr.reset();
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(bad, paid, settle), kInvalid, "apr");
  bad = terms;
  bad.advances.clear();
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(bad, paid, settle), kInvalid,
                      "advances");
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(terms, paid, absl::CivilDay(2009, 1, 1)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(terms, paid, absl::CivilDay(2010, 6, 1)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(terms, paid, absl::CivilDay(2015, 1, 1)),
                      kRange, "");
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(terms, paid, absl::CivilDay(10000, 1, 1)),
                      kRange, "");
  // A partial early repayment: not positive, or a full settlement.
  TENOR_REQUIRE_OK(tenor::ApplyPartialEarlyRepayment(terms, paid, Gbp(100'000), settle));
  TENOR_REQUIRE_FAILS(tenor::ApplyPartialEarlyRepayment(terms, paid, Gbp(0), settle),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(
      tenor::ApplyPartialEarlyRepayment(terms, paid, Money::FromMinorUnits(100, kEur),
                                        settle),
      kInvalid, "");
  TENOR_REQUIRE_FAILS(
      tenor::ApplyPartialEarlyRepayment(terms, paid, Gbp(10'000'000), settle), kRange,
      "");
}

TEST_CASE("errors: the financing account", "[errors][s4.4]") {
  tenor::FinancingAccountProduct product;
  const tenor::FinancingAccountTerms terms{Gbp(200'000), *tenor::Rate::Parse("19.9"), 5};
  const tenor::CreditSwitchHistory on;
  // BuildAccountPlanSchedule.
  TENOR_REQUIRE_OK(tenor::BuildAccountPlanSchedule(Gbp(60'000), terms.rate, 6, 5, kDay));
  TENOR_REQUIRE_FAILS(tenor::BuildAccountPlanSchedule(Gbp(0), terms.rate, 6, 5, kDay),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildAccountPlanSchedule(Gbp(60'000), terms.rate, 6, 29, kDay),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(tenor::BuildAccountPlanSchedule(Gbp(1), terms.rate, 36, 5, kDay),
                      kRange, "");
  TENOR_REQUIRE_FAILS(tenor::BuildAccountPlanSchedule(Gbp(60'000), terms.rate, 36, 5,
                                                      absl::CivilDay(9998, 1, 1)),
                      kRange, "");
  // FinancingAccountProduct::Validate and Open.
  tenor::FinancingAccountProduct bad = product;
  bad.offered_terms = {};
  TENOR_REQUIRE_FAILS(bad.Validate(), kInvalid, "offered_terms");
  TENOR_REQUIRE_FAILS(tenor::FinancingAccount::Open(bad, terms, on, kAt), kInvalid, "");
  TENOR_REQUIRE_FAILS(
      tenor::FinancingAccount::Open(product, {Gbp(0), terms.rate, 5}, on, kAt), kInvalid,
      "");
  TENOR_REQUIRE_FAILS(tenor::FinancingAccount::Open(product, terms, on,
                                                    absl::InfiniteFuture()),
                      kInvalid, "");
  tenor::CreditSwitchHistory off;
  TENOR_REQUIRE_OK(off.RequestOff(kAt - absl::Hours(1), tenor::Channel::kSelfService, "c"));
  TENOR_REQUIRE_FAILS(tenor::FinancingAccount::Open(product, terms, off, kAt),
                      kPrecondition, "");
  tenor::FinancingAccountProduct closed = product;
  closed.open_to_new_purchases = false;
  TENOR_REQUIRE_FAILS(tenor::FinancingAccount::Open(closed, terms, on, kAt),
                      kPrecondition, "");
  // AddPurchase.
  tenor::FinancingAccount account = *tenor::FinancingAccount::Open(product, terms, on, kAt);
  const tenor::AccountPurchase tv{"TV", Gbp(60'000), absl::CivilDay(2026, 3, 10),
                                  std::nullopt, 12};
  TENOR_REQUIRE_OK(account.AddPurchase(product, tv, on, kAt + absl::Minutes(1)));
  const absl::Time later = kAt + absl::Minutes(2);
  TENOR_REQUIRE_FAILS(account.AddPurchase(bad, {"A", Gbp(1'000), tv.purchase_date,
                                                std::nullopt, 12},
                                          on, later),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"", Gbp(1'000), tv.purchase_date,
                                                    std::nullopt, 12},
                                          on, later),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"A", Gbp(1'000), tv.purchase_date,
                                                    std::nullopt, 7},
                                          on, later),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"TV", Gbp(1'000), tv.purchase_date,
                                                    std::nullopt, 12},
                                          on, later),
                      StatusCode::kAlreadyExists, "TV");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"A", Gbp(1'000), tv.purchase_date,
                                                    std::nullopt, 12},
                                          on, kAt),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"A", Gbp(1'000), tv.purchase_date,
                                                    std::nullopt, 12},
                                          off, later),
                      kPrecondition, "");
  TENOR_REQUIRE_FAILS(account.AddPurchase(product, {"A", Gbp(150'000), tv.purchase_date,
                                                    std::nullopt, 12},
                                          on, later),
                      kRange, "");
  REQUIRE(account.plans().size() == 1);  // nothing was created by a refusal
  // RecordPayment.
  TENOR_REQUIRE_OK(account.RecordPayment("P1", Gbp(5'000), absl::CivilDay(2026, 4, 5)));
  TENOR_REQUIRE_FAILS(account.RecordPayment("", Gbp(5'000), absl::CivilDay(2026, 4, 5)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.RecordPayment("P2", Gbp(-5), absl::CivilDay(2026, 4, 5)),
                      kInvalid, "");
  TENOR_REQUIRE_FAILS(account.RecordPayment("P1", Gbp(4'000), absl::CivilDay(2026, 4, 5)),
                      StatusCode::kAlreadyExists, "P1");
  TENOR_REQUIRE_FAILS(account.RecordPayment("P2", Gbp(int64_t{1} << 62),
                                            absl::CivilDay(2026, 4, 5)),
                      kRange, "");
  REQUIRE(account.payments().size() == 1);
}

TEST_CASE("errors: credit reporting", "[errors][s10]") {
  using tenor::HoldScope;
  using tenor::ReportingHold;
  const absl::CivilDay kBefore(0, 12, 31);   // outside 0001-01-01..
  const absl::CivilDay kAfter(10000, 1, 1);  // ..9999-12-31
  // ReportingCalendar::Create.
  TENOR_REQUIRE_FAILS(tenor::ReportingCalendar::Create({}), kInvalid,
                      "period_ends: is empty");
  TENOR_REQUIRE_FAILS(tenor::ReportingCalendar::Create({kBefore}), kInvalid,
                      "period_ends[0]");
  TENOR_REQUIRE_FAILS(tenor::ReportingCalendar::Create({kDay, kAfter}), kInvalid,
                      "period_ends[1]");
  TENOR_REQUIRE_FAILS(tenor::ReportingCalendar::Create({kDay, kDay}), kInvalid,
                      "period_ends[1]");
  TENOR_REQUIRE_FAILS(
      tenor::ReportingCalendar::Create({absl::CivilDay(2026, 2, 28), kDay}),
      kInvalid, "strictly increasing");
  std::vector<absl::CivilDay> daily;
  for (int i = 0; i <= static_cast<int>(tenor::kMaxReportingPeriods); ++i) {
    daily.push_back(kDay + i);
  }
  TENOR_REQUIRE_FAILS(tenor::ReportingCalendar::Create(daily), kRange,
                      "period_ends");
  // MonthEnds.
  TENOR_REQUIRE_FAILS(tenor::MonthEnds(absl::CivilMonth(0, 12),
                                       absl::CivilMonth(2026, 1)),
                      kInvalid, "first");
  TENOR_REQUIRE_FAILS(tenor::MonthEnds(absl::CivilMonth(2026, 1),
                                       absl::CivilMonth(10000, 1)),
                      kInvalid, "last");
  TENOR_REQUIRE_FAILS(tenor::MonthEnds(absl::CivilMonth(2026, 3),
                                       absl::CivilMonth(2026, 2)),
                      kInvalid, "is before first");
  TENOR_REQUIRE_FAILS(tenor::MonthEnds(absl::CivilMonth(1, 1),
                                       absl::CivilMonth(9999, 12)),
                      kRange, "months, more than the maximum");
  // MonthEndsBetween.
  TENOR_REQUIRE_FAILS(tenor::MonthEndsBetween(kBefore, kDay), kInvalid, "from");
  TENOR_REQUIRE_FAILS(tenor::MonthEndsBetween(kDay, kAfter), kInvalid, "to");
  TENOR_REQUIRE_FAILS(tenor::MonthEndsBetween(kDay, kDay - 1), kInvalid,
                      "is before from");
  TENOR_REQUIRE_FAILS(tenor::MonthEndsBetween(absl::CivilDay(2026, 1, 2),
                                              absl::CivilDay(2026, 1, 30)),
                      kInvalid, "no month end lies in");
  TENOR_REQUIRE_FAILS(tenor::MonthEndsBetween(absl::CivilDay(1, 1, 1),
                                              absl::CivilDay(9999, 12, 31)),
                      kRange, "more than the maximum");
  // ValidateReportingHold.
  const ReportingHold good{HoldScope::kAgreement, "AGR-1", absl::CivilDay(2026, 3, 1),
                           absl::CivilDay(2026, 4, 30)};
  TENOR_REQUIRE_OK(tenor::ValidateReportingHold(good));
  ReportingHold bad = good;
  bad.scope = static_cast<HoldScope>(7);
  TENOR_REQUIRE_FAILS(tenor::ValidateReportingHold(bad), kInvalid, "scope");
  bad = good;
  bad.id.clear();
  TENOR_REQUIRE_FAILS(tenor::ValidateReportingHold(bad), kInvalid, "id: is empty");
  bad = good;
  bad.first = kBefore;
  TENOR_REQUIRE_FAILS(tenor::ValidateReportingHold(bad), kInvalid, "first");
  bad = good;
  bad.last = kAfter;
  TENOR_REQUIRE_FAILS(tenor::ValidateReportingHold(bad), kInvalid, "last");
  bad = good;
  bad.last = good.first - 1;
  TENOR_REQUIRE_FAILS(tenor::ValidateReportingHold(bad), kInvalid,
                      "inverted range");
  // ReportPeriods.
  const tenor::Ledger ledger = PayIn3Ledger();
  const tenor::ReportingCalendar calendar =
      *tenor::MonthEnds(absl::CivilMonth(2026, 1), absl::CivilMonth(2026, 6));
  TENOR_REQUIRE_OK(tenor::ReportPeriods({"AGR-1", "pay-in-3", &ledger}, calendar));
  TENOR_REQUIRE_FAILS(tenor::ReportPeriods({"", "pay-in-3", &ledger}, calendar),
                      kInvalid, "agreement_id: is empty");
  TENOR_REQUIRE_FAILS(tenor::ReportPeriods({"AGR-1", "pay-in-3", nullptr}, calendar),
                      kInvalid, "ledger: is null");
  const std::vector<ReportingHold> holds = {good, bad};
  TENOR_REQUIRE_FAILS(
      tenor::ReportPeriods({"AGR-1", "pay-in-3", &ledger}, calendar, holds),
      kInvalid, "holds[1] reporting hold \"AGR-1\" last");
  // CorrectionsToSend.
  const std::vector<tenor::ReportableAgreement> book = {
      {"AGR-1", "pay-in-3", &ledger}, {"AGR-2", "pay-in-3", nullptr}};
  TENOR_REQUIRE_FAILS(tenor::CorrectionsToSend(book, calendar), kInvalid,
                      "agreements[1] agreement \"AGR-2\" ledger: is null");
  const std::vector<tenor::ReportableAgreement> twice = {
      {"AGR-1", "pay-in-3", &ledger}, {"AGR-1", "pay-in-3", &ledger}};
  TENOR_REQUIRE_FAILS(tenor::CorrectionsToSend(twice, calendar), kInvalid,
                      "agreements[1] agreement_id: \"AGR-1\" is given twice");
  TENOR_REQUIRE_FAILS(tenor::CorrectionsToSend(book, calendar, holds), kInvalid,
                      "holds[1]");
  // The rendering layer (render/*.h) and the new Ledger queries
  // (StatementAsKnownOn, ArrearsAsKnownOn, latest_recorded_date) cannot fail:
  // docs/errors.md.
}

}  // namespace
