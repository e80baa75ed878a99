// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: checkout/agreement.h
// -----------------------------------------------------------------------------
//
// A credit agreement: what a customer took, and the schedule they owe. The
// only way to make one is `Accept(offer, history, at)`, from an `Offer` that
// `EvaluateCheckout()` made (credit-rules §7). Accept checks the customer's
// credit switch again at the acceptance instant: if credit was switched off
// between the offer and the acceptance, it fails with FailedPrecondition and
// creates nothing.
//
// An agreement's constructor is private; no other public function returns
// one. Switching credit off later never touches an existing agreement: its
// schedule and its payments carry on unchanged (§6).
//
// Example:
//
//   const tenor::ProductDecision* financing = decision->Find("financing");
//   absl::StatusOr<tenor::Agreement> agreement =
//       tenor::Accept(*financing->offer, history, accepted_at, /*term=*/12);
//   if (absl::IsFailedPrecondition(agreement.status())) {
//     // the customer switched credit off after seeing the offer
//   }

#ifndef TENOR_CHECKOUT_AGREEMENT_H_
#define TENOR_CHECKOUT_AGREEMENT_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/checkout/checkout.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/money/money.h"
#include "tenor/products/product.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// Agreement
//
// A credit agreement: its product, amount, dates and schedule. Immutable.
class Agreement {
 public:
  const std::string& product_id() const { return product_id_; }
  ProductKind product_kind() const { return KindOf(product_); }
  const Product& product() const { return product_; }
  Money amount() const { return schedule_.amount_of_credit(); }
  absl::CivilDay purchase_date() const { return purchase_date_; }
  absl::CivilDay shipment_date() const { return shipment_date_; }
  absl::Time accepted_at() const { return accepted_at_; }
  // The chosen term for financing; 0 for the other products.
  int term_months() const { return schedule_.term_months(); }
  const Schedule& schedule() const { return schedule_; }

 private:
  friend class internal::CheckoutAccess;
  Agreement(std::string product_id, Product product,
            absl::CivilDay purchase_date, absl::CivilDay shipment_date,
            absl::Time accepted_at, Schedule schedule)
      : product_id_(std::move(product_id)),
        product_(std::move(product)),
        purchase_date_(purchase_date),
        shipment_date_(shipment_date),
        accepted_at_(accepted_at),
        schedule_(std::move(schedule)) {}

  std::string product_id_;
  Product product_;
  absl::CivilDay purchase_date_;
  absl::CivilDay shipment_date_;
  absl::Time accepted_at_;
  Schedule schedule_;
};

// Accept()
//
// Makes the agreement for `offer`, accepted at instant `at`, for the customer
// whose credit-switch history is `history` (load it fresh: the check is only
// as current as the history you pass). For financing, `term_months` must be
// one of offer.terms(); for the other products it must be empty.
//
// Errors, each creating nothing:
//   FailedPrecondition  credit is off at `at`; or a switch-off was recorded
//                       after the offer was made (even if credit is on
//                       again); or the history's latest state is off (an
//                       acceptance dated before a known switch-off).
//   InvalidArgument     `at` is infinite or before the offer was made; the
//                       history does not extend the one the offer was made
//                       with (another customer's history, or an older copy);
//                       a missing, unexpected or unoffered term.
//   (any schedule error for the chosen term)
[[nodiscard]] absl::StatusOr<Agreement> Accept(
    const Offer& offer, const CreditSwitchHistory& history, absl::Time at,
    std::optional<int> term_months = std::nullopt);

TENOR_END_NAMESPACE

#endif  // TENOR_CHECKOUT_AGREEMENT_H_
