// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor checkout-batch --customers=N --opted-out-share=F [--format=table|json]
//
// Checkout decisions for a whole customer base (issue #6,
// docs/performance.md): evaluates N checkouts against the example catalog,
// a share F of the customers having switched credit off, and prints the
// offers and refusals of each product by reason and the elapsed compute time
// (everything after flag parsing, before printing).
//
// The generator, for customer j = 0 .. N-1:
//   switch    off exactly when floor((j + 1) F) > floor(j F), with F read as
//             an exact decimal of up to 6 places: floor(N F) customers, spread
//             evenly. Every switched-off customer switched off in the app on
//             2026-03-01T09:00:00Z (one shared history object); the others
//             have never used the switch;
//   cart      GBP 1.00 to 12,000.00, uniform in minor units (SplitMix64
//             seeded with 20260310, batch.h), bought 2026-03-10, checked out
//             at 2026-03-10T10:00:00Z, no outstanding balance;
//   checks    a second draw 0..9: 0-6 a hard check approved up to 5,000.00,
//             7 a soft check approved up to 1,000.00, 8 a declined hard
//             check, 9 none; all made 2026-03-01T09:00:00Z.
// Decisions are made without preview schedules (CheckoutOptions
// include_previews = false): a page that lists the options needs only the
// decision.

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "batch.h"
#include "commands.h"
#include "flags.h"
#include "json.h"
#include "tenor/tenor.h"
#include "values.h"

ABSL_FLAG(std::string, customers, "", "checkout-batch: how many customers");
ABSL_FLAG(std::string, opted_out_share, "",
          "checkout-batch: share of customers with credit off, 0 to 1");

namespace tenor_cli {
namespace {

constexpr int64_t kMaxCustomers = 1'000'000'000;
constexpr int64_t kMillion = 1'000'000;
constexpr int kReasons =
    static_cast<int>(tenor::RefusalReason::kExceedsCreditLimit) + 1;

// F as millionths, exactly: "1", "1.0", "0.25", "0.000001".
absl::StatusOr<int64_t> ShareMillionths(const std::string& text) {
  auto bad = [&](const char* why) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--opted-out-share=%s: %s", text, why));
  };
  if (text.empty()) {
    return absl::InvalidArgumentError("--opted-out-share: required");
  }
  const size_t dot = text.find('.');
  const std::string whole = text.substr(0, dot);
  const std::string fraction =
      dot == std::string::npos ? "" : text.substr(dot + 1);
  const bool digits =
      !whole.empty() && whole.size() <= 1 &&
      whole.find_first_not_of("0123456789") == std::string::npos &&
      fraction.find_first_not_of("0123456789") == std::string::npos &&
      (dot == std::string::npos || !fraction.empty());
  if (!digits) return bad("is not a decimal share such as 0.25 or 1.0");
  if (fraction.size() > 6) return bad("has more than 6 decimals");
  int64_t w = 0;
  int64_t f = 0;
  if (!absl::SimpleAtoi(whole, &w) ||
      (!fraction.empty() && !absl::SimpleAtoi(fraction, &f))) {
    return bad("is not a decimal share such as 0.25 or 1.0");
  }
  for (size_t k = fraction.size(); k < 6; ++k) f *= 10;
  const int64_t share = w * kMillion + f;
  if (share > kMillion) return bad("must be 0 to 1");
  return share;
}

struct ProductCounts {
  std::string id;
  int64_t offered = 0;
  int64_t refused = 0;
  // The distinct reason sets seen and how often (a handful), expanded into
  // per-reason counts at the end.
  std::vector<std::pair<tenor::RefusalReasons, int64_t>> sets;
  int64_t by_reason[kReasons] = {};

  void Refuse(tenor::RefusalReasons reasons) {
    ++refused;
    for (auto& [set, count] : sets) {
      if (set == reasons) {
        ++count;
        return;
      }
    }
    sets.emplace_back(reasons, 1);
  }

  void Expand() {
    for (const auto& [set, count] : sets) {
      for (int r = 0; r < kReasons; ++r) {
        if (set.Has(static_cast<tenor::RefusalReason>(r))) {
          by_reason[r] += count;
        }
      }
    }
  }
};

struct BatchResult {
  int64_t customers = 0;
  int64_t opted_out = 0;
  std::vector<ProductCounts> products;
  int64_t elapsed_us = 0;
  int64_t cpu_us = 0;
  std::string elapsed_seconds;
};

absl::Time Utc(int y, int mo, int d, int h) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, 0, 0),
                         absl::UTCTimeZone());
}

absl::Status Evaluate(int64_t n, int64_t share, BatchResult* out) {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const tenor::Catalog catalog = tenor::ExampleCatalog();
  const absl::Time at = Utc(2026, 3, 10, 10);
  const absl::Time checked = Utc(2026, 3, 1, 9);
  const absl::CivilDay bought(2026, 3, 10);
  const tenor::Money zero = tenor::Money::Zero(gbp);
  const tenor::CreditSwitchHistory on;
  tenor::CreditSwitchHistory off;
  if (absl::StatusOr<tenor::SwitchOffResult> r =
          off.RequestOff(checked, tenor::Channel::kSelfService, "customer");
      !r.ok()) {
    return r.status();
  }
  const tenor::CreditAssessment kinds[] = {
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       tenor::Money::FromMinorUnits(500'000, gbp), checked},
      {tenor::AssessmentKind::kSoft, tenor::AssessmentOutcome::kApproved,
       tenor::Money::FromMinorUnits(100'000, gbp), checked},
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kDeclined,
       tenor::Money::FromMinorUnits(0, gbp), checked},
  };
  for (const tenor::CatalogProduct& p : catalog.products()) {
    ProductCounts counts;
    counts.id = p.id;
    out->products.push_back(std::move(counts));
  }
  const tenor::CheckoutOptions options{/*include_previews=*/false};
  SplitMix64 rng(20260310);
  for (int64_t j = 0; j < n; ++j) {
    // floor((j + 1) F) > floor(j F), in integers: F = share / 10^6.
    const bool switched_off =
        ((j + 1) * share) / kMillion > (j * share) / kMillion;
    const tenor::Cart cart{
        tenor::Money::FromMinorUnits(rng.Uniform(100, 1'200'000), gbp), bought,
        std::nullopt};
    const int64_t draw = rng.Uniform(0, 9);
    absl::Span<const tenor::CreditAssessment> assessments;
    if (draw <= 6) {
      assessments = absl::MakeConstSpan(&kinds[0], 1);
    } else if (draw <= 8) {
      assessments = absl::MakeConstSpan(&kinds[draw - 6], 1);
    }
    if (switched_off) ++out->opted_out;
    absl::StatusOr<tenor::CheckoutDecision> d =
        tenor::EvaluateCheckout(switched_off ? off : on, assessments, zero,
                                catalog, cart, at, options);
    if (!d.ok()) return d.status();
    const absl::Span<const tenor::ProductDecision> decisions = d->products();
    for (size_t k = 0; k < decisions.size(); ++k) {
      if (decisions[k].offered()) {
        ++out->products[k].offered;
      } else {
        out->products[k].Refuse(decisions[k].reasons);
      }
    }
  }
  for (ProductCounts& p : out->products) p.Expand();
  out->customers = n;
  return absl::OkStatus();
}

std::string ShareText(int64_t share) {
  return absl::StrFormat("%d.%06d", share / kMillion, share % kMillion);
}

std::string RenderJson(const BatchResult& r, int64_t share) {
  JsonWriter w;
  w.BeginObject()
      .Key("customers").Value(r.customers)
      .Key("opted_out_share").Value(ShareText(share))
      .Key("opted_out").Value(r.opted_out)
      .Key("pay_now_offered").Value(r.customers)
      .Key("products").BeginArray();
  for (const ProductCounts& p : r.products) {
    w.BeginObject()
        .Key("product").Value(p.id)
        .Key("offered").Value(p.offered)
        .Key("refused").Value(p.refused)
        .Key("reasons").BeginObject();
    for (int k = 0; k < kReasons; ++k) {
      if (p.by_reason[k] == 0) continue;
      w.Key(tenor::RefusalReasonCode(static_cast<tenor::RefusalReason>(k)))
          .Value(p.by_reason[k]);
    }
    w.EndObject().EndObject();
  }
  w.EndArray()
      .Key("compute_microseconds").Value(r.elapsed_us)
      .Key("cpu_microseconds").Value(r.cpu_us)
      .EndObject();
  return w.str() + "\n";
}

std::string RenderTable(const BatchResult& r, int64_t share) {
  std::string out = absl::StrFormat(
      "Checkout batch: %d customers against the example catalog, opted-out "
      "share %s (%d with credit off)\n\n",
      r.customers, ShareText(share), r.opted_out);
  absl::StrAppend(&out, absl::StrFormat("  %-10s  %12s  %12s  %s\n", "product",
                                        "offered", "refused", "reasons"));
  absl::StrAppend(&out, absl::StrFormat("  %-10s  %12d  %12d  %s\n", "pay-now",
                                        r.customers, 0, "no credit"));
  for (const ProductCounts& p : r.products) {
    std::string reasons;
    for (int k = 0; k < kReasons; ++k) {
      if (p.by_reason[k] == 0) continue;
      absl::StrAppend(
          &reasons, reasons.empty() ? "" : ", ",
          std::string(
              tenor::RefusalReasonCode(static_cast<tenor::RefusalReason>(k))),
          " ", p.by_reason[k]);
    }
    absl::StrAppend(&out, absl::StrFormat("  %-10s  %12d  %12d  %s\n", p.id,
                                          p.offered, p.refused, reasons));
  }
  absl::StrAppend(&out,
                  absl::StrFormat("\n  compute time  %s s elapsed, %s s CPU "
                                  "(decisions only, no previews; one core)\n",
                                  r.elapsed_seconds, SecondsText(r.cpu_us)));
  return out;
}

absl::StatusOr<std::string> Run(const ParsedArgs& /*args*/) {
  absl::StatusOr<OutputFormat> format = FormatFlag();
  if (!format.ok()) return format.status();
  absl::StatusOr<int64_t> n = CountValue(
      "customers", absl::GetFlag(FLAGS_customers), 1, kMaxCustomers);
  if (!n.ok()) return n.status();
  absl::StatusOr<int64_t> share =
      ShareMillionths(absl::GetFlag(FLAGS_opted_out_share));
  if (!share.ok()) return share.status();
  BatchResult result;
  const auto start = std::chrono::steady_clock::now();
  const int64_t cpu_start = CpuMicroseconds();
  if (absl::Status s = Evaluate(*n, *share, &result); !s.ok()) return s;
  result.elapsed_us = ElapsedMicroseconds(start);
  result.cpu_us = CpuMicroseconds() - cpu_start;
  result.elapsed_seconds = ElapsedSeconds(start);
  return *format == OutputFormat::kJson ? RenderJson(result, *share)
                                        : RenderTable(result, *share);
}

}  // namespace

const Command& CheckoutBatchCommand() {
  static const Command* const kCommand = new Command{
      CommandSpec{"checkout-batch",
                  "checkout-batch --customers=N --opted-out-share=F "
                  "[--format=table|json]",
                  {{"customers"}, {"opted-out-share"}, {"format"}}},
      &Run};
  return *kCommand;
}

}  // namespace tenor_cli
