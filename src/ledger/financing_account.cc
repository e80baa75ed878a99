// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The financing account (credit-rules §4.4): plans, the credit checks that
// guard every new plan, and the spread of payments over the plans.

#include "tenor/ledger/financing_account.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

#include "checkout/access.h"
#include "schedule/financing_rows.h"
#include "schedule/schedule_access.h"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"
#include "tenor/internal/string_view.h"
#include "tenor/products/financing.h"
#include "tenor/schedule/level_payment.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr std::string_view kPlan = "financing account plan";
constexpr std::string_view kAccount = "financing account";

// Every amount an account holds stays below this (as a Ledger's do), so
// sums over plans and payments always fit in int64.
constexpr int64_t kMaxAccountAmount = int64_t{1} << 62;

std::string FormatInstant(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E*SZ", t, absl::UTCTimeZone());
}

bool IsRoundingMode(RoundingMode mode) {
  return std::find(std::begin(kAllRoundingModes), std::end(kAllRoundingModes),
                   mode) != std::end(kAllRoundingModes);
}

// The first `due_day` on or after AddMonths(shipment, 1).
absl::StatusOr<absl::CivilDay> FirstDueDate(absl::CivilDay shipment,
                                            int due_day) {
  absl::StatusOr<absl::CivilDay> month_later = AddMonths(shipment, 1);
  if (!month_later.ok()) {
    return internal::DueDateError(kPlan, 1, month_later.status());
  }
  // CivilDay normalises month 13 to January of the next year.
  const absl::CivilDay first =
      month_later->day() <= due_day
          ? absl::CivilDay(month_later->year(), month_later->month(), due_day)
          : absl::CivilDay(month_later->year(), month_later->month() + 1,
                           due_day);
  if (absl::Status s = internal::CheckDate(kPlan, "first due date", first);
      !s.ok()) {
    return s;
  }
  return first;
}

// The credit-switch checks of §6/§7, as Accept() makes them: credit on at
// `at`, no switch-off recorded at or after `at` (a purchase dated before a
// known switch-off), and the history's latest state on.
absl::Status CheckCredit(const CreditSwitchHistory& history, absl::Time at,
                         std::string_view what) {
  if (!history.IsCreditOn(at)) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "%s: the customer's credit is switched off at %s; no new credit can "
        "be given",
        what, FormatInstant(at)));
  }
  for (const CreditSwitchEvent& e : history.events()) {
    if (e.action == SwitchAction::kOff && e.instant >= at) {
      return absl::FailedPreconditionError(absl::StrFormat(
          "%s: the customer switched credit off at %s, at or after the "
          "instant %s; no new credit can be given",
          what, FormatInstant(e.instant), FormatInstant(at)));
    }
  }
  if (!history.StateAt(absl::InfiniteFuture()).credit_on) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "%s: the customer's credit is switched off in the latest state of the "
        "history; no new credit can be given",
        what));
  }
  return absl::OkStatus();
}

absl::Status CheckId(std::string_view field, std::string_view id) {
  if (id.empty() || absl::StripAsciiWhitespace(internal::ToAbsl(id)).empty()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: must not be empty or blank", field));
  }
  if (id.size() > kMaxTransactionIdLength) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: %d bytes, more than the %d allowed", field,
                        id.size(), kMaxTransactionIdLength));
  }
  return absl::OkStatus();
}

absl::Status CheckDay(std::string_view field, absl::CivilDay day) {
  if (!IsSupportedDate(day)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s: %d-%02d-%02d is outside the supported range 0001-01-01 to "
        "9999-12-31",
        field, day.year(), day.month(), day.day()));
  }
  return absl::OkStatus();
}

absl::Status CheckAmount(std::string_view field, Money amount,
                         Currency currency) {
  if (amount.currency() != currency) {
    return internal::CurrencyMismatch(
        absl::StrFormat("%s: %s against the account", kAccount, field),
        amount.currency(), currency);
  }
  if (!amount.is_positive()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: %s must be positive", field, amount));
  }
  return absl::OkStatus();
}

int64_t Narrow(absl::int128 v) {
  // Every sum of an account's amounts is below 2^62 + 2^62 (see
  // kMaxAccountAmount), so this never truncates.
  return static_cast<int64_t>(v);
}

}  // namespace

// ---------------------------------------------------------------------------
// The plan's schedule.

absl::StatusOr<Schedule> BuildAccountPlanSchedule(Money amount, Rate rate,
                                                  int term_months, int due_day,
                                                  absl::CivilDay shipment_date,
                                                  RoundingMode rounding) {
  if (absl::Status s = internal::CheckPositive(kPlan, amount); !s.ok()) {
    return s;
  }
  if (term_months < 1 || term_months > kMaxLevelPaymentTerm) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: term_months %d is outside 1..%d", kPlan,
                        term_months, kMaxLevelPaymentTerm));
  }
  if (due_day < kMinAccountDueDay || due_day > kMaxAccountDueDay) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: due_day %d is outside %d..%d", kPlan, due_day,
                        kMinAccountDueDay, kMaxAccountDueDay));
  }
  if (!IsRoundingMode(rounding)) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: rounding %d is not a rounding mode", kPlan,
                        static_cast<int>(rounding)));
  }
  if (absl::Status s =
          internal::CheckDate(kPlan, "shipment date", shipment_date);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<absl::CivilDay> first = FirstDueDate(shipment_date, due_day);
  if (!first.ok()) return first.status();

  const int n = term_months;
  // due_k = AddMonths(first due date, k - 1): from the series' anchor (§3);
  // due days are 1..28, so no date is ever clamped.
  std::vector<absl::CivilDay> dates;
  dates.reserve(static_cast<size_t>(n));
  bool whole_months = true;  // every due date is AddMonths(shipment, k)
  for (int k = 1; k <= n; ++k) {
    absl::StatusOr<absl::CivilDay> d = AddMonths(*first, k - 1);
    if (!d.ok()) return internal::DueDateError(kPlan, k, d.status());
    if (whole_months) {
      absl::StatusOr<absl::CivilDay> anniversary = AddMonths(shipment_date, k);
      whole_months = anniversary.ok() && *anniversary == *d;
    }
    dates.push_back(*d);
  }
  auto due = [&](int k) -> absl::StatusOr<absl::CivilDay> {
    return dates[static_cast<size_t>(k - 1)];
  };

  // APR (§5): the months basis when every due date is a whole-month
  // anniversary of the shipment date (then this is a §4.3 schedule), else
  // the calendar basis over the actual dates.
  auto apr_of = [&](absl::Span<const Instalment> rows) -> absl::StatusOr<Apr> {
    if (whole_months) {
      std::vector<int64_t> payments;
      payments.reserve(rows.size());
      for (const Instalment& row : rows) payments.push_back(row.amount);
      return ComputeMonthlyApr(amount.minor_units(), payments,
                               /*decimals=*/1);
    }
    const DatedFlow advance{amount, shipment_date};
    std::vector<DatedFlow> repayments;
    repayments.reserve(rows.size());
    for (const Instalment& row : rows) {
      repayments.push_back(DatedFlow{
          Money::FromMinorUnits(row.amount, amount.currency()), row.due_date});
    }
    return ComputeApr({&advance, 1}, repayments, TimeBasis::kCalendar,
                      /*decimals=*/1);
  };

  // The rows exactly as §4.3 (financing_rows.h), whatever the length of each
  // period.
  return internal::BuildFinancingRows(
      kPlan, {ProductKind::kFinancing, amount, shipment_date, rate, rounding, n},
      due, apr_of, /*too_small=*/nullptr);
}

// ---------------------------------------------------------------------------
// Settings.

absl::Status FinancingAccountProduct::Validate() const {
  if (offered_terms.empty()) {
    return absl::InvalidArgumentError(
        "financing account product: offered_terms is empty");
  }
  for (size_t k = 0; k < offered_terms.size(); ++k) {
    const int term = offered_terms[k];
    if (term < kMinFinancingTerm || term > kMaxFinancingTerm) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing account product: offered_terms[%d] = %d is outside "
          "%d..%d months",
          k, term, kMinFinancingTerm, kMaxFinancingTerm));
    }
    if (std::find(offered_terms.begin(),
                  offered_terms.begin() + static_cast<std::ptrdiff_t>(k),
                  term) !=
        offered_terms.begin() + static_cast<std::ptrdiff_t>(k)) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing account product: offered_terms[%d] = %d is offered twice",
          k, term));
    }
  }
  if (!IsRoundingMode(rounding)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "financing account product: rounding %d is not a rounding mode",
        static_cast<int>(rounding)));
  }
  if (absl::Status s = ValidateLedgerOptions(ledger); !s.ok()) {
    return absl::Status(
        s.code(),
        absl::StrFormat("financing account product: ledger: %s", s.message()));
  }
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------
// The account.

FinancingAccount::FinancingAccount(FinancingAccountTerms terms,
                                   absl::Time opened_at,
                                   const CreditSwitchHistory& history)
    : terms_(std::move(terms)),
      opened_at_(opened_at),
      last_credit_check_(opened_at) {
  SawHistory(history);
}

void FinancingAccount::SawHistory(const CreditSwitchHistory& history) {
  history_events_ = history.events().size();
  history_fingerprint_ =
      internal::CheckoutAccess::Fingerprint(history, history_events_);
}

absl::StatusOr<FinancingAccount> FinancingAccount::Open(
    const FinancingAccountProduct& product, const FinancingAccountTerms& terms,
    const CreditSwitchHistory& history, absl::Time at) {
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (!terms.credit_limit.is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit_limit: %s must be positive", terms.credit_limit));
  }
  if (terms.credit_limit.minor_units() > kMaxAccountAmount) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit_limit: %s is above 2^62 minor units", terms.credit_limit));
  }
  if (terms.due_day < kMinAccountDueDay || terms.due_day > kMaxAccountDueDay) {
    return absl::InvalidArgumentError(
        absl::StrFormat("due_day: %d is outside %d..%d", terms.due_day,
                        kMinAccountDueDay, kMaxAccountDueDay));
  }
  if (at == absl::InfinitePast() || at == absl::InfiniteFuture()) {
    return absl::InvalidArgumentError("at: the instant must be finite");
  }
  // Opening is itself credit (§4.4, §6): the switch decides first.
  if (absl::Status s = CheckCredit(history, at, "open financing account");
      !s.ok()) {
    return s;
  }
  if (!product.open_to_new_purchases) {
    return absl::FailedPreconditionError(
        "open financing account: the product is closed to new purchases "
        "(wound down); no account can be opened");
  }
  return FinancingAccount(terms, at, history);
}

absl::StatusOr<PurchaseResult> FinancingAccount::AddPurchase(
    const FinancingAccountProduct& product, const AccountPurchase& purchase,
    const CreditSwitchHistory& history, absl::Time at) {
  // 1. Malformed requests.
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (absl::Status s = CheckId("purchase.id", purchase.id); !s.ok()) return s;
  if (absl::Status s =
          CheckAmount("purchase.amount", purchase.amount, currency());
      !s.ok()) {
    return s;
  }
  if (absl::Status s =
          CheckDay("purchase.purchase_date", purchase.purchase_date);
      !s.ok()) {
    return s;
  }
  const absl::CivilDay shipment = purchase.shipment_or_purchase_date();
  if (absl::Status s = CheckDay("purchase.shipment_date", shipment); !s.ok()) {
    return s;
  }
  if (shipment < purchase.purchase_date) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "purchase.shipment_date: %s is before the purchase date %s",
        FormatDate(shipment), FormatDate(purchase.purchase_date)));
  }
  if (std::find(product.offered_terms.begin(), product.offered_terms.end(),
                purchase.term_months) == product.offered_terms.end()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "purchase.term_months: %d is not offered (offered: %s)",
        purchase.term_months, absl::StrJoin(product.offered_terms, ", ")));
  }
  // 2. The same purchase again creates nothing.
  for (size_t i = 0; i < plans_.size(); ++i) {
    const AccountPlan& plan = plans_[i];
    if (plan.id() != purchase.id) continue;
    if (plan.amount() == purchase.amount &&
        plan.purchase_date() == purchase.purchase_date &&
        plan.shipment_date() == shipment &&
        plan.term_months() == purchase.term_months) {
      return PurchaseResult{i, /*duplicate=*/true};
    }
    return absl::AlreadyExistsError(absl::StrFormat(
        "purchase.id: \"%s\" is already on the account with different "
        "content (%s on %s over %d months)",
        purchase.id, plan.amount(), FormatDate(plan.purchase_date()),
        plan.term_months()));
  }
  // 3. The instant and the history.
  if (at == absl::InfinitePast() || at == absl::InfiniteFuture()) {
    return absl::InvalidArgumentError("at: the instant must be finite");
  }
  if (at < last_credit_check_) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "at: %s is before the account's last credit check at %s; purchases "
        "are accepted in instant order",
        FormatInstant(at), FormatInstant(last_credit_check_)));
  }
  if (history.events().size() < history_events_ ||
      internal::CheckoutAccess::Fingerprint(history, history_events_) !=
          history_fingerprint_) {
    return absl::InvalidArgumentError(
        "history: the credit-switch history does not extend the one the "
        "account last saw (another customer's history, or an older copy)");
  }
  // 4. New credit: the switch first (§6), then the wind-down.
  if (absl::Status s = CheckCredit(history, at, "financing account purchase");
      !s.ok()) {
    return s;
  }
  if (!product.open_to_new_purchases) {
    return absl::FailedPreconditionError(
        "financing account purchase: the product is closed to new purchases "
        "(wound down)");
  }
  if (!open_) {
    return absl::FailedPreconditionError(
        "financing account purchase: the account is closed to new purchases "
        "(wound down)");
  }
  // 5. The limit: every existing plan's principal not yet repaid as of the
  // purchase date (plans dated later count too: never lend past the limit),
  // plus this purchase.
  absl::int128 principal = purchase.amount.minor_units();
  absl::int128 payable_total = 0;
  for (const AccountPlan& plan : plans_) {
    principal += plan.amount().minor_units();
    payable_total += plan.schedule().total_payable().minor_units();
    for (const InstalmentPosition& pos :
         plan.ledger().StatementAsOf(purchase.purchase_date).instalments) {
      principal -= pos.paid_principal;
    }
  }
  if (principal > terms_.credit_limit.minor_units()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "purchase.amount: %s would take the outstanding principal to %s, "
        "above the credit limit %s",
        purchase.amount, Money::FromMinorUnits(Narrow(principal), currency()),
        terms_.credit_limit));
  }
  // 6. The plan.
  absl::StatusOr<Schedule> schedule = BuildAccountPlanSchedule(
      purchase.amount, terms_.rate, purchase.term_months, terms_.due_day,
      shipment, product.rounding);
  if (!schedule.ok()) return schedule.status();
  if (payable_total + schedule->total_payable().minor_units() >
      kMaxAccountAmount) {
    return absl::OutOfRangeError(
        "financing account purchase: the plans' total payable would pass "
        "2^62 minor units");
  }
  absl::StatusOr<Ledger> ledger = Ledger::Create(*schedule, product.ledger);
  if (!ledger.ok()) return ledger.status();

  FinancingAccount next = *this;
  next.plans_.push_back(
      AccountPlan(purchase.id, purchase.purchase_date, at, *std::move(ledger)));
  next.last_credit_check_ = at;
  next.SawHistory(history);
  // A payment dated on or after the purchase date may now reach the plan:
  // replay the spread so that it is the same whatever the arrival order.
  if (latest_value_date_.has_value() &&
      purchase.purchase_date <= *latest_value_date_) {
    if (absl::Status s = next.Replay(); !s.ok()) return s;
  }
  *this = std::move(next);
  return PurchaseResult{plans_.size() - 1, /*duplicate=*/false};
}

absl::StatusOr<AccountPaymentResult> FinancingAccount::RecordPayment(
    std::string_view id, Money amount, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded_date) {
  if (absl::Status s = CheckId("payment id", id); !s.ok()) return s;
  if (absl::Status s = CheckAmount("payment amount", amount, currency());
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckDay("value_date", value_date); !s.ok()) return s;
  const absl::CivilDay recorded = recorded_date.value_or(value_date);
  if (absl::Status s = CheckDay("recorded_date", recorded); !s.ok()) return s;
  if (recorded < value_date) {
    return absl::InvalidArgumentError(
        absl::StrFormat("recorded_date: %s is before the value date %s",
                        FormatDate(recorded), FormatDate(value_date)));
  }
  absl::int128 received = amount.minor_units();
  for (size_t i = 0; i < payments_.size(); ++i) {
    const AccountPayment& p = payments_[i];
    received += p.amount.minor_units();
    if (p.id != id) continue;
    if (p.amount == amount && p.value_date == value_date) {
      AccountPaymentResult result = applied_[i];
      result.duplicate = true;
      return result;
    }
    return absl::AlreadyExistsError(
        absl::StrFormat("payment id: \"%s\" is already recorded as %s on %s",
                        id, p.amount, FormatDate(p.value_date)));
  }
  if (received > kMaxAccountAmount) {
    return absl::OutOfRangeError(
        "payment amount: the account's payments would pass 2^62 minor units");
  }

  FinancingAccount next = *this;
  next.payments_.push_back(
      AccountPayment{std::string(id), amount, value_date, recorded,
                     static_cast<int64_t>(payments_.size())});
  next.applied_.push_back(
      AccountPaymentResult{false, {}, Money::Zero(currency())});
  if (latest_value_date_.has_value() && value_date < *latest_value_date_) {
    // Out of value-date order: replay every payment in order.
    if (absl::Status s = next.Replay(); !s.ok()) return s;
  } else {
    if (absl::Status s = next.Apply(next.payments_.size() - 1); !s.ok()) {
      return s;
    }
    next.latest_value_date_ = value_date;
  }
  *this = std::move(next);
  return applied_.back();
}

absl::Status FinancingAccount::Apply(size_t index) {
  const AccountPayment& payment = payments_[index];
  const absl::CivilDay day = payment.value_date;
  // Every instalment with something outstanding as of the value date, on the
  // plans purchased by then: oldest due first, ties in plan order (§4.4).
  struct Owed {
    absl::CivilDay due_date;
    size_t plan;
    int number;
    int64_t outstanding;
  };
  std::vector<Owed> owed;
  for (size_t i = 0; i < plans_.size(); ++i) {
    if (plans_[i].purchase_date() > day) continue;
    for (const InstalmentPosition& pos :
         plans_[i].ledger_.StatementAsOf(day).instalments) {
      if (pos.outstanding > 0) {
        owed.push_back(Owed{pos.due_date, i, pos.number, pos.outstanding});
      }
    }
  }
  std::sort(owed.begin(), owed.end(), [](const Owed& a, const Owed& b) {
    return std::tie(a.due_date, a.plan, a.number) <
           std::tie(b.due_date, b.plan, b.number);
  });
  std::vector<int64_t> share(plans_.size(), 0);
  int64_t left = payment.amount.minor_units();
  for (const Owed& o : owed) {
    if (left == 0) break;
    const int64_t take = std::min(left, o.outstanding);
    share[o.plan] += take;
    left -= take;
  }
  AccountPaymentResult& result = applied_[index];
  result.duplicate = false;
  result.shares.clear();
  for (size_t i = 0; i < plans_.size(); ++i) {
    if (share[i] == 0) continue;
    const Money part = Money::FromMinorUnits(share[i], currency());
    // Each plan's ledger allocates its share oldest first within the plan:
    // the same instalments the spread above picked.
    absl::StatusOr<RecordResult> r = plans_[i].ledger_.RecordPayment(
        payment.id, part, day, payment.recorded_date);
    if (!r.ok()) {
      return absl::InternalError(absl::StrFormat(
          "financing account: plan %d refused its share of payment \"%s\": %s",
          i, payment.id, r.status().ToString()));
    }
    result.shares.push_back(PlanShare{i, part});
  }
  result.to_credit_balance = Money::FromMinorUnits(left, currency());
  return absl::OkStatus();
}

absl::Status FinancingAccount::Replay() {
  for (AccountPlan& plan : plans_) {
    absl::StatusOr<Ledger> fresh =
        Ledger::Create(plan.schedule(), plan.ledger().options());
    if (!fresh.ok()) return fresh.status();
    plan.ledger_ = *std::move(fresh);
  }
  std::vector<size_t> order(payments_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return payments_[a].value_date < payments_[b].value_date;
  });
  latest_value_date_.reset();
  for (size_t index : order) {
    if (absl::Status s = Apply(index); !s.ok()) return s;
    latest_value_date_ = payments_[index].value_date;
  }
  return absl::OkStatus();
}

Money FinancingAccount::AmountDueOn(absl::CivilDay day) const {
  absl::int128 total = 0;
  for (const AccountPlan& plan : plans_) {
    for (const Instalment& row : plan.schedule().instalments()) {
      if (row.due_date == day) total += row.amount;
    }
  }
  return Money::FromMinorUnits(Narrow(total), currency());
}

AccountStatement FinancingAccount::StatementAsOf(absl::CivilDay as_of) const {
  const Currency c = currency();
  AccountStatement s{as_of,          {},
                     Money::Zero(c), Money::Zero(c),
                     Money::Zero(c), Money::Zero(c),
                     Money::Zero(c)};
  absl::int128 received = 0;
  absl::int128 credit = 0;
  for (size_t i = 0; i < payments_.size(); ++i) {
    if (payments_[i].value_date > as_of) continue;
    received += payments_[i].amount.minor_units();
    credit += applied_[i].to_credit_balance.minor_units();
  }
  absl::int128 allocated = 0;
  absl::int128 outstanding = 0;
  absl::int128 principal = 0;
  s.plans.reserve(plans_.size());
  for (const AccountPlan& plan : plans_) {
    Statement st = plan.ledger().StatementAsOf(as_of);
    allocated += st.totals.allocated;
    // A plan never receives more than it owes, but should a ledger keep a
    // credit balance (e.g. a late fee it derived differently), it is the
    // customer's money all the same: counted, never lost.
    credit += st.totals.credit_balance;
    if (plan.purchase_date() <= as_of) {
      outstanding += st.totals.outstanding;
      principal += plan.amount().minor_units();
      for (const InstalmentPosition& pos : st.instalments) {
        principal -= pos.paid_principal;
      }
    }
    s.plans.push_back(std::move(st));
  }
  s.payments_received = Money::FromMinorUnits(Narrow(received), c);
  s.allocated = Money::FromMinorUnits(Narrow(allocated), c);
  s.credit_balance = Money::FromMinorUnits(Narrow(credit), c);
  s.outstanding = Money::FromMinorUnits(Narrow(outstanding), c);
  s.outstanding_principal = Money::FromMinorUnits(Narrow(principal), c);
  return s;
}

TENOR_END_NAMESPACE
