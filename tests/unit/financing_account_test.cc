// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The financing account (§4.4): the worked example first (two plans sharing
// a due day, one payment spread over them), then each rule (due days and
// their edges, the plan schedule, the credit switch at opening and at every
// purchase, the limit, wind-down, duplicates, out-of-order payments), then a
// property over 2,000 generated accounts.

#include "tenor/ledger/financing_account.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"

#include "tenor/calendar/calendar.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/ledger/ledger.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/products/financing.h"
#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/schedule.h"
#include "tenor_catch.h"

namespace {

using absl::CivilDay;
using absl::StatusCode;
using tenor::AccountPaymentResult;
using tenor::AccountPurchase;
using tenor::AccountStatement;
using tenor::CreditSwitchHistory;
using tenor::FinancingAccount;
using tenor::FinancingAccountProduct;
using tenor::FinancingAccountTerms;
using tenor::Money;
using tenor::Rate;
using tenor::Schedule;

const tenor::Currency kGbp = *tenor::Currency::FromCode("GBP");

Money Gbp(const char* text) { return *Money::Parse(text, kGbp); }
Money Minor(int64_t units) { return Money::FromMinorUnits(units, kGbp); }

absl::Time At(int y, int mo, int d, int h = 12) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, 0, 0),
                         absl::UTCTimeZone());
}

FinancingAccountTerms Terms(const char* limit = "2000.00",
                            const char* rate = "19.9", int due_day = 5) {
  return FinancingAccountTerms{Gbp(limit), *Rate::Parse(rate), due_day};
}

FinancingAccount OpenAccount(const FinancingAccountTerms& terms = Terms(),
                             const CreditSwitchHistory& history = {},
                             const FinancingAccountProduct& product = {}) {
  absl::StatusOr<FinancingAccount> a =
      FinancingAccount::Open(product, terms, history, At(2026, 3, 1));
  INFO(a.status().ToString());
  REQUIRE(a.ok());
  return *std::move(a);
}

AccountPurchase Purchase(const char* id, const char* amount, CivilDay shipped,
                         int term) {
  return AccountPurchase{id, Gbp(amount), shipped, std::nullopt, term};
}

void Buy(FinancingAccount& account, const AccountPurchase& purchase,
         const CreditSwitchHistory& history = {},
         absl::Time at = absl::InfinitePast(),
         const FinancingAccountProduct& product = {}) {
  if (at == absl::InfinitePast()) {
    at = absl::FromCivil(absl::CivilSecond(purchase.purchase_date),
                         absl::UTCTimeZone());
  }
  absl::StatusOr<tenor::PurchaseResult> r =
      account.AddPurchase(product, purchase, history, at);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
}

AccountPaymentResult Pay(FinancingAccount& account, const std::string& id,
                         Money amount, CivilDay day) {
  absl::StatusOr<AccountPaymentResult> r =
      account.RecordPayment(id, amount, day);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return *std::move(r);
}

CreditSwitchHistory OffAt(absl::Time t) {
  CreditSwitchHistory h;
  REQUIRE(h.RequestOff(t, tenor::Channel::kSelfService, "customer-1").ok());
  return h;
}

std::vector<tenor::Instalment> Rows(const Schedule& s) {
  return std::vector<tenor::Instalment>(s.instalments().begin(),
                                        s.instalments().end());
}

// The §8 invariant over the whole account.
void CheckNothingLost(const FinancingAccount& account, CivilDay as_of) {
  const AccountStatement s = account.StatementAsOf(as_of);
  CHECK(s.payments_received.minor_units() ==
        s.allocated.minor_units() + s.credit_balance.minor_units());
}

// ---------------------------------------------------------------------------

TEST_CASE(
    "§4.4 example: two plans share the due day; the amount due is the "
    "sum of their instalments and one payment is spread oldest first, "
    "then in plan order",
    "[account][s4.4]") {
  FinancingAccount account = OpenAccount();  // 2000.00, 19.9 %, due day 5
  // 450.00 shipped 2026-03-10 over 12 months: AddMonths = 2026-04-10, past
  // the 5th, so the first instalment is due 2026-05-05.
  Buy(account, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12));
  // 300.00 shipped 2026-04-02 over 6 months: AddMonths = 2026-05-02, so
  // 2026-05-05 again.
  Buy(account, Purchase("order-2", "300.00", CivilDay(2026, 4, 2), 6));
  REQUIRE(account.plans().size() == 2);
  const Schedule& a = account.plans()[0].schedule();
  const Schedule& b = account.plans()[1].schedule();
  CHECK(a.first_instalment().due_date == CivilDay(2026, 5, 5));
  CHECK(a.last_instalment().due_date == CivilDay(2027, 4, 5));
  CHECK(b.first_instalment().due_date == CivilDay(2026, 5, 5));
  CHECK(a.first_instalment().amount == 4166);  // 41.66, interest 7.46
  CHECK(a.first_instalment().interest == 746);
  CHECK(a.last_instalment().amount == 4172);
  CHECK(b.first_instalment().amount == 5294);
  CHECK(b.last_instalment().amount == 5295);

  CHECK(account.AmountDueOn(CivilDay(2026, 5, 5)) == Gbp("94.60"));
  CHECK(account.AmountDueOn(CivilDay(2026, 10, 5)) == Gbp("94.61"));
  CHECK(account.AmountDueOn(CivilDay(2026, 11, 5)) == Gbp("41.66"));
  CHECK(account.AmountDueOn(CivilDay(2027, 4, 5)) == Gbp("41.72"));
  CHECK(account.AmountDueOn(CivilDay(2026, 5, 6)) == Gbp("0.00"));

  // 60.00 on the due day: both instalments are equally old, so plan order.
  AccountPaymentResult r =
      Pay(account, "DD-1", Gbp("60.00"), CivilDay(2026, 5, 5));
  REQUIRE(r.shares.size() == 2);
  CHECK(r.shares[0].plan_index == 0);
  CHECK(r.shares[0].amount == Gbp("41.66"));
  CHECK(r.shares[1].plan_index == 1);
  CHECK(r.shares[1].amount == Gbp("18.34"));
  CHECK(r.to_credit_balance == Gbp("0.00"));
  // 34.26 more pays the rest of the 5th, and 41.66 + 10.00 goes to June:
  // plan 1's instalment, then plan 2's.
  r = Pay(account, "DD-2", Gbp("86.26"), CivilDay(2026, 5, 20));
  REQUIRE(r.shares.size() == 2);
  CHECK(r.shares[0].amount == Gbp("41.66"));
  CHECK(r.shares[1].amount == Gbp("44.60"));
  const AccountStatement s = account.StatementAsOf(CivilDay(2026, 6, 1));
  CHECK(s.plans[0].instalments[0].status == tenor::InstalmentStatus::kPaid);
  CHECK(s.plans[1].instalments[0].status == tenor::InstalmentStatus::kPaid);
  CHECK(s.plans[0].instalments[1].status == tenor::InstalmentStatus::kPaid);
  CHECK(s.plans[1].instalments[1].outstanding == 5294 - 1000);
  CHECK(s.payments_received == Gbp("146.26"));
  CHECK(s.allocated == Gbp("146.26"));
  CheckNothingLost(account, CivilDay(2026, 6, 1));
}

TEST_CASE(
    "plans: the first instalment is due on the first due day on or "
    "after AddMonths(shipment date, 1); edges at month ends, the 28th "
    "and February",
    "[account][s4.4]") {
  const Rate rate = *Rate::Parse("12");
  struct Case {
    CivilDay shipped;
    int due_day;
    CivilDay first;
    CivilDay second;
  };
  const Case cases[] = {
      // AddMonths lands on the due day itself.
      {CivilDay(2026, 3, 5), 5, CivilDay(2026, 4, 5), CivilDay(2026, 5, 5)},
      // Before the due day: the same month.
      {CivilDay(2026, 3, 3), 5, CivilDay(2026, 4, 5), CivilDay(2026, 5, 5)},
      // After it: the next month.
      {CivilDay(2026, 3, 6), 5, CivilDay(2026, 5, 5), CivilDay(2026, 6, 5)},
      // Due day 28, shipped on the 31st: 2026-02-28 is AddMonths(01-31, 1).
      {CivilDay(2026, 1, 31), 28, CivilDay(2026, 2, 28), CivilDay(2026, 3, 28)},
      // Shipped 03-31: AddMonths is 04-30, past the 28th: 2026-05-28.
      {CivilDay(2026, 3, 31), 28, CivilDay(2026, 5, 28), CivilDay(2026, 6, 28)},
      // Leap year: AddMonths(2028-01-31, 1) is 02-29, past the 28th.
      {CivilDay(2028, 1, 31), 28, CivilDay(2028, 3, 28), CivilDay(2028, 4, 28)},
      {CivilDay(2028, 1, 28), 28, CivilDay(2028, 2, 28), CivilDay(2028, 3, 28)},
      // Due day 1 after a month end: 2026-02-28 is past the 1st.
      {CivilDay(2026, 1, 31), 1, CivilDay(2026, 3, 1), CivilDay(2026, 4, 1)},
      // December into January.
      {CivilDay(2026, 11, 20), 10, CivilDay(2027, 1, 10),
       CivilDay(2027, 2, 10)},
      {CivilDay(2026, 12, 31), 28, CivilDay(2027, 2, 28),
       CivilDay(2027, 3, 28)},
  };
  for (const Case& c : cases) {
    INFO("shipped " << tenor::FormatDate(c.shipped) << " due day "
                    << c.due_day);
    const absl::StatusOr<Schedule> s = tenor::BuildAccountPlanSchedule(
        Gbp("600.00"), rate, 6, c.due_day, c.shipped);
    TENOR_REQUIRE_OK(s);
    CHECK(s->instalments()[0].due_date == c.first);
    CHECK(s->instalments()[1].due_date == c.second);
    for (const tenor::Instalment& row : s->instalments()) {
      CHECK(row.due_date.day() == c.due_day);
    }
    CHECK(s->anchor_date() == c.shipped);
    CHECK(s->first_instalment().due_date >= *tenor::AddMonths(c.shipped, 1));
  }
}

TEST_CASE(
    "plans: rows are §4.3's; a longer first period still pays "
    "B * i, and the same due day as the shipment gives the §4.3 "
    "schedule exactly",
    "[account][s4.4][s4.3]") {
  tenor::Financing product;
  product.rate = *Rate::Parse("12");
  const absl::StatusOr<Schedule> financing = tenor::BuildFinancingSchedule(
      product, Gbp("1000.00"), 6, CivilDay(2026, 1, 15));
  TENOR_REQUIRE_OK(financing);
  const absl::StatusOr<Schedule> plan = tenor::BuildAccountPlanSchedule(
      Gbp("1000.00"), product.rate, 6, 15, CivilDay(2026, 1, 15));
  TENOR_REQUIRE_OK(plan);
  CHECK(*plan == *financing);  // the §4.3 example, 172.55 x 5 + 172.53
  CHECK(plan->apr().ToString() == "12.7");

  // Shipped 2026-01-16, due day 15: the first period runs to 2026-03-15
  // (58 days). Same rows, same interest (10.00 on the first), later dates;
  // the APR, on the calendar basis, is lower.
  const absl::StatusOr<Schedule> longer = tenor::BuildAccountPlanSchedule(
      Gbp("1000.00"), product.rate, 6, 15, CivilDay(2026, 1, 16));
  TENOR_REQUIRE_OK(longer);
  CHECK(longer->first_instalment().due_date == CivilDay(2026, 3, 15));
  CHECK(longer->first_instalment().interest == 1000);
  for (size_t k = 0; k < 6; ++k) {
    CHECK(longer->instalments()[k].amount ==
          financing->instalments()[k].amount);
    CHECK(longer->instalments()[k].interest ==
          financing->instalments()[k].interest);
  }
  CHECK(longer->total_interest() == Gbp("35.28"));
  CHECK(longer->apr().ToString() == "9.7");

  // Interest-free plans split exactly, remainder first.
  const absl::StatusOr<Schedule> free = tenor::BuildAccountPlanSchedule(
      Gbp("100.00"), Rate::Zero(), 6, 1, CivilDay(2026, 1, 16));
  TENOR_REQUIRE_OK(free);
  CHECK(free->instalments()[0].amount == 1667);
  CHECK(free->instalments()[5].amount == 1666);
  CHECK(free->apr().ToString() == "0.0");

  // Bad input names the field.
  TENOR_REQUIRE_FAILS(
      tenor::BuildAccountPlanSchedule(Gbp("100.00"), product.rate, 6, 29,
                                      CivilDay(2026, 1, 16)),
      StatusCode::kInvalidArgument, "due_day 29");
  TENOR_REQUIRE_FAILS(
      tenor::BuildAccountPlanSchedule(Gbp("100.00"), product.rate, 0, 1,
                                      CivilDay(2026, 1, 16)),
      StatusCode::kInvalidArgument, "term_months 0");
  TENOR_REQUIRE_FAILS(
      tenor::BuildAccountPlanSchedule(Gbp("0.05"), product.rate, 36, 1,
                                      CivilDay(2026, 1, 16)),
      StatusCode::kOutOfRange, "too small");
  TENOR_REQUIRE_FAILS(
      tenor::BuildAccountPlanSchedule(Gbp("-1.00"), product.rate, 6, 1,
                                      CivilDay(2026, 1, 16)),
      StatusCode::kInvalidArgument, "must be positive");
}

TEST_CASE(
    "opening an account is credit: refused while the credit switch is "
    "off",
    "[account][s4.4][s6]") {
  const FinancingAccountProduct product;
  const absl::Time at = At(2026, 3, 1);
  // Off at the instant.
  TENOR_REQUIRE_FAILS(
      FinancingAccount::Open(product, Terms(), OffAt(At(2026, 2, 1)), at),
      StatusCode::kFailedPrecondition, "switched off at 2026-03-01");
  // On at the instant, but a switch-off is already recorded after it.
  TENOR_REQUIRE_FAILS(
      FinancingAccount::Open(product, Terms(), OffAt(At(2026, 4, 1)), at),
      StatusCode::kFailedPrecondition, "switched credit off at 2026-04-01");
  // Switched off and back on before the instant: allowed.
  CreditSwitchHistory back_on = OffAt(At(2026, 1, 1));
  REQUIRE(back_on
              .RequestOn(At(2026, 2, 1), tenor::Channel::kCustomerService,
                         "agent-7")
              .ok());
  TENOR_REQUIRE_OK(FinancingAccount::Open(product, Terms(), back_on, at));
  // A switch-on still waiting for its re-enable delay: off at the instant.
  tenor::CreditSwitchPolicy policy;
  policy.re_enable_delay = absl::Hours(72);
  CreditSwitchHistory pending = *CreditSwitchHistory::Create(policy);
  REQUIRE(pending.RequestOff(At(2026, 2, 27), tenor::Channel::kSelfService, "c")
              .ok());
  REQUIRE(pending
              .RequestOn(At(2026, 2, 28), tenor::Channel::kCustomerService,
                         "agent-7")
              .ok());
  TENOR_REQUIRE_FAILS(FinancingAccount::Open(product, Terms(), pending, at),
                      StatusCode::kFailedPrecondition, "switched off");
  TENOR_REQUIRE_OK(
      FinancingAccount::Open(product, Terms(), pending, At(2026, 3, 3, 13)));
  // Bad terms.
  TENOR_REQUIRE_FAILS(FinancingAccount::Open(product, Terms("0.00"), {}, at),
                      StatusCode::kInvalidArgument, "credit_limit");
  TENOR_REQUIRE_FAILS(
      FinancingAccount::Open(product, Terms("100.00", "10", 29), {}, at),
      StatusCode::kInvalidArgument, "due_day: 29");
  TENOR_REQUIRE_FAILS(
      FinancingAccount::Open(product, Terms(), {}, absl::InfiniteFuture()),
      StatusCode::kInvalidArgument, "at:");
}

TEST_CASE(
    "a purchase is credit: refused while the switch is off, and "
    "nothing is created",
    "[account][s4.4][s6]") {
  CreditSwitchHistory history;
  FinancingAccount account = OpenAccount(Terms(), history);
  Buy(account, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12),
      history, At(2026, 3, 10));
  const std::vector<tenor::Instalment> before =
      Rows(account.plans()[0].schedule());

  REQUIRE(history
              .RequestOff(At(2026, 3, 15), tenor::Channel::kSelfService,
                          "customer-1")
              .ok());
  const FinancingAccountProduct product;
  // Off at the purchase instant.
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          product, Purchase("order-2", "100.00", CivilDay(2026, 3, 20), 6),
          history, At(2026, 3, 20)),
      StatusCode::kFailedPrecondition, "switched off at 2026-03-20");
  // Dated before the known switch-off: still refused.
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          product, Purchase("order-2", "100.00", CivilDay(2026, 3, 12), 6),
          history, At(2026, 3, 12)),
      StatusCode::kFailedPrecondition, "switched credit off at 2026-03-15");
  CHECK(account.plans().size() == 1);

  // Existing plans carry on: payments are accepted, schedules unchanged.
  const AccountPaymentResult r =
      Pay(account, "DD-1", Gbp("41.66"), CivilDay(2026, 5, 5));
  CHECK(r.shares.size() == 1);
  CHECK(Rows(account.plans()[0].schedule()) == before);
  const AccountStatement s = account.StatementAsOf(CivilDay(2026, 5, 5));
  CHECK(s.plans[0].instalments[0].status == tenor::InstalmentStatus::kPaid);
  CHECK(account.AmountDueOn(CivilDay(2026, 6, 5)) == Gbp("41.66"));

  // Switched back on by an agent: purchases resume.
  REQUIRE(history
              .RequestOn(At(2026, 6, 1), tenor::Channel::kCustomerService,
                         "agent-7")
              .ok());
  Buy(account, Purchase("order-2", "100.00", CivilDay(2026, 6, 2), 6), history,
      At(2026, 6, 2));
  CHECK(account.plans().size() == 2);
}

TEST_CASE(
    "a purchase needs the customer's current history: another "
    "customer's, or an older copy, is refused",
    "[account][s4.4][s6]") {
  CreditSwitchHistory history = OffAt(At(2026, 1, 1));
  REQUIRE(history
              .RequestOn(At(2026, 1, 2), tenor::Channel::kCustomerService,
                         "agent-7")
              .ok());
  FinancingAccount account = OpenAccount(Terms(), history);
  const FinancingAccountProduct product;
  // A fresh, empty history (no events) does not extend the one seen.
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          product, Purchase("order-1", "100.00", CivilDay(2026, 3, 10), 6),
          CreditSwitchHistory{}, At(2026, 3, 10)),
      StatusCode::kInvalidArgument, "does not extend");
  // Another customer's history with as many events.
  CreditSwitchHistory other = OffAt(At(2026, 1, 1));
  REQUIRE(other
              .RequestOn(At(2026, 1, 2), tenor::Channel::kCustomerService,
                         "agent-8")
              .ok());
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          product, Purchase("order-1", "100.00", CivilDay(2026, 3, 10), 6),
          other, At(2026, 3, 10)),
      StatusCode::kInvalidArgument, "does not extend");
  // Purchases come in instant order, none before the opening.
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          product, Purchase("order-1", "100.00", CivilDay(2026, 2, 10), 6),
          history, At(2026, 2, 10)),
      StatusCode::kInvalidArgument, "before the account's last credit check");
  CHECK(account.plans().empty());
  Buy(account, Purchase("order-1", "100.00", CivilDay(2026, 3, 10), 6), history,
      At(2026, 3, 10));
}

TEST_CASE(
    "the limit: a purchase taking the outstanding principal above it "
    "is refused (OutOfRange); exactly at it is allowed",
    "[account][s4.4]") {
  FinancingAccount account = OpenAccount(Terms("1000.00"));
  Buy(account, Purchase("order-1", "600.00", CivilDay(2026, 3, 10), 6));
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          {}, Purchase("order-2", "400.01", CivilDay(2026, 3, 11), 6), {},
          At(2026, 3, 11)),
      StatusCode::kOutOfRange,
      "would take the outstanding principal to GBP 1000.01, above the "
      "credit limit GBP 1000.00");
  CHECK(account.plans().size() == 1);
  Buy(account, Purchase("order-2", "400.00", CivilDay(2026, 3, 11), 6));
  CHECK(account.StatementAsOf(CivilDay(2026, 3, 11)).outstanding_principal ==
        Gbp("1000.00"));
  TENOR_REQUIRE_FAILS(
      account.AddPurchase({},
                          Purchase("order-3", "0.01", CivilDay(2026, 3, 12), 6),
                          {}, At(2026, 3, 12)),
      StatusCode::kOutOfRange, "above the credit limit");
  // Paying frees the principal repaid (interest does not count).
  const Money due = account.AmountDueOn(CivilDay(2026, 5, 5));
  Pay(account, "DD-1", due, CivilDay(2026, 5, 5));
  const AccountStatement s = account.StatementAsOf(CivilDay(2026, 5, 5));
  int64_t repaid_principal = 0;
  for (const tenor::Statement& plan : s.plans) {
    repaid_principal += plan.instalments[0].paid_principal;
  }
  CHECK(s.outstanding_principal.minor_units() == 100000 - repaid_principal);
  const Money room = Minor(repaid_principal);
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          {},
          AccountPurchase{"order-3", Minor(repaid_principal + 1),
                          CivilDay(2026, 5, 6), std::nullopt, 6},
          {}, At(2026, 5, 6)),
      StatusCode::kOutOfRange, "above the credit limit");
  Buy(account,
      AccountPurchase{"order-3", room, CivilDay(2026, 5, 6), std::nullopt, 6});
  // A payment dated after the purchase date does not count for it.
  CHECK(account.plans().size() == 3);
}

TEST_CASE(
    "wind-down: a closed account or product takes no purchase; plans "
    "run on and payments are accepted",
    "[account][s4.4]") {
  FinancingAccount account = OpenAccount();
  Buy(account, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12));
  const std::vector<tenor::Instalment> before =
      Rows(account.plans()[0].schedule());

  SECTION("the account") {
    account.CloseToNewPurchases();
    CHECK_FALSE(account.open_to_new_purchases());
    TENOR_REQUIRE_FAILS(
        account.AddPurchase(
            {}, Purchase("order-2", "10.00", CivilDay(2026, 3, 20), 6), {},
            At(2026, 3, 20)),
        StatusCode::kFailedPrecondition, "the account is closed");
  }
  SECTION("the whole product") {
    FinancingAccountProduct closed;
    closed.open_to_new_purchases = false;
    TENOR_REQUIRE_FAILS(
        account.AddPurchase(
            closed, Purchase("order-2", "10.00", CivilDay(2026, 3, 20), 6), {},
            At(2026, 3, 20)),
        StatusCode::kFailedPrecondition, "the product is closed");
    TENOR_REQUIRE_FAILS(
        FinancingAccount::Open(closed, Terms(), {}, At(2026, 3, 20)),
        StatusCode::kFailedPrecondition, "no account can be opened");
  }
  CHECK(account.plans().size() == 1);
  // Plans run to the end: every instalment paid on its due date.
  int n = 0;
  for (const tenor::Instalment& row : before) {
    Pay(account, "DD-" + std::to_string(++n), Minor(row.amount), row.due_date);
  }
  CHECK(Rows(account.plans()[0].schedule()) == before);
  const AccountStatement s = account.StatementAsOf(CivilDay(2027, 4, 5));
  CHECK(s.plans[0].arrears.state == tenor::ArrearsState::kSettled);
  CHECK(s.outstanding == Gbp("0.00"));
  CheckNothingLost(account, CivilDay(2027, 4, 5));
}

TEST_CASE(
    "payments: money beyond everything owed is the account's credit "
    "balance, kept and shown",
    "[account][s4.4][s8]") {
  FinancingAccount account = OpenAccount();
  // Before any plan: all of it is credit balance.
  AccountPaymentResult r =
      Pay(account, "early", Gbp("5.00"), CivilDay(2026, 3, 2));
  CHECK(r.shares.empty());
  CHECK(r.to_credit_balance == Gbp("5.00"));
  Buy(account, Purchase("order-1", "100.00", CivilDay(2026, 3, 10), 6));
  r = Pay(account, "big", Gbp("150.00"), CivilDay(2026, 4, 1));
  REQUIRE(r.shares.size() == 1);
  const Money payable = account.plans()[0].schedule().total_payable();
  CHECK(r.shares[0].amount == payable);
  CHECK(r.to_credit_balance.minor_units() == 15000 - payable.minor_units());
  const AccountStatement s = account.StatementAsOf(CivilDay(2026, 4, 1));
  CHECK(s.credit_balance.minor_units() == 15500 - payable.minor_units());
  CHECK(s.outstanding == Gbp("0.00"));
  CHECK(s.plans[0].arrears.state == tenor::ArrearsState::kSettled);
  CheckNothingLost(account, CivilDay(2026, 4, 1));
  // As of before the payments, nothing.
  CHECK(account.StatementAsOf(CivilDay(2026, 3, 1)).payments_received ==
        Gbp("0.00"));
}

TEST_CASE(
    "duplicates: the same purchase or payment again changes nothing; "
    "the same id with other content is AlreadyExists",
    "[account][s4.4][s8]") {
  FinancingAccount account = OpenAccount();
  Buy(account, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12));
  absl::StatusOr<tenor::PurchaseResult> again = account.AddPurchase(
      {}, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12), {},
      At(2026, 3, 11));
  TENOR_REQUIRE_OK(again);
  CHECK(again->duplicate);
  CHECK(again->plan_index == 0);
  CHECK(account.plans().size() == 1);
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(
          {}, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 6), {},
          At(2026, 3, 11)),
      StatusCode::kAlreadyExists, "order-1");
  Pay(account, "DD-1", Gbp("41.66"), CivilDay(2026, 5, 5));
  absl::StatusOr<AccountPaymentResult> dup =
      account.RecordPayment("DD-1", Gbp("41.66"), CivilDay(2026, 5, 5));
  TENOR_REQUIRE_OK(dup);
  CHECK(dup->duplicate);
  CHECK(account.payments().size() == 1);
  TENOR_REQUIRE_FAILS(
      account.RecordPayment("DD-1", Gbp("41.67"), CivilDay(2026, 5, 5)),
      StatusCode::kAlreadyExists, "DD-1");
  CHECK(account.StatementAsOf(CivilDay(2026, 5, 5)).payments_received ==
        Gbp("41.66"));
}

TEST_CASE("bad purchases and payments name the field and change nothing",
          "[account][s4.4]") {
  FinancingAccount account = OpenAccount();
  const tenor::Currency eur = *tenor::Currency::FromCode("EUR");
  auto refuse = [&](const AccountPurchase& p, const char* fragment) {
    TENOR_REQUIRE_FAILS(account.AddPurchase({}, p, {}, At(2026, 3, 10)),
                        StatusCode::kInvalidArgument, fragment);
  };
  refuse(Purchase("", "10.00", CivilDay(2026, 3, 10), 6), "purchase.id");
  refuse(Purchase("   ", "10.00", CivilDay(2026, 3, 10), 6), "purchase.id");
  refuse(Purchase("o", "0.00", CivilDay(2026, 3, 10), 6), "purchase.amount");
  refuse(AccountPurchase{"o", Money::FromMinorUnits(1000, eur),
                         CivilDay(2026, 3, 10), std::nullopt, 6},
         "purchase.amount");
  refuse(Purchase("o", "10.00", CivilDay(2026, 3, 10), 7),
         "purchase.term_months: 7 is not offered");
  refuse(AccountPurchase{"o", Gbp("10.00"), CivilDay(2026, 3, 10),
                         CivilDay(2026, 3, 9), 6},
         "purchase.shipment_date: 2026-03-09 is before");
  FinancingAccountProduct bad;
  bad.offered_terms = {6, 48};
  TENOR_REQUIRE_FAILS(
      account.AddPurchase(bad, Purchase("o", "10.00", CivilDay(2026, 3, 10), 6),
                          {}, At(2026, 3, 10)),
      StatusCode::kInvalidArgument, "offered_terms[1] = 48");
  TENOR_REQUIRE_FAILS(
      account.RecordPayment("", Gbp("1.00"), CivilDay(2026, 3, 10)),
      StatusCode::kInvalidArgument, "payment id");
  TENOR_REQUIRE_FAILS(
      account.RecordPayment("p", Gbp("-1.00"), CivilDay(2026, 3, 10)),
      StatusCode::kInvalidArgument, "payment amount");
  TENOR_REQUIRE_FAILS(
      account.RecordPayment("p", Gbp("1.00"), CivilDay(2026, 3, 10),
                            CivilDay(2026, 3, 9)),
      StatusCode::kInvalidArgument, "recorded_date");
  CHECK(account.plans().empty());
  CHECK(account.payments().empty());
}

TEST_CASE(
    "the spread is derived: payments recorded out of value-date order "
    "and backdated purchases give the same account as in order",
    "[account][s4.4][s8]") {
  auto build = [](bool reversed) {
    FinancingAccount account = OpenAccount();
    Buy(account, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12));
    Buy(account, Purchase("order-2", "300.00", CivilDay(2026, 4, 2), 6));
    std::vector<std::pair<std::string, CivilDay>> pays = {
        {"p1", CivilDay(2026, 5, 5)},
        {"p2", CivilDay(2026, 6, 5)},
        {"p3", CivilDay(2026, 7, 5)}};
    if (reversed) std::reverse(pays.begin(), pays.end());
    for (const auto& [id, day] : pays) Pay(account, id, Gbp("70.00"), day);
    return account;
  };
  const FinancingAccount in_order = build(false);
  const FinancingAccount reversed = build(true);
  const CivilDay end(2027, 5, 1);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(in_order.StatementAsOf(end).plans[i] ==
          reversed.StatementAsOf(end).plans[i]);
  }
  // A purchase dated before a payment already spread joins the replay.
  FinancingAccount late = OpenAccount();
  Buy(late, Purchase("order-1", "450.00", CivilDay(2026, 3, 10), 12));
  Pay(late, "p1", Gbp("200.00"), CivilDay(2026, 5, 5));
  CHECK(late.StatementAsOf(end).credit_balance == Gbp("0.00"));
  Buy(late, Purchase("order-2", "300.00", CivilDay(2026, 4, 2), 6), {},
      At(2026, 5, 6));
  const AccountStatement s = late.StatementAsOf(CivilDay(2026, 5, 5));
  // 200.00 on 2026-05-05: 41.66 + 52.94 due that day, then June's 41.66 and
  // 52.94, then July's 11.14... replayed with both plans.
  CHECK(s.plans[1].totals.allocated > 0);
  CheckNothingLost(late, CivilDay(2026, 5, 5));
}

// ---------------------------------------------------------------------------
// Property.

TEST_CASE(
    "property: 2,000 generated accounts; the amount due on a due day "
    "is the sum of the plans' instalments that day, paying it keeps "
    "every plan up to date, and nothing is lost",
    "[account][s4.4][s8]") {
  std::mt19937_64 rng(44);
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  const int kTerms[] = {6, 12, 18, 24, 36};
  int purchases = 0;
  int payments = 0;
  for (int n = 0; n < 2000; ++n) {
    const int due_day = static_cast<int>(uniform(1, 28));
    const int64_t limit = uniform(10000, 1000000);
    const char* rates[] = {"0", "9.9", "19.9", "29.9"};
    FinancingAccountTerms terms{Minor(limit),
                                *Rate::Parse(rates[uniform(0, 3)]), due_day};
    const CivilDay opened(2026, static_cast<int>(uniform(1, 12)),
                          static_cast<int>(uniform(1, 28)));
    absl::StatusOr<FinancingAccount> opened_account = FinancingAccount::Open(
        {}, terms, {},
        absl::FromCivil(absl::CivilSecond(opened), absl::UTCTimeZone()));
    REQUIRE(opened_account.ok());
    FinancingAccount account = *std::move(opened_account);
    // Up to 4 purchases over the first months.
    CivilDay day = opened;
    const int count = static_cast<int>(uniform(1, 4));
    for (int k = 0; k < count; ++k) {
      day += uniform(0, 40);
      const AccountPurchase p{"order-" + std::to_string(k),
                              Minor(uniform(1000, limit / 2)), day,
                              day + uniform(0, 5), kTerms[uniform(0, 4)]};
      absl::StatusOr<tenor::PurchaseResult> r = account.AddPurchase(
          {}, p, {},
          absl::FromCivil(absl::CivilSecond(day), absl::UTCTimeZone()));
      if (!r.ok()) {
        // Only the limit may refuse a generated purchase.
        INFO(r.status().ToString());
        REQUIRE(r.status().code() == StatusCode::kOutOfRange);
        continue;
      }
      ++purchases;
      // The limit holds after every purchase.
      CHECK(account.StatementAsOf(day).outstanding_principal.minor_units() <=
            limit);
    }
    if (account.plans().empty()) continue;
    // The due days of the account, from every plan.
    std::vector<CivilDay> due_days;
    for (const tenor::AccountPlan& plan : account.plans()) {
      for (const tenor::Instalment& row : plan.schedule().instalments()) {
        CHECK(row.due_date.day() == due_day);
        due_days.push_back(row.due_date);
      }
    }
    std::sort(due_days.begin(), due_days.end());
    due_days.erase(std::unique(due_days.begin(), due_days.end()),
                   due_days.end());
    // Pay what is due on up to 6 due days, sometimes a little more or less,
    // sometimes late.
    const size_t paid_days =
        std::min<size_t>(due_days.size(), static_cast<size_t>(uniform(1, 6)));
    bool exact_on_time = true;
    for (size_t k = 0; k < paid_days; ++k) {
      const CivilDay d = due_days[k];
      int64_t expected = 0;
      for (const tenor::AccountPlan& plan : account.plans()) {
        for (const tenor::Instalment& row : plan.schedule().instalments()) {
          if (row.due_date == d) expected += row.amount;
        }
      }
      const Money due = account.AmountDueOn(d);
      CHECK(due.minor_units() == expected);
      int64_t amount = due.minor_units();
      CivilDay value = d;
      switch (uniform(0, 5)) {
        case 0:
          amount += uniform(1, 5000);
          exact_on_time = false;
          break;
        case 1:
          amount = std::max<int64_t>(1, amount - uniform(1, 500));
          exact_on_time = false;
          break;
        case 2:
          value += uniform(1, 10);
          exact_on_time = false;
          break;
        default:
          break;
      }
      absl::StatusOr<AccountPaymentResult> r = account.RecordPayment(
          "pay-" + std::to_string(k), Minor(amount), value);
      INFO(r.status().ToString());
      REQUIRE(r.ok());
      ++payments;
      int64_t spread = r->to_credit_balance.minor_units();
      for (const tenor::PlanShare& share : r->shares) {
        spread += share.amount.minor_units();
      }
      CHECK(spread == amount);
      const AccountStatement s = account.StatementAsOf(value);
      CHECK(s.payments_received.minor_units() ==
            s.allocated.minor_units() + s.credit_balance.minor_units());
      if (exact_on_time) {
        // Paying exactly the amount due on each due day keeps every plan
        // up to date, with nothing left over.
        for (const tenor::Statement& plan : s.plans) {
          CHECK(plan.arrears.state != tenor::ArrearsState::kInArrears);
          for (const tenor::InstalmentPosition& pos : plan.instalments) {
            if (pos.due_date <= d) CHECK(pos.outstanding == 0);
            if (pos.due_date > d) CHECK(pos.paid() == 0);
          }
        }
        CHECK(s.credit_balance.minor_units() == 0);
      }
    }
    // Nothing lost at the end either.
    const AccountStatement end = account.StatementAsOf(CivilDay(2031, 1, 1));
    CHECK(end.payments_received.minor_units() ==
          end.allocated.minor_units() + end.credit_balance.minor_units());
  }
  CHECK(purchases >= 2000);
  CHECK(payments >= 2000);
}

}  // namespace
