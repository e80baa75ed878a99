// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/render/json.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "render/json_writer.h"
#include "render/product_name.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

using internal::JsonWriter;

std::string Amount(const Ledger& l, int64_t minor_units) {
  return l.schedule().ToMoney(minor_units).ToString();
}

// The transactions in value-date order (ties by recording order): the order
// allocation replays them in.
std::vector<const Transaction*> ByValueDate(const Ledger& l) {
  std::vector<const Transaction*> out;
  for (const Transaction& t : l.transactions()) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(),
                   [](const Transaction* a, const Transaction* b) {
                     return a->value_date < b->value_date;
                   });
  return out;
}

}  // namespace

std::string ToJson(const Schedule& s) {
  JsonWriter w;
  w.BeginObject()
      .Key("product").Value(internal::ProductSlug(s))
      .Key("currency").Value(s.currency().code())
      .Key("amount").Value(s.amount_of_credit().ToString())
      .Key("rate_percent").Value(s.rate().ToString())
      .Key("term_months").Value(s.term_months())
      .Key("number_of_instalments")
      .Value(static_cast<int64_t>(s.instalments().size()))
      .Key("first_due_date").Value(FormatDate(s.first_instalment().due_date))
      .Key("last_due_date").Value(FormatDate(s.last_instalment().due_date))
      .Key("apr_percent").Value(s.apr().ToString())
      .Key("total_interest").Value(s.total_interest().ToString())
      .Key("total_payable").Value(s.total_payable().ToString())
      .Key("instalments").BeginArray();
  for (const Instalment& i : s.instalments()) {
    w.BeginObject()
        .Key("n").Value(i.number)
        .Key("due_date").Value(FormatDate(i.due_date))
        .Key("amount").Value(s.ToMoney(i.amount).ToString())
        .Key("interest").Value(s.ToMoney(i.interest).ToString())
        .Key("principal").Value(s.ToMoney(i.principal).ToString())
        .Key("balance").Value(s.ToMoney(i.balance).ToString())
        .EndObject();
  }
  w.EndArray().EndObject();
  return w.str();
}

std::string ToJson(const CheckoutDecision& d) {
  JsonWriter w;
  w.BeginObject().Key("options").BeginArray();
  w.BeginObject().Key("product").Value("pay-now").Key("offered").Value(true)
      .EndObject();
  for (const ProductDecision& p : d.products()) {
    w.BeginObject().Key("product").Value(p.product_id).Key("offered")
        .Value(p.offered());
    if (!p.offered()) {
      w.Key("reasons").BeginArray();
      for (RefusalReason r : p.reasons.ToVector()) {
        w.Value(RefusalReasonCode(r));
      }
      w.EndArray();
    } else if (p.product_kind == ProductKind::kFinancing) {
      w.Key("terms").BeginArray();
      for (const Schedule& s : p.offer->previews()) {
        w.BeginObject()
            .Key("term_months").Value(s.term_months())
            .Key("first_instalment")
            .Value(s.ToMoney(s.first_instalment().amount).ToString())
            .Key("total_payable").Value(s.total_payable().ToString())
            .Key("apr_percent").Value(s.apr().ToString())
            .EndObject();
      }
      w.EndArray();
    } else if (!p.offer->previews().empty()) {
      const Schedule& s = p.offer->previews()[0];
      w.Key("instalments").BeginArray();
      for (const Instalment& i : s.instalments()) {
        w.BeginObject()
            .Key("n").Value(i.number)
            .Key("due_date").Value(FormatDate(i.due_date))
            .Key("amount").Value(s.ToMoney(i.amount).ToString())
            .EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("credit_opted_out").Value(d.credit_opted_out());
  w.Key("show_debt_support").Value(d.credit_opted_out());
  w.EndObject();
  return w.str();
}

std::string ToJson(const Ledger& l, absl::CivilDay as_of,
                   const LedgerRenderOptions& options) {
  const Statement st = l.StatementAsOf(as_of);
  JsonWriter w;
  w.BeginObject().Key("instalments").BeginArray();
  for (const InstalmentPosition& p : st.instalments) {
    w.BeginObject()
        .Key("n").Value(p.number)
        .Key("due_date").Value(FormatDate(p.due_date))
        .Key("amount").Value(Amount(l, p.amount))
        .Key("paid").Value(Amount(l, p.paid()))
        .Key("outstanding").Value(Amount(l, p.outstanding))
        .Key("status").Value(InstalmentStatusName(p.status))
        .Key("fees").Value(Amount(l, p.fees))
        .Key("refunded").Value(Amount(l, p.refunded))
        .Key("missed_from").Value(FormatDate(p.missed_from))
        .EndObject();
  }
  w.EndArray();
  w.Key("credit_balance").Value(Amount(l, st.totals.credit_balance));
  w.Key("arrears")
      .BeginObject()
      .Key("status").Value(ArrearsStateName(st.arrears.state))
      .Key("missed").Value(st.arrears.missed_instalments)
      .EndObject();
  w.Key("duplicates").BeginArray();
  for (const std::string& id : options.duplicates) w.Value(id);
  w.EndArray();
  w.Key("as_of").Value(FormatDate(as_of));
  w.Key("currency").Value(l.currency().code());
  w.Key("totals")
      .BeginObject()
      .Key("total_payable").Value(Amount(l, st.totals.total_payable))
      .Key("payments_received").Value(Amount(l, st.totals.payments_received))
      .Key("payments_reversed").Value(Amount(l, st.totals.payments_reversed))
      .Key("allocated").Value(Amount(l, st.totals.allocated))
      .Key("fees").Value(Amount(l, st.totals.fees))
      .Key("late_fees").Value(Amount(l, st.totals.late_fees))
      .Key("refunds").Value(Amount(l, st.totals.refunds))
      .Key("outstanding").Value(Amount(l, st.totals.outstanding))
      .EndObject();
  w.Key("transactions").BeginArray();
  for (const Transaction* t : ByValueDate(l)) {
    w.BeginObject()
        .Key("kind").Value(TransactionKindName(t->kind))
        .Key("id").Value(t->id)
        .Key("amount").Value(Amount(l, t->amount))
        .Key("value_date").Value(FormatDate(t->value_date))
        .Key("recorded_date").Value(FormatDate(t->recorded_date))
        .Key("counted").Value(t->value_date <= as_of)
        .EndObject();
  }
  w.EndArray();
  w.Key("allocations").BeginArray();
  for (const Allocation& a : l.AllocationsAsOf(as_of)) {
    const Transaction& p =
        l.transactions()[static_cast<std::size_t>(a.payment_sequence)];
    w.BeginObject()
        .Key("n").Value(a.instalment)
        .Key("payment").Value(p.id)
        .Key("value_date").Value(FormatDate(p.value_date))
        .Key("amount").Value(Amount(l, a.total()))
        .Key("fees").Value(Amount(l, a.fees))
        .Key("interest").Value(Amount(l, a.interest))
        .Key("principal").Value(Amount(l, a.principal))
        .EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.str();
}

std::string ToJson(const SettlementQuote& q,
                   const SettlementRenderOptions& options) {
  JsonWriter w;
  w.BeginObject()
      .Key("settlement_amount").Value(q.settlement_amount.ToString())
      .Key("rebate").Value(q.rebate.ToString())
      .Key("apr_percent").Value(q.apr.ToString())
      .Key("currency").Value(q.settlement_amount.currency().code())
      .Key("settlement_date").Value(FormatDate(q.settlement_date))
      .Key("calculation_date").Value(FormatDate(q.calculation_date))
      .Key("deferred").Value(q.deferred)
      .Key("amount_of_credit").Value(q.advanced.ToString())
      .Key("instalments_paid").Value(options.instalments_paid)
      .Key("instalments_remaining")
      // In 64 bits: the two counts are the caller's, unvalidated, and their
      // difference must not overflow int.
      .Value(static_cast<int64_t>(options.instalments_total) -
             static_cast<int64_t>(options.instalments_paid))
      .Key("repaid").Value(q.repaid.ToString())
      .Key("remaining_instalments").Value(q.remaining_instalments.ToString())
      .EndObject();
  return w.str();
}

TENOR_END_NAMESPACE
