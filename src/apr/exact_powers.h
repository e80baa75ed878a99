// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. The exact algebraic test behind the certified APR digits
// (credit-rules §5, src/apr/eu_solver.cc) and the certified settlement
// figures (§9, src/ledger/compound.cc): is a sum of rational multiples of
// rational powers of one rational number exactly zero? Both certifiers
// enclose such a sum in a proven interval; when the interval keeps straddling
// a rounding boundary, only this test can tell whether the value IS the
// boundary (it can be, e.g. 0.05 at 10 % over one year is exactly 0.055).

#ifndef TENOR_SRC_APR_EXACT_POWERS_H_
#define TENOR_SRC_APR_EXACT_POWERS_H_

#include <cstdint>
#include <optional>
#include <utility>

#include "absl/types/span.h"
#include "apr/fixed_point.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// IntegerRoot()
//
// The largest m with m^e <= n, by bisection.
//
// Requires: n >= 1, e >= 1.
fixed::BigInt IntegerRoot(const fixed::BigInt& n, unsigned e);

// SumOfPowersIsZero()
//
// Is sum_j a_j g^(n_j / L) exactly 0, with `terms` the pairs (a_j, n_j),
// L = `root_degree` and g = num / den?
//
// Write g = p/q in lowest terms and g = s^e with e maximal (p and q are both
// perfect e-th powers and s = p^(1/e)/q^(1/e) is not a perfect power of any
// rational). Then g^(n_j / L) = s^(e n_j / L); split e n_j = L i_j + rho_j
// with 0 <= rho_j < L:
//   sum = sum over rho of  s^(rho/L) * C_rho,
//   C_rho = sum over {j : rho_j = rho} of a_j s^(i_j)   (rational),
// and because x^L - s is irreducible over Q (Capelli's theorem: s > 0 is not
// a p-th power for any prime p), 1, s^(1/L), ..., s^((L-1)/L) are linearly
// independent over Q: the sum is 0 exactly when every C_rho is 0.
//
// Requires: num >= 1, den >= 1, L >= 1, every n_j >= 0.
// Returns nullopt when the integers involved would be unreasonably large
// (s^(i_j) above about 4'000'000 bits); the caller then keeps widening its
// interval instead.
std::optional<bool> SumOfPowersIsZero(
    absl::Span<const std::pair<fixed::BigInt, int64_t>> terms,
    int64_t root_degree, uint64_t num, uint64_t den);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_APR_EXACT_POWERS_H_
