// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The names of the ledger's statuses (credit-rules §8). They are stable text:
// reports, JSON and stored data use them.

#include "tenor/ledger/status.h"

#include <ostream>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE

namespace {

constexpr InstalmentStatus kAllInstalmentStatuses[] = {
    InstalmentStatus::kPaid, InstalmentStatus::kMissed, InstalmentStatus::kDue,
    InstalmentStatus::kPartlyPaid, InstalmentStatus::kUpcoming};

constexpr ArrearsState kAllArrearsStates[] = {
    ArrearsState::kUpToDate, ArrearsState::kInArrears, ArrearsState::kSettled};

}  // namespace

std::string_view InstalmentStatusName(InstalmentStatus status) {
  switch (status) {
    case InstalmentStatus::kPaid:
      return "paid";
    case InstalmentStatus::kMissed:
      return "missed";
    case InstalmentStatus::kDue:
      return "due";
    case InstalmentStatus::kPartlyPaid:
      return "partly_paid";
    case InstalmentStatus::kUpcoming:
      return "upcoming";
  }
  return "unknown";
}

absl::StatusOr<InstalmentStatus> ParseInstalmentStatus(std::string_view name) {
  for (InstalmentStatus s : kAllInstalmentStatuses) {
    if (InstalmentStatusName(s) == name) return s;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "instalment status \"%s\": expected paid, missed, due, partly_paid or "
      "upcoming",
      name));
}

std::string_view ArrearsStateName(ArrearsState state) {
  switch (state) {
    case ArrearsState::kUpToDate:
      return "up_to_date";
    case ArrearsState::kInArrears:
      return "in_arrears";
    case ArrearsState::kSettled:
      return "settled";
  }
  return "unknown";
}

absl::StatusOr<ArrearsState> ParseArrearsState(std::string_view name) {
  for (ArrearsState s : kAllArrearsStates) {
    if (ArrearsStateName(s) == name) return s;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "arrears state \"%s\": expected up_to_date, in_arrears or settled",
      name));
}

std::ostream& operator<<(std::ostream& os, InstalmentStatus status) {
  return os << InstalmentStatusName(status);
}

std::ostream& operator<<(std::ostream& os, ArrearsState state) {
  return os << ArrearsStateName(state);
}

std::ostream& operator<<(std::ostream& os, const ArrearsStatus& status) {
  os << ArrearsStateName(status.state);
  if (status.state == ArrearsState::kInArrears) {
    os << '(' << status.missed_instalments << ')';
  }
  return os;
}

TENOR_END_NAMESPACE
