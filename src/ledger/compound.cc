// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Certified rounding of compounded sums (credit-rules §9). compound.h has
// the outline; docs/repayments.md the long form.

#include "ledger/compound.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"

#include "apr/fixed_point.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace {

using fixed::BigFixed;
using fixed::BigInt;

// lcm(12, 365, 366): every YearFraction is YearKey / kYearUnits years.
constexpr int64_t kYearUnits = 267180;

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
    const BigInt power = fx.PowDown(w, degree);
    BigInt error = fx.one() - BigInt(power * d / n);
    const bool negative = error < 0;
    if (negative) error = -error;
    BigInt step = (w * error) >> bits;
    step /= degree;
    if (negative) {
      w -= step;
    } else {
      w += step;
    }
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

BigInt IntegerRoot(const BigInt& n, unsigned e) {
  // The largest m with m^e <= n, by bisection.
  const unsigned bits = boost::multiprecision::msb(n) + 1;
  BigInt lo = 0;
  BigInt hi = BigInt(1) << (bits / e + 1);
  while (hi - lo > 1) {
    BigInt mid = (lo + hi) >> 1;
    if (boost::multiprecision::pow(mid, e) <= n) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// Is sum_j a_j g^(t_j) exactly 0? All t_j >= 0, g = num/den > 1.
//
// Write g = p/q in lowest terms and g = s^e with e maximal (p and q are both
// perfect e-th powers and s = p^(1/e)/q^(1/e) is not a perfect power of any
// rational). With t_j = n_j / L (L = 267180), g^(t_j) = s^(e n_j / L); split
// e n_j = L i_j + rho_j with 0 <= rho_j < L. Then
//   sum = sum over rho of  s^(rho/L) * C_rho,  C_rho = sum_{rho_j = rho} a_j
//   s^(i_j),
// and because x^L - s is irreducible over Q (Capelli's theorem: s > 0 is not
// a p-th power for any prime p), 1, s^(1/L), ..., s^((L-1)/L) are linearly
// independent over Q: the sum is 0 exactly when every rational C_rho is 0.
// nullopt when the integers involved would be unreasonably large.
std::optional<bool> ExactlyZero(
    const std::vector<std::pair<BigInt, int64_t>>& terms, uint64_t num,
    uint64_t den) {
  BigInt p(num);
  BigInt q(den);
  const BigInt g = boost::multiprecision::gcd(p, q);
  p /= g;
  q /= g;
  unsigned e = 1;
  BigInt sp = p;
  BigInt sq = q;
  const unsigned top =
      std::max(boost::multiprecision::msb(p), boost::multiprecision::msb(q)) +
      1;
  for (unsigned k = top; k >= 2; --k) {
    const BigInt rp = IntegerRoot(p, k);
    const BigInt rq = IntegerRoot(q, k);
    if (boost::multiprecision::pow(rp, k) == p &&
        boost::multiprecision::pow(rq, k) == q) {
      e = k;
      sp = rp;
      sq = rq;
      break;
    }
  }
  const unsigned s_bits = boost::multiprecision::msb(std::max(sp, sq)) + 1;
  // rho -> (i_j, a_j).
  std::map<int64_t, std::vector<std::pair<int64_t, const BigInt*>>> classes;
  for (const auto& [amount, key] : terms) {
    const int64_t exponent = static_cast<int64_t>(e) * key;
    const int64_t i = exponent / kYearUnits;
    // Guard the size of s^i (bits); a settlement over decades stays far
    // below it.
    if (i > 0 && i > int64_t{4'000'000} / static_cast<int64_t>(s_bits)) {
      return std::nullopt;
    }
    classes[exponent % kYearUnits].emplace_back(i, &amount);
  }
  for (const auto& [rho, members] : classes) {
    int64_t i_max = 0;
    for (const auto& member : members) i_max = std::max(i_max, member.first);
    // C_rho * sq^i_max = sum a_j sp^i_j sq^(i_max - i_j), an integer.
    BigInt sum = 0;
    for (const auto& [i, amount] : members) {
      sum += *amount *
             boost::multiprecision::pow(sp, static_cast<unsigned>(i)) *
             boost::multiprecision::pow(sq, static_cast<unsigned>(i_max - i));
    }
    if (sum != 0) return false;
  }
  return true;
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
  int64_t k = (to.year() - from.year()) * 12 + (to.month() - from.month());
  YearFraction t;
  if (k < 0 || to < from) {
    return absl::InternalError("settlement: a time runs backwards");
  }
  absl::StatusOr<absl::CivilDay> anniversary =
      AddMonths(from, static_cast<int>(k));
  if (!anniversary.ok()) return anniversary.status();
  if (*anniversary == to) {
    // Months basis: a whole number of months (clamped month ends included).
    t.months = k;
    return t;
  }
  // Calendar basis: whole months counted back from `to`, then days.
  absl::StatusOr<absl::CivilDay> stop = AddMonths(to, static_cast<int>(-k));
  if (!stop.ok()) return stop.status();
  if (*stop < from) {
    --k;
    stop = AddMonths(to, static_cast<int>(-k));
    if (!stop.ok()) return stop.status();
  }
  t.months = k;
  const int64_t days = *stop - from;
  if (days == 0) return t;
  // The year that ends on `stop` starts on the same day a year earlier
  // (clamped to 28 February when `stop` is 29 February).
  const int64_t year = stop->year() - 1;
  const absl::CivilDay year_start(
      year, stop->month(),
      std::min(stop->day(), DaysInMonth(year, stop->month())));
  if (*stop - year_start == 366) {
    t.days366 = days;
  } else {
    t.days365 = days;
  }
  return t;
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
      const std::optional<bool> zero =
          ExactlyZero(exact, growth_num, growth_den);
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
