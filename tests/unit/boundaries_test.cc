// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Boundaries (docs/reliability.md): amounts at int64's limits, rates at 0 and
// 1000 %, terms 6 and 36, dates at the ends of the supported range
// 0001-01-01..9999-12-31, very long histories and empty catalogs. Each gets a
// clear Status or a correct result; the asan preset runs these under ASan and
// UBSan, so undefined behaviour on the way fails the test too.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "support/invariants.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using absl::StatusCode;
using tenor::Money;
using tenor::Schedule;

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

const tenor::Currency kGbp = *tenor::Currency::FromCode("GBP");
const tenor::Currency kJpy = *tenor::Currency::FromCode("JPY");
const tenor::Currency kKwd = *tenor::Currency::FromCode("KWD");

// A schedule result is a clear refusal or a schedule keeping every invariant.
void RequireStatusOrValid(const absl::StatusOr<Schedule>& s) {
  if (!s.ok()) {
    INFO(s.status().ToString());
    REQUIRE(!s.status().message().empty());
    REQUIRE((s.status().code() == StatusCode::kOutOfRange ||
             s.status().code() == StatusCode::kInvalidArgument));
    return;
  }
  const std::string violation = tenor_test::ScheduleInvariantViolation(*s);
  INFO(violation);
  REQUIRE(violation.empty());
}

tenor::Financing AllTerms(tenor::Rate rate) {
  tenor::Financing f;
  f.offered_terms = {6, 36};
  f.rate = rate;
  return f;
}

TEST_CASE("boundaries: money at int64's limits", "[boundaries][s1]") {
  for (const tenor::Currency c : {kJpy, kGbp, kKwd}) {
    const Money max = Money::FromMinorUnits(kMax, c);
    const Money min = Money::FromMinorUnits(kMin, c);
    // Text round trips at both ends, one past them is OutOfRange.
    REQUIRE(*Money::Parse(max.ToString(), c) == max);
    REQUIRE(*Money::Parse(min.ToString(), c) == min);
    TENOR_REQUIRE_FAILS(Money::Parse("1" + max.ToString(), c),
                        StatusCode::kOutOfRange, "");
    TENOR_REQUIRE_FAILS(Money::Parse("-1" + max.ToString(), c),
                        StatusCode::kOutOfRange, "");
    // Arithmetic past the ends is OutOfRange, never wrapped.
    TENOR_REQUIRE_FAILS(max.Add(Money::FromMinorUnits(1, c)),
                        StatusCode::kOutOfRange, "");
    TENOR_REQUIRE_FAILS(min.Subtract(Money::FromMinorUnits(1, c)),
                        StatusCode::kOutOfRange, "");
    TENOR_REQUIRE_FAILS(min.Negate(), StatusCode::kOutOfRange, "");
    TENOR_REQUIRE_FAILS(max.Multiply(2), StatusCode::kOutOfRange, "");
    TENOR_REQUIRE_FAILS(min.Multiply(-1), StatusCode::kOutOfRange, "");
    REQUIRE(max.Negate()->minor_units() == -kMax);
    REQUIRE(*tenor::Compare(min, max) == -1);
    // Splits of the extremes sum to the total.
    for (const Money total : {max, min}) {
      const absl::StatusOr<std::vector<Money>> parts = tenor::SplitEvenly(total, 7);
      if (parts.ok()) {
        absl::int128 sum = 0;
        for (const Money& m : *parts) sum += m.minor_units();
        REQUIRE(sum == total.minor_units());
      } else {
        REQUIRE(!parts.status().message().empty());
      }
    }
  }
  REQUIRE(Money::FromMinorUnits(kMin, kGbp).ToString() == "-92233720368547758.08");
}

TEST_CASE("boundaries: schedules, ledgers and checkout at int64's limits",
          "[boundaries][s4][s7][s8]") {
  const absl::CivilDay day(2026, 1, 15);
  for (const tenor::Currency c : {kJpy, kGbp, kKwd}) {
    const Money max = Money::FromMinorUnits(kMax, c);
    RequireStatusOrValid(tenor::PreviewPayInN(tenor::PayInN{}, max, day));
    RequireStatusOrValid(tenor::PreviewPayIn30Days(tenor::PayIn30Days{}, max, day));
    for (const int64_t micro : {int64_t{0}, int64_t{12'000'000},
                                tenor::Rate::kMaxMicroPercent}) {
      for (const int term : {6, 36}) {
        RequireStatusOrValid(tenor::PreviewFinancing(
            AllTerms(*tenor::Rate::FromMicroPercent(micro)), max, term, day));
      }
    }
    TENOR_REQUIRE_FAILS(
        tenor::PreviewPayInN(tenor::PayInN{}, Money::FromMinorUnits(kMin, c), day),
        StatusCode::kInvalidArgument, "");
  }
  // A schedule too large for a ledger is refused when the ledger is made.
  const absl::StatusOr<Schedule> huge = tenor::PreviewPayIn30Days(
      tenor::PayIn30Days{}, Money::FromMinorUnits(kMax, kGbp), day);
  TENOR_REQUIRE_OK(huge);
  TENOR_REQUIRE_FAILS(tenor::Ledger::Create(*huge), StatusCode::kOutOfRange,
                      "too large");
  // A payment of int64's maximum: refused with a bound, nothing changed.
  const absl::StatusOr<Schedule> small = tenor::PreviewPayInN(
      tenor::PayInN{}, Money::FromMinorUnits(10'000, kGbp), day);
  absl::StatusOr<tenor::Ledger> ledger = tenor::Ledger::Create(*small);
  TENOR_REQUIRE_OK(ledger);
  const tenor::Ledger before = *ledger;
  TENOR_REQUIRE_FAILS(
      ledger->RecordPayment("P1", Money::FromMinorUnits(kMax, kGbp), day),
      StatusCode::kOutOfRange, "");
  REQUIRE(*ledger == before);
  // Checkout: the cart plus the balance can pass int64; the credit limit
  // check must not overflow (exceeds_credit_limit, not undefined behaviour).
  const tenor::CreditSwitchHistory history;
  const absl::Time at = absl::FromUnixSeconds(1'773'136'800);  // 2026-03-10
  const std::vector<tenor::CreditAssessment> assessments{
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       Money::FromMinorUnits(kMax, kGbp), at - absl::Hours(1)}};
  const absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
      history, assessments, Money::FromMinorUnits(kMax, kGbp),
      tenor::ExampleCatalog(),
      tenor::Cart{Money::FromMinorUnits(kMax, kGbp), absl::CivilDay(2026, 3, 10),
                  std::nullopt},
      at);
  TENOR_REQUIRE_OK(d);
  for (const tenor::ProductDecision& p : d->products()) {
    REQUIRE_FALSE(p.offered());
    REQUIRE(p.reasons.Has(tenor::RefusalReason::kExceedsCreditLimit));
  }
}

TEST_CASE("boundaries: rates at 0 and 1000 %, terms 6 and 36",
          "[boundaries][s2][s4.3][s5]") {
  REQUIRE(tenor::Rate::Parse("0")->is_zero());
  REQUIRE(tenor::Rate::Parse("1000")->micro_percent() == tenor::Rate::kMaxMicroPercent);
  REQUIRE(tenor::Rate::Parse("1000.000000")->micro_percent() ==
          tenor::Rate::kMaxMicroPercent);
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("1000.000001"), StatusCode::kOutOfRange,
                      "above the maximum");
  TENOR_REQUIRE_FAILS(tenor::Rate::FromMicroPercent(tenor::Rate::kMaxMicroPercent + 1),
                      StatusCode::kOutOfRange, "above the maximum");
  const absl::CivilDay day(2026, 1, 31);
  for (const tenor::Currency c : {kJpy, kGbp, kKwd}) {
    for (const char* rate : {"0", "1000"}) {
      for (const int term : {6, 36}) {
        INFO(c << " " << rate << " % over " << term);
        for (const int64_t p : {int64_t{36}, int64_t{100'000}, int64_t{1'000'000'000}}) {
          const absl::StatusOr<Schedule> s = tenor::PreviewFinancing(
              AllTerms(*tenor::Rate::Parse(rate)), Money::FromMinorUnits(p, c), term,
              day);
          RequireStatusOrValid(s);
          if (s.ok()) {
            REQUIRE(s->instalments().size() == static_cast<size_t>(term));
            REQUIRE(s->last_instalment().due_date == *tenor::AddMonths(day, term));
            if (*rate == '0') REQUIRE(s->apr().scaled == 0);
            if (*rate != '0') REQUIRE(s->apr().scaled > 0);
          }
        }
        // A level payment exists at both rates for a large enough amount.
        TENOR_REQUIRE_OK(tenor::LevelPayment(Money::FromMinorUnits(1'000'000, c),
                                             *tenor::Rate::Parse(rate), term));
      }
    }
  }
  // Terms just outside 6..36 are refused, naming the term.
  for (const int term : {5, 37}) {
    tenor::Financing f;
    f.offered_terms = {term};
    TENOR_REQUIRE_FAILS(f.Validate(), StatusCode::kInvalidArgument, "");
    TENOR_REQUIRE_FAILS(
        tenor::PreviewFinancing(AllTerms(tenor::Rate::Zero()),
                                Money::FromMinorUnits(100'000, kGbp), term, day),
        StatusCode::kInvalidArgument, "");
  }
}

TEST_CASE("boundaries: dates at the ends of 0001-01-01..9999-12-31",
          "[boundaries][s3]") {
  const absl::CivilDay first = tenor::kMinSupportedDate;
  const absl::CivilDay last = tenor::kMaxSupportedDate;
  REQUIRE(tenor::IsSupportedDate(first));
  REQUIRE(tenor::IsSupportedDate(last));
  REQUIRE_FALSE(tenor::IsSupportedDate(first - 1));
  REQUIRE_FALSE(tenor::IsSupportedDate(last + 1));
  REQUIRE_FALSE(tenor::IsSupportedDate(absl::CivilDay(2'000'000'000, 1, 1)));
  REQUIRE(*tenor::ParseDate("0001-01-01") == first);
  REQUIRE(*tenor::ParseDate("9999-12-31") == last);
  TENOR_REQUIRE_FAILS(tenor::ParseDate("0000-12-31"), StatusCode::kOutOfRange, "");
  REQUIRE_FALSE(tenor::ParseDate("10000-01-01").ok());
  TENOR_REQUIRE_FAILS(tenor::AddMonths(last, 1), StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(first, -1), StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddDays(last, 1), StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddDays(first, -1), StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddMonths(absl::CivilDay(2026, 1, 31),
                                       std::numeric_limits<int>::max()),
                      StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::AddDays(absl::CivilDay(2026, 1, 31),
                                     std::numeric_limits<int>::min()),
                      StatusCode::kOutOfRange, "");
  REQUIRE(*tenor::AddMonths(absl::CivilDay(9999, 10, 31), 2) == last);

  // Schedules whose last due date is the last supported day, and one past.
  const Money amount = Money::FromMinorUnits(100'000, kGbp);
  const absl::StatusOr<Schedule> fits = tenor::PreviewFinancing(
      AllTerms(*tenor::Rate::Parse("12")), amount, 36, absl::CivilDay(9996, 12, 31));
  RequireStatusOrValid(fits);
  TENOR_REQUIRE_OK(fits);
  REQUIRE(fits->last_instalment().due_date == last);
  TENOR_REQUIRE_FAILS(
      tenor::PreviewFinancing(AllTerms(*tenor::Rate::Parse("12")), amount, 36,
                              absl::CivilDay(9997, 1, 1)),
      StatusCode::kOutOfRange, "");
  TENOR_REQUIRE_FAILS(tenor::PreviewPayIn30Days(tenor::PayIn30Days{}, amount, last),
                      StatusCode::kOutOfRange, "");
  RequireStatusOrValid(tenor::PreviewPayInN(tenor::PayInN{}, amount, first));
  TENOR_REQUIRE_FAILS(tenor::PreviewPayInN(tenor::PayInN{}, amount, first - 1),
                      StatusCode::kOutOfRange, "");
  // APR flows at the ends of the range.
  const std::vector<tenor::DatedFlow> advance{{amount, first}};
  const std::vector<tenor::DatedFlow> repayment{
      {Money::FromMinorUnits(100'001, kGbp), last}};
  const absl::StatusOr<tenor::Apr> apr =
      tenor::ComputeApr(advance, repayment, tenor::TimeBasis::kDays365, 6);
  TENOR_REQUIRE_OK(apr);
  REQUIRE(apr->scaled >= 0);
  const std::vector<tenor::DatedFlow> beyond{
      {Money::FromMinorUnits(100'001, kGbp), last + 1}};
  TENOR_REQUIRE_FAILS(
      tenor::ComputeApr(advance, beyond, tenor::TimeBasis::kDays365),
      StatusCode::kOutOfRange, "repayments[0]");
  // Switch instants: the last accepted second, and the first refused one.
  tenor::CreditSwitchHistory history;
  TENOR_REQUIRE_FAILS(history.RequestOff(tenor::kMaxSwitchInstant,
                                         tenor::Channel::kSelfService, "c"),
                      StatusCode::kInvalidArgument, "");
  TENOR_REQUIRE_FAILS(history.RequestOff(absl::InfiniteFuture(),
                                         tenor::Channel::kSelfService, "c"),
                      StatusCode::kInvalidArgument, "");
  TENOR_REQUIRE_OK(history.RequestOff(tenor::kMinSwitchInstant,
                                      tenor::Channel::kSelfService, "c"));
  TENOR_REQUIRE_OK(history.RequestOn(tenor::kMaxSwitchInstant - absl::Seconds(1),
                                     tenor::Channel::kCustomerService, "agent"));
  REQUIRE(history.IsCreditOn(tenor::kMaxSwitchInstant - absl::Seconds(1)));
  REQUIRE_FALSE(history.IsCreditOn(tenor::kMinSwitchInstant));
  // A ledger paid on the last supported day, read as of it.
  const absl::StatusOr<Schedule> late = tenor::PreviewPayInN(
      tenor::PayInN{}, amount, absl::CivilDay(9999, 10, 1));
  TENOR_REQUIRE_OK(late);
  absl::StatusOr<tenor::Ledger> ledger = tenor::Ledger::Create(*late);
  TENOR_REQUIRE_OK(ledger);
  TENOR_REQUIRE_OK(ledger->RecordPayment("P", amount, last));
  TENOR_REQUIRE_FAILS(ledger->RecordPayment("Q", amount, last + 1),
                      StatusCode::kInvalidArgument, "");
  REQUIRE(tenor_test::LedgerInvariantViolation(*ledger, last).empty());
  REQUIRE(ledger->StatementAsOf(last).arrears.state == tenor::ArrearsState::kSettled);
}

TEST_CASE("boundaries: very long switch histories and ledgers",
          "[boundaries][s6][s8]") {
  // 100,000 switch events, alternating off and on one minute apart.
  tenor::CreditSwitchHistory history;
  const absl::Time origin = absl::FromUnixSeconds(1'767'225'600);  // 2026-01-01
  constexpr int kEvents = 100'000;
  for (int i = 0; i < kEvents; ++i) {
    const absl::Time t = origin + absl::Minutes(i);
    if (i % 2 == 0) {
      REQUIRE(history.RequestOff(t, tenor::Channel::kSelfService, "c").ok());
    } else {
      REQUIRE(history.RequestOn(t, tenor::Channel::kCustomerService, "a").ok());
    }
  }
  REQUIRE(history.events().size() == static_cast<size_t>(kEvents));
  for (const int i : {0, 1, 2, 4'999, 50'000, 77'777, kEvents - 2, kEvents - 1}) {
    INFO("event " << i);
    REQUIRE(history.IsCreditOn(origin + absl::Minutes(i) + absl::Seconds(30)) ==
            (i % 2 == 1));
  }
  REQUIRE(history.IsCreditOn(origin - absl::Seconds(1)));
  const absl::StatusOr<tenor::CreditSwitchHistory> reloaded =
      tenor::CreditSwitchHistory::FromEvents(history.events());
  TENOR_REQUIRE_OK(reloaded);
  REQUIRE(*reloaded == history);
  // A refused request at the end of the long history changes nothing.
  const tenor::CreditSwitchHistory before = history;
  REQUIRE_FALSE(history.RequestOff(origin, tenor::Channel::kSelfService, "c").ok());
  REQUIRE(history == before);

  // A ledger with 3,000 transactions: 2,000 one-unit payments, 500 of them
  // reversed, 500 fees; the invariants and the replay hold at the end.
  const absl::StatusOr<Schedule> s = tenor::PreviewPayInN(
      tenor::PayInN{}, Money::FromMinorUnits(3'000, kGbp), absl::CivilDay(2026, 1, 1));
  TENOR_REQUIRE_OK(s);
  absl::StatusOr<tenor::Ledger> ledger = tenor::Ledger::Create(*s);
  TENOR_REQUIRE_OK(ledger);
  const absl::CivilDay d0(2026, 1, 1);
  for (int i = 0; i < 2'000; ++i) {
    REQUIRE(ledger->RecordPayment("P" + std::to_string(i),
                                  Money::FromMinorUnits(1, kGbp), d0 + i % 90)
                .ok());
  }
  for (int i = 0; i < 500; ++i) {
    REQUIRE(ledger->RecordReversal("P" + std::to_string(i * 4), d0 + 100).ok());
    REQUIRE(ledger->RecordFee("F" + std::to_string(i), Money::FromMinorUnits(1, kGbp),
                              d0 + i % 120)
                .ok());
  }
  REQUIRE(ledger->transactions().size() == 3'000);
  for (const absl::CivilDay as_of : {d0 + 30, d0 + 95, d0 + 400}) {
    const std::string violation = tenor_test::LedgerInvariantViolation(*ledger, as_of);
    INFO(violation);
    REQUIRE(violation.empty());
  }
  const tenor::Statement end = ledger->StatementAsOf(d0 + 400);
  REQUIRE(end.totals.payments_received == 2'000);
  REQUIRE(end.totals.payments_reversed == 500);
  REQUIRE(end.totals.fees == 500);
}

TEST_CASE("boundaries: an empty catalog offers Pay now only, credit on or off",
          "[boundaries][s7]") {
  const absl::StatusOr<tenor::Catalog> empty = tenor::Catalog::Create({});
  TENOR_REQUIRE_OK(empty);
  REQUIRE(empty->empty());
  REQUIRE(empty->products().empty());
  REQUIRE(empty->Find("pay_in_3") == nullptr);
  REQUIRE(empty->Find("") == nullptr);
  const absl::Time at = absl::FromUnixSeconds(1'773'136'800);
  tenor::CreditSwitchHistory history;
  const tenor::Cart cart{Money::FromMinorUnits(45'000, kGbp),
                         absl::CivilDay(2026, 3, 10), std::nullopt};
  for (const bool off : {false, true}) {
    if (off) {
      TENOR_REQUIRE_OK(history.RequestOff(at - absl::Minutes(1),
                                          tenor::Channel::kSelfService, "c"));
    }
    const absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
        history, {}, Money::Zero(kGbp), *empty, cart, at);
    TENOR_REQUIRE_OK(d);
    REQUIRE(d->pay_now_offered());
    REQUIRE(d->products().empty());
    REQUIRE(d->credit_opted_out() == off);
    REQUIRE(d->Find("anything") == nullptr);
  }
}

}  // namespace
