// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: schedule/pay_in_n_schedule.h
// -----------------------------------------------------------------------------
//
// The schedule of Pay in N (credit-rules §4.2): `product.count` instalments,
// the k-th due on purchase date + (k - 1) * `product.interval_days`, the
// amount split equally with the leftover minor units on the first
// instalments (§2). No interest; APR exactly 0.0.
//
// Example (Pay in 3, every 30 days):
//
//   absl::StatusOr<tenor::Schedule> s = tenor::BuildPayInNSchedule(
//       tenor::PayInN{}, *tenor::Money::Parse("100.00", gbp),
//       *tenor::ParseDate("2026-01-31"));
//   // 33.34 on 2026-01-31, 33.33 on 2026-03-02, 33.33 on 2026-04-01

#ifndef TENOR_SCHEDULE_PAY_IN_N_SCHEDULE_H_
#define TENOR_SCHEDULE_PAY_IN_N_SCHEDULE_H_

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/money/money.h"
#include "tenor/products/pay_in_n.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// BuildPayInNSchedule()
//
// The schedule of an agreement for `amount` bought on `purchase_date`.
//
// Errors:
//   InvalidArgument  the product does not validate; `amount` is not positive
//                    or is in another currency than the product's limits.
//   OutOfRange       `amount` is outside the product's limits, or smaller
//                    than `count` minor units (an instalment would be zero);
//                    a due date is outside 0001-01-01..9999-12-31.
[[nodiscard]] absl::StatusOr<Schedule> BuildPayInNSchedule(
    const PayInN& product, Money amount, absl::CivilDay purchase_date);

// PreviewPayInN()
//
// The same schedule for showing what an amount would cost (§7); it does not
// check the product's amount limits (see PreviewPayIn30Days()).
//
// Errors: as BuildPayInNSchedule(), except the limits.
[[nodiscard]] absl::StatusOr<Schedule> PreviewPayInN(
    const PayInN& product, Money amount, absl::CivilDay purchase_date);

TENOR_END_NAMESPACE

#endif  // TENOR_SCHEDULE_PAY_IN_N_SCHEDULE_H_
