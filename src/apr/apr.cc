// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// UK CONC App 1.2 / EU CCD Annex I APR (credit-rules §5): input checks and
// time bases. The certified solve is in eu_solver.cc.

#include "tenor/apr/apr.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "apr/time_basis.h"
#include "eu_solver.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"
#include "tenor/money/money.h"

TENOR_BEGIN_NAMESPACE
namespace {

using internal::AprTerm;

absl::Status CheckDecimals(int decimals) {
  if (decimals < 0 || decimals > kMaxAprDecimals) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "decimals: %d is outside 0..%d", decimals, kMaxAprDecimals));
  }
  return absl::OkStatus();
}

// Canonical text for an int128 count of minor units (totals of many int64
// amounts may not fit in int64).
std::string FormatTotal(absl::int128 minor_units, int exponent) {
  if (minor_units >= std::numeric_limits<int64_t>::min() &&
      minor_units <= std::numeric_limits<int64_t>::max()) {
    return FormatMinorUnits(static_cast<int64_t>(minor_units), exponent);
  }
  const bool negative = minor_units < 0;
  absl::uint128 magnitude = negative
                                ? absl::uint128(0) -
                                      static_cast<absl::uint128>(minor_units)
                                : static_cast<absl::uint128>(minor_units);
  std::string digits;
  while (magnitude != 0) {
    digits.push_back(static_cast<char>('0' + absl::Uint128Low64(magnitude % 10)));
    magnitude /= 10;
  }
  std::reverse(digits.begin(), digits.end());
  if (exponent > 0) {
    digits.insert(digits.size() - static_cast<size_t>(exponent), ".");
  }
  return negative ? "-" + digits : digits;
}

std::string DateText(absl::CivilDay day) { return FormatDate(day); }

// A flow on its way to becoming a term.
struct TimedFlow {
  int64_t key;  // internal::TimeKey of `term`
  AprTerm term;
  absl::CivilDay date;
};

// The months basis: the k with AddMonths(first, k) == date.
absl::StatusOr<AprTerm> MonthsTime(absl::CivilDay first, absl::CivilDay date,
                                   std::string_view flow_name) {
  const int64_t k = internal::MonthsApart(first, date);
  absl::StatusOr<absl::CivilDay> anniversary =
      AddMonths(first, static_cast<int>(k));
  if (!anniversary.ok()) return anniversary.status();
  if (*anniversary != date) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s: %s is not a whole number of months after the first drawdown %s "
        "(the months basis needs dates AddMonths(first drawdown, k); the "
        "nearest is %s); use the calendar basis for other dates",
        flow_name, DateText(date), DateText(first), DateText(*anniversary)));
  }
  AprTerm term;
  term.months = k;
  return term;
}

// The calendar basis (CONC App 1.2 / CCD Annex I), time_basis.h.
absl::StatusOr<AprTerm> CalendarTime(absl::CivilDay first,
                                     absl::CivilDay date) {
  const absl::StatusOr<internal::YearFraction> t =
      internal::CalendarBasisTime(first, date);
  if (!t.ok()) return t.status();
  AprTerm term;
  term.months = t->months;
  term.days365 = t->days365;
  term.days366 = t->days366;
  return term;
}

absl::StatusOr<AprTerm> TimeOf(TimeBasis basis, absl::CivilDay first,
                               absl::CivilDay date,
                               std::string_view flow_name) {
  switch (basis) {
    case TimeBasis::kMonths:
      return MonthsTime(first, date, flow_name);
    case TimeBasis::kDays365: {
      AprTerm term;
      term.days365 = date - first;
      return term;
    }
    case TimeBasis::kCalendar:
      return CalendarTime(first, date);
  }
  return absl::InvalidArgumentError("basis: not a TimeBasis value");
}

}  // namespace

std::string_view TimeBasisName(TimeBasis basis) {
  switch (basis) {
    case TimeBasis::kMonths:
      return "months";
    case TimeBasis::kDays365:
      return "days365";
    case TimeBasis::kCalendar:
      return "calendar";
  }
  return "unknown";
}

absl::StatusOr<TimeBasis> ParseTimeBasis(std::string_view name) {
  for (TimeBasis basis :
       {TimeBasis::kMonths, TimeBasis::kDays365, TimeBasis::kCalendar}) {
    if (name == TimeBasisName(basis)) return basis;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "time basis \"%s\": expected \"months\", \"days365\" or \"calendar\"",
      name));
}

std::string Apr::ToString() const {
  const bool negative = scaled < 0;
  // Magnitude in uint64 so that INT64_MIN prints correctly.
  const uint64_t magnitude =
      negative ? uint64_t{0} - static_cast<uint64_t>(scaled)
               : static_cast<uint64_t>(scaled);
  std::string digits = absl::StrCat(magnitude);
  if (decimals > 0) {
    const size_t places = static_cast<size_t>(decimals);
    if (digits.size() <= places) {
      digits.insert(0, places + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - places, ".");
  }
  return negative ? "-" + digits : digits;
}

absl::StatusOr<Apr> ComputeApr(absl::Span<const DatedFlow> advances,
                               absl::Span<const DatedFlow> repayments,
                               TimeBasis basis, int decimals) {
  if (absl::Status s = CheckDecimals(decimals); !s.ok()) return s;
  if (advances.empty()) {
    return absl::InvalidArgumentError(
        "advances: empty; an APR needs at least one drawdown");
  }
  if (repayments.empty()) {
    return absl::InvalidArgumentError(
        "repayments: empty; an APR needs at least one repayment");
  }
  const Currency currency = advances.front().amount.currency();
  const int exponent = currency.exponent();

  // Per-flow checks, in the order the caller wrote them.
  absl::int128 advanced = 0;
  absl::int128 repaid = 0;
  absl::CivilDay first = advances.front().date;
  for (int side = 0; side < 2; ++side) {
    const absl::Span<const DatedFlow> flows = side == 0 ? advances : repayments;
    const char* name = side == 0 ? "advances" : "repayments";
    for (size_t i = 0; i < flows.size(); ++i) {
      const DatedFlow& flow = flows[i];
      const std::string flow_name = absl::StrFormat("%s[%d]", name, i);
      if (flow.amount.currency() != currency) {
        return internal::CurrencyMismatch(
            absl::StrFormat("ComputeApr: %s", flow_name), currency,
            flow.amount.currency());
      }
      if (flow.amount.is_negative()) {
        return absl::InvalidArgumentError(absl::StrFormat(
            "%s: amount %s is negative; pass advances and repayments as "
            "positive amounts on their own side",
            flow_name, flow.amount.ToString()));
      }
      if (!IsSupportedDate(flow.date)) {
        return absl::OutOfRangeError(absl::StrFormat(
            "%s: date year %d is outside the supported range 0001-01-01 to "
            "9999-12-31",
            flow_name, flow.date.year()));
      }
      if (side == 0) {
        advanced += flow.amount.minor_units();
        first = std::min(first, flow.date);
      } else {
        repaid += flow.amount.minor_units();
      }
    }
  }
  for (size_t i = 0; i < repayments.size(); ++i) {
    if (repayments[i].date < first) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "repayments[%d]: dated %s, before the first drawdown %s", i,
          DateText(repayments[i].date), DateText(first)));
    }
  }
  if (advanced == 0) {
    return absl::InvalidArgumentError(
        "advances: the amounts total zero; there is no credit");
  }
  if (repaid < advanced) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "repayments: total %s is less than the advances' total %s, so the "
        "APR equation has no positive root (the rate would be negative)",
        FormatTotal(repaid, exponent), FormatTotal(advanced, exponent)));
  }

  // Times, then the flows in date order with same-date flows added together.
  std::vector<TimedFlow> timed;
  timed.reserve(advances.size() + repayments.size());
  for (int side = 0; side < 2; ++side) {
    const absl::Span<const DatedFlow> flows = side == 0 ? advances : repayments;
    const char* name = side == 0 ? "advances" : "repayments";
    for (size_t i = 0; i < flows.size(); ++i) {
      absl::StatusOr<AprTerm> term =
          TimeOf(basis, first, flows[i].date,
                 absl::StrFormat("%s[%d]", name, i));
      if (!term.ok()) return term.status();
      const int64_t amount = flows[i].amount.minor_units();
      term->amount = side == 0 ? -absl::int128(amount) : absl::int128(amount);
      timed.push_back(TimedFlow{internal::TimeKey(*term), *term, flows[i].date});
    }
  }
  // No charge: exactly 0. Only once every flow's time is known, so that a
  // bad basis or an off-anniversary date on the months basis is refused
  // even then (found by tests/fuzz/apr_fuzz.cc).
  if (repaid == advanced) return Apr{0, decimals};
  std::stable_sort(timed.begin(), timed.end(),
                   [](const TimedFlow& a, const TimedFlow& b) {
                     return a.key < b.key;
                   });
  std::vector<AprTerm> terms;
  std::vector<absl::CivilDay> dates;
  terms.reserve(timed.size());
  for (const TimedFlow& flow : timed) {
    if (!terms.empty() && internal::TimeKey(terms.back()) == flow.key) {
      terms.back().amount += flow.term.amount;
    } else {
      terms.push_back(flow.term);
      dates.push_back(flow.date);
    }
  }

  // Uniqueness of the root (docs/apr.md, "Why the root is unique"): the
  // running balance must go from owing (negative) to owed (positive) once.
  absl::int128 running = 0;
  int last_sign = 0;
  for (size_t j = 0; j < terms.size(); ++j) {
    running += terms[j].amount;
    const int sign = running > 0 ? 1 : running < 0 ? -1 : 0;
    if (sign == 0) continue;
    if (last_sign == 0 && sign > 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "repayments: on %s the repayments so far exceed the advances so "
          "far before any credit is outstanding; the APR equation has no "
          "positive root for such flows",
          DateText(dates[j])));
    }
    if (last_sign > 0 && sign < 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "advances: the drawdown on %s comes after the credit was repaid "
          "with a surplus; the running balance changes sign more than once, "
          "so the APR equation may have several roots and tenor refuses to "
          "choose one",
          DateText(dates[j])));
    }
    last_sign = sign;
  }

  absl::StatusOr<int64_t> scaled = internal::SolveCertifiedApr(terms, decimals);
  if (!scaled.ok()) return scaled.status();
  return Apr{*scaled, decimals};
}

absl::StatusOr<Apr> ComputeMonthlyApr(
    int64_t advance_minor_units,
    absl::Span<const int64_t> payments_minor_units, int decimals) {
  return internal::MonthlyAprSeeded(advance_minor_units, payments_minor_units,
                                    decimals, std::nullopt);
}

namespace internal {

absl::StatusOr<Apr> MonthlyAprSeeded(
    int64_t advance_minor_units,
    absl::Span<const int64_t> payments_minor_units, int decimals,
    std::optional<double> seed_percent) {
  if (absl::Status s = CheckDecimals(decimals); !s.ok()) return s;
  if (advance_minor_units <= 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "advance_minor_units: %d is not positive", advance_minor_units));
  }
  if (payments_minor_units.empty()) {
    return absl::InvalidArgumentError(
        "payments_minor_units: empty; an APR needs at least one payment");
  }
  // Financing schedules have at most 36 payments: their terms stay on the
  // stack, so an APR costs no allocation.
  absl::InlinedVector<AprTerm, 40> terms(payments_minor_units.size() + 1);
  terms[0].amount = -absl::int128(advance_minor_units);
  absl::int128 repaid = 0;
  for (size_t k = 0; k < payments_minor_units.size(); ++k) {
    const int64_t payment = payments_minor_units[k];
    if (payment < 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "payments_minor_units[%d]: %d is negative", k, payment));
    }
    repaid += payment;
    terms[k + 1].amount = payment;
    terms[k + 1].months = static_cast<int64_t>(k) + 1;
  }
  if (repaid == advance_minor_units) return Apr{0, decimals};
  if (repaid < advance_minor_units) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "payments_minor_units: total %s is less than the advance %d, so the "
        "APR equation has no positive root (the rate would be negative)",
        FormatTotal(repaid, 0), advance_minor_units));
  }
  // One advance first, then non-negative payments: the running balance rises
  // from -advance to a positive total, crossing zero once.
  absl::StatusOr<int64_t> scaled =
      internal::SolveCertifiedApr(terms, decimals, seed_percent);
  if (!scaled.ok()) return scaled.status();
  return Apr{*scaled, decimals};
}

}  // namespace internal

TENOR_END_NAMESPACE
