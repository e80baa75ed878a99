// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/render/text.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "render/product_name.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

std::string Amount(const Ledger& l, int64_t minor_units) {
  return l.schedule().ToMoney(minor_units).ToString();
}

// RFC 3339 in UTC: absl's fixed UTC zone needs no time-zone database.
std::string FormatInstantUtc(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E*SZ", t, absl::UTCTimeZone());
}

std::vector<const Transaction*> ByValueDate(const Ledger& l) {
  std::vector<const Transaction*> out;
  for (const Transaction& t : l.transactions()) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(),
                   [](const Transaction* a, const Transaction* b) {
                     return a->value_date < b->value_date;
                   });
  return out;
}

std::string ReasonList(const ProductDecision& p) {
  std::string out;
  for (RefusalReason r : p.reasons.ToVector()) {
    absl::StrAppend(&out, out.empty() ? "" : ", ",
                    std::string(RefusalReasonCode(r)));
  }
  return out;
}

std::string StatusText(const InstalmentPosition& p) {
  switch (p.status) {
    case InstalmentStatus::kMissed:
      return absl::StrFormat("missed (since %s)", FormatDate(p.missed_from));
    case InstalmentStatus::kDue:
      return absl::StrFormat("due (missed from %s if unpaid)",
                             FormatDate(p.missed_from));
    default:
      return std::string(InstalmentStatusName(p.status));
  }
}

}  // namespace

std::string ToText(const Schedule& s) {
  std::string out = absl::StrFormat(
      "%s: %s over %d instalment(s), rate %s%% p.a. (fixed)\n\n",
      internal::ProductSlug(s), s.amount_of_credit().ToDisplayString(),
      s.instalments().size(), s.rate().ToString());
  absl::StrAppend(&out, absl::StrFormat("%3s  %-10s  %12s  %12s  %12s  %12s\n",
                                        "n", "due", "amount", "interest",
                                        "principal", "balance"));
  for (const Instalment& i : s.instalments()) {
    absl::StrAppend(
        &out, absl::StrFormat("%3d  %-10s  %12s  %12s  %12s  %12s\n", i.number,
                              FormatDate(i.due_date),
                              s.ToMoney(i.amount).ToString(),
                              s.ToMoney(i.interest).ToString(),
                              s.ToMoney(i.principal).ToString(),
                              s.ToMoney(i.balance).ToString()));
  }
  absl::StrAppend(&out, absl::StrFormat("%3s  %-10s  %12s  %12s  %12s\n", "",
                                        "total", s.total_payable().ToString(),
                                        s.total_interest().ToString(),
                                        s.amount_of_credit().ToString()));
  absl::StrAppend(&out, absl::StrFormat("\nAPR %s%%\n", s.apr().ToString()));
  return out;
}

std::string ToText(const CheckoutDecision& d, const Cart& cart) {
  std::string out = absl::StrFormat("Checkout of %s at %s\n\n",
                                    cart.amount.ToDisplayString(),
                                    FormatInstantUtc(d.evaluated_at()));
  absl::StrAppend(&out, absl::StrFormat("  %-10s  %-8s  %s\n", "product",
                                        "offered", "details"));
  absl::StrAppend(&out, absl::StrFormat("  %-10s  %-8s  %s\n", "pay-now", "yes",
                                        "no credit"));
  for (const ProductDecision& p : d.products()) {
    if (!p.offered()) {
      absl::StrAppend(&out, absl::StrFormat("  %-10s  %-8s  %s\n", p.product_id,
                                            "no", ReasonList(p)));
      continue;
    }
    if (p.product_kind == ProductKind::kFinancing) {
      bool first = true;
      for (const Schedule& s : p.offer->previews()) {
        absl::StrAppend(
            &out,
            absl::StrFormat(
                "  %-10s  %-8s  %2d months: %s a month, total %s, APR %s%%\n",
                first ? p.product_id : "", first ? "yes" : "",
                s.term_months(),
                s.ToMoney(s.first_instalment().amount).ToString(),
                s.total_payable().ToString(), s.apr().ToString()));
        first = false;
      }
      continue;
    }
    std::string details;
    if (!p.offer->previews().empty()) {
      const Schedule& s = p.offer->previews()[0];
      for (const Instalment& i : s.instalments()) {
        absl::StrAppend(&details, details.empty() ? "" : ", ",
                        s.ToMoney(i.amount).ToString(), " on ",
                        FormatDate(i.due_date));
      }
    }
    absl::StrAppend(&out, absl::StrFormat("  %-10s  %-8s  %s\n", p.product_id,
                                          "yes", details));
  }
  if (d.credit_opted_out()) {
    absl::StrAppend(&out,
                    "\nThe customer has switched credit off: only Pay now is "
                    "offered. Show debt-support resources.\n");
  }
  return out;
}

std::string ToText(const Ledger& l, absl::CivilDay as_of,
                   const LedgerRenderOptions& options) {
  const Schedule& s = l.schedule();
  const Statement st = l.StatementAsOf(as_of);
  const std::vector<Allocation> allocations = l.AllocationsAsOf(as_of);
  std::string out = absl::StrFormat(
      "%s of %s: %d instalment(s). Status as of %s (grace days: %d).\n\n",
      internal::ProductTitle(s), s.amount_of_credit().ToDisplayString(),
      s.instalments().size(), FormatDate(as_of), l.options().grace_days);
  const bool extras = st.totals.fees != 0 || st.totals.refunds != 0;
  if (extras) {
    absl::StrAppend(&out, absl::StrFormat(
                              "%3s  %-10s  %10s  %10s  %10s  %10s  %11s  %s\n",
                              "n", "due", "amount", "fees", "refunded", "paid",
                              "outstanding", "status"));
  } else {
    absl::StrAppend(&out, absl::StrFormat("%3s  %-10s  %10s  %10s  %11s  %s\n",
                                          "n", "due", "amount", "paid",
                                          "outstanding", "status"));
  }
  for (const InstalmentPosition& p : st.instalments) {
    if (extras) {
      absl::StrAppend(
          &out,
          absl::StrFormat("%3d  %-10s  %10s  %10s  %10s  %10s  %11s  %s\n",
                          p.number, FormatDate(p.due_date),
                          Amount(l, p.amount), Amount(l, p.fees),
                          Amount(l, p.refunded), Amount(l, p.paid()),
                          Amount(l, p.outstanding), StatusText(p)));
    } else {
      absl::StrAppend(
          &out, absl::StrFormat("%3d  %-10s  %10s  %10s  %11s  %s\n", p.number,
                                FormatDate(p.due_date), Amount(l, p.amount),
                                Amount(l, p.paid()), Amount(l, p.outstanding),
                                StatusText(p)));
    }
    for (const Allocation& a : allocations) {
      if (a.instalment != p.number) continue;
      const Transaction& t =
          l.transactions()[static_cast<std::size_t>(a.payment_sequence)];
      std::string when;
      const int64_t late = t.value_date - p.due_date;
      if (late > 0) {
        when = absl::StrFormat(", %d day(s) after the due date", late);
      }
      absl::StrAppend(
          &out, absl::StrFormat(
                    "       %s from payment %s paid %s (recorded %s)%s\n",
                    Amount(l, a.total()), t.id, FormatDate(t.value_date),
                    FormatDate(t.recorded_date), when));
    }
  }
  absl::StrAppend(&out, "\nTransactions, in value-date order:\n");
  if (l.transactions().empty()) absl::StrAppend(&out, "  (none)\n");
  for (const Transaction* t : ByValueDate(l)) {
    std::string note;
    const Transaction* reversal = t->kind == TransactionKind::kPayment
                                      ? l.FindReversal(t->id)
                                      : nullptr;
    if (t->value_date > as_of) {
      note = absl::StrFormat("  not counted: after %s", FormatDate(as_of));
    } else if (reversal != nullptr && reversal->value_date <= as_of) {
      note = absl::StrFormat("  reversed on %s",
                             FormatDate(reversal->value_date));
    }
    absl::StrAppend(
        &out, absl::StrFormat("  %s  %-8s  %-16s  %10s  recorded %s%s\n",
                              FormatDate(t->value_date),
                              TransactionKindName(t->kind), t->id,
                              Amount(l, t->amount),
                              FormatDate(t->recorded_date), note));
  }
  absl::StrAppend(
      &out, absl::StrFormat("\nPaid %s of %s", Amount(l, st.totals.allocated),
                            Amount(l, st.totals.total_payable +
                                          st.totals.fees -
                                          st.totals.refunds)));
  absl::StrAppend(&out, absl::StrFormat("; outstanding %s\n",
                                        Amount(l, st.totals.outstanding)));
  absl::StrAppend(&out, absl::StrFormat("Credit balance: %s\n",
                                        Amount(l, st.totals.credit_balance)));
  if (st.arrears.state == ArrearsState::kInArrears) {
    absl::StrAppend(&out, absl::StrFormat("Arrears: in_arrears (%d missed)\n",
                                          st.arrears.missed_instalments));
  } else {
    absl::StrAppend(&out, absl::StrFormat("Arrears: %s\n",
                                          ArrearsStateName(st.arrears.state)));
  }
  if (!options.duplicates.empty()) {
    std::string ids;
    for (const std::string& id : options.duplicates) {
      absl::StrAppend(&ids, ids.empty() ? "" : ", ", id);
    }
    absl::StrAppend(&out, absl::StrFormat(
                              "Duplicates (recorded once, repeats ignored): "
                              "%s\n",
                              ids));
  }
  return out;
}

std::string ToText(const SettlementQuote& q,
                   const SettlementRenderOptions& options) {
  std::string out = absl::StrFormat(
      "early settlement on %s (calculated at %s%s)\n\n",
      FormatDate(q.settlement_date), FormatDate(q.calculation_date),
      q.deferred ? ", deferred one month" : "");
  auto line = [&](const char* label, const std::string& value) {
    absl::StrAppend(&out, absl::StrFormat("  %-22s %12s\n", label, value));
  };
  line("amount of credit", q.advanced.ToString());
  line("APR %", q.apr.ToString());
  line("instalments paid", absl::StrFormat("%d of %d", options.instalments_paid,
                                           options.instalments_total));
  line("repaid", q.repaid.ToString());
  line("remaining instalments", q.remaining_instalments.ToString());
  line("settlement amount", q.settlement_amount.ToString());
  line("rebate", q.rebate.ToString());
  absl::StrAppend(&out, absl::StrFormat(
                            "\namounts in %s\n",
                            std::string(q.settlement_amount.currency().code())));
  return out;
}

TENOR_END_NAMESPACE
