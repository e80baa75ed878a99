// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Test-only: the invariants of a schedule (credit-rules §4) and of a ledger
// statement (§8), as plain functions that return the first broken invariant
// as text ("" when every one holds). Shared by the fuzz targets
// (tests/fuzz/), which abort on a non-empty answer, and the stress tests
// (tests/stress/), which REQUIRE an empty one. No Catch2 here, so that the
// fuzz targets can include it.

#ifndef TENOR_TESTS_SUPPORT_INVARIANTS_H_
#define TENOR_TESTS_SUPPORT_INVARIANTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

namespace tenor_test {

// Every schedule, whatever its product: rows numbered 1..n with increasing
// due dates on or after the anchor; amount = interest + principal with
// neither negative; the balance falls by each principal to exactly 0; and
// the totals are the sums of the rows.
inline std::string ScheduleInvariantViolation(const tenor::Schedule& s) {
  const auto rows = s.instalments();
  if (rows.empty()) return "no instalments";
  int64_t balance = s.amount_of_credit().minor_units();
  if (balance <= 0) return "amount of credit not positive";
  int64_t sum_amount = 0;
  int64_t sum_interest = 0;
  int64_t sum_principal = 0;
  absl::CivilDay previous = s.anchor_date() - 1;
  for (size_t k = 0; k < rows.size(); ++k) {
    const tenor::Instalment& row = rows[k];
    const std::string where = absl::StrCat("row ", k + 1, ": ");
    if (row.number != static_cast<int>(k) + 1) return where + "numbering";
    if (row.due_date <= previous) return where + "due date not increasing";
    previous = row.due_date;
    if (row.interest < 0) return where + "negative interest";
    if (row.principal < 0) return where + "negative principal";
    if (row.amount != row.interest + row.principal) {
      return where + "amount != interest + principal";
    }
    balance -= row.principal;
    if (row.balance != balance) return where + "balance chain broken";
    if (balance < 0) return where + "negative balance";
    sum_amount += row.amount;
    sum_interest += row.interest;
    sum_principal += row.principal;
  }
  if (balance != 0) return "final balance not 0";
  if (sum_principal != s.amount_of_credit().minor_units()) {
    return "principal does not sum to the amount of credit";
  }
  if (sum_interest != s.total_interest().minor_units()) {
    return "interest does not sum to total_interest";
  }
  if (sum_amount != s.total_payable().minor_units()) {
    return "amounts do not sum to total_payable";
  }
  if (s.total_interest().is_zero() && s.apr().scaled != 0) {
    return "no interest but a non-zero APR";
  }
  if (s.total_payable().currency() != s.currency()) return "currency";
  return "";
}

// The §8 invariants of a statement, and the positions adding up to the
// totals (the same checks as tests/unit/ledger_test.cc's RequireInvariants).
inline std::string StatementInvariantViolation(const tenor::Statement& s) {
  const tenor::LedgerTotals& t = s.totals;
  if (t.payments_received - t.payments_reversed !=
      t.allocated + t.credit_balance) {
    return "received - reversed != allocated + credit balance";
  }
  if (t.outstanding != t.total_payable + t.fees - t.refunds - t.allocated) {
    return "outstanding != payable + fees - refunds - allocated";
  }
  int64_t outstanding = 0, paid = 0, fees = 0, refunded = 0, amount = 0;
  int missed = 0;
  for (const tenor::InstalmentPosition& p : s.instalments) {
    const std::string where = absl::StrCat("instalment ", p.number, ": ");
    if (p.outstanding != p.amount + p.fees - p.refunded - p.paid()) {
      return where + "outstanding != amount + fees - refunded - paid";
    }
    if (p.outstanding < 0) return where + "negative outstanding";
    outstanding += p.outstanding;
    paid += p.paid();
    fees += p.fees;
    refunded += p.refunded;
    amount += p.amount;
    if (p.status == tenor::InstalmentStatus::kMissed) ++missed;
    if (p.status == tenor::InstalmentStatus::kPaid && p.outstanding != 0) {
      return where + "paid with something outstanding";
    }
  }
  if (outstanding != t.outstanding) return "positions' outstanding != total";
  if (paid != t.allocated) return "positions' paid != allocated";
  if (fees != t.fees) return "positions' fees != total fees";
  if (refunded != t.refunds) return "positions' refunds != total refunds";
  if (amount != t.total_payable) return "positions' amounts != total payable";
  if (t.credit_balance < 0) return "negative credit balance";
  if (t.credit_balance != 0 && t.outstanding != 0) {
    return "credit balance idle while something is owed";
  }
  const tenor::ArrearsStatus expected =
      t.outstanding == 0
          ? tenor::ArrearsStatus{tenor::ArrearsState::kSettled, 0}
      : missed > 0 ? tenor::ArrearsStatus{tenor::ArrearsState::kInArrears,
                                          missed}
                   : tenor::ArrearsStatus{tenor::ArrearsState::kUpToDate, 0};
  if (s.arrears != expected) return "arrears status";
  return "";
}

// A ledger as of `as_of`: the statement's invariants, the arrears query
// agreeing with the statement, and the incremental state equal to a replay
// of the transactions from scratch.
inline std::string LedgerInvariantViolation(const tenor::Ledger& l,
                                            absl::CivilDay as_of) {
  const tenor::Statement s = l.StatementAsOf(as_of);
  std::string v = StatementInvariantViolation(s);
  if (!v.empty()) return absl::StrCat("as of ", tenor::FormatDate(as_of), ": ", v);
  if (l.ArrearsAsOf(as_of) != s.arrears) return "ArrearsAsOf != statement";
  int64_t allocated = 0;
  for (const tenor::Allocation& a : l.AllocationsAsOf(as_of)) {
    if (a.fees < 0 || a.interest < 0 || a.principal < 0) {
      return "negative allocation";
    }
    allocated += a.total();
  }
  if (allocated != s.totals.allocated) return "allocations != allocated";
  if (!(l == l.Replayed())) return "incremental != replayed";
  return "";
}

}  // namespace tenor_test

#endif  // TENOR_TESTS_SUPPORT_INVARIANTS_H_
