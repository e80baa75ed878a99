// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Early settlement (§9): the worked example first (both figures), then the
// rules one by one (deferment, time bases, certain rounding with exact ties,
// APR zero), partial early repayment, errors, and a property over generated
// agreements checked against an independent 50-digit computation written
// here.

#include "tenor/ledger/settlement.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"

#include "boost/multiprecision/cpp_bin_float.hpp"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/ledger/financing_account.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/products/financing.h"
#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/level_payment.h"
#include "tenor/schedule/schedule.h"
#include "tenor_catch.h"

namespace {

using absl::CivilDay;
using tenor::Apr;
using tenor::Currency;
using tenor::DatedFlow;
using tenor::Money;
using tenor::SettlementOptions;
using tenor::SettlementQuote;
using tenor::SettlementTerms;

Currency Gbp() { return *Currency::FromCode("GBP"); }
Money M(int64_t minor) { return Money::FromMinorUnits(minor, Gbp()); }
DatedFlow Flow(int64_t minor, CivilDay day) { return DatedFlow{M(minor), day}; }
std::string Text(Money m) { return m.ToString(); }

SettlementOptions Defer(bool on) {
  SettlementOptions o;
  o.defer_one_month = on;
  return o;
}

// §9: 5000.00 drawn 2010-03-01, 48 x 134.57 monthly from 2010-04-01, APR
// 14.0 %.
SettlementTerms Section9Terms() {
  SettlementTerms terms;
  terms.advances = {Flow(500000, CivilDay(2010, 3, 1))};
  for (int k = 1; k <= 48; ++k) {
    terms.instalments.push_back(
        Flow(13457, *tenor::AddMonths(CivilDay(2010, 3, 1), k)));
  }
  terms.apr = Apr{140, 1};
  return terms;
}

std::vector<DatedFlow> FirstInstalments(const SettlementTerms& terms, int k) {
  return std::vector<DatedFlow>(terms.instalments.begin(),
                                terms.instalments.begin() + k);
}

TEST_CASE(
    "§9 example: settled after the 12th instalment, with the one-month "
    "deferment X = 4027.73 and rebate 816.79",
    "[settlement][s9]") {
  const SettlementTerms terms = Section9Terms();
  const absl::StatusOr<SettlementQuote> q = tenor::QuoteEarlySettlement(
      terms, FirstInstalments(terms, 12), CivilDay(2011, 3, 1), Defer(true));
  TENOR_REQUIRE_OK(q);
  CHECK(q->deferred);
  CHECK(q->calculation_date == CivilDay(2011, 4, 1));
  CHECK(Text(q->settlement_amount) == "4027.73");
  CHECK(Text(q->rebate) == "816.79");
  CHECK(Text(q->remaining_instalments) == "4844.52");
  CHECK(Text(q->repaid) == "1614.84");
  CHECK(Text(q->advanced) == "5000.00");
  CHECK(q->apr.ToString() == "14.0");
  // Deferment is the default.
  const absl::StatusOr<SettlementQuote> by_default =
      tenor::QuoteEarlySettlement(terms, FirstInstalments(terms, 12),
                                  CivilDay(2011, 3, 1));
  TENOR_REQUIRE_OK(by_default);
  CHECK(Text(by_default->settlement_amount) == "4027.73");
}

TEST_CASE("§9 example: without the deferment X = 3983.99 and rebate 860.53",
          "[settlement][s9]") {
  const SettlementTerms terms = Section9Terms();
  const absl::StatusOr<SettlementQuote> q = tenor::QuoteEarlySettlement(
      terms, FirstInstalments(terms, 12), CivilDay(2011, 3, 1), Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK_FALSE(q->deferred);
  CHECK(q->calculation_date == CivilDay(2011, 3, 1));
  CHECK(Text(q->settlement_amount) == "3983.99");
  CHECK(Text(q->rebate) == "860.53");
}

TEST_CASE(
    "§9 example as a tenor schedule: 13.1741 % gives 48 x 134.57, APR "
    "14.0, and the same settlement figures",
    "[settlement][s9]") {
  // The §4.3 arithmetic reproduces the example's payment exactly at
  // 13.1741 % (any rate in 13.174081..13.174171 does), last row included.
  // 48 months is beyond the financing product's 6..36, so the rows come from
  // the account plan builder, which allows any term and, with due day 1 and
  // a shipment on the 1st, makes exactly the §4.3 schedule.
  const absl::StatusOr<Money> a =
      tenor::LevelPayment(M(500000), *tenor::Rate::Parse("13.1741"), 48);
  TENOR_REQUIRE_OK(a);
  CHECK(Text(*a) == "134.57");
  const absl::StatusOr<tenor::Schedule> s =
      tenor::BuildAccountPlanSchedule(M(500000), *tenor::Rate::Parse("13.1741"),
                                      48, /*due_day=*/1, CivilDay(2010, 3, 1));
  TENOR_REQUIRE_OK(s);
  for (const tenor::Instalment& row : s->instalments()) {
    CHECK(row.amount == 13457);
  }
  CHECK(s->first_instalment().due_date == CivilDay(2010, 4, 1));
  CHECK(s->last_instalment().due_date == CivilDay(2014, 3, 1));
  CHECK(s->apr().ToString() == "14.0");
  std::vector<DatedFlow> paid;
  for (size_t k = 0; k < 12; ++k) {
    paid.push_back(
        Flow(s->instalments()[k].amount, s->instalments()[k].due_date));
  }
  absl::StatusOr<SettlementQuote> q =
      tenor::QuoteEarlySettlement(*s, paid, CivilDay(2011, 3, 1), Defer(true));
  TENOR_REQUIRE_OK(q);
  CHECK(Text(q->settlement_amount) == "4027.73");
  CHECK(Text(q->rebate) == "816.79");
  q = tenor::QuoteEarlySettlement(*s, paid, CivilDay(2011, 3, 1), Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(Text(q->settlement_amount) == "3983.99");
  CHECK(Text(q->rebate) == "860.53");
}

TEST_CASE(
    "deferment: only for agreements longer than 12 months, never past "
    "the last instalment",
    "[settlement][s9]") {
  const CivilDay drawn(2026, 1, 15);
  tenor::Financing product;
  product.rate = *tenor::Rate::Parse("12");
  for (int term : {6, 12, 18}) {
    INFO("term " << term);
    const absl::StatusOr<tenor::Schedule> s =
        tenor::BuildFinancingSchedule(product, M(100000), term, drawn);
    TENOR_REQUIRE_OK(s);
    const absl::StatusOr<SettlementQuote> q = tenor::QuoteEarlySettlement(
        *s, {}, *tenor::AddMonths(drawn, 2), Defer(true));
    TENOR_REQUIRE_OK(q);
    CHECK(q->deferred == (term > 12));
    CHECK(q->calculation_date == *tenor::AddMonths(drawn, term > 12 ? 3 : 2));
  }
  // 18 months settled on the last due date: the deferment stops there.
  const absl::StatusOr<tenor::Schedule> s =
      tenor::BuildFinancingSchedule(product, M(100000), 18, drawn);
  TENOR_REQUIRE_OK(s);
  std::vector<DatedFlow> paid;
  for (size_t k = 0; k + 1 < s->instalments().size(); ++k) {
    paid.push_back(
        Flow(s->instalments()[k].amount, s->instalments()[k].due_date));
  }
  const CivilDay last = s->last_instalment().due_date;
  const absl::StatusOr<SettlementQuote> at_end =
      tenor::QuoteEarlySettlement(*s, paid, last, Defer(true));
  TENOR_REQUIRE_OK(at_end);
  CHECK(at_end->calculation_date == last);
  CHECK_FALSE(at_end->deferred);
}

TEST_CASE(
    "a tenor schedule settled on its drawdown date without deferment "
    "costs exactly the amount of credit",
    "[settlement][s9]") {
  tenor::Financing product;
  product.rate = *tenor::Rate::Parse("18.9");
  const absl::StatusOr<tenor::Schedule> s = tenor::BuildFinancingSchedule(
      product, M(123456), 24, CivilDay(2026, 1, 31));
  TENOR_REQUIRE_OK(s);
  const absl::StatusOr<SettlementQuote> q =
      tenor::QuoteEarlySettlement(*s, {}, CivilDay(2026, 1, 31), Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == M(123456));
  CHECK(q->remaining_instalments == s->total_payable());
  CHECK(q->rebate.minor_units() == s->total_payable().minor_units() - 123456);
}

TEST_CASE(
    "times: whole months on the months basis, month-end clamping "
    "included; other dates on the calendar basis",
    "[settlement][s9][s5]") {
  // APR 21.0 %: 1.21^(1/2) = 1.1 exactly, so whole-month times give exact
  // figures that a calendar count would not.
  SettlementTerms terms;
  terms.apr = Apr{210, 1};
  // 2026-01-31 -> 2026-07-31 is 6 whole months: X = 100000 * 1.1.
  terms.advances = {Flow(10000000, CivilDay(2026, 1, 31))};
  terms.instalments = {Flow(20000000, CivilDay(2026, 12, 31))};
  absl::StatusOr<SettlementQuote> q = tenor::QuoteEarlySettlement(
      terms, {}, CivilDay(2026, 7, 31), Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == M(11000000));
  // 2026-01-31 -> 2026-06-30 is AddMonths(2026-01-31, 5): still whole
  // months (clamped), t = 5/12.
  q = tenor::QuoteEarlySettlement(terms, {}, CivilDay(2026, 6, 30),
                                  Defer(false));
  TENOR_REQUIRE_OK(q);
  // 100000.00 * 1.21^(5/12) = 108266.45 (computed independently)
  CHECK(Text(q->settlement_amount) == "108266.45");
  // 2026-01-31 -> 2026-06-29: calendar basis, counted back from 06-29:
  // 4 months to 2026-02-28 (5 would be before the drawdown), then 28 days
  // over 365: t = 4/12 + 28/365.
  q = tenor::QuoteEarlySettlement(terms, {}, CivilDay(2026, 6, 29),
                                  Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(Text(q->settlement_amount) == "108129.90");
  // A leap year: drawdown 2024-03-10, settled 2024-06-25: 3 months back is
  // 2024-03-25, 15 days, and the year ending 2024-03-25 has 366 days.
  terms.advances = {Flow(10000000, CivilDay(2024, 3, 10))};
  terms.instalments = {Flow(20000000, CivilDay(2024, 12, 31))};
  q = tenor::QuoteEarlySettlement(terms, {}, CivilDay(2024, 6, 25),
                                  Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(Text(q->settlement_amount) == "105703.46");
}

TEST_CASE("rounding: an exact tie rounds half-up, away from zero",
          "[settlement][s9]") {
  // 0.05 at 10.0 % for exactly one year is exactly 0.055.
  SettlementTerms terms;
  terms.apr = Apr{100, 1};
  terms.advances = {Flow(5, CivilDay(2026, 1, 1))};
  terms.instalments = {Flow(6, CivilDay(2027, 1, 1))};
  absl::StatusOr<SettlementQuote> q =
      tenor::QuoteEarlySettlement(terms, {}, CivilDay(2027, 1, 1), Defer(true));
  TENOR_REQUIRE_OK(q);
  CHECK_FALSE(q->deferred);  // 12 months is not longer than 12
  CHECK(q->settlement_amount == M(6));
  // 0.05 at 21.0 % for six months: 1.21^(1/2) = 1.1, again exactly 0.055.
  terms.apr = Apr{210, 1};
  q = tenor::QuoteEarlySettlement(terms, {}, CivilDay(2026, 7, 1),
                                  Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == M(6));
  // A negative tie (-0.055) rounds to -0.06: repaid on the settlement date
  // more than the advance has grown to.
  terms.apr = Apr{100, 1};
  terms.instalments = {Flow(11, CivilDay(2027, 1, 1))};
  q = tenor::QuoteEarlySettlement(terms, {Flow(11, CivilDay(2027, 1, 1))},
                                  CivilDay(2027, 1, 1), Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == M(-6));
  CHECK(q->rebate == M(6));
  // Off a tie: 0.14 at 10.0 % is 0.154 and rounds to 0.15.
  terms.instalments = {Flow(100, CivilDay(2027, 1, 1))};
  terms.advances = {Flow(14, CivilDay(2026, 1, 1))};
  q = tenor::QuoteEarlySettlement(terms, {}, CivilDay(2027, 1, 1),
                                  Defer(false));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == M(15));
}

TEST_CASE("rounding: 0- and 3-decimal currencies round to their minor unit",
          "[settlement][s9]") {
  for (const char* code : {"JPY", "KWD"}) {
    INFO(code);
    const Currency c = *Currency::FromCode(code);
    SettlementTerms terms;
    terms.apr = Apr{100, 1};
    terms.advances = {
        DatedFlow{Money::FromMinorUnits(15, c), CivilDay(2026, 1, 1)}};
    terms.instalments = {
        DatedFlow{Money::FromMinorUnits(100, c), CivilDay(2027, 1, 1)}};
    const absl::StatusOr<SettlementQuote> q = tenor::QuoteEarlySettlement(
        terms, {}, CivilDay(2027, 1, 1), Defer(false));
    TENOR_REQUIRE_OK(q);
    CHECK(q->settlement_amount == Money::FromMinorUnits(17, c));  // 16.5
    CHECK(q->rebate == Money::FromMinorUnits(83, c));
  }
}

TEST_CASE("interest-free: APR 0.0 settles at what is left, no rebate",
          "[settlement][s9]") {
  tenor::Financing product;  // rate 0
  const absl::StatusOr<tenor::Schedule> s = tenor::BuildFinancingSchedule(
      product, M(100000), 12, CivilDay(2026, 1, 15));
  TENOR_REQUIRE_OK(s);
  CHECK(s->apr().ToString() == "0.0");
  std::vector<DatedFlow> paid;
  for (int k = 0; k < 4; ++k) {
    paid.push_back(Flow(s->instalments()[static_cast<size_t>(k)].amount,
                        s->instalments()[static_cast<size_t>(k)].due_date));
  }
  const absl::StatusOr<SettlementQuote> q =
      tenor::QuoteEarlySettlement(*s, paid, CivilDay(2026, 6, 1));
  TENOR_REQUIRE_OK(q);
  CHECK(q->settlement_amount == q->remaining_instalments);
  CHECK(q->rebate == M(0));
}

TEST_CASE(
    "errors name the field: APR absent, settlement before the "
    "drawdown, repayments after it, past the end",
    "[settlement][s9]") {
  using absl::StatusCode;
  const SettlementTerms good = Section9Terms();
  const CivilDay s(2011, 3, 1);
  SettlementTerms t = good;
  t.apr.reset();
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument, "apr: absent");
  t = good;
  t.apr = Apr{140, 7};
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument, "apr: decimals");
  t.apr = Apr{-1, 1};
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument, "apr:");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(good, {}, CivilDay(2010, 2, 28)),
      StatusCode::kInvalidArgument,
      "settlement_date: 2010-02-28 is before the drawdown 2010-03-01");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(good, {Flow(13457, CivilDay(2011, 4, 1))}, s),
      StatusCode::kInvalidArgument, "repayments[0]: dated 2011-04-01, after");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(good, {Flow(13457, CivilDay(2010, 1, 1))}, s),
      StatusCode::kInvalidArgument, "repayments[0]: dated 2010-01-01, before");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(good, {}, CivilDay(2014, 3, 2)),
      StatusCode::kOutOfRange, "settlement_date: 2014-03-02 is after the last");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(good, {Flow(-1, CivilDay(2010, 4, 1))}, s),
      StatusCode::kInvalidArgument, "repayments[0]: amount");
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(
                          good, {Flow(9999999, CivilDay(2010, 4, 1))}, s),
                      StatusCode::kInvalidArgument, "repayments: they total");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteEarlySettlement(
          good,
          {DatedFlow{Money::FromMinorUnits(1, *Currency::FromCode("EUR")),
                     CivilDay(2010, 4, 1)}},
          s),
      StatusCode::kInvalidArgument, "repayments[0]");
  t = good;
  t.advances.clear();
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument, "advances: empty");
  t = good;
  t.instalments.clear();
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument, "instalments: empty");
  t = good;
  t.advances[0].amount = M(0);
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument,
                      "advances[0]: amount GBP 0.00 must be positive");
  t = good;
  t.instalments[3].date = CivilDay(2009, 1, 1);
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument,
                      "instalments[3]: due 2009-01-01, before the drawdown");
  t = good;
  t.advances.push_back(Flow(100, CivilDay(2012, 1, 1)));
  TENOR_REQUIRE_FAILS(tenor::QuoteEarlySettlement(t, {}, s),
                      StatusCode::kInvalidArgument,
                      "advances[1]: drawn 2012-01-01, after the settlement");
}

// ---------------------------------------------------------------------------
// Partial early repayment.

TEST_CASE(
    "partial early repayment reduces the remaining instalments from "
    "the last",
    "[settlement][s9]") {
  const SettlementTerms terms = Section9Terms();
  const std::vector<DatedFlow> paid = FirstInstalments(terms, 12);
  const absl::StatusOr<tenor::PartialRepaymentResult> r =
      tenor::ApplyPartialEarlyRepayment(terms, paid, M(100000),
                                        CivilDay(2011, 3, 1), Defer(false));
  TENOR_REQUIRE_OK(r);
  REQUIRE(r->instalments.size() == 36);
  CHECK(r->instalments.front().due_date == CivilDay(2011, 4, 1));
  CHECK(r->instalments.back().due_date == CivilDay(2014, 3, 1));
  // 1000.00 clears the last 10 instalments (2013-06-01..2014-03-01) at their
  // values on 2011-03-01, and what is left, carried forward to 2013-05-01,
  // takes 60.38 off that one: it is 74.19 now.
  CHECK(r->instalments_cleared == 10);
  for (size_t k = 0; k < 36; ++k) {
    INFO("instalment " << k + 13);
    const tenor::ReducedInstalment& row = r->instalments[k];
    CHECK(row.before == M(13457));
    if (k >= 26) {
      CHECK(row.after == M(0));
    } else if (k < 25) {
      CHECK(row.after == M(13457));
    }
  }
  const tenor::ReducedInstalment& partly = r->instalments[25];
  CHECK(Text(partly.after) == "74.19");
  CHECK(Text(r->reduction) == "1406.08");
  CHECK(Text(r->rebate) == "406.08");
  CHECK(r->reduction.minor_units() - r->payment.minor_units() ==
        r->rebate.minor_units());
}

TEST_CASE(
    "partial early repayment: the deferment, arrears and full "
    "settlement",
    "[settlement][s9]") {
  const SettlementTerms terms = Section9Terms();
  const std::vector<DatedFlow> paid = FirstInstalments(terms, 10);
  // Two instalments in arrears stay as they are; only the future is reduced.
  const absl::StatusOr<tenor::PartialRepaymentResult> r =
      tenor::ApplyPartialEarlyRepayment(terms, paid, M(50000),
                                        CivilDay(2011, 3, 1));
  TENOR_REQUIRE_OK(r);
  CHECK(r->deferred);
  CHECK(r->calculation_date == CivilDay(2011, 4, 1));
  REQUIRE(r->instalments.size() == 38);
  CHECK(r->instalments[0].after == M(13457));  // 2011-01-01, in arrears
  CHECK(r->instalments[1].after == M(13457));  // 2011-02-01
  CHECK(r->instalments[2].after == M(13457));  // 2011-03-01, due today
  CHECK(r->rebate.minor_units() > 0);
  // A payment worth every future instalment is a full settlement.
  TENOR_REQUIRE_FAILS(tenor::ApplyPartialEarlyRepayment(terms, paid, M(600000),
                                                        CivilDay(2011, 3, 1)),
                      absl::StatusCode::kOutOfRange, "full settlement");
  TENOR_REQUIRE_FAILS(tenor::ApplyPartialEarlyRepayment(terms, paid, M(0),
                                                        CivilDay(2011, 3, 1)),
                      absl::StatusCode::kInvalidArgument,
                      "payment: amount GBP 0.00 must be");
  TENOR_REQUIRE_FAILS(tenor::ApplyPartialEarlyRepayment(terms, paid, M(100),
                                                        CivilDay(2014, 3, 1)),
                      absl::StatusCode::kOutOfRange,
                      "nothing is due after 2014-03-01");
}

// ---------------------------------------------------------------------------
// Property: X against an independent 50-digit computation.

using Big = boost::multiprecision::cpp_bin_float_50;

// The §9 time from `from` to `to` in years, written from the rule.
Big RefYears(CivilDay from, CivilDay to) {
  const int months_apart = static_cast<int>((to.year() - from.year()) * 12 +
                                            (to.month() - from.month()));
  if (*tenor::AddMonths(from, months_apart) == to) {
    return Big(months_apart) / 12;
  }
  int k = months_apart;
  CivilDay stop = *tenor::AddMonths(to, -k);
  while (stop < from) stop = *tenor::AddMonths(to, -(--k));
  const int days = static_cast<int>(stop - from);
  const CivilDay year_ago = *tenor::AddMonths(stop, -12);
  const int year_days = static_cast<int>(stop - year_ago);
  return Big(k) / 12 + Big(days) / year_days;
}

TEST_CASE(
    "property: 400 generated agreements, X equals an independent "
    "50-digit computation rounded half-up",
    "[settlement][s9]") {
  std::mt19937_64 rng(20100301);
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  for (int n = 0; n < 400; ++n) {
    const CivilDay drawn(uniform(2000, 2040), static_cast<int>(uniform(1, 12)),
                         static_cast<int>(uniform(1, 31)));
    const int term = static_cast<int>(uniform(3, 60));
    const int64_t instalment = uniform(100, 5'000'000);
    SettlementTerms terms;
    terms.apr = Apr{uniform(0, 999), 1};
    terms.advances = {Flow(instalment * term * 9 / 10, drawn)};
    for (int k = 1; k <= term; ++k) {
      terms.instalments.push_back(
          Flow(instalment, *tenor::AddMonths(drawn, k)));
    }
    const int paid_count = static_cast<int>(uniform(0, term - 1));
    std::vector<DatedFlow> paid = FirstInstalments(terms, paid_count);
    // Settle on a due date or any day before the next one.
    const CivilDay from = paid_count == 0 ? drawn : paid.back().date;
    const CivilDay next =
        terms.instalments[static_cast<size_t>(paid_count)].date;
    const CivilDay settle = from + uniform(0, next - from);
    const bool defer = uniform(0, 1) == 1;
    INFO("drawn " << tenor::FormatDate(drawn) << " term " << term << " apr "
                  << terms.apr->ToString() << " paid " << paid_count
                  << " settle " << tenor::FormatDate(settle) << " defer "
                  << defer);
    const absl::StatusOr<SettlementQuote> q =
        tenor::QuoteEarlySettlement(terms, paid, settle, Defer(defer));
    TENOR_REQUIRE_OK(q);
    const CivilDay calc = q->calculation_date;
    CHECK(calc == (defer && term > 12 ? std::min(*tenor::AddMonths(settle, 1),
                                                 terms.instalments.back().date)
                                      : settle));
    const Big growth = 1 + Big(terms.apr->scaled) / 1000;
    Big x = Big(terms.advances[0].amount.minor_units()) *
            boost::multiprecision::pow(growth, RefYears(drawn, calc));
    for (const DatedFlow& p : paid) {
      x -= Big(p.amount.minor_units()) *
           boost::multiprecision::pow(growth, RefYears(p.date, calc));
    }
    const Big rounded = boost::multiprecision::floor(x + Big(0.5));
    // No generated value lies within 1e-30 of a tie.
    REQUIRE(boost::multiprecision::abs(x - boost::multiprecision::floor(x) -
                                       Big(0.5)) > Big("1e-30"));
    CHECK(q->settlement_amount.minor_units() == static_cast<int64_t>(rounded));
    CHECK(q->settlement_amount.minor_units() + q->rebate.minor_units() ==
          q->remaining_instalments.minor_units());
  }
}

}  // namespace
