// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Certified rounding of compounded sums (credit-rules §9). compound.h has
// the outline; docs/repayments.md the long form.

#include "ledger/compound.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"

#include "apr/exact_powers.h"
#include "apr/fixed_point.h"
#include "apr/time_basis.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace {

using fixed::BigFixed;
using fixed::BigInt;

// The degrees of the three roots a YearFraction needs.
constexpr uint64_t kRootDegree[3] = {12, 365, 366};

int64_t Component(const YearFraction& t, int c) {
  return c == 0 ? t.months : c == 1 ? t.days365 : t.days366;
}

// Proven bounds lo <= g^(1/degree) * 2^B <= hi, g = num/den >= 1, by
// Newton's method in integers from a double seed, then a checked bracket.
bool RootBracket(const BigFixed& fx, uint64_t num, uint64_t den,
                 uint64_t degree, BigInt* lo, BigInt* hi) {
  const unsigned bits = fx.bits();
  // Seed only: a double estimate of the root, never trusted. The bracket
  // below is proven with integers or rejected.
  const double seed =
      std::exp(std::log(static_cast<double>(num) / static_cast<double>(den)) /
               static_cast<double>(degree));
  if (!(seed >= 1.0 && seed < 0x1p20)) return false;
  BigInt w = BigInt(static_cast<uint64_t>(seed * 0x1p40));
  w <<= bits - 40;
  const BigInt n(num);
  const BigInt d(den);
  // w <- w + w (1 - w^degree / g) / degree: Newton's step for w^degree = g.
  for (int iteration = 0; iteration < 200; ++iteration) {
    const BigInt step = fixed::NewtonRootStep(fx, degree, d, n, &w);
    if (w <= 0) return false;
    if (step < (BigInt(1) << 16)) break;
  }
  const BigInt g_scaled = n << bits;  // g * 2^B * den
  for (unsigned margin = 24; margin + 8 < bits; margin += 16) {
    const BigInt delta = BigInt(1) << margin;
    *lo = w > delta ? BigInt(w - delta) : BigInt(0);
    *hi = w + delta;
    // lo^degree <= g <= hi^degree, each power bounded the safe way.
    if (fx.PowUp(*lo, degree) * d <= g_scaled &&
        fx.PowDown(*hi, degree) * d >= g_scaled) {
      return true;
    }
  }
  return false;
}

// Bounds of g^t * 2^B from the roots' bounds.
struct PowerBounds {
  BigInt lo;
  BigInt hi;
};

class Roots {
 public:
  // False if a root could not be bracketed at this width.
  bool Init(const BigFixed& fx, uint64_t num, uint64_t den,
            const bool used[3]) {
    for (int c = 0; c < 3; ++c) {
      lo_[c] = fx.one();
      hi_[c] = fx.one();
      if (used[c] &&
          !RootBracket(fx, num, den, kRootDegree[c], &lo_[c], &hi_[c])) {
        return false;
      }
    }
    return true;
  }

  PowerBounds Power(const BigFixed& fx, const YearFraction& t) const {
    PowerBounds p{fx.one(), fx.one()};
    for (int c = 0; c < 3; ++c) {
      const int64_t n = Component(t, c);
      if (n == 0) continue;
      p.lo = fx.MulDown(p.lo, fx.PowDown(lo_[c], static_cast<uint64_t>(n)));
      p.hi = fx.MulUp(p.hi, fx.PowUp(hi_[c], static_cast<uint64_t>(n)));
    }
    return p;
  }

 private:
  BigInt lo_[3];
  BigInt hi_[3];
};

// floor(a / b) and ceil(a / b) for b > 0 (cpp_int division truncates toward
// zero, so negative numerators need the correction).
BigInt FloorDiv(const BigInt& a, const BigInt& b) {
  BigInt q = a / b;
  if (a < 0 && q * b != a) q -= 1;
  return q;
}
BigInt CeilDiv(const BigInt& a, const BigInt& b) {
  BigInt q = a / b;
  if (a > 0 && q * b != a) q += 1;
  return q;
}

// v / 2^B rounded half-up (ties away from zero).
BigInt RoundHalfAway(const BigInt& v, unsigned bits) {
  const BigInt half = BigInt(1) << (bits - 1);
  if (v >= 0) return BigInt((v + half) >> bits);
  BigInt magnitude = -v;
  magnitude += half;
  magnitude >>= bits;
  return BigInt(-magnitude);
}

absl::StatusOr<int64_t> Narrow(const BigInt& v) {
  if (v > std::numeric_limits<int64_t>::max() ||
      v < std::numeric_limits<int64_t>::min()) {
    return absl::OutOfRangeError(
        "settlement: the amount does not fit in int64 minor units");
  }
  return static_cast<int64_t>(v);
}

}  // namespace

absl::StatusOr<YearFraction> YearsBetween(absl::CivilDay from,
                                          absl::CivilDay to) {
  const int64_t k = MonthsApart(from, to);
  if (k < 0 || to < from) {
    return absl::InternalError("settlement: a time runs backwards");
  }
  absl::StatusOr<absl::CivilDay> anniversary =
      AddMonths(from, static_cast<int>(k));
  if (!anniversary.ok()) return anniversary.status();
  if (*anniversary == to) {
    // Months basis: a whole number of months (clamped month ends included).
    YearFraction t;
    t.months = k;
    return t;
  }
  // Calendar basis: whole months counted back from `to`, then days.
  return CalendarBasisTime(from, to);
}

absl::StatusOr<int64_t> RoundCompoundedSum(absl::Span<const CompoundTerm> terms,
                                           YearFraction divide_by,
                                           uint64_t growth_num,
                                           uint64_t growth_den) {
  if (growth_den == 0 || growth_num < growth_den) {
    return absl::InternalError("settlement: growth factor below 1");
  }
  if (growth_num == growth_den) {
    // g = 1: every power is 1 and the sum is exact.
    BigInt sum = 0;
    for (const CompoundTerm& term : terms) sum += fixed::ToBig(term.amount);
    return Narrow(sum);
  }
  bool used[3] = {false, false, false};
  for (const CompoundTerm& term : terms) {
    for (int c = 0; c < 3; ++c) {
      if (Component(term.time, c) != 0) used[c] = true;
    }
  }
  for (int c = 0; c < 3; ++c) {
    if (Component(divide_by, c) != 0) used[c] = true;
  }

  std::optional<BigInt> tested_tie;  // a boundary already proven not a tie
  for (unsigned bits = 128; bits <= 16384; bits *= 2) {
    const BigFixed fx(bits);
    Roots roots;
    if (!roots.Init(fx, growth_num, growth_den, used)) continue;
    // The numerator's enclosure, scaled by 2^B.
    BigInt n_lo = 0;
    BigInt n_hi = 0;
    for (const CompoundTerm& term : terms) {
      const PowerBounds p = roots.Power(fx, term.time);
      const BigInt a = fixed::ToBig(term.amount);
      if (a >= 0) {
        n_lo += a * p.lo;
        n_hi += a * p.hi;
      } else {
        n_lo += a * p.hi;
        n_hi += a * p.lo;
      }
    }
    // Divided by g^divide_by in [d_lo, d_hi] (both >= 2^B > 0).
    const PowerBounds d = roots.Power(fx, divide_by);
    const BigInt q_lo =
        n_lo >= 0 ? FloorDiv(n_lo << bits, d.hi) : FloorDiv(n_lo << bits, d.lo);
    const BigInt q_hi =
        n_hi >= 0 ? CeilDiv(n_hi << bits, d.lo) : CeilDiv(n_hi << bits, d.hi);
    const BigInt r_lo = RoundHalfAway(q_lo, bits);
    const BigInt r_hi = RoundHalfAway(q_hi, bits);
    if (r_lo == r_hi) return Narrow(r_lo);
    if (r_hi - r_lo != 1) continue;  // too wide: more bits
    // The enclosure holds the one tie b = r_lo + 1/2. Is the value b?
    if (!tested_tie.has_value() || *tested_tie != r_lo) {
      // sum 2 a_j g^(t_j) - (2 r_lo + 1) g^(divide_by) == 0 ?
      std::vector<std::pair<BigInt, int64_t>> exact;
      exact.reserve(terms.size() + 1);
      for (const CompoundTerm& term : terms) {
        exact.emplace_back(BigInt(fixed::ToBig(term.amount) * 2),
                           YearKey(term.time));
      }
      exact.emplace_back(BigInt(-(r_lo * 2 + 1)), YearKey(divide_by));
      // Every YearKey is n_j / kYearUnits years (exact_powers.h).
      const std::optional<bool> zero =
          SumOfPowersIsZero(exact, kYearUnits, growth_num, growth_den);
      if (zero.has_value() && *zero) {
        // An exact tie: half-up rounds away from zero. b = r_lo + 1/2 is
        // positive exactly when r_lo >= 0.
        return Narrow(r_lo >= 0 ? r_hi : r_lo);
      }
      if (zero.has_value()) tested_tie = r_lo;
    }
  }
  return absl::InternalError(
      "settlement: could not certify the rounding of the settlement figure; "
      "no amount is returned rather than an uncertain one");
}

}  // namespace internal
TENOR_END_NAMESPACE
