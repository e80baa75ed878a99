// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: schedule/pay_in_30_days_schedule.h
// -----------------------------------------------------------------------------
//
// The schedule of Pay in 30 days (credit-rules §4.1): one instalment of the
// whole amount, due `product.days` days after the shipment date, no interest,
// APR exactly 0.0. The customer may extend the due date by
// `product.extension_days`, free of charge, up to `product.max_extensions`
// times (once, by the rules); extending returns a new schedule and leaves the
// old one as it was.
//
// Example:
//
//   tenor::PayIn30Days product;
//   absl::StatusOr<tenor::Schedule> s = tenor::BuildPayIn30DaysSchedule(
//       product, *tenor::Money::Parse("100.00", gbp),
//       *tenor::ParseDate("2026-01-31"));
//   // one instalment of 100.00 due 2026-03-02
//   absl::StatusOr<tenor::Schedule> later = tenor::ExtendPayIn30Days(*s, product);
//   // one instalment of 100.00 due 2026-03-12
//   absl::StatusOr<tenor::Schedule> again = tenor::ExtendPayIn30Days(*later, product);
//   // FailedPrecondition: already extended once

#ifndef TENOR_SCHEDULE_PAY_IN_30_DAYS_SCHEDULE_H_
#define TENOR_SCHEDULE_PAY_IN_30_DAYS_SCHEDULE_H_

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/money/money.h"
#include "tenor/products/pay_in_30_days.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// BuildPayIn30DaysSchedule()
//
// The schedule of an agreement for `amount` shipped on `shipment_date`.
//
// Errors:
//   InvalidArgument  the product does not validate; `amount` is not positive
//                    or is in another currency than the product's limits.
//   OutOfRange       `amount` is outside the product's limits; a date is
//                    outside 0001-01-01..9999-12-31.
[[nodiscard]] absl::StatusOr<Schedule> BuildPayIn30DaysSchedule(
    const PayIn30Days& product, Money amount, absl::CivilDay shipment_date);

// PreviewPayIn30Days()
//
// The same schedule, computed the same way, for showing what an amount would
// cost (§7: a preview needs no customer and creates no agreement). It does
// not check the product's amount limits: whether this customer may have the
// product at this amount is the checkout decision's job, which reports it as
// a reason rather than an error.
//
// Errors: as BuildPayIn30DaysSchedule(), except the limits.
[[nodiscard]] absl::StatusOr<Schedule> PreviewPayIn30Days(
    const PayIn30Days& product, Money amount, absl::CivilDay shipment_date);

// ExtendPayIn30Days()
//
// `schedule` with its due date moved `product.extension_days` later and one
// more extension used. Nothing else changes: no interest, no fee, APR 0.0.
//
// Requires: `product` is the product `schedule` was built with.
// Errors:
//   InvalidArgument     the product does not validate, or `schedule` is not
//                       a Pay-in-30-days schedule.
//   FailedPrecondition  the schedule has already used `max_extensions`
//                       extensions (or the product allows none).
//   OutOfRange          the new due date is after 9999-12-31.
[[nodiscard]] absl::StatusOr<Schedule> ExtendPayIn30Days(
    const Schedule& schedule, const PayIn30Days& product);

TENOR_END_NAMESPACE

#endif  // TENOR_SCHEDULE_PAY_IN_30_DAYS_SCHEDULE_H_
