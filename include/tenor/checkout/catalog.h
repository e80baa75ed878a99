// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: checkout/catalog.h
// -----------------------------------------------------------------------------
//
// A merchant's catalog: the credit products offered at its checkout
// (credit-rules §7). Each entry has an id, a currency, the product's terms
// with its inclusive minimum and maximum (and per-term minimums for
// financing), the kind of credit assessment it requires and how long one
// stays valid, and whether it is open to new agreements (a wound-down product
// is closed: existing agreements run on, nothing new is sold).
//
// A `Catalog` is validated once, when it is built, and is then an immutable
// value: copies share the same storage, and any number of threads may
// evaluate checkouts against one catalog at once.
//
// Example:
//
//   tenor::PayInN pay_in_3;
//   pay_in_3.limits = {*tenor::Money::Parse("25.00", gbp),
//                      *tenor::Money::Parse("2000.00", gbp)};
//   absl::StatusOr<tenor::Catalog> catalog = tenor::Catalog::Create({
//       {"pay-in-3", gbp, pay_in_3, tenor::AssessmentKind::kSoft,
//        absl::Hours(24 * 30)},
//   });

#ifndef TENOR_CHECKOUT_CATALOG_H_
#define TENOR_CHECKOUT_CATALOG_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "tenor/checkout/assessment.h"
#include "tenor/money/currency.h"
#include "tenor/products/product.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

namespace internal {
class CheckoutAccess;
}  // namespace internal

// CatalogProduct
//
// One product of a catalog.
struct CatalogProduct {
  // Unique within the catalog, non-empty, e.g. "pay-in-3". Offers, refusals
  // and agreements carry it.
  std::string id;
  // The only currency the product is sold in. The product's amount limits
  // must be in it.
  Currency currency;
  // The product's terms and amount limits (PayIn30Days, PayInN or Financing).
  Product product;
  // The assessment kind required; a hard check satisfies a soft requirement.
  AssessmentKind required_assessment = AssessmentKind::kSoft;
  // How long an assessment stays valid: one made at t decides checkouts at
  // instants up to and including t + validity.
  absl::Duration assessment_validity = absl::Hours(24 * 30);
  // False when the product is wound down (closed to new agreements).
  bool open_to_new_agreements = true;
};

// Catalog
//
// An immutable, validated list of products, in the merchant's order.
class Catalog {
 public:
  // Create()
  //
  // Validates every product and builds the catalog. An empty catalog is
  // valid (a checkout then offers Pay now only).
  //
  // Errors (InvalidArgument), naming the product by index and id: an empty
  // or duplicate id; an invalid product (its own Validate() message); amount
  // limits in another currency than the entry's; a validity that is not
  // positive and finite.
  [[nodiscard]] static absl::StatusOr<Catalog> Create(
      std::vector<CatalogProduct> products);

  absl::Span<const CatalogProduct> products() const { return *products_; }
  bool empty() const { return products_->empty(); }

  // Find()
  //
  // The product with `id`, or nullptr.
  const CatalogProduct* Find(std::string_view id) const;

 private:
  friend class internal::CheckoutAccess;
  explicit Catalog(std::shared_ptr<const std::vector<CatalogProduct>> p)
      : products_(std::move(p)) {}

  std::shared_ptr<const std::vector<CatalogProduct>> products_;
};

// ExampleCatalog()
//
// The built-in example catalog in GBP that the `tenor checkout` command and
// the examples use (docs/checkout.md):
//   pay-in-30  min 1.00, max 1000.00, soft check valid 30 days;
//   pay-in-3   min 25.00, max 2000.00, soft check valid 30 days;
//   financing  18.9 % fixed, terms 6/12/18/24/36 with minimums
//              99.00/199.00/299.00/499.00/999.00, max 10000.00, hard check
//              valid 30 days.
Catalog ExampleCatalog();

TENOR_END_NAMESPACE

#endif  // TENOR_CHECKOUT_CATALOG_H_
