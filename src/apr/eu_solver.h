// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. The certified root finder behind ComputeApr() and
// ComputeMonthlyApr() (credit-rules §5, docs/apr.md). The public functions
// validate their inputs and turn dates into `AprTerm`s; this solves
//
//   F(X) = sum_j a_j (1 + X)^(-t_j) = 0,
//   t_j  = months_j / 12 + days365_j / 365 + days366_j / 366   (years),
//
// with repayments positive and advances negative, and returns the root
// rounded half-up to `decimals` places of a percent, with every digit proven.

#ifndef TENOR_SRC_APR_EU_SOLVER_H_
#define TENOR_SRC_APR_EU_SOLVER_H_

#include <cstdint>
#include <optional>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "apr/time_basis.h"
#include "tenor/apr/apr.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// One flow, or several on the same date added together. The time is
// months / 12 + days365 / 365 + days366 / 366 years after the first drawdown:
// the months basis uses only `months`, days365 only `days365`, and the
// calendar basis `months` plus one of the two day counts.
struct AprTerm {
  absl::int128 amount = 0;  // minor units; repayments > 0, advances < 0
  int64_t months = 0;
  int64_t days365 = 0;
  int64_t days366 = 0;
};

// The time in units of 1/kYearUnits year (time_basis.h): exact, so terms can
// be ordered and compared without rounding.
inline int64_t TimeKey(const AprTerm& term) {
  return YearKey(YearFraction{term.months, term.days365, term.days366});
}

// SolveCertifiedApr()
//
// The APR in units of 10^-decimals percent, rounded half-up from the true
// root, certified.
//
// Requires: 0 <= decimals <= 6; `terms` sorted by strictly increasing
// TimeKey(), starting at time 0; the running balance (sum of amounts so far)
// is negative at first and changes sign exactly once, and the total is
// positive. Under these conditions the equation has exactly one root X > 0
// and F(X) > 0 below it, F(X) < 0 above it (docs/apr.md, "Why the root is
// unique"). A violated requirement returns Internal.
//
// Errors: OutOfRange if the APR exceeds kMaxAprPercent; Internal if a digit
// could not be proven.
//
// `seed_percent`, when given, replaces the double Newton seed: a caller that
// knows the APR approximately (a financing schedule's is about its nominal
// rate compounded monthly) saves the seed's iterations. It is only a
// proposal: a wrong seed costs extra proven signs, never a wrong digit.
[[nodiscard]] absl::StatusOr<int64_t> SolveCertifiedApr(
    absl::Span<const AprTerm> terms, int decimals,
    std::optional<double> seed_percent = std::nullopt);

// MonthlyAprSeeded()
//
// ComputeMonthlyApr() (apr.h) with SolveCertifiedApr()'s `seed_percent`:
// the same checks, errors and result.
[[nodiscard]] absl::StatusOr<Apr> MonthlyAprSeeded(
    int64_t advance_minor_units,
    absl::Span<const int64_t> payments_minor_units, int decimals,
    std::optional<double> seed_percent);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_APR_EU_SOLVER_H_
