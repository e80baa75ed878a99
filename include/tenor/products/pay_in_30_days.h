// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: products/pay_in_30_days.h
// -----------------------------------------------------------------------------
//
// Pay in 30 days (credit-rules §4.1): the customer pays the whole order
// amount in one instalment, due a fixed number of days after the shipment
// date. It is interest-free and fee-free, so its APR is exactly 0.0. The
// customer may push the due date back once, by a fixed number of days, free
// of charge.
//
// The product is data: an aggregate whose defaults are the rules' numbers
// (30 days, one extension of 10 days). A lender that sells "Pay in 14 days"
// sets `days = 14`. The schedule is built by
// `tenor/schedule/pay_in_30_days_schedule.h`.
//
// Example:
//
//   tenor::PayIn30Days product;          // 30 days, one 10-day extension
//   product.days = 14;                   // "Pay in 14 days"
//   absl::Status s = product.Validate(); // OK
//   product.extension_days = 0;
//   s = product.Validate();
//   // s: InvalidArgument "pay in 30 days: extension_days 0 must be at least 1"

#ifndef TENOR_PRODUCTS_PAY_IN_30_DAYS_H_
#define TENOR_PRODUCTS_PAY_IN_30_DAYS_H_

#include "absl/status/status.h"
#include "tenor/products/amount_limits.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// PayIn30Days
//
// The settings of a Pay-in-30-days product (§4.1).
struct PayIn30Days {
  // Days from the shipment date to the due date. At least 1.
  int days = 30;
  // Days one extension adds to the due date. At least 1.
  int extension_days = 10;
  // How many times the customer may extend: the rules allow once. 0 turns
  // extensions off. Not negative.
  int max_extensions = 1;
  // Order amounts the product is sold for (§7).
  AmountLimits limits;

  // Validate()
  //
  // Errors (InvalidArgument), each naming the field: `days` or
  // `extension_days` below 1; `max_extensions` negative; any problem with
  // `limits` (see AmountLimits::Validate()).
  [[nodiscard]] absl::Status Validate() const;
};

TENOR_END_NAMESPACE

#endif  // TENOR_PRODUCTS_PAY_IN_30_DAYS_H_
