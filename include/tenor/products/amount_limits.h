// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: products/amount_limits.h
// -----------------------------------------------------------------------------
//
// Every credit product may be sold only for order amounts within an inclusive
// range (credit-rules §7: "each product with currency, inclusive minimum and
// maximum"). `AmountLimits` is that range. Both ends are optional: a product
// without limits accepts every positive amount in every currency; a product
// with a limit accepts only amounts in the limit's currency.
//
// The limits are data. Building an agreement's schedule enforces them
// (docs/schedules.md); the checkout decision (§7) turns them into the
// machine-readable reasons `below_minimum` and `above_maximum` instead.
//
// Example:
//
//   tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
//   tenor::AmountLimits limits;
//   limits.minimum = *tenor::Money::Parse("30.00", gbp);
//   limits.maximum = *tenor::Money::Parse("1500.00", gbp);
//   absl::Status ok = limits.Validate();                              // OK
//   absl::Status low = limits.Check(*tenor::Money::Parse("29.99", gbp));
//   // low: OutOfRange "amount GBP 29.99 is below the minimum GBP 30.00"

#ifndef TENOR_PRODUCTS_AMOUNT_LIMITS_H_
#define TENOR_PRODUCTS_AMOUNT_LIMITS_H_

#include <optional>

#include "absl/status/status.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// AmountLimits
//
// An inclusive range of order amounts. An aggregate: set the members you
// need, leave the others empty.
struct AmountLimits {
  // The smallest amount the product is sold for, inclusive. Empty: no
  // minimum beyond "positive".
  std::optional<Money> minimum;
  // The largest amount the product is sold for, inclusive. Empty: no maximum.
  std::optional<Money> maximum;

  // Validate()
  //
  // Errors (InvalidArgument), naming the field: a negative minimum; a
  // maximum that is not positive; a minimum and a maximum in different
  // currencies; a minimum above the maximum.
  [[nodiscard]] absl::Status Validate() const;

  // currency()
  //
  // The currency of the limits (the minimum's, else the maximum's), or empty
  // if neither is set.
  std::optional<Currency> currency() const;

  // Check()
  //
  // OK if `amount` is within the limits, both ends included.
  // Requires: Validate() is OK.
  // Errors: InvalidArgument if `amount` is in another currency than the
  // limits; OutOfRange if it is below the minimum or above the maximum.
  [[nodiscard]] absl::Status Check(Money amount) const;
};

TENOR_END_NAMESPACE

#endif  // TENOR_PRODUCTS_AMOUNT_LIMITS_H_
