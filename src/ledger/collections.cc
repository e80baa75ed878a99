// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Collections reconciliation (credit-rules §8). The one rule that matters:
// every record of the batch is appended to exactly one of the two lists, so
// nothing collected is ever dropped. Each check below ends in `continue`
// right after adding the record to `unmatched`.

#include "tenor/ledger/collections.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  });
}

UnmatchedReason ReasonFor(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kAlreadyExists:
      return UnmatchedReason::kConflictingDuplicate;
    case absl::StatusCode::kOutOfRange:
      return UnmatchedReason::kLimitExceeded;
    default:
      return UnmatchedReason::kRejected;
  }
}

}  // namespace

std::string_view UnmatchedReasonCode(UnmatchedReason reason) {
  switch (reason) {
    case UnmatchedReason::kUnknownReference:
      return "unknown_reference";
    case UnmatchedReason::kCurrencyMismatch:
      return "currency_mismatch";
    case UnmatchedReason::kConflictingDuplicate:
      return "conflicting_duplicate";
    case UnmatchedReason::kInvalidAmount:
      return "invalid_amount";
    case UnmatchedReason::kInvalidId:
      return "invalid_id";
    case UnmatchedReason::kInvalidDate:
      return "invalid_date";
    case UnmatchedReason::kLimitExceeded:
      return "limit_exceeded";
    case UnmatchedReason::kRejected:
      return "rejected";
  }
  return "unknown";
}

std::size_t ReconciliationReport::recorded() const {
  return static_cast<std::size_t>(
      std::count_if(matched.begin(), matched.end(), [](const MatchedPayment& m) {
        return m.outcome == RecordOutcome::kRecorded;
      }));
}

std::size_t ReconciliationReport::duplicates() const {
  return matched.size() - recorded();
}

ReconciliationReport Reconcile(absl::Span<const CollectedPayment> batch,
                               const LedgerLookup& lookup,
                               const ReconcileOptions& options) {
  ReconciliationReport report;
  // Collection id -> (reference, batch position) of its first occurrence.
  std::unordered_map<std::string_view, std::pair<std::string_view, std::size_t>>
      seen;
  seen.reserve(batch.size());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const CollectedPayment& c = batch[i];
    auto unmatched = [&](UnmatchedReason reason, std::string message) {
      report.unmatched.push_back(UnmatchedPayment{i, reason, std::move(message)});
    };
    const std::string_view id = c.collection_id;
    if (id.empty() || IsBlank(id) || id.size() > kMaxTransactionIdLength) {
      unmatched(UnmatchedReason::kInvalidId,
                absl::StrFormat("collection_id: \"%s\" is empty, blank or "
                                "longer than %d bytes",
                                id, kMaxTransactionIdLength));
      continue;
    }
    Ledger* ledger = lookup ? lookup(c.reference) : nullptr;
    if (ledger == nullptr) {
      unmatched(UnmatchedReason::kUnknownReference,
                absl::StrFormat("reference: no agreement \"%s\" (collection "
                                "\"%s\")",
                                c.reference, id));
      continue;
    }
    auto [first, inserted] =
        seen.try_emplace(id, std::string_view(c.reference), i);
    if (!inserted && first->second.first != c.reference) {
      unmatched(UnmatchedReason::kConflictingDuplicate,
                absl::StrFormat("collection_id: \"%s\" is also in this batch "
                                "for reference \"%s\" (record %d); one "
                                "collection cannot pay two agreements",
                                id, first->second.first, first->second.second));
      continue;
    }
    if (c.amount.currency() != ledger->currency()) {
      unmatched(UnmatchedReason::kCurrencyMismatch,
                absl::StrFormat("amount: %s is not in the agreement's "
                                "currency %s (collection \"%s\")",
                                c.amount.ToDisplayString(), ledger->currency(),
                                id));
      continue;
    }
    if (!c.amount.is_positive()) {
      unmatched(UnmatchedReason::kInvalidAmount,
                absl::StrFormat("amount: %s is not positive (collection "
                                "\"%s\")",
                                c.amount.ToDisplayString(), id));
      continue;
    }
    const absl::CivilDay recorded =
        options.recorded_date.value_or(c.value_date);
    if (!IsSupportedDate(c.value_date) || !IsSupportedDate(recorded) ||
        recorded < c.value_date) {
      unmatched(UnmatchedReason::kInvalidDate,
                absl::StrFormat("value_date: %s is outside "
                                "0001-01-01..9999-12-31 or after the batch's "
                                "recorded date %s (collection \"%s\")",
                                FormatDate(c.value_date), FormatDate(recorded),
                                id));
      continue;
    }
    absl::StatusOr<RecordResult> r =
        ledger->RecordPayment(id, c.amount, c.value_date, recorded);
    if (!r.ok()) {
      unmatched(ReasonFor(r.status()), std::string(r.status().message()));
      continue;
    }
    report.matched.push_back(MatchedPayment{i, r->outcome, r->sequence});
  }
  return report;
}

ReconciliationReport Reconcile(
    absl::Span<const CollectedPayment> batch,
    const std::map<std::string, Ledger*, std::less<>>& ledgers,
    const ReconcileOptions& options) {
  return Reconcile(
      batch,
      [&ledgers](std::string_view reference) -> Ledger* {
        auto it = ledgers.find(reference);
        return it == ledgers.end() ? nullptr : it->second;
      },
      options);
}

TENOR_END_NAMESPACE
