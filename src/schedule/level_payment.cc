// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/level_payment.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "level_payment_internal.h"

TENOR_BEGIN_NAMESPACE

absl::StatusOr<Money> LevelPayment(Money principal, Rate rate, int term_months,
                                   RoundingMode mode) {
  if (!principal.is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "level payment: principal %s must be positive", principal));
  }
  if (term_months < 1 || term_months > kMaxLevelPaymentTerm) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "level payment: term %d months must be between 1 and %d", term_months,
        kMaxLevelPaymentTerm));
  }
  if (std::find(std::begin(kAllRoundingModes), std::end(kAllRoundingModes),
                mode) == std::end(kAllRoundingModes)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "level payment: rounding %d is not a rounding mode",
        static_cast<int>(mode)));
  }
  const absl::StatusOr<int64_t> a = internal::LevelPaymentMinorUnits(
      principal.minor_units(), rate.micro_percent(), term_months, mode);
  if (!a.ok()) return a.status();
  if (*a < 1) {
    return absl::OutOfRangeError(absl::StrFormat(
        "level payment: amount %s is too small for %d months at %s: the "
        "monthly payment rounds to less than one minor unit",
        principal, term_months, rate));
  }
  return Money::FromMinorUnits(*a, principal.currency());
}

namespace internal {

absl::StatusOr<int64_t> LevelPaymentMinorUnits(int64_t principal,
                                               int64_t micro_percent,
                                               int term_months,
                                               RoundingMode mode) {
  // The fixed-point fast path proves its answer or declines
  // (level_payment_fast.cc); the exact reference decides the rest.
  if (const std::optional<int64_t> fast =
          LevelPaymentFast(principal, micro_percent, term_months, mode)) {
    return *fast;
  }
  return LevelPaymentReference(principal, micro_percent, term_months, mode);
}

}  // namespace internal
TENOR_END_NAMESPACE
