// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Dates (§3): civil days, the month-end rule, anchored series.

#include "tenor/calendar/calendar.h"

#include <string>

#include "absl/time/civil_time.h"
#include "tenor_catch.h"

namespace {

using absl::CivilDay;

std::string Plus(const char* anchor, int months) {
  absl::StatusOr<CivilDay> d = tenor::AddMonths(*tenor::ParseDate(anchor), months);
  REQUIRE(d.ok());
  return tenor::FormatDate(*d);
}

TEST_CASE("add months: the §3 month-end examples", "[calendar][s3]") {
  CHECK(Plus("2026-01-31", 1) == "2026-02-28");
  CHECK(Plus("2026-01-31", 2) == "2026-03-31");
  CHECK(Plus("2026-01-31", 3) == "2026-04-30");
  CHECK(Plus("2027-12-31", 2) == "2028-02-29");
}

TEST_CASE("add months: leap days and negative offsets", "[calendar][s3]") {
  CHECK(Plus("2028-02-29", 12) == "2029-02-28");
  CHECK(Plus("2028-02-29", 48) == "2032-02-29");
  CHECK(Plus("2028-01-29", 1) == "2028-02-29");
  CHECK(Plus("2027-01-29", 1) == "2027-02-28");
  CHECK(Plus("2100-01-31", 1) == "2100-02-28");  // not a leap year
  CHECK(Plus("2000-01-31", 1) == "2000-02-29");  // a leap year
  CHECK(Plus("2026-03-31", -1) == "2026-02-28");
  CHECK(Plus("2026-01-15", -1) == "2025-12-15");
  CHECK(Plus("2026-01-15", -13) == "2024-12-15");
  CHECK(Plus("2026-01-15", 0) == "2026-01-15");
}

TEST_CASE("add months: 36-month series from every day 28..31 stay anchored",
          "[calendar][s3]") {
  for (int year : {2026, 2027, 2028}) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 28; day <= tenor::DaysInMonth(year, month); ++day) {
        const CivilDay anchor(year, month, day);
        for (int k = 1; k <= 36; ++k) {
          const CivilDay due = *tenor::AddMonths(anchor, k);
          const CivilDay month_start(due.year(), due.month(), 1);
          // Exactly k months later.
          CHECK((due.year() - year) * 12 + (due.month() - month) == k);
          // The anchor's day, or the month's last day if shorter.
          const int last = tenor::DaysInMonth(due.year(), due.month());
          CHECK(due.day() == std::min(day, last));
          (void)month_start;
        }
      }
    }
  }
}

TEST_CASE("add months: anchoring differs from chaining", "[calendar][s3]") {
  const CivilDay anchor = *tenor::ParseDate("2026-01-31");
  const CivilDay chained =
      *tenor::AddMonths(*tenor::AddMonths(anchor, 1), 1);
  CHECK(tenor::FormatDate(chained) == "2026-03-28");
  CHECK(Plus("2026-01-31", 2) == "2026-03-31");
}

TEST_CASE("add days: across month ends, leap days and years",
          "[calendar][s3]") {
  auto plus_days = [](const char* day, int n) {
    return tenor::FormatDate(*tenor::AddDays(*tenor::ParseDate(day), n));
  };
  CHECK(plus_days("2026-01-31", 30) == "2026-03-02");
  CHECK(plus_days("2026-01-31", 60) == "2026-04-01");
  CHECK(plus_days("2028-02-28", 1) == "2028-02-29");
  CHECK(plus_days("2028-02-29", 1) == "2028-03-01");
  CHECK(plus_days("2026-12-31", 1) == "2027-01-01");
  CHECK(plus_days("2026-03-01", -1) == "2026-02-28");
}

TEST_CASE("dates: supported range and parse errors",
          "[calendar][s3][boundaries]") {
  CHECK(Plus("9999-11-30", 1) == "9999-12-30");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(*tenor::ParseDate("9999-12-01"), 1),
                      absl::StatusCode::kOutOfRange, "supported range");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(*tenor::ParseDate("0001-01-31"), -1),
                      absl::StatusCode::kOutOfRange, "supported range");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(CivilDay(20000, 1, 1), 1),
                      absl::StatusCode::kOutOfRange, "supported range");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(*tenor::ParseDate("2026-01-01"),
                                       2'000'000'000),
                      absl::StatusCode::kOutOfRange, "supported range");
  TENOR_REQUIRE_FAILS(tenor::AddDays(*tenor::ParseDate("9999-12-31"), 1),
                      absl::StatusCode::kOutOfRange, "supported range");
  TENOR_REQUIRE_FAILS(tenor::AddDays(*tenor::ParseDate("2026-01-01"),
                                     2'000'000'000),
                      absl::StatusCode::kOutOfRange, "supported range");
  CHECK(tenor::FormatDate(*tenor::ParseDate("0001-01-01")) == "0001-01-01");

  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026-02-29"),
                      absl::StatusCode::kInvalidArgument, "day 29");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026-13-01"),
                      absl::StatusCode::kInvalidArgument, "month 13");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026-1-01"),
                      absl::StatusCode::kInvalidArgument, "YYYY-MM-DD");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("2026/01/01"),
                      absl::StatusCode::kInvalidArgument, "YYYY-MM-DD");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("20a6-01-01"),
                      absl::StatusCode::kInvalidArgument, "digits");
  TENOR_REQUIRE_FAILS(tenor::ParseDate(""),
                      absl::StatusCode::kInvalidArgument, "date");
  TENOR_REQUIRE_FAILS(tenor::ParseDate("0000-01-01"),
                      absl::StatusCode::kOutOfRange, "year 0000");
  CHECK(tenor::ParseDate("2028-02-29").ok());
}

}  // namespace
