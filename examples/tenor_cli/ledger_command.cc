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
  const tenor::LedgerRenderOptions render{run.duplicates};
  return *format == OutputFormat::kJson
             ? tenor::ToJson(run.ledger, run.as_of, render) + "\n"
             : tenor::ToText(run.ledger, run.as_of, render);
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
