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

// Due dates from a callback, asked for in row order.
class CallbackDue {
 public:
  explicit CallbackDue(
      absl::FunctionRef<absl::StatusOr<absl::CivilDay>(int k)> due)
      : due_(due) {}
  absl::Status Get(int k, absl::CivilDay* day) {
    absl::StatusOr<absl::CivilDay> d = due_(k);
    if (!d.ok()) return d.status();
    *day = *d;
    return absl::OkStatus();
  }

 private:
  absl::FunctionRef<absl::StatusOr<absl::CivilDay>(int k)> due_;
};

// due_k = AddMonths(anchor, k) for k = 1, 2, ... in turn, every one known to
// be in range: the year and month advance by one month per row and the day
// is the anchor's, clamped to the month's length, exactly AddMonths()' rule
// (§3: from the anchor, never from the previous due date). No Status, no
// division, and for an anchor day up to 28 (no clamping possible) the
// CivilDay is built from fields that are already normal.
class MonthStepDue {
 public:
  explicit MonthStepDue(absl::CivilDay anchor)
      : year_(anchor.year()), month_(anchor.month()), day_(anchor.day()) {}
  absl::Status Get(int /*k*/, absl::CivilDay* day) {
    if (++month_ > 12) {
      month_ = 1;
      ++year_;
    }
    int d = day_;
    if (d > 28) {
      static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                        31, 31, 30, 31, 30, 31};
      int length = kDays[month_ - 1];
      if (month_ == 2 &&
          (year_ % 4 == 0 && (year_ % 100 != 0 || year_ % 400 == 0))) {
        length = 29;
      }
      if (d > length) d = length;
    }
    *day = absl::CivilDay(year_, month_, d);
    return absl::OkStatus();
  }

 private:
  int64_t year_;
  int month_;
  int day_;
};

// The interest of one row. kFits64: the caller proved P * m < 2^64, so
// every row's B * m fits (B <= P) and the 64-bit path applies with no check.
template <bool kFits64>
absl::Status RowInterest(int64_t balance, int64_t m, RoundingMode mode,
                         int64_t* interest) {
  if (kFits64) {
    *interest = MonthlyInterest64(
        static_cast<uint64_t>(balance) * static_cast<uint64_t>(m), mode);
    return absl::OkStatus();
  }
  const absl::StatusOr<int64_t> i = MonthlyInterest(balance, m, mode);
  if (!i.ok()) return i.status();
  *interest = *i;
  return absl::OkStatus();
}

// The level-payment rows (m > 0) after the level payment `a` >= 1.
template <bool kFits64, typename Due>
absl::Status LevelRows(std::string_view label, const ScheduleHeader& header,
                       int64_t a, Due& due, std::vector<Instalment>& rows,
                       bool* too_small) {
  const int n = header.term_months;
  const int64_t m = header.rate.micro_percent();
  const RoundingMode mode = header.rounding;
  // i = m / D exactly; the interest rounds B * m / D once per row.
  int64_t balance = header.amount_of_credit.minor_units();
  absl::CivilDay date;
  int64_t interest = 0;
  for (int k = 1; k < n; ++k) {
    if (absl::Status s = due.Get(k, &date); !s.ok()) return s;
    if (absl::Status s = RowInterest<kFits64>(balance, m, mode, &interest);
        !s.ok()) {
      return s;
    }
    const int64_t principal = a - interest;  // both >= 0: no overflow
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
    rows.push_back(Instalment{k, date, a, interest, principal, balance});
  }
  // The last row repays the balance exactly, with its own interest.
  if (absl::Status s = due.Get(n, &date); !s.ok()) return s;
  if (absl::Status s = RowInterest<kFits64>(balance, m, mode, &interest);
      !s.ok()) {
    return s;
  }
  const absl::int128 last_amount = absl::int128(balance) + interest;
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
  rows.push_back(Instalment{n, date, static_cast<int64_t>(last_amount),
                            interest, balance, 0});
  // The total payable, (n - 1) a + the last amount, must fit in int64
  // before the APR looks at the flows.
  const absl::int128 total = absl::int128(a) * (n - 1) + last_amount;
  if (total > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: the total payable does not fit in int64 minor units", label));
  }
  return absl::OkStatus();
}

// Appends the n rows of §4.3 to `rows`.
template <typename Due>
absl::Status FillRows(std::string_view label, const ScheduleHeader& header,
                      Due& due, std::vector<Instalment>& rows,
                      bool* too_small) {
  if (too_small != nullptr) *too_small = false;
  const int n = header.term_months;
  const int64_t p = header.amount_of_credit.minor_units();
  const int64_t m = header.rate.micro_percent();

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
    absl::CivilDay date;
    for (int k = 1; k <= n; ++k) {
      if (absl::Status s = due.Get(k, &date); !s.ok()) return s;
      const int64_t part = base + (k <= extra ? 1 : 0);
      balance -= part;
      rows.push_back(Instalment{k, date, part, 0, part, balance});
    }
    return absl::OkStatus();
  }

  // One exact rational rounded once for the level payment, then
  // interest_k = round(B_{k-1} * i) for every row, whatever the length of
  // its period.
  const absl::StatusOr<int64_t> level =
      LevelPaymentMinorUnits(p, m, n, header.rounding);
  if (!level.ok()) return level.status();
  const int64_t a = *level;
  if (a < 1) {
    return TooSmall(label, header,
                    "the monthly payment rounds to less than one minor unit",
                    too_small);
  }
  // Every balance is at most p (each row checks balance >= 0 and principal
  // >= 0), so one bound on p * m covers every row's product.
  const bool fits64 = absl::Uint128High64(
                          absl::uint128(static_cast<uint64_t>(p)) *
                          static_cast<uint64_t>(m)) == 0;
  return fits64 ? LevelRows<true>(label, header, a, due, rows, too_small)
                : LevelRows<false>(label, header, a, due, rows, too_small);
}

// The schedule around the rows: the APR (none needed at 0 %) and the
// invariant checks.
template <typename Due>
absl::StatusOr<Schedule> Build(
    std::string_view label, const ScheduleHeader& header, Due& due,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small) {
  Schedule schedule =
      ScheduleAccess::Start(header, static_cast<size_t>(header.term_months));
  std::vector<Instalment>& rows = ScheduleAccess::Rows(schedule);
  if (absl::Status s = FillRows(label, header, due, rows, too_small);
      !s.ok()) {
    return s;
  }
  if (header.rate.micro_percent() == 0) {
    // No interest and no fee: no charge, so the APR is exactly 0.0 (§5).
    if (absl::Status s = ScheduleAccess::Finish(schedule, ZeroApr());
        !s.ok()) {
      return s;
    }
    return schedule;
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

}  // namespace

absl::StatusOr<Schedule> BuildFinancingRows(
    std::string_view label, const ScheduleHeader& header,
    absl::FunctionRef<absl::StatusOr<absl::CivilDay>(int k)> due,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small) {
  CallbackDue dates(due);
  return Build(label, header, dates, apr_of, too_small);
}

absl::StatusOr<Schedule> BuildFinancingRows(
    std::string_view label, const ScheduleHeader& header,
    absl::CivilDay anchor,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small) {
  MonthStepDue dates(anchor);
  return Build(label, header, dates, apr_of, too_small);
}

absl::Status AppendFinancingRows(std::string_view label,
                                 const ScheduleHeader& header,
                                 absl::CivilDay anchor,
                                 std::vector<Instalment>* rows,
                                 bool* too_small) {
  MonthStepDue dates(anchor);
  return FillRows(label, header, dates, *rows, too_small);
}

}  // namespace internal
TENOR_END_NAMESPACE
