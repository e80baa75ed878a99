// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The calendar time basis (credit-rules §5); time_basis.h has the outline.

#include "apr/time_basis.h"

#include <algorithm>
#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

absl::StatusOr<YearFraction> CalendarBasisTime(absl::CivilDay first,
                                               absl::CivilDay date) {
  int64_t k = MonthsApart(first, date);
  absl::StatusOr<absl::CivilDay> stop = AddMonths(date, static_cast<int>(-k));
  if (!stop.ok()) return stop.status();
  if (*stop < first) {
    --k;
    stop = AddMonths(date, static_cast<int>(-k));
    if (!stop.ok()) return stop.status();
  }
  YearFraction t;
  t.months = k;
  const int64_t days = *stop - first;
  if (days == 0) return t;
  // The year that ends on `stop` starts on the same day a year earlier
  // (clamped to 28 February when `stop` is 29 February).
  const int64_t year = stop->year() - 1;
  const absl::CivilDay year_start(
      year, stop->month(),
      std::min(stop->day(), DaysInMonth(year, stop->month())));
  if (*stop - year_start == 366) {
    t.days366 = days;
  } else {
    t.days365 = days;
  }
  return t;
}

}  // namespace internal
TENOR_END_NAMESPACE
