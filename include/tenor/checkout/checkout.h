// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: checkout/checkout.h
// -----------------------------------------------------------------------------
//
// The checkout decision (credit-rules §7): given a customer's credit-switch
// history, their credit assessments and outstanding balance, the merchant's
// catalog, the cart and the checkout instant, which products may be offered.
//
// Pay now (no credit) is always offered. Every catalog product gets either an
// `Offer` or a refusal with machine-readable reasons:
//
//   * When the customer's credit is switched off at the checkout instant,
//     every credit product is refused with the single reason
//     `credit_opted_out`, ahead of every other rule. Nothing else is looked
//     at: not the catalog's limits, not the assessments.
//   * Otherwise every reason that applies is listed, in this fixed order:
//     currency_not_supported, product_closed, below_minimum, above_maximum,
//     credit_check_required, credit_check_expired, credit_check_declined,
//     exceeds_credit_limit.
//
// Enforcement by construction
// ---------------------------
// An `Offer` can only be made by `EvaluateCheckout()`: its constructor is
// private (a must-not-compile test proves a caller cannot forge one), and an
// agreement can only be made from an offer, by `Accept()` (agreement.h),
// which checks the credit switch again. So no path through the API creates
// credit for a customer whose switch is off.
//
// A switched-off customer is a *decision*, not an error: EvaluateCheckout
// returns OK with every product refused. Errors are for malformed input.
//
// Example:
//
//   absl::StatusOr<tenor::CheckoutDecision> decision = tenor::EvaluateCheckout(
//       history, assessments, tenor::Money::Zero(gbp), tenor::ExampleCatalog(),
//       tenor::Cart{*tenor::Money::Parse("450.00", gbp),
//                   absl::CivilDay(2026, 3, 10)},
//       absl::FromCivil(absl::CivilSecond(2026, 3, 10, 10, 0, 0),
//                       absl::UTCTimeZone()));
//   for (const tenor::ProductDecision& p : decision->products()) {
//     if (p.offered()) { /* show p.offer->previews() */ }
//   }

#ifndef TENOR_CHECKOUT_CHECKOUT_H_
#define TENOR_CHECKOUT_CHECKOUT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/money/money.h"
#include "tenor/products/product.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

namespace internal {
class CheckoutAccess;
}  // namespace internal

// RefusalReason
//
// Why a product is not offered. The declaration order is the fixed order in
// which reasons are listed (§7).
enum class RefusalReason {
  kCreditOptedOut,        // "credit_opted_out"
  kCurrencyNotSupported,  // "currency_not_supported"
  kProductClosed,         // "product_closed"
  kBelowMinimum,          // "below_minimum"
  kAboveMaximum,          // "above_maximum"
  kCreditCheckRequired,   // "credit_check_required"
  kCreditCheckExpired,    // "credit_check_expired"
  kCreditCheckDeclined,   // "credit_check_declined"
  kExceedsCreditLimit,    // "exceeds_credit_limit"
};

// RefusalReasonCode()
//
// The machine-readable code, e.g. "credit_opted_out". Stable: integrators
// script against these (docs/checkout.md).
std::string_view RefusalReasonCode(RefusalReason reason);

// RefusalReasons
//
// A set of reasons, iterated in the fixed order of §7. A value type of two
// bytes: building one never allocates.
class RefusalReasons {
 public:
  void Add(RefusalReason r) { bits_ |= Bit(r); }
  bool Has(RefusalReason r) const { return (bits_ & Bit(r)) != 0; }
  bool empty() const { return bits_ == 0; }
  int size() const;

  // The reasons, in the fixed order.
  std::vector<RefusalReason> ToVector() const;

  friend bool operator==(RefusalReasons a, RefusalReasons b) {
    return a.bits_ == b.bits_;
  }
  friend bool operator!=(RefusalReasons a, RefusalReasons b) {
    return !(a == b);
  }

 private:
  static uint16_t Bit(RefusalReason r) {
    return static_cast<uint16_t>(1u << static_cast<unsigned>(r));
  }
  uint16_t bits_ = 0;
};

// Cart
//
// What the customer is buying. The first Pay in N instalment is due on the
// purchase date; Pay in 30 days and financing count from the shipment date,
// which defaults to the purchase date.
struct Cart {
  Money amount;
  absl::CivilDay purchase_date;
  std::optional<absl::CivilDay> shipment_date;

  absl::CivilDay shipment_or_purchase_date() const {
    return shipment_date.value_or(purchase_date);
  }
};

// CheckoutOptions
//
// `include_previews`: build each offer's preview schedules (with APR). A
// page that only needs "offered or not" can skip them; an offer without
// previews can still be accepted (Accept builds the schedule).
struct CheckoutOptions {
  bool include_previews = true;
};

// Offer
//
// A product the customer may take, as decided by EvaluateCheckout() at an
// instant. Only EvaluateCheckout() creates offers; copies are fine (each copy
// is the same genuine offer). Accepting one re-checks the credit switch.
class Offer {
 public:
  const std::string& product_id() const { return product_id_; }
  ProductKind product_kind() const { return KindOf(*product_); }
  const Product& product() const { return *product_; }
  const Cart& cart() const { return cart_; }
  absl::Time evaluated_at() const { return evaluated_at_; }

  // The terms the customer may choose, in the product's order: the financing
  // terms whose minimum the amount meets; empty for the other products.
  absl::Span<const int> terms() const { return terms_; }

  // Preview schedules, if previews were asked for: one for Pay in 30 days and
  // Pay in N; one per term in terms() for financing, in the same order.
  absl::Span<const Schedule> previews() const { return previews_; }

  // The customer's credit-switch history as the offer saw it: its number of
  // events and their fingerprint (what an OfferRecord carries).
  uint64_t history_events() const { return history_events_; }
  uint64_t history_fingerprint() const { return history_fingerprint_; }

 private:
  friend class internal::CheckoutAccess;
  Offer(std::string product_id, std::shared_ptr<const Product> product,
        Cart cart, absl::Time evaluated_at)
      : product_id_(std::move(product_id)),
        product_(std::move(product)),
        cart_(std::move(cart)),
        evaluated_at_(evaluated_at) {}

  std::string product_id_;
  // Shares the catalog's immutable product (never null): the offer stays
  // valid when the catalog is destroyed, and making one costs a reference
  // count, not a copy of the product's vectors.
  std::shared_ptr<const Product> product_;
  Cart cart_;
  absl::Time evaluated_at_;
  // Inline for every example and typical catalog (no heap allocation).
  absl::InlinedVector<int, 8> terms_;
  std::vector<Schedule> previews_;
  // What the switch history looked like when the offer was made, so that
  // Accept() can tell a history that does not extend it (another customer's,
  // or an older copy).
  size_t history_events_ = 0;
  uint64_t history_fingerprint_ = 0;
};

// ProductDecision
//
// The decision for one catalog product: an offer, or the reasons it is
// refused (never both).
struct ProductDecision {
  std::string product_id;
  ProductKind product_kind = ProductKind::kPayIn30Days;
  std::optional<Offer> offer;
  RefusalReasons reasons;

  bool offered() const { return offer.has_value(); }
};

// CheckoutDecision
class CheckoutDecision {
 public:
  // Pay now needs no credit and is always offered.
  bool pay_now_offered() const { return true; }

  // True when the customer's credit was switched off at the instant: every
  // credit product is then refused with credit_opted_out alone.
  bool credit_opted_out() const { return credit_opted_out_; }

  absl::Time evaluated_at() const { return evaluated_at_; }

  // One decision per catalog product, in catalog order.
  absl::Span<const ProductDecision> products() const { return products_; }

  // The decision for `product_id`, or nullptr.
  const ProductDecision* Find(std::string_view product_id) const;

 private:
  friend class internal::CheckoutAccess;
  CheckoutDecision() = default;

  bool credit_opted_out_ = false;
  absl::Time evaluated_at_;
  absl::InlinedVector<ProductDecision, 4> products_;
};

// EvaluateCheckout()
//
// Decides every catalog product for this customer, cart and instant (§7).
// Does not allocate when the customer's credit is off (for catalogs of up to
// four products with ids of up to 15 characters).
//
// The outstanding balance and the assessments' limits are in the customer's
// currency. When that is not the cart's currency, the limit cannot be
// checked, and a product that would otherwise be offered is refused with
// exceeds_credit_limit: tenor never lends past a limit it could not verify.
//
// Errors (InvalidArgument), naming the field: a cart amount that is not
// positive; a cart date outside the supported range or a shipment date
// before the purchase date; a negative outstanding balance; an invalid
// assessment (by index); an infinite instant. OutOfRange, with previews
// only: a Pay in 30 days or Pay in N preview whose due dates would leave
// 0001-01-01..9999-12-31 (a cart dated days before the end of the range);
// a financing term whose preview cannot be built is dropped instead.
[[nodiscard]] absl::StatusOr<CheckoutDecision> EvaluateCheckout(
    const CreditSwitchHistory& history,
    absl::Span<const CreditAssessment> assessments, Money outstanding_balance,
    const Catalog& catalog, const Cart& cart, absl::Time at,
    const CheckoutOptions& options = CheckoutOptions{});

TENOR_END_NAMESPACE

#endif  // TENOR_CHECKOUT_CHECKOUT_H_
