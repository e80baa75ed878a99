// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. Times in years as the APR (credit-rules §5) and early settlement
// (§9) measure them: months / 12 + days365 / 365 + days366 / 366, and the
// calendar basis of CONC App 1.2 / CCD Annex I that turns two dates into
// such a time. Shared by src/apr/apr.cc and src/ledger/compound.cc.

#ifndef TENOR_SRC_APR_TIME_BASIS_H_
#define TENOR_SRC_APR_TIME_BASIS_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// A time in years: months / 12 + days365 / 365 + days366 / 366. Never
// negative.
struct YearFraction {
  int64_t months = 0;
  int64_t days365 = 0;
  int64_t days366 = 0;

  bool is_zero() const { return months == 0 && days365 == 0 && days366 == 0; }
};

// lcm(12, 365, 366): every YearFraction is YearKey / kYearUnits years.
inline constexpr int64_t kYearUnits = 267180;

// The time in units of 1/267180 year: exact, so times can be ordered and
// compared without rounding.
inline int64_t YearKey(const YearFraction& t) {
  return t.months * 22265 + t.days365 * 732 + t.days366 * 730;
}

// The difference of the month numbers of `first` and `date`: the k for which
// AddMonths(first, k) falls in the month of `date` (it is `date` itself when
// the two are a whole number of months apart, month-end clamping included).
inline int64_t MonthsApart(absl::CivilDay first, absl::CivilDay date) {
  return (date.year() - first.year()) * 12 + (date.month() - first.month());
}

// CalendarBasisTime()
//
// The calendar basis (CONC App 1.2 / CCD Annex I): whole months counted back
// from `date` toward `first`, then the days left, over the length (365 or
// 366) of the year that ends where the month count stopped.
//
// Requires: first <= date, both supported dates.
// Errors: those of AddMonths() (not expected under the requirements).
[[nodiscard]] absl::StatusOr<YearFraction> CalendarBasisTime(
    absl::CivilDay first, absl::CivilDay date);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_APR_TIME_BASIS_H_
