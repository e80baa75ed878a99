// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/status.h
// -----------------------------------------------------------------------------
//
// The two statuses a repayment ledger reports (credit-rules §8): the status of
// each instalment as of a date D, and the arrears status of the whole
// agreement as of D, which is what a lender reports to credit reference
// agencies. Both are derived from the transactions (ledger.h); nothing here is
// stored.
//
// Instalment status as of D, first match wins:
//
//   paid         nothing outstanding on the instalment
//   missed       D > due date + grace days
//   due          due date <= D <= due date + grace days
//   partly_paid  D before the due date, something paid
//   upcoming     otherwise
//
// With no grace days an instalment due today is `due`, and `missed` from
// tomorrow. Only transactions with a value date <= D count.
//
// Arrears status as of D: `settled` when nothing is outstanding on any
// instalment, `in_arrears` with the number of missed instalments when there
// is at least one, `up_to_date` otherwise.
//
// The names are stable text for storage, JSON and reports.
//
// Example:
//
//   tenor::ArrearsStatus a = ledger.ArrearsAsOf(absl::CivilDay(2026, 3, 10));
//   if (a.state == tenor::ArrearsState::kInArrears) {
//     report(tenor::ArrearsStateName(a.state), a.missed_instalments);
//   }

#ifndef TENOR_LEDGER_STATUS_H_
#define TENOR_LEDGER_STATUS_H_

#include <ostream>
#include <string_view>

#include "absl/status/statusor.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// InstalmentStatus
//
// The status of one instalment as of a date (§8), in the order the rule
// tests them.
enum class InstalmentStatus {
  kPaid,        // "paid": nothing outstanding
  kMissed,      // "missed": past the due date and the grace days
  kDue,         // "due": on or after the due date, within the grace days
  kPartlyPaid,  // "partly_paid": before the due date, something paid
  kUpcoming,    // "upcoming": before the due date, nothing paid
};

// InstalmentStatusName()
//
// "paid", "missed", "due", "partly_paid" or "upcoming"; "unknown" for a value
// outside the enumeration.
std::string_view InstalmentStatusName(InstalmentStatus status);

// ParseInstalmentStatus()
//
// The inverse of InstalmentStatusName(), exactly (case-sensitive).
//
// Errors: InvalidArgument for any other text.
[[nodiscard]] absl::StatusOr<InstalmentStatus> ParseInstalmentStatus(
    std::string_view name);

// ArrearsState
//
// The agreement's arrears state as of a date (§8), for credit reporting.
enum class ArrearsState {
  kUpToDate,   // "up_to_date": no instalment missed, something still owed
  kInArrears,  // "in_arrears": at least one instalment missed
  kSettled,    // "settled": nothing outstanding on any instalment
};

// ArrearsStateName()
//
// "up_to_date", "in_arrears" or "settled"; "unknown" for a value outside the
// enumeration.
std::string_view ArrearsStateName(ArrearsState state);

// ParseArrearsState()
//
// The inverse of ArrearsStateName(), exactly.
//
// Errors: InvalidArgument for any other text.
[[nodiscard]] absl::StatusOr<ArrearsState> ParseArrearsState(
    std::string_view name);

// ArrearsStatus
//
// `in_arrears(k)` of §8 is {kInArrears, k}. `missed_instalments` is 0 for the
// other two states.
struct ArrearsStatus {
  ArrearsState state = ArrearsState::kUpToDate;
  int missed_instalments = 0;

  friend bool operator==(const ArrearsStatus& a, const ArrearsStatus& b) {
    return a.state == b.state && a.missed_instalments == b.missed_instalments;
  }
  friend bool operator!=(const ArrearsStatus& a, const ArrearsStatus& b) {
    return !(a == b);
  }
};

// Streams the names, for test failure messages and logs.
std::ostream& operator<<(std::ostream& os, InstalmentStatus status);
std::ostream& operator<<(std::ostream& os, ArrearsState state);
// "up_to_date", "settled" or "in_arrears(2)".
std::ostream& operator<<(std::ostream& os, const ArrearsStatus& status);

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_STATUS_H_
