// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor settle --amount=DECIMAL --currency=CODE --shipment-date=YYYY-MM-DD
//              --term=N (--rate=PCT | --instalment=DECIMAL)
//              --paid=K --settle-date=YYYY-MM-DD
//              [--defer=on|off] [--format=table|json]
//
// An early-settlement quote (credit-rules §9, docs/repayments.md) for an
// agreement whose first K instalments were paid on their due dates.
//
// The agreement is either
//   * a §4.3 financing schedule: --rate (term 6..36, due monthly from
//     AddMonths(shipment date, 1)), its APR as the schedule discloses it; or
//   * N monthly instalments of a given amount: --instalment (term 1..600),
//     due on AddMonths(shipment date, k), with the APR of those flows (§5,
//     months basis, 1 decimal). This is how §9's example (48 x 134.57, 48
//     being beyond financing's 36 months) is run:
//
//   tenor settle --amount=5000.00 --currency=GBP --shipment-date=2010-03-01
//                --term=48 --instalment=134.57 --paid=12
//                --settle-date=2011-03-01 --format=json
//   {"settlement_amount":"4027.73","rebate":"816.79","apr_percent":"14.0",...}

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "commands.h"
#include "flags.h"
#include "tenor/tenor.h"
#include "values.h"

ABSL_FLAG(std::string, paid, "",
          "settle: the first K instalments were paid on their due dates");
ABSL_FLAG(std::string, settle_date, "", "settle: settlement date, YYYY-MM-DD");
ABSL_FLAG(std::string, defer, "on",
          "settle: one-month deferment for agreements over 12 months, on|off");
ABSL_FLAG(std::string, instalment, "",
          "settle: the monthly instalment, for an agreement given by its "
          "payments instead of --rate");

namespace tenor_cli {
namespace {

// The agreement the flags describe, with its disclosed APR.
struct SettleAgreement {
  tenor::SettlementTerms terms;
  int term_months = 0;
};

absl::StatusOr<SettleAgreement> FromRate(tenor::Money amount, int term,
                                   absl::CivilDay shipment) {
  absl::StatusOr<tenor::Rate> rate =
      tenor::Rate::Parse(absl::GetFlag(FLAGS_rate));
  if (!rate.ok()) return FlagError("rate", rate.status());
  tenor::Financing financing;
  financing.offered_terms = {term};
  financing.rate = *rate;
  if (absl::Status s = financing.Validate(); !s.ok()) {
    return FlagError(
        "term",
        absl::Status(s.code(),
                     absl::StrCat(s.message(),
                                  "; for other terms describe the agreement "
                                  "by its payments with --instalment")));
  }
  absl::StatusOr<tenor::Schedule> schedule =
      tenor::PreviewFinancing(financing, amount, term, shipment);
  if (!schedule.ok()) return FlagError("amount", schedule.status());
  return SettleAgreement{tenor::SettlementTermsOf(*schedule), term};
}

absl::StatusOr<SettleAgreement> FromInstalment(tenor::Money amount, int term,
                                         absl::CivilDay shipment) {
  absl::StatusOr<tenor::Money> instalment =
      MoneyValue("instalment", absl::GetFlag(FLAGS_instalment),
                 amount.currency());
  if (!instalment.ok()) return instalment.status();
  if (!instalment->is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--instalment: %s must be positive", instalment->ToString()));
  }
  SettleAgreement a;
  a.term_months = term;
  a.terms.advances = {tenor::DatedFlow{amount, shipment}};
  for (int k = 1; k <= term; ++k) {
    absl::StatusOr<absl::CivilDay> due = tenor::AddMonths(shipment, k);
    if (!due.ok()) return FlagError("shipment-date", due.status());
    a.terms.instalments.push_back(tenor::DatedFlow{*instalment, *due});
  }
  // The APR the agreement would disclose (§5, months basis, 1 decimal).
  const std::vector<int64_t> payments(static_cast<size_t>(term),
                                      instalment->minor_units());
  absl::StatusOr<tenor::Apr> apr =
      tenor::ComputeMonthlyApr(amount.minor_units(), payments, 1);
  if (!apr.ok()) return FlagError("instalment", apr.status());
  a.terms.apr = *apr;
  return a;
}

absl::StatusOr<std::string> Run(const ParsedArgs& args) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Money> amount = AmountFlag(*currency);
  if (!amount.ok()) return amount.status();
  if (!amount->is_positive()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--amount: %s must be positive", amount->ToString()));
  }
  absl::StatusOr<std::string> shipment_text =
      Required("shipment-date", absl::GetFlag(FLAGS_shipment_date));
  if (!shipment_text.ok()) return shipment_text.status();
  absl::StatusOr<absl::CivilDay> shipment =
      DateValue("shipment-date", *shipment_text);
  if (!shipment.ok()) return shipment.status();
  absl::StatusOr<std::string> term_text =
      Required("term", absl::GetFlag(FLAGS_term));
  if (!term_text.ok()) return term_text.status();
  absl::StatusOr<int> term =
      IntValue("term", *term_text, 1, tenor::kMaxLevelPaymentTerm);
  if (!term.ok()) return term.status();
  absl::StatusOr<std::string> paid_text =
      Required("paid", absl::GetFlag(FLAGS_paid));
  if (!paid_text.ok()) return paid_text.status();
  absl::StatusOr<int> paid = IntValue("paid", *paid_text, 0, *term);
  if (!paid.ok()) return paid.status();
  absl::StatusOr<std::string> settle_text =
      Required("settle-date", absl::GetFlag(FLAGS_settle_date));
  if (!settle_text.ok()) return settle_text.status();
  absl::StatusOr<absl::CivilDay> settle =
      DateValue("settle-date", *settle_text);
  if (!settle.ok()) return settle.status();
  const std::string defer = absl::GetFlag(FLAGS_defer);
  if (defer != "on" && defer != "off") {
    return absl::InvalidArgumentError(
        absl::StrFormat("--defer: \"%s\" must be on or off", defer));
  }

  const bool by_rate = args.Has("rate");
  const bool by_instalment = args.Has("instalment");
  if (by_rate == by_instalment) {
    return absl::InvalidArgumentError(
        "--rate, --instalment: give exactly one (a §4.3 schedule at a rate, "
        "or level instalments of a given amount)");
  }
  absl::StatusOr<SettleAgreement> agreement =
      by_rate ? FromRate(*amount, *term, *shipment)
              : FromInstalment(*amount, *term, *shipment);
  if (!agreement.ok()) return agreement.status();

  std::vector<tenor::DatedFlow> repayments;
  for (int k = 0; k < *paid; ++k) {
    const tenor::DatedFlow& due =
        agreement->terms.instalments[static_cast<size_t>(k)];
    if (due.date > *settle) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--paid: instalment %d is due %s, after --settle-date %s", k + 1,
          tenor::FormatDate(due.date), *settle_text));
    }
    repayments.push_back(due);
  }
  tenor::SettlementOptions options;
  options.defer_one_month = defer == "on";
  absl::StatusOr<tenor::SettlementQuote> quote = tenor::QuoteEarlySettlement(
      agreement->terms, repayments, *settle, options);
  if (!quote.ok()) return FlagError("settle-date", quote.status());
  const tenor::SettlementRenderOptions counts{*paid, *term};
  return *format == OutputFormat::kJson ? tenor::ToJson(*quote, counts) + "\n"
                                        : tenor::ToText(*quote, counts);
}

}  // namespace

const Command& SettleCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"settle",
                  "settle --amount=DECIMAL --currency=CODE "
                  "--shipment-date=YYYY-MM-DD --term=N "
                  "(--rate=PCT | --instalment=DECIMAL) --paid=K "
                  "--settle-date=YYYY-MM-DD [--defer=on|off] "
                  "[--format=table|json]",
                  {{"amount"},
                   {"currency"},
                   {"shipment-date"},
                   {"term"},
                   {"rate"},
                   {"instalment"},
                   {"paid"},
                   {"settle-date"},
                   {"defer"},
                   {"format"}}},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
