// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: schedule generation (credit-rules §4) from arbitrary product
// settings, amounts, currencies and dates. Each call gives either a Status
// with a message, or a schedule that satisfies every invariant
// (tests/support/invariants.h) and its product's own rules: §4.3 rows from
// the exact interest rounding, level payments, due dates AddMonths(anchor, k)
// and the APR of its payments; §4.2 equal parts a unit apart; §4.1 one
// instalment. An agreement (Build*) is a preview that also met the limits.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "fuzz_check.h"
#include "support/invariants.h"
#include "tenor/tenor.h"

namespace {

using tenor::Money;
using tenor::Schedule;

// Integers from the data, biased toward the interesting ones.
int64_t Pick(FuzzedDataProvider& in, int64_t lo, int64_t hi) {
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0: return in.ConsumeIntegral<int64_t>();
    case 1: return in.PickValueInArray({lo, hi, lo - 1, hi + 1, int64_t{0}});
    default: return in.ConsumeIntegralInRange<int64_t>(lo, hi);
  }
}
int PickInt(FuzzedDataProvider& in, int lo, int hi) {
  const int64_t v = Pick(in, lo, hi);
  return static_cast<int>(std::clamp<int64_t>(v, INT32_MIN, INT32_MAX));
}

tenor::Currency PickCurrency(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 4)) {
    case 0: return *tenor::Currency::FromCode("GBP");
    case 1: return *tenor::Currency::FromCode("JPY");
    case 2: return *tenor::Currency::FromCode("KWD");
    case 3: {
      const absl::StatusOr<tenor::Currency> c =
          tenor::Currency::Custom("XTS", in.ConsumeIntegralInRange<int>(-1, 5));
      if (c.ok()) return *c;
      return *tenor::Currency::FromCode("EUR");
    }
    default:
      return tenor::IsoCurrencyAt(in.ConsumeIntegralInRange<int>(
          0, tenor::IsoCurrencyCount() - 1));
  }
}

absl::CivilDay PickDay(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:  // near the end of the supported range, or just past it
      return absl::CivilDay(in.ConsumeIntegralInRange<int>(9990, 10000),
                            in.ConsumeIntegralInRange<int>(1, 12),
                            in.ConsumeIntegralInRange<int>(1, 31));
    case 1:  // near the start
      return absl::CivilDay(in.ConsumeIntegralInRange<int>(0, 2),
                            in.ConsumeIntegralInRange<int>(1, 12),
                            in.ConsumeIntegralInRange<int>(1, 31));
    default:
      return absl::CivilDay(in.ConsumeIntegralInRange<int>(1900, 2200),
                            in.ConsumeIntegralInRange<int>(1, 12),
                            in.ConsumeIntegralInRange<int>(1, 31));
  }
}

tenor::AmountLimits PickLimits(FuzzedDataProvider& in, tenor::Currency c) {
  tenor::AmountLimits limits;
  if (in.ConsumeBool()) {
    limits.minimum = Money::FromMinorUnits(Pick(in, 0, 100'000),
                                           in.ConsumeBool() ? c : PickCurrency(in));
  }
  if (in.ConsumeBool()) {
    limits.maximum = Money::FromMinorUnits(Pick(in, 0, 10'000'000), c);
  }
  return limits;
}

void CheckStatus(const absl::Status& s) {
  TENOR_FUZZ_CHECK(!s.ok(), "CheckStatus on OK");
  TENOR_FUZZ_CHECK(!s.message().empty(), "a refusal with no message");
  const absl::StatusCode code = s.code();
  TENOR_FUZZ_CHECK(code == absl::StatusCode::kInvalidArgument ||
                       code == absl::StatusCode::kOutOfRange ||
                       code == absl::StatusCode::kFailedPrecondition,
                   s.ToString());
}

void CheckFinancing(const tenor::Financing& product, Money amount, int term,
                    absl::CivilDay shipment, const Schedule& s) {
  TENOR_FUZZ_CHECK_EMPTY(tenor_test::ScheduleInvariantViolation(s));
  const auto rows = s.instalments();
  TENOR_FUZZ_CHECK(s.product_kind() == tenor::ProductKind::kFinancing, "kind");
  TENOR_FUZZ_CHECK(rows.size() == static_cast<size_t>(term), "row count");
  TENOR_FUZZ_CHECK(term >= tenor::kMinFinancingTerm &&
                       term <= tenor::kMaxFinancingTerm,
                   "term outside 6..36 accepted");
  TENOR_FUZZ_CHECK(s.amount_of_credit() == amount, "amount of credit");
  TENOR_FUZZ_CHECK(s.anchor_date() == shipment, "anchor");
  TENOR_FUZZ_CHECK(s.rate() == product.rate, "rate");
  const int64_t p = amount.minor_units();
  const int64_t m = product.rate.micro_percent();
  int64_t balance = p;
  for (const tenor::Instalment& row : rows) {
    const absl::StatusOr<absl::CivilDay> due = tenor::AddMonths(shipment, row.number);
    TENOR_FUZZ_CHECK(due.ok() && *due == row.due_date, "due date");
    // interest_k = round(B_{k-1} * R / 1200), R in millionths of a percent.
    const absl::StatusOr<int64_t> interest = tenor::RoundDivide(
        absl::int128(balance) * m, absl::int128(1'200'000'000), product.rounding);
    TENOR_FUZZ_CHECK(interest.ok() && *interest == row.interest, "interest");
    balance -= row.principal;
  }
  if (m == 0) {
    for (const tenor::Instalment& row : rows) {
      const int64_t extra = row.number <= p % term ? 1 : 0;
      TENOR_FUZZ_CHECK(row.amount == p / term + extra, "0 % split");
    }
  } else {
    const absl::StatusOr<Money> level =
        tenor::LevelPayment(amount, product.rate, term, product.rounding);
    TENOR_FUZZ_CHECK(level.ok(), level.status().ToString());
    for (size_t k = 0; k + 1 < rows.size(); ++k) {
      TENOR_FUZZ_CHECK(rows[k].amount == level->minor_units(), "level payment");
    }
  }
  std::vector<int64_t> payments;
  for (const tenor::Instalment& row : rows) payments.push_back(row.amount);
  const absl::StatusOr<tenor::Apr> apr = tenor::ComputeMonthlyApr(p, payments, 1);
  TENOR_FUZZ_CHECK(apr.ok() && *apr == s.apr(),
                   apr.status().ToString() + " vs " + s.apr().ToString());
}

void CheckPayInN(const tenor::PayInN& product, Money amount,
                 absl::CivilDay purchase, const Schedule& s) {
  TENOR_FUZZ_CHECK_EMPTY(tenor_test::ScheduleInvariantViolation(s));
  const auto rows = s.instalments();
  TENOR_FUZZ_CHECK(rows.size() == static_cast<size_t>(product.count), "count");
  TENOR_FUZZ_CHECK(s.amount_of_credit() == amount, "amount of credit");
  TENOR_FUZZ_CHECK(s.total_interest().is_zero(), "interest in pay in N");
  const int64_t p = amount.minor_units();
  for (const tenor::Instalment& row : rows) {
    TENOR_FUZZ_CHECK(row.due_date ==
                         purchase + int64_t{product.interval_days} * (row.number - 1),
                     "due date");
    const int64_t low = p / product.count;
    TENOR_FUZZ_CHECK(row.amount == low || row.amount == low + 1, "equal parts");
    TENOR_FUZZ_CHECK(row.amount > 0, "a zero instalment");
  }
}

void CheckPayIn30(const tenor::PayIn30Days& product, Money amount,
                  absl::CivilDay shipment, const Schedule& s) {
  TENOR_FUZZ_CHECK_EMPTY(tenor_test::ScheduleInvariantViolation(s));
  TENOR_FUZZ_CHECK(s.instalments().size() == 1, "one instalment");
  TENOR_FUZZ_CHECK(s.amount_of_credit() == amount, "amount of credit");
  TENOR_FUZZ_CHECK(s.first_instalment().due_date ==
                       shipment + int64_t{product.days} +
                           int64_t{product.extension_days} * s.extensions_used(),
                   "due date");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const tenor::Currency currency = PickCurrency(in);
  const Money amount = Money::FromMinorUnits(Pick(in, 1, 10'000'000), currency);
  const absl::CivilDay day = PickDay(in);

  switch (in.ConsumeIntegralInRange<int>(0, 2)) {
    case 0: {
      tenor::Financing product;
      if (in.ConsumeBool()) {
        product.offered_terms.clear();
        for (int n = in.ConsumeIntegralInRange<int>(0, 6); n > 0; --n) {
          product.offered_terms.push_back(PickInt(in, 6, 36));
        }
      }
      const absl::StatusOr<tenor::Rate> rate =
          tenor::Rate::FromMicroPercent(Pick(in, 0, tenor::Rate::kMaxMicroPercent));
      if (rate.ok()) product.rate = *rate;
      product.rounding =
          static_cast<tenor::RoundingMode>(in.ConsumeIntegralInRange<int>(0, 7));
      product.limits = PickLimits(in, currency);
      for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n) {
        product.term_minimums.push_back(
            {PickInt(in, 6, 36), Money::FromMinorUnits(Pick(in, 0, 100'000),
                                                       currency)});
      }
      const int term = PickInt(in, 6, 36);
      const absl::StatusOr<Schedule> preview =
          tenor::PreviewFinancing(product, amount, term, day);
      const absl::StatusOr<Schedule> agreement =
          tenor::BuildFinancingSchedule(product, amount, term, day);
      if (preview.ok()) {
        CheckFinancing(product, amount, term, day, *preview);
      } else {
        CheckStatus(preview.status());
      }
      if (agreement.ok()) {
        TENOR_FUZZ_CHECK(preview.ok() && *agreement == *preview,
                         "an agreement that is not its preview");
        TENOR_FUZZ_CHECK(product.Offers(term), "a term not offered");
      } else {
        CheckStatus(agreement.status());
      }
      const absl::StatusOr<std::vector<Schedule>> quotes =
          tenor::QuoteFinancing(product, amount, day);
      if (quotes.ok()) {
        for (const Schedule& q : *quotes) {
          TENOR_FUZZ_CHECK(product.Offers(q.term_months()), "quoted term");
          CheckFinancing(product, amount, q.term_months(), day, q);
        }
      } else {
        CheckStatus(quotes.status());
      }
      break;
    }
    case 1: {
      tenor::PayInN product;
      product.count = PickInt(in, 2, 12);
      product.interval_days = PickInt(in, 1, 400);
      product.limits = PickLimits(in, currency);
      const absl::StatusOr<Schedule> preview =
          tenor::PreviewPayInN(product, amount, day);
      const absl::StatusOr<Schedule> agreement =
          tenor::BuildPayInNSchedule(product, amount, day);
      if (preview.ok()) {
        CheckPayInN(product, amount, day, *preview);
      } else {
        CheckStatus(preview.status());
      }
      if (agreement.ok()) {
        TENOR_FUZZ_CHECK(preview.ok() && *agreement == *preview, "agreement");
      } else {
        CheckStatus(agreement.status());
      }
      break;
    }
    default: {
      tenor::PayIn30Days product;
      product.days = PickInt(in, 1, 400);
      product.extension_days = PickInt(in, 0, 400);
      product.max_extensions = PickInt(in, 0, 5);
      product.limits = PickLimits(in, currency);
      const absl::StatusOr<Schedule> preview =
          tenor::PreviewPayIn30Days(product, amount, day);
      const absl::StatusOr<Schedule> agreement =
          tenor::BuildPayIn30DaysSchedule(product, amount, day);
      if (agreement.ok()) {
        TENOR_FUZZ_CHECK(preview.ok() && *agreement == *preview, "agreement");
      } else {
        CheckStatus(agreement.status());
      }
      if (!preview.ok()) {
        CheckStatus(preview.status());
        break;
      }
      CheckPayIn30(product, amount, day, *preview);
      Schedule s = *preview;
      for (int k = in.ConsumeIntegralInRange<int>(0, 6); k > 0; --k) {
        const Schedule before = s;
        absl::StatusOr<Schedule> extended = tenor::ExtendPayIn30Days(s, product);
        if (!extended.ok()) {
          CheckStatus(extended.status());
          TENOR_FUZZ_CHECK(s == before, "a refused extension changed it");
          break;
        }
        TENOR_FUZZ_CHECK(extended->extensions_used() == s.extensions_used() + 1,
                         "extension count");
        TENOR_FUZZ_CHECK(extended->extensions_used() <= product.max_extensions,
                         "too many extensions");
        s = *std::move(extended);
        CheckPayIn30(product, amount, day, s);
      }
      break;
    }
  }
  return 0;
}
