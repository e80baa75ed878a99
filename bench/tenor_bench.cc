// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The benchmarks behind the goal table of issue #6 (docs/performance.md), and
// the peers measured in the same run. Every benchmark reports `allocs`, the
// heap allocations per operation counted by the bench's operator new
// (counting_new.cc). scripts/bench runs this binary and prints the table.
//
// Names: BM_<work>; peers are BM_Peer<peer>_<work>.

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "benchmark/benchmark.h"
#include "counting_new.h"
#include "naive_double.h"
#include "peers.h"
#include "schedule/financing_rows.h"
#include "schedule/level_payment_internal.h"
#include "schedule/schedule_access.h"
#include "tenor/tenor.h"

namespace tenor_bench {
namespace {

// Sets the `allocs` counter: allocations per iteration since `start`.
void ReportAllocations(benchmark::State& state, uint64_t start) {
  state.counters["allocs"] = benchmark::Counter(
      static_cast<double>(AllocationCount() - start),
      benchmark::Counter::kAvgIterations);
}

tenor::Currency Gbp() { return *tenor::Currency::FromCode("GBP"); }
tenor::Money Gbp(const char* text) { return *tenor::Money::Parse(text, Gbp()); }

// The benchmark loan: GBP 1,234.56 at 18.9 % over 36 months, shipped on
// 2026-01-31 (month ends clamp).
constexpr int kTerm = 36;
const absl::CivilDay kShipment(2026, 1, 31);

tenor::Financing BenchFinancing(const char* rate) {
  tenor::Financing f;
  f.offered_terms = {6, 12, 18, 24, 36};
  f.rate = *tenor::Rate::Parse(rate);
  return f;
}

// -- Level payment ------------------------------------------------------------

void BM_LevelPayment36(benchmark::State& state) {
  const tenor::Money p = Gbp("1234.56");
  const tenor::Rate r = *tenor::Rate::Parse("18.9");
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(tenor::LevelPayment(p, r, kTerm));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_LevelPayment36);

// The exact big-integer reference the fast path falls back to.
void BM_LevelPaymentReference36(benchmark::State& state) {
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(tenor::internal::LevelPaymentReference(
        123456, 18'900'000, kTerm, tenor::RoundingMode::kHalfUp));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_LevelPaymentReference36);

void BM_PeerDouble_LevelPayment36(benchmark::State& state) {
  double p = 1234.56;
  double i = 18.9 / 1200.0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);
    benchmark::DoNotOptimize(i);
    double a = std::round(p * i / (1.0 - std::pow(1.0 + i, -kTerm)) * 100.0);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_PeerDouble_LevelPayment36);

// -- 36-row financing schedule ---------------------------------------------------

// The 36 exact rows as the library builds them (the level payment, then
// each row's interest, principal, balance and due date, with every range
// check), through the same internal row builder BuildFinancingSchedule()
// uses, into one reserved vector: the like-for-like work of the naive double
// schedule below (rows with due dates, no strings, no APR).
void BM_FinancingRows36(benchmark::State& state) {
  const tenor::internal::ScheduleHeader header{
      tenor::ProductKind::kFinancing, Gbp("1234.56"), kShipment,
      *tenor::Rate::Parse("18.9"), tenor::RoundingMode::kHalfUp, kTerm};
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    std::vector<tenor::Instalment> rows;
    rows.reserve(kTerm);
    benchmark::DoNotOptimize(tenor::internal::AppendFinancingRows(
        "financing", header, kShipment, &rows, nullptr));
    benchmark::DoNotOptimize(rows.data());
    benchmark::ClobberMemory();
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_FinancingRows36);

// The full public build: checks, rows, the certified APR, the totals and
// the schedule's invariant checks.
void BM_FinancingSchedule36(benchmark::State& state) {
  const tenor::Financing f = BenchFinancing("18.9");
  const tenor::Money p = Gbp("1234.56");
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        tenor::BuildFinancingSchedule(f, p, kTerm, kShipment));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_FinancingSchedule36);

// Interest-free financing: the exact equal split (§2), APR 0.0.
void BM_FinancingSchedule36ZeroRate(benchmark::State& state) {
  const tenor::Financing f = BenchFinancing("0");
  const tenor::Money p = Gbp("1234.56");
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        tenor::BuildFinancingSchedule(f, p, kTerm, kShipment));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_FinancingSchedule36ZeroRate);

void BM_PayIn3Schedule(benchmark::State& state) {
  const tenor::PayInN product;
  const tenor::Money p = Gbp("100.00");
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        tenor::BuildPayInNSchedule(product, p, absl::CivilDay(2026, 1, 31)));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_PayIn3Schedule);

void BM_PeerDouble_FinancingSchedule36(benchmark::State& state) {
  double p = 1234.56;
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);
    benchmark::DoNotOptimize(BuildNaiveSchedule(p, 18.9, kTerm, kShipment));
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_PeerDouble_FinancingSchedule36);

// The like-for-like peer of BM_FinancingSchedule36, which certifies the APR
// too: the naive schedule and its Newton APR.
void BM_PeerDouble_FinancingSchedule36WithApr(benchmark::State& state) {
  double p = 1234.56;
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);
    NaiveSchedule s = BuildNaiveSchedule(p, 18.9, kTerm, kShipment);
    std::array<double, kTerm> payments{};
    for (size_t k = 0; k < s.rows.size(); ++k) payments[k] = s.rows[k].amount;
    benchmark::DoNotOptimize(NaiveNewtonApr(p, payments.data(), kTerm));
    benchmark::DoNotOptimize(s);
  }
  ReportAllocations(state, start);
}
BENCHMARK(BM_PeerDouble_FinancingSchedule36WithApr);

// -- APR ----------------------------------------------------------------------------

// The payments of the benchmark schedule.
std::vector<int64_t> BenchPayments() {
  const tenor::Schedule s = *tenor::BuildFinancingSchedule(
      BenchFinancing("18.9"), Gbp("1234.56"), kTerm, kShipment);
  std::vector<int64_t> out;
  for (const tenor::Instalment& row : s.instalments()) out.push_back(row.amount);
  return out;
}

void BM_Apr36(benchmark::State& state) {
  const std::vector<int64_t> payments = BenchPayments();
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        tenor::ComputeMonthlyApr(123456, payments, /*decimals=*/1));
  }
  ReportAllocations(state, start);
  const tenor::Apr apr = *tenor::ComputeMonthlyApr(123456, payments, 1);
  state.counters["apr_percent"] = static_cast<double>(apr.scaled) / 10.0;
}
BENCHMARK(BM_Apr36);

void BM_PeerDouble_NewtonApr36(benchmark::State& state) {
  std::vector<double> payments;
  for (int64_t a : BenchPayments()) payments.push_back(static_cast<double>(a));
  double advance = 123456.0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(advance);
    benchmark::DoNotOptimize(
        NaiveNewtonApr(advance, payments.data(), kTerm));
  }
  state.counters["apr_percent"] =
      NaiveNewtonApr(advance, payments.data(), kTerm);
}
BENCHMARK(BM_PeerDouble_NewtonApr36);

#ifdef TENOR_BENCH_QUANTLIB
void BM_PeerQuantLib_YieldApr36(benchmark::State& state) {
  std::vector<double> payments;
  for (int64_t a : BenchPayments()) payments.push_back(static_cast<double>(a));
  const QuantLibYieldPeer peer(123456.0, payments.data(), kTerm);
  const uint64_t start = AllocationCount();
  for (auto _ : state) benchmark::DoNotOptimize(peer.YieldPercent());
  ReportAllocations(state, start);
  state.counters["apr_percent"] = peer.YieldPercent();
}
BENCHMARK(BM_PeerQuantLib_YieldApr36);
#endif

// -- Checkout ------------------------------------------------------------------------

struct CheckoutFixture {
  tenor::Catalog catalog = tenor::ExampleCatalog();
  absl::Time now = absl::FromCivil(absl::CivilSecond(2026, 3, 10, 10, 0, 0),
                                   absl::UTCTimeZone());
  std::vector<tenor::CreditAssessment> assessments = {
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       Gbp("3000.00"), absl::FromCivil(absl::CivilSecond(2026, 3, 1, 9, 0, 0),
                                       absl::UTCTimeZone())}};
  // 1,200.00 meets every financing minimum: five previews (6..36 months).
  tenor::Cart cart{Gbp("1200.00"), absl::CivilDay(2026, 3, 10), std::nullopt};
  tenor::CreditSwitchHistory on;
  tenor::CreditSwitchHistory off;

  CheckoutFixture() {
    (void)off.RequestOff(now - absl::Minutes(10), tenor::Channel::kSelfService,
                         "customer-1");
  }
};

void RunCheckout(benchmark::State& state, bool switch_off, bool previews) {
  const CheckoutFixture f;
  const tenor::CheckoutOptions options{previews};
  const tenor::Money outstanding = tenor::Money::Zero(Gbp());
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    benchmark::DoNotOptimize(tenor::EvaluateCheckout(
        switch_off ? f.off : f.on, f.assessments, outstanding,
        f.catalog, f.cart, f.now, options));
  }
  ReportAllocations(state, start);
}

void BM_EvaluateCheckout_NoPreviews(benchmark::State& state) {
  RunCheckout(state, /*switch_off=*/false, /*previews=*/false);
}
BENCHMARK(BM_EvaluateCheckout_NoPreviews);

void BM_EvaluateCheckout_SwitchOff(benchmark::State& state) {
  RunCheckout(state, /*switch_off=*/true, /*previews=*/false);
}
BENCHMARK(BM_EvaluateCheckout_SwitchOff);

void BM_EvaluateCheckout_5Previews(benchmark::State& state) {
  RunCheckout(state, /*switch_off=*/false, /*previews=*/true);
}
BENCHMARK(BM_EvaluateCheckout_5Previews);

// -- Ledger --------------------------------------------------------------------------

// Records and allocates the 36 on-time payments of the benchmark agreement
// into a fresh ledger; items/s counts payments (the ledger's creation is
// included, so the rate is a lower bound for one payment).
void BM_LedgerRecordPayment36(benchmark::State& state) {
  const tenor::Schedule schedule = *tenor::BuildFinancingSchedule(
      BenchFinancing("18.9"), Gbp("1234.56"), kTerm, kShipment);
  std::vector<std::string> ids;
  for (int k = 1; k <= kTerm; ++k) ids.push_back("DD" + std::to_string(k));
  const tenor::Currency gbp = Gbp();
  const uint64_t start = AllocationCount();
  for (auto _ : state) {
    tenor::Ledger ledger = *tenor::Ledger::Create(schedule);
    for (const tenor::Instalment& row : schedule.instalments()) {
      benchmark::DoNotOptimize(ledger.RecordPayment(
          ids[static_cast<size_t>(row.number - 1)],
          tenor::Money::FromMinorUnits(row.amount, gbp), row.due_date));
    }
    benchmark::DoNotOptimize(ledger);
  }
  state.SetItemsProcessed(state.iterations() * kTerm);
  state.counters["allocs"] = benchmark::Counter(
      static_cast<double>(AllocationCount() - start) / kTerm,
      benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_LedgerRecordPayment36);

}  // namespace
}  // namespace tenor_bench

BENCHMARK_MAIN();
