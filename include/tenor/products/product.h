// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: products/product.h
// -----------------------------------------------------------------------------
//
// The credit products tenor knows form a closed set (credit-rules §4.1-§4.3),
// so a product is a `std::variant` of the three option structs, not a class
// hierarchy. A merchant's catalog is a list of these values; code that needs
// to act per product uses `std::visit` or `KindOf()`.
//
// Example:
//
//   std::vector<tenor::Product> catalog = {tenor::PayIn30Days{},
//                                          tenor::PayInN{},
//                                          tenor::Financing{}};
//   for (const tenor::Product& p : catalog) {
//     absl::Status s = tenor::ValidateProduct(p);
//     std::string_view name = tenor::ProductKindName(tenor::KindOf(p));
//   }

#ifndef TENOR_PRODUCTS_PRODUCT_H_
#define TENOR_PRODUCTS_PRODUCT_H_

#include <string_view>
#include <variant>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tenor/products/amount_limits.h"
#include "tenor/products/financing.h"
#include "tenor/products/pay_in_30_days.h"
#include "tenor/products/pay_in_n.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// ProductKind
//
// Which of the three products (§4.1-§4.3) something is.
enum class ProductKind {
  kPayIn30Days,  // "pay_in_30_days" (§4.1)
  kPayInN,       // "pay_in_n" (§4.2)
  kFinancing,    // "financing" (§4.3)
};

// ProductKindName(), ParseProductKind()
//
// "pay_in_30_days", "pay_in_n" and "financing". Parsing any other text is
// InvalidArgument.
std::string_view ProductKindName(ProductKind kind);
[[nodiscard]] absl::StatusOr<ProductKind> ParseProductKind(
    std::string_view name);

// Product
//
// One credit product's settings.
using Product = std::variant<PayIn30Days, PayInN, Financing>;

// KindOf()
//
// The kind of the product held.
ProductKind KindOf(const Product& product);

// LimitsOf()
//
// The product's amount limits (§7).
const AmountLimits& LimitsOf(const Product& product);

// ValidateProduct()
//
// The held product's Validate().
[[nodiscard]] absl::Status ValidateProduct(const Product& product);

TENOR_END_NAMESPACE

#endif  // TENOR_PRODUCTS_PRODUCT_H_
