// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor quote --product=pay-in-30|pay-in-3|financing --amount=DECIMAL
//             --currency=CODE --purchase-date=YYYY-MM-DD
//             [--shipment-date=YYYY-MM-DD] [--term=MONTHS] [--rate=PERCENT]
//             [--count=N] [--interval-days=D] [--days=D]
//             [--rounding=MODE] [--format=table|json]
//
// A schedule preview: needs no customer and creates no agreement.

#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "commands.h"
#include "flags.h"
#include "json.h"
#include "schedule_flags.h"
#include "tenor/tenor.h"
#include "values.h"

namespace tenor_cli {
namespace {

std::string ProductName(const tenor::Schedule& s) {
  switch (s.product_kind()) {
    case tenor::ProductKind::kPayIn30Days:
      return "pay-in-30";
    case tenor::ProductKind::kPayInN:
      return "pay-in-3";
    case tenor::ProductKind::kFinancing:
      return "financing";
  }
  return "";
}

std::string RenderJson(const tenor::Schedule& s) {
  JsonWriter w;
  w.BeginObject()
      .Key("product").Value(ProductName(s))
      .Key("currency").Value(s.currency().code())
      .Key("amount").Value(s.amount_of_credit().ToString())
      .Key("rate_percent").Value(s.rate().ToString())
      .Key("term_months").Value(s.term_months())
      .Key("number_of_instalments")
      .Value(static_cast<int64_t>(s.instalments().size()))
      .Key("first_due_date").Value(tenor::FormatDate(s.first_instalment().due_date))
      .Key("last_due_date").Value(tenor::FormatDate(s.last_instalment().due_date))
      .Key("apr_percent").Value(s.apr().ToString())
      .Key("total_interest").Value(s.total_interest().ToString())
      .Key("total_payable").Value(s.total_payable().ToString())
      .Key("instalments").BeginArray();
  for (const tenor::Instalment& i : s.instalments()) {
    w.BeginObject()
        .Key("n").Value(i.number)
        .Key("due_date").Value(tenor::FormatDate(i.due_date))
        .Key("amount").Value(s.ToMoney(i.amount).ToString())
        .Key("interest").Value(s.ToMoney(i.interest).ToString())
        .Key("principal").Value(s.ToMoney(i.principal).ToString())
        .Key("balance").Value(s.ToMoney(i.balance).ToString())
        .EndObject();
  }
  w.EndArray().EndObject();
  return w.str() + "\n";
}

std::string RenderTable(const tenor::Schedule& s) {
  std::string out = absl::StrFormat(
      "%s: %s over %d instalment(s), rate %s%% p.a. (fixed)\n\n",
      ProductName(s), s.amount_of_credit().ToDisplayString(),
      s.instalments().size(), s.rate().ToString());
  absl::StrAppend(&out, absl::StrFormat("%3s  %-10s  %12s  %12s  %12s  %12s\n",
                                        "n", "due", "amount", "interest",
                                        "principal", "balance"));
  for (const tenor::Instalment& i : s.instalments()) {
    absl::StrAppend(
        &out, absl::StrFormat("%3d  %-10s  %12s  %12s  %12s  %12s\n", i.number,
                              tenor::FormatDate(i.due_date),
                              s.ToMoney(i.amount).ToString(),
                              s.ToMoney(i.interest).ToString(),
                              s.ToMoney(i.principal).ToString(),
                              s.ToMoney(i.balance).ToString()));
  }
  const tenor::Money principal_total = s.amount_of_credit();
  absl::StrAppend(&out, absl::StrFormat("%3s  %-10s  %12s  %12s  %12s\n", "",
                                        "total", s.total_payable().ToString(),
                                        s.total_interest().ToString(),
                                        principal_total.ToString()));
  absl::StrAppend(&out, absl::StrFormat("\nAPR %s%%\n", s.apr().ToString()));
  return out;
}

absl::StatusOr<std::string> Run(const ParsedArgs& /*args*/) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<std::string> product =
      Required("product", absl::GetFlag(FLAGS_product));
  if (!product.ok()) return product.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Schedule> schedule = ScheduleFromFlags(*currency);
  if (!schedule.ok()) return schedule.status();
  return *format == OutputFormat::kJson ? RenderJson(*schedule)
                                        : RenderTable(*schedule);
}

}  // namespace

const Command& QuoteCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"quote",
                  "quote --product=pay-in-30|pay-in-3|financing "
                  "--amount=DECIMAL --currency=CODE --purchase-date=YYYY-MM-DD "
                  "[--shipment-date=YYYY-MM-DD] [--term=MONTHS] "
                  "[--rate=PERCENT] [--count=N] [--interval-days=D] [--days=D] "
                  "[--rounding=MODE] [--format=table|json]",
                  ScheduleFlagSpecs({{"format"}})},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
