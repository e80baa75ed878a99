// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/financing_account.h
// -----------------------------------------------------------------------------
//
// A financing account (credit-rules §4.4) is revolving credit: one account
// per customer with a credit limit, a fixed nominal rate and a monthly due
// day (1..28). Each purchase on the account becomes its own *plan*: a §4.3
// schedule over the term chosen at purchase, whose first instalment is due
// on the first due day on or after AddMonths(shipment date, 1), then monthly
// on that day. On a due day the customer owes the sum of the plans'
// instalments due that day, and one payment pays that sum.
//
// Rules (docs/repayments.md, "Financing account", has them with examples):
//
//   * Opening an account is credit, and so is every purchase: both need the
//     customer's credit switch (§6) to be on, with the checks Accept() makes
//     (checkout/agreement.h): credit on at the instant, no switch-off
//     recorded at or after it, and the history's latest state on. Otherwise
//     FailedPrecondition, and nothing is created. The history must extend
//     the one the account last saw (InvalidArgument otherwise: another
//     customer's history, or an older copy).
//   * There is no other way to make an account or a plan: FinancingAccount
//     and AccountPlan have private constructors, Open() and AddPurchase()
//     are the only factories (must-not-compile tests prove it).
//   * A purchase that would take the outstanding principal above the limit
//     is refused with OutOfRange (the limit is a bound; FailedPrecondition is
//     kept for "credit may not be given at all": switch off, wound down).
//     Exactly at the limit is allowed.
//   * An account, or the whole product, can be closed to new purchases (wound
//     down): FailedPrecondition for new purchases; existing plans run to
//     their end and payments keep being accepted. Nothing else changes.
//   * Switching credit off blocks new purchases only: existing plans, their
//     schedules and their payments carry on unchanged.
//   * A payment is spread over the plans: the instalments with anything
//     outstanding, oldest due date first, ties in plan (purchase) order.
//     Each plan's share is recorded in that plan's Ledger (ledger.h), which
//     allocates it within the plan (fees, interest, principal). Money beyond
//     everything owed on the account is the account's credit balance: kept
//     and shown, never dropped. The spread is derived: it is replayed in
//     value-date order whenever a payment or purchase arrives out of order.
//
// Example:
//
//   tenor::FinancingAccountProduct product;            // terms 6..36
//   tenor::FinancingAccountTerms terms{
//       *tenor::Money::Parse("2000.00", gbp), *tenor::Rate::Parse("19.9"),
//       /*due_day=*/5};
//   absl::StatusOr<tenor::FinancingAccount> account =
//       tenor::FinancingAccount::Open(product, terms, history, opened_at);
//   absl::StatusOr<tenor::PurchaseResult> p = account->AddPurchase(
//       product,
//       tenor::AccountPurchase{"order-1", *tenor::Money::Parse("450.00", gbp),
//                              absl::CivilDay(2026, 3, 10), std::nullopt, 12},
//       history, purchased_at);
//   tenor::Money due = account->AmountDueOn(absl::CivilDay(2026, 4, 5));
//   absl::StatusOr<tenor::AccountPaymentResult> r = account->RecordPayment(
//       "DD-0001", due, absl::CivilDay(2026, 4, 5));

#ifndef TENOR_LEDGER_FINANCING_ACCOUNT_H_
#define TENOR_LEDGER_FINANCING_ACCOUNT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "absl/types/span.h"

#include "tenor/credit_switch/credit_switch.h"
#include "tenor/ledger/ledger.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The due days an account may have: every month has them.
inline constexpr int kMinAccountDueDay = 1;
inline constexpr int kMaxAccountDueDay = 28;

// BuildAccountPlanSchedule()
//
// The schedule of one purchase on a financing account (§4.4): `amount` over
// `term_months` at `rate`, shipped on `shipment_date`, due on `due_day`.
// A schedule is not credit: this is also the preview ("12 x 39.95 from
// 5 April").
//
// Due dates: the first is the first `due_day` on or after
// AddMonths(shipment_date, 1); the k-th is k - 1 months after it (no
// clamping is ever needed: due days are 1..28). The first period is
// therefore one month or longer, by up to 27 days (shipped 2026-03-31, due
// day 28: first due 2026-05-28), or one clamped month (shipped 2026-01-31,
// due day 28: first due 2026-02-28).
//
// Rows: exactly §4.3. R = 0: equal split, remainder on the first
// instalments. R > 0: level payment A (LevelPayment()), interest_k =
// round(B_{k-1} * i) with i = R / 1200 for EVERY row, the first included
// whatever its length: a longer first period costs no extra interest (and a
// clamped one no less); the last row repays the balance exactly. When the
// due day is the shipment date's day, the schedule equals
// BuildFinancingSchedule()'s.
//
// APR (§5): on the months basis when every due date is a whole-month
// anniversary of the shipment date (AddMonths(shipment date, k)), else on
// the calendar basis; 0.0 when interest-free. A longer first period at the
// same interest gives a slightly lower APR.
//
// The term may be 1..kMaxLevelPaymentTerm; an account restricts it to its
// product's offered terms (6..36).
//
// Errors:
//   InvalidArgument  `amount` not positive; `term_months` outside
//                    1..kMaxLevelPaymentTerm; `due_day` outside 1..28;
//                    `rounding` not a rounding mode.
//   OutOfRange       the amount is too small for the term (as
//                    BuildFinancingSchedule()); a date outside
//                    0001-01-01..9999-12-31; a figure does not fit.
//   Others           an error of the APR computation, passed on.
[[nodiscard]] absl::StatusOr<Schedule> BuildAccountPlanSchedule(
    Money amount, Rate rate, int term_months, int due_day,
    absl::CivilDay shipment_date,
    RoundingMode rounding = RoundingMode::kHalfUp);

// FinancingAccountProduct
//
// The lender's settings for financing accounts. Passed to Open() and to
// every AddPurchase(): it is the product as it is now, so winding the whole
// product down (`open_to_new_purchases = false`) takes effect on every
// account at once.
struct FinancingAccountProduct {
  // The terms a purchase may choose, each within 6..36, no duplicates.
  std::vector<int> offered_terms = {6, 12, 18, 24, 36};
  // How the level payment and interest are rounded (§4.3).
  RoundingMode rounding = RoundingMode::kHalfUp;
  // Each plan's repayment settings (grace days, late fees), fixed when the
  // plan is made.
  LedgerOptions ledger;
  // False when the product is wound down: no new accounts, no new
  // purchases; existing plans and payments carry on.
  bool open_to_new_purchases = true;

  // Validate()
  //
  // Errors (InvalidArgument), naming the field: an empty `offered_terms`, a
  // term outside 6..36 or offered twice; a rounding mode that is not one of
  // kAllRoundingModes; as ValidateLedgerOptions() for `ledger`.
  [[nodiscard]] absl::Status Validate() const;
};

// FinancingAccountTerms
//
// One customer's account, agreed at opening and fixed for its life.
struct FinancingAccountTerms {
  // The most outstanding principal the account may carry, inclusive.
  // Positive; its currency is the account's.
  Money credit_limit;
  // The fixed nominal rate, % p.a., of every plan. Zero: interest-free.
  Rate rate = Rate::Zero();
  // The day of the month instalments fall due, 1..28.
  int due_day = 1;
};

// AccountPurchase
//
// A purchase to put on the account.
struct AccountPurchase {
  // The purchase's id, unique within the account (e.g. the order number).
  // Non-empty, at most kMaxTransactionIdLength bytes.
  std::string id;
  // Positive, in the account's currency.
  Money amount;
  absl::CivilDay purchase_date;
  // The plan's due dates count from here; default: the purchase date.
  std::optional<absl::CivilDay> shipment_date;
  // One of the product's offered terms.
  int term_months = 0;

  absl::CivilDay shipment_or_purchase_date() const {
    return shipment_date.value_or(purchase_date);
  }
};

class FinancingAccount;

// AccountPlan
//
// One purchase on an account: its schedule and its repayment ledger. Only
// FinancingAccount::AddPurchase() makes plans.
class AccountPlan {
 public:
  const std::string& id() const { return id_; }
  absl::CivilDay purchase_date() const { return purchase_date_; }
  absl::CivilDay shipment_date() const { return schedule().anchor_date(); }
  // The instant the purchase was accepted (its credit-switch check).
  absl::Time purchased_at() const { return purchased_at_; }
  int term_months() const { return schedule().term_months(); }
  Money amount() const { return schedule().amount_of_credit(); }
  const Schedule& schedule() const { return ledger_.schedule(); }
  // The plan's share of every account payment, allocated within the plan.
  const Ledger& ledger() const { return ledger_; }

 private:
  friend class FinancingAccount;
  AccountPlan(std::string id, absl::CivilDay purchase_date,
              absl::Time purchased_at, Ledger ledger)
      : id_(std::move(id)),
        purchase_date_(purchase_date),
        purchased_at_(purchased_at),
        ledger_(std::move(ledger)) {}

  std::string id_;
  absl::CivilDay purchase_date_;
  absl::Time purchased_at_;
  Ledger ledger_;
};

// PurchaseResult
//
// What a successful AddPurchase() did.
struct PurchaseResult {
  // The plan: FinancingAccount::plans()[plan_index].
  size_t plan_index = 0;
  // True when the same purchase (id, amount, dates, term) was already on the
  // account: nothing was created or checked again.
  bool duplicate = false;
};

// PlanShare
//
// The part of a payment that went to one plan.
struct PlanShare {
  size_t plan_index = 0;
  Money amount;
};

// AccountPaymentResult
//
// What a successful RecordPayment() did, as the allocation stands after it
// (a later out-of-order payment or backdated purchase may replay it).
struct AccountPaymentResult {
  // True when the same payment (id, amount, value date) was already
  // recorded: nothing changed.
  bool duplicate = false;
  // The plans that received money, in plan order.
  std::vector<PlanShare> shares;
  // The part that went to the account's credit balance.
  Money to_credit_balance;
};

// AccountPayment
//
// A payment as the account recorded it.
struct AccountPayment {
  std::string id;
  Money amount;
  absl::CivilDay value_date;
  absl::CivilDay recorded_date;
  // Recording order, 0 for the first payment.
  int64_t sequence = 0;
};

// AccountStatement
//
// The account as of a date, counting payments with a value date up to it.
struct AccountStatement {
  absl::CivilDay as_of;
  // One per plan, in plan order (plans purchased after `as_of` included:
  // they show nothing paid).
  std::vector<Statement> plans;
  // Payments received (value date up to `as_of`).
  Money payments_received;
  // Money applied to the plans' instalments.
  Money allocated;
  // Money beyond everything owed: payments_received == allocated +
  // credit_balance, always.
  Money credit_balance;
  // Still owed on the plans purchased on or before `as_of` (interest and
  // fees included).
  Money outstanding;
  // Principal still owed on the plans purchased on or before `as_of`: what
  // the credit limit is checked against.
  Money outstanding_principal;
};

// FinancingAccount
//
// A customer's financing account. A value: copies are independent.
class FinancingAccount {
 public:
  // Open()
  //
  // Opens an account on `terms` at instant `at` for the customer whose
  // credit-switch history is `history` (load it fresh).
  //
  // Errors, each creating nothing:
  //   InvalidArgument     the product or the terms do not validate (a limit
  //                       that is not positive, a due day outside 1..28);
  //                       `at` is infinite.
  //   FailedPrecondition  credit is off at `at`, a switch-off is recorded at
  //                       or after `at`, or the history's latest state is
  //                       off; the product is closed to new purchases.
  [[nodiscard]] static absl::StatusOr<FinancingAccount> Open(
      const FinancingAccountProduct& product,
      const FinancingAccountTerms& terms, const CreditSwitchHistory& history,
      absl::Time at);

  const FinancingAccountTerms& terms() const { return terms_; }
  Currency currency() const { return terms_.credit_limit.currency(); }
  absl::Time opened_at() const { return opened_at_; }
  // False once CloseToNewPurchases() was called.
  bool open_to_new_purchases() const { return open_; }

  // The plans, in purchase order.
  absl::Span<const AccountPlan> plans() const { return plans_; }
  // Every recorded payment, in recording order.
  absl::Span<const AccountPayment> payments() const { return payments_; }

  // AddPurchase()
  //
  // Puts `purchase` on the account as a new plan, accepted at instant `at`,
  // under the product as it is now. Purchases are accepted in instant order.
  //
  // Errors, each creating nothing, checked in this order:
  //   InvalidArgument     `product` does not validate; an empty, blank or
  //                       over-long id; an amount not positive or in another
  //                       currency; a date outside the supported range; a
  //                       shipment date before the purchase date; a term the
  //                       product does not offer.
  //   AlreadyExists       the id is on the account with different content
  //                       (the same content is a duplicate, see
  //                       PurchaseResult, and nothing else is checked).
  //   InvalidArgument     `at` infinite or before the account's last credit
  //                       check (the opening or the last purchase); a
  //                       history that does not extend the one the account
  //                       last saw.
  //   FailedPrecondition  credit is off at `at`, a switch-off is recorded at
  //                       or after `at`, or the history's latest state is
  //                       off; then: the product or the account is closed to
  //                       new purchases.
  //   OutOfRange          the outstanding principal (every plan's principal
  //                       not repaid as of the purchase date) plus
  //                       `purchase.amount` would exceed the credit limit;
  //                       the amount is too small for the term; the plans'
  //                       total payable would pass 2^62 minor units.
  //   (any other error of BuildAccountPlanSchedule(), passed on)
  [[nodiscard]] absl::StatusOr<PurchaseResult> AddPurchase(
      const FinancingAccountProduct& product, const AccountPurchase& purchase,
      const CreditSwitchHistory& history, absl::Time at);

  // CloseToNewPurchases()
  //
  // Winds the account down: no new purchases from now on. Existing plans
  // run to their end and payments keep being accepted. Cannot be undone.
  void CloseToNewPurchases() { open_ = false; }

  // RecordPayment()
  //
  // Records a payment from the customer and spreads it over the plans
  // (oldest due first, then plan order); the rest goes to the credit
  // balance. Accepted whatever the credit switch says and whether or not
  // the account is closed. The same id, amount and value date again is a
  // duplicate and changes nothing.
  //
  // Errors, each changing nothing:
  //   InvalidArgument  an empty, blank or over-long id; an amount not
  //                    positive or in another currency; a date outside the
  //                    supported range; a recorded date before the value
  //                    date.
  //   AlreadyExists    the id is recorded with a different amount or value
  //                    date.
  //   OutOfRange       the account's amounts would pass 2^62 minor units.
  [[nodiscard]] absl::StatusOr<AccountPaymentResult> RecordPayment(
      std::string_view id, Money amount, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded_date = std::nullopt);

  // AmountDueOn()
  //
  // The sum of the plans' scheduled instalments due on `day` (§4.4): what
  // the customer is asked to pay that day. Zero when nothing is due.
  Money AmountDueOn(absl::CivilDay day) const;

  // StatementAsOf()
  //
  // The account and every plan as of `as_of`.
  AccountStatement StatementAsOf(absl::CivilDay as_of) const;

 private:
  FinancingAccount(FinancingAccountTerms terms, absl::Time opened_at,
                   const CreditSwitchHistory& history);

  // Spreads payments_[index] over the plans as they stand, into
  // applied_[index] (the incremental path, and one step of Replay()).
  absl::Status Apply(size_t index);
  // Rebuilds every plan's ledger from the payments, in value-date order.
  absl::Status Replay();
  // Records that the history up to its current end was checked.
  void SawHistory(const CreditSwitchHistory& history);

  FinancingAccountTerms terms_;
  absl::Time opened_at_;
  absl::Time last_credit_check_;
  bool open_ = true;
  std::vector<AccountPlan> plans_;
  std::vector<AccountPayment> payments_;
  // How each payment was spread (derived; parallel to payments_).
  std::vector<AccountPaymentResult> applied_;
  // The latest value date applied so far: a payment dated before it, or a
  // purchase dated on or before it, replays the spread.
  std::optional<absl::CivilDay> latest_value_date_;
  // The credit-switch history the account last checked, as a prefix: later
  // histories must extend it.
  size_t history_events_ = 0;
  uint64_t history_fingerprint_ = 0;
};

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_FINANCING_ACCOUNT_H_
