// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: products/financing.h
// -----------------------------------------------------------------------------
//
// Financing (credit-rules §4.3): the customer picks a term of n months from
// the terms the product offers (each within 6..36 months; by default 6, 12,
// 18, 24 and 36) and repays in n monthly instalments at a fixed nominal rate
// R % p.a. (0 allowed, for promotional interest-free financing). Interest is
// rounded with the product's rounding mode (half-up by default).
//
// Besides the product-wide amount limits, a lender usually sets a minimum
// amount per term ("36 months from 500.00"): short terms for small baskets,
// long terms only where the monthly instalment stays sensible. A term without
// its own minimum uses the product-wide minimum.
//
// The schedule is built by `tenor/schedule/financing_schedule.h`.
//
// Example:
//
//   tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
//   tenor::Financing product;
//   product.rate = *tenor::Rate::Parse("19.9");
//   product.offered_terms = {6, 12, 24};
//   product.limits.minimum = *tenor::Money::Parse("99.00", gbp);
//   product.term_minimums = {{24, *tenor::Money::Parse("300.00", gbp)}};
//   absl::Status s = product.Validate();  // OK
//   // product.MinimumFor(24) == GBP 300.00, product.MinimumFor(6) == GBP 99.00

#ifndef TENOR_PRODUCTS_FINANCING_H_
#define TENOR_PRODUCTS_FINANCING_H_

#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/products/amount_limits.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The terms, in months, a financing product may offer (§4.3).
inline constexpr int kMinFinancingTerm = 6;
inline constexpr int kMaxFinancingTerm = 36;

// TermMinimum
//
// The smallest amount, inclusive, for which one term is offered:
// `{24, *tenor::Money::Parse("300.00", gbp)}`. (No default amount: a Money
// always says its currency.)
struct TermMinimum {
  int term_months = 0;
  Money minimum;
};

// Financing
//
// The settings of a financing product (§4.3).
struct Financing {
  // The terms the customer may choose from, in months. Non-empty, each in
  // kMinFinancingTerm..kMaxFinancingTerm, no duplicates. The order is kept
  // (it is the order in which quotes list the terms).
  std::vector<int> offered_terms = {6, 12, 18, 24, 36};
  // The fixed nominal rate, % p.a. Zero is interest-free financing.
  Rate rate = Rate::Zero();
  // How interest and the level payment are rounded to minor units.
  RoundingMode rounding = RoundingMode::kHalfUp;
  // Order amounts the product is sold for (§7).
  AmountLimits limits;
  // Per-term minimum amounts; each entry names an offered term, at most once.
  // A term's effective minimum is the larger of this and limits.minimum.
  std::vector<TermMinimum> term_minimums;

  // Validate()
  //
  // Errors (InvalidArgument), each naming the field and the problem: an empty
  // `offered_terms`; a term outside 6..36; a term offered twice; a rate
  // outside 0..1000 %; a rounding mode that is not one of kAllRoundingModes;
  // any problem with `limits`; a term minimum for a term that is not offered
  // or listed twice, negative, in another currency than `limits`, or above
  // `limits.maximum`.
  [[nodiscard]] absl::Status Validate() const;

  // Offers()
  //
  // True if `term_months` is one of the offered terms.
  bool Offers(int term_months) const;

  // MinimumFor()
  //
  // The effective minimum amount for `term_months`: the larger of its
  // per-term minimum and `limits.minimum`, or empty if neither is set.
  // Requires: Validate() is OK.
  std::optional<Money> MinimumFor(int term_months) const;
};

TENOR_END_NAMESPACE

#endif  // TENOR_PRODUCTS_FINANCING_H_
