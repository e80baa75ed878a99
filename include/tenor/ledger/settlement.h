// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/settlement.h
// -----------------------------------------------------------------------------
//
// Early settlement (credit-rules §9; UK Consumer Credit (Early Settlement)
// Regulations 2004). A customer may repay a credit agreement early, in full
// or in part, and is then entitled to a rebate of the charges for the time
// they no longer borrow.
//
// Full settlement at date S: the settlement amount is
//
//   X = sum over advances  A_i (1 + r)^(a_i)  -  sum over repayments made  B_j
//   (1 + r)^(b_j)
//
// with r the agreement's APR as disclosed (normally 1 decimal place) as a
// decimal, and a_i, b_j the times in years from each flow to S: on the months
// basis where the flow is a whole number of months before S (month-end
// clamping counts as whole, as for a §4.3 schedule), else on the calendar
// basis of §5 (whole months counted back from S, then the remaining days over
// 365 or 366). X is rounded half-up to minor units. The rebate is the
// remaining instalments minus X.
//
// For agreements longer than 12 months the calculation date may be deferred
// by one month, S' = AddMonths(S, 1) (a product setting, on by default). The
// repayments counted are still those made on or before S.
//
// The rounding is certain: the powers (1 + r)^t are irrational, so tenor
// encloses X in proven integer bounds, widens the precision until both bounds
// round alike, and decides an exact rounding tie algebraically
// (docs/repayments.md, "How the rounding is made certain"). No floating point
// decides a digit.
//
// Choices where §9 is silent (docs/repayments.md has the reasons):
//   * A repayment dated ON the settlement date counts as made before it (the
//     §9 example settles "after the 12th instalment" on its due date).
//   * The deferred date never goes past the last instalment's due date.
//   * The remaining instalments are the instalments' total minus the
//     repayments made (in arrears included), so settlement_amount + rebate
//     is always the remaining instalments.
//
// Worked example (§9): 5000.00 drawn 2010-03-01, 48 x 134.57 monthly from
// 2010-04-01, APR 14.0 %, settled after the 12th instalment on 2011-03-01.
//
//                     deferment on   deferment off
//   calculation date  2011-04-01     2011-03-01
//   remaining         4844.52        4844.52
//   X                 4027.73        3983.99
//   rebate             816.79         860.53
//
// Example:
//
//   tenor::SettlementTerms terms;
//   terms.advances = {{gbp_5000, absl::CivilDay(2010, 3, 1)}};
//   for (int k = 1; k <= 48; ++k) {
//     terms.instalments.push_back(
//         {gbp_134_57, *tenor::AddMonths(absl::CivilDay(2010, 3, 1), k)});
//   }
//   terms.apr = tenor::Apr{140, 1};
//   std::vector<tenor::DatedFlow> paid(terms.instalments.begin(),
//                                      terms.instalments.begin() + 12);
//   absl::StatusOr<tenor::SettlementQuote> q = tenor::QuoteEarlySettlement(
//       terms, paid, absl::CivilDay(2011, 3, 1));
//   // q->settlement_amount == GBP 4027.73, q->rebate == GBP 816.79
//
// Partial early repayment: `ApplyPartialEarlyRepayment()` reduces the
// remaining instalments starting from the last (see its comment).

#ifndef TENOR_LEDGER_SETTLEMENT_H_
#define TENOR_LEDGER_SETTLEMENT_H_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"

#include "tenor/apr/apr.h"
#include "tenor/money/money.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// SettlementOptions
//
// The product's early-settlement settings (§9).
struct SettlementOptions {
  // Defer the calculation date by one month for agreements longer than 12
  // months (the last instalment falls after AddMonths(first drawdown, 12)).
  // On by default, as the Regulations allow the lender.
  bool defer_one_month = true;
};

// SettlementTerms
//
// What §9 needs to know about an agreement. `SettlementTermsOf()` fills it
// from a schedule; a caller may also describe any agreement directly (e.g.
// one booked elsewhere, or the §9 example's 48 x 134.57).
struct SettlementTerms {
  // The drawdowns, each positive (usually one: the amount of credit on the
  // shipment date). The earliest is "the drawdown" of error messages.
  std::vector<DatedFlow> advances;
  // Every scheduled instalment, each non-negative, due on or after the first
  // drawdown. Their order does not matter.
  std::vector<DatedFlow> instalments;
  // The APR as disclosed in the agreement, normally 1 decimal place
  // (Schedule::apr()). Required: settlement without it is InvalidArgument.
  std::optional<Apr> apr;
};

// SettlementTermsOf()
//
// The terms of the agreement `schedule` describes: one advance of the amount
// of credit on the anchor (shipment) date, the schedule's instalments, its
// APR.
SettlementTerms SettlementTermsOf(const Schedule& schedule);

// SettlementQuote
//
// A full early-settlement quote (§9).
struct SettlementQuote {
  // The date the customer settles on, as asked.
  absl::CivilDay settlement_date;
  // The date X is computed at: the settlement date, or one month later when
  // the deferment applies (never after the last instalment's due date).
  absl::CivilDay calculation_date;
  // Whether the one-month deferment was applied.
  bool deferred;
  // r, as disclosed.
  Apr apr;
  // The advances' total and the repayments' total (made on or before the
  // settlement date).
  Money advanced;
  Money repaid;
  // The instalments' total minus `repaid`: what the customer would still pay
  // without settling early.
  Money remaining_instalments;
  // X, rounded half-up to minor units: what the customer pays to settle.
  Money settlement_amount;
  // remaining_instalments - settlement_amount. Negative only in an edge the
  // Regulations do not foresee (a customer far in arrears settling near the
  // end); the lender should then ask no more than the remaining instalments.
  Money rebate;
};

// QuoteEarlySettlement()
//
// The full settlement quote at `settlement_date` for an agreement on `terms`
// after `repayments` (each made on or before `settlement_date`).
//
// Errors, each naming the field:
//   InvalidArgument  `terms.apr` absent, or with decimals outside 0..6 or a
//                    negative value; `terms.advances` or `terms.instalments`
//                    empty; a negative amount, a non-positive advance or a
//                    currency different from the first advance's; an
//                    instalment or repayment dated before the first
//                    drawdown; `settlement_date` before the first drawdown;
//                    a repayment dated after `settlement_date`; repayments
//                    totalling more than the instalments.
//   OutOfRange       a date outside 0001-01-01..9999-12-31; `settlement_date`
//                    after the last instalment's due date (nothing is left
//                    to settle early); a total or X does not fit in int64
//                    minor units.
//   Internal         the rounding could not be certified (not expected for
//                    any input; reported rather than guessed).
[[nodiscard]] absl::StatusOr<SettlementQuote> QuoteEarlySettlement(
    const SettlementTerms& terms, absl::Span<const DatedFlow> repayments,
    absl::CivilDay settlement_date, const SettlementOptions& options = {});

// QuoteEarlySettlement(schedule, ...)
//
// The same for the agreement `schedule` describes:
// QuoteEarlySettlement(SettlementTermsOf(schedule), ...).
[[nodiscard]] absl::StatusOr<SettlementQuote> QuoteEarlySettlement(
    const Schedule& schedule, absl::Span<const DatedFlow> repayments,
    absl::CivilDay settlement_date, const SettlementOptions& options = {});

// ReducedInstalment
//
// One instalment after a partial early repayment.
struct ReducedInstalment {
  absl::CivilDay due_date;
  // What was still owed on it before the repayment.
  Money before;
  // What is owed on it now; zero when the repayment cleared it.
  Money after;
};

// PartialRepaymentResult
struct PartialRepaymentResult {
  absl::CivilDay date;
  // The calculation date (`date`, or one month later under the deferment,
  // never after the last instalment's due date).
  absl::CivilDay calculation_date;
  bool deferred;
  Money payment;
  // Every instalment with anything still owed before the repayment, in
  // due-date order, with what is owed after it.
  std::vector<ReducedInstalment> instalments;
  // How many of them the repayment cleared entirely.
  int instalments_cleared;
  // The total by which the instalments were reduced (>= payment).
  Money reduction;
  // reduction - payment: the charges the customer no longer pays.
  Money rebate;
};

// ApplyPartialEarlyRepayment()
//
// A partial early repayment of `payment` on `date`, after `repayments`.
// What is still owed on each instalment is the instalments with the earlier
// repayments allocated oldest first. The payment then reduces the remaining
// instalments starting from the LAST, each at its value on the calculation
// date C (`date`, deferred by one month as for a full settlement):
//
//   * instalment k, owing D_k and due on T_k after C, is worth
//     PV_k = round_half_up(D_k (1 + r)^(-t_k)), t_k the time from C to T_k
//     (months basis where whole months, else calendar); one due on or before
//     C is worth D_k;
//   * while the payment left, E, is at least PV_k, the instalment is cleared
//     and E -= PV_k;
//   * the first instalment it cannot clear is reduced by
//     min(D_k, round_half_up(E (1 + r)^(t_k))): what is left of the payment,
//     carried forward to the instalment's due date; E is then 0.
//
// Only instalments due after `date` are reduced: an instalment already due
// is arrears, paid with an ordinary payment.
//
// Errors: as QuoteEarlySettlement() for `terms`, `repayments` and `date`
// (`date` stands for settlement_date); InvalidArgument if `payment` is not
// positive or in another currency; OutOfRange if the payment is at least the
// value of every instalment due after `date` (that is a full settlement: use
// QuoteEarlySettlement()) or if nothing is due after `date`.
[[nodiscard]] absl::StatusOr<PartialRepaymentResult> ApplyPartialEarlyRepayment(
    const SettlementTerms& terms, absl::Span<const DatedFlow> repayments,
    Money payment, absl::CivilDay date, const SettlementOptions& options = {});

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_SETTLEMENT_H_
