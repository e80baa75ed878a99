// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. Certified rounding of compounded amounts for early settlement
// (credit-rules §9, docs/repayments.md "How the rounding is made certain").
//
// §9 values flows at an annual rate r over times in years: X = sum of
// c_j (1 + r)^(t_j). With t_j = months/12 + days/365 (or /366) the powers are
// irrational in general, so X cannot be computed exactly; but X rounded to
// minor units must be certain, never "probably right". This file computes
//
//   round_half_up( (sum_j c_j g^(t_j)) / g^(t_d) ),   g = growth_num/growth_den
//
// as follows:
//   1. Interval arithmetic in B-bit fixed point (B = 128, 256, ... 16384):
//      the roots g^(1/12), g^(1/365), g^(1/366) are bracketed by integer
//      Newton iteration and a CHECK of lo^L <= g <= hi^L in directed-rounding
//      arithmetic (src/apr/fixed_point.h), then every power and product is
//      rounded down for the lower bound and up for the upper bound. The
//      result is a proven enclosure [lo, hi] of the exact value; its width is
//      the rigorous error bound, about (number of multiplications) x 2^-B
//      relative to each term.
//   2. Rounding half-up is monotone, so if round(lo) == round(hi) that is the
//      answer. Otherwise the enclosure contains exactly one rounding tie
//      m + 1/2 (or is too wide, and B doubles).
//   3. An exact algebraic test decides whether the value IS that tie (it can
//      be: 0.05 at 10 % over one year is exactly 0.055). If it is, half-up
//      rounds away from zero; if not, B doubles until the enclosure leaves
//      the tie, which it must since the value differs from it.
// A double is used only to seed the Newton iteration of step 1; every bound
// is then proven with integers.

#ifndef TENOR_SRC_LEDGER_COMPOUND_H_
#define TENOR_SRC_LEDGER_COMPOUND_H_

#include <cstdint>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"

#include "apr/time_basis.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// YearFraction (a time in years) and YearKey() (it in units of 1/267180
// year) are in apr/time_basis.h, shared with the APR.

// YearsBetween()
//
// The §9 time from `from` to `to`, in years: the months basis where whole
// months (to == AddMonths(from, k); month-end clamping counts as a whole
// month, as for a §4.3 schedule), else the calendar basis of §5 with the
// months counted back from `to` toward `from` and the remaining days over
// the length (365 or 366) of the year that ends where the count stopped.
//
// Requires: from <= to, both supported dates.
[[nodiscard]] absl::StatusOr<YearFraction> YearsBetween(absl::CivilDay from,
                                                        absl::CivilDay to);

// One term c g^t.
struct CompoundTerm {
  absl::int128 amount = 0;  // minor units, either sign
  YearFraction time;
};

// RoundCompoundedSum()
//
// round_half_up((sum over `terms` of amount g^time) / g^divide_by) with
// g = growth_num / growth_den, in minor units, certified (see above).
//
// Requires: 0 < growth_den <= growth_num; every |amount| < 2^100.
// Errors: OutOfRange if the result does not fit in int64; Internal if the
// digits could not be certified within 16384 bits (not expected for any
// input; reported rather than guessed).
[[nodiscard]] absl::StatusOr<int64_t> RoundCompoundedSum(
    absl::Span<const CompoundTerm> terms, YearFraction divide_by,
    uint64_t growth_num, uint64_t growth_den);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_LEDGER_COMPOUND_H_
