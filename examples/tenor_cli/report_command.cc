// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor report --product=pay-in-30|pay-in-3|financing --amount=DECIMAL
//              --currency=CODE --purchase-date=YYYY-MM-DD
//              [--shipment-date=YYYY-MM-DD] [--term=MONTHS] [--rate=PERCENT]
//              [--count=N] [--interval-days=D] [--days=D] [--rounding=MODE]
//              [--payment=ID:AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              [--reverse=ID@VALUE_DATE[/RECORDED_DATE]]...
//              [--refund=[ID:]AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              [--fee=[ID:]AMOUNT@VALUE_DATE[/RECORDED_DATE]]...
//              --periods=YYYY-MM..YYYY-MM [--hold=YYYY-MM-DD..YYYY-MM-DD]...
//              [--grace-days=N] [--late-fees=none|uk] [--format=table|json]
//
// Credit reporting for one agreement (credit-rules §10, docs/reporting.md):
// for every month end of --periods, the status the lender reported (as known
// on that month end), the correct status (with every transaction given
// known) and whether a correction must be sent. Each --hold is an inclusive
// date range over which adverse statuses are reported `held`.
//
// The schedule and transaction flags are `tenor ledger`'s (ledger_flags.h).
// JSON: {"periods":[{"period_end":"2026-01-31","reported":{"status":
// "in_arrears","missed":1},"correct":{"status":"up_to_date","missed":0},
// "correction":true}, ...]}; a held period is {"status":"held","missed":0}.
// The table is what an operations team reads during an incident: every
// period with what was sent, what should have been, the action, and the
// transactions recorded after their value date.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

ABSL_FLAG(std::string, periods, "",
          "report: month ends from..to, YYYY-MM..YYYY-MM");

namespace tenor_cli {
namespace {

// The one agreement a command line describes: holds name it.
constexpr std::string_view kAgreementId = "agreement";

absl::Status NotARange(std::string_view flag, const std::string& value,
                       std::string_view shape) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "--%s: \"%s\" is not a range; expected %s", flag, value, shape));
}

bool AllDigits(std::string_view s) {
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

// YYYY-MM, exactly: a year 0001..9999 and a month 01..12.
absl::StatusOr<absl::CivilMonth> ParseMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2))) {
    return absl::InvalidArgumentError(
        absl::StrFormat("\"%s\" is not a month YYYY-MM", text));
  }
  const int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                   (text[2] - '0') * 10 + (text[3] - '0');
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  if (year < 1 || month < 1 || month > 12) {
    return absl::InvalidArgumentError(
        absl::StrFormat("\"%s\" is not a month YYYY-MM", text));
  }
  return absl::CivilMonth(year, month);
}

// --periods=YYYY-MM..YYYY-MM: the month ends of both months and those
// between.
absl::StatusOr<tenor::ReportingCalendar> PeriodsFlag() {
  absl::StatusOr<std::string> value =
      Required("periods", absl::GetFlag(FLAGS_periods));
  if (!value.ok()) return value.status();
  const std::size_t dots = value->find("..");
  if (dots == std::string::npos) {
    return NotARange("periods", *value, "YYYY-MM..YYYY-MM");
  }
  absl::StatusOr<absl::CivilMonth> first = ParseMonth(value->substr(0, dots));
  if (!first.ok()) return FlagError("periods", first.status());
  absl::StatusOr<absl::CivilMonth> last = ParseMonth(value->substr(dots + 2));
  if (!last.ok()) return FlagError("periods", last.status());
  absl::StatusOr<tenor::ReportingCalendar> calendar =
      tenor::MonthEnds(*first, *last);
  if (!calendar.ok()) return FlagError("periods", calendar.status());
  return calendar;
}

// Every --hold=YYYY-MM-DD..YYYY-MM-DD, for this agreement.
absl::StatusOr<std::vector<tenor::ReportingHold>> HoldFlags(
    const ParsedArgs& args) {
  std::vector<tenor::ReportingHold> holds;
  for (const std::string& value : args.GetAll("hold")) {
    const std::string flag = absl::StrCat("hold=", value);
    const std::size_t dots = value.find("..");
    if (dots == std::string::npos) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--hold=%s: not a range; expected YYYY-MM-DD..YYYY-MM-DD", value));
    }
    absl::StatusOr<absl::CivilDay> first =
        DateValue(flag, value.substr(0, dots));
    if (!first.ok()) return first.status();
    absl::StatusOr<absl::CivilDay> last =
        DateValue(flag, value.substr(dots + 2));
    if (!last.ok()) return last.status();
    if (*last < *first) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--hold=%s: the end %s is before the start %s (an inverted range)",
          value, tenor::FormatDate(*last), tenor::FormatDate(*first)));
    }
    tenor::ReportingHold hold{tenor::HoldScope::kAgreement,
                              std::string(kAgreementId), *first, *last};
    if (absl::Status s = tenor::ValidateReportingHold(hold); !s.ok()) {
      return FlagError(flag, s);
    }
    holds.push_back(hold);
  }
  return holds;
}

struct ReportRun {
  const tenor::Ledger* ledger;
  std::vector<tenor::ReportingHold> holds;
  std::vector<tenor::PeriodReport> periods;
};

void WriteStatus(JsonWriter& w, std::string_view status, int missed) {
  w.BeginObject().Key("status").Value(status).Key("missed").Value(missed)
      .EndObject();
}

std::string RenderJson(const ReportRun& run) {
  JsonWriter w;
  w.BeginObject().Key("periods").BeginArray();
  for (const tenor::PeriodReport& p : run.periods) {
    w.BeginObject().Key("period_end").Value(tenor::FormatDate(p.period_end));
    w.Key("reported");
    WriteStatus(w, tenor::ReportedStateName(p.reported.state),
                p.reported.missed_instalments);
    w.Key("correct");
    WriteStatus(w, tenor::ArrearsStateName(p.correct.state),
                p.correct.missed_instalments);
    w.Key("correction").Value(p.correction);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.str() + "\n";
}

std::string StatusText(const tenor::ArrearsStatus& s) {
  if (s.state == tenor::ArrearsState::kInArrears) {
    return absl::StrFormat("in_arrears (%d)", s.missed_instalments);
  }
  return std::string(tenor::ArrearsStateName(s.state));
}

std::string ReportedText(const tenor::ReportedStatus& s) {
  if (s.state == tenor::ReportedState::kInArrears) {
    return absl::StrFormat("in_arrears (%d)", s.missed_instalments);
  }
  return std::string(tenor::ReportedStateName(s.state));
}

std::string RenderTable(const ReportRun& run) {
  const tenor::Ledger& l = *run.ledger;
  const tenor::Schedule& s = l.schedule();
  std::string out = absl::StrFormat(
      "Credit reporting: %s of %s, %d instalment(s), grace days %d.\n",
      ProductTitle(s), s.amount_of_credit().ToDisplayString(),
      s.instalments().size(), l.options().grace_days);
  const std::optional<absl::CivilDay> latest = l.latest_recorded_date();
  absl::StrAppend(
      &out,
      "Reported: what the books showed on each period end. Correct: with "
      "every transaction known",
      latest.has_value()
          ? absl::StrCat(" (the last was recorded ",
                         tenor::FormatDate(*latest), ")")
          : std::string(" (there are none)"),
      ".\n");
  if (run.holds.empty()) {
    absl::StrAppend(&out, "Holds: none.\n\n");
  } else {
    std::string list;
    for (const tenor::ReportingHold& h : run.holds) {
      absl::StrAppend(&list, list.empty() ? "" : ", ",
                      tenor::FormatDate(h.first), "..",
                      tenor::FormatDate(h.last));
    }
    absl::StrAppend(&out, "Holds (adverse statuses reported as held): ", list,
                    ".\n\n");
  }
  absl::StrAppend(&out, absl::StrFormat("%-10s  %-15s  %-15s  %s\n",
                                        "period end", "reported", "correct",
                                        "action"));
  int corrections = 0;
  int held = 0;
  for (const tenor::PeriodReport& p : run.periods) {
    std::string action = "none";
    if (p.correction) {
      ++corrections;
      action = absl::StrFormat("SEND CORRECTION: %s (reported %s)",
                               StatusText(p.correct), ReportedText(p.reported));
    } else if (p.reported.held()) {
      ++held;
      action = absl::StrFormat("none: held (books showed %s; correct %s)",
                               StatusText(p.known), StatusText(p.correct));
    }
    absl::StrAppend(
        &out, absl::StrFormat("%-10s  %-15s  %-15s  %s\n",
                              tenor::FormatDate(p.period_end),
                              ReportedText(p.reported), StatusText(p.correct),
                              action));
  }
  absl::StrAppend(&out, absl::StrFormat(
                            "\n%d correction(s) to send; %d period(s) held; "
                            "%d period(s) reported.\n",
                            corrections, held, run.periods.size()));
  absl::StrAppend(&out, "\nRecorded after their value date:\n");
  int late = 0;
  for (const tenor::Transaction& t : l.transactions()) {
    const int64_t days = t.recorded_date - t.value_date;
    if (days == 0) continue;
    ++late;
    absl::StrAppend(
        &out, absl::StrFormat("  %-8s  %-16s  %10s  value %s  recorded %s  "
                              "(%d day(s) later)\n",
                              tenor::TransactionKindName(t.kind), t.id,
                              s.ToMoney(t.amount).ToString(),
                              tenor::FormatDate(t.value_date),
                              tenor::FormatDate(t.recorded_date), days));
  }
  if (late == 0) absl::StrAppend(&out, "  (none)\n");
  return out;
}

absl::StatusOr<std::string> RunReport(const ParsedArgs& args) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Schedule> schedule = ScheduleFromFlags(*currency);
  if (!schedule.ok()) return schedule.status();
  absl::StatusOr<tenor::ReportingCalendar> calendar = PeriodsFlag();
  if (!calendar.ok()) return calendar.status();
  absl::StatusOr<std::vector<tenor::ReportingHold>> holds = HoldFlags(args);
  if (!holds.ok()) return holds.status();
  absl::StatusOr<FlagLedger> built =
      LedgerFromFlags(args, *currency, *schedule);
  if (!built.ok()) return built.status();

  const tenor::ReportableAgreement agreement{
      std::string(kAgreementId),
      std::string(tenor::ProductKindName(schedule->product_kind())),
      &built->ledger};
  absl::StatusOr<std::vector<tenor::PeriodReport>> periods =
      tenor::ReportPeriods(agreement, *calendar, *holds);
  if (!periods.ok()) return FlagError("hold", periods.status());
  const ReportRun run{&built->ledger, *std::move(holds),
                      *std::move(periods)};
  return *format == OutputFormat::kJson ? RenderJson(run) : RenderTable(run);
}

}  // namespace

const Command& ReportCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"report",
                  "report --product=pay-in-30|pay-in-3|financing "
                  "--amount=DECIMAL --currency=CODE --purchase-date=YYYY-MM-DD "
                  "[--shipment-date=YYYY-MM-DD] [--term=MONTHS] "
                  "[--rate=PERCENT] [--count=N] [--interval-days=D] [--days=D] "
                  "[--rounding=MODE] [--payment=ID:AMOUNT@VALUE_DATE[/"
                  "RECORDED_DATE]]... [--reverse=ID@VALUE_DATE[/"
                  "RECORDED_DATE]]... [--refund=[ID:]AMOUNT@VALUE_DATE[/"
                  "RECORDED_DATE]]... [--fee=[ID:]AMOUNT@VALUE_DATE[/"
                  "RECORDED_DATE]]... --periods=YYYY-MM..YYYY-MM "
                  "[--hold=YYYY-MM-DD..YYYY-MM-DD]... [--grace-days=N] "
                  "[--late-fees=none|uk] [--format=table|json]",
                  LedgerFlagSpecs({{"periods"}, {"hold", true}, {"format"}})},
      &RunReport};
  return *kCommand;
}

}  // namespace tenor_cli
