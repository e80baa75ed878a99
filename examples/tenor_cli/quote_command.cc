// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor quote --product=pay-in-30|pay-in-3|financing --amount=DECIMAL
//             --currency=CODE --purchase-date=YYYY-MM-DD
//             [--shipment-date=YYYY-MM-DD] [--term=MONTHS] [--rate=PERCENT]
//             [--count=N] [--interval-days=D] [--days=D]
//             [--rounding=MODE] [--format=table|json|svg]
//
// A schedule preview: needs no customer and creates no agreement.

#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "commands.h"
#include "flags.h"
#include "schedule_flags.h"
#include "tenor/tenor.h"
#include "values.h"

namespace tenor_cli {
namespace {

absl::StatusOr<std::string> Run(const ParsedArgs& /*args*/) {
  // --format=svg: the schedule as a chart (render/svg.h); quote only.
  const bool svg = absl::GetFlag(FLAGS_format) == "svg";
  absl::StatusOr<OutputFormat> format =
      svg ? absl::StatusOr<OutputFormat>(OutputFormat::kTable) : FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<std::string> product =
      Required("product", absl::GetFlag(FLAGS_product));
  if (!product.ok()) return product.status();
  absl::StatusOr<tenor::Currency> currency = CurrencyFlag();
  if (!currency.ok()) return currency.status();
  absl::StatusOr<tenor::Schedule> schedule = ScheduleFromFlags(*currency);
  if (!schedule.ok()) return schedule.status();
  if (svg) return tenor::ToSvg(*schedule);
  return *format == OutputFormat::kJson ? tenor::ToJson(*schedule) + "\n"
                                        : tenor::ToText(*schedule);
}

}  // namespace

const Command& QuoteCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"quote",
                  "quote --product=pay-in-30|pay-in-3|financing "
                  "--amount=DECIMAL --currency=CODE --purchase-date=YYYY-MM-DD "
                  "[--shipment-date=YYYY-MM-DD] [--term=MONTHS] "
                  "[--rate=PERCENT] [--count=N] [--interval-days=D] [--days=D] "
                  "[--rounding=MODE] [--format=table|json|svg]",
                  ScheduleFlagSpecs({{"format"}})},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
