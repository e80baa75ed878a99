// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor ledger --product=pay-in-30|pay-in-3|financing --amount=DECIMAL
//              --currency=CODE --purchase-date=YYYY-MM-DD
//              [--shipment-date=YYYY-MM-DD] [--term=MONTHS] [--rate=PERCENT]
//              [--count=N] [--interval-days=D] [--days=D] [--rounding=MODE]
//              [--payment=ID:AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              [--reverse=ID@VALUE_DATE[/RECORDED_DATE]]...
//              [--refund=[ID:]AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              [--fee=[ID:]AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              [--grace-days=N] [--late-fees=none|uk]
//              --as-of=YYYY-MM-DD [--format=table|json]
//
// The repayment ledger of one agreement (docs/repayments.md): the schedule is
// built as `tenor quote` builds it, the transactions are recorded, and the
// statement as of --as-of is printed: each instalment, what was paid against
// it and when, its status, the credit balance and the arrears status. The
// table answers a support agent's "I paid on the 4th, why am I shown as
// late?".
//
// Transactions are recorded as ledger_flags.h says: payments, refunds,
// fees, then reversals, each kind in command-line order. A refused transaction (a
// conflicting id, a non-positive amount, reversing an unknown payment) is an
// `error:` line and exit status 2; an exact repeat is reported in
// "duplicates".

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "commands.h"
#include "flags.h"
#include "json.h"
#include "ledger_flags.h"
#include "schedule_flags.h"
#include "tenor/tenor.h"
#include "values.h"

ABSL_FLAG(std::string, as_of, "", "ledger: status as of this date, YYYY-MM-DD");

namespace tenor_cli {
namespace {

struct LedgerRun {
  tenor::Ledger ledger;
  absl::CivilDay as_of;
  std::vector<std::string> duplicates;
};

std::string Amount(const tenor::Ledger& l, int64_t minor_units) {
  return l.schedule().ToMoney(minor_units).ToString();
}

// The transactions in value-date order (ties by recording order): the order
// allocation replays them in.
std::vector<const tenor::Transaction*> ByValueDate(const tenor::Ledger& l) {
  std::vector<const tenor::Transaction*> out;
  for (const tenor::Transaction& t : l.transactions()) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(),
                   [](const tenor::Transaction* a, const tenor::Transaction* b) {
                     return a->value_date < b->value_date;
                   });
  return out;
}

std::string RenderJson(const LedgerRun& run) {
  const tenor::Ledger& l = run.ledger;
  const tenor::Statement st = l.StatementAsOf(run.as_of);
  JsonWriter w;
  w.BeginObject().Key("instalments").BeginArray();
  for (const tenor::InstalmentPosition& p : st.instalments) {
    w.BeginObject()
        .Key("n").Value(p.number)
        .Key("due_date").Value(tenor::FormatDate(p.due_date))
        .Key("amount").Value(Amount(l, p.amount))
        .Key("paid").Value(Amount(l, p.paid()))
        .Key("outstanding").Value(Amount(l, p.outstanding))
        .Key("status").Value(tenor::InstalmentStatusName(p.status))
        .Key("fees").Value(Amount(l, p.fees))
        .Key("refunded").Value(Amount(l, p.refunded))
        .Key("missed_from").Value(tenor::FormatDate(p.missed_from))
        .EndObject();
  }
  w.EndArray();
  w.Key("credit_balance").Value(Amount(l, st.totals.credit_balance));
  w.Key("arrears")
      .BeginObject()
      .Key("status").Value(tenor::ArrearsStateName(st.arrears.state))
      .Key("missed").Value(st.arrears.missed_instalments)
      .EndObject();
  w.Key("duplicates").BeginArray();
  for (const std::string& id : run.duplicates) w.Value(id);
  w.EndArray();
  w.Key("as_of").Value(tenor::FormatDate(run.as_of));
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
  for (const tenor::Transaction* t : ByValueDate(l)) {
    w.BeginObject()
        .Key("kind").Value(tenor::TransactionKindName(t->kind))
        .Key("id").Value(t->id)
        .Key("amount").Value(Amount(l, t->amount))
        .Key("value_date").Value(tenor::FormatDate(t->value_date))
        .Key("recorded_date").Value(tenor::FormatDate(t->recorded_date))
        .Key("counted").Value(t->value_date <= run.as_of)
        .EndObject();
  }
  w.EndArray();
  w.Key("allocations").BeginArray();
  for (const tenor::Allocation& a : l.AllocationsAsOf(run.as_of)) {
    const tenor::Transaction& p =
        l.transactions()[static_cast<std::size_t>(a.payment_sequence)];
    w.BeginObject()
        .Key("n").Value(a.instalment)
        .Key("payment").Value(p.id)
        .Key("value_date").Value(tenor::FormatDate(p.value_date))
        .Key("amount").Value(Amount(l, a.total()))
        .Key("fees").Value(Amount(l, a.fees))
        .Key("interest").Value(Amount(l, a.interest))
        .Key("principal").Value(Amount(l, a.principal))
        .EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.str() + "\n";
}

std::string StatusText(const tenor::InstalmentPosition& p) {
  switch (p.status) {
    case tenor::InstalmentStatus::kMissed:
      return absl::StrFormat("missed (since %s)", tenor::FormatDate(p.missed_from));
    case tenor::InstalmentStatus::kDue:
      return absl::StrFormat("due (missed from %s if unpaid)",
                             tenor::FormatDate(p.missed_from));
    default:
      return std::string(tenor::InstalmentStatusName(p.status));
  }
}

std::string RenderTable(const LedgerRun& run) {
  const tenor::Ledger& l = run.ledger;
  const tenor::Schedule& s = l.schedule();
  const tenor::Statement st = l.StatementAsOf(run.as_of);
  const std::vector<tenor::Allocation> allocations =
      l.AllocationsAsOf(run.as_of);
  std::string out = absl::StrFormat(
      "%s of %s: %d instalment(s). Status as of %s (grace days: %d).\n\n",
      ProductTitle(s), s.amount_of_credit().ToDisplayString(),
      s.instalments().size(), tenor::FormatDate(run.as_of),
      l.options().grace_days);
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
  for (const tenor::InstalmentPosition& p : st.instalments) {
    if (extras) {
      absl::StrAppend(
          &out,
          absl::StrFormat("%3d  %-10s  %10s  %10s  %10s  %10s  %11s  %s\n",
                          p.number, tenor::FormatDate(p.due_date),
                          Amount(l, p.amount), Amount(l, p.fees),
                          Amount(l, p.refunded), Amount(l, p.paid()),
                          Amount(l, p.outstanding), StatusText(p)));
    } else {
      absl::StrAppend(
          &out, absl::StrFormat("%3d  %-10s  %10s  %10s  %11s  %s\n", p.number,
                                tenor::FormatDate(p.due_date),
                                Amount(l, p.amount), Amount(l, p.paid()),
                                Amount(l, p.outstanding), StatusText(p)));
    }
    for (const tenor::Allocation& a : allocations) {
      if (a.instalment != p.number) continue;
      const tenor::Transaction& t =
          l.transactions()[static_cast<std::size_t>(a.payment_sequence)];
      std::string when;
      const int64_t late = t.value_date - p.due_date;
      if (late > 0) {
        when = absl::StrFormat(", %d day(s) after the due date", late);
      }
      absl::StrAppend(
          &out, absl::StrFormat(
                    "       %s from payment %s paid %s (recorded %s)%s\n",
                    Amount(l, a.total()), t.id, tenor::FormatDate(t.value_date),
                    tenor::FormatDate(t.recorded_date), when));
    }
  }
  absl::StrAppend(&out, "\nTransactions, in value-date order:\n");
  if (l.transactions().empty()) absl::StrAppend(&out, "  (none)\n");
  for (const tenor::Transaction* t : ByValueDate(l)) {
    std::string note;
    if (t->value_date > run.as_of) {
      note = absl::StrFormat("  not counted: after %s",
                             tenor::FormatDate(run.as_of));
    } else if (t->kind == tenor::TransactionKind::kPayment &&
               l.FindReversal(t->id) != nullptr &&
               l.FindReversal(t->id)->value_date <= run.as_of) {
      note = absl::StrFormat("  reversed on %s",
                             tenor::FormatDate(
                                 l.FindReversal(t->id)->value_date));
    }
    absl::StrAppend(
        &out, absl::StrFormat("  %s  %-8s  %-16s  %10s  recorded %s%s\n",
                              tenor::FormatDate(t->value_date),
                              tenor::TransactionKindName(t->kind), t->id,
                              Amount(l, t->amount),
                              tenor::FormatDate(t->recorded_date), note));
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
  if (st.arrears.state == tenor::ArrearsState::kInArrears) {
    absl::StrAppend(&out, absl::StrFormat("Arrears: in_arrears (%d missed)\n",
                                          st.arrears.missed_instalments));
  } else {
    absl::StrAppend(&out, absl::StrFormat("Arrears: %s\n",
                                          tenor::ArrearsStateName(
                                              st.arrears.state)));
  }
  if (!run.duplicates.empty()) {
    std::string ids;
    for (const std::string& id : run.duplicates) {
      absl::StrAppend(&ids, ids.empty() ? "" : ", ", id);
    }
    absl::StrAppend(&out, absl::StrFormat(
                              "Duplicates (recorded once, repeats ignored): "
                              "%s\n",
                              ids));
  }
  return out;
}

absl::StatusOr<std::string> RunLedger(const ParsedArgs& args) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Schedule> schedule = ScheduleFromFlags(*currency);
  if (!schedule.ok()) return schedule.status();
  absl::StatusOr<std::string> as_of_text =
      Required("as-of", absl::GetFlag(FLAGS_as_of));
  if (!as_of_text.ok()) return as_of_text.status();
  absl::StatusOr<absl::CivilDay> as_of = DateValue("as-of", *as_of_text);
  if (!as_of.ok()) return as_of.status();

  absl::StatusOr<FlagLedger> built =
      LedgerFromFlags(args, *currency, *schedule);
  if (!built.ok()) return built.status();
  LedgerRun run{std::move(built->ledger), *as_of,
                std::move(built->duplicates)};
  return *format == OutputFormat::kJson ? RenderJson(run) : RenderTable(run);
}

}  // namespace

const Command& LedgerCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"ledger",
                  "ledger --product=pay-in-30|pay-in-3|financing "
                  "--amount=DECIMAL --currency=CODE --purchase-date=YYYY-MM-DD "
                  "[--shipment-date=YYYY-MM-DD] [--term=MONTHS] "
                  "[--rate=PERCENT] [--count=N] [--interval-days=D] [--days=D] "
                  "[--rounding=MODE] [--payment=ID:AMOUNT@YYYY-MM-DD[/"
                  "RECORDED]]... [--reverse=ID@YYYY-MM-DD[/RECORDED]]... "
                  "[--refund=[ID:]AMOUNT@YYYY-MM-DD[/RECORDED]]... "
                  "[--fee=[ID:]AMOUNT@YYYY-MM-DD[/RECORDED]]... "
                  "[--grace-days=N] [--late-fees=none|uk] --as-of=YYYY-MM-DD "
                  "[--format=table|json]",
                  LedgerFlagSpecs({{"as-of"}, {"format"}})},
      &RunLedger};
  return *kCommand;
}

}  // namespace tenor_cli
