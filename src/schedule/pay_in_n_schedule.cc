// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/pay_in_n_schedule.h"

#include <cstdint>
#include <limits>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "schedule_access.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr std::string_view kProduct = "pay in N";

absl::StatusOr<Schedule> Build(const PayInN& product, Money amount,
                               absl::CivilDay purchase_date,
                               bool check_limits) {
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (absl::Status s =
          internal::CheckAmount(kProduct, amount, product.limits.currency());
      !s.ok()) {
    return s;
  }
  if (check_limits) {
    if (absl::Status s =
            internal::CheckWithinLimits(kProduct, product.limits, amount);
        !s.ok()) {
      return s;
    }
  }
  if (amount.minor_units() < product.count) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: amount %s is too small for %d instalments: an instalment would "
        "be zero",
        kProduct, amount, product.count));
  }
  if (absl::Status s =
          internal::CheckDate(kProduct, "purchase date", purchase_date);
      !s.ok()) {
    return s;
  }
  // §4.2: equal split, leftover units on the first instalments (§2). This is
  // SplitEvenly(amount, count, RemainderPlacement::kFirst) computed in place,
  // so that the schedule's rows are its one allocation: parts 1..r get
  // base + 1 and the rest base, with base = total / count and r = total -
  // base * count, as in SplitEvenly() (tests compare the two).
  const int64_t base = amount.minor_units() / product.count;
  const int64_t extra = amount.minor_units() - base * product.count;

  Schedule schedule = internal::ScheduleAccess::Start(
      {ProductKind::kPayInN, amount, purchase_date, Rate::Zero(),
       RoundingMode::kHalfUp, /*term_months=*/0},
      static_cast<size_t>(product.count));
  std::vector<Instalment>& rows = internal::ScheduleAccess::Rows(schedule);
  int64_t balance = amount.minor_units();
  for (int k = 1; k <= product.count; ++k) {
    // due_k = purchase date + (k - 1) * interval, each from the purchase
    // date. The offset is computed in 64 bits: a huge interval must end as
    // OutOfRange, not as an overflowed int.
    const int64_t offset = int64_t{k - 1} * product.interval_days;
    if (offset > std::numeric_limits<int>::max()) {
      return internal::DueDateError(
          kProduct, k,
          absl::OutOfRangeError(absl::StrFormat(
              "%d days after the purchase date leaves the supported range",
              offset)));
    }
    const absl::StatusOr<absl::CivilDay> due =
        AddDays(purchase_date, static_cast<int>(offset));
    if (!due.ok()) return internal::DueDateError(kProduct, k, due.status());
    const int64_t part = base + (k <= extra ? 1 : 0);
    balance -= part;
    rows.push_back(Instalment{k, *due, part, 0, part, balance});
  }
  // Interest-free and fee-free: no charge, so the APR is exactly 0.0 (§5).
  if (absl::Status s =
          internal::ScheduleAccess::Finish(schedule, internal::ZeroApr());
      !s.ok()) {
    return s;
  }
  return schedule;
}

}  // namespace

absl::StatusOr<Schedule> BuildPayInNSchedule(const PayInN& product,
                                             Money amount,
                                             absl::CivilDay purchase_date) {
  return Build(product, amount, purchase_date, /*check_limits=*/true);
}

absl::StatusOr<Schedule> PreviewPayInN(const PayInN& product, Money amount,
                                       absl::CivilDay purchase_date) {
  return Build(product, amount, purchase_date, /*check_limits=*/false);
}

TENOR_END_NAMESPACE
