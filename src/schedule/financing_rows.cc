// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The rows of a §4.3 schedule; financing_rows.h has the outline.

#include "schedule/financing_rows.h"

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "schedule/level_payment_internal.h"
#include "tenor/money/money.h"
#include "tenor/money/rounding.h"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace {

absl::Status TooSmall(std::string_view label, const ScheduleHeader& header,
                      std::string_view why, bool* too_small) {
  if (too_small != nullptr) *too_small = true;
  return absl::OutOfRangeError(absl::StrFormat(
      "%s: amount %s is too small for %d months at %s: %s", label,
      header.amount_of_credit, header.term_months, header.rate, why));
}

}  // namespace

absl::StatusOr<Schedule> BuildFinancingRows(
    std::string_view label, const ScheduleHeader& header,
    absl::FunctionRef<absl::StatusOr<absl::CivilDay>(int k)> due,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small) {
  if (too_small != nullptr) *too_small = false;
  const Money amount = header.amount_of_credit;
  const int n = header.term_months;
  const int64_t p = amount.minor_units();
  const int64_t m = header.rate.micro_percent();
  const RoundingMode mode = header.rounding;

  Schedule schedule = ScheduleAccess::Start(header, static_cast<size_t>(n));
  std::vector<Instalment>& rows = ScheduleAccess::Rows(schedule);

  if (m == 0) {
    // Interest-free financing: an exact equal split, leftover units first (§2).
    if (p < n) {
      return TooSmall(label, header, "an instalment would be zero",
                      too_small);
    }
    // SplitEvenly(amount, n, RemainderPlacement::kFirst) without its vector
    // (the schedule's rows are the one allocation): parts 1..r get base + 1,
    // the rest base, with base = p / n and r = p - base n, exactly as
    // SplitEvenly() computes them (tests compare the two).
    const int64_t base = p / n;
    const int64_t extra = p - base * n;  // 0 <= extra < n
    int64_t balance = p;
    for (int k = 1; k <= n; ++k) {
      const absl::StatusOr<absl::CivilDay> d = due(k);
      if (!d.ok()) return d.status();
      const int64_t part = base + (k <= extra ? 1 : 0);
      balance -= part;
      rows.push_back(Instalment{k, *d, part, 0, part, balance});
    }
    // No interest and no fee: no charge, so the APR is exactly 0.0 (§5).
    if (absl::Status s = ScheduleAccess::Finish(schedule, ZeroApr());
        !s.ok()) {
      return s;
    }
    return schedule;
  }

  // One exact rational rounded once for the level payment, then
  // interest_k = round(B_{k-1} * i) for every row, whatever the length of
  // its period.
  const absl::StatusOr<int64_t> level = LevelPaymentMinorUnits(p, m, n, mode);
  if (!level.ok()) return level.status();
  const int64_t a = *level;
  if (a < 1) {
    return TooSmall(label, header,
                    "the monthly payment rounds to less than one minor unit",
                    too_small);
  }
  // i = m / D exactly; MonthlyInterest() rounds B * m / D once.
  int64_t balance = p;
  for (int k = 1; k < n; ++k) {
    const absl::StatusOr<absl::CivilDay> date = due(k);
    if (!date.ok()) return date.status();
    const absl::StatusOr<int64_t> interest =
        MonthlyInterest(balance, m, mode);
    if (!interest.ok()) return interest.status();
    const int64_t principal = a - *interest;  // both >= 0: no overflow
    if (principal < 0) {
      return TooSmall(
          label, header,
          absl::StrFormat("instalment %d would not cover its interest", k),
          too_small);
    }
    balance -= principal;
    if (balance < 0) {
      return TooSmall(
          label, header,
          absl::StrFormat("the level payment repays more than the amount by "
                          "instalment %d",
                          k),
          too_small);
    }
    rows.push_back(Instalment{k, *date, a, *interest, principal, balance});
  }
  // The last row repays the balance exactly, with its own interest.
  const absl::StatusOr<absl::CivilDay> last_date = due(n);
  if (!last_date.ok()) return last_date.status();
  const absl::StatusOr<int64_t> last_interest =
      MonthlyInterest(balance, m, mode);
  if (!last_interest.ok()) return last_interest.status();
  const absl::int128 last_amount = absl::int128(balance) + *last_interest;
  if (last_amount > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: instalment %d does not fit in int64 minor units", label, n));
  }
  if (last_amount == 0) {
    // The level payments repaid everything one instalment early. §4.3 only
    // names negative figures, but an instalment of nothing is as unusable
    // as one below a minor unit, and equal splits refuse it too.
    return TooSmall(label, header,
                    absl::StrFormat("instalment %d would be zero", n),
                    too_small);
  }
  rows.push_back(Instalment{n, *last_date, static_cast<int64_t>(last_amount),
                            *last_interest, balance, 0});

  // The total payable must fit in int64 before the APR looks at the flows.
  absl::int128 total = 0;
  for (const Instalment& row : rows) total += row.amount;
  if (total > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: the total payable does not fit in int64 minor units", label));
  }

  const absl::StatusOr<Apr> apr = apr_of(rows);
  if (!apr.ok()) {
    return absl::Status(
        apr.status().code(),
        absl::StrFormat("%s: APR: %s", label, apr.status().message()));
  }
  if (absl::Status s = ScheduleAccess::Finish(schedule, *apr); !s.ok()) {
    return s;
  }
  return schedule;
}

}  // namespace internal
TENOR_END_NAMESPACE
