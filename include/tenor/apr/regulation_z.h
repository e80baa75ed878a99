// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: apr/regulation_z.h
// -----------------------------------------------------------------------------
//
// The US annual percentage rate for closed-end credit, 12 CFR 1026 (Regulation
// Z) Appendix J, actuarial method: a *nominal* rate, the rate per unit period
// times the number of unit periods in a year. It is a different convention
// from the UK/EU effective rate of tenor/apr/apr.h (credit-rules §5), with its
// own types and functions; the two are never mixed, and neither converts into
// the other.
//
// The equation (Appendix J (b)(8)) for one advance A on the advance date and
// payments P_k:
//
//   A = sum_k  P_k / ((1 + f_k i) (1 + i)^t_k)
//
// where i is the rate per unit period, t_k the number of whole unit periods
// from the advance to payment k and f_k the fraction of a unit period left
// over (simple interest for the odd part of the time, Appendix J (b)(5)):
//
//   * week, 2 weeks, 4 weeks: the days between the dates divided by 7, 14 or
//     28; the quotient is t, the remainder over the divisor is f.
//   * month: whole months counted back from the payment date toward the
//     advance (the k-th month back from D is AddMonths(D, -k)), then the
//     days left over 30.
//   * semi-month, 2 months, quarter: 30 days for each whole month counted
//     back, plus the days left, divided by 15, 60 or 90.
//
// The APR = i x (12, 24, 6, 4, 52, 26 or 13) is reported in percent to 2
// decimals, rounded half-up from the true root, and the digits are certified
// exactly (every quantity in this equation is rational, so the sign of the
// present value at each rounding boundary can be decided exactly).
//
// Not covered: multiple advances, the year and day unit periods, and the
// special single-advance single-payment rules of Appendix J (b)(5)(vi)-(vii)
// (unit period equal to the term).
//
// Example (Appendix J (c)(1)(i)):
//
//   const tenor::Currency usd = *tenor::Currency::FromCode("USD");
//   std::vector<tenor::RegZPayment> payments;
//   for (int k = 0; k < 24; ++k) {
//     payments.push_back({tenor::Money::FromMinorUnits(23000, usd),
//                         *tenor::AddMonths(absl::CivilDay(1978, 2, 10), k)});
//   }
//   absl::StatusOr<tenor::RegZApr> apr = tenor::ComputeRegZApr(
//       tenor::Money::FromMinorUnits(500000, usd), absl::CivilDay(1978, 1, 10),
//       payments, tenor::RegZUnitPeriod::kMonth);
//   // apr->ToString() == "9.69"

#ifndef TENOR_APR_REGULATION_Z_H_
#define TENOR_APR_REGULATION_Z_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// RegZUnitPeriod
//
// The unit period of Appendix J (b)(4), the interval the rate is quoted per.
enum class RegZUnitPeriod {
  kMonth,      // "month":      12 a year
  kSemiMonth,  // "semi-month": 24 a year
  kTwoMonths,  // "2-months":    6 a year
  kQuarter,    // "quarter":     4 a year
  kWeek,       // "week":       52 a year
  kTwoWeeks,   // "2-weeks":    26 a year
  kFourWeeks,  // "4-weeks":    13 a year
};

// Every unit period, in declaration order.
inline constexpr RegZUnitPeriod kAllRegZUnitPeriods[] = {
    RegZUnitPeriod::kMonth,    RegZUnitPeriod::kSemiMonth,
    RegZUnitPeriod::kTwoMonths, RegZUnitPeriod::kQuarter,
    RegZUnitPeriod::kWeek,     RegZUnitPeriod::kTwoWeeks,
    RegZUnitPeriod::kFourWeeks};

// RegZUnitPeriodName()
//
// "month", "semi-month", "2-months", "quarter", "week", "2-weeks" or
// "4-weeks".
std::string_view RegZUnitPeriodName(RegZUnitPeriod unit);

// ParseRegZUnitPeriod()
//
// The inverse of `RegZUnitPeriodName()`.
// Requires: nothing.
// Errors: InvalidArgument for any other text (case matters).
[[nodiscard]] absl::StatusOr<RegZUnitPeriod> ParseRegZUnitPeriod(
    std::string_view name);

// RegZUnitPeriodsPerYear()
//
// 12, 24, 6, 4, 52, 26 or 13 (Appendix J (b)(5)(iii)-(iv)).
int RegZUnitPeriodsPerYear(RegZUnitPeriod unit);

// RegZPeriodCount
//
// The time from the advance to a payment in unit periods: `whole` full unit
// periods (t) and the fraction f = fraction_numerator / fraction_denominator
// of a unit period (0 <= f <= 1; the denominator is 30 for months, 15 for
// semi-months, 60, 90, 7, 14 or 28). The fraction is kept as Appendix J
// writes it, unreduced: 19/30, 6/15.
struct RegZPeriodCount {
  int64_t whole = 0;
  int64_t fraction_numerator = 0;
  int64_t fraction_denominator = 1;

  friend bool operator==(const RegZPeriodCount& a, const RegZPeriodCount& b) {
    return a.whole == b.whole && a.fraction_numerator == b.fraction_numerator &&
           a.fraction_denominator == b.fraction_denominator;
  }
  friend bool operator!=(const RegZPeriodCount& a, const RegZPeriodCount& b) {
    return !(a == b);
  }
  // Prints "t=1 f=19/30".
  friend std::ostream& operator<<(std::ostream& os, const RegZPeriodCount& c) {
    return os << "t=" << c.whole << " f=" << c.fraction_numerator << "/"
              << c.fraction_denominator;
  }
};

// CountRegZUnitPeriods()
//
// The unit periods from `advance` to `payment` by the rules of Appendix J
// (b)(5) summarised above. Example: advance 1978-02-10, payment 1978-04-01,
// month: one month back is 1978-03-01, then 19 days: t = 1, f = 19/30.
//
// Requires: nothing; every input is checked.
//
// Errors: InvalidArgument if `payment` is before `advance`; OutOfRange for a
// date outside 0001-01-01..9999-12-31.
[[nodiscard]] absl::StatusOr<RegZPeriodCount> CountRegZUnitPeriods(
    absl::CivilDay advance, absl::CivilDay payment, RegZUnitPeriod unit);

// RegZPayment
//
// A scheduled payment: a non-negative amount and its due date.
struct RegZPayment {
  Money amount;
  absl::CivilDay date;
};

// kMaxRegZAprPercent
//
// The largest Regulation Z APR tenor reports, in percent (10^6 %).
inline constexpr int64_t kMaxRegZAprPercent = 1'000'000;

// RegZApr
//
// A Regulation Z APR in hundredths of a percent: 9.69 % is {969}. A type of
// its own, so that it cannot be confused with an EU/UK `Apr`.
struct RegZApr {
  int64_t hundredths = 0;

  // "9.69", "0.00", "14.96".
  std::string ToString() const;

  friend bool operator==(const RegZApr& a, const RegZApr& b) {
    return a.hundredths == b.hundredths;
  }
  friend bool operator!=(const RegZApr& a, const RegZApr& b) {
    return !(a == b);
  }
  // Prints "9.69" with `%s` in absl::StrFormat.
  friend absl::FormatConvertResult<absl::FormatConversionCharSet::kString>
  AbslFormatConvert(const RegZApr& apr,
                    const absl::FormatConversionSpec& /*spec*/,
                    absl::FormatSink* sink) {
    sink->Append(apr.ToString());
    return {true};
  }
  friend std::ostream& operator<<(std::ostream& os, const RegZApr& apr) {
    return os << apr.ToString();
  }
};

// ComputeRegZApr()
//
// The Appendix J actuarial APR of a single-advance transaction:
// `amount_financed` advanced on `advance_date` and repaid by `payments`, with
// `unit_period` (the caller chooses it by Appendix J (b)(4): usually the
// most frequent period between payments). Rounded half-up to 2 decimals from
// the true root, certified. Exactly 0.00 when the payments total the amount
// financed.
//
// Requires: nothing; every input is checked.
//
// Errors:
//   InvalidArgument  `amount_financed` not positive; no payments; a negative
//                    payment; a currency different from the amount
//                    financed's; a payment dated before the advance; payments
//                    totalling less than the amount financed (the rate would
//                    be negative); payments on the advance date alone that
//                    repay the whole amount (no positive rate).
//   OutOfRange       the APR exceeds kMaxRegZAprPercent; a date outside
//                    0001-01-01..9999-12-31.
[[nodiscard]] absl::StatusOr<RegZApr> ComputeRegZApr(
    Money amount_financed, absl::CivilDay advance_date,
    absl::Span<const RegZPayment> payments, RegZUnitPeriod unit_period);

TENOR_END_NAMESPACE

#endif  // TENOR_APR_REGULATION_Z_H_
