// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/collections.h
// -----------------------------------------------------------------------------
//
// Collections reconciliation (credit-rules §8): a batch of collected payments
// (direct debits, card collections, bank transfers) is matched to agreements
// by reference and recorded on each agreement's ledger.
//
// The guarantee is the one a lender once failed 90,000 customers on: a
// collected payment is never dropped. Every record of the batch ends in
// exactly one of two lists of the returned report:
//
//   matched    recorded on its agreement's ledger, or already there with the
//              same content (a duplicate: re-running a batch records nothing
//              twice);
//   unmatched  with a machine-readable reason and a message, for a person to
//              resolve: unknown_reference, currency_mismatch,
//              conflicting_duplicate, invalid_amount, invalid_id,
//              invalid_date, limit_exceeded, rejected.
//
// so matched.size() + unmatched.size() == batch.size(), always. A matched
// payment is recorded with its value date (when the money left the
// customer), so statuses count it from that date however late the batch is
// matched: no instalment is reported missed while a matching collected
// payment is in hand.
//
// The collection id is the payment's id on the ledger. Within one batch, a
// collection id seen again with a *different* reference is unmatched as a
// conflicting_duplicate (one debit cannot pay two agreements; the first
// occurrence stands).
//
// Ledgers stay with the caller: Reconcile() asks a lookup for the ledger of
// each reference (a bank keeps them in its own store), or takes a map.
// Each record is all-or-nothing on its ledger; the batch as a whole is not a
// transaction (a record refused does not undo the others, it is reported).
//
// Example:
//
//   std::map<std::string, tenor::Ledger*, std::less<>> ledgers = {
//       {"AGR-1", &ledger1}, {"AGR-2", &ledger2}};
//   std::vector<tenor::CollectedPayment> batch = {
//       {"DD-0001", "AGR-1", *tenor::Money::Parse("33.34", gbp),
//        absl::CivilDay(2026, 3, 2)}};
//   tenor::ReconcileOptions options;
//   options.recorded_date = absl::CivilDay(2026, 3, 5);  // matched today
//   tenor::ReconciliationReport report =
//       tenor::Reconcile(batch, ledgers, options);
//   for (const tenor::UnmatchedPayment& u : report.unmatched) {
//     // queue for a person: tenor::UnmatchedReasonCode(u.reason), u.message
//   }

#ifndef TENOR_LEDGER_COLLECTIONS_H_
#define TENOR_LEDGER_COLLECTIONS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/ledger/ledger.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// CollectedPayment
//
// One record of a collections batch.
struct CollectedPayment {
  // The collection's id, unique per debit: the payment's id on the ledger.
  std::string collection_id;
  // The agreement reference the money was collected for.
  std::string reference;
  Money amount;
  // When the money left the customer's account.
  absl::CivilDay value_date;
};

// UnmatchedReason
//
// Why a record was not recorded. Codes are stable text.
enum class UnmatchedReason {
  // "unknown_reference": no ledger for the reference.
  kUnknownReference,
  // "currency_mismatch": the amount's currency is not the agreement's.
  kCurrencyMismatch,
  // "conflicting_duplicate": the collection id is already recorded on the
  // ledger with another amount or value date (or as a refund or fee), or
  // appeared earlier in the batch for another reference.
  kConflictingDuplicate,
  // "invalid_amount": zero or negative.
  kInvalidAmount,
  // "invalid_id": an empty, blank or over-long collection id.
  kInvalidId,
  // "invalid_date": a value date outside the supported range, or after the
  // batch's recorded date.
  kInvalidDate,
  // "limit_exceeded": the ledger's amounts would pass its bound.
  kLimitExceeded,
  // "rejected": the ledger refused the record for another reason (see the
  // message). Not produced today; kept so a new ledger rule can never make
  // a record disappear.
  kRejected,
};

// UnmatchedReasonCode()
//
// The code in the comments above; "unknown" outside the enumeration.
std::string_view UnmatchedReasonCode(UnmatchedReason reason);

// MatchedPayment
//
// A record that is on its agreement's ledger.
struct MatchedPayment {
  // Position in the batch.
  std::size_t index = 0;
  // kRecorded now, or kDuplicate (it was already there, unchanged).
  RecordOutcome outcome = RecordOutcome::kRecorded;
  // The payment's sequence on its ledger.
  int64_t sequence = 0;
};

// UnmatchedPayment
//
// A record that is not on any ledger, for a person to resolve.
struct UnmatchedPayment {
  // Position in the batch.
  std::size_t index = 0;
  UnmatchedReason reason = UnmatchedReason::kUnknownReference;
  // What was wrong, naming the field (the ledger's message where it refused
  // the record).
  std::string message;
};

// ReconciliationReport
//
// Both lists are in batch order; together they hold every record once.
struct ReconciliationReport {
  std::vector<MatchedPayment> matched;
  std::vector<UnmatchedPayment> unmatched;

  // Matched records recorded by this run.
  std::size_t recorded() const;
  // Matched records that were already on their ledger.
  std::size_t duplicates() const;
};

// ReconcileOptions
struct ReconcileOptions {
  // The day the batch is matched: every recorded payment's recorded date
  // (§10). Empty: each payment's value date.
  std::optional<absl::CivilDay> recorded_date;
};

// LedgerLookup
//
// Returns the ledger for an agreement reference, or nullptr if there is
// none. Called once per record, in batch order.
using LedgerLookup = std::function<Ledger*(std::string_view reference)>;

// Reconcile()
//
// Matches every record of `batch` to its agreement's ledger and records it
// (Ledger::RecordPayment with the collection id, the amount and the value
// date). Never fails as a whole: each record is either matched or unmatched,
// with its reason.
ReconciliationReport Reconcile(absl::Span<const CollectedPayment> batch,
                               const LedgerLookup& lookup,
                               const ReconcileOptions& options = {});

// The same, with the ledgers in a map keyed by reference.
ReconciliationReport Reconcile(
    absl::Span<const CollectedPayment> batch,
    const std::map<std::string, Ledger*, std::less<>>& ledgers,
    const ReconcileOptions& options = {});

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_COLLECTIONS_H_
