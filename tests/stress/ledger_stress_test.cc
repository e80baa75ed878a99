// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Stress (ctest label `stress`, Release, TENOR_STRESS_TESTS=ON): 1,000,000
// generated ledger steps (credit-rules §8) over Pay in N, financing and
// Pay in 30 days schedules in 0-, 2- and 3-decimal currencies, with grace
// days and late fees. After every step: the expected outcome (recorded,
// duplicate or refused, from an independent model of the rules), a refused
// or duplicate step left the ledger == to what it was, the statement
// invariants hold as of a random date and as of the end
// (tests/support/invariants.h), and the ledger equals its replay.

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "support/invariants.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using tenor::Ledger;
using tenor::Money;
using tenor::Schedule;

struct Rng {
  std::mt19937_64 engine;
  int64_t Uniform(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(engine);
  }
  bool Chance(int percent) { return Uniform(0, 99) < percent; }
};

Schedule RandomSchedule(Rng& rng) {
  const char* codes[] = {"GBP", "JPY", "KWD"};
  const tenor::Currency c = *tenor::Currency::FromCode(codes[rng.Uniform(0, 2)]);
  const absl::CivilDay day = absl::CivilDay(2020, 1, 1) + rng.Uniform(0, 3650);
  for (;;) {
    const Money amount = Money::FromMinorUnits(rng.Uniform(1'000, 5'000'000), c);
    absl::StatusOr<Schedule> s;
    switch (rng.Uniform(0, 2)) {
      case 0: {
        tenor::PayInN p;
        p.count = static_cast<int>(rng.Uniform(2, 12));
        p.interval_days = static_cast<int>(rng.Uniform(7, 31));
        s = tenor::PreviewPayInN(p, amount, day);
        break;
      }
      case 1: {
        tenor::Financing f;
        f.rate = *tenor::Rate::FromMicroPercent(rng.Uniform(0, 40) * 1'000'000);
        f.rounding = tenor::kAllRoundingModes[rng.Uniform(0, 6)];
        s = tenor::PreviewFinancing(f, amount, static_cast<int>(rng.Uniform(6, 36)),
                                    day);
        break;
      }
      default:
        s = tenor::PreviewPayIn30Days(tenor::PayIn30Days{}, amount, day);
        break;
    }
    if (s.ok()) return *std::move(s);
  }
}

enum class Expect { kRecorded, kDuplicate, kRefused };

TEST_CASE("ledger: 1,000,000 generated steps keep every invariant after each "
          "step",
          "[stress][ledger][s8]") {
  Rng rng{std::mt19937_64(20261201)};
  constexpr int64_t kSteps = 1'000'000;
  int64_t steps = 0, refused = 0, duplicates = 0, recorded = 0, ledgers = 0;
  while (steps < kSteps) {
    const Schedule s = RandomSchedule(rng);
    tenor::LedgerOptions options;
    options.grace_days = static_cast<int>(rng.Uniform(0, 5));
    if (rng.Chance(40)) {
      tenor::LateFeePolicy p;
      p.fee = rng.Uniform(1, 2000);
      p.minimum_order = rng.Chance(70) ? 0 : rng.Uniform(0, 200'000);
      p.max_fees = static_cast<int>(rng.Uniform(0, 4));
      p.max_total_percent = static_cast<int>(rng.Uniform(0, 100));
      options.late_fees = p;
    }
    absl::StatusOr<Ledger> created = Ledger::Create(s, options);
    TENOR_REQUIRE_OK(created);
    Ledger l = *std::move(created);
    ++ledgers;
    const tenor::Currency c = s.currency();
    const absl::CivilDay first = s.first_instalment().due_date - 10;
    const absl::CivilDay end = s.last_instalment().due_date + 60;
    const int64_t span = end - first;
    const int64_t payable = s.total_payable().minor_units();
    const auto random_day = [&] { return first + rng.Uniform(0, span); };
    // The model: what has been recorded, by id.
    struct Recorded {
      int64_t amount;
      absl::CivilDay value;
    };
    std::map<std::string, Recorded> payments;
    std::map<std::string, absl::CivilDay> reversals;
    std::set<std::string> other_ids;
    int64_t refunds = 0;

    const int64_t length = rng.Uniform(1, 40);
    for (int64_t k = 0; k < length && steps < kSteps; ++k, ++steps) {
      const absl::CivilDay value = random_day();
      std::optional<absl::CivilDay> recorded_on;
      if (rng.Chance(30)) recorded_on = value + rng.Uniform(0, 20);
      int64_t amount = rng.Uniform(1, payable / 2 + 1);
      if (rng.Chance(10)) amount = payable + rng.Uniform(0, 1000);
      const bool negative = rng.Chance(3);
      if (negative) amount = -rng.Uniform(0, 1000);  // zero or negative
      const int64_t kind = rng.Uniform(0, 9);
      Expect expect = Expect::kRecorded;
      const Ledger before = l;
      absl::StatusOr<tenor::RecordResult> r;
      std::string id;
      if (kind <= 4) {
        id = "P" + std::to_string(rng.Uniform(0, 30));
        auto it = payments.find(id);
        absl::CivilDay date = value;
        if (it != payments.end() && rng.Chance(50)) {
          amount = it->second.amount;  // an exact repeat
          date = it->second.value;
        }
        if (amount <= 0) {
          expect = Expect::kRefused;
        } else if (it != payments.end()) {
          expect = it->second.amount == amount && it->second.value == date
                       ? Expect::kDuplicate
                       : Expect::kRefused;
        } else if (other_ids.count(id) != 0) {
          expect = Expect::kRefused;
        }
        r = l.RecordPayment(id, Money::FromMinorUnits(amount, c), date,
                            recorded_on.has_value()
                                ? std::optional<absl::CivilDay>(
                                      std::max(*recorded_on, date))
                                : std::nullopt);
        if (r.ok() && !r->duplicate()) payments[id] = {amount, date};
      } else if (kind <= 6) {
        id = "P" + std::to_string(rng.Uniform(0, 30));
        auto it = payments.find(id);
        absl::CivilDay date = value;
        if (it == payments.end()) {
          expect = Expect::kRefused;
        } else {
          date = std::max(value, it->second.value);
          auto rev = reversals.find(id);
          if (rev != reversals.end()) {
            if (rng.Chance(50)) date = rev->second;
            expect = date == rev->second ? Expect::kDuplicate : Expect::kRefused;
          }
        }
        r = l.RecordReversal(id, date, std::nullopt);
        if (r.ok() && !r->duplicate()) reversals[id] = date;
      } else if (kind <= 8) {
        id = "R" + std::to_string(k);
        if (amount <= 0 || refunds + amount > payable) expect = Expect::kRefused;
        r = l.RecordRefund(id, Money::FromMinorUnits(amount, c), value,
                           std::nullopt);
        if (r.ok()) refunds += amount, other_ids.insert(id);
      } else {
        id = "F" + std::to_string(k);
        amount = negative ? amount : rng.Uniform(1, 2000);
        if (amount <= 0) expect = Expect::kRefused;
        r = l.RecordFee(id, Money::FromMinorUnits(amount, c), value, std::nullopt);
        if (r.ok()) other_ids.insert(id);
      }
      const Expect got = !r.ok()           ? Expect::kRefused
                         : r->duplicate() ? Expect::kDuplicate
                                          : Expect::kRecorded;
      if (got != expect) {
        INFO("ledger " << ledgers << " step " << k << " kind " << kind << " id "
                       << id << " amount " << amount << ": "
                       << r.status().ToString());
        REQUIRE(static_cast<int>(got) == static_cast<int>(expect));
      }
      switch (got) {
        case Expect::kRefused:
          ++refused;
          REQUIRE(!r.status().message().empty());
          REQUIRE(l == before);
          break;
        case Expect::kDuplicate:
          ++duplicates;
          REQUIRE(l == before);
          break;
        case Expect::kRecorded:
          ++recorded;
          REQUIRE(l.transactions().size() == before.transactions().size() + 1);
          break;
      }
      const std::string at_random =
          tenor_test::LedgerInvariantViolation(l, random_day());
      const std::string at_end = tenor_test::LedgerInvariantViolation(l, end);
      if (!at_random.empty() || !at_end.empty()) {
        INFO("ledger " << ledgers << " step " << k << ": " << at_random << " / "
                       << at_end);
        REQUIRE(false);
      }
    }
  }
  REQUIRE(steps == kSteps);
  CHECK(refused > kSteps / 20);
  CHECK(duplicates > kSteps / 50);
  CHECK(recorded > kSteps / 2);
}

}  // namespace
