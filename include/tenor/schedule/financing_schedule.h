// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: schedule/financing_schedule.h
// -----------------------------------------------------------------------------
//
// The schedule of financing (credit-rules §4.3): n monthly instalments, the
// k-th due on AddMonths(shipment date, k) (always counted from the shipment
// date, so a series that starts on the 31st keeps coming back to the 31st).
// With i = R / 1200 exactly:
//
// - R = 0: the amount P is split equally into n parts, the leftover minor
//   units on the first instalments (§2). No interest; APR 0.0.
// - R > 0: every instalment but the last is the level payment
//   A = round(P * i / (1 - (1 + i)^-n)) (see level_payment.h). Row k < n:
//   interest_k = round(B_{k-1} * i), principal_k = A - interest_k,
//   B_k = B_{k-1} - principal_k, B_0 = P. The last row repays the balance
//   exactly: principal_n = B_{n-1}, interest_n = round(B_{n-1} * i),
//   amount_n = principal_n + interest_n. Every rounding uses the product's
//   mode and rounds an exact rational once. The APR is computed on the months
//   basis (§5, t_k = k / 12).
//
// An amount too small for the term is refused with OutOfRange ("past a
// bound": the amount is below what the term can carry): when A rounds to
// less than one minor unit, when some principal_k or B_k before the last row
// would be negative, when the last instalment would be zero (the level
// payments repaid everything early), or, at R = 0, when P is less than n
// minor units (an instalment would be zero).
//
// Worked example (§4.3): 1000.00 GBP at 12 % over 6 months shipped
// 2026-01-15; A = 172.55.
//
//   n  due         amount  interest  principal  balance
//   1  2026-02-15  172.55     10.00     162.55   837.45
//   2  2026-03-15  172.55      8.37     164.18   673.27
//   3  2026-04-15  172.55      6.73     165.82   507.45
//   4  2026-05-15  172.55      5.07     167.48   339.97
//   5  2026-06-15  172.55      3.40     169.15   170.82
//   6  2026-07-15  172.53      1.71     170.82     0.00
//
//   total interest 35.28, total payable 1035.28, APR 12.7 %
//
// Example:
//
//   tenor::Financing product;
//   product.rate = *tenor::Rate::Parse("12");
//   absl::StatusOr<tenor::Schedule> s = tenor::BuildFinancingSchedule(
//       product, *tenor::Money::Parse("1000.00", gbp), 6,
//       *tenor::ParseDate("2026-01-15"));
//   // s->apr().ToString() == "12.7"
//   absl::StatusOr<std::vector<tenor::Schedule>> quotes =
//       tenor::QuoteFinancing(product, *tenor::Money::Parse("1000.00", gbp),
//                             *tenor::ParseDate("2026-01-15"));
//   // one preview per offered term: 6, 12, 18, 24 and 36 months

#ifndef TENOR_SCHEDULE_FINANCING_SCHEDULE_H_
#define TENOR_SCHEDULE_FINANCING_SCHEDULE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tenor/money/money.h"
#include "tenor/products/financing.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// BuildFinancingSchedule()
//
// The schedule of an agreement for `amount` over `term_months`, shipped on
// `shipment_date`.
//
// Errors:
//   InvalidArgument  the product does not validate; `term_months` is not an
//                    offered term; `amount` is not positive or is in another
//                    currency than the product's limits.
//   OutOfRange       `amount` is outside the product's limits or below the
//                    term's minimum (Financing::MinimumFor()); the amount is
//                    too small for the term (see above); a figure does not
//                    fit in int64 minor units; a due date is outside
//                    0001-01-01..9999-12-31.
//   Others           an error of the APR computation (§5), passed on.
[[nodiscard]] absl::StatusOr<Schedule> BuildFinancingSchedule(
    const Financing& product, Money amount, int term_months,
    absl::CivilDay shipment_date);

// PreviewFinancing()
//
// The same schedule for showing what an amount would cost over one term
// ("from 45.18 a month", §7); it does not check the product's amount limits
// or the term's minimum (see PreviewPayIn30Days()). The term must still be
// offered. The shipment date is usually not known yet: pass the date the
// preview assumes, e.g. today.
//
// Errors: as BuildFinancingSchedule(), except the limits and the minimum.
[[nodiscard]] absl::StatusOr<Schedule> PreviewFinancing(
    const Financing& product, Money amount, int term_months,
    absl::CivilDay shipment_date);

// QuoteFinancing()
//
// Previews for every offered term the amount qualifies for, in the order of
// `product.offered_terms`: within the product's limits, at or above the
// term's minimum and not too small for the term. An empty result means no
// term qualifies (the checkout decision reports why).
//
// Errors:
//   InvalidArgument  the product does not validate; `amount` is not positive
//                    or is in another currency than the product's limits.
//   OutOfRange       a due date of some offered term is outside
//                    0001-01-01..9999-12-31, or a figure does not fit.
[[nodiscard]] absl::StatusOr<std::vector<Schedule>> QuoteFinancing(
    const Financing& product, Money amount, absl::CivilDay shipment_date);

TENOR_END_NAMESPACE

#endif  // TENOR_SCHEDULE_FINANCING_SCHEDULE_H_
