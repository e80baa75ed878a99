// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "schedule_flags.h"

#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_format.h"
#include "cli.h"
#include "flags.h"
#include "values.h"

namespace tenor_cli {

absl::StatusOr<tenor::Schedule> ScheduleFromFlags(tenor::Currency currency) {
  absl::StatusOr<std::string> product =
      Required("product", absl::GetFlag(FLAGS_product));
  if (!product.ok()) return product.status();
  absl::StatusOr<tenor::Money> amount = AmountFlag(currency);
  if (!amount.ok()) return amount.status();
  absl::StatusOr<std::string> purchase_text =
      Required("purchase-date", absl::GetFlag(FLAGS_purchase_date));
  if (!purchase_text.ok()) return purchase_text.status();
  absl::StatusOr<absl::CivilDay> purchase =
      DateValue("purchase-date", *purchase_text);
  if (!purchase.ok()) return purchase.status();
  absl::CivilDay shipment = *purchase;
  if (const std::string text = absl::GetFlag(FLAGS_shipment_date);
      !text.empty()) {
    absl::StatusOr<absl::CivilDay> d = DateValue("shipment-date", text);
    if (!d.ok()) return d.status();
    if (*d < *purchase) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--shipment-date: %s is before the purchase date %s", text,
          *purchase_text));
    }
    shipment = *d;
  }
  absl::StatusOr<tenor::RoundingMode> rounding =
      tenor::ParseRoundingMode(absl::GetFlag(FLAGS_rounding));
  if (!rounding.ok()) return FlagError("rounding", rounding.status());

  absl::StatusOr<tenor::Schedule> schedule =
      absl::InvalidArgumentError("--product: unreachable");
  if (*product == "financing") {
    absl::StatusOr<std::string> term_text =
        Required("term", absl::GetFlag(FLAGS_term));
    if (!term_text.ok()) return term_text.status();
    absl::StatusOr<int> term = IntValue("term", *term_text, 1, 1000);
    if (!term.ok()) return term.status();
    absl::StatusOr<tenor::Rate> rate =
        tenor::Rate::Parse(absl::GetFlag(FLAGS_rate));
    if (!rate.ok()) return FlagError("rate", rate.status());
    tenor::Financing financing;
    financing.offered_terms = {*term};
    financing.rate = *rate;
    financing.rounding = *rounding;
    if (absl::Status s = financing.Validate(); !s.ok()) {
      return FlagError("term", s);
    }
    schedule = tenor::PreviewFinancing(financing, *amount, *term, shipment);
  } else if (*product == "pay-in-3") {
    absl::StatusOr<int> count =
        IntValue("count", absl::GetFlag(FLAGS_count), 0, 1000);
    if (!count.ok()) return count.status();
    absl::StatusOr<int> interval = IntValue(
        "interval-days", absl::GetFlag(FLAGS_interval_days), 0, 100000);
    if (!interval.ok()) return interval.status();
    tenor::PayInN pay_in_n;
    pay_in_n.count = *count;
    pay_in_n.interval_days = *interval;
    if (absl::Status s = pay_in_n.Validate(); !s.ok()) {
      return FlagError("count", s);
    }
    schedule = tenor::PreviewPayInN(pay_in_n, *amount, *purchase);
  } else if (*product == "pay-in-30") {
    absl::StatusOr<int> days =
        IntValue("days", absl::GetFlag(FLAGS_days), 0, 100000);
    if (!days.ok()) return days.status();
    tenor::PayIn30Days pay_in_30;
    pay_in_30.days = *days;
    if (absl::Status s = pay_in_30.Validate(); !s.ok()) {
      return FlagError("days", s);
    }
    schedule = tenor::PreviewPayIn30Days(pay_in_30, *amount, shipment);
  } else {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--product: \"%s\" is not a product; expected pay-in-30, pay-in-3 or "
        "financing",
        *product));
  }
  if (!schedule.ok()) return FlagError("amount", schedule.status());
  return schedule;
}

std::vector<FlagSpec> ScheduleFlagSpecs(std::initializer_list<FlagSpec> more) {
  std::vector<FlagSpec> flags = {
      {"product"}, {"amount"},        {"currency"}, {"purchase-date"},
      {"shipment-date"}, {"term"},    {"rate"},     {"count"},
      {"interval-days"}, {"days"},    {"rounding"}};
  flags.insert(flags.end(), more.begin(), more.end());
  return flags;
}

}  // namespace tenor_cli
