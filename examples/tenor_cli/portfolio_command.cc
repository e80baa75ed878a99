// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor portfolio --agreements=N --seed=S --as-of=YYYY-MM-DD
//                 [--format=table|json]
//
// A nightly re-status of a financing book (issue #6, docs/performance.md):
// generates N pseudo-random financing agreements, builds every schedule and
// APR, records each agreement's payment history in a ledger and statuses it
// as of the date. Prints the counts by arrears status, the total
// outstanding and the elapsed compute time (everything after flag parsing,
// before printing).
//
// The generator (SplitMix64 seeded with S, batch.h), for each agreement in
// turn:
//   amount    GBP 99.00 to 10,000.00, uniform in minor units;
//   term      6, 12, 18, 24 or 36 months, equally likely;
//   rate      0, 9.9, 14.9, 18.9, 24.9 or 29.9 % p.a., equally likely,
//             rounding half-up;
//   shipment  0 to 1,095 days before the as-of date, uniform;
//   payments  for each instalment due on or before the as-of date: 90 %
//             paid in full on the due date, 5 % paid in full 1 to 20 days
//             late (counted only if that is on or before the as-of date),
//             5 % missed.
// Ledgers have no grace days and no late fees. The same N, S and date give
// the same counts and total on every machine.

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/flags/declare.h"
#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "batch.h"
#include "commands.h"
#include "flags.h"
#include "json.h"
#include "tenor/tenor.h"
#include "values.h"

ABSL_FLAG(std::string, agreements, "", "portfolio: how many agreements");
ABSL_FLAG(std::string, seed, "", "portfolio: the generator's seed");
ABSL_DECLARE_FLAG(std::string, as_of);  // defined by `tenor ledger`

namespace tenor_cli {
namespace {

constexpr int kTerms[] = {6, 12, 18, 24, 36};
constexpr int64_t kRatesMicroPercent[] = {0,          9'900'000,  14'900'000,
                                          18'900'000, 24'900'000, 29'900'000};
constexpr int64_t kMaxAgreements = 100'000'000;

struct PortfolioResult {
  int64_t agreements = 0;
  int64_t up_to_date = 0;
  int64_t settled = 0;
  int64_t in_arrears = 0;
  // In arrears by missed instalments: 1, 2, 3 or more.
  std::array<int64_t, 3> in_arrears_by_missed{};
  int64_t outstanding = 0;  // GBP minor units
  int64_t payments = 0;
  int64_t elapsed_us = 0;
  int64_t cpu_us = 0;
  std::string elapsed_seconds;
};

absl::Status Generate(int64_t n, uint64_t seed, absl::CivilDay as_of,
                      PortfolioResult* out) {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  SplitMix64 rng(seed);
  std::vector<std::string> ids;
  for (int k = 1; k <= tenor::kMaxFinancingTerm; ++k) {
    ids.push_back(absl::StrCat("P", k));
  }
  tenor::Financing product;
  product.offered_terms = {6, 12, 18, 24, 36};
  product.rounding = tenor::RoundingMode::kHalfUp;
  for (int64_t j = 0; j < n; ++j) {
    const tenor::Money amount =
        tenor::Money::FromMinorUnits(rng.Uniform(9'900, 1'000'000), gbp);
    const int term = kTerms[rng.Uniform(0, 4)];
    product.rate = *tenor::Rate::FromMicroPercent(
        kRatesMicroPercent[rng.Uniform(0, 5)]);
    const absl::CivilDay shipped = as_of - rng.Uniform(0, 1'095);
    absl::StatusOr<tenor::Schedule> schedule =
        tenor::BuildFinancingSchedule(product, amount, term, shipped);
    if (!schedule.ok()) return schedule.status();
    absl::StatusOr<tenor::Ledger> ledger = tenor::Ledger::Create(*schedule);
    if (!ledger.ok()) return ledger.status();
    for (const tenor::Instalment& row : schedule->instalments()) {
      if (row.due_date > as_of) break;
      const int64_t draw = rng.Uniform(0, 999);
      absl::CivilDay paid_on = row.due_date;
      if (draw >= 950) continue;  // missed
      if (draw >= 900) {
        paid_on = row.due_date + rng.Uniform(1, 20);
        if (paid_on > as_of) continue;  // not paid yet
      }
      absl::StatusOr<tenor::RecordResult> r = ledger->RecordPayment(
          ids[static_cast<size_t>(row.number - 1)],
          schedule->ToMoney(row.amount), paid_on);
      if (!r.ok()) return r.status();
      ++out->payments;
    }
    const tenor::Statement statement = ledger->StatementAsOf(as_of);
    switch (statement.arrears.state) {
      case tenor::ArrearsState::kUpToDate:
        ++out->up_to_date;
        break;
      case tenor::ArrearsState::kSettled:
        ++out->settled;
        break;
      case tenor::ArrearsState::kInArrears:
        ++out->in_arrears;
        ++out->in_arrears_by_missed[static_cast<size_t>(
            std::min(statement.arrears.missed_instalments, 3) - 1)];
        break;
    }
    out->outstanding += statement.totals.outstanding;
  }
  out->agreements = n;
  return absl::OkStatus();
}

std::string RenderJson(const PortfolioResult& r, uint64_t seed,
                       absl::CivilDay as_of) {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  JsonWriter w;
  w.BeginObject()
      .Key("agreements").Value(r.agreements)
      .Key("seed").Value(static_cast<int64_t>(seed))
      .Key("as_of").Value(tenor::FormatDate(as_of))
      .Key("by_status").BeginObject()
      .Key("up_to_date").Value(r.up_to_date)
      .Key("in_arrears").Value(r.in_arrears)
      .Key("settled").Value(r.settled)
      .EndObject()
      .Key("in_arrears_by_missed").BeginObject()
      .Key("1").Value(r.in_arrears_by_missed[0])
      .Key("2").Value(r.in_arrears_by_missed[1])
      .Key("3_or_more").Value(r.in_arrears_by_missed[2])
      .EndObject()
      .Key("payments_recorded").Value(r.payments)
      .Key("currency").Value("GBP")
      .Key("total_outstanding")
      .Value(tenor::Money::FromMinorUnits(r.outstanding, gbp).ToString())
      .Key("compute_microseconds").Value(r.elapsed_us)
      .Key("cpu_microseconds").Value(r.cpu_us)
      .EndObject();
  return w.str() + "\n";
}

std::string RenderTable(const PortfolioResult& r, uint64_t seed,
                        absl::CivilDay as_of) {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  std::string out = absl::StrFormat(
      "Portfolio of %d financing agreements (seed %d), statused as of %s\n\n",
      r.agreements, seed, tenor::FormatDate(as_of));
  absl::StrAppend(&out, absl::StrFormat("  %-22s  %12s\n", "arrears status",
                                        "agreements"));
  absl::StrAppend(&out,
                  absl::StrFormat("  %-22s  %12d\n", "up_to_date", r.up_to_date));
  absl::StrAppend(&out,
                  absl::StrFormat("  %-22s  %12d\n", "in_arrears", r.in_arrears));
  const char* const kMissed[] = {"  1 missed", "  2 missed", "  3+ missed"};
  for (size_t k = 0; k < 3; ++k) {
    absl::StrAppend(&out, absl::StrFormat("  %-22s  %12d\n", kMissed[k],
                                          r.in_arrears_by_missed[k]));
  }
  absl::StrAppend(&out,
                  absl::StrFormat("  %-22s  %12d\n", "settled", r.settled));
  absl::StrAppend(
      &out,
      absl::StrFormat(
          "\n  payments recorded       %d\n  total outstanding       %s\n"
          "  compute time            %s s elapsed, %s s CPU (schedules, "
          "APRs, ledgers, statuses; one core)\n",
          r.payments,
          tenor::Money::FromMinorUnits(r.outstanding, gbp).ToDisplayString(),
          r.elapsed_seconds, SecondsText(r.cpu_us)));
  return out;
}

absl::StatusOr<std::string> Run(const ParsedArgs& /*args*/) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<int64_t> n = CountValue(
      "agreements", absl::GetFlag(FLAGS_agreements), 1, kMaxAgreements);
  if (!n.ok()) return n.status();
  absl::StatusOr<int64_t> seed = CountValue(
      "seed", absl::GetFlag(FLAGS_seed), 0, 999'999'999'999'999'999);
  if (!seed.ok()) return seed.status();
  absl::StatusOr<std::string> as_of_text =
      Required("as-of", absl::GetFlag(FLAGS_as_of));
  if (!as_of_text.ok()) return as_of_text.status();
  absl::StatusOr<absl::CivilDay> as_of = DateValue("as-of", *as_of_text);
  if (!as_of.ok()) return as_of.status();
  if (as_of->year() < 1900 || as_of->year() > 9000) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--as-of=%s: must be in the years 1900 to 9000 (the generated "
        "agreements start up to three years earlier and run three years on)",
        *as_of_text));
  }

  PortfolioResult result;
  const auto start = std::chrono::steady_clock::now();
  const int64_t cpu_start = CpuMicroseconds();
  if (absl::Status s = Generate(*n, static_cast<uint64_t>(*seed), *as_of,
                                &result);
      !s.ok()) {
    return s;
  }
  result.elapsed_us = ElapsedMicroseconds(start);
  result.cpu_us = CpuMicroseconds() - cpu_start;
  result.elapsed_seconds = ElapsedSeconds(start);
  const auto seed_value = static_cast<uint64_t>(*seed);
  return *format == OutputFormat::kJson
             ? RenderJson(result, seed_value, *as_of)
             : RenderTable(result, seed_value, *as_of);
}

}  // namespace

const Command& PortfolioCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"portfolio",
                  "portfolio --agreements=N --seed=S --as-of=YYYY-MM-DD "
                  "[--format=table|json]",
                  {{"agreements"}, {"seed"}, {"as-of"}, {"format"}}},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
