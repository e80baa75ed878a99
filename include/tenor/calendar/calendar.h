// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: calendar/calendar.h
// -----------------------------------------------------------------------------
//
// Due dates are civil dates (`absl::CivilDay`: a year, a month and a day, with
// no time zone). The caller says what day it is; tenor never reads a clock, a
// time-zone database or the environment (credit-rules §3).
//
// Adding a month to January 31
// ----------------------------
// There is no February 31, so "one month after January 31" needs a rule.
// tenor's rule: advance the year and month by k, then take the anchor's day
// or the last day of the target month, whichever is smaller. Every due date of
// a series is computed from the series' anchor, never from the previous due
// date, so a month-end series stays on month ends instead of drifting:
//
//   anchor 2026-01-31: +1 -> 2026-02-28, +2 -> 2026-03-31, +3 -> 2026-04-30
//   anchor 2027-12-31: +2 -> 2028-02-29 (a leap year)
//
// Chaining (AddMonths(AddMonths(d, 1), 1)) would give 2026-03-28 for the
// second date above; this is why schedules always add k months to the anchor.
//
// Supported dates
// ---------------
// tenor accepts dates from 0001-01-01 to 9999-12-31, the range ISO 8601
// writes with four-digit years. Arithmetic that would leave that range is
// OutOfRange, never undefined behaviour.
//
// Example:
//
//   absl::CivilDay anchor = *tenor::ParseDate("2026-01-31");
//   absl::StatusOr<absl::CivilDay> due = tenor::AddMonths(anchor, 1);
//   // tenor::FormatDate(*due) == "2026-02-28"

#ifndef TENOR_CALENDAR_CALENDAR_H_
#define TENOR_CALENDAR_CALENDAR_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The first and last dates tenor accepts.
inline constexpr absl::CivilDay kMinSupportedDate{1, 1, 1};
inline constexpr absl::CivilDay kMaxSupportedDate{9999, 12, 31};

// IsSupportedDate()
//
// True if `day` is within [kMinSupportedDate, kMaxSupportedDate].
bool IsSupportedDate(absl::CivilDay day);

// IsLeapYear()
//
// Gregorian rule: divisible by 4, except centuries not divisible by 400.
constexpr bool IsLeapYear(int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// DaysInMonth()
//
// 28 to 31. Requires: 1 <= month <= 12.
int DaysInMonth(int64_t year, int month);

// AddMonths()
//
// The date `months` months after `anchor` (before it, if negative), with the
// day clamped to the end of the target month, as described above.
//
// Errors: OutOfRange if `anchor` or the result is not a supported date.
[[nodiscard]] absl::StatusOr<absl::CivilDay> AddMonths(absl::CivilDay anchor,
                                                       int months);

// AddDays()
//
// The date `days` days after `day` (before it, if negative).
//
// Errors: OutOfRange if `day` or the result is not a supported date.
[[nodiscard]] absl::StatusOr<absl::CivilDay> AddDays(absl::CivilDay day,
                                                     int days);

// ParseDate()
//
// Parses an ISO 8601 calendar date, exactly "YYYY-MM-DD".
//
// Errors: InvalidArgument naming the problem (wrong shape, a month or day
// that does not exist such as 2026-02-29); OutOfRange for year 0000.
[[nodiscard]] absl::StatusOr<absl::CivilDay> ParseDate(std::string_view text);

// FormatDate()
//
// "YYYY-MM-DD". Requires: IsSupportedDate(day).
std::string FormatDate(absl::CivilDay day);

TENOR_END_NAMESPACE

#endif  // TENOR_CALENDAR_CALENDAR_H_
