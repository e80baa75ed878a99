// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/ledger.h
// -----------------------------------------------------------------------------
//
// A `Ledger` is the repayment record of one agreement (credit-rules §8): its
// schedule and an append-only list of transactions (payments, reversals of a
// payment, merchant refunds, fee charges). Everything else, which instalment
// a payment paid, what is outstanding, the statuses, the credit balance, is
// *derived* from the transactions, so a collected payment is recorded once,
// is never dropped, and no instalment is reported missed while a payment
// that covers it is in hand. docs/repayments.md has the rules in full with
// worked examples; in short:
//
//   * Recording is idempotent. A transaction has an id; recording the same id
//     with the same content (kind, amount, value date) again is a no-op
//     reported as a duplicate; the same id with different content is refused
//     with AlreadyExists and changes nothing. Payments, refunds and fees share
//     one id space; a reversal is identified by the payment it reverses.
//   * Allocation is replayed from the transactions in value-date order, ties
//     by recording order. Each payment goes to the oldest instalment with
//     anything outstanding; within an instalment fees, then interest, then
//     principal. Money beyond everything owed is a credit balance, kept and
//     shown, and used first for anything owed later (a fee).
//   * A reversal (a returned direct debit) replays the allocation as if the
//     payment had never happened, from the reversal's value date on.
//   * A merchant refund reduces what is owed starting from the last
//     instalment (principal, then interest; fees are not refunded). Money
//     already paid against an amount a refund removes is released to the
//     credit balance, so a refund larger than what is still owed leaves
//     nothing owed and the excess as credit balance (a refund due to the
//     customer). Refunds may not add up to more than the total payable.
//   * A fee charge attaches to the oldest instalment with something
//     outstanding at the fee's place in the replay (the last instalment when
//     nothing is outstanding). The optional late-fee policy derives fees from
//     the dates instead: see LateFeePolicy.
//   * Status as of a date D uses only transactions with a value date <= D.
//     A payment has a value date (when the money left the customer) and a
//     recorded date (when the lender's books matched it; default: the value
//     date). Statuses count payments from their value date, so a payment
//     matched late never makes an instalment look missed (§10).
//   * Invariants, checked after every operation (assert in debug builds):
//       payments received - reversed = allocated + credit balance
//       outstanding = total payable + fees - refunds - allocated
//   * Every mutation is all-or-nothing: a refused operation leaves the ledger
//     equal (==) to what it was.
//
// Performance: a transaction that arrives in value-date order (the common
// case) is allocated incrementally: a hash lookup, an append and a walk from
// the oldest instalment with something outstanding, with no heap allocation
// beyond amortised vector growth (and the id's own string when it is longer
// than the small-string buffer). One that arrives out of order, and every
// reversal, replays the whole history. `Replayed()` recomputes from scratch;
// it always equals the incremental result.
//
// A ledger is a value: copies are independent, concurrent const use is safe
// (no caches, no globals).
//
// Example:
//
//   tenor::LedgerOptions options;
//   options.grace_days = 3;
//   absl::StatusOr<tenor::Ledger> ledger =
//       tenor::Ledger::Create(agreement.schedule(), options);
//   absl::StatusOr<tenor::RecordResult> r = ledger->RecordPayment(
//       "DD-20260131-0001", *tenor::Money::Parse("33.34", gbp),
//       absl::CivilDay(2026, 1, 31));
//   if (r.ok() && r->duplicate()) { /* already had it: nothing changed */ }
//   tenor::Statement s = ledger->StatementAsOf(absl::CivilDay(2026, 3, 10));
//   for (const tenor::InstalmentPosition& p : s.instalments) {
//     // p.number, p.due_date, p.paid(), p.outstanding, p.status
//   }
//   // s.arrears.state, s.totals.credit_balance

#ifndef TENOR_LEDGER_LEDGER_H_
#define TENOR_LEDGER_LEDGER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/checkout/agreement.h"
#include "tenor/ledger/status.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// kMaxGraceDays
//
// The longest grace period a ledger accepts: a year. Longer is almost
// certainly a unit mistake (hours, or minutes) and is refused.
inline constexpr int kMaxGraceDays = 365;

// kMaxTransactionIdLength
//
// The longest transaction id, in bytes. Bank references are far shorter.
inline constexpr std::size_t kMaxTransactionIdLength = 128;

// LateFeePolicy
//
// The optional late-fee policy of §8. Defaults are the UK Pay in 3 example:
// a fee of 5.00 when an instalment becomes missed, only for orders of at
// least 20.00, at most 2 fees per agreement and never more than 25 % of the
// order amount in total.
//
// Amounts are minor units of the ledger's currency (the defaults are pence:
// set them for other currencies). The order amount is the schedule's amount
// of credit.
//
// Late fees are *derived from the dates*, not recorded: as of a date D, an
// instalment that became missed on or before D (on due date + grace days + 1)
// while something was outstanding on it, counting only transactions with a
// value date up to that day, carries the fee. So a payment made on time but
// recorded late means no fee, and a late fee is never stored that a later
// correction would have to undo. A fee that would pass the 25 % cap is cut
// to what the cap leaves (a fee cut to zero is not charged and does not
// count toward `max_fees`). The cap applies to late fees only, not to fees
// recorded with Ledger::RecordFee().
struct LateFeePolicy {
  // The fee, in minor units. Positive.
  int64_t fee = 500;
  // Orders below this amount (minor units) never get late fees. Not negative.
  int64_t minimum_order = 2000;
  // At most this many late fees per agreement. Not negative.
  int max_fees = 2;
  // Late fees in total never exceed this percentage of the order amount,
  // rounded down to minor units. 0..100.
  int max_total_percent = 25;

  friend bool operator==(const LateFeePolicy& a, const LateFeePolicy& b) {
    return a.fee == b.fee && a.minimum_order == b.minimum_order &&
           a.max_fees == b.max_fees &&
           a.max_total_percent == b.max_total_percent;
  }
  friend bool operator!=(const LateFeePolicy& a, const LateFeePolicy& b) {
    return !(a == b);
  }
};

// LedgerOptions
//
// The product's repayment settings.
struct LedgerOptions {
  // An instalment is `due` from its due date to due date + grace_days, and
  // `missed` after that (§8). 0..kMaxGraceDays; 0 means an instalment due
  // today is `due` and `missed` from tomorrow.
  int grace_days = 0;
  // Late fees (§8), off when empty.
  std::optional<LateFeePolicy> late_fees;

  friend bool operator==(const LedgerOptions& a, const LedgerOptions& b) {
    return a.grace_days == b.grace_days && a.late_fees == b.late_fees;
  }
  friend bool operator!=(const LedgerOptions& a, const LedgerOptions& b) {
    return !(a == b);
  }
};

// ValidateLedgerOptions()
//
// Errors (InvalidArgument), naming the field: grace_days outside
// 0..kMaxGraceDays; a late fee that is not positive; a negative minimum
// order or max_fees; max_total_percent outside 0..100.
[[nodiscard]] absl::Status ValidateLedgerOptions(const LedgerOptions& options);

// TransactionKind
//
// The four kinds of transaction §8 names.
enum class TransactionKind {
  kPayment,   // "payment": money received from the customer
  kReversal,  // "reversal": a payment returned (e.g. a direct debit bounced)
  kRefund,    // "refund": the merchant refunded (part of) the order
  kFee,       // "fee": a fee charged to the customer
};

// TransactionKindName()
//
// "payment", "reversal", "refund" or "fee"; "unknown" otherwise.
std::string_view TransactionKindName(TransactionKind kind);

// Transaction
//
// One recorded transaction. Amounts are minor units of the ledger's currency.
struct Transaction {
  TransactionKind kind = TransactionKind::kPayment;
  // The transaction's id. For a reversal: the id of the payment it reverses.
  std::string id;
  // Positive. For a reversal: the reversed payment's amount.
  int64_t amount = 0;
  // When the money moved. Allocation and statuses go by this date.
  absl::CivilDay value_date;
  // When the lender's books recorded it: on or after the value date. Kept
  // for "status as known on K" reporting (§10).
  absl::CivilDay recorded_date;
  // Recording order, 0 for the first transaction: the index in
  // Ledger::transactions(). Breaks ties between equal value dates.
  int64_t sequence = 0;

  friend bool operator==(const Transaction& a, const Transaction& b) {
    return a.kind == b.kind && a.id == b.id && a.amount == b.amount &&
           a.value_date == b.value_date &&
           a.recorded_date == b.recorded_date && a.sequence == b.sequence;
  }
  friend bool operator!=(const Transaction& a, const Transaction& b) {
    return !(a == b);
  }
};

// RecordOutcome
enum class RecordOutcome {
  kRecorded,   // appended to the ledger
  kDuplicate,  // already recorded with the same content: nothing changed
};

// RecordResult
//
// What a successful Record*() call did.
struct RecordResult {
  RecordOutcome outcome = RecordOutcome::kRecorded;
  // The transaction's recording index: the new one, or for a duplicate the
  // one recorded first.
  int64_t sequence = 0;

  bool duplicate() const { return outcome == RecordOutcome::kDuplicate; }
};

// InstalmentPosition
//
// One instalment as of a date. Amounts are minor units.
struct InstalmentPosition {
  int number = 0;
  absl::CivilDay due_date;
  // The first day the instalment counts as missed if anything is still
  // outstanding: due date + grace days + 1.
  absl::CivilDay missed_from;
  // The scheduled amount (interest + principal), before refunds.
  int64_t amount = 0;
  // Fees charged to the instalment (recorded and late fees).
  int64_t fees = 0;
  // How much of the scheduled amount refunds removed.
  int64_t refunded = 0;
  // Money allocated to it, by component.
  int64_t paid_fees = 0;
  int64_t paid_interest = 0;
  int64_t paid_principal = 0;
  // amount + fees - refunded - paid().
  int64_t outstanding = 0;
  InstalmentStatus status = InstalmentStatus::kUpcoming;

  int64_t paid() const { return paid_fees + paid_interest + paid_principal; }

  friend bool operator==(const InstalmentPosition& a,
                         const InstalmentPosition& b) {
    return a.number == b.number && a.due_date == b.due_date &&
           a.missed_from == b.missed_from && a.amount == b.amount &&
           a.fees == b.fees && a.refunded == b.refunded &&
           a.paid_fees == b.paid_fees && a.paid_interest == b.paid_interest &&
           a.paid_principal == b.paid_principal &&
           a.outstanding == b.outstanding && a.status == b.status;
  }
  friend bool operator!=(const InstalmentPosition& a,
                         const InstalmentPosition& b) {
    return !(a == b);
  }
};

// LedgerTotals
//
// The agreement's totals as of a date, in minor units. They satisfy the §8
// invariants:
//   payments_received - payments_reversed == allocated + credit_balance
//   outstanding == total_payable + fees - refunds - allocated
struct LedgerTotals {
  // The schedule's total payable.
  int64_t total_payable = 0;
  // Every payment with a value date up to the date, reversed or not.
  int64_t payments_received = 0;
  // The part of payments_received whose reversal's value date is up to the
  // date.
  int64_t payments_reversed = 0;
  // Money applied to instalments.
  int64_t allocated = 0;
  // Money received beyond everything owed: kept, shown, never dropped; due
  // back to the customer if it is still there at the end.
  int64_t credit_balance = 0;
  // Every fee charged (recorded and late fees).
  int64_t fees = 0;
  // The part of `fees` that the late-fee policy charged, and how many.
  int64_t late_fees = 0;
  int late_fee_count = 0;
  // Merchant refunds.
  int64_t refunds = 0;
  // Still owed, over all instalments.
  int64_t outstanding = 0;

  friend bool operator==(const LedgerTotals& a, const LedgerTotals& b) {
    return a.total_payable == b.total_payable &&
           a.payments_received == b.payments_received &&
           a.payments_reversed == b.payments_reversed &&
           a.allocated == b.allocated &&
           a.credit_balance == b.credit_balance && a.fees == b.fees &&
           a.late_fees == b.late_fees &&
           a.late_fee_count == b.late_fee_count && a.refunds == b.refunds &&
           a.outstanding == b.outstanding;
  }
  friend bool operator!=(const LedgerTotals& a, const LedgerTotals& b) {
    return !(a == b);
  }
};

// Statement
//
// The whole ledger as of a date: every instalment, the totals and the
// arrears status.
struct Statement {
  absl::CivilDay as_of;
  std::vector<InstalmentPosition> instalments;
  LedgerTotals totals;
  ArrearsStatus arrears;

  friend bool operator==(const Statement& a, const Statement& b) {
    return a.as_of == b.as_of && a.instalments == b.instalments &&
           a.totals == b.totals && a.arrears == b.arrears;
  }
  friend bool operator!=(const Statement& a, const Statement& b) {
    return !(a == b);
  }
};

// Allocation
//
// Money of one payment applied to one instalment, as of a date: the answer
// to "what did my payment of the 4th pay?".
struct Allocation {
  // The payment: Ledger::transactions()[payment_sequence].
  int64_t payment_sequence = 0;
  // The instalment's number (1-based).
  int instalment = 0;
  int64_t fees = 0;
  int64_t interest = 0;
  int64_t principal = 0;

  int64_t total() const { return fees + interest + principal; }

  friend bool operator==(const Allocation& a, const Allocation& b) {
    return a.payment_sequence == b.payment_sequence &&
           a.instalment == b.instalment && a.fees == b.fees &&
           a.interest == b.interest && a.principal == b.principal;
  }
  friend bool operator!=(const Allocation& a, const Allocation& b) {
    return !(a == b);
  }
};

namespace internal {
class LedgerImpl;
}  // namespace internal

// Ledger
//
// The repayment ledger of one schedule. Obtain one with Create(); a bank core
// importing existing loans needs only their schedules.
//
// A moved-from ledger may only be assigned to or destroyed.
class Ledger {
 public:
  // Create()
  //
  // An empty ledger over `schedule` (or the agreement's schedule).
  //
  // Errors: InvalidArgument from ValidateLedgerOptions(); OutOfRange for a
  // schedule whose total payable is 2^61 minor units or more.
  [[nodiscard]] static absl::StatusOr<Ledger> Create(
      const Schedule& schedule, const LedgerOptions& options = {});
  [[nodiscard]] static absl::StatusOr<Ledger> Create(
      const Agreement& agreement, const LedgerOptions& options = {});

  Ledger(const Ledger& other);
  Ledger& operator=(const Ledger& other);
  Ledger(Ledger&& other) noexcept;
  Ledger& operator=(Ledger&& other) noexcept;
  ~Ledger();

  // RecordPayment()
  //
  // Records money received from the customer with value date `value_date`,
  // booked on `recorded_date` (default: the value date).
  //
  // A payment with the same id, amount and value date is already recorded:
  // returns kDuplicate and changes nothing (the recorded date is not part of
  // the content: re-importing yesterday's file today is a duplicate).
  //
  // Errors, each changing nothing:
  //   InvalidArgument  an empty, blank or over-long id; an amount that is not
  //                    positive or in another currency than the schedule's;
  //                    a date outside 0001-01-01..9999-12-31; a recorded date
  //                    before the value date.
  //   AlreadyExists    the id is recorded with a different amount or value
  //                    date, or as a refund or fee.
  //   OutOfRange       the ledger's amounts would pass 2^62 minor units.
  [[nodiscard]] absl::StatusOr<RecordResult> RecordPayment(
      std::string_view id, Money amount, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded_date = std::nullopt);

  // RecordReversal()
  //
  // Records that payment `payment_id` was returned with value date
  // `value_date`: from that date on, allocation is replayed as if the
  // payment had never happened. A payment is reversed at most once.
  // Recording the same reversal (same payment, same value date) again
  // returns kDuplicate and changes nothing.
  //
  // Errors, each changing nothing:
  //   NotFound         no payment `payment_id` is recorded (a reversal of a
  //                    payment the ledger never saw cannot be applied; the
  //                    caller must resolve it).
  //   InvalidArgument  `payment_id` names a refund or a fee; a value date
  //                    before the payment's; bad dates as for payments.
  //   AlreadyExists    the payment is already reversed with another value
  //                    date.
  [[nodiscard]] absl::StatusOr<RecordResult> RecordReversal(
      std::string_view payment_id, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded_date = std::nullopt);

  // RecordRefund()
  //
  // Records a merchant refund: it reduces what is owed starting from the
  // last instalment; money already paid against what it removes becomes
  // credit balance. Duplicates as for payments.
  //
  // Errors: as RecordPayment(), and OutOfRange if the refunds would add up
  // to more than the schedule's total payable (a merchant cannot refund
  // more than the order; such a record is refused, never truncated).
  [[nodiscard]] absl::StatusOr<RecordResult> RecordRefund(
      std::string_view id, Money amount, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded_date = std::nullopt);

  // RecordFee()
  //
  // Charges a fee. It attaches to the oldest instalment with something
  // outstanding at the fee's place in the replay (value date, then recording
  // order), or to the last instalment when nothing is outstanding; a credit
  // balance pays it at once. Duplicates as for payments.
  //
  // Errors: as RecordPayment().
  [[nodiscard]] absl::StatusOr<RecordResult> RecordFee(
      std::string_view id, Money amount, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded_date = std::nullopt);

  const Schedule& schedule() const;
  const LedgerOptions& options() const;
  Currency currency() const { return schedule().currency(); }

  // transactions()
  //
  // Every recorded transaction in recording order (index == sequence).
  // Refused and duplicate requests are not in it.
  absl::Span<const Transaction> transactions() const;

  // FindTransaction()
  //
  // The payment, refund or fee recorded with `id`, or nullptr.
  const Transaction* FindTransaction(std::string_view id) const;

  // FindReversal()
  //
  // The reversal of payment `payment_id`, or nullptr if it is not reversed
  // (or not recorded).
  const Transaction* FindReversal(std::string_view payment_id) const;

  // latest_value_date()
  //
  // The latest value date of any transaction; empty for an empty ledger.
  std::optional<absl::CivilDay> latest_value_date() const;

  // StatementAsOf()
  //
  // Every instalment's position and status, the totals and the arrears
  // status as of `as_of`, counting the transactions with a value date up to
  // and including `as_of` and the late fees (if any) that became due up to
  // it. Cheap when `as_of` is on or after latest_value_date() (it starts from
  // the incremental state); otherwise a replay.
  Statement StatementAsOf(absl::CivilDay as_of) const;

  // ArrearsAsOf()
  //
  // StatementAsOf(as_of).arrears.
  ArrearsStatus ArrearsAsOf(absl::CivilDay as_of) const;

  // StatementAsKnownOn()
  //
  // The statement as of `as_of` as it was known on `known_on` (§10): only
  // transactions recorded on or before `known_on` count (a reversal too:
  // until it is recorded its payment stands), each from its value date if
  // that is up to `as_of`. Late fees are derived from that view. With
  // `known_on` on or after latest_recorded_date() this is StatementAsOf().
  // `known_on` may be before `as_of` (what was known then about a later
  // date) or before any recording (only the schedule is known). Always a
  // replay unless everything is known.
  Statement StatementAsKnownOn(absl::CivilDay known_on,
                               absl::CivilDay as_of) const;

  // ArrearsAsKnownOn()
  //
  // StatementAsKnownOn(known_on, as_of).arrears: the arrears status "as
  // known on K for D". The reported status of a period end M is
  // ArrearsAsKnownOn(M, M); the correct one is ArrearsAsOf(M).
  ArrearsStatus ArrearsAsKnownOn(absl::CivilDay known_on,
                                 absl::CivilDay as_of) const;

  // latest_recorded_date()
  //
  // The latest recorded date of any transaction; empty for an empty ledger.
  // From that date on, everything in the ledger is known.
  std::optional<absl::CivilDay> latest_recorded_date() const;

  // AllocationsAsOf()
  //
  // Which payment paid what, as of `as_of`: ordered by instalment, then in
  // the order the money was applied. Their totals add up to
  // StatementAsOf(as_of).totals.allocated. Money a refund released is taken
  // back from the instalment's latest allocations first. Always a replay.
  std::vector<Allocation> AllocationsAsOf(absl::CivilDay as_of) const;

  // Replayed()
  //
  // A copy whose derived state was recomputed by replaying every
  // transaction from scratch. Always equal (==) to *this: incremental
  // allocation is only an optimisation. For audits and tests.
  Ledger Replayed() const;

  // Two ledgers are equal when their schedules, options and transactions
  // (in recording order) are, and so their derived state.
  friend bool operator==(const Ledger& a, const Ledger& b);
  friend bool operator!=(const Ledger& a, const Ledger& b) {
    return !(a == b);
  }

 private:
  explicit Ledger(std::unique_ptr<internal::LedgerImpl> impl);

  std::unique_ptr<internal::LedgerImpl> impl_;
};

// Streams e.g. "#0 payment P1 3334 value 2026-01-31 recorded 2026-02-03"
// (amounts in minor units: a transaction does not carry its currency).
std::ostream& operator<<(std::ostream& os, const Transaction& t);

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_LEDGER_H_
