// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// US Regulation Z Appendix J, actuarial method: the published examples of
// Appendix J (c), the unit-period counting of (b)(5), exact ties, refusals,
// separation from the EU/UK APR, and a property against an independent
// 50-digit solve written here.

#include "tenor/apr/regulation_z.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "boost/multiprecision/cpp_bin_float.hpp"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor_catch.h"

namespace {

using absl::CivilDay;
using tenor::ComputeRegZApr;
using tenor::Money;
using tenor::RegZApr;
using tenor::RegZPayment;
using tenor::RegZPeriodCount;
using tenor::RegZUnitPeriod;

const tenor::Currency kUsd = *tenor::Currency::FromCode("USD");

Money Usd(int64_t cents) { return Money::FromMinorUnits(cents, kUsd); }

// `count` payments of `cents`, the k-th AddMonths(first, k * months).
void AddMonthly(std::vector<RegZPayment>* payments, int count, int64_t cents,
                CivilDay first, int months) {
  for (int k = 0; k < count; ++k) {
    payments->push_back({Usd(cents), *tenor::AddMonths(first, k * months)});
  }
}

// `count` payments of `cents`, every `days` days from `first`.
void AddEveryDays(std::vector<RegZPayment>* payments, int count, int64_t cents,
                  CivilDay first, int days) {
  for (int k = 0; k < count; ++k) {
    payments->push_back({Usd(cents), first + k * days});
  }
}

std::string RegZText(int64_t financed_cents, CivilDay advance,
                     const std::vector<RegZPayment>& payments,
                     RegZUnitPeriod unit) {
  absl::StatusOr<RegZApr> apr =
      ComputeRegZApr(Usd(financed_cents), advance, payments, unit);
  TENOR_REQUIRE_OK(apr);
  return apr->ToString();
}

RegZPeriodCount Count(CivilDay advance, CivilDay payment, RegZUnitPeriod unit) {
  absl::StatusOr<RegZPeriodCount> count =
      tenor::CountRegZUnitPeriods(advance, payment, unit);
  TENOR_REQUIRE_OK(count);
  return *count;
}

// ---------------------------------------------------------------------------
// Appendix J (c)(1): single advance, with or without an odd first period,
// otherwise regular.

TEST_CASE("Appendix J (c)(1)(i): monthly payments, regular first period -> "
          "9.69 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddMonthly(&payments, 24, 23000, CivilDay(1978, 2, 10), 1);
  CHECK(Count(CivilDay(1978, 1, 10), CivilDay(1978, 2, 10),
              RegZUnitPeriod::kMonth) == RegZPeriodCount{1, 0, 30});
  CHECK(RegZText(500000, CivilDay(1978, 1, 10), payments,
                 RegZUnitPeriod::kMonth) == "9.69");
}

TEST_CASE("Appendix J (c)(1)(ii): monthly payments, long first period -> "
          "11.82 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddMonthly(&payments, 36, 20000, CivilDay(1978, 4, 1), 1);
  // One month back from 1978-04-01 is 1978-03-01, then 19 days.
  CHECK(Count(CivilDay(1978, 2, 10), CivilDay(1978, 4, 1),
              RegZUnitPeriod::kMonth) == RegZPeriodCount{1, 19, 30});
  CHECK(RegZText(600000, CivilDay(1978, 2, 10), payments,
                 RegZUnitPeriod::kMonth) == "11.82");
}

TEST_CASE("Appendix J (c)(1)(iii): semimonthly payments, short first period "
          "-> 10.34 %",
          "[regz]") {
  // Payments on the 1st and 16th of each month from 1978-03-01.
  std::vector<RegZPayment> payments;
  for (int k = 0; k < 24; ++k) {
    const CivilDay first_of_month = *tenor::AddMonths(CivilDay(1978, 3, 1), k / 2);
    payments.push_back({Usd(21917), k % 2 == 0 ? first_of_month
                                               : first_of_month + 15});
  }
  // 6 days to the first payment: t = 0, f = 6/15. The 16th is 1 unit later
  // (30-day months: 21 days -> 1 and 6/15).
  CHECK(Count(CivilDay(1978, 2, 23), CivilDay(1978, 3, 1),
              RegZUnitPeriod::kSemiMonth) == RegZPeriodCount{0, 6, 15});
  CHECK(Count(CivilDay(1978, 2, 23), CivilDay(1978, 3, 16),
              RegZUnitPeriod::kSemiMonth) == RegZPeriodCount{1, 6, 15});
  CHECK(Count(CivilDay(1978, 2, 23), CivilDay(1978, 4, 16),
              RegZUnitPeriod::kSemiMonth) == RegZPeriodCount{3, 6, 15});
  CHECK(RegZText(500000, CivilDay(1978, 2, 23), payments,
                 RegZUnitPeriod::kSemiMonth) == "10.34");
}

TEST_CASE("Appendix J (c)(1)(iv): quarterly payments, long first period -> "
          "8.97 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddMonthly(&payments, 40, 38500, CivilDay(1978, 10, 1), 3);
  // 4 months back from 1978-10-01 is 1978-06-01, then 9 days: 129 days of
  // 30-day months, 1 quarter and 39/90.
  CHECK(Count(CivilDay(1978, 5, 23), CivilDay(1978, 10, 1),
              RegZUnitPeriod::kQuarter) == RegZPeriodCount{1, 39, 90});
  CHECK(RegZText(1000000, CivilDay(1978, 5, 23), payments,
                 RegZUnitPeriod::kQuarter) == "8.97");
}

TEST_CASE("Appendix J (c)(1)(v): weekly payments, long first period -> "
          "14.96 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddEveryDays(&payments, 30, 1760, CivilDay(1978, 4, 21), 7);
  // 32 days: 4 weeks and 4/7.
  CHECK(Count(CivilDay(1978, 3, 20), CivilDay(1978, 4, 21),
              RegZUnitPeriod::kWeek) == RegZPeriodCount{4, 4, 7});
  CHECK(RegZText(50000, CivilDay(1978, 3, 20), payments,
                 RegZUnitPeriod::kWeek) == "14.96");
}

// Appendix J (c)(2): an odd first payment.

TEST_CASE("Appendix J (c)(2)(i): monthly payments, regular first period, "
          "irregular first payment -> 10.08 %",
          "[regz]") {
  std::vector<RegZPayment> payments = {{Usd(25000), CivilDay(1978, 2, 10)}};
  AddMonthly(&payments, 23, 23000, CivilDay(1978, 3, 10), 1);
  CHECK(RegZText(500000, CivilDay(1978, 1, 10), payments,
                 RegZUnitPeriod::kMonth) == "10.08");
}

TEST_CASE("Appendix J (c)(2)(ii): payments every 4 weeks, long first period, "
          "irregular first payment -> 28.50 %",
          "[regz]") {
  std::vector<RegZPayment> payments = {{Usd(3950), CivilDay(1978, 4, 20)}};
  AddEveryDays(&payments, 11, 3831, CivilDay(1978, 5, 18), 28);
  // 33 days: 1 unit of 4 weeks and 5/28.
  CHECK(Count(CivilDay(1978, 3, 18), CivilDay(1978, 4, 20),
              RegZUnitPeriod::kFourWeeks) == RegZPeriodCount{1, 5, 28});
  CHECK(RegZText(40000, CivilDay(1978, 3, 18), payments,
                 RegZUnitPeriod::kFourWeeks) == "28.50");
}

// Appendix J (c)(3): an odd final payment.

TEST_CASE("Appendix J (c)(3)(i): monthly payments, regular first period, "
          "irregular final payment -> 10.50 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddMonthly(&payments, 23, 23000, CivilDay(1978, 2, 10), 1);
  payments.push_back({Usd(28000), CivilDay(1980, 1, 10)});
  CHECK(RegZText(500000, CivilDay(1978, 1, 10), payments,
                 RegZUnitPeriod::kMonth) == "10.50");
}

TEST_CASE("Appendix J (c)(3)(ii): payments every 2 weeks, short first "
          "period, irregular final payment -> 12.22 %",
          "[regz]") {
  std::vector<RegZPayment> payments;
  AddEveryDays(&payments, 19, 950, CivilDay(1978, 4, 11), 14);
  payments.push_back({Usd(3000), CivilDay(1978, 4, 11) + 19 * 14});
  // 8 days: t = 0, f = 8/14.
  CHECK(Count(CivilDay(1978, 4, 3), CivilDay(1978, 4, 11),
              RegZUnitPeriod::kTwoWeeks) == RegZPeriodCount{0, 8, 14});
  CHECK(RegZText(20000, CivilDay(1978, 4, 3), payments,
                 RegZUnitPeriod::kTwoWeeks) == "12.22");
}

// Appendix J (c)(4): odd first and final payments.

TEST_CASE("Appendix J (c)(4)(i): monthly payments, irregular first and final "
          "payments -> 10.90 %",
          "[regz]") {
  std::vector<RegZPayment> payments = {{Usd(25000), CivilDay(1978, 2, 10)}};
  AddMonthly(&payments, 22, 23000, CivilDay(1978, 3, 10), 1);
  payments.push_back({Usd(28000), CivilDay(1980, 1, 10)});
  CHECK(RegZText(500000, CivilDay(1978, 1, 10), payments,
                 RegZUnitPeriod::kMonth) == "10.90");
}

TEST_CASE("Appendix J (c)(4)(ii): payments every 2 months, short first "
          "period, irregular first and final payments -> 7.30 %",
          "[regz]") {
  std::vector<RegZPayment> payments = {{Usd(44936), CivilDay(1978, 3, 1)}};
  AddMonthly(&payments, 18, 46500, CivilDay(1978, 5, 1), 2);
  payments.push_back({Usd(20000), CivilDay(1981, 5, 1)});
  // 1 month back from 1978-03-01 is 1978-02-01, then 22 days: 52 days of
  // 30-day months, 52/60 of a unit.
  CHECK(Count(CivilDay(1978, 1, 10), CivilDay(1978, 3, 1),
              RegZUnitPeriod::kTwoMonths) == RegZPeriodCount{0, 52, 60});
  CHECK(RegZText(800000, CivilDay(1978, 1, 10), payments,
                 RegZUnitPeriod::kTwoMonths) == "7.30");
}

// ---------------------------------------------------------------------------
// Unit periods and their counting, Appendix J (b)(5).

TEST_CASE("Reg Z unit periods: names round-trip, periods per year",
          "[regz]") {
  const char* names[] = {"month", "semi-month", "2-months", "quarter",
                         "week",  "2-weeks",    "4-weeks"};
  const int per_year[] = {12, 24, 6, 4, 52, 26, 13};
  int i = 0;
  for (RegZUnitPeriod unit : tenor::kAllRegZUnitPeriods) {
    CHECK(tenor::RegZUnitPeriodName(unit) == names[i]);
    CHECK(tenor::RegZUnitPeriodsPerYear(unit) == per_year[i]);
    absl::StatusOr<RegZUnitPeriod> parsed = tenor::ParseRegZUnitPeriod(names[i]);
    TENOR_REQUIRE_OK(parsed);
    CHECK(*parsed == unit);
    ++i;
  }
  TENOR_REQUIRE_FAILS(tenor::ParseRegZUnitPeriod("Month"),
                      absl::StatusCode::kInvalidArgument, "\"Month\"");
  TENOR_REQUIRE_FAILS(tenor::ParseRegZUnitPeriod("semimonth"),
                      absl::StatusCode::kInvalidArgument, "semi-month");
}

TEST_CASE("Reg Z counting: whole units back from the payment, the rest as a "
          "fraction",
          "[regz]") {
  const CivilDay advance(2026, 1, 31);
  // Month: 2026-03-31 back 2 months is 2026-01-31 (clamping on the way back
  // from the payment's own day).
  CHECK(Count(advance, CivilDay(2026, 3, 31), RegZUnitPeriod::kMonth) ==
        RegZPeriodCount{2, 0, 30});
  // 2026-02-28 back one month is 2026-01-28, before the advance: 28 days.
  CHECK(Count(advance, CivilDay(2026, 2, 28), RegZUnitPeriod::kMonth) ==
        RegZPeriodCount{0, 28, 30});
  // Same day: nothing.
  CHECK(Count(advance, advance, RegZUnitPeriod::kQuarter) ==
        RegZPeriodCount{0, 0, 90});
  // A 31-day remainder month gives f = 30/30, kept as written.
  CHECK(Count(CivilDay(2026, 3, 1), CivilDay(2026, 3, 31),
              RegZUnitPeriod::kMonth) == RegZPeriodCount{0, 30, 30});
  // Quarter: 7 months and 5 days = 215 days of 30-day months = 2 and 35/90.
  CHECK(Count(CivilDay(2026, 1, 10), CivilDay(2026, 8, 15),
              RegZUnitPeriod::kQuarter) == RegZPeriodCount{2, 35, 90});
  // Weeks count calendar days: 2028-02-01 to 2028-03-01 is 29 days.
  CHECK(Count(CivilDay(2028, 2, 1), CivilDay(2028, 3, 1),
              RegZUnitPeriod::kWeek) == RegZPeriodCount{4, 1, 7});
  CHECK(Count(CivilDay(2028, 2, 1), CivilDay(2028, 3, 1),
              RegZUnitPeriod::kTwoWeeks) == RegZPeriodCount{2, 1, 14});
  CHECK(Count(CivilDay(2028, 2, 1), CivilDay(2028, 3, 1),
              RegZUnitPeriod::kFourWeeks) == RegZPeriodCount{1, 1, 28});
  TENOR_REQUIRE_FAILS(tenor::CountRegZUnitPeriods(CivilDay(2026, 2, 1),
                                                  CivilDay(2026, 1, 31),
                                                  RegZUnitPeriod::kMonth),
                      absl::StatusCode::kInvalidArgument,
                      "payment 2026-01-31 is before the advance 2026-02-01");
}

// ---------------------------------------------------------------------------
// Zero, ties, refusals, separation.

TEST_CASE("Reg Z: no finance charge is exactly 0.00", "[regz]") {
  std::vector<RegZPayment> payments;
  AddMonthly(&payments, 4, 25000, CivilDay(2026, 2, 15), 1);
  CHECK(RegZText(100000, CivilDay(2026, 1, 15), payments,
                 RegZUnitPeriod::kMonth) == "0.00");
}

TEST_CASE("Reg Z certification: a rate exactly on a rounding boundary rounds "
          "half-up",
          "[regz]") {
  // 2400.00 financed, 2424.01 one month later: i = 0.01 + 1/240000, so the
  // APR is 12.005 % exactly, shown 12.01.
  CHECK(RegZText(240000, CivilDay(2026, 1, 15),
                 {{Usd(242401), CivilDay(2026, 2, 15)}},
                 RegZUnitPeriod::kMonth) == "12.01");
  // One cent less: 12.00 % exactly (i = 0.01).
  CHECK(RegZText(240000, CivilDay(2026, 1, 15),
                 {{Usd(242400), CivilDay(2026, 2, 15)}},
                 RegZUnitPeriod::kMonth) == "12.00");
  // With an odd half month (1 month and 15 days: t = 1, f = 15/30), at
  // i = 2401/240000 (APR 12.005 %): (1 + i/2)(1 + i) =
  // (482401 * 242401) / (480000 * 240000), so these amounts tie exactly.
  CHECK(RegZText(480000LL * 240000, CivilDay(2026, 1, 1),
                 {{Usd(482401LL * 242401), CivilDay(2026, 2, 16)}},
                 RegZUnitPeriod::kMonth) == "12.01");
  CHECK(RegZText(480000LL * 240000, CivilDay(2026, 1, 1),
                 {{Usd(482401LL * 242401 - 1), CivilDay(2026, 2, 16)}},
                 RegZUnitPeriod::kMonth) == "12.00");
}

TEST_CASE("Reg Z refusals", "[regz]") {
  const CivilDay advance(2026, 1, 15);
  const std::vector<RegZPayment> one = {{Usd(110000), CivilDay(2027, 1, 15)}};
  TENOR_REQUIRE_FAILS(ComputeRegZApr(Usd(0), advance, one,
                                     RegZUnitPeriod::kMonth),
                      absl::StatusCode::kInvalidArgument, "amount_financed");
  TENOR_REQUIRE_FAILS(ComputeRegZApr(Usd(100000), advance, {},
                                     RegZUnitPeriod::kMonth),
                      absl::StatusCode::kInvalidArgument, "payments: empty");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(100000), advance,
                     {{Usd(120000), CivilDay(2027, 1, 15)},
                      {Usd(-1), CivilDay(2027, 2, 15)}},
                     RegZUnitPeriod::kMonth),
      absl::StatusCode::kInvalidArgument, "payments[1]: amount -0.01");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(100000), advance,
                     {{Money::FromMinorUnits(110000,
                                             *tenor::Currency::FromCode("EUR")),
                       CivilDay(2027, 1, 15)}},
                     RegZUnitPeriod::kMonth),
      absl::StatusCode::kInvalidArgument, "payments[0]: currency mismatch");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(100000), advance,
                     {{Usd(110000), CivilDay(2026, 1, 14)}},
                     RegZUnitPeriod::kMonth),
      absl::StatusCode::kInvalidArgument,
      "payments[0]: dated 2026-01-14, before the advance 2026-01-15");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(100000), advance,
                     {{Usd(90000), CivilDay(2027, 1, 15)}},
                     RegZUnitPeriod::kMonth),
      absl::StatusCode::kInvalidArgument, "negative");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(100000), advance,
                     {{Usd(100000), advance}, {Usd(5000), CivilDay(2027, 1, 15)}},
                     RegZUnitPeriod::kMonth),
      absl::StatusCode::kInvalidArgument, "advance date");
  // 100.00 repaid 300.00 a week later: 10400 % a year nominal, still
  // reported; a 1000-fold repayment is beyond the maximum.
  CHECK(RegZText(10000, advance, {{Usd(30000), advance + 7}},
                 RegZUnitPeriod::kWeek) == "10400.00");
  TENOR_REQUIRE_FAILS(
      ComputeRegZApr(Usd(10000), advance,
                     {{Usd(100'000'000), advance + 7}},
                     RegZUnitPeriod::kWeek),
      absl::StatusCode::kOutOfRange, "maximum");
}

TEST_CASE("Reg Z and the EU/UK APR are separate conventions that never mix",
          "[regz][apr]") {
  // Distinct result and input types, no conversions between them.
  static_assert(!std::is_convertible_v<RegZApr, tenor::Apr>);
  static_assert(!std::is_convertible_v<tenor::Apr, RegZApr>);
  static_assert(!std::is_convertible_v<tenor::DatedFlow, RegZPayment>);
  static_assert(!std::is_convertible_v<RegZPayment, tenor::DatedFlow>);
  // The same loan under both: 1000.00 repaid 1120.00 a year later. Reg Z
  // (nominal, monthly unit period) and the EU effective rate differ.
  const CivilDay advance(2026, 1, 15);
  absl::StatusOr<RegZApr> us = ComputeRegZApr(
      Usd(100000), advance, {{Usd(112000), CivilDay(2027, 1, 15)}},
      RegZUnitPeriod::kMonth);
  TENOR_REQUIRE_OK(us);
  absl::StatusOr<tenor::Apr> eu = tenor::ComputeApr(
      {{Usd(100000), advance}}, {{Usd(112000), CivilDay(2027, 1, 15)}},
      tenor::TimeBasis::kMonths, 2);
  TENOR_REQUIRE_OK(eu);
  CHECK(eu->ToString() == "12.00");  // effective: 12 % a year
  CHECK(us->ToString() == "11.39");  // nominal: 12 x (1.12^(1/12) - 1)
}

TEST_CASE("RegZApr::ToString writes two decimals", "[regz]") {
  CHECK(RegZApr{969}.ToString() == "9.69");
  CHECK(RegZApr{0}.ToString() == "0.00");
  CHECK(RegZApr{5}.ToString() == "0.05");
  CHECK(absl::StrFormat("%s%%", RegZApr{1496}) == "14.96%");
}

// ---------------------------------------------------------------------------
// Property: an independent 50-digit solve of the Appendix J equation.

using Big = boost::multiprecision::cpp_bin_float_50;

struct RefPayment {
  Big amount;
  int64_t t;
  Big f;
};

Big PowInt(Big x, int64_t n) {
  Big result = 1;
  while (n > 0) {
    if (n & 1) result *= x;
    x *= x;
    n >>= 1;
  }
  return result;
}

// The APR in percent: w * i * 100 with A = sum P / ((1 + f i)(1 + i)^t).
Big ReferenceRegZPercent(const Big& financed,
                         const std::vector<RefPayment>& payments, int w) {
  auto f_of = [&](const Big& i, Big* df) {
    Big f = -financed;
    *df = 0;
    for (const RefPayment& p : payments) {
      const Big value = p.amount / ((1 + p.f * i) * PowInt(1 + i, p.t));
      f += value;
      *df -= value * (p.f / (1 + p.f * i) + p.t / (1 + i));
    }
    return f;
  };
  // Bisection in double to ~1e-15, then Newton in 50 digits.
  double lo = 0.0;
  double hi = 100.0;
  for (int k = 0; k < 60; ++k) {
    const double mid = 0.5 * (lo + hi);
    double f = -financed.convert_to<double>();
    for (const RefPayment& p : payments) {
      f += p.amount.convert_to<double>() /
           ((1 + p.f.convert_to<double>() * mid) *
            std::pow(1 + mid, static_cast<double>(p.t)));
    }
    (f > 0 ? lo : hi) = mid;
  }
  Big i = 0.5 * (lo + hi);
  for (int k = 0; k < 6; ++k) {
    Big df;
    const Big f = f_of(i, &df);
    i -= f / df;
  }
  return i * w * 100;
}

TEST_CASE("property: Reg Z APRs equal an independent 50-digit solve, every "
          "unit period, odd first periods",
          "[regz][property]") {
  std::mt19937_64 random(19780110);
  for (int round = 0; round < 400; ++round) {
    const RegZUnitPeriod unit =
        tenor::kAllRegZUnitPeriods[static_cast<size_t>(round) % 7];
    const int w = tenor::RegZUnitPeriodsPerYear(unit);
    const CivilDay advance =
        CivilDay(2026, 1, 1) +
        std::uniform_int_distribution<int>(0, 400)(random);
    const int count = std::uniform_int_distribution<int>(1, 48)(random);
    const int64_t financed =
        std::uniform_int_distribution<int64_t>(10'000, 5'000'000)(random);
    const int64_t per_payment =
        financed / count +
        std::uniform_int_distribution<int64_t>(1, financed / count / 4 + 1)(
            random);
    const CivilDay first =
        advance + std::uniform_int_distribution<int>(1, 75)(random);
    std::vector<RegZPayment> payments;
    for (int k = 0; k < count; ++k) {
      CivilDay due = first;
      switch (unit) {
        case RegZUnitPeriod::kMonth:
          due = *tenor::AddMonths(first, k);
          break;
        case RegZUnitPeriod::kTwoMonths:
          due = *tenor::AddMonths(first, 2 * k);
          break;
        case RegZUnitPeriod::kQuarter:
          due = *tenor::AddMonths(first, 3 * k);
          break;
        case RegZUnitPeriod::kSemiMonth:
          due = *tenor::AddMonths(first, k / 2) + (k % 2) * 15;
          break;
        case RegZUnitPeriod::kWeek:
          due = first + 7 * k;
          break;
        case RegZUnitPeriod::kTwoWeeks:
          due = first + 14 * k;
          break;
        case RegZUnitPeriod::kFourWeeks:
          due = first + 28 * k;
          break;
      }
      payments.push_back({Usd(per_payment), due});
    }
    std::vector<RefPayment> reference_payments;
    for (const RegZPayment& p : payments) {
      const RegZPeriodCount c = Count(advance, p.date, unit);
      reference_payments.push_back(
          {Big(p.amount.minor_units()), c.whole,
           Big(c.fraction_numerator) / c.fraction_denominator});
    }
    INFO("round " << round << " unit " << tenor::RegZUnitPeriodName(unit));
    const Big percent =
        ReferenceRegZPercent(Big(financed), reference_payments, w);
    const Big shifted = percent * 100 + Big(0.5);
    const Big floor = boost::multiprecision::floor(shifted);
    REQUIRE(shifted - floor > Big(1e-25));
    REQUIRE(shifted - floor < 1 - Big(1e-25));
    absl::StatusOr<RegZApr> apr =
        ComputeRegZApr(Usd(financed), advance, payments, unit);
    TENOR_REQUIRE_OK(apr);
    CHECK(apr->hundredths == floor.convert_to<int64_t>());
  }
}

}  // namespace
