// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor checkout --amount=DECIMAL --currency=CODE --at=RFC3339-INSTANT
//                [--purchase-date=YYYY-MM-DD] [--switch=...]...
//                [--assessment=...]... [--outstanding=DECIMAL]
//                [--reenable-delay=DURATION] [--min-off=DURATION]
//                [--format=table|json]
//
// Evaluates a checkout against the built-in example catalog (docs/checkout.md)
// for a customer whose credit-switch history and assessments are given on
// the command line.

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "commands.h"
#include "flags.h"
#include "tenor/tenor.h"
#include "values.h"

ABSL_FLAG(std::string, at, "", "checkout instant, RFC 3339");
ABSL_FLAG(std::string, outstanding, "", "outstanding credit balance");
ABSL_FLAG(std::string, reenable_delay, "0s",
          "credit-switch re-enable delay, e.g. 72h");
ABSL_FLAG(std::string, min_off, "0s", "credit-switch minimum off period");

namespace tenor_cli {
namespace {

absl::Status SwitchError(const std::string& value, const absl::Status& s) {
  return absl::Status(s.code(),
                      absl::StrFormat("--switch=%s: %s", value, s.message()));
}

// off,INSTANT,self | off,INSTANT,support,AGENT | on,INSTANT,support,AGENT
absl::Status ApplySwitch(const std::string& value,
                         tenor::CreditSwitchHistory* history) {
  const std::vector<std::string> parts = absl::StrSplit(value, ',');
  const bool shape_ok =
      (parts.size() == 3 && parts[2] == "self") ||
      (parts.size() == 4 && parts[2] == "support");
  if (!shape_ok || (parts[0] != "off" && parts[0] != "on")) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--switch=%s: expected off,INSTANT,self or off|on,INSTANT,support,AGENT",
        value));
  }
  absl::StatusOr<absl::Time> instant = InstantValue("switch", parts[1]);
  if (!instant.ok()) return instant.status();
  const tenor::Channel channel = parts[2] == "self"
                                     ? tenor::Channel::kSelfService
                                     : tenor::Channel::kCustomerService;
  const std::string actor = parts.size() == 4 ? parts[3] : "customer";
  if (parts[0] == "off") {
    absl::StatusOr<tenor::SwitchOffResult> r =
        history->RequestOff(*instant, channel, actor);
    return r.ok() ? absl::OkStatus() : SwitchError(value, r.status());
  }
  absl::StatusOr<tenor::SwitchOnResult> r =
      history->RequestOn(*instant, channel, actor);
  return r.ok() ? absl::OkStatus() : SwitchError(value, r.status());
}

// soft|hard,approved|declined,LIMIT,INSTANT
absl::StatusOr<tenor::CreditAssessment> ParseAssessment(
    const std::string& value, tenor::Currency currency) {
  const std::vector<std::string> parts = absl::StrSplit(value, ',');
  auto bad = [&](const absl::Status& s) {
    return absl::Status(s.code(), absl::StrFormat("--assessment=%s: %s", value,
                                                  s.message()));
  };
  if (parts.size() != 4) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--assessment=%s: expected soft|hard,approved|declined,LIMIT,INSTANT",
        value));
  }
  absl::StatusOr<tenor::AssessmentKind> kind =
      tenor::ParseAssessmentKind(parts[0]);
  if (!kind.ok()) return bad(kind.status());
  absl::StatusOr<tenor::AssessmentOutcome> outcome =
      tenor::ParseAssessmentOutcome(parts[1]);
  if (!outcome.ok()) return bad(outcome.status());
  absl::StatusOr<tenor::Money> limit = tenor::Money::Parse(parts[2], currency);
  if (!limit.ok()) return bad(limit.status());
  absl::StatusOr<absl::Time> made = InstantValue("assessment", parts[3]);
  if (!made.ok()) return made.status();
  return tenor::CreditAssessment{*kind, *outcome, *limit, *made};
}

absl::StatusOr<std::string> Run(const ParsedArgs& args) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Money> amount = AmountFlag(*currency);
  if (!amount.ok()) return amount.status();
  absl::StatusOr<std::string> at_text = Required("at", absl::GetFlag(FLAGS_at));
  if (!at_text.ok()) return at_text.status();
  absl::StatusOr<absl::Time> at = InstantValue("at", *at_text);
  if (!at.ok()) return at.status();

  absl::CivilDay purchase_date =
      absl::ToCivilDay(*at, absl::UTCTimeZone());
  if (const std::string text = absl::GetFlag(FLAGS_purchase_date);
      !text.empty()) {
    absl::StatusOr<absl::CivilDay> d = DateValue("purchase-date", text);
    if (!d.ok()) return d.status();
    purchase_date = *d;
  }
  tenor::Money outstanding = tenor::Money::Zero(*currency);
  if (const std::string text = absl::GetFlag(FLAGS_outstanding);
      !text.empty()) {
    absl::StatusOr<tenor::Money> m = MoneyValue("outstanding", text, *currency);
    if (!m.ok()) return m.status();
    outstanding = *m;
  }
  tenor::CreditSwitchPolicy policy;
  absl::StatusOr<absl::Duration> delay =
      DurationValue("reenable-delay", absl::GetFlag(FLAGS_reenable_delay));
  if (!delay.ok()) return delay.status();
  absl::StatusOr<absl::Duration> min_off =
      DurationValue("min-off", absl::GetFlag(FLAGS_min_off));
  if (!min_off.ok()) return min_off.status();
  policy.re_enable_delay = *delay;
  policy.min_off_period = *min_off;
  absl::StatusOr<tenor::CreditSwitchHistory> history =
      tenor::CreditSwitchHistory::Create(policy);
  if (!history.ok()) return FlagError("reenable-delay", history.status());
  for (const std::string& event : args.GetAll("switch")) {
    if (absl::Status s = ApplySwitch(event, &*history); !s.ok()) return s;
  }
  std::vector<tenor::CreditAssessment> assessments;
  for (const std::string& a : args.GetAll("assessment")) {
    absl::StatusOr<tenor::CreditAssessment> parsed =
        ParseAssessment(a, *currency);
    if (!parsed.ok()) return parsed.status();
    assessments.push_back(*parsed);
  }
  const tenor::Cart cart{*amount, purchase_date, std::nullopt};
  absl::StatusOr<tenor::CheckoutDecision> decision = tenor::EvaluateCheckout(
      *history, assessments, outstanding, tenor::ExampleCatalog(), cart, *at);
  if (!decision.ok()) return decision.status();
  return *format == OutputFormat::kJson ? tenor::ToJson(*decision) + "\n"
                                        : tenor::ToText(*decision, cart);
}

}  // namespace

const Command& CheckoutCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"checkout",
                  "checkout --amount=DECIMAL --currency=CODE --at=INSTANT "
                  "[--purchase-date=YYYY-MM-DD] [--switch=...]... "
                  "[--assessment=...]... [--outstanding=DECIMAL] "
                  "[--reenable-delay=72h] [--min-off=180d] "
                  "[--format=table|json]",
                  {{"amount"},
                   {"currency"},
                   {"at"},
                   {"purchase-date"},
                   {"switch", true},
                   {"assessment", true},
                   {"outstanding"},
                   {"reenable-delay"},
                   {"min-off"},
                   {"format"}}},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
