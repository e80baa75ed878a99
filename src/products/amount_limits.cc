// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/products/amount_limits.h"

#include <optional>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/checked.h"

TENOR_BEGIN_NAMESPACE

absl::Status AmountLimits::Validate() const {
  if (minimum.has_value() && minimum->is_negative()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "amount limits: minimum %s must not be negative", *minimum));
  }
  if (maximum.has_value() && !maximum->is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "amount limits: maximum %s must be positive", *maximum));
  }
  if (minimum.has_value() && maximum.has_value()) {
    if (minimum->currency() != maximum->currency()) {
      return internal::CurrencyMismatch("amount limits: minimum and maximum",
                                        minimum->currency(),
                                        maximum->currency());
    }
    if (*minimum > *maximum) {
      return absl::InvalidArgumentError(
          absl::StrFormat("amount limits: minimum %s is above the maximum %s",
                          *minimum, *maximum));
    }
  }
  return absl::OkStatus();
}

std::optional<Currency> AmountLimits::currency() const {
  if (minimum.has_value()) return minimum->currency();
  if (maximum.has_value()) return maximum->currency();
  return std::nullopt;
}

absl::Status AmountLimits::Check(Money amount) const {
  if (const std::optional<Currency> c = currency();
      c.has_value() && *c != amount.currency()) {
    return internal::CurrencyMismatch("amount against the product's limits",
                                      amount.currency(), *c);
  }
  if (minimum.has_value() && amount < *minimum) {
    return absl::OutOfRangeError(absl::StrFormat(
        "amount %s is below the minimum %s", amount, *minimum));
  }
  if (maximum.has_value() && amount > *maximum) {
    return absl::OutOfRangeError(absl::StrFormat(
        "amount %s is above the maximum %s", amount, *maximum));
  }
  return absl::OkStatus();
}

TENOR_END_NAMESPACE
