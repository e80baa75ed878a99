// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The certified EU/UK APR root finder (credit-rules §5). docs/apr.md, "How
// the digits are certified", is the long form of the comments here.
//
// Outline. The answer q (the APR in units of 10^-d percent, rounded half-up)
// is the integer with  X(q - 1/2) <= X* < X(q + 1/2),  where X* is the true
// root and X(b + 1/2) = (2b + 1) / (2 * 10^(d+2)) is a rounding boundary.
// Because F > 0 below the root and F < 0 above it (the requirements in
// eu_solver.h guarantee this), "X* >= boundary" is exactly "F(boundary) >= 0".
// So:
//   1. a double Newton solve SEEDS a candidate q (never trusted);
//   2. the sign of F at the candidate's two boundaries is PROVEN, and the
//      candidate moved (gallop, then bisection) until both signs agree.
// A sign is proven by, in order:
//   a. 62-bit fixed-point interval arithmetic in integers (no allocation);
//   b. if that interval straddles 0: an exact test of F(boundary) == 0;
//   c. otherwise: the same interval arithmetic in 128, 256, ... bits.

#include "eu_solver.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/types/span.h"
#include "apr/exact_powers.h"
#include "apr/time_basis.h"
#include "fixed_point.h"
#include "tenor/apr/apr.h"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace {

using fixed::BigFixed;
using fixed::BigInt;
using fixed::BigPowerCache;
using fixed::kBits;
using fixed::kOne;
using fixed::MulDown;
using fixed::MulUp;
using fixed::PowDown;
using fixed::PowerCache;
using fixed::PowUp;

constexpr int64_t kPow10[] = {1,
                              10,
                              100,
                              1'000,
                              10'000,
                              100'000,
                              1'000'000,
                              10'000'000,
                              100'000'000,
                              1'000'000'000};

// The three roots of (1 + X) the time components need: (1+X)^(-1/12),
// (1+X)^(-1/365) and (1+X)^(-1/366).
constexpr uint64_t kRootDegree[3] = {12, 365, 366};

int64_t Component(const AprTerm& term, int c) {
  return c == 0 ? term.months : c == 1 ? term.days365 : term.days366;
}

// ---------------------------------------------------------------------------
// Step 1: the seed. Binary floating point is used ONLY here, to propose a
// candidate; every digit returned is proven afterwards with integers.

// An amount as a double (seed only). Amounts are nearly always int64s, whose
// conversion is one instruction; absl::int128's is a library call.
double ToDouble(absl::int128 a) {
  if (a >= std::numeric_limits<int64_t>::min() &&
      a <= std::numeric_limits<int64_t>::max()) {
    return static_cast<double>(static_cast<int64_t>(a));
  }
  return static_cast<double>(a);
}

// base^n for mostly increasing n (double; seed only).
class DoublePowers {
 public:
  explicit DoublePowers(double base) : base_(base) {}
  double Get(int64_t n) {
    if (n == exponent_) return value_;
    if (n > exponent_ && n - exponent_ <= 16) {
      while (exponent_ < n) {
        value_ *= base_;
        ++exponent_;
      }
    } else {
      value_ = std::pow(base_, static_cast<double>(n));
      exponent_ = n;
    }
    return value_;
  }

 private:
  double base_;
  int64_t exponent_ = 0;
  double value_ = 1.0;
};

// The equation in double, for the seed only: F(y) = sum a_j exp(-y t_j)
// with y = ln(1 + X).
class SeedEquation {
 public:
  explicit SeedEquation(absl::Span<const AprTerm> terms) : terms_(terms) {
    amount_.reserve(terms.size());
    years_.reserve(terms.size());
    for (const AprTerm& term : terms) {
      amount_.push_back(ToDouble(term.amount));
      years_.push_back(static_cast<double>(term.months) / 12.0 +
                       static_cast<double>(term.days365) / 365.0 +
                       static_cast<double>(term.days366) / 366.0);
      if (term.days365 != 0) days365_ = true;
      if (term.days366 != 0) days366_ = true;
    }
  }

  // F(y) in `f`, dF/dy in `df`.
  void Evaluate(double y, double* f, double* df) const {
    DoublePowers p12(std::exp(-y / 12.0));
    DoublePowers p365(days365_ ? std::exp(-y / 365.0) : 1.0);
    DoublePowers p366(days366_ ? std::exp(-y / 366.0) : 1.0);
    double sum = 0.0;
    double slope = 0.0;
    for (size_t j = 0; j < terms_.size(); ++j) {
      const AprTerm& term = terms_[j];
      double value = amount_[j] * p12.Get(term.months);
      if (days365_) value *= p365.Get(term.days365);
      if (days366_) value *= p366.Get(term.days366);
      sum += value;
      slope -= years_[j] * value;
    }
    *f = sum;
    *df = slope;
  }

  // A first-order estimate of y*: F(y) ~ total - y * sum(a_j t_j).
  double FirstOrderGuess() const {
    double total = 0.0;
    double moment = 0.0;
    for (size_t j = 0; j < amount_.size(); ++j) {
      total += amount_[j];
      moment += amount_[j] * years_[j];
    }
    return moment > 0.0 ? total / moment : 0.0;
  }

 private:
  absl::Span<const AprTerm> terms_;
  // Inline for up to 40 terms (every financing schedule): no allocation.
  absl::InlinedVector<double, 40> amount_;
  absl::InlinedVector<double, 40> years_;
  bool days365_ = false;
  bool days366_ = false;
};

// A double estimate of y* = ln(1 + X*) by Newton's method kept inside a
// bracket [lo, hi] with F(lo) > 0 > F(hi) (seed only). The certifier needs
// only a close candidate: a wrong one costs a few extra proven signs, never
// a wrong digit.
// The months basis (every financing schedule): F is a polynomial in
// v = (1 + X)^(-1/12), F(v) = sum a_j v^(k_j), and Newton's method runs on v
// with no exp() in the loop. Seed only, like SeedLogRate(); returns y = ln(1
// + X), or a negative value when the iteration did not settle (the caller
// then uses the general seed).
double SeedLogRateMonths(absl::Span<const AprTerm> terms, double y_cap,
                         double y_guess) {
  absl::InlinedVector<double, 40> amounts;
  amounts.reserve(terms.size());
  for (const AprTerm& term : terms) amounts.push_back(ToDouble(term.amount));
  // v decreases with X: F(v) < 0 below the root v*, F(v) > 0 above it.
  double lo = std::exp(-y_cap / 12.0);  // F(lo) < 0
  double hi = 1.0;                      // F(1) = total > 0
  double v = std::exp(-y_guess / 12.0);
  if (!(v > lo && v < hi)) v = 0.5 * (lo + hi);
  for (int iteration = 0; iteration < 100; ++iteration) {
    double f = 0.0;
    double df = 0.0;
    double power = 1.0;  // v^k
    int64_t k = 0;
    for (size_t j = 0; j < terms.size(); ++j) {
      while (k < terms[j].months) {
        power *= v;
        ++k;
      }
      const double a = amounts[j];
      f += a * power;
      df += a * static_cast<double>(k) * power;
    }
    df /= v;
    if (f < 0.0) {
      lo = v;
    } else if (f > 0.0) {
      hi = v;
    } else {
      return -12.0 * std::log(v);
    }
    double next = df > 0.0 ? v - f / df : 0.5 * (lo + hi);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // Newton converges quadratically: after a step below 1e-6 the error in
    // v is about 1e-12, i.e. about 1e-11 in X, far below the 1e-3 % of one
    // APR digit. A seed that is still off costs an extra proven sign, never
    // a wrong digit.
    if (std::fabs(next - v) <= 1e-6 || hi - lo <= 1e-14) {
      return -12.0 * std::log(next);
    }
    v = next;
  }
  return -1.0;
}

double SeedLogRate(absl::Span<const AprTerm> terms, double y_cap) {
  bool months_only = terms.size() <= 1000;  // the inner loop steps k by one
  for (const AprTerm& term : terms) {
    if (term.days365 != 0 || term.days366 != 0 || term.months > 1200) {
      months_only = false;
      break;
    }
  }
  if (months_only) {
    double total = 0.0;
    double moment = 0.0;
    for (const AprTerm& term : terms) {
      const double a = ToDouble(term.amount);
      total += a;
      moment += a * static_cast<double>(term.months) / 12.0;
    }
    const double guess = moment > 0.0 ? total / moment : 0.0;
    const double y = SeedLogRateMonths(terms, y_cap, guess);
    if (y >= 0.0) return y;
  }
  const SeedEquation equation(terms);
  double lo = 0.0;  // F(0) = total > 0
  double hi = y_cap;
  double y = equation.FirstOrderGuess();
  if (!(y > lo && y < hi)) y = std::min(1.0, 0.5 * hi);
  for (int iteration = 0; iteration < 200; ++iteration) {
    double f = 0.0;
    double df = 0.0;
    equation.Evaluate(y, &f, &df);
    if (f > 0.0) {
      lo = y;
    } else if (f < 0.0) {
      hi = y;
    } else {
      return y;
    }
    double next = df < 0.0 ? y - f / df : 0.5 * (lo + hi);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::fabs(next - y) <= 1e-13 * y || hi - lo <= 1e-13 * lo) {
      return next;
    }
    y = next;
  }
  return y;
}

// ---------------------------------------------------------------------------
// Step 2: proven signs.

// The rounding boundary X = (num - den) / den with num/den = 1 + X.
struct Boundary {
  uint64_t num;
  uint64_t den;
};

class Certifier {
 public:
  Certifier(absl::Span<const AprTerm> terms, int decimals)
      : terms_(terms), decimals_(decimals) {
    absl::uint128 sum_abs = 0;
    for (const AprTerm& term : terms) {
      const absl::int128 a = term.amount;
      sum_abs += static_cast<absl::uint128>(a < 0 ? -a : a);
      for (int c = 0; c < 3; ++c) {
        if (Component(term, c) != 0) used_[c] = true;
      }
    }
    // The fast path sums a_j * V_j with V_j <= 2^62 in an int128; keeping
    // sum |a_j| below 2^62 keeps every partial sum below 2^124.
    fast_ok_ = sum_abs < (absl::uint128(1) << 62);
  }

  // The boundary between q = b and q = b + 1.
  Boundary UpperBoundaryOf(int64_t b) const {
    const uint64_t den = 2 * static_cast<uint64_t>(kPow10[decimals_ + 2]);
    return Boundary{den + 2 * static_cast<uint64_t>(b) + 1, den};
  }

  // Is X* >= the upper boundary of b, i.e. does the answer exceed b?
  absl::StatusOr<bool> AnswerAbove(int64_t b) {
    if (b < 0) return true;  // X* > 0 > every boundary below 0
    absl::StatusOr<int> sign = Sign(UpperBoundaryOf(b));
    if (!sign.ok()) return sign.status();
    return *sign >= 0;
  }

 private:
  absl::StatusOr<int> Sign(Boundary x) {
    if (fast_ok_) {
      if (std::optional<int> s = FastSign(x)) return *s;
    }
    // The fast interval straddles 0 (or the amounts are too large for it).
    // Either F(x) is exactly 0 (a root exactly on a rounding boundary, which
    // half-up rounds up) or a wider interval will exclude 0.
    if (std::optional<bool> zero = ExactlyZero(x)) {
      if (*zero) return 0;
    }
    for (unsigned bits = 128; bits <= 16384; bits *= 2) {
      if (std::optional<int> s = BigSign(x, bits)) return *s;
    }
    return absl::InternalError(absl::StrFormat(
        "APR: could not certify the sign of the present value at the rounding "
        "boundary %d/%d - 1; no digits are returned rather than uncertain "
        "ones",
        x.num, x.den));
  }

  // -- a. 62-bit fixed point -------------------------------------------------

  // Proven bounds lo <= (num/den)^(-1/degree) * 2^62 <= hi.
  static bool FastRoot(Boundary x, uint64_t degree, uint64_t* lo,
                       uint64_t* hi) {
    // Seed only: a double estimate of the root, then a bracket around it
    // that the integer checks below prove (or reject).
    const double rate =
        static_cast<double>(x.num - x.den) / static_cast<double>(x.den);
    const double w =
        std::exp(-std::log1p(rate) / static_cast<double>(degree));
    const double scaled = w * 0x1p62;  // exact: a power of two
    const uint64_t centre =
        scaled >= 0.0 && scaled < static_cast<double>(kOne)
            ? static_cast<uint64_t>(scaled)
            : kOne;
    constexpr uint64_t kDelta = uint64_t{1} << 13;
    *lo = centre > kDelta ? centre - kDelta : 0;
    *hi = std::min(centre + kDelta, kOne);
    // lo^degree * num <= den  (lo <= root)  and  hi^degree * num >= den.
    const absl::uint128 den_one = absl::uint128(x.den) << kBits;
    return absl::uint128(PowUp(*lo, degree)) * x.num <= den_one &&
           absl::uint128(PowDown(*hi, degree)) * x.num >= den_one;
  }

  std::optional<int> FastSign(Boundary x) const {
    uint64_t root_lo[3] = {kOne, kOne, kOne};
    uint64_t root_hi[3] = {kOne, kOne, kOne};
    for (int c = 0; c < 3; ++c) {
      if (used_[c] && !FastRoot(x, kRootDegree[c], &root_lo[c], &root_hi[c])) {
        return std::nullopt;
      }
    }
    PowerCache<false> lo12(root_lo[0]), lo365(root_lo[1]), lo366(root_lo[2]);
    PowerCache<true> hi12(root_hi[0]), hi365(root_hi[1]), hi366(root_hi[2]);
    // Repayments and advances summed apart, as magnitudes.
    absl::uint128 pos_low = 0;
    absl::uint128 pos_high = 0;
    absl::uint128 neg_low = 0;
    absl::uint128 neg_high = 0;
    for (const AprTerm& term : terms_) {
      uint64_t f_lo = lo12.Get(term.months);
      uint64_t f_hi = hi12.Get(term.months);
      if (term.days365 != 0) {
        f_lo = MulDown(f_lo, lo365.Get(term.days365));
        f_hi = MulUp(f_hi, hi365.Get(term.days365));
      }
      if (term.days366 != 0) {
        f_lo = MulDown(f_lo, lo366.Get(term.days366));
        f_hi = MulUp(f_hi, hi366.Get(term.days366));
      }
      // |a| < 2^62 (fast_ok_), so each product is one 64 x 64 -> 128-bit
      // multiplication, and the sums of magnitudes stay below 2^124.
      const absl::int128 a = term.amount;
      if (a > 0) {
        const uint64_t magnitude = absl::Int128Low64(a);
        pos_low += absl::uint128(magnitude) * f_lo;
        pos_high += absl::uint128(magnitude) * f_hi;
      } else {
        const uint64_t magnitude = absl::Int128Low64(-a);
        neg_low += absl::uint128(magnitude) * f_lo;
        neg_high += absl::uint128(magnitude) * f_hi;
      }
    }
    // low = pos_low - neg_high <= F 2^62 <= pos_high - neg_low = high.
    if (pos_low > neg_high) return 1;
    if (pos_high < neg_low) return -1;
    return std::nullopt;
  }

  // -- c. B-bit fixed point --------------------------------------------------

  // Proven bounds lo <= (num/den)^(-1/degree) * 2^B <= hi, by Newton's
  // method in integers (w <- w + w (1 - r w^degree) / degree) from a double
  // seed, then a checked bracket.
  static bool BigRoot(const BigFixed& fx, Boundary x, uint64_t degree,
                      BigInt* lo, BigInt* hi) {
    const unsigned bits = fx.bits();
    // Seed only (see FastRoot).
    const double rate =
        static_cast<double>(x.num - x.den) / static_cast<double>(x.den);
    const double w0 =
        std::exp(-std::log1p(rate) / static_cast<double>(degree));
    BigInt w = BigInt(static_cast<uint64_t>(w0 * 0x1p52));  // w0 < 1
    w <<= bits - 52;
    const BigInt num(x.num);
    const BigInt den(x.den);
    for (int iteration = 0; iteration < 64; ++iteration) {
      // w^degree = den / num = 1 / r.
      const BigInt step = fixed::NewtonRootStep(fx, degree, num, den, &w);
      if (w <= 0 || w > fx.one()) return false;
      if (step < (BigInt(1) << 16)) break;
    }
    for (unsigned margin = 24; margin + 8 < bits; margin += 16) {
      const BigInt delta = BigInt(1) << margin;
      *lo = w > delta ? BigInt(w - delta) : BigInt(0);
      *hi = w + delta;
      if (*hi > fx.one()) *hi = fx.one();
      const BigInt den_one = den << bits;
      if (fx.PowUp(*lo, degree) * num <= den_one &&
          fx.PowDown(*hi, degree) * num >= den_one) {
        return true;
      }
    }
    return false;
  }

  std::optional<int> BigSign(Boundary x, unsigned bits) const {
    const BigFixed fx(bits);
    BigInt root_lo[3] = {fx.one(), fx.one(), fx.one()};
    BigInt root_hi[3] = {fx.one(), fx.one(), fx.one()};
    for (int c = 0; c < 3; ++c) {
      if (used_[c] &&
          !BigRoot(fx, x, kRootDegree[c], &root_lo[c], &root_hi[c])) {
        return std::nullopt;
      }
    }
    BigPowerCache lo12(fx, root_lo[0], false), lo365(fx, root_lo[1], false),
        lo366(fx, root_lo[2], false);
    BigPowerCache hi12(fx, root_hi[0], true), hi365(fx, root_hi[1], true),
        hi366(fx, root_hi[2], true);
    BigInt low = 0;
    BigInt high = 0;
    for (const AprTerm& term : terms_) {
      BigInt f_lo = lo12.Get(term.months);
      BigInt f_hi = hi12.Get(term.months);
      if (term.days365 != 0) {
        f_lo = fx.MulDown(f_lo, lo365.Get(term.days365));
        f_hi = fx.MulUp(f_hi, hi365.Get(term.days365));
      }
      if (term.days366 != 0) {
        f_lo = fx.MulDown(f_lo, lo366.Get(term.days366));
        f_hi = fx.MulUp(f_hi, hi366.Get(term.days366));
      }
      const BigInt a = fixed::ToBig(term.amount);
      if (a > 0) {
        low += a * f_lo;
        high += a * f_hi;
      } else {
        low += a * f_hi;
        high += a * f_lo;
      }
    }
    if (low > 0) return 1;
    if (high < 0) return -1;
    return std::nullopt;
  }

  // -- b. Exact zero test ----------------------------------------------------
  //
  // With r = 1 + X = num/den and every time t_j = n_j / L (L = 12, 365 or
  // kYearUnits = lcm(12, 365, 366)), multiplying F by r^(N/L), N = max n_j,
  // gives  sum_j a_j r^((N - n_j) / L), whose exponents are all >= 0:
  // SumOfPowersIsZero() (exact_powers.h, Capelli's theorem) decides whether
  // that is exactly 0. Returns nullopt when the integers involved would be
  // unreasonably large.
  std::optional<bool> ExactlyZero(Boundary x) const {
    int64_t L = kYearUnits;
    int kind = 3;  // 0: months only, 1: days365 only, 3: mixed
    if (!used_[1] && !used_[2]) {
      L = 12;
      kind = 0;
    } else if (!used_[0] && !used_[2]) {
      L = 365;
      kind = 1;
    }
    auto time_of = [&](const AprTerm& term) -> int64_t {
      if (kind == 0) return term.months;
      if (kind == 1) return term.days365;
      return TimeKey(term);
    };

    int64_t n_max = 0;
    for (const AprTerm& term : terms_) n_max = std::max(n_max, time_of(term));
    std::vector<std::pair<BigInt, int64_t>> scaled;
    scaled.reserve(terms_.size());
    for (const AprTerm& term : terms_) {
      scaled.emplace_back(fixed::ToBig(term.amount), n_max - time_of(term));
    }
    return SumOfPowersIsZero(scaled, L, x.num, x.den);
  }

  absl::Span<const AprTerm> terms_;
  int decimals_;
  bool used_[3] = {false, false, false};
  bool fast_ok_ = false;
};

absl::Status CheckRequirements(absl::Span<const AprTerm> terms) {
  if (terms.empty() || TimeKey(terms.front()) != 0) {
    return absl::InternalError("APR solver: terms must start at time 0");
  }
  absl::int128 running = 0;
  int last_sign = 0;
  int changes = 0;
  int64_t previous_key = -1;
  for (const AprTerm& term : terms) {
    const int64_t key = TimeKey(term);
    if (key <= previous_key || term.months < 0 || term.days365 < 0 ||
        term.days366 < 0) {
      return absl::InternalError("APR solver: terms out of order");
    }
    previous_key = key;
    running += term.amount;
    const int sign = running > 0 ? 1 : running < 0 ? -1 : 0;
    if (sign == 0) continue;
    if (last_sign == 0 && sign > 0) {
      return absl::InternalError("APR solver: balance starts positive");
    }
    if (last_sign != 0 && sign != last_sign) ++changes;
    last_sign = sign;
  }
  if (running <= 0 || changes != 1) {
    return absl::InternalError(
        "APR solver: the running balance must change sign exactly once");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<int64_t> SolveCertifiedApr(absl::Span<const AprTerm> terms,
                                          int decimals,
                                          std::optional<double> seed_percent) {
  if (decimals < 0 || decimals > kMaxAprDecimals) {
    return absl::InternalError("APR solver: decimals outside 0..6");
  }
  if (absl::Status s = CheckRequirements(terms); !s.ok()) return s;

  // The largest representable answer: kMaxAprPercent with `decimals` places.
  const int64_t q_max = kMaxAprPercent * kPow10[decimals];

  // 1. Seed. Binary floating point proposes the candidate q0 ONLY; step 2
  // proves or moves it, so no digit depends on a double.
  double scaled = 0.0;
  if (seed_percent.has_value() && *seed_percent > 0.0 &&
      *seed_percent < static_cast<double>(kMaxAprPercent)) {
    scaled = *seed_percent * static_cast<double>(kPow10[decimals]);
  } else {
    const double y_cap =
        std::log1p(static_cast<double>(kMaxAprPercent) / 100.0) * 1.0001;
    const double y = SeedLogRate(terms, y_cap);
    scaled = std::expm1(y) * 100.0 * static_cast<double>(kPow10[decimals]);
  }
  int64_t q0 = 0;
  if (scaled >= static_cast<double>(q_max)) {
    q0 = q_max;
  } else if (scaled > 0.0) {
    q0 = static_cast<int64_t>(std::floor(scaled + 0.5));
  }

  // 2. Certify. The answer is the least b >= 0 with !AnswerAbove(b).
  Certifier certifier(terms, decimals);
  absl::StatusOr<bool> above = certifier.AnswerAbove(q0);
  if (!above.ok()) return above.status();
  int64_t lo = -1;  // AnswerAbove(lo) is known true
  int64_t hi = 0;   // AnswerAbove(hi) is known false
  if (!*above) {
    // The answer is <= q0; usually exactly q0.
    hi = q0;
    int64_t step = 1;
    while (true) {
      const int64_t candidate = hi - step;
      if (candidate < 0) break;  // lo stays -1
      absl::StatusOr<bool> a = certifier.AnswerAbove(candidate);
      if (!a.ok()) return a.status();
      if (*a) {
        lo = candidate;
        break;
      }
      hi = candidate;
      step *= 2;
    }
  } else {
    if (q0 >= q_max) {
      return absl::OutOfRangeError(absl::StrFormat(
          "APR: above the supported maximum of %d %%", kMaxAprPercent));
    }
    lo = q0;
    int64_t step = 1;
    while (true) {
      const int64_t candidate = std::min(lo + step, q_max);
      absl::StatusOr<bool> a = certifier.AnswerAbove(candidate);
      if (!a.ok()) return a.status();
      if (!*a) {
        hi = candidate;
        break;
      }
      if (candidate == q_max) {
        return absl::OutOfRangeError(absl::StrFormat(
            "APR: above the supported maximum of %d %%", kMaxAprPercent));
      }
      lo = candidate;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const int64_t mid = lo + (hi - lo) / 2;
    absl::StatusOr<bool> a = certifier.AnswerAbove(mid);
    if (!a.ok()) return a.status();
    if (*a) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return hi;
}

}  // namespace internal
TENOR_END_NAMESPACE
