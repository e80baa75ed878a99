// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: products/pay_in_n.h
// -----------------------------------------------------------------------------
//
// Pay in N (credit-rules §4.2): the order amount is split into N equal
// instalments (2 to 12; Pay in 3 by default, Pay in 4 is common), the first
// due on the purchase date and then one every `interval_days` days (30 by
// default; 14 is common). The split puts the leftover minor units on the
// first instalments (§2). It is interest-free and fee-free: APR 0.0.
//
// The schedule is built by `tenor/schedule/pay_in_n_schedule.h`.
//
// Example:
//
//   tenor::PayInN pay_in_4;
//   pay_in_4.count = 4;
//   pay_in_4.interval_days = 14;
//   absl::Status s = pay_in_4.Validate();  // OK
//   pay_in_4.count = 13;
//   s = pay_in_4.Validate();
//   // s: InvalidArgument "pay in N: count 13 must be between 2 and 12"

#ifndef TENOR_PRODUCTS_PAY_IN_N_H_
#define TENOR_PRODUCTS_PAY_IN_N_H_

#include "absl/status/status.h"
#include "tenor/products/amount_limits.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The instalment counts a Pay-in-N product may have (§4.2).
inline constexpr int kMinPayInNCount = 2;
inline constexpr int kMaxPayInNCount = 12;

// PayInN
//
// The settings of a Pay-in-N product (§4.2).
struct PayInN {
  // Number of instalments, kMinPayInNCount..kMaxPayInNCount.
  int count = 3;
  // Days between two instalments. At least 1.
  int interval_days = 30;
  // Order amounts the product is sold for (§7).
  AmountLimits limits;

  // Validate()
  //
  // Errors (InvalidArgument), each naming the field: `count` outside 2..12;
  // `interval_days` below 1; any problem with `limits`.
  [[nodiscard]] absl::Status Validate() const;
};

TENOR_END_NAMESPACE

#endif  // TENOR_PRODUCTS_PAY_IN_N_H_
