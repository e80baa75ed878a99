// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: schedule/schedule.h
// -----------------------------------------------------------------------------
//
// A `Schedule` is what a customer owes and when: one row per instalment with
// its due date, its amount and how that amount splits into interest and
// principal, plus the balance of principal left after it. It also carries the
// totals and the fields of the representative example that advertising and
// pre-contract information must show (credit-rules §4.3): amount of credit,
// rate and whether it is fixed, term, number and amount of instalments, first
// and last due dates, total interest, total payable and APR.
//
// Schedules are values built by the functions of one header per product:
//
//   schedule/pay_in_30_days_schedule.h   §4.1, one instalment
//   schedule/pay_in_n_schedule.h         §4.2, N instalments every k days
//   schedule/financing_schedule.h        §4.3, n monthly instalments
//
// Every schedule keeps these invariants, which the builders prove before
// returning one: at least one row; rows numbered 1..n with non-decreasing due
// dates; amount = interest + principal in every row; the principals sum to
// the amount of credit and the last balance is exactly 0; the amounts sum to
// the total payable = amount of credit + total interest. A schedule cannot be
// edited, so they hold for its whole life.
//
// Amounts in rows are int64 minor units of the schedule's one currency: a
// row is 56 bytes and a 36-month schedule is one allocation. `ToMoney()`
// turns a row's figure into a `Money`.
//
// Example:
//
//   absl::StatusOr<tenor::Schedule> s = tenor::BuildFinancingSchedule(
//       product, amount, /*term_months=*/6, *tenor::ParseDate("2026-01-15"));
//   for (const tenor::Instalment& row : s->instalments()) {
//     std::string line = absl::StrFormat(
//         "%d %s %s", row.number, tenor::FormatDate(row.due_date),
//         s->ToMoney(row.amount).ToString());
//   }
//   tenor::RepresentativeExample ex = s->representative_example();

#ifndef TENOR_SCHEDULE_SCHEDULE_H_
#define TENOR_SCHEDULE_SCHEDULE_H_

#include <cstdint>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/apr/apr.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/products/product.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// Instalment
//
// One row of a schedule. Figures are minor units of the schedule's currency.
struct Instalment {
  // 1 for the first instalment, n for the last.
  int number = 0;
  absl::CivilDay due_date;
  // What the customer pays: interest + principal.
  int64_t amount = 0;
  // Interest in the amount; 0 for interest-free products.
  int64_t interest = 0;
  // Principal repaid by the amount.
  int64_t principal = 0;
  // Principal still owed after this instalment; 0 after the last.
  int64_t balance = 0;

  friend bool operator==(const Instalment& a, const Instalment& b) {
    return a.number == b.number && a.due_date == b.due_date &&
           a.amount == b.amount && a.interest == b.interest &&
           a.principal == b.principal && a.balance == b.balance;
  }
  friend bool operator!=(const Instalment& a, const Instalment& b) {
    return !(a == b);
  }
};

// RepresentativeExample
//
// The figures a representative example shows (§4.3; UK CONC 3.5.5R, EU CCD
// Art. 4), taken from a schedule.
struct RepresentativeExample {
  // The amount of credit: the order amount financed.
  Money amount_of_credit;
  // The nominal rate, % p.a. 0 for interest-free products.
  Rate rate;
  // Whether the rate is fixed for the whole term. tenor's products only have
  // fixed rates, so this is always true; it is a field because the example
  // must state it.
  bool rate_is_fixed;
  // The term in months for financing (§4.3); 0 for the day-based products
  // (§4.1, §4.2), whose term is `term_days`.
  int term_months;
  // Days from the schedule's anchor date (shipment or purchase date) to the
  // last due date.
  int term_days;
  int number_of_instalments;
  // The first instalment's amount: the level payment for financing with
  // interest, the largest part of an equal split otherwise ("6 monthly
  // payments of 172.55").
  Money instalment_amount;
  // The last instalment's amount, which may differ ("final payment 172.53").
  Money final_instalment_amount;
  absl::CivilDay first_due_date;
  absl::CivilDay last_due_date;
  Money total_interest;
  Money total_payable;
  // The APR (§5) to one decimal place, as regulations display it.
  Apr apr;
};

namespace internal {
class ScheduleAccess;
}  // namespace internal

// Schedule
//
// An immutable instalment schedule with its totals and representative
// example. Obtain one from a builder; copies are independent values.
class Schedule {
 public:
  // The product the schedule belongs to.
  ProductKind product_kind() const { return kind_; }
  // The currency of every amount in the schedule.
  Currency currency() const { return currency_; }
  // The date the due dates count from: the shipment date (§4.1, §4.3) or the
  // purchase date (§4.2).
  absl::CivilDay anchor_date() const { return anchor_; }
  // The amount of credit (the order amount).
  Money amount_of_credit() const { return ToMoney(principal_); }
  // The fixed nominal rate, % p.a.; zero for interest-free products.
  Rate rate() const { return rate_; }
  // Always true: see RepresentativeExample::rate_is_fixed.
  bool rate_is_fixed() const { return true; }
  // The rounding mode interest was computed with (§4.3); half-up for the
  // interest-free products, which never round.
  RoundingMode rounding() const { return rounding_; }
  // The financing term n in months; 0 for the day-based products.
  int term_months() const { return term_months_; }
  // How many free extensions (§4.1) have been applied; 0 except for an
  // extended Pay-in-30-days schedule.
  int extensions_used() const { return extensions_used_; }

  // The rows, in order of number. Never empty.
  absl::Span<const Instalment> instalments() const { return rows_; }
  const Instalment& first_instalment() const { return rows_.front(); }
  const Instalment& last_instalment() const { return rows_.back(); }

  Money total_interest() const { return ToMoney(total_interest_); }
  Money total_payable() const { return ToMoney(total_payable_); }
  // The APR (§5) to one decimal place; exactly 0.0 for interest-free
  // products.
  const Apr& apr() const { return apr_; }

  // representative_example()
  //
  // The schedule's representative-example figures (§4.3).
  RepresentativeExample representative_example() const;

  // ToMoney()
  //
  // `minor_units` of the schedule's currency, for the figures of a row.
  Money ToMoney(int64_t minor_units) const {
    return Money::FromMinorUnits(minor_units, currency_);
  }

  // Two schedules are equal when every field and every row is.
  friend bool operator==(const Schedule& a, const Schedule& b);
  friend bool operator!=(const Schedule& a, const Schedule& b) {
    return !(a == b);
  }

 private:
  friend class internal::ScheduleAccess;
  explicit Schedule(Currency currency) : currency_(currency) {}

  ProductKind kind_ = ProductKind::kPayIn30Days;
  Currency currency_;
  absl::CivilDay anchor_;
  int64_t principal_ = 0;
  Rate rate_ = Rate::Zero();
  RoundingMode rounding_ = RoundingMode::kHalfUp;
  int term_months_ = 0;
  int extensions_used_ = 0;
  std::vector<Instalment> rows_;
  int64_t total_interest_ = 0;
  int64_t total_payable_ = 0;
  Apr apr_;
};

TENOR_END_NAMESPACE

#endif  // TENOR_SCHEDULE_SCHEDULE_H_
