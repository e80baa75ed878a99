// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API, and not installed: the one class allowed to construct offers,
// decisions and agreements. It lives in src/ so that no caller can name it.

#ifndef TENOR_SRC_CHECKOUT_ACCESS_H_
#define TENOR_SRC_CHECKOUT_ACCESS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "tenor/checkout/agreement.h"
#include "tenor/checkout/catalog.h"
#include "tenor/checkout/checkout.h"
#include "tenor/credit_switch/credit_switch.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

class CheckoutAccess {
 public:
  static CheckoutDecision NewDecision(absl::Time at, bool opted_out) {
    CheckoutDecision d;
    d.evaluated_at_ = at;
    d.credit_opted_out_ = opted_out;
    return d;
  }
  static absl::InlinedVector<ProductDecision, 4>& Products(
      CheckoutDecision& d) {
    return d.products_;
  }

  // The catalog's product `p`, shared with the catalog (an aliasing
  // shared_ptr: a reference count, no allocation). Requires: `p` is one of
  // `catalog.products()`.
  static std::shared_ptr<const Product> SharedProduct(
      const Catalog& catalog, const CatalogProduct& p) {
    return std::shared_ptr<const Product>(catalog.products_, &p.product);
  }

  static Offer NewOffer(std::string product_id,
                        std::shared_ptr<const Product> product, Cart cart,
                        absl::Time at, absl::Span<const int> terms,
                        std::vector<Schedule> previews,
                        const CreditSwitchHistory& history) {
    Offer offer(std::move(product_id), std::move(product), std::move(cart),
                at);
    offer.terms_.assign(terms.begin(), terms.end());
    offer.previews_ = std::move(previews);
    offer.history_events_ = history.events().size();
    offer.history_fingerprint_ = Fingerprint(history, history.events().size());
    return offer;
  }

  static size_t HistoryEvents(const Offer& o) { return o.history_events_; }
  static uint64_t HistoryFingerprint(const Offer& o) {
    return o.history_fingerprint_;
  }

  static Agreement NewAgreement(const Offer& offer, absl::Time at,
                                Schedule schedule) {
    return Agreement(offer.product_id(), offer.product(),
                     offer.cart().purchase_date,
                     offer.cart().shipment_or_purchase_date(), at,
                     std::move(schedule));
  }

  // FNV-1a over the first `n` events: instant, action, channel and actor.
  static uint64_t Fingerprint(const CreditSwitchHistory& history, size_t n);
};

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_CHECKOUT_ACCESS_H_
