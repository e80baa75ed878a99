// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/financing_schedule.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "level_payment_internal.h"
#include "schedule_access.h"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/money/split.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr std::string_view kProduct = "financing";

// The currency the product is priced in, if its limits or term minimums say.
std::optional<Currency> ProductCurrency(const Financing& product) {
  if (std::optional<Currency> c = product.limits.currency()) return c;
  if (!product.term_minimums.empty()) {
    return product.term_minimums.front().minimum.currency();
  }
  return std::nullopt;
}

// Checks shared by every entry point: the product, the amount, the date.
absl::Status CheckInputs(const Financing& product, Money amount,
                         absl::CivilDay shipment_date) {
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (absl::Status s = internal::CheckPositive(kProduct, amount); !s.ok()) {
    return s;
  }
  if (absl::Status s =
          internal::CheckCurrency(kProduct, amount, ProductCurrency(product));
      !s.ok()) {
    return s;
  }
  return internal::CheckDate(kProduct, "shipment date", shipment_date);
}

absl::Status CheckOffered(const Financing& product, int term_months) {
  if (!product.Offers(term_months)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "financing: term %d months is not offered (offered: %s)", term_months,
        absl::StrJoin(product.offered_terms, ", ")));
  }
  return absl::OkStatus();
}

// The product's limits and the term's minimum (§4.3, §7).
absl::Status CheckLimits(const Financing& product, Money amount,
                         int term_months) {
  if (absl::Status s = product.limits.Check(amount); !s.ok()) {
    return absl::Status(s.code(),
                        absl::StrFormat("%s: %s", kProduct, s.message()));
  }
  if (const std::optional<Money> minimum = product.MinimumFor(term_months);
      minimum.has_value() && amount < *minimum) {
    return absl::OutOfRangeError(absl::StrFormat(
        "financing: amount %s is below the minimum %s for %d months", amount,
        *minimum, term_months));
  }
  return absl::OkStatus();
}

absl::Status TooSmall(Money amount, int term_months, Rate rate,
                      std::string_view why, bool* too_small) {
  *too_small = true;
  return absl::OutOfRangeError(
      absl::StrFormat("financing: amount %s is too small for %d months at %s: %s",
                      amount, term_months, rate, why));
}

// The schedule of §4.3, inputs already checked. Sets `*too_small` when the
// refusal is that the amount is too small for the term, so that quotes can
// leave that term out.
absl::StatusOr<Schedule> Compute(const Financing& product, Money amount,
                                 int n, absl::CivilDay shipment_date,
                                 bool* too_small) {
  *too_small = false;
  const int64_t p = amount.minor_units();
  const int64_t m = product.rate.micro_percent();
  const RoundingMode mode = product.rounding;

  Schedule schedule = internal::ScheduleAccess::Start(
      {ProductKind::kFinancing, amount, shipment_date, product.rate, mode, n},
      static_cast<size_t>(n));
  std::vector<Instalment>& rows = internal::ScheduleAccess::Rows(schedule);

  // due_k = AddMonths(shipment date, k): always from the anchor, never from
  // the previous due date, so month ends do not drift (§3).
  auto due = [&](int k) -> absl::StatusOr<absl::CivilDay> {
    absl::StatusOr<absl::CivilDay> d = AddMonths(shipment_date, k);
    if (!d.ok()) return internal::DueDateError(kProduct, k, d.status());
    return d;
  };

  if (m == 0) {
    // Interest-free financing: an exact equal split, leftover units first (§2).
    if (p < n) {
      return TooSmall(amount, n, product.rate,
                      "an instalment would be zero", too_small);
    }
    const absl::StatusOr<std::vector<Money>> parts =
        SplitEvenly(amount, n, RemainderPlacement::kFirst);
    if (!parts.ok()) return parts.status();
    int64_t balance = p;
    for (int k = 1; k <= n; ++k) {
      const absl::StatusOr<absl::CivilDay> d = due(k);
      if (!d.ok()) return d.status();
      const int64_t part = (*parts)[static_cast<size_t>(k - 1)].minor_units();
      balance -= part;
      rows.push_back(Instalment{k, *d, part, 0, part, balance});
    }
    // No interest and no fee: no charge, so the APR is exactly 0.0 (§5).
    if (absl::Status s =
            internal::ScheduleAccess::Finish(schedule, internal::ZeroApr());
        !s.ok()) {
      return s;
    }
    return schedule;
  }

  const absl::StatusOr<int64_t> level =
      internal::LevelPaymentMinorUnits(p, m, n, mode);
  if (!level.ok()) return level.status();
  const int64_t a = *level;
  if (a < 1) {
    return TooSmall(amount, n, product.rate,
                    "the monthly payment rounds to less than one minor unit",
                    too_small);
  }
  // i = m / D exactly; B * m < 2^63 * 2^30 fits in 128 bits.
  const absl::int128 d = internal::kMonthlyRateDenominator;
  int64_t balance = p;
  for (int k = 1; k < n; ++k) {
    const absl::StatusOr<absl::CivilDay> date = due(k);
    if (!date.ok()) return date.status();
    const absl::StatusOr<int64_t> interest =
        RoundDivide(absl::int128(balance) * m, d, mode);
    if (!interest.ok()) return interest.status();
    const int64_t principal = a - *interest;  // both >= 0: no overflow
    if (principal < 0) {
      return TooSmall(
          amount, n, product.rate,
          absl::StrFormat("instalment %d would not cover its interest", k),
          too_small);
    }
    balance -= principal;
    if (balance < 0) {
      return TooSmall(
          amount, n, product.rate,
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
      RoundDivide(absl::int128(balance) * m, d, mode);
  if (!last_interest.ok()) return last_interest.status();
  const absl::int128 last_amount = absl::int128(balance) + *last_interest;
  if (last_amount > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "financing: instalment %d does not fit in int64 minor units", n));
  }
  if (last_amount == 0) {
    // The level payments repaid everything one instalment early. §4.3 only
    // names negative figures, but an instalment of nothing is as unusable
    // as one below a minor unit, and equal splits refuse it too.
    return TooSmall(amount, n, product.rate,
                    absl::StrFormat("instalment %d would be zero", n),
                    too_small);
  }
  rows.push_back(Instalment{n, *last_date, static_cast<int64_t>(last_amount),
                            *last_interest, balance, 0});

  // The total payable must fit in int64 before the APR looks at the flows.
  absl::int128 total = 0;
  for (const Instalment& row : rows) total += row.amount;
  if (total > std::numeric_limits<int64_t>::max()) {
    return absl::OutOfRangeError(
        "financing: the total payable does not fit in int64 minor units");
  }

  // APR on the months basis (§5): the advance at t = 0, instalment k at
  // t = k / 12. The amounts go through a buffer on the stack: terms are at
  // most kMaxFinancingTerm (the product validated), and the schedule keeps
  // its single allocation.
  std::array<int64_t, kMaxFinancingTerm> payments{};
  for (size_t k = 0; k < rows.size(); ++k) payments[k] = rows[k].amount;
  const absl::StatusOr<Apr> apr = ComputeMonthlyApr(
      p, absl::MakeConstSpan(payments.data(), rows.size()), /*decimals=*/1);
  if (!apr.ok()) {
    return absl::Status(apr.status().code(),
                        absl::StrFormat("financing: APR: %s",
                                        apr.status().message()));
  }
  if (absl::Status s = internal::ScheduleAccess::Finish(schedule, *apr);
      !s.ok()) {
    return s;
  }
  return schedule;
}

absl::StatusOr<Schedule> Build(const Financing& product, Money amount,
                               int term_months, absl::CivilDay shipment_date,
                               bool check_limits) {
  if (absl::Status s = CheckInputs(product, amount, shipment_date); !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckOffered(product, term_months); !s.ok()) return s;
  if (check_limits) {
    if (absl::Status s = CheckLimits(product, amount, term_months); !s.ok()) {
      return s;
    }
  }
  bool too_small = false;
  return Compute(product, amount, term_months, shipment_date, &too_small);
}

}  // namespace

absl::StatusOr<Schedule> BuildFinancingSchedule(const Financing& product,
                                                Money amount, int term_months,
                                                absl::CivilDay shipment_date) {
  return Build(product, amount, term_months, shipment_date,
               /*check_limits=*/true);
}

absl::StatusOr<Schedule> PreviewFinancing(const Financing& product,
                                          Money amount, int term_months,
                                          absl::CivilDay shipment_date) {
  return Build(product, amount, term_months, shipment_date,
               /*check_limits=*/false);
}

absl::StatusOr<std::vector<Schedule>> QuoteFinancing(
    const Financing& product, Money amount, absl::CivilDay shipment_date) {
  if (absl::Status s = CheckInputs(product, amount, shipment_date); !s.ok()) {
    return s;
  }
  // A date problem is an error for the whole quote, not a reason to leave a
  // term out: check every offered term's last due date first.
  for (const int term : product.offered_terms) {
    if (absl::StatusOr<absl::CivilDay> last = AddMonths(shipment_date, term);
        !last.ok()) {
      return internal::DueDateError(kProduct, term, last.status());
    }
  }
  std::vector<Schedule> quotes;
  quotes.reserve(product.offered_terms.size());
  for (const int term : product.offered_terms) {
    if (!CheckLimits(product, amount, term).ok()) continue;
    bool too_small = false;
    absl::StatusOr<Schedule> schedule =
        Compute(product, amount, term, shipment_date, &too_small);
    if (!schedule.ok()) {
      if (too_small) continue;
      return schedule.status();
    }
    quotes.push_back(*std::move(schedule));
  }
  return quotes;
}

TENOR_END_NAMESPACE
