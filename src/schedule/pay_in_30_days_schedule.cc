// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/pay_in_30_days_schedule.h"

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "schedule_access.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr std::string_view kProduct = "pay in 30 days";

absl::StatusOr<Schedule> Build(const PayIn30Days& product, Money amount,
                               absl::CivilDay shipment_date,
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
  if (absl::Status s =
          internal::CheckDate(kProduct, "shipment date", shipment_date);
      !s.ok()) {
    return s;
  }
  // §4.1: one instalment of the whole amount, shipment date + `days`.
  const absl::StatusOr<absl::CivilDay> due =
      AddDays(shipment_date, product.days);
  if (!due.ok()) return internal::DueDateError(kProduct, 1, due.status());

  Schedule schedule = internal::ScheduleAccess::Start(
      {ProductKind::kPayIn30Days, amount, shipment_date, Rate::Zero(),
       RoundingMode::kHalfUp, /*term_months=*/0},
      1);
  internal::ScheduleAccess::Rows(schedule).push_back(
      Instalment{1, *due, amount.minor_units(), 0, amount.minor_units(), 0});
  // Interest-free and fee-free: no charge, so the APR is exactly 0.0 (§5).
  if (absl::Status s =
          internal::ScheduleAccess::Finish(schedule, internal::ZeroApr());
      !s.ok()) {
    return s;
  }
  return schedule;
}

}  // namespace

absl::StatusOr<Schedule> BuildPayIn30DaysSchedule(
    const PayIn30Days& product, Money amount, absl::CivilDay shipment_date) {
  return Build(product, amount, shipment_date, /*check_limits=*/true);
}

absl::StatusOr<Schedule> PreviewPayIn30Days(const PayIn30Days& product,
                                            Money amount,
                                            absl::CivilDay shipment_date) {
  return Build(product, amount, shipment_date, /*check_limits=*/false);
}

absl::StatusOr<Schedule> ExtendPayIn30Days(const Schedule& schedule,
                                           const PayIn30Days& product) {
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (schedule.product_kind() != ProductKind::kPayIn30Days) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "pay in 30 days: cannot extend a %s schedule",
        ProductKindName(schedule.product_kind())));
  }
  if (schedule.extensions_used() >= product.max_extensions) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "pay in 30 days: the due date has already been extended %d time(s); "
        "the product allows %d",
        schedule.extensions_used(), product.max_extensions));
  }
  const Instalment& only = schedule.first_instalment();
  const absl::StatusOr<absl::CivilDay> due =
      AddDays(only.due_date, product.extension_days);
  if (!due.ok()) return internal::DueDateError(kProduct, 1, due.status());
  // A copy with the new date: the free extension changes nothing else (§4.1),
  // and the schedule the caller holds stays as it was.
  Schedule extended = schedule;
  internal::ScheduleAccess::Rows(extended).front().due_date = *due;
  internal::ScheduleAccess::SetExtensionsUsed(extended,
                                              schedule.extensions_used() + 1);
  return extended;
}

TENOR_END_NAMESPACE
