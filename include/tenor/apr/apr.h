// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: apr/apr.h
// -----------------------------------------------------------------------------
//
// The annual percentage rate of charge as UK CONC App 1.2 and the EU Consumer
// Credit Directive (Annex I) define it (credit-rules §5): the effective yearly
// rate X at which what the lender advances and what the customer repays are
// worth the same today,
//
//   sum over advances  C_k (1 + X)^(-t_k)  =  sum over repayments  D_l (1 + X)^(-s_l)
//
// with every time in years from the first drawdown. How a date becomes a time
// is the `TimeBasis` (months, days365 or calendar; see below).
//
// The result is shown rounded half-up to 1 decimal place, and can be had to
// 0..6 places. The digits are *certain*: tenor rounds the true root, not a
// floating-point approximation of it. A fast numeric solve proposes the
// digits; then the present value is evaluated at both rounding boundaries with
// exact integer interval arithmetic, falling back to wider integers and, for
// a root that sits exactly on a boundary, to an exact algebraic test. Digits
// that cannot be proven are never returned. docs/apr.md explains the proof.
//
// A credit with no charge (repayments total exactly the advances) has an APR
// of exactly 0. Flows whose equation has no positive root, or may have more
// than one, are refused.
//
// The US Regulation Z Appendix J rate is a different, nominal convention with
// its own types in tenor/apr/regulation_z.h. The two are never mixed.
//
// Example:
//
//   // §5: 1000 drawn 1994-01-01, 1200 repaid 1995-07-01, days365.
//   const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
//   const tenor::DatedFlow advance{tenor::Money::FromMinorUnits(100000, gbp),
//                                  absl::CivilDay(1994, 1, 1)};
//   const tenor::DatedFlow repayment{tenor::Money::FromMinorUnits(120000, gbp),
//                                    absl::CivilDay(1995, 7, 1)};
//   absl::StatusOr<tenor::Apr> apr = tenor::ComputeApr(
//       {advance}, {repayment}, tenor::TimeBasis::kDays365, /*decimals=*/2);
//   // apr->ToString() == "12.96"
//
//   // A §4.3 schedule: 1000.00 drawn, 172.55 x 5 then 172.53, monthly.
//   const int64_t payments[] = {17255, 17255, 17255, 17255, 17255, 17253};
//   absl::StatusOr<tenor::Apr> schedule_apr =
//       tenor::ComputeMonthlyApr(100000, payments);
//   // schedule_apr->ToString() == "12.7"

#ifndef TENOR_APR_APR_H_
#define TENOR_APR_APR_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// TimeBasis
//
// How the time of each flow, in years from the first drawdown, is measured
// (§5).
//
//   kMonths    "months": every flow falls on a whole-month anniversary of the
//              first drawdown, AddMonths(first drawdown, k), and t = k / 12.
//              Month-end clamping still counts as a whole month: after a
//              drawdown on 2026-01-31, 2026-02-28 is t = 1/12. This is the
//              basis of a §4.3 financing schedule.
//   kDays365   "days365": t = days / 365, whatever the year. The basis of the
//              day-based products (§4.1, §4.2).
//   kCalendar  "calendar", the CONC/CCD counting rule: from the flow's date,
//              count whole months back toward the first drawdown (the k-th
//              month back from D is AddMonths(D, -k)); where the count stops,
//              at date S, the days left between the first drawdown and S are
//              divided by 365 or 366, the length of the year that ends on S.
//              t = months / 12 + days / (365 or 366). Example: drawdown
//              2024-03-10, flow 2024-06-25: 3 months back is 2024-03-25, 15
//              days after the drawdown, and the year ending 2024-03-25 holds
//              29 February 2024, so t = 3/12 + 15/366. Month ends are counted
//              back from the flow's own date: after a drawdown on 2026-01-31,
//              2026-02-28 is 28 days (one month back, 2026-01-28, is before
//              the drawdown), t = 28/365.
enum class TimeBasis {
  kMonths,
  kDays365,
  kCalendar,
};

// TimeBasisName()
//
// "months", "days365" or "calendar".
std::string_view TimeBasisName(TimeBasis basis);

// ParseTimeBasis()
//
// The inverse of `TimeBasisName()`.
// Requires: nothing.
// Errors: InvalidArgument for any other text (case matters).
[[nodiscard]] absl::StatusOr<TimeBasis> ParseTimeBasis(std::string_view name);

// DatedFlow
//
// A dated amount: a drawdown (advance) or a repayment or charge. Amounts are
// never negative: which side of the equation a flow is on is said by the
// argument it is passed in.
struct DatedFlow {
  Money amount;
  absl::CivilDay date;
};

// kMaxAprDecimals
//
// The most decimal places an APR can be asked for (§5: d <= 6).
inline constexpr int kMaxAprDecimals = 6;

// kMaxAprPercent
//
// The largest APR tenor reports, in percent (10^10 %). Flows whose APR is
// higher (a short loan repaid many times over) are refused with OutOfRange.
inline constexpr int64_t kMaxAprPercent = 10'000'000'000;

// Apr
//
// An APR as an exact decimal percentage: `scaled` / 10^`decimals` percent.
// 12.96 % with 2 decimals is {1296, 2}; 14.0 % with 1 decimal is {140, 1}.
// Values are compared field by field: {130, 1} and {1300, 2} are different
// displays of the same rate and compare unequal.
struct Apr {
  int64_t scaled = 0;
  int decimals = 1;

  // ToString()
  //
  // The percentage with exactly `decimals` places and no sign or "%":
  // "12.96", "0.0", "12.7", "13" (0 decimals).
  std::string ToString() const;

  friend bool operator==(const Apr& a, const Apr& b) {
    return a.scaled == b.scaled && a.decimals == b.decimals;
  }
  friend bool operator!=(const Apr& a, const Apr& b) { return !(a == b); }

  // Prints "12.96" with `%s` in absl::StrFormat.
  friend absl::FormatConvertResult<absl::FormatConversionCharSet::kString>
  AbslFormatConvert(const Apr& apr, const absl::FormatConversionSpec& /*spec*/,
                    absl::FormatSink* sink) {
    sink->Append(apr.ToString());
    return {true};
  }
  friend std::ostream& operator<<(std::ostream& os, const Apr& apr) {
    return os << apr.ToString();
  }
};

// ComputeApr()
//
// The UK/EU APR of `advances` against `repayments` (repayments and charges),
// on `basis`, as the true root rounded half-up to `decimals` places, with
// certified digits. Times are measured from the first drawdown: the earliest
// date among `advances`. Flows on the same date are added together.
//
// A credit with no charge (the repayments total exactly the advances) returns
// exactly 0 ("0.0" with 1 decimal).
//
// Requires: nothing; every input is checked.
//
// Errors:
//   InvalidArgument  `decimals` outside 0..6; `advances` or `repayments`
//                    empty; a negative amount; advances totalling zero; a
//                    currency different from the first advance's; a
//                    repayment dated before the first drawdown; on the months
//                    basis, a date that is not AddMonths(first drawdown, k)
//                    for a whole k (the message names the flow); repayments
//                    totalling less than the advances (the APR would be
//                    negative); flows whose running balance (in date order,
//                    advances minus repayments) does not go from owing to
//                    owed exactly once, so that the equation has no positive
//                    root or may have several (e.g. a repayment before any
//                    credit is outstanding, or a drawdown after the debt
//                    was repaid in full).
//   OutOfRange       the APR exceeds kMaxAprPercent; a date outside
//                    0001-01-01..9999-12-31.
//   Internal         the digits could not be certified (not expected to
//                    happen for any input; reported rather than guessed).
[[nodiscard]] absl::StatusOr<Apr> ComputeApr(
    absl::Span<const DatedFlow> advances, absl::Span<const DatedFlow> repayments,
    TimeBasis basis, int decimals = 1);

// ComputeMonthlyApr()
//
// The months basis for a schedule given as bare minor units: one advance of
// `advance_minor_units` at t = 0 and `payments_minor_units[k]` at
// t = (k + 1) / 12. This is what a §4.3 schedule uses (its due dates are
// AddMonths(shipment date, k + 1), and month-end clamping still counts as a
// whole month). Rounded half-up to `decimals` places, certified, exactly 0
// when the payments total the advance. Payments of zero are allowed (a
// payment holiday).
//
// Requires: nothing; every input is checked.
//
// Errors:
//   InvalidArgument  `decimals` outside 0..6; `advance_minor_units` not
//                    positive; no payments; a negative payment; payments
//                    totalling less than the advance.
//   OutOfRange       the APR exceeds kMaxAprPercent.
//   Internal         as for ComputeApr().
[[nodiscard]] absl::StatusOr<Apr> ComputeMonthlyApr(
    int64_t advance_minor_units,
    absl::Span<const int64_t> payments_minor_units, int decimals = 1);

TENOR_END_NAMESPACE

#endif  // TENOR_APR_APR_H_
