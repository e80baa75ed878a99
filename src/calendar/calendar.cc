// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/calendar/calendar.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "tenor/internal/string_view.h"

TENOR_BEGIN_NAMESPACE
namespace {

absl::Status Unsupported(std::string_view what, absl::CivilDay day) {
  return absl::OutOfRangeError(absl::StrFormat(
      "%s: date year %d is outside the supported range 0001-01-01 to "
      "9999-12-31",
      what, day.year()));
}

}  // namespace

bool IsSupportedDate(absl::CivilDay day) {
  return day >= kMinSupportedDate && day <= kMaxSupportedDate;
}

int DaysInMonth(int64_t year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

absl::StatusOr<absl::CivilDay> AddMonths(absl::CivilDay anchor, int months) {
  if (!IsSupportedDate(anchor)) return Unsupported("add months", anchor);
  // Months since year 0, in 64 bits: no int input can overflow it.
  const int64_t index = anchor.year() * 12 + (anchor.month() - 1) + months;
  const int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = static_cast<int>(index - year * 12) + 1;
  if (year < kMinSupportedDate.year() || year > kMaxSupportedDate.year()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "add months: %d months from %04d-%02d-%02d leaves the supported range "
        "0001-01-01 to 9999-12-31",
        months, anchor.year(), anchor.month(), anchor.day()));
  }
  const int day = std::min(anchor.day(), DaysInMonth(year, month));
  return absl::CivilDay(year, month, day);
}

absl::StatusOr<absl::CivilDay> AddDays(absl::CivilDay day, int days) {
  if (!IsSupportedDate(day)) return Unsupported("add days", day);
  // The supported range spans fewer than 2^22 days, so when the offset is
  // larger than that the result is out of range; smaller offsets cannot
  // overflow CivilDay's arithmetic.
  constexpr int kMaxSpan = 4'000'000;
  if (days > kMaxSpan || days < -kMaxSpan) {
    return absl::OutOfRangeError(absl::StrFormat(
        "add days: %d days leaves the supported range", days));
  }
  const absl::CivilDay result = day + days;
  if (!IsSupportedDate(result)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "add days: %d days from %04d-%02d-%02d leaves the supported range "
        "0001-01-01 to 9999-12-31",
        days, day.year(), day.month(), day.day()));
  }
  return result;
}

absl::StatusOr<absl::CivilDay> ParseDate(std::string_view text) {
  auto refuse = [&](std::string_view problem) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "date \"%s\": %s", absl::CHexEscape(internal::ToAbsl(text)), problem));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return refuse("expected YYYY-MM-DD");
  }
  auto digits = [&](size_t from, size_t count, int* out) {
    int value = 0;
    for (size_t k = from; k < from + count; ++k) {
      if (text[k] < '0' || text[k] > '9') return false;
      value = value * 10 + (text[k] - '0');
    }
    *out = value;
    return true;
  };
  int year = 0;
  int month = 0;
  int day = 0;
  if (!digits(0, 4, &year) || !digits(5, 2, &month) || !digits(8, 2, &day)) {
    return refuse("expected YYYY-MM-DD with ASCII digits");
  }
  if (year == 0) {
    return absl::OutOfRangeError(absl::StrFormat(
        "date \"%s\": year 0000 is before the supported range", text));
  }
  if (month < 1 || month > 12) {
    return refuse(absl::StrFormat("month %02d does not exist", month));
  }
  if (day < 1 || day > DaysInMonth(year, month)) {
    return refuse(absl::StrFormat("day %02d does not exist in %04d-%02d", day,
                                  year, month));
  }
  return absl::CivilDay(year, month, day);
}

std::string FormatDate(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

TENOR_END_NAMESPACE
