// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: ledger operation sequences (credit-rules §8). A ledger over a
// Pay in N, financing or Pay in 30 days schedule (any currency exponent,
// grace days, late fees) takes an arbitrary sequence of payments, reversals,
// refunds and fees (ids reused, empty or too long; amounts negative, zero or
// huge; value dates before, inside or after the schedule; recorded dates
// before value dates). After every step: a refused or duplicate operation
// left the ledger == to what it was; the statement invariants hold as of two
// dates (tests/support/invariants.h); and the ledger equals its replay.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <fuzzer/FuzzedDataProvider.h>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "fuzz_check.h"
#include "support/invariants.h"
#include "tenor/tenor.h"

namespace {

using tenor::Ledger;
using tenor::Money;
using tenor::Schedule;

absl::StatusOr<Schedule> PickSchedule(FuzzedDataProvider& in) {
  const char* codes[] = {"GBP", "JPY", "KWD"};
  const tenor::Currency c =
      *tenor::Currency::FromCode(codes[in.ConsumeIntegralInRange<int>(0, 2)]);
  const Money amount = Money::FromMinorUnits(
      in.ConsumeBool() ? in.ConsumeIntegralInRange<int64_t>(1, 10'000'000)
                       : in.ConsumeIntegral<int64_t>(),
      c);
  const absl::CivilDay day(in.ConsumeIntegralInRange<int>(1, 9999),
                           in.ConsumeIntegralInRange<int>(1, 12),
                           in.ConsumeIntegralInRange<int>(1, 31));
  switch (in.ConsumeIntegralInRange<int>(0, 2)) {
    case 0: {
      tenor::PayInN p;
      p.count = in.ConsumeIntegralInRange<int>(2, 12);
      p.interval_days = in.ConsumeIntegralInRange<int>(1, 60);
      return tenor::PreviewPayInN(p, amount, day);
    }
    case 1: {
      tenor::Financing f;
      f.rate = *tenor::Rate::FromMicroPercent(
          in.ConsumeIntegralInRange<int64_t>(0, 40'000'000));
      f.rounding = static_cast<tenor::RoundingMode>(in.ConsumeIntegralInRange<int>(0, 6));
      return tenor::PreviewFinancing(f, amount, in.ConsumeIntegralInRange<int>(6, 36),
                                     day);
    }
    default:
      return tenor::PreviewPayIn30Days(tenor::PayIn30Days{}, amount, day);
  }
}

std::string PickId(FuzzedDataProvider& in, char prefix) {
  switch (in.ConsumeIntegralInRange<int>(0, 9)) {
    case 0: return "";
    case 1: return std::string(tenor::kMaxTransactionIdLength + 1, 'x');
    case 2: return in.ConsumeRandomLengthString(8);
    default: return std::string(1, prefix) +
                    std::to_string(in.ConsumeIntegralInRange<int>(0, 7));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const absl::StatusOr<Schedule> schedule = PickSchedule(in);
  if (!schedule.ok()) return 0;  // schedule_fuzz covers the refusals
  tenor::LedgerOptions options;
  options.grace_days = in.ConsumeIntegralInRange<int>(-1, 10);
  if (in.ConsumeBool()) {
    tenor::LateFeePolicy p;
    p.fee = in.ConsumeIntegralInRange<int64_t>(-1, 5000);
    p.minimum_order = in.ConsumeIntegralInRange<int64_t>(-1, 200'000);
    p.max_fees = in.ConsumeIntegralInRange<int>(-1, 5);
    p.max_total_percent = in.ConsumeIntegralInRange<int>(-1, 101);
    options.late_fees = p;
  }
  absl::StatusOr<Ledger> created = Ledger::Create(*schedule, options);
  if (!created.ok()) {
    // Bad options, or a schedule too large for the ledger's bound.
    TENOR_FUZZ_CHECK(!tenor::ValidateLedgerOptions(options).ok() ||
                         created.status().code() == absl::StatusCode::kOutOfRange,
                     "Create refused: " + created.status().ToString());
    return 0;
  }
  Ledger ledger = *std::move(created);
  const tenor::Currency c = schedule->currency();
  const absl::CivilDay first = schedule->first_instalment().due_date;
  const absl::CivilDay end = schedule->last_instalment().due_date + 60;
  const int64_t span = end - first + 20;
  const int64_t payable = schedule->total_payable().minor_units();
  const auto pick_day = [&] {
    return first - 20 + in.ConsumeIntegralInRange<int64_t>(0, span);
  };
  const auto pick_amount = [&]() -> int64_t {
    switch (in.ConsumeIntegralInRange<int>(0, 5)) {
      case 0: return in.ConsumeIntegral<int64_t>();
      case 1: return in.ConsumeIntegralInRange<int64_t>(-2, 2);
      default: return in.ConsumeIntegralInRange<int64_t>(1, payable / 2 + 2);
    }
  };

  const int steps = in.ConsumeIntegralInRange<int>(1, 48);
  for (int step = 0; step < steps && in.remaining_bytes() > 0; ++step) {
    const Ledger before = ledger;
    const absl::CivilDay value = pick_day();
    std::optional<absl::CivilDay> recorded;
    if (in.ConsumeBool()) recorded = value + in.ConsumeIntegralInRange<int>(-2, 20);
    absl::StatusOr<tenor::RecordResult> result;
    switch (in.ConsumeIntegralInRange<int>(0, 5)) {
      case 0:
      case 1:
      case 2:
        result = ledger.RecordPayment(PickId(in, 'P'),
                                      Money::FromMinorUnits(pick_amount(), c), value,
                                      recorded);
        break;
      case 3:
        result = ledger.RecordReversal(PickId(in, 'P'), value, recorded);
        break;
      case 4:
        result = ledger.RecordRefund(PickId(in, 'R'),
                                     Money::FromMinorUnits(pick_amount(), c), value,
                                     recorded);
        break;
      default: {
        // Now and then a fee in another currency.
        const tenor::Currency fee_currency =
            in.ConsumeIntegralInRange<int>(0, 15) == 0
                ? *tenor::Currency::FromCode(c.code() == "EUR" ? "GBP" : "EUR")
                : c;
        result = ledger.RecordFee(PickId(in, 'F'),
                                  Money::FromMinorUnits(pick_amount(), fee_currency),
                                  value, recorded);
        break;
      }
    }
    if (!result.ok()) {
      TENOR_FUZZ_CHECK(!result.status().message().empty(), "no message");
      TENOR_FUZZ_CHECK(ledger == before, "a refused operation changed the ledger: " +
                                             result.status().ToString());
    } else if (result->duplicate()) {
      TENOR_FUZZ_CHECK(ledger == before, "a duplicate changed the ledger");
    } else {
      TENOR_FUZZ_CHECK(ledger.transactions().size() == before.transactions().size() + 1,
                       "a recorded operation adds one transaction");
    }
    TENOR_FUZZ_CHECK_EMPTY(tenor_test::LedgerInvariantViolation(ledger, pick_day()));
    TENOR_FUZZ_CHECK_EMPTY(tenor_test::LedgerInvariantViolation(ledger, end));
  }
  return 0;
}
