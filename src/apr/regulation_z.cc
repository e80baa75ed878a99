// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// US Regulation Z Appendix J, actuarial method (docs/apr.md, "Regulation Z").
// Kept apart from the EU/UK APR: its own types, its own equation, its own
// solver. Only the directed-rounding integer helpers are shared.
//
// Certification. F(i) = sum_k P_k / ((1 + f_k i)(1 + i)^t_k) - A is strictly
// decreasing for i > 0, with F(0) > 0 and F(infinity) < 0, so the answer q
// (hundredths of a percent) is the least b >= 0 with F(i_b) < 0 at the
// rounding boundary i_b = (b + 1/2) / (100 * 100 * w). Every quantity is
// rational, so each sign is first tried with 62-bit interval arithmetic in
// integers and otherwise computed exactly with cpp_int.

#include "tenor/apr/regulation_z.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "fixed_point.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"
#include "tenor/money/money.h"

TENOR_BEGIN_NAMESPACE
namespace {

namespace fixed = internal::fixed;
using fixed::BigInt;
using fixed::kBits;
using fixed::kOne;
using fixed::MulDown;
using fixed::MulUp;
using fixed::PowerCache;

// One payment in unit periods: amount / ((1 + f i)(1 + i)^t), f = fnum/fden
// reduced to lowest terms.
struct RegZTerm {
  int64_t amount = 0;  // minor units, >= 0
  int64_t t = 0;
  int64_t fnum = 0;
  int64_t fden = 1;
};

// ---------------------------------------------------------------------------
// Seed: double Newton on i, used ONLY to propose digits that are then proven.

struct SeedValue {
  double f;
  double df;
};

SeedValue EvaluateSeed(absl::Span<const RegZTerm> terms, double advance,
                       double i) {
  SeedValue v{-advance, 0.0};
  for (const RegZTerm& term : terms) {
    const double f = static_cast<double>(term.fnum) /
                     static_cast<double>(term.fden);
    const double t = static_cast<double>(term.t);
    const double value = static_cast<double>(term.amount) /
                         ((1.0 + f * i) * std::pow(1.0 + i, t));
    v.f += value;
    v.df -= value * (f / (1.0 + f * i) + t / (1.0 + i));
  }
  return v;
}

double SeedRate(absl::Span<const RegZTerm> terms, double advance,
                double i_cap) {
  double lo = 0.0;
  double hi = 0.1;
  while (hi < i_cap && EvaluateSeed(terms, advance, hi).f >= 0.0) {
    lo = hi;
    hi = std::min(hi * 4.0, i_cap);
  }
  if (EvaluateSeed(terms, advance, hi).f >= 0.0) return i_cap;
  double i = 0.5 * (lo + hi);
  for (int iteration = 0; iteration < 100; ++iteration) {
    const SeedValue v = EvaluateSeed(terms, advance, i);
    if (v.f > 0.0) {
      lo = i;
    } else if (v.f < 0.0) {
      hi = i;
    } else {
      return i;
    }
    double next = v.df != 0.0 ? i - v.f / v.df : 0.5 * (lo + hi);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::fabs(next - i) <= 1e-15 * i) return next;
    i = next;
  }
  return i;
}

// ---------------------------------------------------------------------------
// Proven signs of F at i = num / den.

class RegZCertifier {
 public:
  RegZCertifier(std::vector<RegZTerm> terms, int64_t advance, int per_year)
      : terms_(std::move(terms)), advance_(advance), per_year_(per_year) {
    absl::uint128 sum = static_cast<uint64_t>(advance);
    for (const RegZTerm& term : terms_) sum += static_cast<uint64_t>(term.amount);
    fast_ok_ = sum < (absl::uint128(1) << 62);
  }

  // Does the answer exceed b hundredths, i.e. F(i_b) >= 0 at the boundary
  // APR = (b + 1/2) / 100 %, i_b = (2b + 1) / (20000 w)?
  bool AnswerAbove(int64_t b) const {
    if (b < 0) return true;
    const uint64_t num = 2 * static_cast<uint64_t>(b) + 1;
    const uint64_t den = 20000 * static_cast<uint64_t>(per_year_);
    if (fast_ok_) {
      if (std::optional<int> s = FastSign(num, den)) return *s >= 0;
    }
    return ExactSign(num, den) >= 0;
  }

 private:
  // floor (Up: ceil) of a * 2^62 / b, for 0 < a <= b < 2^64.
  static uint64_t RatioDown(uint64_t a, uint64_t b) {
    return absl::Uint128Low64((absl::uint128(a) << kBits) / b);
  }
  static uint64_t RatioUp(uint64_t a, uint64_t b) {
    const absl::uint128 n = absl::uint128(a) << kBits;
    return absl::Uint128Low64((n + (b - 1)) / b);
  }

  std::optional<int> FastSign(uint64_t num, uint64_t den) const {
    // v = 1 / (1 + i) = den / (den + num).
    PowerCache<false> v_lo(RatioDown(den, den + num));
    PowerCache<true> v_hi(RatioUp(den, den + num));
    absl::int128 low = -absl::int128(advance_) * absl::int128(kOne);
    absl::int128 high = low;
    for (const RegZTerm& term : terms_) {
      uint64_t f_lo = v_lo.Get(term.t);
      uint64_t f_hi = v_hi.Get(term.t);
      if (term.fnum != 0) {
        // 1 / (1 + f i) = fden den / (fden den + fnum num).
        const uint64_t a = static_cast<uint64_t>(term.fden) * den;
        const uint64_t b = a + static_cast<uint64_t>(term.fnum) * num;
        f_lo = MulDown(f_lo, RatioDown(a, b));
        f_hi = MulUp(f_hi, RatioUp(a, b));
      }
      low += absl::int128(term.amount) * absl::int128(f_lo);
      high += absl::int128(term.amount) * absl::int128(f_hi);
    }
    if (low > 0) return 1;
    if (high < 0) return -1;
    return std::nullopt;
  }

  // Exact: with u = den + num, T = max t, and the payments grouped by their
  // fraction f = fnum/fden (D_g = fden den + fnum num, D'_g = fden den),
  //   F * u^T * prod D_g = sum_g S_g D'_g prod_{h != g} D_h - A u^T prod D_g,
  //   S_g = sum_{k in g} P_k den^t_k u^(T - t_k),
  // and every D_g > 0, so both sides have the same sign.
  int ExactSign(uint64_t num, uint64_t den) const {
    const BigInt u = BigInt(den) + num;
    int64_t t_max = 0;
    for (const RegZTerm& term : terms_) t_max = std::max(t_max, term.t);
    std::map<std::pair<int64_t, int64_t>, BigInt> groups;
    for (const RegZTerm& term : terms_) {
      groups[{term.fnum, term.fden}] +=
          BigInt(term.amount) *
          boost::multiprecision::pow(BigInt(den),
                                     static_cast<unsigned>(term.t)) *
          boost::multiprecision::pow(u, static_cast<unsigned>(t_max - term.t));
    }
    std::vector<BigInt> d;
    std::vector<BigInt> d_prime;
    std::vector<const BigInt*> sums;
    for (const auto& [fraction, sum] : groups) {
      d_prime.push_back(BigInt(fraction.second) * den);
      d.push_back(d_prime.back() + BigInt(fraction.first) * num);
      sums.push_back(&sum);
    }
    BigInt all = 1;
    for (const BigInt& value : d) all *= value;
    BigInt total = -BigInt(advance_) *
                   boost::multiprecision::pow(u, static_cast<unsigned>(t_max)) *
                   all;
    for (size_t g = 0; g < d.size(); ++g) {
      total += *sums[g] * d_prime[g] * (all / d[g]);
    }
    return total > 0 ? 1 : total < 0 ? -1 : 0;
  }

  std::vector<RegZTerm> terms_;
  int64_t advance_;
  int per_year_;
  bool fast_ok_ = false;
};

}  // namespace

std::string_view RegZUnitPeriodName(RegZUnitPeriod unit) {
  switch (unit) {
    case RegZUnitPeriod::kMonth:
      return "month";
    case RegZUnitPeriod::kSemiMonth:
      return "semi-month";
    case RegZUnitPeriod::kTwoMonths:
      return "2-months";
    case RegZUnitPeriod::kQuarter:
      return "quarter";
    case RegZUnitPeriod::kWeek:
      return "week";
    case RegZUnitPeriod::kTwoWeeks:
      return "2-weeks";
    case RegZUnitPeriod::kFourWeeks:
      return "4-weeks";
  }
  return "unknown";
}

absl::StatusOr<RegZUnitPeriod> ParseRegZUnitPeriod(std::string_view name) {
  for (RegZUnitPeriod unit : kAllRegZUnitPeriods) {
    if (name == RegZUnitPeriodName(unit)) return unit;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "unit period \"%s\": expected one of \"month\", \"semi-month\", "
      "\"2-months\", \"quarter\", \"week\", \"2-weeks\", \"4-weeks\"",
      name));
}

int RegZUnitPeriodsPerYear(RegZUnitPeriod unit) {
  switch (unit) {
    case RegZUnitPeriod::kMonth:
      return 12;
    case RegZUnitPeriod::kSemiMonth:
      return 24;
    case RegZUnitPeriod::kTwoMonths:
      return 6;
    case RegZUnitPeriod::kQuarter:
      return 4;
    case RegZUnitPeriod::kWeek:
      return 52;
    case RegZUnitPeriod::kTwoWeeks:
      return 26;
    case RegZUnitPeriod::kFourWeeks:
      return 13;
  }
  return 12;
}

absl::StatusOr<RegZPeriodCount> CountRegZUnitPeriods(absl::CivilDay advance,
                                                     absl::CivilDay payment,
                                                     RegZUnitPeriod unit) {
  for (absl::CivilDay day : {advance, payment}) {
    if (!IsSupportedDate(day)) {
      return absl::OutOfRangeError(absl::StrFormat(
          "unit periods: date year %d is outside the supported range "
          "0001-01-01 to 9999-12-31",
          day.year()));
    }
  }
  if (payment < advance) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "unit periods: payment %s is before the advance %s",
        FormatDate(payment), FormatDate(advance)));
  }
  int64_t per_unit_days = 0;
  switch (unit) {
    case RegZUnitPeriod::kWeek:
      per_unit_days = 7;
      break;
    case RegZUnitPeriod::kTwoWeeks:
      per_unit_days = 14;
      break;
    case RegZUnitPeriod::kFourWeeks:
      per_unit_days = 28;
      break;
    default:
      break;
  }
  if (per_unit_days != 0) {
    // Appendix J (b)(5)(iv): the days between the dates over the days per
    // unit period.
    const int64_t days = payment - advance;
    return RegZPeriodCount{days / per_unit_days, days % per_unit_days,
                           per_unit_days};
  }
  // Whole months counted back from the payment date, then the days left.
  int64_t months =
      (payment.year() - advance.year()) * 12 + (payment.month() - advance.month());
  absl::StatusOr<absl::CivilDay> stop =
      AddMonths(payment, static_cast<int>(-months));
  if (!stop.ok()) return stop.status();
  if (*stop < advance) {
    --months;
    stop = AddMonths(payment, static_cast<int>(-months));
    if (!stop.ok()) return stop.status();
  }
  const int64_t days = *stop - advance;
  if (unit == RegZUnitPeriod::kMonth) {
    // Appendix J (b)(5)(ii): the remaining days over 30.
    return RegZPeriodCount{months, days, 30};
  }
  // Appendix J (b)(5)(iii): 30 days per whole month plus the remaining days,
  // over 15 (semi-month) or 30 times the months in the unit.
  const int64_t divisor = unit == RegZUnitPeriod::kSemiMonth ? 15
                          : unit == RegZUnitPeriod::kTwoMonths ? 60
                                                               : 90;
  const int64_t total = 30 * months + days;
  return RegZPeriodCount{total / divisor, total % divisor, divisor};
}

std::string RegZApr::ToString() const {
  const bool negative = hundredths < 0;
  const uint64_t magnitude =
      negative ? uint64_t{0} - static_cast<uint64_t>(hundredths)
               : static_cast<uint64_t>(hundredths);
  return absl::StrFormat("%s%d.%02d", negative ? "-" : "", magnitude / 100,
                         magnitude % 100);
}

absl::StatusOr<RegZApr> ComputeRegZApr(Money amount_financed,
                                       absl::CivilDay advance_date,
                                       absl::Span<const RegZPayment> payments,
                                       RegZUnitPeriod unit_period) {
  if (!amount_financed.is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "amount_financed: %s is not positive", amount_financed.ToString()));
  }
  if (payments.empty()) {
    return absl::InvalidArgumentError(
        "payments: empty; an APR needs at least one payment");
  }
  const Currency currency = amount_financed.currency();
  const int64_t advance = amount_financed.minor_units();
  std::vector<RegZTerm> terms;
  terms.reserve(payments.size());
  absl::int128 repaid = 0;
  absl::int128 repaid_at_once = 0;  // on the advance date: t = 0, f = 0
  for (size_t k = 0; k < payments.size(); ++k) {
    const RegZPayment& payment = payments[k];
    if (payment.amount.currency() != currency) {
      return internal::CurrencyMismatch(
          absl::StrFormat("ComputeRegZApr: payments[%d]", k), currency,
          payment.amount.currency());
    }
    if (payment.amount.is_negative()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("payments[%d]: amount %s is negative", k,
                          payment.amount.ToString()));
    }
    if (payment.date < advance_date) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "payments[%d]: dated %s, before the advance %s", k,
          FormatDate(payment.date), FormatDate(advance_date)));
    }
    absl::StatusOr<RegZPeriodCount> count =
        CountRegZUnitPeriods(advance_date, payment.date, unit_period);
    if (!count.ok()) return count.status();
    RegZTerm term;
    term.amount = payment.amount.minor_units();
    term.t = count->whole;
    const int64_t g =
        std::gcd(count->fraction_numerator, count->fraction_denominator);
    term.fnum = count->fraction_numerator / g;
    term.fden = count->fraction_denominator / g;
    repaid += term.amount;
    if (term.t == 0 && term.fnum == 0) repaid_at_once += term.amount;
    terms.push_back(term);
  }
  if (repaid == advance) return RegZApr{0};  // no finance charge: exactly 0
  if (repaid < advance) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "payments: total is less than the amount financed %s, so the rate "
        "would be negative",
        amount_financed.ToString()));
  }
  if (repaid_at_once >= advance) {
    return absl::InvalidArgumentError(
        "payments: those due on the advance date already repay the amount "
        "financed, so no positive rate solves the equation");
  }
  std::sort(terms.begin(), terms.end(),
            [](const RegZTerm& a, const RegZTerm& b) { return a.t < b.t; });

  const int per_year = RegZUnitPeriodsPerYear(unit_period);
  const int64_t q_max = kMaxRegZAprPercent * 100;
  // Seed. Binary floating point proposes the candidate q0 ONLY; the
  // certifier below proves or moves it, so no digit depends on a double.
  const double i_cap = static_cast<double>(kMaxRegZAprPercent) / 100.0 /
                       per_year * 1.0001;
  const double i = SeedRate(terms, static_cast<double>(advance), i_cap);
  const double scaled = i * per_year * 10000.0;
  int64_t q0 = 0;
  if (scaled >= static_cast<double>(q_max)) {
    q0 = q_max;
  } else if (scaled > 0.0) {
    q0 = static_cast<int64_t>(std::floor(scaled + 0.5));
  }

  const RegZCertifier certifier(std::move(terms), advance, per_year);
  // The answer is the least b >= 0 with !AnswerAbove(b).
  int64_t lo = -1;
  int64_t hi = 0;
  const auto too_high = [] {
    return absl::OutOfRangeError(absl::StrFormat(
        "Regulation Z APR: above the supported maximum of %d %%",
        kMaxRegZAprPercent));
  };
  if (!certifier.AnswerAbove(q0)) {
    hi = q0;
    for (int64_t step = 1;; step *= 2) {
      const int64_t candidate = hi - step;
      if (candidate < 0) break;
      if (certifier.AnswerAbove(candidate)) {
        lo = candidate;
        break;
      }
      hi = candidate;
    }
  } else {
    if (q0 >= q_max) return too_high();
    lo = q0;
    for (int64_t step = 1;; step *= 2) {
      const int64_t candidate = std::min(lo + step, q_max);
      if (!certifier.AnswerAbove(candidate)) {
        hi = candidate;
        break;
      }
      if (candidate == q_max) return too_high();
      lo = candidate;
    }
  }
  while (hi - lo > 1) {
    const int64_t mid = lo + (hi - lo) / 2;
    if (certifier.AnswerAbove(mid)) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return RegZApr{hi};
}

TENOR_END_NAMESPACE
