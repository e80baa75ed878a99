// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Credit reporting without false misses (credit-rules §10): one TEST_CASE per
// rule. The worked example of docs/reporting.md first (the §4.3 financing
// schedule with a direct debit made on time and recorded three weeks late),
// then edges (a late-recorded reversal, K before any recording, holds that
// never hide an improvement, month ends in leap years, refused input), then
// properties over thousands of random histories.

#include "tenor/ledger/reporting.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using tenor::ArrearsState;
using tenor::ArrearsStatus;
using tenor::Correction;
using tenor::Currency;
using tenor::HoldScope;
using tenor::InstalmentStatus;
using tenor::Ledger;
using tenor::LedgerOptions;
using tenor::Money;
using tenor::PeriodReport;
using tenor::ReportableAgreement;
using tenor::ReportedState;
using tenor::ReportedStatus;
using tenor::ReportingCalendar;
using tenor::ReportingHold;
using tenor::Schedule;
using tenor::TransactionKind;
using tenor_test::FailsWith;

const Currency kGbp = *Currency::FromCode("GBP");

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }

Money M(const char* text) {
  absl::StatusOr<Money> m = Money::Parse(text, kGbp);
  REQUIRE(m.ok());
  return *m;
}

constexpr ArrearsStatus kUpToDate{ArrearsState::kUpToDate, 0};
constexpr ArrearsStatus kSettled{ArrearsState::kSettled, 0};
ArrearsStatus InArrears(int k) { return {ArrearsState::kInArrears, k}; }
constexpr ReportedStatus kHeld{ReportedState::kHeld, 0};

// §4.3: 1000.00 at 12 % over 6 months shipped 2026-01-15; instalments of
// 172.55 due on the 15th from 2026-02-15 (the last 172.53 on 2026-07-15).
Schedule FinancingExample() {
  tenor::Financing product;
  product.offered_terms = {6};
  product.rate = *tenor::Rate::Parse("12");
  absl::StatusOr<Schedule> s =
      tenor::PreviewFinancing(product, M("1000.00"), 6, Day(2026, 1, 15));
  REQUIRE(s.ok());
  return *std::move(s);
}

Ledger Make(const Schedule& s, const LedgerOptions& options = {}) {
  absl::StatusOr<Ledger> l = Ledger::Create(s, options);
  INFO(l.status().ToString());
  REQUIRE(l.ok());
  return *std::move(l);
}

void Pay(Ledger& l, const char* id, const char* amount, absl::CivilDay value,
         std::optional<absl::CivilDay> recorded = std::nullopt) {
  absl::StatusOr<tenor::RecordResult> r =
      l.RecordPayment(id, M(amount), value, recorded);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
}

ReportingCalendar Months(int y1, int m1, int y2, int m2) {
  absl::StatusOr<ReportingCalendar> c =
      tenor::MonthEnds(absl::CivilMonth(y1, m1), absl::CivilMonth(y2, m2));
  INFO(c.status().ToString());
  REQUIRE(c.ok());
  return *std::move(c);
}

std::vector<PeriodReport> Report(const Ledger& l, const ReportingCalendar& c,
                                 const std::vector<ReportingHold>& holds = {},
                                 const std::string& product = "financing-6") {
  absl::StatusOr<std::vector<PeriodReport>> r =
      tenor::ReportPeriods(ReportableAgreement{"AGR-1", product, &l}, c, holds);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return *std::move(r);
}

// The worked example of docs/reporting.md: the first direct debit left the
// customer's account on its due date, 2026-02-15, and was matched on
// 2026-03-08, three weeks late; the next two were matched the day they were
// paid.
Ledger WorkedExample() {
  Ledger l = Make(FinancingExample());
  Pay(l, "DD-1", "172.55", Day(2026, 2, 15), Day(2026, 3, 8));
  Pay(l, "DD-2", "172.55", Day(2026, 3, 15));
  Pay(l, "DD-3", "172.55", Day(2026, 4, 15));
  return l;
}

TEST_CASE("reporting: a payment made on time but recorded three weeks late "
          "was reported in_arrears(1); the correct status is up_to_date and "
          "a correction is needed",
          "[reporting][s10]") {
  const Ledger l = WorkedExample();
  const std::vector<PeriodReport> r = Report(l, Months(2026, 2, 2026, 4));
  REQUIRE(r.size() == 3);

  CHECK(r[0].period_end == Day(2026, 2, 28));
  CHECK(r[0].known == InArrears(1));
  CHECK(r[0].reported == ReportedStatus{ReportedState::kInArrears, 1});
  CHECK(r[0].correct == kUpToDate);
  CHECK(r[0].correction);

  CHECK(r[1].period_end == Day(2026, 3, 31));
  CHECK(r[1].reported == ReportedStatus{ReportedState::kUpToDate, 0});
  CHECK(r[1].correct == kUpToDate);
  CHECK_FALSE(r[1].correction);

  CHECK(r[2].period_end == Day(2026, 4, 30));
  CHECK(r[2].correct == kUpToDate);
  CHECK_FALSE(r[2].correction);

  // The batch returns exactly that one correction.
  const std::vector<ReportableAgreement> book = {{"AGR-1", "financing-6", &l}};
  absl::StatusOr<std::vector<Correction>> c =
      tenor::CorrectionsToSend(book, Months(2026, 2, 2026, 4));
  REQUIRE(c.ok());
  REQUIRE(c->size() == 1);
  CHECK((*c)[0].agreement_id == "AGR-1");
  CHECK((*c)[0].product_id == "financing-6");
  CHECK((*c)[0].period == r[0]);
}

TEST_CASE("reporting: inside a hold the adverse status is reported held and "
          "needs no correction",
          "[reporting][s10]") {
  const Ledger l = WorkedExample();
  const ReportingCalendar cal = Months(2026, 2, 2026, 4);
  const ReportingHold agreement_hold{HoldScope::kAgreement, "AGR-1",
                                     Day(2026, 2, 1), Day(2026, 3, 31)};
  const ReportingHold product_hold{HoldScope::kProduct, "financing-6",
                                   Day(2026, 2, 28), Day(2026, 2, 28)};
  for (const ReportingHold& hold : {agreement_hold, product_hold}) {
    INFO(tenor::HoldScopeName(hold.scope));
    const std::vector<PeriodReport> r = Report(l, cal, {hold});
    CHECK(r[0].known == InArrears(1));
    CHECK(r[0].reported == kHeld);
    CHECK(r[0].reported.held());
    CHECK(r[0].correct == kUpToDate);
    CHECK_FALSE(r[0].correction);
    // up_to_date inside the hold is reported as it is.
    CHECK(r[1].reported == ReportedStatus{ReportedState::kUpToDate, 0});
    const std::vector<ReportableAgreement> book = {
        {"AGR-1", "financing-6", &l}};
    absl::StatusOr<std::vector<Correction>> c =
        tenor::CorrectionsToSend(book, cal, {hold});
    REQUIRE(c.ok());
    CHECK(c->empty());
  }

  SECTION("a hold of another agreement or product does not apply") {
    const std::vector<PeriodReport> r = Report(
        l, cal,
        {{HoldScope::kAgreement, "AGR-2", Day(2026, 2, 1), Day(2026, 3, 31)},
         {HoldScope::kProduct, "pay-in-3", Day(2026, 2, 1),
          Day(2026, 3, 31)}});
    CHECK(r[0].reported == ReportedStatus{ReportedState::kInArrears, 1});
    CHECK(r[0].correction);
  }
  SECTION("a hold ending the day before the period end does not cover it") {
    const std::vector<PeriodReport> r = Report(
        l, cal,
        {{HoldScope::kAgreement, "AGR-1", Day(2026, 2, 1), Day(2026, 2, 27)}});
    CHECK(r[0].reported == ReportedStatus{ReportedState::kInArrears, 1});
    CHECK(r[0].correction);
  }
}

TEST_CASE("reporting: a hold never hides an improvement; a late-recorded "
          "reversal needs the reverse correction, held or not",
          "[reporting][s10]") {
  // DD-2 paid 2026-03-15 bounced on 2026-03-20, but the return was only
  // recorded on 2026-04-10: the lender reported up_to_date on 2026-03-31
  // when the customer was in arrears.
  Ledger l = WorkedExample();
  REQUIRE(l.RecordReversal("DD-2", Day(2026, 3, 20), Day(2026, 4, 10)).ok());
  const ReportingCalendar cal = Months(2026, 3, 2026, 4);

  std::vector<PeriodReport> r = Report(l, cal);
  CHECK(r[0].reported == ReportedStatus{ReportedState::kUpToDate, 0});
  CHECK(r[0].correct == InArrears(1));
  CHECK(r[0].correction);
  // On 2026-04-30 everything is known: DD-3 paid instalment 2, so
  // instalment 3 is the one missed.
  CHECK(r[1].known == InArrears(1));
  CHECK(r[1].correct == InArrears(1));
  CHECK_FALSE(r[1].correction);

  // A hold over both: 2026-03-31 reported up_to_date as it was (a hold hides
  // only adverse statuses), so its correction is still needed; 2026-04-30
  // is held.
  r = Report(l, cal,
             {{HoldScope::kAgreement, "AGR-1", Day(2026, 3, 1),
               Day(2026, 4, 30)}});
  CHECK(r[0].reported == ReportedStatus{ReportedState::kUpToDate, 0});
  CHECK(r[0].correction);
  CHECK(r[1].reported == kHeld);
  CHECK_FALSE(r[1].correction);

  SECTION("settled is reported as it is inside a hold") {
    Ledger paid = Make(FinancingExample());
    Pay(paid, "ALL", "1035.28", Day(2026, 2, 1));
    const std::vector<PeriodReport> s = Report(
        paid, Months(2026, 2, 2026, 2),
        {{HoldScope::kProduct, "financing-6", Day(2026, 1, 1),
          Day(2026, 12, 31)}});
    CHECK(s[0].reported == ReportedStatus{ReportedState::kSettled, 0});
    CHECK(s[0].correct == kSettled);
    CHECK_FALSE(s[0].correction);
  }
}

TEST_CASE("ledger: status as known on K for D counts only what was recorded "
          "by K, each from its value date",
          "[reporting][s10]") {
  const Ledger l = WorkedExample();
  const absl::CivilDay d = Day(2026, 2, 28);
  REQUIRE(l.latest_recorded_date() == Day(2026, 4, 15));

  // Known on 2026-02-28: DD-1 not yet matched, instalment 1 missed.
  tenor::Statement st = l.StatementAsKnownOn(d, d);
  CHECK(st.instalments[0].status == InstalmentStatus::kMissed);
  CHECK(st.arrears == InArrears(1));
  CHECK(st.totals.payments_received == 0);
  // Known on 2026-03-07, still not; on 2026-03-08 it is, from 2026-02-15.
  CHECK(l.ArrearsAsKnownOn(Day(2026, 3, 7), d) == InArrears(1));
  CHECK(l.ArrearsAsKnownOn(Day(2026, 3, 8), d) == kUpToDate);
  st = l.StatementAsKnownOn(Day(2026, 3, 8), Day(2026, 2, 15));
  CHECK(st.instalments[0].status == InstalmentStatus::kPaid);

  SECTION("K before any recording: only the schedule is known") {
    const tenor::Statement nothing =
        l.StatementAsKnownOn(Day(2026, 1, 1), Day(2026, 4, 30));
    CHECK(nothing.totals.payments_received == 0);
    CHECK(nothing.arrears == InArrears(3));
    CHECK(nothing.instalments[3].status == InstalmentStatus::kUpcoming);
  }
  SECTION("K on or after every recorded date: the correct status") {
    for (const absl::CivilDay k : {Day(2026, 4, 15), Day(2030, 1, 1)}) {
      for (absl::CivilDay day = Day(2026, 1, 1); day <= Day(2026, 8, 1);
           day += 1) {
        REQUIRE(l.StatementAsKnownOn(k, day) == l.StatementAsOf(day));
        REQUIRE(l.ArrearsAsKnownOn(k, day) == l.ArrearsAsOf(day));
      }
    }
  }
  SECTION("an empty ledger") {
    const Ledger empty = Make(FinancingExample());
    CHECK_FALSE(empty.latest_recorded_date().has_value());
    CHECK(empty.ArrearsAsKnownOn(d, d) == empty.ArrearsAsOf(d));
  }
  SECTION("a late fee is derived from what was known") {
    LedgerOptions uk;
    uk.late_fees = tenor::LateFeePolicy{};
    Ledger f = Make(FinancingExample(), uk);
    Pay(f, "DD-1", "172.55", Day(2026, 2, 15), Day(2026, 3, 8));
    CHECK(f.StatementAsKnownOn(d, d).totals.late_fees == 500);
    CHECK(f.StatementAsOf(d).totals.late_fees == 0);
  }
}

TEST_CASE("reporting: with every recorded date equal to its value date, "
          "reported and correct never differ",
          "[reporting][s10]") {
  Ledger l = Make(FinancingExample());
  Pay(l, "DD-1", "172.55", Day(2026, 2, 15));
  Pay(l, "DD-2", "100.00", Day(2026, 3, 20));  // partly, late
  Pay(l, "DD-3", "400.00", Day(2026, 5, 2));
  REQUIRE(l.RecordReversal("DD-3", Day(2026, 5, 9)).ok());
  for (const PeriodReport& p : Report(l, Months(2026, 1, 2026, 12))) {
    INFO(tenor::FormatDate(p.period_end));
    CHECK(p.known == p.correct);
    CHECK_FALSE(p.correction);
  }
}

TEST_CASE("reporting calendar: month ends, leap years included",
          "[reporting][s10][calendar]") {
  CHECK(Months(2028, 1, 2028, 3).period_ends() ==
        absl::Span<const absl::CivilDay>(std::vector<absl::CivilDay>{
            Day(2028, 1, 31), Day(2028, 2, 29), Day(2028, 3, 31)}));
  CHECK(Months(2026, 2, 2026, 2).period_ends()[0] == Day(2026, 2, 28));
  CHECK(Months(2000, 2, 2000, 2).period_ends()[0] == Day(2000, 2, 29));
  CHECK(Months(2100, 2, 2100, 2).period_ends()[0] == Day(2100, 2, 28));
  // Across a year end: December then January.
  const ReportingCalendar y = Months(2026, 11, 2027, 2);
  CHECK(y.period_ends().size() == 4);
  CHECK(y.period_ends()[1] == Day(2026, 12, 31));
  CHECK(y.period_ends()[3] == Day(2027, 2, 28));
  // Every month end's next day is the first of a month.
  const ReportingCalendar long_run = Months(1999, 1, 2030, 12);
  CHECK(long_run.period_ends().size() == 32 * 12);
  for (const absl::CivilDay m : long_run.period_ends()) {
    REQUIRE((m + 1).day() == 1);
  }

  absl::StatusOr<ReportingCalendar> between =
      tenor::MonthEndsBetween(Day(2026, 1, 15), Day(2026, 3, 31));
  REQUIRE(between.ok());
  CHECK(*between == Months(2026, 1, 2026, 3));
  between = tenor::MonthEndsBetween(Day(2026, 1, 31), Day(2026, 3, 30));
  REQUIRE(between.ok());
  CHECK(*between == Months(2026, 1, 2026, 2));
  between = tenor::MonthEndsBetween(Day(2024, 2, 29), Day(2024, 2, 29));
  REQUIRE(between.ok());
  CHECK(between->period_ends().size() == 1);
  CHECK(FailsWith(tenor::MonthEndsBetween(Day(2026, 1, 2), Day(2026, 1, 30)),
                  absl::StatusCode::kInvalidArgument, "no month end"));
  CHECK(FailsWith(tenor::MonthEndsBetween(Day(2026, 3, 1), Day(2026, 1, 30)),
                  absl::StatusCode::kInvalidArgument, "to: 2026-01-30 is before"));

  absl::StatusOr<ReportingCalendar> custom =
      ReportingCalendar::Create({Day(2026, 1, 15), Day(2026, 2, 15)});
  REQUIRE(custom.ok());
  CHECK(custom->period_ends().size() == 2);
}

TEST_CASE("reporting: refused input is InvalidArgument naming the field",
          "[reporting][s10][errors]") {
  CHECK(FailsWith(ReportingCalendar::Create({}),
                  absl::StatusCode::kInvalidArgument,
                  "period_ends: is empty"));
  CHECK(FailsWith(
      ReportingCalendar::Create({Day(2026, 2, 28), Day(2026, 1, 31)}),
      absl::StatusCode::kInvalidArgument,
      "period_ends[1]: 2026-01-31 is not after period_ends[0] 2026-02-28"));
  CHECK(FailsWith(
      ReportingCalendar::Create({Day(2026, 1, 31), Day(2026, 1, 31)}),
      absl::StatusCode::kInvalidArgument, "period_ends[1]"));
  CHECK(FailsWith(ReportingCalendar::Create({Day(10000, 1, 31)}),
                  absl::StatusCode::kInvalidArgument, "outside"));
  CHECK(FailsWith(
      ReportingCalendar::Create(std::vector<absl::CivilDay>(
          tenor::kMaxReportingPeriods + 1, Day(2026, 1, 1))),
      absl::StatusCode::kOutOfRange, "maximum"));
  CHECK(FailsWith(tenor::MonthEnds(absl::CivilMonth(2026, 3),
                                   absl::CivilMonth(2026, 1)),
                  absl::StatusCode::kInvalidArgument,
                  "last: 2026-01 is before first 2026-03"));
  CHECK(FailsWith(tenor::MonthEnds(absl::CivilMonth(1000, 1),
                                   absl::CivilMonth(1999, 1)),
                  absl::StatusCode::kOutOfRange, "maximum"));

  const Ledger l = WorkedExample();
  const ReportingCalendar cal = Months(2026, 2, 2026, 4);
  const ReportingHold inverted{HoldScope::kAgreement, "AGR-1",
                               Day(2026, 3, 31), Day(2026, 3, 1)};
  CHECK(FailsWith(tenor::ValidateReportingHold(inverted),
                  absl::StatusCode::kInvalidArgument,
                  "hold \"AGR-1\" last: 2026-03-01 is before first 2026-03-31"));
  CHECK(FailsWith(
      tenor::ValidateReportingHold(
          {HoldScope::kProduct, "", Day(2026, 3, 1), Day(2026, 3, 31)}),
      absl::StatusCode::kInvalidArgument, "id: is empty"));
  const ReportableAgreement a{"AGR-1", "financing-6", &l};
  const ReportingHold ok{HoldScope::kProduct, "x", Day(2026, 1, 1),
                         Day(2026, 1, 1)};
  CHECK(FailsWith(tenor::ReportPeriods(a, cal, {ok, inverted}),
                  absl::StatusCode::kInvalidArgument, "holds[1] reporting hold"));
  CHECK(FailsWith(tenor::ReportPeriods({"AGR-1", "p", nullptr}, cal),
                  absl::StatusCode::kInvalidArgument, "ledger: is null"));
  CHECK(FailsWith(tenor::ReportPeriods({"", "p", &l}, cal),
                  absl::StatusCode::kInvalidArgument, "agreement_id: is empty"));

  const std::vector<ReportableAgreement> twice = {a, {"AGR-2", "", &l}, a};
  CHECK(FailsWith(tenor::CorrectionsToSend(twice, cal),
                  absl::StatusCode::kInvalidArgument,
                  "agreements[2] agreement_id: \"AGR-1\" is given twice"));
  const std::vector<ReportableAgreement> null_one = {a, {"AGR-2", "", nullptr}};
  CHECK(FailsWith(tenor::CorrectionsToSend(null_one, cal),
                  absl::StatusCode::kInvalidArgument, "agreements[1] agreement"));
  const std::vector<ReportableAgreement> fine = {a};
  CHECK(FailsWith(tenor::CorrectionsToSend(fine, cal, {inverted}),
                  absl::StatusCode::kInvalidArgument, "holds[0]"));
}

TEST_CASE("reporting: names are stable text", "[reporting][s10]") {
  CHECK(tenor::ReportedStateName(ReportedState::kUpToDate) == "up_to_date");
  CHECK(tenor::ReportedStateName(ReportedState::kInArrears) == "in_arrears");
  CHECK(tenor::ReportedStateName(ReportedState::kSettled) == "settled");
  CHECK(tenor::ReportedStateName(ReportedState::kHeld) == "held");
  CHECK(tenor::HoldScopeName(HoldScope::kAgreement) == "agreement");
  CHECK(tenor::HoldScopeName(HoldScope::kProduct) == "product");
  CHECK(tenor::ToReported(InArrears(2)).state == ReportedState::kInArrears);
  CHECK(tenor::ToReported(kSettled).state == ReportedState::kSettled);
  CHECK(tenor::ToReported(InArrears(2)).missed_instalments == 2);
}

// ---------------------------------------------------------------------------
// Properties over random histories
// ---------------------------------------------------------------------------

struct Rng {
  std::mt19937_64 gen;
  int64_t Uniform(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  }
  bool Chance(int percent) { return Uniform(0, 99) < percent; }
};

Schedule RandomSchedule(Rng& rng) {
  for (;;) {
    const absl::CivilDay anchor = Day(2026, 1, 1) + rng.Uniform(0, 365);
    const Money amount =
        Money::FromMinorUnits(rng.Uniform(1000, 300000), kGbp);
    absl::StatusOr<Schedule> s = absl::InternalError("unset");
    if (rng.Chance(40)) {
      tenor::PayInN p;
      p.count = static_cast<int>(rng.Uniform(2, 6));
      p.interval_days = static_cast<int>(rng.Uniform(14, 31));
      s = tenor::PreviewPayInN(p, amount, anchor);
    } else {
      tenor::Financing p;
      const int term = rng.Chance(50) ? 6 : 12;
      p.offered_terms = {term};
      p.rate = *tenor::Rate::FromMicroPercent(
          rng.Chance(30) ? 0 : rng.Uniform(0, 30'000'000));
      s = tenor::PreviewFinancing(p, amount, term, anchor);
    }
    if (s.ok()) return *std::move(s);
  }
}

// One transaction as generated, kept to record again in another order or
// as a subset.
struct Op {
  TransactionKind kind;
  std::string id;
  int64_t amount;
  absl::CivilDay value;
  absl::CivilDay recorded;
};

void Record(Ledger& l, const Op& op) {
  const Money amount = Money::FromMinorUnits(op.amount, kGbp);
  absl::StatusOr<tenor::RecordResult> r = absl::InternalError("unset");
  switch (op.kind) {
    case TransactionKind::kPayment:
      r = l.RecordPayment(op.id, amount, op.value, op.recorded);
      break;
    case TransactionKind::kReversal:
      r = l.RecordReversal(op.id, op.value, op.recorded);
      break;
    case TransactionKind::kRefund:
      r = l.RecordRefund(op.id, amount, op.value, op.recorded);
      break;
    case TransactionKind::kFee:
      r = l.RecordFee(op.id, amount, op.value, op.recorded);
      break;
  }
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->duplicate());
}

// A history over `s`: each instalment paid in full, partly, late, early or
// not at all, matched on the day or up to 40 days late; some payments
// returned (the return matched on or after the payment was); refunds; fees
// on value dates no other transaction has (two transactions on the same
// value date are allocated in recording order, §8, and a fee's place in
// that order decides which instalment carries it). `recorded_late` = false
// makes every recorded date equal to its value date.
std::vector<Op> RandomHistory(Rng& rng, const Schedule& s,
                              bool recorded_late) {
  std::vector<Op> ops;
  std::set<absl::CivilDay> used;
  auto lag = [&]() -> int64_t {
    if (!recorded_late || rng.Chance(50)) return 0;
    return rng.Uniform(1, 40);
  };
  int n = 0;
  for (const tenor::Instalment& row : s.instalments()) {
    if (rng.Chance(15)) continue;  // not paid
    int64_t amount = row.amount;
    if (rng.Chance(15)) amount = rng.Uniform(1, row.amount);
    if (rng.Chance(10)) amount += rng.Uniform(1, row.amount);
    const absl::CivilDay value = row.due_date + rng.Uniform(-10, 12);
    Op pay{TransactionKind::kPayment, absl::StrCat("P", ++n), amount, value,
           value + lag()};
    ops.push_back(pay);
    used.insert(value);
    if (rng.Chance(10)) {
      const absl::CivilDay rv = value + rng.Uniform(0, 10);
      const absl::CivilDay rr =
          std::max(pay.recorded, rv) + (recorded_late ? rng.Uniform(0, 30) : 0);
      ops.push_back(Op{TransactionKind::kReversal, pay.id, amount, rv,
                       recorded_late ? rr : rv});
      used.insert(rv);
    }
  }
  const int64_t total = s.total_payable().minor_units();
  if (rng.Chance(10)) {
    const absl::CivilDay v = s.instalments().front().due_date +
                             rng.Uniform(0, 120);
    ops.push_back(Op{TransactionKind::kRefund, "R1", rng.Uniform(1, total / 2),
                     v, v + lag()});
    used.insert(v);
  }
  if (rng.Chance(10)) {
    const absl::CivilDay v = s.instalments().front().due_date +
                             rng.Uniform(0, 120);
    if (used.count(v) == 0) {
      ops.push_back(
          Op{TransactionKind::kFee, "F1", rng.Uniform(1, 2000), v, v + lag()});
      used.insert(v);
    }
  }
  return ops;
}

// A random recording order in which every reversal follows its payment.
std::vector<Op> Shuffled(Rng& rng, std::vector<Op> ops) {
  std::shuffle(ops.begin(), ops.end(), rng.gen);
  std::vector<Op> out;
  std::set<std::string> paid;
  std::vector<Op> waiting;
  for (const Op& op : ops) {
    if (op.kind == TransactionKind::kReversal && paid.count(op.id) == 0) {
      waiting.push_back(op);
      continue;
    }
    out.push_back(op);
    if (op.kind == TransactionKind::kPayment) {
      paid.insert(op.id);
      for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        if (it->id == op.id) {
          out.push_back(*it);
          waiting.erase(it);
          break;
        }
      }
    }
  }
  REQUIRE(waiting.empty());
  return out;
}

Ledger Build(const Schedule& s, const std::vector<Op>& ops,
             std::optional<absl::CivilDay> known_by = std::nullopt,
             const LedgerOptions& options = {}) {
  Ledger l = Make(s, options);
  for (const Op& op : ops) {
    if (known_by.has_value() && op.recorded > *known_by) continue;
    Record(l, op);
  }
  return l;
}

LedgerOptions RandomOptions(Rng& rng) {
  LedgerOptions o;
  o.grace_days = rng.Chance(50) ? 0 : static_cast<int>(rng.Uniform(1, 7));
  if (rng.Chance(30)) o.late_fees = tenor::LateFeePolicy{};
  return o;
}

TEST_CASE("property: as K grows, the status known on K for D converges to "
          "the correct one, and equals it once K is on or after every "
          "recorded date",
          "[reporting][s10][property]") {
  Rng rng{std::mt19937_64(20260331)};
  int differed = 0;  // (history, K) pairs where K did not yet know enough
  for (int history = 0; history < 2000; ++history) {
    const Schedule s = RandomSchedule(rng);
    const LedgerOptions options = RandomOptions(rng);
    const std::vector<Op> ops = RandomHistory(rng, s, true);
    const Ledger l = Build(s, ops, std::nullopt, options);
    INFO("history " << history);
    std::set<absl::CivilDay> ks;
    for (const Op& op : ops) ks.insert(op.recorded);
    const absl::CivilDay first = s.instalments().front().due_date;
    const absl::CivilDay d = first + rng.Uniform(-5, 200);
    INFO("D " << tenor::FormatDate(d));
    const ArrearsStatus correct = l.ArrearsAsOf(d);
    const std::optional<absl::CivilDay> latest = l.latest_recorded_date();
    // Every K where what is known changes, and the days either side.
    std::vector<absl::CivilDay> probe = {first - 30};
    for (const absl::CivilDay k : ks) {
      probe.push_back(k - 1);
      probe.push_back(k);
    }
    if (latest.has_value()) probe.push_back(*latest + 365);
    std::sort(probe.begin(), probe.end());
    for (const absl::CivilDay k : probe) {
      INFO("K " << tenor::FormatDate(k));
      const ArrearsStatus known = l.ArrearsAsKnownOn(k, d);
      // What was known on K is what a ledger holding only the transactions
      // recorded by K says: an independent oracle for the bitemporal view.
      const Ledger subset = Build(s, ops, k, options);
      REQUIRE(known == subset.ArrearsAsOf(d));
      REQUIRE(l.StatementAsKnownOn(k, d).instalments ==
              subset.StatementAsOf(d).instalments);
      if (!latest.has_value() || k >= *latest) {
        REQUIRE(known == correct);
        REQUIRE(l.StatementAsKnownOn(k, d) == l.StatementAsOf(d));
      }
      if (known != correct) ++differed;
    }
  }
  // The generator does produce histories where late recording matters.
  CHECK(differed > 1000);
}

TEST_CASE("property: recording order never changes the correct status (nor "
          "the reported one)",
          "[reporting][s10][property]") {
  Rng rng{std::mt19937_64(20260401)};
  for (int history = 0; history < 2000; ++history) {
    const Schedule s = RandomSchedule(rng);
    const LedgerOptions options = RandomOptions(rng);
    const std::vector<Op> ops = RandomHistory(rng, s, true);
    const Ledger a = Build(s, ops, std::nullopt, options);
    const Ledger b = Build(s, Shuffled(rng, ops), std::nullopt, options);
    INFO("history " << history);
    const absl::CivilDay first = s.instalments().front().due_date;
    const ReportingCalendar cal =
        *tenor::MonthEndsBetween(first - 31, first + 400);
    const std::vector<PeriodReport> ra = Report(a, cal);
    const std::vector<PeriodReport> rb = Report(b, cal);
    REQUIRE(ra == rb);
    for (int i = 0; i < 5; ++i) {
      const absl::CivilDay d = first + rng.Uniform(-5, 400);
      REQUIRE(a.StatementAsOf(d).instalments ==
              b.StatementAsOf(d).instalments);
    }
  }
}

TEST_CASE("property: with recorded date = value date everywhere, reported "
          "== correct everywhere and there is nothing to correct",
          "[reporting][s10][property]") {
  Rng rng{std::mt19937_64(20260402)};
  std::vector<Ledger> ledgers;
  for (int history = 0; history < 2000; ++history) {
    const Schedule s = RandomSchedule(rng);
    ledgers.push_back(
        Build(s, RandomHistory(rng, s, false), std::nullopt,
              RandomOptions(rng)));
  }
  std::vector<ReportableAgreement> book;
  for (std::size_t i = 0; i < ledgers.size(); ++i) {
    book.push_back({absl::StrCat("AGR-", i), "p", &ledgers[i]});
  }
  const ReportingCalendar cal = Months(2025, 12, 2028, 3);
  for (const ReportableAgreement& a : book) {
    INFO(a.agreement_id);
    for (const PeriodReport& p : Report(*a.ledger, cal)) {
      REQUIRE(p.known == p.correct);
      REQUIRE(p.reported == tenor::ToReported(p.correct));
      REQUIRE_FALSE(p.correction);
    }
  }
  absl::StatusOr<std::vector<Correction>> c =
      tenor::CorrectionsToSend(book, cal);
  REQUIRE(c.ok());
  CHECK(c->empty());
}

TEST_CASE("property: the batch returns exactly the periods that need a "
          "correction, in agreement then period order",
          "[reporting][s10][property]") {
  Rng rng{std::mt19937_64(20260403)};
  std::vector<Ledger> ledgers;
  for (int i = 0; i < 500; ++i) {
    const Schedule s = RandomSchedule(rng);
    ledgers.push_back(Build(s, RandomHistory(rng, s, true)));
  }
  std::vector<ReportableAgreement> book;
  for (std::size_t i = 0; i < ledgers.size(); ++i) {
    book.push_back({absl::StrCat("AGR-", i), i % 2 ? "odd" : "even",
                    &ledgers[i]});
  }
  const ReportingCalendar cal = Months(2026, 1, 2027, 6);
  const std::vector<ReportingHold> holds = {
      {HoldScope::kProduct, "odd", Day(2026, 6, 1), Day(2026, 9, 30)},
      {HoldScope::kAgreement, "AGR-4", Day(2026, 1, 1), Day(2027, 12, 31)}};
  std::vector<Correction> expected;
  int held = 0;
  for (const ReportableAgreement& a : book) {
    absl::StatusOr<std::vector<PeriodReport>> r =
        tenor::ReportPeriods(a, cal, holds);
    REQUIRE(r.ok());
    for (const PeriodReport& p : *r) {
      const bool in_hold =
          (a.product_id == "odd" && holds[0].Covers(p.period_end)) ||
          (a.agreement_id == "AGR-4");
      // held exactly when adverse inside a hold; never hides an improvement.
      REQUIRE(p.reported.held() ==
              (in_hold && p.known.state == ArrearsState::kInArrears));
      if (!p.reported.held()) REQUIRE(p.reported == tenor::ToReported(p.known));
      REQUIRE(p.correction == (!p.reported.held() && p.known != p.correct));
      if (p.reported.held()) ++held;
      if (p.correction) expected.push_back({a.agreement_id, a.product_id, p});
    }
  }
  absl::StatusOr<std::vector<Correction>> c =
      tenor::CorrectionsToSend(book, cal, holds);
  REQUIRE(c.ok());
  CHECK(*c == expected);
  CHECK(!expected.empty());
  CHECK(held > 0);
}

}  // namespace
