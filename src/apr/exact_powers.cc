// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The exact zero test of sums of rational powers; exact_powers.h has the
// argument (Capelli's theorem).

#include "apr/exact_powers.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "apr/fixed_point.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

using fixed::BigInt;

BigInt IntegerRoot(const BigInt& n, unsigned e) {
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

std::optional<bool> SumOfPowersIsZero(
    absl::Span<const std::pair<BigInt, int64_t>> terms, int64_t root_degree,
    uint64_t num, uint64_t den) {
  BigInt p(num);
  BigInt q(den);
  const BigInt g = boost::multiprecision::gcd(p, q);
  p /= g;
  q /= g;
  // Largest e with p and q both perfect e-th powers: e <= log2 of the larger
  // of p and q whenever e > 1.
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
  // rho -> (i_j, a_j) for the terms in that class.
  std::map<int64_t, std::vector<std::pair<int64_t, const BigInt*>>> classes;
  for (const auto& [amount, n] : terms) {
    const int64_t exponent = static_cast<int64_t>(e) * n;
    const int64_t i = exponent / root_degree;
    // Guard the size of s^i (bits): i * s_bits > 4'000'000, in integers.
    if (i > 0 && i > int64_t{4'000'000} / static_cast<int64_t>(s_bits)) {
      return std::nullopt;
    }
    classes[exponent % root_degree].emplace_back(i, &amount);
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

}  // namespace internal
TENOR_END_NAMESPACE
