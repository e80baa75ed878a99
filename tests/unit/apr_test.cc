// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// APR, UK CONC App 1.2 / EU CCD Annex I (§5): the published worked examples,
// the §4.3 schedule, time bases, certification at exact ties, refusals, and
// properties against an independent high-precision solve written here.

#include "tenor/apr/apr.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "boost/multiprecision/cpp_bin_float.hpp"
#include "boost/multiprecision/cpp_int.hpp"
#include "tenor/calendar/calendar.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "reference_apr.h"
#include "tenor_catch.h"

namespace {

using tenor_test::Big;
using tenor_test::MonthlyRefTerms;
using tenor_test::PowInt;
using tenor_test::ReferenceAprPercent;
using tenor_test::RefTerm;
using tenor_test::RoundHalfUp;

using absl::CivilDay;
using tenor::Apr;
using tenor::ComputeApr;
using tenor::ComputeMonthlyApr;
using tenor::DatedFlow;
using tenor::Money;
using tenor::TimeBasis;

const tenor::Currency kGbp = *tenor::Currency::FromCode("GBP");
const tenor::Currency kEur = *tenor::Currency::FromCode("EUR");

DatedFlow Flow(int64_t minor_units, CivilDay date) {
  return DatedFlow{Money::FromMinorUnits(minor_units, kGbp), date};
}

std::string AprText(const std::vector<DatedFlow>& advances,
                    const std::vector<DatedFlow>& repayments, TimeBasis basis,
                    int decimals) {
  absl::StatusOr<Apr> apr = ComputeApr(advances, repayments, basis, decimals);
  TENOR_REQUIRE_OK(apr);
  REQUIRE(apr->decimals == decimals);
  return apr->ToString();
}

std::string MonthlyText(int64_t advance, const std::vector<int64_t>& payments,
                        int decimals) {
  absl::StatusOr<Apr> apr = ComputeMonthlyApr(advance, payments, decimals);
  TENOR_REQUIRE_OK(apr);
  return apr->ToString();
}

// 5000.00 drawn 2010-03-01, 48 x 134.57 monthly from 2010-04-01 (§5, §9).
std::vector<DatedFlow> FortyEightPayments() {
  std::vector<DatedFlow> payments;
  for (int k = 1; k <= 48; ++k) {
    payments.push_back(Flow(13457, *tenor::AddMonths(CivilDay(2010, 3, 1), k)));
  }
  return payments;
}

// ---------------------------------------------------------------------------
// §5 worked examples (published figures).

TEST_CASE("§5 example: 1000 drawn 1994-01-01, 1200 repaid 1995-07-01, "
          "days365 -> 12.96 %",
          "[apr][s5]") {
  const std::vector<DatedFlow> advances = {Flow(100000, CivilDay(1994, 1, 1))};
  const std::vector<DatedFlow> repayments = {
      Flow(120000, CivilDay(1995, 7, 1))};
  CHECK(AprText(advances, repayments, TimeBasis::kDays365, 2) == "12.96");
  CHECK(AprText(advances, repayments, TimeBasis::kDays365, 1) == "13.0");
  CHECK(AprText(advances, repayments, TimeBasis::kDays365, 6) == "12.962038");
}

TEST_CASE("§5 example: 950 drawn, 1200 repaid, same dates -> 16.9 %",
          "[apr][s5]") {
  const std::vector<DatedFlow> advances = {Flow(95000, CivilDay(1994, 1, 1))};
  const std::vector<DatedFlow> repayments = {
      Flow(120000, CivilDay(1995, 7, 1))};
  CHECK(AprText(advances, repayments, TimeBasis::kDays365, 1) == "16.9");
  CHECK(AprText(advances, repayments, TimeBasis::kDays365, 2) == "16.90");
}

TEST_CASE("§5 example: 1000 drawn, 600 after one and 600 after two years "
          "-> 13.07 %",
          "[apr][s5]") {
  const std::vector<DatedFlow> advances = {Flow(100000, CivilDay(1994, 1, 1))};
  const std::vector<DatedFlow> repayments = {
      Flow(60000, CivilDay(1995, 1, 1)), Flow(60000, CivilDay(1996, 1, 1))};
  // Whole years: every basis gives t = 1 and t = 2.
  for (TimeBasis basis :
       {TimeBasis::kDays365, TimeBasis::kMonths, TimeBasis::kCalendar}) {
    INFO(tenor::TimeBasisName(basis));
    CHECK(AprText(advances, repayments, basis, 2) == "13.07");
    CHECK(AprText(advances, repayments, basis, 1) == "13.1");
  }
  // The same schedule as bare minor units: payments in months 12 and 24.
  std::vector<int64_t> payments(24, 0);
  payments[11] = 60000;
  payments[23] = 60000;
  CHECK(MonthlyText(100000, payments, 2) == "13.07");
}

TEST_CASE("§5 example: 5000.00 drawn, 48 monthly payments of 134.57, months "
          "basis -> 14.0 %",
          "[apr][s5]") {
  const std::vector<DatedFlow> advances = {Flow(500000, CivilDay(2010, 3, 1))};
  CHECK(AprText(advances, FortyEightPayments(), TimeBasis::kMonths, 1) ==
        "14.0");
  CHECK(MonthlyText(500000, std::vector<int64_t>(48, 13457), 1) == "14.0");
  CHECK(MonthlyText(500000, std::vector<int64_t>(48, 13457), 3) == "13.999");
  // These dates are whole months without clamping: calendar agrees.
  CHECK(AprText(advances, FortyEightPayments(), TimeBasis::kCalendar, 3) ==
        "13.999");
}

TEST_CASE("§4.3 example schedule: 1000.00, 172.55 x 5 then 172.53 -> 12.7 %",
          "[apr][s5][s4.3]") {
  const std::vector<int64_t> payments = {17255, 17255, 17255,
                                         17255, 17255, 17253};
  CHECK(MonthlyText(100000, payments, 1) == "12.7");
  CHECK(MonthlyText(100000, payments, 2) == "12.68");
  // The same flows dated as the schedule is (shipped 2026-01-15).
  std::vector<DatedFlow> repayments;
  for (int k = 1; k <= 6; ++k) {
    repayments.push_back(
        Flow(payments[static_cast<size_t>(k - 1)], *tenor::AddMonths(CivilDay(2026, 1, 15), k)));
  }
  CHECK(AprText({Flow(100000, CivilDay(2026, 1, 15))}, repayments,
                TimeBasis::kMonths, 1) == "12.7");
}

int64_t HalfUp(const boost::multiprecision::cpp_int& num,
               const boost::multiprecision::cpp_int& den) {
  return static_cast<int64_t>((2 * num + den) / (2 * den));
}

// A §4.3 schedule built with exact integers: P minor units at R millionths
// of a percent over n months (i = R / 1.2e9 exactly), level payment rounded
// half-up, each month's interest rounded half-up, the last row clearing the
// balance. Empty if a principal part would be negative.
std::vector<int64_t> LevelSchedule(int64_t principal, int64_t rate_micro,
                                   int n) {
  using boost::multiprecision::cpp_int;
  const cpp_int d = 1'200'000'000;
  const cpp_int r = rate_micro;
  const cpp_int grown = boost::multiprecision::pow(d + r, static_cast<unsigned>(n));
  const cpp_int base = boost::multiprecision::pow(d, static_cast<unsigned>(n));
  const int64_t level =
      HalfUp(cpp_int(principal) * r * grown, d * (grown - base));
  std::vector<int64_t> payments;
  int64_t balance = principal;
  for (int k = 1; k < n; ++k) {
    const int64_t interest = HalfUp(cpp_int(balance) * r, d);
    const int64_t principal_part = level - interest;
    if (principal_part < 0) return {};
    balance -= principal_part;
    if (balance < 0) return {};
    payments.push_back(level);
  }
  payments.push_back(balance + HalfUp(cpp_int(balance) * r, d));
  return payments;
}

TEST_CASE("property: §4.3 level-payment schedules, APR to 4 and 1 decimals "
          "equals an independent 50-digit solve",
          "[apr][s5][property]") {
  std::mt19937_64 random(20260115);
  std::uniform_int_distribution<int64_t> amount(10'000, 5'000'000);
  std::uniform_int_distribution<int64_t> rate(10'000, 40'000'000);  // 0.01..40 %
  std::uniform_int_distribution<int> term(6, 36);
  int checked = 0;
  while (checked < 2000) {
    const int64_t principal = amount(random);
    const int64_t rate_micro = rate(random);
    const int n = term(random);
    const std::vector<int64_t> payments =
        LevelSchedule(principal, rate_micro, n);
    if (payments.empty()) continue;
    INFO("P=" << principal << " R=" << rate_micro << " n=" << n);
    const Big reference = ReferenceAprPercent(MonthlyRefTerms(principal, payments), 12);
    absl::StatusOr<Apr> four = ComputeMonthlyApr(principal, payments, 4);
    TENOR_REQUIRE_OK(four);
    CHECK(four->scaled == RoundHalfUp(reference, 4));
    absl::StatusOr<Apr> one = ComputeMonthlyApr(principal, payments, 1);
    TENOR_REQUIRE_OK(one);
    CHECK(one->scaled == RoundHalfUp(reference, 1));
    ++checked;
  }
}

// ---------------------------------------------------------------------------
// Time bases.

TEST_CASE("time basis names round-trip and other text is refused",
          "[apr][s5]") {
  for (TimeBasis basis :
       {TimeBasis::kMonths, TimeBasis::kDays365, TimeBasis::kCalendar}) {
    absl::StatusOr<TimeBasis> parsed =
        tenor::ParseTimeBasis(tenor::TimeBasisName(basis));
    TENOR_REQUIRE_OK(parsed);
    CHECK(*parsed == basis);
  }
  CHECK(tenor::TimeBasisName(TimeBasis::kDays365) == "days365");
  TENOR_REQUIRE_FAILS(tenor::ParseTimeBasis("Months"),
                      absl::StatusCode::kInvalidArgument, "\"Months\"");
  TENOR_REQUIRE_FAILS(tenor::ParseTimeBasis(""),
                      absl::StatusCode::kInvalidArgument, "time basis");
}

// The APR of one advance A and one repayment P after t years is
// (P/A)^(1/t) - 1; comparing with it checks the time each basis assigns.
int64_t SinglePaymentApr(int64_t advance, int64_t repayment, const Big& years,
                         int decimals) {
  const Big x = boost::multiprecision::exp(
                    boost::multiprecision::log(Big(repayment) / advance) /
                    years) -
                1;
  return RoundHalfUp(x * 100, decimals);
}

int64_t ScaledApr(CivilDay from, CivilDay to, TimeBasis basis) {
  absl::StatusOr<Apr> apr = ComputeApr({Flow(100000, from)},
                                       {Flow(105000, to)}, basis, 6);
  TENOR_REQUIRE_OK(apr);
  return apr->scaled;
}

TEST_CASE("calendar basis: whole months back from the flow, then days over "
          "the year ending where the count stopped",
          "[apr][s5]") {
  // 2024-06-25 back 3 months is 2024-03-25, 15 days after the drawdown; the
  // year ending 2024-03-25 holds 29 February 2024: t = 3/12 + 15/366.
  CHECK(ScaledApr(CivilDay(2024, 3, 10), CivilDay(2024, 6, 25),
                  TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(3) / 12 + Big(15) / 366, 6));
  // A year later the count stops at the same 2024-03-25: still 366.
  CHECK(ScaledApr(CivilDay(2024, 3, 10), CivilDay(2025, 6, 25),
                  TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(15) / 12 + Big(15) / 366, 6));
  // Drawn a year later, the year ending 2025-03-25 has no 29 February.
  CHECK(ScaledApr(CivilDay(2025, 3, 10), CivilDay(2025, 6, 25),
                  TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(3) / 12 + Big(15) / 365, 6));
  // 2025-02-28: no whole month; the year ending 2025-02-28 starts
  // 2024-02-28 and holds 29 February 2024.
  CHECK(ScaledApr(CivilDay(2025, 2, 20), CivilDay(2025, 2, 28),
                  TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(8) / 366, 6));
  // Across a year end: 2024-01-05 back 2 months is 2023-11-05 < drawdown
  // 2023-11-20, so 1 month (2023-12-05) and 15 days.
  CHECK(ScaledApr(CivilDay(2023, 11, 20), CivilDay(2024, 1, 5),
                  TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(1) / 12 + Big(15) / 365, 6));
}

TEST_CASE("calendar basis: month ends are counted back from the flow's own "
          "date; the months basis counts clamped anniversaries as months",
          "[apr][s5]") {
  const CivilDay drawdown(2026, 1, 31);
  const CivilDay february_end(2026, 2, 28);
  // Calendar: one month back from 2026-02-28 is 2026-01-28, before the
  // drawdown, so the time is 28 days.
  CHECK(ScaledApr(drawdown, february_end, TimeBasis::kCalendar) ==
        SinglePaymentApr(100000, 105000, Big(28) / 365, 6));
  // Months: 2026-02-28 is AddMonths(2026-01-31, 1), a whole month.
  CHECK(ScaledApr(drawdown, february_end, TimeBasis::kMonths) ==
        SinglePaymentApr(100000, 105000, Big(1) / 12, 6));
  // days365 counts the 28 days.
  CHECK(ScaledApr(drawdown, february_end, TimeBasis::kDays365) ==
        SinglePaymentApr(100000, 105000, Big(28) / 365, 6));
  // A clamped anniversary and the next unclamped one are both whole months.
  CHECK(ScaledApr(drawdown, CivilDay(2026, 3, 31), TimeBasis::kMonths) ==
        SinglePaymentApr(100000, 105000, Big(2) / 12, 6));
}

TEST_CASE("days365 basis: every day counts, leap years included", "[apr][s5]") {
  // 2024-01-01 to 2025-01-01 is 366 days: t = 366/365.
  CHECK(ScaledApr(CivilDay(2024, 1, 1), CivilDay(2025, 1, 1),
                  TimeBasis::kDays365) ==
        SinglePaymentApr(100000, 105000, Big(366) / 365, 6));
  // Calendar counts the same dates as 12 whole months: t = 1, 5 % exactly.
  CHECK(ScaledApr(CivilDay(2024, 1, 1), CivilDay(2025, 1, 1),
                  TimeBasis::kCalendar) == 5'000'000);
}

TEST_CASE("months basis: a date that is not a whole-month anniversary is "
          "refused, naming the flow",
          "[apr][s5]") {
  const std::vector<DatedFlow> advances = {Flow(100000, CivilDay(2026, 1, 31))};
  // 2026-02-27 is not AddMonths(2026-01-31, k) for any k.
  TENOR_REQUIRE_FAILS(
      ComputeApr(advances,
                 {Flow(60000, CivilDay(2026, 2, 28)),
                  Flow(60000, CivilDay(2026, 3, 27))},
                 TimeBasis::kMonths),
      absl::StatusCode::kInvalidArgument, "repayments[1]: 2026-03-27");
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(100000, CivilDay(2026, 1, 31)),
                  Flow(100, CivilDay(2026, 2, 15))},
                 {Flow(120000, CivilDay(2026, 3, 31))}, TimeBasis::kMonths),
      absl::StatusCode::kInvalidArgument, "advances[1]: 2026-02-15");
  // The same dates are fine on the other bases.
  TENOR_REQUIRE_OK(ComputeApr(advances,
                              {Flow(60000, CivilDay(2026, 2, 28)),
                               Flow(60000, CivilDay(2026, 3, 27))},
                              TimeBasis::kCalendar));
}

// ---------------------------------------------------------------------------
// Decimals, zero, exact ties.

TEST_CASE("decimals: 1 by default, 0..6 on request, anything else refused",
          "[apr][s5]") {
  const std::vector<int64_t> payments(48, 13457);
  absl::StatusOr<Apr> by_default = ComputeMonthlyApr(500000, payments);
  TENOR_REQUIRE_OK(by_default);
  CHECK(*by_default == Apr{140, 1});
  const char* expected[] = {"14",     "14.0",     "14.00",   "13.999",
                            "13.9994", "13.99944", "13.999441"};
  for (int d = 0; d <= 6; ++d) {
    CHECK(MonthlyText(500000, payments, d) == expected[d]);
  }
  for (int d : {-1, 7, 100}) {
    TENOR_REQUIRE_FAILS(ComputeMonthlyApr(500000, payments, d),
                        absl::StatusCode::kInvalidArgument, "decimals");
    TENOR_REQUIRE_FAILS(
        ComputeApr({Flow(100000, CivilDay(1994, 1, 1))},
                   {Flow(120000, CivilDay(1995, 7, 1))}, TimeBasis::kDays365,
                   d),
        absl::StatusCode::kInvalidArgument, "decimals");
  }
}

TEST_CASE("no charge: the APR is exactly 0", "[apr][s5]") {
  CHECK(MonthlyText(100000, {33334, 33333, 33333}, 1) == "0.0");
  CHECK(MonthlyText(100000, {33334, 33333, 33333}, 6) == "0.000000");
  CHECK(AprText({Flow(10000, CivilDay(2026, 1, 31))},
                {Flow(3334, CivilDay(2026, 1, 31)),
                 Flow(3333, CivilDay(2026, 3, 2)),
                 Flow(3333, CivilDay(2026, 4, 1))},
                TimeBasis::kDays365, 1) == "0.0");
  CHECK(MonthlyText(100000, {100000}, 0) == "0");
}

TEST_CASE("tiny charges round to 0.0 without being refused", "[apr][s5]") {
  // One minor unit of charge on 5000.00 over 4 years.
  std::vector<int64_t> payments(48, 10417);
  payments[47] = 500000 - 47 * 10417 + 1;
  CHECK(MonthlyText(500000, payments, 1) == "0.0");
  CHECK(MonthlyText(500000, payments, 6) == "0.000098");
  CHECK(MonthlyText(500000, payments, 6) ==
        Apr{RoundHalfUp(ReferenceAprPercent(MonthlyRefTerms(500000, payments),
                                            12),
                        6),
            6}
            .ToString());
}

TEST_CASE("certification: a root exactly on a rounding boundary rounds half-up",
          "[apr][s5]") {
  // 1000 -> 1105 after 12 months: X = 10.5 % exactly.
  std::vector<int64_t> year(12, 0);
  year[11] = 110500;
  CHECK(MonthlyText(100000, year, 0) == "11");
  CHECK(MonthlyText(100000, year, 1) == "10.5");
  CHECK(MonthlyText(100000, year, 6) == "10.500000");
  // The same on days365 (365 days) and calendar (12 months).
  for (TimeBasis basis : {TimeBasis::kDays365, TimeBasis::kCalendar}) {
    CHECK(AprText({Flow(100000, CivilDay(2026, 1, 15))},
                  {Flow(110500, CivilDay(2027, 1, 15))}, basis, 0) == "11");
  }
  // 1000 -> 1250 after 6 months: (1 + X)^(1/2) = 1.25, X = 56.25 % exactly;
  // the boundary 56.25 at 1 decimal is irrational-looking until one sees
  // 1.5625 = (5/4)^2.
  std::vector<int64_t> half_year(6, 0);
  half_year[5] = 125000;
  CHECK(MonthlyText(100000, half_year, 0) == "56");
  CHECK(MonthlyText(100000, half_year, 1) == "56.3");
  CHECK(MonthlyText(100000, half_year, 2) == "56.25");
  // Two repayments, X = 10.5 % exactly: 400.00 = 200.00 / 1.105 +
  // 267.41 / 1.105^2.
  const std::vector<DatedFlow> two = {Flow(20000, CivilDay(2026, 3, 1)),
                                      Flow(26741, CivilDay(2027, 3, 1))};
  CHECK(AprText({Flow(40000, CivilDay(2025, 3, 1))}, two, TimeBasis::kMonths,
                0) == "11");
  CHECK(AprText({Flow(40000, CivilDay(2025, 3, 1))}, two, TimeBasis::kMonths,
                1) == "10.5");
  // One minor unit less and the root is just below the boundary.
  CHECK(AprText({Flow(40000, CivilDay(2025, 3, 1))},
                {Flow(20000, CivilDay(2026, 3, 1)),
                 Flow(26740, CivilDay(2027, 3, 1))},
                TimeBasis::kMonths, 0) == "10");
}

TEST_CASE("amounts near the int64 limit: exact totals and wide arithmetic",
          "[apr][s5]") {
  // Totals above INT64_MAX, so sums are 128-bit and the certifier leaves its
  // 62-bit fast path.
  const int64_t big = 4'000'000'000'000'000'000;  // 4e18 minor units
  CHECK(MonthlyText(big, std::vector<int64_t>(2, 2'200'000'000'000'000'000),
                    6) ==
        []() {
          std::vector<int64_t> scaled_down(2, 22);
          absl::StatusOr<Apr> apr = ComputeMonthlyApr(40, scaled_down, 6);
          return apr.ok() ? apr->ToString() : std::string();
        }());
  std::vector<int64_t> year(12, 0);
  year[11] = 4'400'000'000'000'000'000;
  CHECK(MonthlyText(big, year, 6) == "10.000000");
  // Independent check of a non-trivial case.
  const std::vector<int64_t> payments(36, 150'000'000'000'000'000);
  const Big reference =
      ReferenceAprPercent(MonthlyRefTerms(big, payments), 12);
  absl::StatusOr<Apr> apr = ComputeMonthlyApr(big, payments, 6);
  TENOR_REQUIRE_OK(apr);
  CHECK(apr->scaled == RoundHalfUp(reference, 6));
}

TEST_CASE("an APR above the supported maximum is OutOfRange", "[apr][s5]") {
  // 100 repaid 200 one day later: X = 2^365 - 1.
  TENOR_REQUIRE_FAILS(ComputeApr({Flow(10000, CivilDay(2026, 1, 1))},
                                 {Flow(20000, CivilDay(2026, 1, 2))},
                                 TimeBasis::kDays365),
                      absl::StatusCode::kOutOfRange, "maximum");
  // 100 repaid 130 after a week: about 86 million percent, still reported.
  absl::StatusOr<Apr> payday = ComputeApr({Flow(10000, CivilDay(2026, 1, 1))},
                                          {Flow(13000, CivilDay(2026, 1, 8))},
                                          TimeBasis::kDays365, 0);
  TENOR_REQUIRE_OK(payday);
  CHECK(payday->scaled ==
        SinglePaymentApr(10000, 13000, Big(7) / 365, 0));
}

// ---------------------------------------------------------------------------
// Refusals.

TEST_CASE("refused: empty sides, negative amounts, mixed currencies, early "
          "repayments",
          "[apr][s5]") {
  const std::vector<DatedFlow> advance = {Flow(100000, CivilDay(2026, 1, 1))};
  const std::vector<DatedFlow> repayment = {Flow(110000, CivilDay(2027, 1, 1))};
  TENOR_REQUIRE_FAILS(ComputeApr({}, repayment, TimeBasis::kDays365),
                      absl::StatusCode::kInvalidArgument, "advances: empty");
  TENOR_REQUIRE_FAILS(ComputeApr(advance, {}, TimeBasis::kDays365),
                      absl::StatusCode::kInvalidArgument, "repayments: empty");
  TENOR_REQUIRE_FAILS(
      ComputeApr(advance,
                 {Flow(120000, CivilDay(2027, 1, 1)),
                  Flow(-100, CivilDay(2027, 2, 1))},
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "repayments[1]: amount -1.00 is negative");
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(-100000, CivilDay(2026, 1, 1))}, repayment,
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "advances[0]");
  TENOR_REQUIRE_FAILS(
      ComputeApr(advance,
                 {DatedFlow{Money::FromMinorUnits(110000, kEur),
                            CivilDay(2027, 1, 1)}},
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "repayments[0]: currency mismatch");
  TENOR_REQUIRE_FAILS(
      ComputeApr(advance,
                 {Flow(10000, CivilDay(2025, 12, 31)),
                  Flow(100000, CivilDay(2027, 1, 1))},
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument,
      "repayments[0]: dated 2025-12-31, before the first drawdown 2026-01-01");
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(0, CivilDay(2026, 1, 1))}, repayment,
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "advances: the amounts total zero");
  TENOR_REQUIRE_FAILS(ComputeMonthlyApr(0, {100}),
                      absl::StatusCode::kInvalidArgument,
                      "advance_minor_units");
  TENOR_REQUIRE_FAILS(ComputeMonthlyApr(100000, {}),
                      absl::StatusCode::kInvalidArgument,
                      "payments_minor_units: empty");
  TENOR_REQUIRE_FAILS(ComputeMonthlyApr(100000, {60000, -1, 60000}),
                      absl::StatusCode::kInvalidArgument,
                      "payments_minor_units[1]: -1 is negative");
}

TEST_CASE("refused: flows without a positive root or with possibly several",
          "[apr][s5]") {
  // Repayments below the advances: the rate would be negative.
  TENOR_REQUIRE_FAILS(ComputeMonthlyApr(100000, {40000, 40000}),
                      absl::StatusCode::kInvalidArgument, "no positive root");
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(100000, CivilDay(2026, 1, 1))},
                 {Flow(90000, CivilDay(2027, 1, 1))}, TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument,
      "repayments: total 900.00 is less than the advances' total 1000.00");
  // More repaid on the first day than drawn: no sign change.
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(100000, CivilDay(2026, 1, 1)),
                  Flow(100000, CivilDay(2026, 6, 1))},
                 {Flow(150000, CivilDay(2026, 1, 1)),
                  Flow(60000, CivilDay(2026, 9, 1))},
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "no positive root");
  // Repaid with a surplus, then a new drawdown: the running balance changes
  // sign three times.
  TENOR_REQUIRE_FAILS(
      ComputeApr({Flow(100000, CivilDay(2026, 1, 1)),
                  Flow(100000, CivilDay(2026, 6, 1))},
                 {Flow(110000, CivilDay(2026, 3, 1)),
                  Flow(110000, CivilDay(2026, 9, 1))},
                 TimeBasis::kDays365),
      absl::StatusCode::kInvalidArgument, "several roots");
}

TEST_CASE("several drawdowns: accepted while the balance changes sign once",
          "[apr][s5]") {
  // Drawn in two tranches with a repayment between: the running balance is
  // -1000, -500, -1500, +100, so the root is unique (docs/apr.md).
  const std::vector<DatedFlow> advances = {Flow(100000, CivilDay(2026, 1, 1)),
                                           Flow(100000, CivilDay(2026, 3, 1))};
  const std::vector<DatedFlow> repayments = {
      Flow(50000, CivilDay(2026, 2, 1)), Flow(160000, CivilDay(2026, 6, 1))};
  absl::StatusOr<Apr> apr =
      ComputeApr(advances, repayments, TimeBasis::kMonths, 6);
  TENOR_REQUIRE_OK(apr);
  const std::vector<RefTerm> terms = {
      {0, Big(-100000)}, {1, Big(50000)}, {2, Big(-100000)}, {5, Big(160000)}};
  CHECK(apr->scaled == RoundHalfUp(ReferenceAprPercent(terms, 12), 6));
  // A drawdown and a repayment on the same day are netted.
  absl::StatusOr<Apr> netted =
      ComputeApr({Flow(100000, CivilDay(2026, 1, 1)),
                  Flow(30000, CivilDay(2026, 2, 1))},
                 {Flow(30000, CivilDay(2026, 2, 1)),
                  Flow(110000, CivilDay(2027, 1, 1))},
                 TimeBasis::kMonths, 6);
  TENOR_REQUIRE_OK(netted);
  CHECK(netted->ToString() == "10.000000");
}

TEST_CASE("Apr::ToString writes exactly `decimals` places", "[apr][s5]") {
  CHECK(Apr{1296, 2}.ToString() == "12.96");
  CHECK(Apr{0, 1}.ToString() == "0.0");
  CHECK(Apr{5, 3}.ToString() == "0.005");
  CHECK(Apr{13, 0}.ToString() == "13");
  CHECK(Apr{127, 1}.ToString() == "12.7");
  CHECK(absl::StrFormat("%s %%", Apr{140, 1}) == "14.0 %");
}

TEST_CASE("property: dated days365 flows (one or two drawdowns) equal an "
          "independent 50-digit solve at 3 and 6 decimals",
          "[apr][s5][property]") {
  std::mt19937_64 random(19940101);
  const CivilDay start(2024, 2, 10);
  for (int round = 0; round < 300; ++round) {
    const int count = std::uniform_int_distribution<int>(1, 24)(random);
    const int64_t drawn =
        std::uniform_int_distribution<int64_t>(10'000, 10'000'000)(random);
    // Repayments whose running total stays below the drawdowns until the
    // last one, which adds the charge.
    std::vector<DatedFlow> advances = {Flow(drawn, start)};
    std::vector<DatedFlow> repayments;
    std::vector<RefTerm> terms = {{0, Big(-drawn)}};
    int64_t day = 0;
    int64_t repaid = 0;
    const int64_t second =
        round % 3 == 0 ? drawn / 4 : 0;  // a second tranche every third case
    const int second_at = count / 2;
    for (int k = 0; k < count; ++k) {
      day += std::uniform_int_distribution<int64_t>(1, 70)(random);
      if (second != 0 && k == second_at) {
        advances.push_back(Flow(second, start + day));
        terms.push_back({day, Big(-second)});
        day += std::uniform_int_distribution<int64_t>(1, 30)(random);
      }
      int64_t amount = drawn / (count + 1);
      if (k == count - 1) {
        const int64_t charge =
            std::uniform_int_distribution<int64_t>(1, drawn / 2)(random);
        amount = drawn + second - repaid + charge;
      }
      repaid += amount;
      repayments.push_back(Flow(amount, start + day));
      terms.push_back({day, Big(amount)});
    }
    INFO("round " << round);
    const Big reference = ReferenceAprPercent(terms, 365);
    for (int d : {3, 6}) {
      absl::StatusOr<Apr> apr =
          ComputeApr(advances, repayments, TimeBasis::kDays365, d);
      TENOR_REQUIRE_OK(apr);
      CHECK(apr->scaled == RoundHalfUp(reference, d));
    }
  }
}

}  // namespace
