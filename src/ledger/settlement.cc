// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Early settlement (credit-rules §9). The certified arithmetic is in
// compound.cc; this file checks inputs, picks the dates and times, and
// applies partial repayments.

#include "tenor/ledger/settlement.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"

#include "ledger/compound.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"

TENOR_BEGIN_NAMESPACE
namespace {

using internal::CompoundTerm;
using internal::YearFraction;

constexpr uint64_t kPow10[] = {
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000};

// The inputs, checked, with what the calculation needs.
struct Checked {
  Currency currency;
  absl::CivilDay first_drawdown;
  absl::CivilDay last_due;
  absl::int128 advanced = 0;
  absl::int128 instalments = 0;
  absl::int128 repaid = 0;
  // 1 + r = growth_num / growth_den exactly.
  uint64_t growth_num = 1;
  uint64_t growth_den = 1;
  Apr apr;
};

absl::Status CheckFlowDate(std::string_view field, absl::CivilDay date) {
  if (!IsSupportedDate(date)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: date %d-%02d-%02d is outside the supported range 0001-01-01 to "
        "9999-12-31",
        field, date.year(), date.month(), date.day()));
  }
  return absl::OkStatus();
}

absl::Status CheckFlows(std::string_view name,
                        absl::Span<const DatedFlow> flows, Currency currency,
                        bool strictly_positive, absl::int128* total) {
  for (size_t i = 0; i < flows.size(); ++i) {
    const std::string field = absl::StrFormat("%s[%d]", name, i);
    const DatedFlow& flow = flows[i];
    if (flow.amount.currency() != currency) {
      return internal::CurrencyMismatch(
          absl::StrFormat("settlement: %s against the first advance", field),
          flow.amount.currency(), currency);
    }
    if (flow.amount.is_negative() ||
        (strictly_positive && flow.amount.is_zero())) {
      return absl::InvalidArgumentError(
          absl::StrFormat("%s: amount %s must be %s", field, flow.amount,
                          strictly_positive ? "positive" : "zero or more"));
    }
    if (absl::Status s = CheckFlowDate(field, flow.date); !s.ok()) return s;
    *total += flow.amount.minor_units();
  }
  return absl::OkStatus();
}

absl::StatusOr<Money> ToMoney(std::string_view field, absl::int128 v,
                              Currency currency) {
  if (v > std::numeric_limits<int64_t>::max() ||
      v < std::numeric_limits<int64_t>::min()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "settlement: %s does not fit in int64 minor units", field));
  }
  return Money::FromMinorUnits(static_cast<int64_t>(v), currency);
}

absl::StatusOr<Checked> Check(const SettlementTerms& terms,
                              absl::Span<const DatedFlow> repayments,
                              absl::CivilDay settlement_date) {
  if (!terms.apr.has_value()) {
    return absl::InvalidArgumentError(
        "apr: absent; early settlement needs the APR as disclosed in the "
        "agreement (§9)");
  }
  const Apr& apr = *terms.apr;
  if (apr.decimals < 0 || apr.decimals > kMaxAprDecimals) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "apr: decimals %d is outside 0..%d", apr.decimals, kMaxAprDecimals));
  }
  if (apr.scaled < 0 ||
      apr.scaled / static_cast<int64_t>(kPow10[apr.decimals]) >=
          kMaxAprPercent) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "apr: %s %% is outside 0 to %d %%", apr.ToString(), kMaxAprPercent));
  }
  if (terms.advances.empty()) {
    return absl::InvalidArgumentError(
        "advances: empty; there is no credit to settle");
  }
  if (terms.instalments.empty()) {
    return absl::InvalidArgumentError(
        "instalments: empty; the agreement has no schedule");
  }
  Checked c{terms.advances.front().amount.currency(),
            terms.advances.front().date,
            terms.instalments.front().date,
            0,
            0,
            0,
            1,
            1,
            apr};
  if (absl::Status s = CheckFlows("advances", terms.advances, c.currency,
                                  /*strictly_positive=*/true, &c.advanced);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckFlows("instalments", terms.instalments, c.currency,
                                  /*strictly_positive=*/false, &c.instalments);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckFlows("repayments", repayments, c.currency,
                                  /*strictly_positive=*/false, &c.repaid);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckFlowDate("settlement_date", settlement_date);
      !s.ok()) {
    return s;
  }
  for (const DatedFlow& a : terms.advances) {
    c.first_drawdown = std::min(c.first_drawdown, a.date);
  }
  for (const DatedFlow& i : terms.instalments) {
    c.last_due = std::max(c.last_due, i.date);
  }
  const std::string drawdown = FormatDate(c.first_drawdown);
  for (size_t i = 0; i < terms.instalments.size(); ++i) {
    if (terms.instalments[i].date < c.first_drawdown) {
      return absl::InvalidArgumentError(
          absl::StrFormat("instalments[%d]: due %s, before the drawdown %s", i,
                          FormatDate(terms.instalments[i].date), drawdown));
    }
  }
  if (settlement_date < c.first_drawdown) {
    return absl::InvalidArgumentError(
        absl::StrFormat("settlement_date: %s is before the drawdown %s",
                        FormatDate(settlement_date), drawdown));
  }
  for (size_t i = 0; i < terms.advances.size(); ++i) {
    if (terms.advances[i].date > settlement_date) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "advances[%d]: drawn %s, after the settlement date %s; only "
          "drawdowns made by then can be settled",
          i, FormatDate(terms.advances[i].date), FormatDate(settlement_date)));
    }
  }
  for (size_t i = 0; i < repayments.size(); ++i) {
    if (repayments[i].date < c.first_drawdown) {
      return absl::InvalidArgumentError(
          absl::StrFormat("repayments[%d]: dated %s, before the drawdown %s", i,
                          FormatDate(repayments[i].date), drawdown));
    }
    if (repayments[i].date > settlement_date) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "repayments[%d]: dated %s, after the settlement date %s; pass only "
          "the repayments made by then",
          i, FormatDate(repayments[i].date), FormatDate(settlement_date)));
    }
  }
  if (settlement_date > c.last_due) {
    return absl::OutOfRangeError(absl::StrFormat(
        "settlement_date: %s is after the last instalment's due date %s; "
        "nothing is left to settle early",
        FormatDate(settlement_date), FormatDate(c.last_due)));
  }
  for (std::string_view field : {"advances", "instalments", "repayments"}) {
    const absl::int128 total = field == "advances"      ? c.advanced
                               : field == "instalments" ? c.instalments
                                                        : c.repaid;
    if (total > std::numeric_limits<int64_t>::max()) {
      return absl::OutOfRangeError(absl::StrFormat(
          "%s: the total does not fit in int64 minor units", field));
    }
  }
  if (c.repaid > c.instalments) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "repayments: they total %s, more than the instalments' total %s; the "
        "agreement is already repaid",
        Money::FromMinorUnits(static_cast<int64_t>(c.repaid), c.currency),
        Money::FromMinorUnits(static_cast<int64_t>(c.instalments),
                              c.currency)));
  }
  // 1 + r = (10^(d+2) + scaled) / 10^(d+2): the APR is a percentage with d
  // decimals.
  c.growth_den = kPow10[apr.decimals + 2];
  c.growth_num = c.growth_den + static_cast<uint64_t>(apr.scaled);
  return c;
}

// The calculation date: S, or AddMonths(S, 1) for agreements longer than 12
// months when the product defers, never past the last due date.
absl::StatusOr<absl::CivilDay> CalculationDate(const Checked& c,
                                               absl::CivilDay date,
                                               const SettlementOptions& o) {
  if (!o.defer_one_month) return date;
  absl::StatusOr<absl::CivilDay> year_end = AddMonths(c.first_drawdown, 12);
  if (!year_end.ok()) return year_end.status();
  if (c.last_due <= *year_end) return date;  // not longer than 12 months
  absl::StatusOr<absl::CivilDay> deferred = AddMonths(date, 1);
  if (!deferred.ok()) {
    return absl::Status(deferred.status().code(),
                        absl::StrFormat("settlement_date: deferred by one "
                                        "month: %s",
                                        deferred.status().message()));
  }
  return std::min(*deferred, c.last_due);
}

absl::StatusOr<YearFraction> Years(absl::CivilDay from, absl::CivilDay to) {
  return internal::YearsBetween(from, to);
}

}  // namespace

SettlementTerms SettlementTermsOf(const Schedule& schedule) {
  SettlementTerms terms;
  terms.advances.push_back(
      DatedFlow{schedule.amount_of_credit(), schedule.anchor_date()});
  terms.instalments.reserve(schedule.instalments().size());
  for (const Instalment& row : schedule.instalments()) {
    terms.instalments.push_back(
        DatedFlow{schedule.ToMoney(row.amount), row.due_date});
  }
  terms.apr = schedule.apr();
  return terms;
}

absl::StatusOr<SettlementQuote> QuoteEarlySettlement(
    const SettlementTerms& terms, absl::Span<const DatedFlow> repayments,
    absl::CivilDay settlement_date, const SettlementOptions& options) {
  absl::StatusOr<Checked> c = Check(terms, repayments, settlement_date);
  if (!c.ok()) return c.status();
  absl::StatusOr<absl::CivilDay> calc =
      CalculationDate(*c, settlement_date, options);
  if (!calc.ok()) return calc.status();

  // X = sum A_i (1+r)^(a_i) - sum B_j (1+r)^(b_j), times to the calculation
  // date.
  std::vector<CompoundTerm> flows;
  flows.reserve(terms.advances.size() + repayments.size());
  for (const DatedFlow& a : terms.advances) {
    absl::StatusOr<YearFraction> t = Years(a.date, *calc);
    if (!t.ok()) return t.status();
    flows.push_back(CompoundTerm{a.amount.minor_units(), *t});
  }
  for (const DatedFlow& b : repayments) {
    absl::StatusOr<YearFraction> t = Years(b.date, *calc);
    if (!t.ok()) return t.status();
    flows.push_back(CompoundTerm{-absl::int128(b.amount.minor_units()), *t});
  }
  absl::StatusOr<int64_t> x = internal::RoundCompoundedSum(
      flows, YearFraction{}, c->growth_num, c->growth_den);
  if (!x.ok()) return x.status();

  const absl::int128 remaining = c->instalments - c->repaid;
  absl::StatusOr<Money> remaining_money =
      ToMoney("the remaining instalments", remaining, c->currency);
  if (!remaining_money.ok()) return remaining_money.status();
  absl::StatusOr<Money> rebate =
      ToMoney("the rebate", remaining - *x, c->currency);
  if (!rebate.ok()) return rebate.status();
  return SettlementQuote{
      /*settlement_date=*/settlement_date,
      /*calculation_date=*/*calc,
      /*deferred=*/*calc != settlement_date,
      /*apr=*/c->apr,
      /*advanced=*/
      Money::FromMinorUnits(static_cast<int64_t>(c->advanced), c->currency),
      /*repaid=*/
      Money::FromMinorUnits(static_cast<int64_t>(c->repaid), c->currency),
      /*remaining_instalments=*/*remaining_money,
      /*settlement_amount=*/Money::FromMinorUnits(*x, c->currency),
      /*rebate=*/*rebate,
  };
}

absl::StatusOr<SettlementQuote> QuoteEarlySettlement(
    const Schedule& schedule, absl::Span<const DatedFlow> repayments,
    absl::CivilDay settlement_date, const SettlementOptions& options) {
  return QuoteEarlySettlement(SettlementTermsOf(schedule), repayments,
                              settlement_date, options);
}

absl::StatusOr<PartialRepaymentResult> ApplyPartialEarlyRepayment(
    const SettlementTerms& terms, absl::Span<const DatedFlow> repayments,
    Money payment, absl::CivilDay date, const SettlementOptions& options) {
  absl::StatusOr<Checked> c = Check(terms, repayments, date);
  if (!c.ok()) return c.status();
  if (payment.currency() != c->currency) {
    return internal::CurrencyMismatch(
        "settlement: payment against the first advance", payment.currency(),
        c->currency);
  }
  if (!payment.is_positive()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("payment: amount %s must be positive", payment));
  }
  absl::StatusOr<absl::CivilDay> calc = CalculationDate(*c, date, options);
  if (!calc.ok()) return calc.status();

  // What is still owed on each instalment: the earlier repayments allocated
  // oldest first (§8), in due-date order (ties in the order given).
  std::vector<DatedFlow> rows = terms.instalments;
  std::stable_sort(
      rows.begin(), rows.end(),
      [](const DatedFlow& a, const DatedFlow& b) { return a.date < b.date; });
  absl::int128 unallocated = c->repaid;
  std::vector<ReducedInstalment> owed;
  owed.reserve(rows.size());
  for (const DatedFlow& row : rows) {
    const int64_t due = row.amount.minor_units();
    const int64_t paid =
        static_cast<int64_t>(std::min<absl::int128>(unallocated, due));
    unallocated -= paid;
    if (due - paid == 0) continue;
    const Money left = Money::FromMinorUnits(due - paid, c->currency);
    owed.push_back(ReducedInstalment{row.date, left, left});
  }

  int cleared = 0;
  int64_t left = payment.minor_units();
  for (auto it = owed.rbegin(); it != owed.rend() && left > 0; ++it) {
    if (it->due_date <= date) break;  // arrears and today's: not reduced
    const int64_t d = it->before.minor_units();
    YearFraction t;
    if (it->due_date > *calc) {
      absl::StatusOr<YearFraction> years = Years(*calc, it->due_date);
      if (!years.ok()) return years.status();
      t = *years;
    }
    // PV_k = D_k (1+r)^(-t_k), rounded half-up.
    const CompoundTerm value_of_d[] = {{d, YearFraction{}}};
    absl::StatusOr<int64_t> pv = internal::RoundCompoundedSum(
        value_of_d, t, c->growth_num, c->growth_den);
    if (!pv.ok()) return pv.status();
    if (left >= *pv) {
      it->after = Money::Zero(c->currency);
      ++cleared;
      left -= *pv;
      continue;
    }
    // What is left of the payment, carried forward to the due date.
    const CompoundTerm value_of_e[] = {{left, t}};
    absl::StatusOr<int64_t> forward = internal::RoundCompoundedSum(
        value_of_e, YearFraction{}, c->growth_num, c->growth_den);
    if (!forward.ok()) return forward.status();
    const int64_t reduce = std::min(d, *forward);
    it->after = Money::FromMinorUnits(d - reduce, c->currency);
    if (reduce == d) ++cleared;
    left = 0;
  }
  int due_after = 0;
  for (const ReducedInstalment& r : owed) {
    if (r.due_date > date) ++due_after;
  }
  if (due_after == 0) {
    return absl::OutOfRangeError(absl::StrFormat(
        "date: nothing is due after %s; there is nothing to repay early",
        FormatDate(date)));
  }
  if (cleared == due_after) {
    return absl::OutOfRangeError(absl::StrFormat(
        "payment: %s clears every instalment due after %s; that is a full "
        "settlement (QuoteEarlySettlement)",
        payment, FormatDate(date)));
  }
  absl::int128 reduction = 0;
  for (const ReducedInstalment& r : owed) {
    reduction += r.before.minor_units() - r.after.minor_units();
  }
  const int64_t reduced = static_cast<int64_t>(reduction);  // <= instalments
  return PartialRepaymentResult{
      /*date=*/date,
      /*calculation_date=*/*calc,
      /*deferred=*/*calc != date,
      /*payment=*/payment,
      /*instalments=*/std::move(owed),
      /*instalments_cleared=*/cleared,
      /*reduction=*/Money::FromMinorUnits(reduced, c->currency),
      /*rebate=*/
      Money::FromMinorUnits(reduced - payment.minor_units(), c->currency),
  };
}

TENOR_END_NAMESPACE
