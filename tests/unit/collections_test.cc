// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Collections reconciliation (credit-rules §8): every collected payment ends
// matched or unmatched, none is dropped, a re-run records nothing twice, and
// nothing is reported missed while a matching collected payment is in hand.

#include "tenor/ledger/collections.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using tenor::CollectedPayment;
using tenor::Currency;
using tenor::InstalmentStatus;
using tenor::Ledger;
using tenor::Money;
using tenor::ReconcileOptions;
using tenor::ReconciliationReport;
using tenor::RecordOutcome;
using tenor::Schedule;
using tenor::UnmatchedReason;

const Currency kGbp = *Currency::FromCode("GBP");
const Currency kEur = *Currency::FromCode("EUR");

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }

Money Gbp(const char* text) { return *Money::Parse(text, kGbp); }

// Pay in 3 of 100.00 bought 2026-01-31: 33.34, 33.33, 33.33 due 01-31,
// 03-02, 04-01 (§4.2).
Ledger PayIn3Ledger(const char* amount = "100.00",
                    absl::CivilDay purchase = Day(2026, 1, 31)) {
  absl::StatusOr<Schedule> s =
      tenor::PreviewPayInN(tenor::PayInN{}, Gbp(amount), purchase);
  REQUIRE(s.ok());
  absl::StatusOr<Ledger> l = Ledger::Create(*s);
  REQUIRE(l.ok());
  return *std::move(l);
}

std::vector<std::string> Reasons(const ReconciliationReport& r) {
  std::vector<std::string> out;
  for (const tenor::UnmatchedPayment& u : r.unmatched) {
    out.emplace_back(tenor::UnmatchedReasonCode(u.reason));
  }
  return out;
}

// Every batch position appears exactly once across the two lists.
void RequireNothingDropped(const ReconciliationReport& r, std::size_t size) {
  REQUIRE(r.matched.size() + r.unmatched.size() == size);
  std::set<std::size_t> seen;
  for (const tenor::MatchedPayment& m : r.matched) seen.insert(m.index);
  for (const tenor::UnmatchedPayment& u : r.unmatched) seen.insert(u.index);
  REQUIRE(seen.size() == size);
  if (size > 0) REQUIRE(*seen.rbegin() == size - 1);
}

TEST_CASE("collections: every record ends matched and recorded, or "
          "unmatched with its reason",
          "[collections][s8]") {
  Ledger a = PayIn3Ledger();
  Ledger b = PayIn3Ledger("60.00");
  const std::map<std::string, Ledger*, std::less<>> ledgers = {{"AGR-1", &a},
                                                               {"AGR-2", &b}};
  // AGR-1 already has DD-9 recorded with another amount.
  TENOR_REQUIRE_OK(a.RecordPayment("DD-9", Gbp("1.00"), Day(2026, 1, 20)));
  const std::vector<CollectedPayment> batch = {
      {"DD-1", "AGR-1", Gbp("33.34"), Day(2026, 1, 31)},
      {"DD-2", "AGR-2", Gbp("20.00"), Day(2026, 1, 31)},
      {"DD-3", "AGR-404", Gbp("10.00"), Day(2026, 1, 31)},
      {"DD-4", "AGR-1", *Money::Parse("10.00", kEur), Day(2026, 1, 31)},
      {"DD-9", "AGR-1", Gbp("2.00"), Day(2026, 1, 20)},
      {"DD-5", "AGR-2", Gbp("0.00"), Day(2026, 1, 31)},
      {"", "AGR-2", Gbp("1.00"), Day(2026, 1, 31)},
      {"DD-6", "AGR-2", Gbp("1.00"), Day(10000, 1, 1)},
      {"DD-1", "AGR-2", Gbp("33.34"), Day(2026, 1, 31)},
      {"DD-1", "AGR-1", Gbp("33.34"), Day(2026, 1, 31)},
  };
  ReconcileOptions options;
  options.recorded_date = Day(2026, 2, 2);
  const ReconciliationReport r = tenor::Reconcile(batch, ledgers, options);
  RequireNothingDropped(r, batch.size());
  REQUIRE(r.matched.size() == 3);
  CHECK(r.matched[0].index == 0);
  CHECK(r.matched[0].outcome == RecordOutcome::kRecorded);
  CHECK(r.matched[1].index == 1);
  CHECK(r.matched[2].index == 9);
  CHECK(r.matched[2].outcome == RecordOutcome::kDuplicate);
  CHECK(r.recorded() == 2);
  CHECK(r.duplicates() == 1);
  CHECK(Reasons(r) ==
        std::vector<std::string>{"unknown_reference", "currency_mismatch",
                                 "conflicting_duplicate", "invalid_amount",
                                 "invalid_id", "invalid_date",
                                 "conflicting_duplicate"});
  CHECK(r.unmatched[0].index == 2);
  CHECK(r.unmatched[0].message.find("AGR-404") != std::string::npos);
  CHECK(r.unmatched[2].message.find("already recorded") != std::string::npos);
  CHECK(r.unmatched[6].index == 8);
  CHECK(r.unmatched[6].message.find("AGR-1") != std::string::npos);
  // Recorded with their value date, booked on the batch's date.
  const tenor::Transaction* dd1 = a.FindTransaction("DD-1");
  REQUIRE(dd1 != nullptr);
  CHECK(dd1->value_date == Day(2026, 1, 31));
  CHECK(dd1->recorded_date == Day(2026, 2, 2));
  CHECK(b.FindTransaction("DD-1") == nullptr);
  CHECK(b.transactions().size() == 1);
}

TEST_CASE("collections: re-running the same batch records nothing twice",
          "[collections][s8]") {
  Ledger a = PayIn3Ledger();
  Ledger b = PayIn3Ledger("60.00");
  const std::map<std::string, Ledger*, std::less<>> ledgers = {{"AGR-1", &a},
                                                               {"AGR-2", &b}};
  const std::vector<CollectedPayment> batch = {
      {"DD-1", "AGR-1", Gbp("33.34"), Day(2026, 1, 31)},
      {"DD-2", "AGR-2", Gbp("20.00"), Day(2026, 1, 31)},
      {"DD-3", "AGR-3", Gbp("20.00"), Day(2026, 1, 31)},
  };
  const ReconciliationReport first = tenor::Reconcile(batch, ledgers);
  CHECK(first.recorded() == 2);
  const Ledger a1 = a;
  const Ledger b1 = b;
  ReconcileOptions later;
  later.recorded_date = Day(2026, 2, 10);
  const ReconciliationReport again = tenor::Reconcile(batch, ledgers, later);
  RequireNothingDropped(again, batch.size());
  CHECK(again.recorded() == 0);
  CHECK(again.duplicates() == 2);
  CHECK(Reasons(again) == std::vector<std::string>{"unknown_reference"});
  CHECK(a == a1);
  CHECK(b == b1);
}

TEST_CASE("collections: nothing is reported missed while a matching "
          "collected payment is in hand",
          "[collections][s8][s10]") {
  Ledger a = PayIn3Ledger();
  TENOR_REQUIRE_OK(a.RecordPayment("DD-1", Gbp("33.34"), Day(2026, 1, 31)));
  // The second instalment is collected on its due date, 2026-03-02, but the
  // collections file is only matched on 2026-03-09.
  const std::vector<CollectedPayment> batch = {
      {"DD-2", "AGR-1", Gbp("33.33"), Day(2026, 3, 2)}};
  ReconcileOptions options;
  options.recorded_date = Day(2026, 3, 9);
  // A lookup function, as a bank's own store would provide.
  const ReconciliationReport r = tenor::Reconcile(
      batch,
      [&a](std::string_view reference) -> Ledger* {
        return reference == "AGR-1" ? &a : nullptr;
      },
      options);
  REQUIRE(r.matched.size() == 1);
  for (absl::CivilDay d = Day(2026, 3, 2); d <= Day(2026, 3, 31); ++d) {
    INFO(tenor::FormatDate(d));
    const tenor::Statement st = a.StatementAsOf(d);
    CHECK(st.instalments[1].status == InstalmentStatus::kPaid);
    CHECK(st.arrears.state == tenor::ArrearsState::kUpToDate);
  }
}

TEST_CASE("collections: reason codes and an empty lookup",
          "[collections][s8]") {
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kUnknownReference) ==
        "unknown_reference");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kCurrencyMismatch) ==
        "currency_mismatch");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kConflictingDuplicate) ==
        "conflicting_duplicate");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kInvalidAmount) ==
        "invalid_amount");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kInvalidId) ==
        "invalid_id");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kInvalidDate) ==
        "invalid_date");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kLimitExceeded) ==
        "limit_exceeded");
  CHECK(tenor::UnmatchedReasonCode(UnmatchedReason::kRejected) == "rejected");
  const std::vector<CollectedPayment> batch = {
      {"DD-1", "AGR-1", Gbp("1.00"), Day(2026, 1, 31)}};
  const ReconciliationReport r =
      tenor::Reconcile(batch, tenor::LedgerLookup());
  RequireNothingDropped(r, 1);
  CHECK(Reasons(r) == std::vector<std::string>{"unknown_reference"});
  const ReconciliationReport empty =
      tenor::Reconcile({}, std::map<std::string, Ledger*, std::less<>>());
  RequireNothingDropped(empty, 0);
  // A batch recorded before the money moved is a data error.
  Ledger a = PayIn3Ledger();
  ReconcileOptions early;
  early.recorded_date = Day(2026, 1, 30);
  const ReconciliationReport r2 = tenor::Reconcile(
      batch, std::map<std::string, Ledger*, std::less<>>{{"AGR-1", &a}},
      early);
  CHECK(Reasons(r2) == std::vector<std::string>{"invalid_date"});
  CHECK(a.transactions().empty());
}

TEST_CASE("collections: property: random batches, none dropped, re-runs are "
          "duplicates, no false misses",
          "[collections][s8][property]") {
  std::mt19937_64 gen(8);
  const auto uniform = [&gen](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  };
  for (int round = 0; round < 300; ++round) {
    INFO("round " << round);
    std::vector<Ledger> owned;
    owned.reserve(5);
    for (int k = 0; k < 5; ++k) owned.push_back(PayIn3Ledger("100.00"));
    std::map<std::string, Ledger*, std::less<>> ledgers;
    for (int k = 0; k < 5; ++k) {
      ledgers["AGR-" + std::to_string(k)] = &owned[static_cast<std::size_t>(k)];
    }
    std::vector<CollectedPayment> batch;
    const int64_t size = uniform(0, 40);
    for (int64_t i = 0; i < size; ++i) {
      // One draw per statement: argument evaluation order is unspecified,
      // and the batch must be the same with every compiler.
      const std::string id = "DD-" + std::to_string(uniform(0, 30));
      const std::string reference = "AGR-" + std::to_string(uniform(0, 6));
      const int64_t units = uniform(-100, 5000);
      const Currency currency = uniform(0, 9) == 0 ? kEur : kGbp;
      const absl::CivilDay value_date = Day(2026, 1, 31) + uniform(0, 90);
      CollectedPayment c{id, reference,
                         Money::FromMinorUnits(units, currency), value_date};
      batch.push_back(c);
    }
    const ReconciliationReport r = tenor::Reconcile(batch, ledgers);
    RequireNothingDropped(r, batch.size());
    std::vector<Ledger> after = owned;
    const ReconciliationReport again = tenor::Reconcile(batch, ledgers);
    RequireNothingDropped(again, batch.size());
    CHECK(again.recorded() == 0);
    CHECK(again.matched.size() == r.matched.size());
    for (std::size_t k = 0; k < owned.size(); ++k) {
      CHECK(owned[k] == after[k]);
    }
    // Nothing reported missed while a matched payment covers it.
    for (const tenor::MatchedPayment& m : r.matched) {
      const CollectedPayment& c = batch[m.index];
      const Ledger& l = *ledgers.at(c.reference);
      const tenor::Statement st = l.StatementAsOf(c.value_date);
      const int64_t in_hand =
          st.totals.payments_received - st.totals.payments_reversed;
      int64_t owed_through = 0;
      for (const tenor::InstalmentPosition& p : st.instalments) {
        owed_through += p.amount + p.fees - p.refunded;
        if (p.status == InstalmentStatus::kMissed) {
          CHECK(in_hand < owed_through);
        }
      }
    }
  }
}

}  // namespace
