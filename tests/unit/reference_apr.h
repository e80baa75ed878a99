// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Test-only: an independent APR reference shared by the APR and schedule
// property tests. It shares nothing with the library's solver.

#ifndef TENOR_TESTS_UNIT_REFERENCE_APR_H_
#define TENOR_TESTS_UNIT_REFERENCE_APR_H_

#include <cmath>
#include <cstdint>
#include <vector>

#include "boost/multiprecision/cpp_bin_float.hpp"
#include "tenor_catch.h"

namespace tenor_test {

// An independent reference, written for the tests: the root in
// w = (1 + X)^(-1/L) of the polynomial sum a_j w^(n_j) (every time n_j / L
// years is a whole number of 1/L years), by double bisection and then Newton
// in a 50-digit binary float. It shares nothing with the library's solver.

using Big = boost::multiprecision::cpp_bin_float_50;

struct RefTerm {
  int64_t n;  // time in units of 1/L year, increasing
  Big a;      // repayments > 0, advances < 0
};

inline Big PowInt(Big x, int64_t n) {
  Big result = 1;
  while (n > 0) {
    if (n & 1) result *= x;
    x *= x;
    n >>= 1;
  }
  return result;
}

// sum a_j w^n_j and its derivative.
inline void EvaluateRef(const std::vector<RefTerm>& terms, const Big& w, Big* f,
                 Big* df) {
  *f = 0;
  *df = 0;
  Big power = 1;
  int64_t at = 0;
  for (const RefTerm& term : terms) {
    power *= PowInt(w, term.n - at);
    at = term.n;
    const Big value = term.a * power;
    *f += value;
    if (term.n != 0) *df += value * term.n / w;
  }
}

// The APR in percent, to ~45 digits.
inline Big ReferenceAprPercent(const std::vector<RefTerm>& terms, int64_t L) {
  // F(w) < 0 for w near 0 (the first drawdown dominates), > 0 at w = 1.
  double lo = 0.0;
  double hi = 1.0;
  for (int i = 0; i < 64; ++i) {
    const double mid = 0.5 * (lo + hi);
    double f = 0.0;
    for (const RefTerm& term : terms) {
      f += term.a.convert_to<double>() * std::pow(mid, term.n);
    }
    (f < 0.0 ? lo : hi) = mid;
  }
  Big w = 0.5 * (lo + hi);
  for (int i = 0; i < 8; ++i) {
    Big f, df;
    EvaluateRef(terms, w, &f, &df);
    w -= f / df;
  }
  return (1 / PowInt(w, L) - 1) * 100;
}

// `percent` rounded half-up to `decimals` places, as the Apr would show it.
// Requires the value not to sit within 1e-25 of a rounding boundary (so that
// 45 digits decide it); the check is part of the test.
inline int64_t RoundHalfUp(const Big& percent, int decimals) {
  Big shifted = percent * PowInt(Big(10), decimals) + Big(0.5);
  const Big floor = boost::multiprecision::floor(shifted);
  const Big distance = shifted - floor;
  REQUIRE(distance > Big(1e-25));
  REQUIRE(distance < 1 - Big(1e-25));
  return floor.convert_to<int64_t>();
}

inline std::vector<RefTerm> MonthlyRefTerms(int64_t advance,
                                     const std::vector<int64_t>& payments) {
  std::vector<RefTerm> terms = {{0, Big(-advance)}};
  for (size_t k = 0; k < payments.size(); ++k) {
    terms.push_back({static_cast<int64_t>(k) + 1, Big(payments[k])});
  }
  return terms;
}

}  // namespace tenor_test

#endif  // TENOR_TESTS_UNIT_REFERENCE_APR_H_
