// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Schedules (§4.1-§4.3): the worked examples first, then edges (month ends,
// leap days, 0- and 3-decimal currencies, every rounding mode, amounts too
// small for the term, bad input), then a property over 10,000 generated
// financing schedules checked against big rationals computed here,
// independently of the library.

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "boost/multiprecision/cpp_int.hpp"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/products/financing.h"
#include "tenor/products/pay_in_30_days.h"
#include "tenor/products/pay_in_n.h"
#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/level_payment.h"
#include "tenor/schedule/pay_in_30_days_schedule.h"
#include "tenor/schedule/pay_in_n_schedule.h"
#include "tenor/schedule/schedule.h"
#include "reference_apr.h"
#include "tenor_catch.h"

namespace {

using ::boost::multiprecision::cpp_int;
using ::boost::multiprecision::cpp_rational;
using tenor::Currency;
using tenor::Financing;
using tenor::Instalment;
using tenor::Money;
using tenor::PayIn30Days;
using tenor::PayInN;
using tenor::Rate;
using tenor::RoundingMode;
using tenor::Schedule;

Currency Iso(const char* code) { return *Currency::FromCode(code); }
Money Gbp(const char* text) { return *Money::Parse(text, Iso("GBP")); }
absl::CivilDay Day(const char* text) { return *tenor::ParseDate(text); }

Financing FinancingAt(const char* rate) {
  Financing product;
  product.rate = *Rate::Parse(rate);
  return product;
}

// A row as text, "2026-02-15 172.55 10.00 162.55 837.45", so that a failing
// comparison prints something a person can read against the rules.
std::string Row(const Schedule& s, const Instalment& row) {
  const int e = s.currency().exponent();
  return tenor::FormatDate(row.due_date) + " " +
         tenor::FormatMinorUnits(row.amount, e) + " " +
         tenor::FormatMinorUnits(row.interest, e) + " " +
         tenor::FormatMinorUnits(row.principal, e) + " " +
         tenor::FormatMinorUnits(row.balance, e);
}

std::vector<std::string> Rows(const Schedule& s) {
  std::vector<std::string> out;
  for (const Instalment& row : s.instalments()) out.push_back(Row(s, row));
  return out;
}

std::vector<int64_t> Amounts(const Schedule& s) {
  std::vector<int64_t> out;
  for (const Instalment& row : s.instalments()) out.push_back(row.amount);
  return out;
}

std::vector<int64_t> Interests(const Schedule& s) {
  std::vector<int64_t> out;
  for (const Instalment& row : s.instalments()) out.push_back(row.interest);
  return out;
}

// ---------------------------------------------------------------------------
// Independent exact arithmetic for the checks: big rationals and a rounding
// written from the rules' definitions (§1), not RoundDivide.

int64_t RoundRational(const cpp_rational& x, RoundingMode mode) {
  const cpp_int n = numerator(x);
  const cpp_int d = denominator(x);  // always positive
  cpp_int floor = n / d;
  if (floor * d > n) floor -= 1;  // cpp_int division truncates toward zero
  const cpp_int r = n - floor * d;  // x = floor + r / d, 0 <= r < d
  const bool negative = x < 0;
  const int half = (2 * r > d) - (2 * r < d);  // r / d against 1/2
  cpp_int result = floor;
  if (r != 0) {
    bool up = false;  // toward +infinity
    switch (mode) {
      case RoundingMode::kFloor:
        up = false;
        break;
      case RoundingMode::kCeiling:
        up = true;
        break;
      case RoundingMode::kDown:
        up = negative;
        break;
      case RoundingMode::kUp:
        up = !negative;
        break;
      case RoundingMode::kHalfUp:
        up = half > 0 || (half == 0 && !negative);
        break;
      case RoundingMode::kHalfDown:
        up = half > 0 || (half == 0 && negative);
        break;
      case RoundingMode::kHalfEven:
        up = half > 0 || (half == 0 && (floor & 1) != 0);
        break;
    }
    if (up) result += 1;
  }
  return result.convert_to<int64_t>();
}

// i = R / 1200 as an exact rational.
cpp_rational MonthlyRate(Rate rate) {
  return cpp_rational(cpp_int(rate.micro_percent()),
                      cpp_int(1'200'000'000));
}

// A = P * i / (1 - (1 + i)^-n), evaluated as written (not the library's
// rearranged integer form), rounded once.
int64_t ReferenceLevelPayment(int64_t principal, Rate rate, int n,
                              RoundingMode mode) {
  const cpp_rational i = MonthlyRate(rate);
  // (1 + i)^n, from the powers of the reduced numerator and denominator.
  const cpp_rational one_plus_i = 1 + i;
  const auto power = static_cast<unsigned>(n);
  const cpp_rational growth(pow(numerator(one_plus_i), power),
                            pow(denominator(one_plus_i), power));
  const cpp_rational exact =
      cpp_rational(principal) * i / (1 - 1 / growth);
  return RoundRational(exact, mode);
}

// ---------------------------------------------------------------------------
// §4.3 Financing

TEST_CASE("financing: the worked example of §4.3, exactly",
          "[schedule][s4.3]") {
  const Financing product = FinancingAt("12");
  auto s = tenor::BuildFinancingSchedule(product, Gbp("1000.00"), 6,
                                         Day("2026-01-15"));
  TENOR_REQUIRE_OK(s);
  CHECK(Rows(*s) == std::vector<std::string>{
                        "2026-02-15 172.55 10.00 162.55 837.45",
                        "2026-03-15 172.55 8.37 164.18 673.27",
                        "2026-04-15 172.55 6.73 165.82 507.45",
                        "2026-05-15 172.55 5.07 167.48 339.97",
                        "2026-06-15 172.55 3.40 169.15 170.82",
                        "2026-07-15 172.53 1.71 170.82 0.00",
                    });
  CHECK(s->total_interest() == Gbp("35.28"));
  CHECK(s->total_payable() == Gbp("1035.28"));
  CHECK(s->apr().ToString() == "12.7");
  CHECK(s->apr().scaled == 127);
  CHECK(s->apr().decimals == 1);
  CHECK(s->product_kind() == tenor::ProductKind::kFinancing);
  CHECK(s->currency() == Iso("GBP"));
  CHECK(s->anchor_date() == Day("2026-01-15"));
  CHECK(s->rounding() == RoundingMode::kHalfUp);
  CHECK(s->term_months() == 6);
  for (size_t k = 0; k < s->instalments().size(); ++k) {
    CHECK(s->instalments()[k].number == static_cast<int>(k) + 1);
  }
}

TEST_CASE("financing: the representative example's fields",
          "[schedule][s4.3]") {
  auto s = tenor::BuildFinancingSchedule(FinancingAt("12"), Gbp("1000.00"), 6,
                                         Day("2026-01-15"));
  TENOR_REQUIRE_OK(s);
  const tenor::RepresentativeExample ex = s->representative_example();
  CHECK(ex.amount_of_credit == Gbp("1000.00"));
  CHECK(ex.rate == *Rate::Parse("12"));
  CHECK(ex.rate_is_fixed);
  CHECK(ex.term_months == 6);
  CHECK(ex.term_days == 181);  // 2026-01-15 to 2026-07-15
  CHECK(ex.number_of_instalments == 6);
  CHECK(ex.instalment_amount == Gbp("172.55"));
  CHECK(ex.final_instalment_amount == Gbp("172.53"));
  CHECK(ex.first_due_date == Day("2026-02-15"));
  CHECK(ex.last_due_date == Day("2026-07-15"));
  CHECK(ex.total_interest == Gbp("35.28"));
  CHECK(ex.total_payable == Gbp("1035.28"));
  CHECK(ex.apr.ToString() == "12.7");
}

TEST_CASE("level payment: the exact annuity, rounded once",
          "[schedule][s4.3]") {
  auto a = tenor::LevelPayment(Gbp("1000.00"), *Rate::Parse("12"), 6);
  TENOR_REQUIRE_OK(a);
  CHECK(*a == Gbp("172.55"));
  CHECK(*tenor::LevelPayment(Gbp("1000.00"), *Rate::Parse("12"), 6,
                             RoundingMode::kDown) == Gbp("172.54"));
  CHECK(*tenor::LevelPayment(Gbp("5000.00"), *Rate::Parse("19.9"), 36) ==
        Gbp("185.56"));
  // Zero rate: the formula's limit P / n, rounded with the mode.
  CHECK(*tenor::LevelPayment(Gbp("1000.00"), Rate::Zero(), 6) ==
        Gbp("166.67"));
  CHECK(*tenor::LevelPayment(Gbp("1000.00"), Rate::Zero(), 6,
                             RoundingMode::kFloor) == Gbp("166.66"));
  // One month at 1 %: A = P * 1.01 exactly, so 0.50 and 1.50 give ties
  // (50.5 and 151.5 minor units) that tell every mode apart.
  struct Tie {
    RoundingMode mode;
    int64_t of_50;
    int64_t of_150;
  };
  const Tie ties[] = {
      {RoundingMode::kHalfUp, 51, 152},   {RoundingMode::kHalfEven, 50, 152},
      {RoundingMode::kHalfDown, 50, 151}, {RoundingMode::kDown, 50, 151},
      {RoundingMode::kUp, 51, 152},       {RoundingMode::kFloor, 50, 151},
      {RoundingMode::kCeiling, 51, 152},
  };
  for (const Tie& t : ties) {
    INFO(tenor::RoundingModeName(t.mode));
    CHECK(tenor::LevelPayment(Gbp("0.50"), *Rate::Parse("12"), 1, t.mode)
              ->minor_units() == t.of_50);
    CHECK(tenor::LevelPayment(Gbp("1.50"), *Rate::Parse("12"), 1, t.mode)
              ->minor_units() == t.of_150);
  }
  // The longest term and the highest rate still compute exactly.
  auto longest = tenor::LevelPayment(Gbp("100000.00"), *Rate::Parse("1000"),
                                     tenor::kMaxLevelPaymentTerm);
  TENOR_REQUIRE_OK(longest);
  CHECK(longest->minor_units() ==
        ReferenceLevelPayment(10'000'000, *Rate::Parse("1000"),
                              tenor::kMaxLevelPaymentTerm,
                              RoundingMode::kHalfUp));
}

TEST_CASE("level payment: refusals", "[schedule][s4.3]") {
  const Rate twelve = *Rate::Parse("12");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp("0.00"), twelve, 6),
                      absl::StatusCode::kInvalidArgument,
                      "principal GBP 0.00 must be positive");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp("-1.00"), twelve, 6),
                      absl::StatusCode::kInvalidArgument, "must be positive");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp("1.00"), twelve, 0),
                      absl::StatusCode::kInvalidArgument,
                      "term 0 months must be between 1 and 600");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp("1.00"), twelve, 601),
                      absl::StatusCode::kInvalidArgument, "term 601 months");
  TENOR_REQUIRE_FAILS(
      tenor::LevelPayment(Gbp("1.00"), twelve, 6,
                          static_cast<RoundingMode>(99)),
      absl::StatusCode::kInvalidArgument, "not a rounding mode");
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(Gbp("0.05"), twelve, 36),
                      absl::StatusCode::kOutOfRange, "too small");
  const Money huge = Money::FromMinorUnits(
      std::numeric_limits<int64_t>::max(), Iso("GBP"));
  TENOR_REQUIRE_FAILS(tenor::LevelPayment(huge, *Rate::Parse("1000"), 1),
                      absl::StatusCode::kOutOfRange, "does not fit");
}

TEST_CASE("financing: every rounding mode", "[schedule][s4.3]") {
  struct Expected {
    RoundingMode mode;
    int64_t level_payment;
    std::vector<int64_t> interest;
    int64_t last_amount;
    int64_t total_interest;
  };
  // The worked example's 1000.00 at 12 % over 6 months...
  const Expected worked[] = {
      {RoundingMode::kHalfUp, 17255, {1000, 837, 673, 507, 340, 171}, 17253,
       3528},
      {RoundingMode::kHalfEven, 17255, {1000, 837, 673, 507, 340, 171}, 17253,
       3528},
      {RoundingMode::kHalfDown, 17255, {1000, 837, 673, 507, 340, 171}, 17253,
       3528},
      {RoundingMode::kDown, 17254, {1000, 837, 673, 507, 340, 170}, 17257,
       3527},
      {RoundingMode::kUp, 17255, {1000, 838, 674, 508, 340, 171}, 17256, 3531},
      {RoundingMode::kFloor, 17254, {1000, 837, 673, 507, 340, 170}, 17257,
       3527},
      {RoundingMode::kCeiling, 17255, {1000, 838, 674, 508, 340, 171}, 17256,
       3531},
  };
  // ...and 122.50, whose first month's interest is a tie (122.5 pence).
  const Expected tie[] = {
      {RoundingMode::kHalfUp, 2114, {123, 103, 82, 62, 42, 21}, 2113, 433},
      {RoundingMode::kHalfEven, 2114, {122, 103, 82, 62, 42, 21}, 2112, 432},
      {RoundingMode::kHalfDown, 2114, {122, 103, 82, 62, 42, 21}, 2112, 432},
      {RoundingMode::kDown, 2113, {122, 102, 82, 62, 41, 20}, 2114, 429},
      {RoundingMode::kUp, 2114, {123, 103, 83, 63, 42, 21}, 2115, 435},
      {RoundingMode::kFloor, 2113, {122, 102, 82, 62, 41, 20}, 2114, 429},
      {RoundingMode::kCeiling, 2114, {123, 103, 83, 63, 42, 21}, 2115, 435},
  };
  auto check = [](const char* amount, const Expected& e) {
    INFO(amount << " " << tenor::RoundingModeName(e.mode));
    Financing product = FinancingAt("12");
    product.rounding = e.mode;
    auto s = tenor::BuildFinancingSchedule(product, Gbp(amount), 6,
                                           Day("2026-01-15"));
    TENOR_REQUIRE_OK(s);
    CHECK(s->rounding() == e.mode);
    CHECK(s->first_instalment().amount == e.level_payment);
    CHECK(Interests(*s) == e.interest);
    CHECK(s->last_instalment().amount == e.last_amount);
    CHECK(s->total_interest().minor_units() == e.total_interest);
    CHECK(s->last_instalment().balance == 0);
  };
  for (const Expected& e : worked) check("1000.00", e);
  for (const Expected& e : tie) check("122.50", e);
  // 123.50 has a tie on an odd pence (123.5): half-even now rounds up.
  Financing product = FinancingAt("12");
  product.rounding = RoundingMode::kHalfEven;
  CHECK(tenor::BuildFinancingSchedule(product, Gbp("123.50"), 6,
                                      Day("2026-01-15"))
            ->first_instalment()
            .interest == 124);
  product.rounding = RoundingMode::kHalfDown;
  CHECK(tenor::BuildFinancingSchedule(product, Gbp("123.50"), 6,
                                      Day("2026-01-15"))
            ->first_instalment()
            .interest == 123);
}

TEST_CASE("financing: 0 % is an exact equal split, remainder first",
          "[schedule][s4.3]") {
  auto s = tenor::BuildFinancingSchedule(FinancingAt("0"), Gbp("1000.00"), 6,
                                         Day("2026-01-15"));
  TENOR_REQUIRE_OK(s);
  CHECK(Rows(*s) == std::vector<std::string>{
                        "2026-02-15 166.67 0.00 166.67 833.33",
                        "2026-03-15 166.67 0.00 166.67 666.66",
                        "2026-04-15 166.67 0.00 166.67 499.99",
                        "2026-05-15 166.67 0.00 166.67 333.32",
                        "2026-06-15 166.66 0.00 166.66 166.66",
                        "2026-07-15 166.66 0.00 166.66 0.00",
                    });
  CHECK(s->total_interest() == Gbp("0.00"));
  CHECK(s->total_payable() == Gbp("1000.00"));
  CHECK(s->apr().ToString() == "0.0");
  // Every mode gives the same split: nothing is rounded.
  for (RoundingMode mode : tenor::kAllRoundingModes) {
    Financing product = FinancingAt("0");
    product.rounding = mode;
    CHECK(Amounts(*tenor::BuildFinancingSchedule(product, Gbp("1000.00"), 6,
                                                 Day("2026-01-15"))) ==
          Amounts(*s));
  }
  // One unit per instalment is the smallest amount.
  auto smallest = tenor::BuildFinancingSchedule(FinancingAt("0"), Gbp("0.06"),
                                                6, Day("2026-01-15"));
  TENOR_REQUIRE_OK(smallest);
  CHECK(Amounts(*smallest) == std::vector<int64_t>{1, 1, 1, 1, 1, 1});
}

TEST_CASE("financing: due dates come from the anchor at month ends",
          "[schedule][s4.3][s3]") {
  auto dates = [](const char* shipped, int term) {
    auto s = tenor::BuildFinancingSchedule(FinancingAt("12"), Gbp("1000.00"),
                                           term, Day(shipped));
    std::vector<std::string> out;
    for (const Instalment& row : s->instalments()) {
      out.push_back(tenor::FormatDate(row.due_date));
    }
    return out;
  };
  // Shipped on the 31st: February clamps, March returns to the 31st (no
  // drift to the 28th, which chaining would give).
  const std::vector<std::string> from_31 = dates("2026-01-31", 6);
  CHECK(from_31 == std::vector<std::string>{"2026-02-28", "2026-03-31",
                                            "2026-04-30", "2026-05-31",
                                            "2026-06-30", "2026-07-31"});
  CHECK(dates("2026-01-30", 6)[0] == "2026-02-28");
  CHECK(dates("2026-01-30", 6)[1] == "2026-03-30");
  CHECK(dates("2026-01-29", 6)[0] == "2026-02-28");
  CHECK(dates("2026-01-29", 6)[1] == "2026-03-29");
  // Leap years.
  CHECK(dates("2028-01-31", 6)[0] == "2028-02-29");
  CHECK(dates("2028-01-29", 6)[0] == "2028-02-29");
  CHECK(dates("2027-12-31", 6)[1] == "2028-02-29");
  CHECK(dates("2027-08-31", 6)[5] == "2028-02-29");
  CHECK(dates("2028-02-29", 12)[11] == "2029-02-28");
  CHECK(dates("2027-02-28", 12)[11] == "2028-02-28");  // not the 29th

  // Every month of a non-leap and a leap year, days 29 to 31, every offered
  // term: due_k is AddMonths(anchor, k) and its day is min(anchor's day,
  // days in the month).
  Financing product = FinancingAt("9.9");
  for (int year : {2026, 2028}) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 29; day <= 31; ++day) {
        if (day > tenor::DaysInMonth(year, month)) continue;
        const absl::CivilDay anchor(year, month, day);
        for (int term : product.offered_terms) {
          auto s = tenor::PreviewFinancing(product, Gbp("1000.00"), term,
                                           anchor);
          TENOR_REQUIRE_OK(s);
          REQUIRE(s->instalments().size() == static_cast<size_t>(term));
          for (const Instalment& row : s->instalments()) {
            const absl::CivilDay due = row.due_date;
            REQUIRE(due == *tenor::AddMonths(anchor, row.number));
            REQUIRE(due.day() ==
                    std::min(day, tenor::DaysInMonth(due.year(), due.month())));
          }
        }
      }
    }
  }
}

TEST_CASE("financing: currencies with 0, 2 and 3 decimals",
          "[schedule][s4.3]") {
  // JPY: 100000 yen at 9.9 % over 12 months.
  auto jpy = tenor::BuildFinancingSchedule(
      FinancingAt("9.9"), *Money::Parse("100000", Iso("JPY")), 12,
      Day("2026-03-10"));
  TENOR_REQUIRE_OK(jpy);
  CHECK(jpy->first_instalment().amount == 8787);
  CHECK(jpy->first_instalment().interest == 825);
  CHECK(jpy->last_instalment().amount == 8786);
  CHECK(jpy->last_instalment().interest == 72);
  CHECK(jpy->total_interest().ToDisplayString() == "JPY 5443");
  CHECK(jpy->total_payable().ToDisplayString() == "JPY 105443");
  CHECK(Row(*jpy, jpy->first_instalment()) == "2026-04-10 8787 825 7962 92038");

  // GBP: 5000.00 at 19.9 % over 36 months.
  auto gbp = tenor::BuildFinancingSchedule(FinancingAt("19.9"),
                                           Gbp("5000.00"), 36,
                                           Day("2026-03-10"));
  TENOR_REQUIRE_OK(gbp);
  CHECK(Row(*gbp, gbp->first_instalment()) ==
        "2026-04-10 185.56 82.92 102.64 4897.36");
  CHECK(Row(*gbp, gbp->last_instalment()) ==
        "2029-03-10 185.71 3.03 182.68 0.00");
  CHECK(gbp->total_interest() == Gbp("1680.31"));

  // KWD: 1000.000 at 7.5 % over 24 months.
  auto kwd = tenor::BuildFinancingSchedule(
      FinancingAt("7.5"), *Money::Parse("1000.000", Iso("KWD")), 24,
      Day("2026-03-10"));
  TENOR_REQUIRE_OK(kwd);
  CHECK(Row(*kwd, kwd->first_instalment()) ==
        "2026-04-10 45.000 6.250 38.750 961.250");
  CHECK(Row(*kwd, kwd->last_instalment()) ==
        "2028-03-10 44.990 0.279 44.711 0.000");
  CHECK(kwd->total_interest().ToDisplayString() == "KWD 79.990");
  CHECK(kwd->total_payable().ToDisplayString() == "KWD 1079.990");

  // The schedule's APR is the months-basis APR of its own flows (§5).
  for (const Schedule* s : {&*jpy, &*gbp, &*kwd}) {
    auto apr = tenor::ComputeMonthlyApr(s->amount_of_credit().minor_units(),
                                        Amounts(*s));
    TENOR_REQUIRE_OK(apr);
    CHECK(s->apr().scaled == apr->scaled);
    CHECK(s->apr().decimals == 1);
  }
}

TEST_CASE("financing: amounts too small for the term are OutOfRange",
          "[schedule][s4.3]") {
  const absl::CivilDay shipped = Day("2026-01-15");
  // 0.05 over 36 months at 12 %: A = 0.166... pence rounds to 0.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("12"), Gbp("0.05"), 36,
                                    shipped),
      absl::StatusCode::kOutOfRange,
      "financing: amount GBP 0.05 is too small for 36 months at 12%: the "
      "monthly payment rounds to less than one minor unit");
  // Rounding up the same amount gives one-penny payments of interest only
  // and a final payment of the principal: not too small.
  Financing ceiling = FinancingAt("12");
  ceiling.rounding = RoundingMode::kCeiling;
  auto paid = tenor::BuildFinancingSchedule(ceiling, Gbp("0.05"), 36, shipped);
  TENOR_REQUIRE_OK(paid);
  CHECK(paid->first_instalment().principal == 0);
  CHECK(paid->last_instalment().amount == 6);
  // 0.03 at 0.01 % over 6 months: A = 1 penny repays the 3 pence by the
  // third instalment, so the balance would go negative at the fourth.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("0.01"), Gbp("0.03"), 6,
                                    shipped),
      absl::StatusCode::kOutOfRange,
      "repays more than the amount by instalment 4");
  // 0.10 at 12 % over 6 months: 2-penny payments repay everything by the
  // fifth; the sixth would be zero.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("12"), Gbp("0.10"), 6,
                                    shipped),
      absl::StatusCode::kOutOfRange, "instalment 6 would be zero");
  // Interest-free: fewer minor units than instalments.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("0"), Gbp("0.05"), 6, shipped),
      absl::StatusCode::kOutOfRange, "an instalment would be zero");
  // JPY: 5 yen over 6 months at 12 %.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("12"),
                                    *Money::Parse("5", Iso("JPY")), 6,
                                    shipped),
      absl::StatusCode::kOutOfRange, "too small");
}

TEST_CASE("financing: bad input names the field", "[schedule][s4.3]") {
  const Financing product = FinancingAt("12");
  const absl::CivilDay shipped = Day("2026-01-15");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("0.00"), 6, shipped),
      absl::StatusCode::kInvalidArgument,
      "financing: amount GBP 0.00 must be positive");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("-10.00"), 6, shipped),
      absl::StatusCode::kInvalidArgument, "must be positive");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("100.00"), 7, shipped),
      absl::StatusCode::kInvalidArgument,
      "financing: term 7 months is not offered (offered: 6, 12, 18, 24, 36)");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewFinancing(product, Gbp("100.00"), 48, shipped),
      absl::StatusCode::kInvalidArgument, "term 48 months is not offered");
  Financing priced = product;
  priced.limits.maximum = Gbp("5000.00");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewFinancing(priced, *Money::Parse("100.00", Iso("EUR")), 6,
                              shipped),
      absl::StatusCode::kInvalidArgument, "currency mismatch");
  Financing broken = product;
  broken.offered_terms = {};
  TENOR_REQUIRE_FAILS(
      tenor::PreviewFinancing(broken, Gbp("100.00"), 6, shipped),
      absl::StatusCode::kInvalidArgument, "offered_terms is empty");
  // Dates: the anchor itself, and due dates past 9999-12-31.
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("100.00"), 6,
                                    absl::CivilDay(10000, 1, 1)),
      absl::StatusCode::kOutOfRange,
      "financing: shipment date 10000-01-01 is outside the supported range");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("100.00"), 6,
                                    Day("9999-09-15")),
      absl::StatusCode::kOutOfRange, "financing: due date of instalment 4");
  auto last_possible = tenor::BuildFinancingSchedule(
      product, Gbp("100.00"), 6, Day("9999-06-30"));
  TENOR_REQUIRE_OK(last_possible);
  CHECK(last_possible->last_instalment().due_date == Day("9999-12-30"));
  // Figures that do not fit in int64 minor units.
  const Money huge = Money::FromMinorUnits(
      std::numeric_limits<int64_t>::max() / 2, Iso("GBP"));
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(FinancingAt("1000"), huge, 6, shipped),
      absl::StatusCode::kOutOfRange, "does not fit in int64");
}

TEST_CASE("financing: agreements enforce the limits, previews do not",
          "[schedule][s4.3][s7]") {
  Financing product = FinancingAt("12");
  product.limits.minimum = Gbp("100.00");
  product.limits.maximum = Gbp("1000.00");
  product.term_minimums = {{24, Gbp("300.00")}, {36, Gbp("500.00")}};
  const absl::CivilDay shipped = Day("2026-01-15");

  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("99.99"), 6, shipped),
      absl::StatusCode::kOutOfRange,
      "financing: amount GBP 99.99 is below the minimum GBP 100.00");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("1000.01"), 6, shipped),
      absl::StatusCode::kOutOfRange,
      "amount GBP 1000.01 is above the maximum GBP 1000.00");
  TENOR_REQUIRE_FAILS(
      tenor::BuildFinancingSchedule(product, Gbp("499.99"), 36, shipped),
      absl::StatusCode::kOutOfRange,
      "amount GBP 499.99 is below the minimum GBP 500.00 for 36 months");
  TENOR_REQUIRE_OK(
      tenor::BuildFinancingSchedule(product, Gbp("500.00"), 36, shipped));
  TENOR_REQUIRE_OK(
      tenor::BuildFinancingSchedule(product, Gbp("1000.00"), 36, shipped));
  TENOR_REQUIRE_OK(
      tenor::BuildFinancingSchedule(product, Gbp("100.00"), 6, shipped));

  // A preview is the same computation without the limits (§7).
  auto preview = tenor::PreviewFinancing(product, Gbp("50.00"), 36, shipped);
  TENOR_REQUIRE_OK(preview);
  CHECK(preview->amount_of_credit() == Gbp("50.00"));
  CHECK(*tenor::PreviewFinancing(product, Gbp("750.00"), 24, shipped) ==
        *tenor::BuildFinancingSchedule(product, Gbp("750.00"), 24, shipped));
}

TEST_CASE("financing: quotes list every qualifying term", "[schedule][s4.3][s7]") {
  Financing product = FinancingAt("12");
  product.limits.minimum = Gbp("100.00");
  product.limits.maximum = Gbp("1000.00");
  product.term_minimums = {{24, Gbp("300.00")}, {36, Gbp("500.00")}};
  const absl::CivilDay shipped = Day("2026-01-15");
  auto terms = [&](const Financing& p, const char* amount) {
    auto quotes = tenor::QuoteFinancing(p, Gbp(amount), shipped);
    std::vector<int> out;
    for (const Schedule& s : *quotes) out.push_back(s.term_months());
    return out;
  };
  CHECK(terms(product, "400.00") == std::vector<int>{6, 12, 18, 24});
  CHECK(terms(product, "1000.00") == std::vector<int>{6, 12, 18, 24, 36});
  CHECK(terms(product, "99.99").empty());
  CHECK(terms(product, "1000.01").empty());
  // Each quote is the preview for its term; the cheapest monthly figure is
  // the "from ... a month" of §7.
  auto quotes = tenor::QuoteFinancing(product, Gbp("1000.00"), shipped);
  TENOR_REQUIRE_OK(quotes);
  CHECK((*quotes)[0] == *tenor::PreviewFinancing(product, Gbp("1000.00"), 6,
                                                 shipped));
  CHECK((*quotes)[4].first_instalment().amount == 3321);  // 36 months
  // Terms the amount is too small for are left out, not an error.
  CHECK(terms(FinancingAt("12"), "0.24") == std::vector<int>{6, 12, 18, 24});
  CHECK(terms(FinancingAt("12"), "0.01").empty());
  // Errors that concern every term still fail the quote.
  TENOR_REQUIRE_FAILS(
      tenor::QuoteFinancing(product, *Money::Parse("400.00", Iso("EUR")),
                            shipped),
      absl::StatusCode::kInvalidArgument, "currency mismatch");
  TENOR_REQUIRE_FAILS(
      tenor::QuoteFinancing(product, Gbp("400.00"), Day("9997-06-15")),
      absl::StatusCode::kOutOfRange, "due date of instalment 36");
}

// ---------------------------------------------------------------------------
// §4.2 Pay in N

TEST_CASE("pay in N: the worked example of §4.2", "[schedule][s4.2]") {
  auto s = tenor::BuildPayInNSchedule(PayInN{}, Gbp("100.00"),
                                      Day("2026-01-31"));
  TENOR_REQUIRE_OK(s);
  CHECK(Rows(*s) == std::vector<std::string>{
                        "2026-01-31 33.34 0.00 33.34 66.66",
                        "2026-03-02 33.33 0.00 33.33 33.33",
                        "2026-04-01 33.33 0.00 33.33 0.00",
                    });
  CHECK(s->product_kind() == tenor::ProductKind::kPayInN);
  CHECK(s->total_interest() == Gbp("0.00"));
  CHECK(s->total_payable() == Gbp("100.00"));
  CHECK(s->apr().ToString() == "0.0");
  const tenor::RepresentativeExample ex = s->representative_example();
  CHECK(ex.term_months == 0);
  CHECK(ex.term_days == 60);
  CHECK(ex.number_of_instalments == 3);
  CHECK(ex.instalment_amount == Gbp("33.34"));
  CHECK(ex.final_instalment_amount == Gbp("33.33"));
  CHECK(ex.first_due_date == Day("2026-01-31"));
  CHECK(ex.last_due_date == Day("2026-04-01"));
  CHECK(ex.rate == Rate::Zero());
  CHECK(ex.rate_is_fixed);
}

TEST_CASE("pay in N: counts, intervals, leap days and currencies",
          "[schedule][s4.2]") {
  PayInN pay_in_4;
  pay_in_4.count = 4;
  pay_in_4.interval_days = 14;
  auto s = tenor::BuildPayInNSchedule(pay_in_4, Gbp("100.01"),
                                      Day("2028-02-15"));
  TENOR_REQUIRE_OK(s);
  CHECK(Rows(*s) == std::vector<std::string>{
                        "2028-02-15 25.01 0.00 25.01 75.00",
                        "2028-02-29 25.00 0.00 25.00 50.00",
                        "2028-03-14 25.00 0.00 25.00 25.00",
                        "2028-03-28 25.00 0.00 25.00 0.00",
                    });
  auto leap = tenor::BuildPayInNSchedule(PayInN{}, Gbp("90.00"),
                                         Day("2028-01-31"));
  CHECK(leap->instalments()[1].due_date == Day("2028-03-01"));
  CHECK(leap->instalments()[2].due_date == Day("2028-03-31"));

  auto jpy = tenor::BuildPayInNSchedule(PayInN{},
                                        *Money::Parse("1000", Iso("JPY")),
                                        Day("2026-01-31"));
  CHECK(Amounts(*jpy) == std::vector<int64_t>{334, 333, 333});
  auto kwd = tenor::BuildPayInNSchedule(
      PayInN{}, *Money::Parse("1.000", Iso("KWD")), Day("2026-01-31"));
  CHECK(Rows(*kwd)[0] == "2026-01-31 0.334 0.000 0.334 0.666");

  PayInN pay_in_12;
  pay_in_12.count = 12;
  auto twelve = tenor::BuildPayInNSchedule(pay_in_12, Gbp("0.12"),
                                           Day("2026-01-01"));
  TENOR_REQUIRE_OK(twelve);
  CHECK(twelve->last_instalment().due_date == Day("2026-11-27"));
  // Every rounding mode is irrelevant here: nothing is rounded; the one
  // rule is the remainder on the first instalments (§2).
}

TEST_CASE("pay in N: refusals", "[schedule][s4.2]") {
  PayInN product;
  product.limits.minimum = Gbp("30.00");
  product.limits.maximum = Gbp("1000.00");
  const absl::CivilDay bought = Day("2026-01-31");
  TENOR_REQUIRE_FAILS(
      tenor::BuildPayInNSchedule(product, Gbp("29.99"), bought),
      absl::StatusCode::kOutOfRange,
      "pay in N: amount GBP 29.99 is below the minimum GBP 30.00");
  TENOR_REQUIRE_OK(tenor::PreviewPayInN(product, Gbp("29.99"), bought));
  TENOR_REQUIRE_FAILS(
      tenor::BuildPayInNSchedule(product, Gbp("1000.01"), bought),
      absl::StatusCode::kOutOfRange, "above the maximum");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayInN(product, *Money::Parse("50", Iso("JPY")), bought),
      absl::StatusCode::kInvalidArgument, "currency mismatch");
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(PayInN{}, Gbp("0.00"), bought),
                      absl::StatusCode::kInvalidArgument,
                      "pay in N: amount GBP 0.00 must be positive");
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(PayInN{}, Gbp("0.02"), bought),
                      absl::StatusCode::kOutOfRange,
                      "too small for 3 instalments");
  PayInN bad;
  bad.count = 1;
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(bad, Gbp("10.00"), bought),
                      absl::StatusCode::kInvalidArgument, "count 1");
  PayInN far;
  far.interval_days = std::numeric_limits<int>::max();
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(far, Gbp("10.00"), bought),
                      absl::StatusCode::kOutOfRange,
                      "pay in N: due date of instalment 2");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayInN(PayInN{}, Gbp("10.00"), Day("9999-12-01")),
      absl::StatusCode::kOutOfRange, "due date of instalment 3");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayInN(PayInN{}, Gbp("10.00"), absl::CivilDay(0, 12, 31)),
      absl::StatusCode::kOutOfRange, "purchase date");
}

// ---------------------------------------------------------------------------
// §4.1 Pay in 30 days

TEST_CASE("pay in 30 days: one instalment, shipment + 30 days",
          "[schedule][s4.1]") {
  auto s = tenor::BuildPayIn30DaysSchedule(PayIn30Days{}, Gbp("100.00"),
                                           Day("2026-01-31"));
  TENOR_REQUIRE_OK(s);
  CHECK(Rows(*s) ==
        std::vector<std::string>{"2026-03-02 100.00 0.00 100.00 0.00"});
  CHECK(s->product_kind() == tenor::ProductKind::kPayIn30Days);
  CHECK(s->total_payable() == Gbp("100.00"));
  CHECK(s->apr().ToString() == "0.0");
  CHECK(s->extensions_used() == 0);
  const tenor::RepresentativeExample ex = s->representative_example();
  CHECK(ex.term_days == 30);
  CHECK(ex.number_of_instalments == 1);
  CHECK(ex.first_due_date == ex.last_due_date);
  // Leap years and other settings.
  CHECK(tenor::BuildPayIn30DaysSchedule(PayIn30Days{}, Gbp("10.00"),
                                        Day("2028-01-31"))
            ->first_instalment()
            .due_date == Day("2028-03-01"));
  PayIn30Days fortnight;
  fortnight.days = 14;
  CHECK(tenor::BuildPayIn30DaysSchedule(fortnight, Gbp("10.00"),
                                        Day("2028-02-15"))
            ->first_instalment()
            .due_date == Day("2028-02-29"));
  auto jpy = tenor::BuildPayIn30DaysSchedule(
      PayIn30Days{}, *Money::Parse("1", Iso("JPY")), Day("2026-01-01"));
  TENOR_REQUIRE_OK(jpy);
  CHECK(jpy->total_payable().ToDisplayString() == "JPY 1");
}

TEST_CASE("pay in 30 days: one free extension of 10 days", "[schedule][s4.1]") {
  const PayIn30Days product;
  const Schedule original = *tenor::BuildPayIn30DaysSchedule(
      product, Gbp("100.00"), Day("2026-01-31"));
  auto extended = tenor::ExtendPayIn30Days(original, product);
  TENOR_REQUIRE_OK(extended);
  CHECK(Rows(*extended) ==
        std::vector<std::string>{"2026-03-12 100.00 0.00 100.00 0.00"});
  CHECK(extended->extensions_used() == 1);
  CHECK(extended->total_payable() == Gbp("100.00"));
  CHECK(extended->apr().ToString() == "0.0");
  CHECK(extended->representative_example().term_days == 40);
  // The original is untouched.
  CHECK(original.first_instalment().due_date == Day("2026-03-02"));
  CHECK(original.extensions_used() == 0);
  // Only once.
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(*extended, product),
                      absl::StatusCode::kFailedPrecondition,
                      "already been extended 1 time(s); the product allows 1");
  // A product that allows none, or two.
  PayIn30Days none;
  none.max_extensions = 0;
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(original, none),
                      absl::StatusCode::kFailedPrecondition, "allows 0");
  PayIn30Days twice;
  twice.max_extensions = 2;
  auto second = tenor::ExtendPayIn30Days(*extended, twice);
  TENOR_REQUIRE_OK(second);
  CHECK(second->first_instalment().due_date == Day("2026-03-22"));
  // Only Pay-in-30-days schedules can be extended.
  const Schedule pay_in_3 =
      *tenor::BuildPayInNSchedule(PayInN{}, Gbp("100.00"), Day("2026-01-31"));
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(pay_in_3, product),
                      absl::StatusCode::kInvalidArgument,
                      "cannot extend a pay_in_n schedule");
  // Past the last supported date.
  const Schedule late = *tenor::BuildPayIn30DaysSchedule(
      product, Gbp("1.00"), Day("9999-11-30"));
  TENOR_REQUIRE_FAILS(tenor::ExtendPayIn30Days(late, product),
                      absl::StatusCode::kOutOfRange, "due date of instalment 1");
}

TEST_CASE("pay in 30 days: refusals", "[schedule][s4.1]") {
  PayIn30Days product;
  product.limits.maximum = Gbp("500.00");
  const absl::CivilDay shipped = Day("2026-01-31");
  TENOR_REQUIRE_FAILS(
      tenor::BuildPayIn30DaysSchedule(product, Gbp("500.01"), shipped),
      absl::StatusCode::kOutOfRange,
      "pay in 30 days: amount GBP 500.01 is above the maximum GBP 500.00");
  TENOR_REQUIRE_OK(tenor::PreviewPayIn30Days(product, Gbp("500.01"), shipped));
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayIn30Days(product, Gbp("-0.01"), shipped),
      absl::StatusCode::kInvalidArgument, "must be positive");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayIn30Days(product, *Money::Parse("1.000", Iso("KWD")),
                                shipped),
      absl::StatusCode::kInvalidArgument, "currency mismatch");
  TENOR_REQUIRE_FAILS(
      tenor::PreviewPayIn30Days(PayIn30Days{}, Gbp("1.00"), Day("9999-12-15")),
      absl::StatusCode::kOutOfRange,
      "pay in 30 days: due date of instalment 1");
  PayIn30Days bad;
  bad.days = 0;
  TENOR_REQUIRE_FAILS(tenor::PreviewPayIn30Days(bad, Gbp("1.00"), shipped),
                      absl::StatusCode::kInvalidArgument, "days 0");
}

// ---------------------------------------------------------------------------
// Property: 10,000 generated financing schedules.

TEST_CASE("financing: property over 10,000 generated schedules",
          "[schedule][s4.3][property]") {
  std::mt19937_64 rng(20260115);
  // 50.00 to 50,000.00; 0 to 40 % in 0.01 steps.
  std::uniform_int_distribution<int64_t> amounts(5'000, 5'000'000);
  std::uniform_int_distribution<int64_t> hundredths(0, 4'000);
  Financing product;
  product.offered_terms.clear();
  for (int term = tenor::kMinFinancingTerm; term <= tenor::kMaxFinancingTerm;
       ++term) {
    product.offered_terms.push_back(term);
  }
  const Currency gbp = Iso("GBP");
  const absl::CivilDay shipped = Day("2027-12-31");
  constexpr int kCases = 10'000;
  int with_interest = 0;
  for (int c = 0; c < kCases; ++c) {
    // Every term and every mode, in turn; rates and amounts at random, with
    // the ends of both ranges forced in now and then.
    const int term = tenor::kMinFinancingTerm + c % 31;
    const RoundingMode mode = tenor::kAllRoundingModes[(c / 31) % 7];
    int64_t p = amounts(rng);
    int64_t steps = hundredths(rng);
    if (c % 97 == 0) steps = 0;
    if (c % 89 == 0) steps = 4'000;
    if (c % 83 == 0) p = 5'000;
    if (c % 79 == 0) p = 5'000'000;
    product.rate = *Rate::FromMicroPercent(steps * 10'000);
    product.rounding = mode;
    INFO("case " << c << ": " << p << " minor units at " << product.rate
                 << " over " << term << " months, "
                 << tenor::RoundingModeName(mode));
    auto s = tenor::BuildFinancingSchedule(
        product, Money::FromMinorUnits(p, gbp), term, shipped);
    TENOR_REQUIRE_OK(s);
    const absl::Span<const Instalment> rows = s->instalments();
    REQUIRE(rows.size() == static_cast<size_t>(term));

    const cpp_rational i = MonthlyRate(product.rate);
    int64_t balance = p;
    int64_t sum_amounts = 0;
    int64_t sum_interest = 0;
    int64_t sum_principal = 0;
    for (const Instalment& row : rows) {
      // interest_k is the exact rounding of B_{k-1} * i.
      REQUIRE(row.interest == RoundRational(cpp_rational(balance) * i, mode));
      REQUIRE(row.amount == row.interest + row.principal);
      REQUIRE(row.principal >= 0);
      balance -= row.principal;
      REQUIRE(row.balance == balance);
      REQUIRE(balance >= 0);
      REQUIRE(row.due_date == *tenor::AddMonths(shipped, row.number));
      sum_amounts += row.amount;
      sum_interest += row.interest;
      sum_principal += row.principal;
    }
    REQUIRE(balance == 0);
    REQUIRE(sum_principal == p);
    REQUIRE(sum_amounts == s->total_payable().minor_units());
    REQUIRE(sum_interest == s->total_interest().minor_units());
    REQUIRE(s->total_payable().minor_units() == p + sum_interest);

    if (steps == 0) {
      // An exact equal split, remainder first, and APR exactly 0.0.
      for (const Instalment& row : rows) {
        const int64_t extra = row.number <= p % term ? 1 : 0;
        REQUIRE(row.amount == p / term + extra);
      }
      REQUIRE(s->apr().scaled == 0);
    } else {
      ++with_interest;
      // Every row but the last is the level payment, which equals the
      // annuity formula evaluated here in big rationals.
      const int64_t a = ReferenceLevelPayment(p, product.rate, term, mode);
      for (size_t k = 0; k + 1 < rows.size(); ++k) {
        REQUIRE(rows[k].amount == a);
      }
      REQUIRE(tenor::LevelPayment(Money::FromMinorUnits(p, gbp), product.rate,
                                  term, mode)
                  ->minor_units() == a);
      // The APR to 4 decimals equals an independent high-precision solve
      // (tests/unit/reference_apr.h), and the schedule's own APR (1 dp)
      // is that root rounded half-up too.
      std::vector<int64_t> payments;
      for (const Instalment& row : rows) payments.push_back(row.amount);
      const tenor_test::Big reference = tenor_test::ReferenceAprPercent(
          tenor_test::MonthlyRefTerms(p, payments), 12);
      const absl::StatusOr<tenor::Apr> four =
          tenor::ComputeMonthlyApr(p, payments, 4);
      TENOR_REQUIRE_OK(four);
      REQUIRE(four->scaled == tenor_test::RoundHalfUp(reference, 4));
      REQUIRE(s->apr().scaled == tenor_test::RoundHalfUp(reference, 1));
    }
  }
  CHECK(with_interest > kCases * 9 / 10);
}

}  // namespace
