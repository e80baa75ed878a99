// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The repayment ledger (credit-rules §8): one TEST_CASE per rule, the worked
// examples with the real §4.2 and §4.3 schedules first, then edges (grace
// days, due today, missed from tomorrow, partial and over-payments, refunds
// bigger than an instalment, JPY and KWD), then a property test over 10,000
// random histories against random schedules.

#include "tenor/ledger/ledger.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using tenor::Allocation;
using tenor::ArrearsState;
using tenor::ArrearsStatus;
using tenor::Currency;
using tenor::InstalmentPosition;
using tenor::InstalmentStatus;
using tenor::LateFeePolicy;
using tenor::Ledger;
using tenor::LedgerOptions;
using tenor::Money;
using tenor::RecordOutcome;
using tenor::RecordResult;
using tenor::Schedule;
using tenor::Statement;
using tenor::Transaction;
using tenor::TransactionKind;

constexpr InstalmentStatus kPaid = InstalmentStatus::kPaid;
constexpr InstalmentStatus kMissed = InstalmentStatus::kMissed;
constexpr InstalmentStatus kDue = InstalmentStatus::kDue;
constexpr InstalmentStatus kPartlyPaid = InstalmentStatus::kPartlyPaid;
constexpr InstalmentStatus kUpcoming = InstalmentStatus::kUpcoming;

const Currency kGbp = *Currency::FromCode("GBP");
const Currency kEur = *Currency::FromCode("EUR");
const Currency kJpy = *Currency::FromCode("JPY");
const Currency kKwd = *Currency::FromCode("KWD");

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }

Money M(const char* text, Currency c = kGbp) {
  absl::StatusOr<Money> m = Money::Parse(text, c);
  REQUIRE(m.ok());
  return *m;
}

// §4.2: Pay in N of `amount` bought on `purchase`.
Schedule PayInN(const char* amount, absl::CivilDay purchase,
                Currency c = kGbp, int count = 3, int interval_days = 30) {
  tenor::PayInN product;
  product.count = count;
  product.interval_days = interval_days;
  absl::StatusOr<Schedule> s = tenor::PreviewPayInN(product, M(amount, c),
                                                    purchase);
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  return *std::move(s);
}

// §4.3: 1000.00 at 12 % over 6 months shipped 2026-01-15.
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

LedgerOptions UkLateFees(int grace_days = 0) {
  LedgerOptions o;
  o.grace_days = grace_days;
  o.late_fees = LateFeePolicy{};
  return o;
}

// The §8 invariants, and the positions adding up to the totals.
void RequireInvariants(const Statement& s) {
  const tenor::LedgerTotals& t = s.totals;
  INFO("as of " << tenor::FormatDate(s.as_of));
  REQUIRE(t.payments_received - t.payments_reversed ==
          t.allocated + t.credit_balance);
  REQUIRE(t.outstanding == t.total_payable + t.fees - t.refunds - t.allocated);
  int64_t outstanding = 0, paid = 0, fees = 0, refunded = 0, amount = 0;
  int missed = 0;
  for (const InstalmentPosition& p : s.instalments) {
    REQUIRE(p.outstanding == p.amount + p.fees - p.refunded - p.paid());
    REQUIRE(p.outstanding >= 0);
    outstanding += p.outstanding;
    paid += p.paid();
    fees += p.fees;
    refunded += p.refunded;
    amount += p.amount;
    if (p.status == kMissed) ++missed;
  }
  REQUIRE(outstanding == t.outstanding);
  REQUIRE(paid == t.allocated);
  REQUIRE(fees == t.fees);
  REQUIRE(refunded == t.refunds);
  REQUIRE(amount == t.total_payable);
  REQUIRE(t.credit_balance >= 0);
  // Money in hand is never idle while something is owed.
  REQUIRE((t.credit_balance == 0 || t.outstanding == 0));
  if (t.outstanding == 0) {
    REQUIRE(s.arrears == ArrearsStatus{ArrearsState::kSettled, 0});
  } else if (missed > 0) {
    REQUIRE(s.arrears == ArrearsStatus{ArrearsState::kInArrears, missed});
  } else {
    REQUIRE(s.arrears == ArrearsStatus{ArrearsState::kUpToDate, 0});
  }
}

Statement At(const Ledger& l, absl::CivilDay d) {
  Statement s = l.StatementAsOf(d);
  RequireInvariants(s);
  REQUIRE(l.ArrearsAsOf(d) == s.arrears);
  return s;
}

std::vector<InstalmentStatus> Statuses(const Ledger& l, absl::CivilDay d) {
  std::vector<InstalmentStatus> out;
  for (const InstalmentPosition& p : At(l, d).instalments) {
    out.push_back(p.status);
  }
  return out;
}

RecordResult Pay(Ledger& l, const char* id, const char* amount,
                 absl::CivilDay value,
                 std::optional<absl::CivilDay> recorded = std::nullopt) {
  absl::StatusOr<RecordResult> r =
      l.RecordPayment(id, M(amount, l.currency()), value, recorded);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  REQUIRE(l == l.Replayed());
  return *r;
}

// Runs an operation that must be refused with `code` and proves it changed
// nothing.
template <typename Op>
void RequireRefusedUnchanged(Ledger& l, Op op, absl::StatusCode code,
                             const char* fragment) {
  const Ledger before = l;
  const Statement statement_before = l.StatementAsOf(Day(2030, 1, 1));
  absl::StatusOr<RecordResult> r = op(l);
  INFO(r.status().ToString());
  REQUIRE(tenor_test::FailsWith(r, code, fragment));
  REQUIRE(l == before);
  REQUIRE(l.StatementAsOf(Day(2030, 1, 1)) == statement_before);
}

ArrearsStatus InArrears(int k) {
  return ArrearsStatus{ArrearsState::kInArrears, k};
}
const ArrearsStatus kUpToDate{ArrearsState::kUpToDate, 0};
const ArrearsStatus kSettled{ArrearsState::kSettled, 0};

// ---------------------------------------------------------------------------
// Worked examples
// ---------------------------------------------------------------------------

TEST_CASE("ledger: Pay in 3 of 100.00 bought 2026-01-31, paid on time and "
          "one payment late",
          "[ledger][s8][s4.2]") {
  const Schedule s = PayInN("100.00", Day(2026, 1, 31));
  REQUIRE(s.instalments().size() == 3);
  CHECK(s.instalments()[0].amount == 3334);
  CHECK(s.instalments()[1].amount == 3333);
  CHECK(s.instalments()[2].amount == 3333);
  CHECK(s.instalments()[0].due_date == Day(2026, 1, 31));
  CHECK(s.instalments()[1].due_date == Day(2026, 3, 2));
  CHECK(s.instalments()[2].due_date == Day(2026, 4, 1));

  Ledger l = Make(s);
  // Before anything is paid, the first instalment is due on the purchase day.
  CHECK(Statuses(l, Day(2026, 1, 30)) ==
        std::vector<InstalmentStatus>{kUpcoming, kUpcoming, kUpcoming});
  CHECK(Statuses(l, Day(2026, 1, 31)) ==
        std::vector<InstalmentStatus>{kDue, kUpcoming, kUpcoming});

  CHECK(Pay(l, "P1", "33.34", Day(2026, 1, 31)).outcome ==
        RecordOutcome::kRecorded);
  CHECK(Statuses(l, Day(2026, 1, 31)) ==
        std::vector<InstalmentStatus>{kPaid, kUpcoming, kUpcoming});
  CHECK(l.ArrearsAsOf(Day(2026, 1, 31)) == kUpToDate);
  // Due on its day, missed from the next (no grace days).
  CHECK(Statuses(l, Day(2026, 3, 2)) ==
        std::vector<InstalmentStatus>{kPaid, kDue, kUpcoming});
  CHECK(Statuses(l, Day(2026, 3, 3)) ==
        std::vector<InstalmentStatus>{kPaid, kMissed, kUpcoming});
  CHECK(l.ArrearsAsOf(Day(2026, 3, 3)) == InArrears(1));

  // "I paid on the 4th": paid two days late, matched a day after that.
  Pay(l, "P2", "33.33", Day(2026, 3, 4), Day(2026, 3, 5));
  CHECK(Statuses(l, Day(2026, 3, 3)) ==
        std::vector<InstalmentStatus>{kPaid, kMissed, kUpcoming});
  CHECK(Statuses(l, Day(2026, 3, 4)) ==
        std::vector<InstalmentStatus>{kPaid, kPaid, kUpcoming});
  CHECK(l.ArrearsAsOf(Day(2026, 3, 4)) == kUpToDate);

  Pay(l, "P3", "33.33", Day(2026, 4, 1));
  const Statement end = At(l, Day(2026, 4, 1));
  CHECK(end.arrears == kSettled);
  CHECK(end.totals.payments_received == 10000);
  CHECK(end.totals.allocated == 10000);
  CHECK(end.totals.outstanding == 0);
  CHECK(end.totals.credit_balance == 0);
  const Transaction& p2 = l.transactions()[1];
  CHECK(p2.id == "P2");
  CHECK(p2.value_date == Day(2026, 3, 4));
  CHECK(p2.recorded_date == Day(2026, 3, 5));
  CHECK(p2.sequence == 1);
}

TEST_CASE("ledger: the 4.3 financing schedule, oldest instalment first, "
          "interest before principal",
          "[ledger][s8][s4.3]") {
  const Schedule s = FinancingExample();
  REQUIRE(s.instalments().size() == 6);
  CHECK(s.instalments()[0].amount == 17255);
  CHECK(s.instalments()[0].interest == 1000);
  CHECK(s.instalments()[0].principal == 16255);
  CHECK(s.total_payable().minor_units() == 103528);

  Ledger l = Make(s);
  Pay(l, "P1", "172.55", Day(2026, 2, 14));
  Pay(l, "P2", "100.00", Day(2026, 3, 15));
  {
    const Statement st = At(l, Day(2026, 3, 15));
    CHECK(st.instalments[0].paid_interest == 1000);
    CHECK(st.instalments[0].paid_principal == 16255);
    CHECK(st.instalments[1].paid_interest == 837);
    CHECK(st.instalments[1].paid_principal == 9163);
    CHECK(st.instalments[1].outstanding == 7255);
    CHECK(st.instalments[1].status == kDue);
    CHECK(st.arrears == kUpToDate);
  }
  CHECK(Statuses(l, Day(2026, 3, 16))[1] == kMissed);
  CHECK(l.ArrearsAsOf(Day(2026, 3, 16)) == InArrears(1));

  Pay(l, "P3", "300.00", Day(2026, 3, 20));
  const Statement st = At(l, Day(2026, 3, 20));
  CHECK(Statuses(l, Day(2026, 3, 20)) ==
        std::vector<InstalmentStatus>{kPaid, kPaid, kPaid, kPartlyPaid,
                                      kUpcoming, kUpcoming});
  CHECK(st.instalments[2].paid_interest == 673);
  CHECK(st.instalments[2].paid_principal == 16582);
  CHECK(st.instalments[3].paid_interest == 507);
  CHECK(st.instalments[3].paid_principal == 4983);
  CHECK(st.instalments[3].outstanding == 11765);
  CHECK(st.totals.allocated == 57255);
  CHECK(st.totals.outstanding == 46273);
  CHECK(st.arrears == kUpToDate);

  // Which payment paid what.
  const std::vector<Allocation> a = l.AllocationsAsOf(Day(2026, 3, 20));
  const std::vector<Allocation> expected = {
      {0, 1, 0, 1000, 16255}, {1, 2, 0, 837, 9163}, {2, 2, 0, 0, 7255},
      {2, 3, 0, 673, 16582},  {2, 4, 0, 507, 4983}};
  CHECK(a == expected);
  // As of the 15th, P3 had not happened yet.
  CHECK(l.AllocationsAsOf(Day(2026, 3, 15)) ==
        std::vector<Allocation>{{0, 1, 0, 1000, 16255},
                                {1, 2, 0, 837, 9163}});
}

TEST_CASE("ledger: a ledger for an agreement made by Accept",
          "[ledger][s8][s7]") {
  const tenor::CreditSwitchHistory on;
  const absl::Time now = absl::FromCivil(absl::CivilSecond(2026, 3, 10, 10, 0, 0),
                                         absl::UTCTimeZone());
  const std::vector<tenor::CreditAssessment> approved = {
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       M("5000.00"), now - absl::Hours(24)}};
  absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
      on, approved, Money::Zero(kGbp), tenor::ExampleCatalog(),
      tenor::Cart{M("450.00"), Day(2026, 3, 10), std::nullopt}, now);
  REQUIRE(d.ok());
  const tenor::ProductDecision* p = d->Find("pay-in-3");
  REQUIRE(p != nullptr);
  REQUIRE(p->offered());
  absl::StatusOr<tenor::Agreement> a =
      tenor::Accept(*p->offer, on, now + absl::Minutes(1));
  REQUIRE(a.ok());
  absl::StatusOr<Ledger> l = Ledger::Create(*a);
  REQUIRE(l.ok());
  CHECK(l->schedule() == a->schedule());
  TENOR_REQUIRE_OK(l->RecordPayment("P1", M("150.00"), Day(2026, 3, 10)));
  CHECK(Statuses(*l, Day(2026, 3, 10)) ==
        std::vector<InstalmentStatus>{kPaid, kUpcoming, kUpcoming});
}

// ---------------------------------------------------------------------------
// Statuses and grace days
// ---------------------------------------------------------------------------

TEST_CASE("ledger: status as of D, first match wins: paid, missed, due, "
          "partly_paid, upcoming",
          "[ledger][s8]") {
  const Schedule s = PayInN("100.00", Day(2026, 1, 31));
  SECTION("no grace: due today is due, missed from tomorrow") {
    Ledger l = Make(s);
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(Statuses(l, Day(2026, 3, 1))[1] == kUpcoming);
    CHECK(Statuses(l, Day(2026, 3, 2))[1] == kDue);
    CHECK(Statuses(l, Day(2026, 3, 3))[1] == kMissed);
    CHECK(At(l, Day(2026, 3, 3)).instalments[1].missed_from ==
          Day(2026, 3, 3));
  }
  SECTION("grace days: due through due date + grace, missed after") {
    LedgerOptions o;
    o.grace_days = 3;
    Ledger l = Make(s, o);
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(Statuses(l, Day(2026, 3, 2))[1] == kDue);
    CHECK(Statuses(l, Day(2026, 3, 5))[1] == kDue);
    CHECK(Statuses(l, Day(2026, 3, 6))[1] == kMissed);
    CHECK(At(l, Day(2026, 3, 6)).instalments[1].missed_from ==
          Day(2026, 3, 6));
    CHECK(l.ArrearsAsOf(Day(2026, 3, 5)) == kUpToDate);
    CHECK(l.ArrearsAsOf(Day(2026, 3, 6)) == InArrears(1));
  }
  SECTION("partly_paid before the due date; due, then missed, once due") {
    Ledger l = Make(s);
    Pay(l, "P1", "50.00", Day(2026, 1, 31));
    const Statement st = At(l, Day(2026, 2, 1));
    CHECK(st.instalments[1].status == kPartlyPaid);
    CHECK(st.instalments[1].paid() == 1666);
    CHECK(st.instalments[1].outstanding == 1667);
    CHECK(st.instalments[2].status == kUpcoming);
    CHECK(Statuses(l, Day(2026, 3, 2))[1] == kDue);
    CHECK(Statuses(l, Day(2026, 3, 3))[1] == kMissed);
  }
  SECTION("paid wins over missed: a fully prepaid instalment is paid") {
    Ledger l = Make(s);
    Pay(l, "P1", "100.00", Day(2026, 1, 31));
    CHECK(Statuses(l, Day(2026, 1, 31)) ==
          std::vector<InstalmentStatus>{kPaid, kPaid, kPaid});
    CHECK(l.ArrearsAsOf(Day(2026, 1, 31)) == kSettled);
  }
  SECTION("only payments with a value date <= D count") {
    Ledger l = Make(s);
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    Pay(l, "P2", "33.33", Day(2026, 3, 10));
    CHECK(Statuses(l, Day(2026, 3, 9))[1] == kMissed);
    CHECK(Statuses(l, Day(2026, 3, 10))[1] == kPaid);
    CHECK(At(l, Day(2026, 3, 9)).totals.payments_received == 3334);
  }
  SECTION("a payment recorded late counts from its value date") {
    Ledger l = Make(s);
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    // Paid on the due date, matched by the lender's books a week later.
    Pay(l, "P2", "33.33", Day(2026, 3, 2), Day(2026, 3, 9));
    for (absl::CivilDay d = Day(2026, 3, 2); d <= Day(2026, 3, 31); ++d) {
      CHECK(Statuses(l, d)[1] == kPaid);
    }
  }
  SECTION("names") {
    CHECK(tenor::InstalmentStatusName(kPaid) == "paid");
    CHECK(tenor::InstalmentStatusName(kMissed) == "missed");
    CHECK(tenor::InstalmentStatusName(kDue) == "due");
    CHECK(tenor::InstalmentStatusName(kPartlyPaid) == "partly_paid");
    CHECK(tenor::InstalmentStatusName(kUpcoming) == "upcoming");
    CHECK(tenor::ArrearsStateName(ArrearsState::kUpToDate) == "up_to_date");
    CHECK(tenor::ArrearsStateName(ArrearsState::kInArrears) == "in_arrears");
    CHECK(tenor::ArrearsStateName(ArrearsState::kSettled) == "settled");
    for (InstalmentStatus x :
         {kPaid, kMissed, kDue, kPartlyPaid, kUpcoming}) {
      CHECK(*tenor::ParseInstalmentStatus(tenor::InstalmentStatusName(x)) ==
            x);
    }
    TENOR_REQUIRE_FAILS(tenor::ParseInstalmentStatus("Paid"),
                        absl::StatusCode::kInvalidArgument, "Paid");
    CHECK(*tenor::ParseArrearsState("in_arrears") ==
          ArrearsState::kInArrears);
    TENOR_REQUIRE_FAILS(tenor::ParseArrearsState("late"),
                        absl::StatusCode::kInvalidArgument, "late");
  }
}

TEST_CASE("ledger: arrears status counts missed instalments; settled when "
          "everything is paid",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31), kGbp, 4, 14));
  // Due 01-31, 02-14, 02-28, 03-14; 25.00 each.
  CHECK(l.ArrearsAsOf(Day(2026, 1, 31)) == kUpToDate);
  CHECK(l.ArrearsAsOf(Day(2026, 2, 1)) == InArrears(1));
  CHECK(l.ArrearsAsOf(Day(2026, 2, 15)) == InArrears(2));
  CHECK(l.ArrearsAsOf(Day(2026, 3, 15)) == InArrears(4));
  // 60.00 pays the first two and 10.00 of the third, due 02-28: still
  // missed.
  Pay(l, "P1", "60.00", Day(2026, 3, 1));
  CHECK(l.ArrearsAsOf(Day(2026, 3, 1)) == InArrears(1));
  CHECK(l.ArrearsAsOf(Day(2026, 3, 15)) == InArrears(2));
  Pay(l, "P2", "15.00", Day(2026, 3, 2));
  CHECK(l.ArrearsAsOf(Day(2026, 3, 2)) == kUpToDate);
  CHECK(l.ArrearsAsOf(Day(2026, 3, 15)) == InArrears(1));
  Pay(l, "P3", "25.00", Day(2026, 3, 20));
  CHECK(l.ArrearsAsOf(Day(2026, 3, 20)) == kSettled);
  CHECK(l.ArrearsAsOf(Day(2026, 3, 19)) == InArrears(1));
}

// ---------------------------------------------------------------------------
// Recording: duplicates, conflicts, refusals
// ---------------------------------------------------------------------------

TEST_CASE("ledger: a repeated payment is a no-op reported as a duplicate; "
          "the same id with other content is AlreadyExists",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "33.34", Day(2026, 1, 31));
  const Ledger once = l;
  SECTION("exact repeat") {
    const RecordResult r = Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(r.duplicate());
    CHECK(r.outcome == RecordOutcome::kDuplicate);
    CHECK(r.sequence == 0);
    CHECK(l == once);
    CHECK(l.transactions().size() == 1);
  }
  SECTION("a repeat matched on a later day is still the same payment") {
    CHECK(Pay(l, "P1", "33.34", Day(2026, 1, 31), Day(2026, 2, 5))
              .duplicate());
    CHECK(l == once);
    CHECK(l.transactions()[0].recorded_date == Day(2026, 1, 31));
  }
  SECTION("another amount") {
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordPayment("P1", M("33.33"), Day(2026, 1, 31));
        },
        absl::StatusCode::kAlreadyExists, "already recorded");
  }
  SECTION("another value date") {
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordPayment("P1", M("33.34"), Day(2026, 2, 1));
        },
        absl::StatusCode::kAlreadyExists, "P1");
  }
  SECTION("the id of a payment reused for a refund or a fee") {
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordRefund("P1", M("33.34"), Day(2026, 1, 31));
        },
        absl::StatusCode::kAlreadyExists, "already recorded as a payment");
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordFee("P1", M("33.34"), Day(2026, 1, 31));
        },
        absl::StatusCode::kAlreadyExists, "already recorded as a payment");
  }
  SECTION("refunds and fees are idempotent too") {
    TENOR_REQUIRE_OK(l.RecordRefund("R1", M("10.00"), Day(2026, 2, 1)));
    TENOR_REQUIRE_OK(l.RecordFee("F1", M("1.00"), Day(2026, 2, 1)));
    const Ledger before = l;
    CHECK(l.RecordRefund("R1", M("10.00"), Day(2026, 2, 1))->duplicate());
    CHECK(l.RecordFee("F1", M("1.00"), Day(2026, 2, 1))->duplicate());
    CHECK(l == before);
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordRefund("R1", M("10.01"), Day(2026, 2, 1));
        },
        absl::StatusCode::kAlreadyExists, "R1");
  }
}

TEST_CASE("ledger: malformed transactions are InvalidArgument and change "
          "nothing",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "33.34", Day(2026, 1, 31));
  const auto refused = [&l](auto op, const char* fragment) {
    RequireRefusedUnchanged(l, op, absl::StatusCode::kInvalidArgument,
                            fragment);
  };
  refused([](Ledger& x) { return x.RecordPayment("P2", M("0.00"), Day(2026, 2, 1)); },
          "not positive");
  refused([](Ledger& x) { return x.RecordPayment("P2", M("-1.00"), Day(2026, 2, 1)); },
          "not positive");
  refused([](Ledger& x) { return x.RecordRefund("R", M("-1.00"), Day(2026, 2, 1)); },
          "not positive");
  refused([](Ledger& x) { return x.RecordFee("F", M("0.00"), Day(2026, 2, 1)); },
          "not positive");
  refused([](Ledger& x) {
            return x.RecordPayment("P2", M("10.00", kEur), Day(2026, 2, 1));
          },
          "currency mismatch");
  refused([](Ledger& x) {
            return x.RecordPayment("P2", M("10", kJpy), Day(2026, 2, 1));
          },
          "currency mismatch");
  refused([](Ledger& x) { return x.RecordPayment("", M("1.00"), Day(2026, 2, 1)); },
          "empty");
  refused([](Ledger& x) { return x.RecordPayment("  ", M("1.00"), Day(2026, 2, 1)); },
          "empty");
  refused([](Ledger& x) {
            return x.RecordPayment(std::string(129, 'x'), M("1.00"),
                                   Day(2026, 2, 1));
          },
          "longer than the maximum 128");
  refused([](Ledger& x) {
            return x.RecordPayment("P2", M("1.00"), Day(2026, 2, 1),
                                   Day(2026, 1, 31));
          },
          "recorded_date");
  refused([](Ledger& x) {
            return x.RecordPayment("P2", M("1.00"), Day(10000, 1, 1));
          },
          "value_date");
  // An exact repeat that is malformed is malformed, not a duplicate.
  refused([](Ledger& x) {
            return x.RecordPayment("P1", M("33.34"), Day(2026, 1, 31),
                                   Day(2026, 1, 30));
          },
          "recorded_date");
  // A 128-byte id is fine.
  TENOR_REQUIRE_OK(
      l.RecordPayment(std::string(128, 'x'), M("1.00"), Day(2026, 2, 1)));
}

TEST_CASE("ledger: amounts past the ledger's bound are OutOfRange",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  const Money huge = Money::FromMinorUnits(int64_t{1} << 61, kGbp);
  TENOR_REQUIRE_OK(l.RecordPayment("P1", huge, Day(2026, 1, 31)));
  RequireRefusedUnchanged(
      l,
      [&](Ledger& x) { return x.RecordPayment("P2", huge, Day(2026, 2, 1)); },
      absl::StatusCode::kOutOfRange, "2^62");
  const Statement st = At(l, Day(2026, 2, 1));
  CHECK(st.totals.credit_balance == (int64_t{1} << 61) - 10000);
}

TEST_CASE("ledger: options are validated", "[ledger][s8]") {
  const Schedule s = PayInN("100.00", Day(2026, 1, 31));
  const auto bad = [&](LedgerOptions o, const char* fragment) {
    TENOR_REQUIRE_FAILS(Ledger::Create(s, o),
                        absl::StatusCode::kInvalidArgument, fragment);
  };
  LedgerOptions o;
  o.grace_days = -1;
  bad(o, "grace_days");
  o.grace_days = tenor::kMaxGraceDays + 1;
  bad(o, "grace_days");
  o.grace_days = tenor::kMaxGraceDays;
  TENOR_REQUIRE_OK(Ledger::Create(s, o));
  o = UkLateFees();
  o.late_fees->fee = 0;
  bad(o, "fee");
  o = UkLateFees();
  o.late_fees->minimum_order = -1;
  bad(o, "minimum_order");
  o = UkLateFees();
  o.late_fees->max_fees = -1;
  bad(o, "max_fees");
  o = UkLateFees();
  o.late_fees->max_total_percent = 101;
  bad(o, "max_total_percent");
  const LateFeePolicy uk;
  CHECK(uk.fee == 500);
  CHECK(uk.minimum_order == 2000);
  CHECK(uk.max_fees == 2);
  CHECK(uk.max_total_percent == 25);
}

// ---------------------------------------------------------------------------
// Credit balance, reversals, refunds, fees
// ---------------------------------------------------------------------------

TEST_CASE("ledger: money beyond everything owed is a credit balance, kept "
          "and shown",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "150.00", Day(2026, 1, 31));
  Statement st = At(l, Day(2026, 1, 31));
  CHECK(st.arrears == kSettled);
  CHECK(st.totals.allocated == 10000);
  CHECK(st.totals.credit_balance == 5000);
  // A later fee is paid from it at once.
  TENOR_REQUIRE_OK(l.RecordFee("F1", M("10.00"), Day(2026, 2, 10)));
  st = At(l, Day(2026, 2, 10));
  CHECK(st.totals.credit_balance == 4000);
  CHECK(st.instalments[2].fees == 1000);  // nothing outstanding: the last
  CHECK(st.instalments[2].paid_fees == 1000);
  CHECK(st.arrears == kSettled);
  // And another payment adds to it.
  Pay(l, "P2", "0.01", Day(2026, 2, 11));
  CHECK(At(l, Day(2026, 2, 11)).totals.credit_balance == 4001);
}

TEST_CASE("ledger: a reversal replays as if the payment had never happened",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "33.34", Day(2026, 1, 31));
  Pay(l, "P2", "33.33", Day(2026, 3, 2));
  // The direct debit of P1 comes back on 02-05.
  absl::StatusOr<RecordResult> r =
      l.RecordReversal("P1", Day(2026, 2, 5), Day(2026, 2, 6));
  TENOR_REQUIRE_OK(r);
  CHECK(r->outcome == RecordOutcome::kRecorded);
  CHECK(l == l.Replayed());
  const Transaction* rev = l.FindReversal("P1");
  REQUIRE(rev != nullptr);
  CHECK(rev->kind == TransactionKind::kReversal);
  CHECK(rev->amount == 3334);
  CHECK(rev->recorded_date == Day(2026, 2, 6));
  // Before the reversal's value date the money was there.
  CHECK(Statuses(l, Day(2026, 2, 4)) ==
        std::vector<InstalmentStatus>{kPaid, kUpcoming, kUpcoming});
  CHECK(Statuses(l, Day(2026, 2, 5)) ==
        std::vector<InstalmentStatus>{kMissed, kUpcoming, kUpcoming});
  // P2 now pays the oldest instalment, as if P1 had never been.
  const Statement st = At(l, Day(2026, 3, 2));
  CHECK(st.instalments[0].paid() == 3333);
  CHECK(st.instalments[0].status == kMissed);
  CHECK(st.instalments[1].status == kDue);
  CHECK(st.totals.payments_received == 6667);
  CHECK(st.totals.payments_reversed == 3334);
  CHECK(st.totals.allocated == 3333);
  CHECK(l.AllocationsAsOf(Day(2026, 3, 2)) ==
        std::vector<Allocation>{{1, 1, 0, 0, 3333}});

  SECTION("the same reversal again is a duplicate") {
    const Ledger before = l;
    absl::StatusOr<RecordResult> again =
        l.RecordReversal("P1", Day(2026, 2, 5), Day(2026, 2, 20));
    TENOR_REQUIRE_OK(again);
    CHECK(again->duplicate());
    CHECK(again->sequence == r->sequence);
    CHECK(l == before);
  }
  SECTION("a second reversal on another date is AlreadyExists") {
    RequireRefusedUnchanged(
        l, [](Ledger& x) { return x.RecordReversal("P1", Day(2026, 2, 6)); },
        absl::StatusCode::kAlreadyExists, "already reversed");
  }
  SECTION("reversing an unknown payment is NotFound") {
    RequireRefusedUnchanged(
        l, [](Ledger& x) { return x.RecordReversal("P9", Day(2026, 2, 6)); },
        absl::StatusCode::kNotFound, "P9");
  }
  SECTION("reversing before the payment's value date is InvalidArgument") {
    RequireRefusedUnchanged(
        l, [](Ledger& x) { return x.RecordReversal("P2", Day(2026, 3, 1)); },
        absl::StatusCode::kInvalidArgument, "before the payment's value date");
  }
  SECTION("only payments can be reversed") {
    TENOR_REQUIRE_OK(l.RecordRefund("R1", M("1.00"), Day(2026, 3, 3)));
    RequireRefusedUnchanged(
        l, [](Ledger& x) { return x.RecordReversal("R1", Day(2026, 3, 3)); },
        absl::StatusCode::kInvalidArgument, "not a payment");
  }
  SECTION("a reversed payment's id stays taken") {
    CHECK(Pay(l, "P1", "33.34", Day(2026, 1, 31)).duplicate());
    RequireRefusedUnchanged(
        l,
        [](Ledger& x) {
          return x.RecordPayment("P1", M("33.34"), Day(2026, 2, 7));
        },
        absl::StatusCode::kAlreadyExists, "P1");
  }
}

TEST_CASE("ledger: a merchant refund reduces what is owed from the last "
          "instalment; beyond what is owed it becomes credit balance",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "33.34", Day(2026, 1, 31));
  TENOR_REQUIRE_OK(l.RecordRefund("R1", M("20.00"), Day(2026, 2, 10)));
  Statement st = At(l, Day(2026, 2, 10));
  CHECK(st.instalments[2].refunded == 2000);
  CHECK(st.instalments[2].outstanding == 1333);
  CHECK(st.instalments[1].outstanding == 3333);
  CHECK(st.totals.outstanding == 4666);

  // Bigger than what is left on the last instalment: into the one before.
  TENOR_REQUIRE_OK(l.RecordRefund("R2", M("30.00"), Day(2026, 2, 11)));
  st = At(l, Day(2026, 2, 11));
  CHECK(st.instalments[2].refunded == 3333);
  CHECK(st.instalments[2].outstanding == 0);
  CHECK(st.instalments[2].status == kPaid);
  CHECK(st.instalments[1].refunded == 1667);
  CHECK(st.instalments[1].outstanding == 1666);
  CHECK(st.totals.outstanding == 1666);

  // More than the total payable: refused, never truncated.
  RequireRefusedUnchanged(
      l,
      [](Ledger& x) { return x.RecordRefund("R3", M("50.01"), Day(2026, 2, 12)); },
      absl::StatusCode::kOutOfRange, "more than the total payable");

  // Bigger than everything still owed: the paid instalment's money comes
  // back as credit balance (a refund due to the customer).
  TENOR_REQUIRE_OK(l.RecordRefund("R3", M("50.00"), Day(2026, 2, 12)));
  st = At(l, Day(2026, 2, 12));
  CHECK(st.totals.refunds == 10000);
  CHECK(st.totals.outstanding == 0);
  CHECK(st.totals.allocated == 0);
  CHECK(st.totals.credit_balance == 3334);
  CHECK(st.arrears == kSettled);
  // Before the refunds the customer owed the rest.
  CHECK(At(l, Day(2026, 2, 9)).totals.outstanding == 6666);
  CHECK(l.AllocationsAsOf(Day(2026, 2, 12)).empty());
}

TEST_CASE("ledger: a full refund in financing goes from the last instalment, "
          "principal before interest",
          "[ledger][s8][s4.3]") {
  Ledger l = Make(FinancingExample());
  Pay(l, "P1", "172.55", Day(2026, 2, 15));
  TENOR_REQUIRE_OK(l.RecordRefund("R1", M("200.00"), Day(2026, 2, 20)));
  const Statement st = At(l, Day(2026, 2, 20));
  // Row 6: 172.53 (1.71 interest, 170.82 principal) entirely; row 5 loses
  // 27.47 of its 169.15 principal.
  CHECK(st.instalments[5].refunded == 17253);
  CHECK(st.instalments[5].outstanding == 0);
  CHECK(st.instalments[4].refunded == 2747);
  CHECK(st.instalments[4].outstanding == 17255 - 2747);
  CHECK(st.totals.outstanding == 103528 - 17255 - 20000);
}

TEST_CASE("ledger: a fee attaches to the oldest instalment with something "
          "outstanding; payments pay fees first",
          "[ledger][s8]") {
  Ledger l = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(l, "P1", "33.34", Day(2026, 1, 31));
  TENOR_REQUIRE_OK(l.RecordFee("F1", M("10.00"), Day(2026, 2, 10)));
  Statement st = At(l, Day(2026, 2, 10));
  CHECK(st.instalments[1].fees == 1000);
  CHECK(st.instalments[1].outstanding == 4333);
  CHECK(st.totals.fees == 1000);
  CHECK(st.totals.late_fees == 0);
  Pay(l, "P2", "33.33", Day(2026, 2, 20));
  st = At(l, Day(2026, 2, 20));
  CHECK(st.instalments[1].paid_fees == 1000);
  CHECK(st.instalments[1].paid_principal == 2333);
  CHECK(st.instalments[1].outstanding == 1000);
  CHECK(st.instalments[1].status == kPartlyPaid);
  // Before the fee's value date it was not owed.
  CHECK(At(l, Day(2026, 2, 9)).totals.fees == 0);
}

// ---------------------------------------------------------------------------
// The late-fee policy (§8's UK Pay in 3 example)
// ---------------------------------------------------------------------------

TEST_CASE("ledger: late fees of the UK Pay in 3 example",
          "[ledger][s8]") {
  const Schedule s = PayInN("100.00", Day(2026, 1, 31));
  SECTION("5.00 when an instalment becomes missed, paid before it") {
    Ledger l = Make(s, UkLateFees());
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(At(l, Day(2026, 3, 2)).totals.fees == 0);
    Statement st = At(l, Day(2026, 3, 3));
    CHECK(st.instalments[1].status == kMissed);
    CHECK(st.instalments[1].fees == 500);
    CHECK(st.instalments[1].outstanding == 3833);
    CHECK(st.totals.late_fees == 500);
    CHECK(st.totals.late_fee_count == 1);
    // Paying the instalment's amount late leaves the fee outstanding:
    // within an instalment fees are paid first.
    Pay(l, "P2", "33.33", Day(2026, 3, 4));
    st = At(l, Day(2026, 3, 4));
    CHECK(st.instalments[1].paid_fees == 500);
    CHECK(st.instalments[1].paid_principal == 2833);
    CHECK(st.instalments[1].outstanding == 500);
    CHECK(st.instalments[1].status == kMissed);
    // The last instalment missed too: the second fee.
    st = At(l, Day(2026, 4, 2));
    CHECK(st.totals.late_fees == 1000);
    CHECK(st.totals.late_fee_count == 2);
    CHECK(st.instalments[2].fees == 500);
    CHECK(st.arrears == InArrears(2));
  }
  SECTION("a payment on time but recorded late means no fee") {
    Ledger l = Make(s, UkLateFees());
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(At(l, Day(2026, 3, 5)).totals.late_fees == 500);  // as known then
    Pay(l, "P2", "33.33", Day(2026, 3, 2), Day(2026, 3, 6));
    CHECK(At(l, Day(2026, 3, 5)).totals.late_fees == 0);
    CHECK(At(l, Day(2026, 3, 31)).totals.late_fees == 0);
  }
  SECTION("a payment on the first missed day is in time for the fee") {
    Ledger l = Make(s, UkLateFees());
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    Pay(l, "P2", "33.33", Day(2026, 3, 3));
    CHECK(At(l, Day(2026, 3, 3)).totals.late_fees == 0);
    CHECK(Statuses(l, Day(2026, 3, 3))[1] == kPaid);
  }
  SECTION("grace days move the fee with the missed date") {
    Ledger l = Make(s, UkLateFees(3));
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    CHECK(At(l, Day(2026, 3, 5)).totals.late_fees == 0);
    CHECK(At(l, Day(2026, 3, 6)).totals.late_fees == 500);
  }
  SECTION("a reversed payment: the fee as if it had never been paid") {
    Ledger l = Make(s, UkLateFees());
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    Pay(l, "P2", "33.33", Day(2026, 3, 2));
    CHECK(At(l, Day(2026, 3, 9)).totals.late_fees == 0);
    TENOR_REQUIRE_OK(l.RecordReversal("P2", Day(2026, 3, 10)));
    CHECK(At(l, Day(2026, 3, 9)).totals.late_fees == 0);
    const Statement st = At(l, Day(2026, 3, 10));
    CHECK(st.totals.late_fees == 500);
    CHECK(st.instalments[1].fees == 500);
  }
  SECTION("at most 2 fees per agreement") {
    Ledger l = Make(PayInN("100.00", Day(2026, 1, 31), kGbp, 4, 14), UkLateFees());
    const Statement st = At(l, Day(2026, 6, 1));
    CHECK(st.arrears == InArrears(4));
    CHECK(st.totals.late_fee_count == 2);
    CHECK(st.totals.late_fees == 1000);
    CHECK(st.instalments[0].fees == 500);
    CHECK(st.instalments[1].fees == 500);
    CHECK(st.instalments[2].fees == 0);
  }
  SECTION("never more than 25 % of the order amount") {
    Ledger twenty = Make(PayInN("20.00", Day(2026, 1, 31)), UkLateFees());
    Statement st = At(twenty, Day(2026, 6, 1));
    CHECK(st.totals.late_fees == 500);
    CHECK(st.totals.late_fee_count == 1);
    Ledger thirty = Make(PayInN("30.00", Day(2026, 1, 31)), UkLateFees());
    st = At(thirty, Day(2026, 6, 1));
    CHECK(st.totals.late_fees == 750);
    CHECK(st.totals.late_fee_count == 2);
    CHECK(st.instalments[1].fees == 250);
  }
  SECTION("only for orders of at least 20.00") {
    Ledger l = Make(PayInN("19.99", Day(2026, 1, 31)), UkLateFees());
    CHECK(At(l, Day(2026, 6, 1)).totals.late_fees == 0);
  }
  SECTION("fees are settings") {
    LedgerOptions o = UkLateFees();
    o.late_fees->fee = 1200;
    o.late_fees->max_fees = 1;
    o.late_fees->max_total_percent = 100;
    Ledger l = Make(s, o);
    const Statement st = At(l, Day(2026, 6, 1));
    CHECK(st.totals.late_fees == 1200);
    CHECK(st.instalments[0].fees == 1200);
  }
  SECTION("a refund after a late fee: released money pays the fee") {
    Ledger l = Make(s, UkLateFees());
    Pay(l, "P1", "33.34", Day(2026, 1, 31));
    TENOR_REQUIRE_OK(l.RecordRefund("R1", M("100.00"), Day(2026, 3, 5)));
    const Statement st = At(l, Day(2026, 3, 5));
    CHECK(st.totals.late_fees == 500);
    CHECK(st.instalments[1].paid_fees == 500);
    CHECK(st.totals.credit_balance == 2834);
    CHECK(st.arrears == kSettled);
  }
}

// ---------------------------------------------------------------------------
// Currencies
// ---------------------------------------------------------------------------

TEST_CASE("ledger: 0- and 3-decimal currencies (JPY, KWD)", "[ledger][s8]") {
  SECTION("JPY") {
    Ledger l = Make(PayInN("10000", Day(2026, 1, 31), kJpy));
    Pay(l, "P1", "5000", Day(2026, 1, 31));
    const Statement st = At(l, Day(2026, 2, 1));
    CHECK(st.instalments[0].amount == 3334);
    CHECK(st.instalments[0].status == kPaid);
    CHECK(st.instalments[1].paid() == 1666);
    CHECK(st.instalments[1].outstanding == 1667);
    CHECK(st.instalments[1].status == kPartlyPaid);
    CHECK(l.schedule().ToMoney(st.totals.outstanding).ToString() == "5000");
  }
  SECTION("KWD") {
    Ledger l = Make(PayInN("100.000", Day(2026, 1, 31), kKwd));
    Pay(l, "P1", "50.001", Day(2026, 1, 31));
    const Statement st = At(l, Day(2026, 2, 1));
    CHECK(st.instalments[0].amount == 33334);
    CHECK(st.instalments[1].paid() == 16667);
    CHECK(st.instalments[1].outstanding == 16666);
    CHECK(l.schedule().ToMoney(st.totals.outstanding).ToString() == "49.999");
    Pay(l, "P2", "60.000", Day(2026, 2, 2));
    CHECK(At(l, Day(2026, 2, 2)).totals.credit_balance == 10001);
  }
}

// ---------------------------------------------------------------------------
// Replay: order, incremental == full
// ---------------------------------------------------------------------------

TEST_CASE("ledger: allocation is replayed in value-date order whatever the "
          "recording order",
          "[ledger][s8]") {
  const Schedule s = FinancingExample();
  Ledger in_order = Make(s);
  Pay(in_order, "A", "100.00", Day(2026, 2, 1));
  Pay(in_order, "B", "200.00", Day(2026, 3, 1));
  TENOR_REQUIRE_OK(in_order.RecordFee("F", M("5.00"), Day(2026, 3, 20)));
  Pay(in_order, "C", "50.00", Day(2026, 4, 1));
  Ledger shuffled = Make(s);
  Pay(shuffled, "C", "50.00", Day(2026, 4, 1));
  TENOR_REQUIRE_OK(shuffled.RecordFee("F", M("5.00"), Day(2026, 3, 20)));
  Pay(shuffled, "A", "100.00", Day(2026, 2, 1));
  Pay(shuffled, "B", "200.00", Day(2026, 3, 1));
  CHECK(shuffled == shuffled.Replayed());
  for (absl::CivilDay d = Day(2026, 1, 15); d <= Day(2026, 8, 1); d += 7) {
    CHECK(At(shuffled, d) == At(in_order, d));
  }
  CHECK(shuffled.latest_value_date() == Day(2026, 4, 1));
  // Same value date: recording order breaks the tie (A' before B').
  Ledger tie = Make(PayInN("100.00", Day(2026, 1, 31)));
  Pay(tie, "B'", "10.00", Day(2026, 1, 31));
  Pay(tie, "A'", "30.00", Day(2026, 1, 31));
  CHECK(tie.AllocationsAsOf(Day(2026, 1, 31)) ==
        std::vector<Allocation>{{0, 1, 0, 0, 1000},
                                {1, 1, 0, 0, 2334},
                                {1, 2, 0, 0, 666}});
}

// ---------------------------------------------------------------------------
// Property: random histories
// ---------------------------------------------------------------------------

struct Rng {
  std::mt19937_64 gen;
  int64_t Uniform(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  }
  bool Chance(int percent) { return Uniform(0, 99) < percent; }
};

Schedule RandomSchedule(Rng& rng, Currency c) {
  for (;;) {
    const absl::CivilDay anchor = Day(2026, 1, 1) + rng.Uniform(0, 400);
    const Money amount = Money::FromMinorUnits(rng.Uniform(100, 300000), c);
    absl::StatusOr<Schedule> s = absl::InternalError("unset");
    switch (rng.Uniform(0, 2)) {
      case 0: {
        tenor::PayIn30Days p;
        p.days = static_cast<int>(rng.Uniform(1, 45));
        s = tenor::PreviewPayIn30Days(p, amount, anchor);
        break;
      }
      case 1: {
        tenor::PayInN p;
        p.count = static_cast<int>(rng.Uniform(2, 12));
        p.interval_days = static_cast<int>(rng.Uniform(1, 31));
        s = tenor::PreviewPayInN(p, amount, anchor);
        break;
      }
      default: {
        tenor::Financing p;
        const int terms[] = {6, 12, 18, 24, 36};
        const int term = terms[rng.Uniform(0, 4)];
        p.offered_terms = {term};
        p.rate = *tenor::Rate::FromMicroPercent(
            rng.Chance(20) ? 0 : rng.Uniform(0, 30'000'000));
        s = tenor::PreviewFinancing(p, amount, term, anchor);
        break;
      }
    }
    if (s.ok()) return *std::move(s);
  }
}

// One transaction as the test generated it (kept to replay in another
// recording order).
struct Op {
  TransactionKind kind;
  std::string id;
  int64_t amount;
  absl::CivilDay value;
  absl::CivilDay recorded;
};

absl::StatusOr<RecordResult> Apply(Ledger& l, const Op& op) {
  const Money m = Money::FromMinorUnits(op.amount, l.currency());
  switch (op.kind) {
    case TransactionKind::kPayment:
      return l.RecordPayment(op.id, m, op.value, op.recorded);
    case TransactionKind::kReversal:
      return l.RecordReversal(op.id, op.value, op.recorded);
    case TransactionKind::kRefund:
      return l.RecordRefund(op.id, m, op.value, op.recorded);
    case TransactionKind::kFee:
      return l.RecordFee(op.id, m, op.value, op.recorded);
  }
  return absl::InternalError("kind");
}

// Allocations by payment id rather than sequence, to compare ledgers
// recorded in different orders.
std::vector<std::tuple<std::string, int, int64_t, int64_t, int64_t>> ById(
    const Ledger& l, absl::CivilDay d) {
  std::vector<std::tuple<std::string, int, int64_t, int64_t, int64_t>> out;
  for (const Allocation& a : l.AllocationsAsOf(d)) {
    out.emplace_back(
        l.transactions()[static_cast<std::size_t>(a.payment_sequence)].id,
        a.instalment, a.fees, a.interest, a.principal);
  }
  return out;
}

// §8: no instalment is missed while the payments in hand cover it. With
// allocation oldest first, "covered" means the net payments up to D reach
// everything owed up to and including that instalment.
void RequireNoFalseMiss(const Statement& st) {
  const int64_t in_hand =
      st.totals.payments_received - st.totals.payments_reversed;
  int64_t owed_through = 0;
  for (const InstalmentPosition& p : st.instalments) {
    owed_through += p.amount + p.fees - p.refunded;
    if (p.status == kMissed) {
      INFO("instalment " << p.number);
      REQUIRE(st.totals.credit_balance == 0);
      REQUIRE(in_hand < owed_through);
    }
  }
}

// Payments and reversals only, no fee: allocation is a pure waterfall over
// the scheduled amounts, interest first within each row. An independent
// model.
void RequireWaterfall(const Schedule& s, const Statement& st) {
  int64_t left = st.totals.payments_received - st.totals.payments_reversed;
  for (std::size_t i = 0; i < st.instalments.size(); ++i) {
    const tenor::Instalment& row = s.instalments()[i];
    const int64_t paid = std::min(left, row.amount);
    INFO("row " << row.number << " left " << left);
    left -= paid;
    REQUIRE(st.instalments[i].paid_interest == std::min(paid, row.interest));
    REQUIRE(st.instalments[i].paid_principal ==
            paid - std::min(paid, row.interest));
  }
  REQUIRE(st.totals.credit_balance == left);
}

TEST_CASE("ledger: property: 10,000 random histories keep the invariants, "
          "replay equals incremental, recording order does not matter",
          "[ledger][s8][property]") {
  Rng rng{std::mt19937_64(20260131)};
  const Currency currencies[] = {kGbp, kJpy, kKwd};
  int refused = 0, duplicates = 0, replays_compared = 0;
  for (int history = 0; history < 10000; ++history) {
    INFO("history " << history);
    const Currency c = currencies[rng.Uniform(0, 2)];
    const Schedule s = RandomSchedule(rng, c);
    LedgerOptions options;
    options.grace_days = static_cast<int>(rng.Uniform(0, 5));
    if (rng.Chance(40)) {
      LateFeePolicy p;
      p.fee = rng.Uniform(1, 2000);
      p.minimum_order = rng.Chance(70) ? 0 : rng.Uniform(0, 200000);
      p.max_fees = static_cast<int>(rng.Uniform(0, 4));
      p.max_total_percent = static_cast<int>(rng.Uniform(0, 100));
      options.late_fees = p;
    }
    const bool payments_only = rng.Chance(30);
    Ledger l = Make(s, options);
    const absl::CivilDay first = s.first_instalment().due_date - 10;
    const int64_t span = s.last_instalment().due_date - first + 40;
    const int64_t payable = s.total_payable().minor_units();
    const auto random_day = [&] { return first + rng.Uniform(0, span); };
    std::vector<Op> done;          // recorded, in recording order
    std::vector<std::string> payment_ids;
    std::set<std::string> reversed;
    int64_t refunds = 0;

    // §8 property: replaying the same transactions in another recording
    // order (same value dates, ties in the same order) gives the same
    // allocation. Checked after every step, on the transactions so far.
    const auto require_order_independent = [&](const std::vector<Op>& so_far) {
      std::map<absl::CivilDay, std::vector<Op>> by_date;
      for (const Op& op : so_far) by_date[op.value].push_back(op);
      std::vector<std::vector<Op>> groups;
      for (auto& [d, ops] : by_date) groups.push_back(ops);
      Ledger other = Make(s, options);
      std::set<std::string> recorded_payments;
      std::vector<Op> deferred;  // reversals whose payment is not in yet
      std::vector<std::size_t> next(groups.size(), 0);
      std::size_t remaining = so_far.size();
      while (remaining > 0) {
        std::size_t g;
        do {
          g = static_cast<std::size_t>(
              rng.Uniform(0, static_cast<int64_t>(groups.size()) - 1));
        } while (next[g] == groups[g].size());
        const Op& op = groups[g][next[g]++];
        --remaining;
        if (op.kind == TransactionKind::kReversal &&
            recorded_payments.count(op.id) == 0) {
          deferred.push_back(op);
          continue;
        }
        TENOR_REQUIRE_OK(Apply(other, op));
        if (op.kind == TransactionKind::kPayment) {
          recorded_payments.insert(op.id);
          for (auto it = deferred.begin(); it != deferred.end();) {
            if (it->id == op.id) {
              TENOR_REQUIRE_OK(Apply(other, *it));
              it = deferred.erase(it);
            } else {
              ++it;
            }
          }
        }
      }
      REQUIRE(deferred.empty());
      REQUIRE(other == other.Replayed());
      ++replays_compared;
      for (const absl::CivilDay d : {random_day(), random_day(), first + span}) {
        INFO("as of " << tenor::FormatDate(d));
        REQUIRE(other.StatementAsOf(d) == l.StatementAsOf(d));
        REQUIRE(ById(other, d) == ById(l, d));
      }
    };
    const int steps = static_cast<int>(rng.Uniform(1, 12));
    for (int step = 0; step < steps; ++step) {
      Op op;
      op.value = random_day();
      op.recorded = op.value + (rng.Chance(70) ? 0 : rng.Uniform(0, 20));
      op.amount = rng.Uniform(1, payable / 2 + 1);
      if (rng.Chance(15)) op.amount = payable + rng.Uniform(0, 1000);
      const int64_t kind = payments_only ? rng.Uniform(0, 1) * 3
                                         : rng.Uniform(0, 9);
      // 0..4 payment, 5..6 reversal, 7..8 refund, 9 fee (3: payment).
      enum class Expect { kOk, kDuplicate, kRefused };
      Expect expect = Expect::kOk;
      if (kind <= 4) {
        op.kind = TransactionKind::kPayment;
        op.id = "P" + std::to_string(step);
        if (!payment_ids.empty() && rng.Chance(25)) {
          // Reuse an id: an exact duplicate or a conflict.
          const std::string id =
              payment_ids[static_cast<std::size_t>(rng.Uniform(
                  0, static_cast<int64_t>(payment_ids.size()) - 1))];
          const Transaction* t = l.FindTransaction(id);
          REQUIRE(t != nullptr);
          op.id = id;
          if (rng.Chance(50)) {
            op.amount = t->amount;
            op.value = t->value_date;
            op.recorded = t->recorded_date + rng.Uniform(0, 3);
            expect = Expect::kDuplicate;
          } else {
            if (op.amount == t->amount && op.value == t->value_date) {
              op.amount += 1;
            }
            expect = Expect::kRefused;
          }
        }
      } else if (kind <= 6) {
        op.kind = TransactionKind::kReversal;
        if (payment_ids.empty() || rng.Chance(15)) {
          op.id = "unknown";
          expect = Expect::kRefused;
        } else {
          op.id = payment_ids[static_cast<std::size_t>(rng.Uniform(
              0, static_cast<int64_t>(payment_ids.size()) - 1))];
          const Transaction* t = l.FindTransaction(op.id);
          const Transaction* r = l.FindReversal(op.id);
          op.value = t->value_date + rng.Uniform(0, 20);
          op.recorded = op.value + rng.Uniform(0, 3);
          if (r != nullptr) {
            if (rng.Chance(50)) op.value = r->value_date;
            op.recorded = std::max(op.recorded, op.value);
            expect = op.value == r->value_date ? Expect::kDuplicate
                                               : Expect::kRefused;
          }
        }
      } else if (kind <= 8) {
        op.kind = TransactionKind::kRefund;
        op.id = "R" + std::to_string(step);
        op.amount = rng.Uniform(1, payable / 2 + 1);
        if (refunds + op.amount > payable) expect = Expect::kRefused;
      } else {
        op.kind = TransactionKind::kFee;
        op.id = "F" + std::to_string(step);
        op.amount = rng.Uniform(1, 2000);
      }
      if (rng.Chance(3)) {
        op.amount = -op.amount;  // malformed: refused whatever the state
        if (op.kind != TransactionKind::kReversal) expect = Expect::kRefused;
      }

      const Ledger before = l;
      absl::StatusOr<RecordResult> r = Apply(l, op);
      INFO("step " << step << " " << TransactionKindName(op.kind) << " "
                   << op.id << " " << op.amount << " "
                   << tenor::FormatDate(op.value) << " -> "
                   << r.status().ToString());
      switch (expect) {
        case Expect::kOk:
          REQUIRE(r.ok());
          REQUIRE_FALSE(r->duplicate());
          break;
        case Expect::kDuplicate:
          REQUIRE(r.ok());
          REQUIRE(r->duplicate());
          ++duplicates;
          break;
        case Expect::kRefused:
          REQUIRE_FALSE(r.ok());
          ++refused;
          break;
      }
      if (!r.ok() || r->duplicate()) {
        REQUIRE(l == before);
      } else {
        done.push_back(op);
        if (op.kind == TransactionKind::kPayment) payment_ids.push_back(op.id);
        if (op.kind == TransactionKind::kReversal) reversed.insert(op.id);
        if (op.kind == TransactionKind::kRefund) refunds += op.amount;
      }
      // Incremental == full replay, after every step.
      REQUIRE(l == l.Replayed());
      require_order_independent(done);
      // The invariants as of a random date and as of the end.
      for (const absl::CivilDay d : {random_day(), first + span}) {
        const Statement st = At(l, d);
        RequireNoFalseMiss(st);
        if (payments_only && st.totals.fees == 0) RequireWaterfall(s, st);
      }
    }

  }
  CHECK(refused > 1000);
  CHECK(duplicates > 500);
  CHECK(replays_compared >= 10000);  // after every step
}

}  // namespace
