// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor apr --advance=AMOUNT@YYYY-MM-DD ... --payment=AMOUNT@YYYY-MM-DD ...
//           [--basis=calendar|days365|months] [--decimals=1..6]
//           [--convention=eu|us] [--unit-period=...] [--currency=CODE]
//           [--format=table|json]
//
// The APR of dated cash flows: the EU/UK effective rate (CONC App 1.2, CCD
// Annex I) by default, or US Regulation Z Appendix J with --convention=us.
// The two conventions never mix: --basis and --decimals are EU options,
// --unit-period is a US one.

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_format.h"
#include "commands.h"
#include "flags.h"
#include "json.h"
#include "tenor/tenor.h"
#include "values.h"

namespace tenor_cli {
namespace {

// Without --currency, amounts are read in a neutral unit with up to four
// decimals: the APR does not depend on the currency.
absl::StatusOr<tenor::Currency> AmountCurrency(const ParsedArgs& args) {
  const std::string code = absl::GetFlag(FLAGS_currency);
  if (!code.empty()) return CurrencyValue("currency", code);
  (void)args;
  return tenor::Currency::Custom("XXX", 4);
}

// AMOUNT@YYYY-MM-DD
absl::StatusOr<tenor::DatedFlow> FlowValue(std::string_view flag,
                                           const std::string& value,
                                           tenor::Currency currency) {
  const size_t at = value.find('@');
  if (at == std::string::npos) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--%s=%s: expected AMOUNT@YYYY-MM-DD", flag, value));
  }
  absl::StatusOr<tenor::Money> amount =
      MoneyValue(flag, value.substr(0, at), currency);
  if (!amount.ok()) return amount.status();
  absl::StatusOr<absl::CivilDay> date = DateValue(flag, value.substr(at + 1));
  if (!date.ok()) return date.status();
  return tenor::DatedFlow{*amount, *date};
}

absl::StatusOr<std::vector<tenor::DatedFlow>> Flows(const ParsedArgs& args,
                                                    std::string_view flag,
                                                    tenor::Currency currency) {
  std::vector<tenor::DatedFlow> flows;
  for (const std::string& value : args.GetAll(flag)) {
    absl::StatusOr<tenor::DatedFlow> f = FlowValue(flag, value, currency);
    if (!f.ok()) return f.status();
    flows.push_back(*f);
  }
  if (flows.empty()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--%s: at least one is required", flag));
  }
  return flows;
}

std::string Render(OutputFormat format, const std::string& apr,
                   const std::string& description) {
  if (format == OutputFormat::kJson) {
    JsonWriter w;
    w.BeginObject().Key("apr_percent").Value(apr).EndObject();
    return w.str() + "\n";
  }
  return absl::StrFormat("APR %s%% (%s)\n", apr, description);
}

absl::StatusOr<std::string> Run(const ParsedArgs& args) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<tenor::Currency> currency = AmountCurrency(args);
  if (!currency.ok()) return currency.status();
  absl::StatusOr<std::vector<tenor::DatedFlow>> advances =
      Flows(args, "advance", *currency);
  if (!advances.ok()) return advances.status();
  absl::StatusOr<std::vector<tenor::DatedFlow>> payments =
      Flows(args, "payment", *currency);
  if (!payments.ok()) return payments.status();

  const std::string convention = absl::GetFlag(FLAGS_convention);
  if (convention == "eu") {
    if (args.Has("unit-period")) {
      return absl::InvalidArgumentError(
          "--unit-period: only for --convention=us (the conventions are never "
          "mixed)");
    }
    absl::StatusOr<tenor::TimeBasis> basis =
        tenor::ParseTimeBasis(absl::GetFlag(FLAGS_basis));
    if (!basis.ok()) return FlagError("basis", basis.status());
    int decimals = 1;
    if (const std::string d = absl::GetFlag(FLAGS_decimals); !d.empty()) {
      absl::StatusOr<int> parsed = IntValue("decimals", d, 1, 6);
      if (!parsed.ok()) return parsed.status();
      decimals = *parsed;
    }
    absl::StatusOr<tenor::Apr> apr =
        tenor::ComputeApr(*advances, *payments, *basis, decimals);
    if (!apr.ok()) return FlagError("payment", apr.status());
    return Render(*format, apr->ToString(),
                  absl::StrFormat("EU/UK effective rate, %s basis",
                                  tenor::TimeBasisName(*basis)));
  }
  if (convention == "us") {
    if (args.Has("basis")) {
      return absl::InvalidArgumentError(
          "--basis: only for --convention=eu (the conventions are never "
          "mixed)");
    }
    if (const std::string d = absl::GetFlag(FLAGS_decimals);
        !d.empty() && d != "2") {
      return absl::InvalidArgumentError(
          "--decimals: Regulation Z APRs are reported to 2 decimals");
    }
    if (advances->size() != 1) {
      return absl::InvalidArgumentError(
          "--advance: Regulation Z Appendix J takes exactly one advance (the "
          "amount financed)");
    }
    absl::StatusOr<tenor::RegZUnitPeriod> unit =
        tenor::ParseRegZUnitPeriod(absl::GetFlag(FLAGS_unit_period));
    if (!unit.ok()) return FlagError("unit-period", unit.status());
    std::vector<tenor::RegZPayment> us_payments;
    for (const tenor::DatedFlow& p : *payments) {
      us_payments.push_back({p.amount, p.date});
    }
    absl::StatusOr<tenor::RegZApr> apr = tenor::ComputeRegZApr(
        (*advances)[0].amount, (*advances)[0].date, us_payments, *unit);
    if (!apr.ok()) return FlagError("payment", apr.status());
    return Render(*format, apr->ToString(),
                  absl::StrFormat("US Regulation Z Appendix J, unit period %s",
                                  tenor::RegZUnitPeriodName(*unit)));
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "--convention: \"%s\" is not a convention; expected eu or us",
      convention));
}

}  // namespace

const Command& AprCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"apr",
                  "apr --advance=AMOUNT@YYYY-MM-DD ... "
                  "--payment=AMOUNT@YYYY-MM-DD ... "
                  "[--basis=calendar|days365|months] [--decimals=1..6] "
                  "[--convention=eu|us] [--unit-period=month|semi-month|"
                  "2-months|quarter|week|2-weeks|4-weeks] [--currency=CODE] "
                  "[--format=table|json]",
                  {{"advance", true},
                   {"payment", true},
                   {"basis"},
                   {"decimals"},
                   {"convention"},
                   {"unit-period"},
                   {"currency"},
                   {"format"}}},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
