// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Stress tests of the exact fast paths (issue #6, docs/performance.md): each
// fast path against the library's exact slow path on a million or more
// generated cases, across currencies with exponents 0, 2 and 3, every
// rounding mode, every financing term 6..36, rates from 0 to 1000 % and
// amounts from one minor unit to the int64 range.
//
//   * The level payment: LevelPaymentFast() (62-bit fixed point) and
//     LevelPaymentMinorUnits() against LevelPaymentReference() (big
//     integers).
//   * The row interest: MonthlyInterest() (64-bit, constant divisor) against
//     RoundDivide() (128-bit).
//   * Whole financing schedules: BuildFinancingSchedule() against a slow
//     exact builder written here from the rules (§4.3) with the reference
//     level payment, 128-bit interest and AddMonths(); every schedule's
//     invariants; and, for a sample, the APR against an independent
//     50-digit solve (tests/unit/reference_apr.h).
//
// Plain comparisons count the cases and FAIL() reports the first mismatch
// with its inputs, so a million cases do not cost a million assertions.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "reference_apr.h"
#include "schedule/level_payment_internal.h"
#include "tenor/tenor.h"
#include "tenor_catch.h"

namespace {

using tenor::Currency;
using tenor::Financing;
using tenor::Instalment;
using tenor::Money;
using tenor::Rate;
using tenor::RoundingMode;

constexpr int kMillion = 1'000'000;

// Log-uniform in [1, 10^digits]: small and large amounts equally often.
int64_t LogUniform(std::mt19937_64& rng, double digits) {
  std::uniform_real_distribution<double> exponent(0.0, digits);
  const double v = std::pow(10.0, exponent(rng));
  return v < 1.0 ? 1 : static_cast<int64_t>(v);
}

// Rates: ordinary prices (0.01 % steps up to 40 %), any micro-percent up to
// the 1000 % maximum, tiny rates, and the ends of the range.
int64_t GeneratedRate(std::mt19937_64& rng, int c) {
  switch (c % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return std::uniform_int_distribution<int64_t>(0, 4'000)(rng) * 10'000;
    case 4:
    case 5:
    case 6:
    case 7:
      return std::uniform_int_distribution<int64_t>(1, Rate::kMaxMicroPercent)(
          rng);
    case 8:
      return std::uniform_int_distribution<int64_t>(1, 1'000)(rng);
    default: {
      constexpr int64_t kEnds[] = {0, 1, 2, 10'000, Rate::kMaxMicroPercent - 1,
                                   Rate::kMaxMicroPercent};
      return kEnds[std::uniform_int_distribution<int>(0, 5)(rng)];
    }
  }
}

std::string Describe(int64_t p, int64_t m, int n, RoundingMode mode) {
  std::ostringstream out;
  out << "P=" << p << " minor units, m=" << m << " micro-%, n=" << n
      << ", mode=" << tenor::RoundingModeName(mode);
  return out.str();
}

TEST_CASE("level payment: the fixed-point fast path equals the big-integer "
          "reference on 1,200,000 cases",
          "[stress][s4.3][level-payment]") {
  std::mt19937_64 rng(6'000'001);
  constexpr int kCases = 1'200'000;
  int fast_answers = 0;
  int in_range = 0;
  for (int c = 0; c < kCases; ++c) {
    // Every term 6..36 and every mode in turn; now and then a term up to the
    // function's 600-month maximum.
    int n = tenor::kMinFinancingTerm + c % 31;
    if (c % 53 == 0) n = std::uniform_int_distribution<int>(1, 600)(rng);
    const RoundingMode mode = tenor::kAllRoundingModes[(c / 31) % 7];
    // Mostly up to 10^10 minor units; 1 in 20 up to the int64 range (the
    // fast path declines those and the reference decides).
    int64_t p = LogUniform(rng, c % 20 == 0 ? 18.9 : 10.0);
    if (c % 101 == 0) p = 1;
    const int64_t m = GeneratedRate(rng, c);

    const absl::StatusOr<int64_t> reference =
        tenor::internal::LevelPaymentReference(p, m, n, mode);
    const absl::StatusOr<int64_t> used =
        tenor::internal::LevelPaymentMinorUnits(p, m, n, mode);
    const std::optional<int64_t> fast =
        tenor::internal::LevelPaymentFast(p, m, n, mode);
    if (reference.ok() != used.ok() ||
        (reference.ok() && *reference != *used) ||
        (!reference.ok() && reference.status() != used.status())) {
      FAIL("LevelPaymentMinorUnits differs from the reference: "
           << Describe(p, m, n, mode) << ": "
           << (reference.ok() ? std::to_string(*reference)
                              : reference.status().ToString())
           << " vs " << (used.ok() ? std::to_string(*used)
                                   : used.status().ToString()));
    }
    if (fast.has_value()) {
      ++fast_answers;
      if (!reference.ok() || *fast != *reference) {
        FAIL("LevelPaymentFast differs from the reference: "
             << Describe(p, m, n, mode) << ": " << *fast << " vs "
             << (reference.ok() ? std::to_string(*reference)
                                : reference.status().ToString()));
      }
    }
    if (m != 0 && p <= 10'000'000'000) ++in_range;
  }
  // The fast path must actually answer the ordinary cases, or this test
  // would only be testing the reference against itself.
  CHECK(fast_answers > in_range * 95 / 100);
}

TEST_CASE("row interest: the 64-bit path equals 128-bit RoundDivide on "
          "1,000,000 cases",
          "[stress][s4.3][interest]") {
  std::mt19937_64 rng(6'000'002);
  for (int c = 0; c < kMillion; ++c) {
    const RoundingMode mode = tenor::kAllRoundingModes[c % 7];
    // Balances up to 10^18.9 (past the 64-bit product for large rates).
    int64_t balance = LogUniform(rng, c % 10 == 0 ? 18.9 : 12.0);
    if (c % 97 == 0) balance = 0;
    const int64_t m = GeneratedRate(rng, c / 7);
    // Exact ties: balance * m a multiple of D / 2.
    if (c % 89 == 0 && m != 0) {
      balance = 600'000'000 * std::uniform_int_distribution<int64_t>(1, 99)(
                                  rng);
    }
    const absl::StatusOr<int64_t> fast =
        tenor::internal::MonthlyInterest(balance, m, mode);
    const absl::StatusOr<int64_t> reference = tenor::RoundDivide(
        absl::int128(balance) * m, tenor::internal::kMonthlyRateDenominator,
        mode);
    if (fast.ok() != reference.ok() || (fast.ok() && *fast != *reference)) {
      FAIL("MonthlyInterest differs from RoundDivide: balance " << balance
           << ", m " << m << ", " << tenor::RoundingModeName(mode));
    }
  }
  SUCCEED();
}

// The slow exact schedule of §4.3, from the rules: the reference level
// payment, interest_k = round(B_{k-1} m / D) in 128 bits, the last row
// repaying the balance, due dates AddMonths(shipment, k). nullopt when the
// rules refuse the amount as too small for the term.
std::optional<std::vector<Instalment>> SlowSchedule(int64_t p, int64_t m,
                                                    int n, RoundingMode mode,
                                                    absl::CivilDay shipped) {
  std::vector<Instalment> rows;
  if (m == 0) {
    if (p < n) return std::nullopt;
    const std::vector<Money> parts = *tenor::SplitEvenly(
        Money::FromMinorUnits(p, *Currency::FromCode("GBP")), n,
        tenor::RemainderPlacement::kFirst);
    int64_t balance = p;
    for (int k = 1; k <= n; ++k) {
      const int64_t part = parts[static_cast<size_t>(k - 1)].minor_units();
      balance -= part;
      rows.push_back(Instalment{k, *tenor::AddMonths(shipped, k), part, 0,
                                part, balance});
    }
    return rows;
  }
  const int64_t a = *tenor::internal::LevelPaymentReference(p, m, n, mode);
  if (a < 1) return std::nullopt;
  int64_t balance = p;
  auto interest_on = [&](int64_t b) {
    return *tenor::RoundDivide(absl::int128(b) * m,
                               tenor::internal::kMonthlyRateDenominator, mode);
  };
  for (int k = 1; k < n; ++k) {
    const int64_t interest = interest_on(balance);
    const int64_t principal = a - interest;
    if (principal < 0) return std::nullopt;
    balance -= principal;
    if (balance < 0) return std::nullopt;
    rows.push_back(Instalment{k, *tenor::AddMonths(shipped, k), a, interest,
                              principal, balance});
  }
  const int64_t interest = interest_on(balance);
  if (balance + interest == 0) return std::nullopt;
  rows.push_back(Instalment{n, *tenor::AddMonths(shipped, n),
                            balance + interest, interest, balance, 0});
  return rows;
}

TEST_CASE("financing: 1,000,000 fast schedules equal the exact slow path in "
          "JPY, GBP and KWD",
          "[stress][s4.3][schedule]") {
  std::mt19937_64 rng(6'000'003);
  const Currency currencies[] = {*Currency::FromCode("JPY"),
                                 *Currency::FromCode("GBP"),
                                 *Currency::FromCode("KWD")};
  REQUIRE(currencies[0].exponent() == 0);
  REQUIRE(currencies[1].exponent() == 2);
  REQUIRE(currencies[2].exponent() == 3);
  Financing product;
  product.offered_terms.clear();
  for (int t = tenor::kMinFinancingTerm; t <= tenor::kMaxFinancingTerm; ++t) {
    product.offered_terms.push_back(t);
  }
  int built = 0;
  int refused = 0;
  int apr_checked = 0;
  for (int c = 0; c < kMillion; ++c) {
    const int n = tenor::kMinFinancingTerm + c % 31;
    const RoundingMode mode = tenor::kAllRoundingModes[(c / 31) % 7];
    const Currency currency = currencies[(c / 217) % 3];
    // One minor unit to 10^11 minor units (a billion pounds).
    int64_t p = LogUniform(rng, 11.0);
    if (c % 211 == 0) p = n;
    const int64_t m = GeneratedRate(rng, c / 7);
    // Shipment dates over a century, month ends often (day clamping).
    const int day = c % 3 == 0 ? 31 : std::uniform_int_distribution<int>(1, 31)(rng);
    const absl::CivilDay shipped = absl::CivilDay(
        std::uniform_int_distribution<int>(2000, 2099)(rng),
        std::uniform_int_distribution<int>(1, 12)(rng), 1) + (day - 1);
    product.rate = *Rate::FromMicroPercent(m);
    product.rounding = mode;

    const absl::StatusOr<tenor::Schedule> fast = tenor::BuildFinancingSchedule(
        product, Money::FromMinorUnits(p, currency), n, shipped);
    const std::optional<std::vector<Instalment>> slow =
        SlowSchedule(p, m, n, mode, shipped);
    const std::string what = Describe(p, m, n, mode) + ", " +
                             std::string(currency.code()) + ", shipped " +
                             tenor::FormatDate(shipped);
    if (!slow.has_value()) {
      // The rules refuse the amount: so must the library, as too small.
      if (fast.ok() || fast.status().code() != absl::StatusCode::kOutOfRange ||
          fast.status().message().find("too small") == std::string::npos) {
        FAIL("the slow path refuses but the library does not: " << what << ": "
             << fast.status().ToString());
      }
      ++refused;
      continue;
    }
    if (!fast.ok()) {
      FAIL("the library refuses a valid schedule: " << what << ": "
           << fast.status().ToString());
    }
    ++built;
    const absl::Span<const Instalment> rows = fast->instalments();
    if (rows.size() != slow->size() ||
        !std::equal(rows.begin(), rows.end(), slow->begin())) {
      FAIL("rows differ from the slow path: " << what);
    }
    // Invariants (§4.3): amounts are interest + principal, balances fall to
    // 0, the principal sums to P, the totals add up.
    int64_t balance = p;
    int64_t interest = 0;
    int64_t payable = 0;
    for (const Instalment& row : rows) {
      balance -= row.principal;
      interest += row.interest;
      payable += row.amount;
      if (row.amount != row.interest + row.principal || row.principal < 0 ||
          row.interest < 0 || row.balance != balance || row.amount < 1) {
        FAIL("row invariant broken at instalment " << row.number << ": "
             << what);
      }
    }
    if (balance != 0 || fast->total_interest().minor_units() != interest ||
        fast->total_payable().minor_units() != payable ||
        payable != p + interest) {
      FAIL("totals broken: " << what);
    }
    if (m == 0) {
      if (fast->apr().scaled != 0) FAIL("APR of a zero rate: " << what);
    } else if (c % 97 == 0 && payable > p) {
      // The certified APR against an independent 50-digit solve.
      std::vector<int64_t> payments;
      for (const Instalment& row : rows) payments.push_back(row.amount);
      const tenor_test::Big reference = tenor_test::ReferenceAprPercent(
          tenor_test::MonthlyRefTerms(p, payments), 12);
      if (fast->apr().scaled != tenor_test::RoundHalfUp(reference, 1)) {
        FAIL("APR " << fast->apr().ToString() << " differs from the "
             << "independent solve: " << what);
      }
      ++apr_checked;
    }
  }
  CHECK(built + refused == kMillion);
  CHECK(built > kMillion / 2);
  CHECK(apr_checked > 5'000);
}

}  // namespace
