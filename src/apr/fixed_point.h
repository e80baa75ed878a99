// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. Directed-rounding fixed-point arithmetic for the APR certifiers
// (docs/apr.md, "How the digits are certified").
//
// A number v in [0, 1] is held as an unsigned integer V with v ~ V / 2^B.
// Every operation comes in two flavours: `Down` returns a value <= the exact
// result and `Up` one >= it. Products of values in [0, 1] stay in [0, 1], so
// chaining `Down` operations gives a proven lower bound of the exact product
// and chaining `Up` operations a proven upper bound. Nothing here is floating
// point: the bounds are exact integer facts.
//
// Two widths: 62 fraction bits in a uint64 with absl::uint128 products (the
// fast path, no allocation), and any width B in boost::multiprecision::cpp_int
// (the fallback).

#ifndef TENOR_SRC_APR_FIXED_POINT_H_
#define TENOR_SRC_APR_FIXED_POINT_H_

#include <cstdint>
#include <utility>

#include "absl/numeric/int128.h"
#include "boost/multiprecision/cpp_int.hpp"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {
namespace fixed {

// ---------------------------------------------------------------------------
// 62-bit fixed point in uint64.

inline constexpr int kBits = 62;
inline constexpr uint64_t kOne = uint64_t{1} << kBits;

inline uint64_t MulDown(uint64_t a, uint64_t b) {
  return absl::Uint128Low64((absl::uint128(a) * b) >> kBits);
}

inline uint64_t MulUp(uint64_t a, uint64_t b) {
  return absl::Uint128Low64((absl::uint128(a) * b + (kOne - 1)) >> kBits);
}

// a^n rounded down (Up: rounded up), by square-and-multiply. Every step
// rounds the same way, and multiplication of non-negative numbers is
// monotone, so the result bounds the exact power. Requires a <= kOne.
inline uint64_t PowDown(uint64_t a, uint64_t n) {
  uint64_t result = kOne;
  while (n != 0) {
    if (n & 1) result = MulDown(result, a);
    n >>= 1;
    if (n != 0) a = MulDown(a, a);
  }
  return result;
}

inline uint64_t PowUp(uint64_t a, uint64_t n) {
  uint64_t result = kOne;
  while (n != 0) {
    if (n & 1) result = MulUp(result, a);
    n >>= 1;
    if (n != 0) a = MulUp(a, a);
  }
  return result;
}

// The powers base^n for a sequence of mostly increasing n, reusing the last
// power: base^n = base^m * base^(n - m). Each term of a schedule then costs
// one or two multiplications instead of a full exponentiation.
template <bool kUp>
class PowerCache {
 public:
  explicit PowerCache(uint64_t base) : base_(base) {}

  uint64_t Get(int64_t n) {
    if (n == exponent_) return value_;
    if (n > exponent_) {
      const uint64_t gap = static_cast<uint64_t>(n - exponent_);
      value_ = gap == 1 ? Mul(value_, base_) : Mul(value_, Pow(base_, gap));
    } else {
      value_ = Pow(base_, static_cast<uint64_t>(n));
    }
    exponent_ = n;
    return value_;
  }

 private:
  static uint64_t Mul(uint64_t a, uint64_t b) {
    return kUp ? MulUp(a, b) : MulDown(a, b);
  }
  static uint64_t Pow(uint64_t a, uint64_t n) {
    return kUp ? PowUp(a, n) : PowDown(a, n);
  }

  uint64_t base_;
  int64_t exponent_ = 0;
  uint64_t value_ = kOne;
};

// ---------------------------------------------------------------------------
// B-bit fixed point in cpp_int (B chosen at run time).

using BigInt = boost::multiprecision::cpp_int;

inline BigInt ToBig(absl::int128 v) {
  const bool negative = v < 0;
  // |INT128_MIN| does not fit in int128; go through uint128 two's complement.
  const absl::uint128 magnitude =
      negative ? absl::uint128(0) - static_cast<absl::uint128>(v)
               : static_cast<absl::uint128>(v);
  BigInt result = absl::Uint128High64(magnitude);
  result <<= 64;
  result += absl::Uint128Low64(magnitude);
  if (negative) result = -result;
  return result;
}

inline BigInt ToBig(absl::uint128 v) {
  BigInt result = absl::Uint128High64(v);
  result <<= 64;
  result += absl::Uint128Low64(v);
  return result;
}

class BigFixed {
 public:
  explicit BigFixed(unsigned bits) : bits_(bits), one_(BigInt(1) << bits) {}

  unsigned bits() const { return bits_; }
  const BigInt& one() const { return one_; }

  // Requires a, b >= 0.
  BigInt MulDown(const BigInt& a, const BigInt& b) const {
    BigInt p = a * b;
    p >>= bits_;
    return p;
  }
  BigInt MulUp(const BigInt& a, const BigInt& b) const {
    BigInt p = a * b;
    p += one_ - 1;
    p >>= bits_;
    return p;
  }
  BigInt PowDown(BigInt a, uint64_t n) const {
    BigInt result = one_;
    while (n != 0) {
      if (n & 1) result = MulDown(result, a);
      n >>= 1;
      if (n != 0) a = MulDown(a, a);
    }
    return result;
  }
  BigInt PowUp(BigInt a, uint64_t n) const {
    BigInt result = one_;
    while (n != 0) {
      if (n & 1) result = MulUp(result, a);
      n >>= 1;
      if (n != 0) a = MulUp(a, a);
    }
    return result;
  }

 private:
  unsigned bits_;
  BigInt one_;
};

// One step of Newton's method for w^degree = den / num in `fx`'s width:
// w <- w + w (1 - w^degree num / den) / degree. Returns the size of the step
// so that callers can stop once it is small. The iterate is never trusted:
// the callers widen it into a bracket and prove the bracket.
inline BigInt NewtonRootStep(const BigFixed& fx, uint64_t degree,
                             const BigInt& num, const BigInt& den, BigInt* w) {
  const BigInt power = fx.PowDown(*w, degree);
  BigInt error = fx.one() - power * num / den;
  const bool negative = error < 0;
  if (negative) error = -error;
  BigInt step = (*w * error) >> fx.bits();
  step /= degree;
  if (negative) {
    *w -= step;
  } else {
    *w += step;
  }
  return step;
}

// As PowerCache, in B bits.
class BigPowerCache {
 public:
  BigPowerCache(const BigFixed& fx, BigInt base, bool up)
      : fx_(fx), base_(std::move(base)), up_(up), value_(fx.one()) {}

  const BigInt& Get(int64_t n) {
    if (n == exponent_) return value_;
    if (n > exponent_) {
      const uint64_t gap = static_cast<uint64_t>(n - exponent_);
      value_ = up_ ? fx_.MulUp(value_, fx_.PowUp(base_, gap))
                   : fx_.MulDown(value_, fx_.PowDown(base_, gap));
    } else {
      value_ = up_ ? fx_.PowUp(base_, static_cast<uint64_t>(n))
                   : fx_.PowDown(base_, static_cast<uint64_t>(n));
    }
    exponent_ = n;
    return value_;
  }

 private:
  const BigFixed& fx_;
  BigInt base_;
  bool up_;
  int64_t exponent_ = 0;
  BigInt value_;
};

}  // namespace fixed
}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_APR_FIXED_POINT_H_
