// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: checkout/offer_record.h
// -----------------------------------------------------------------------------
//
// Offers across processes (issue #13). A checkout service runs many
// instances: the options request and the accept request reach different
// instances, minutes apart. An `Offer` exists only inside the process that
// made it, so what crosses the boundary is an `OfferRecord`: plain data that
// says what was offered, to whom, when, and what the offer saw.
//
// A record carries no power. Accepting one re-proves it from the inputs the
// accepting instance has just loaded: `Accept(record, inputs, at, term)`
// re-evaluates the checkout at the record's instant with those inputs, and
// refuses unless that decision contains the same offer (same product, cart
// and terms, the same switch history prefix and the same catalog); then it
// applies every check the in-process `Accept(const Offer&, ...)` applies at
// `at`. A forged, edited, replayed-for-another-customer or stale record never
// produces an agreement.
//
// Example:
//
//   // instance A, the options request:
//   tenor::OfferRecord record = tenor::MakeOfferRecord(
//       *decision->Find("financing")->offer, "customer-42", catalog);
//   std::string stored = tenor::ToJson(record);   // render/json.h
//
//   // instance B, the accept request, minutes later:
//   absl::StatusOr<tenor::OfferRecord> back =
//       tenor::OfferRecordFromJson(stored);       // render/from_json.h
//   absl::StatusOr<tenor::Agreement> agreement = tenor::Accept(
//       *back, tenor::AcceptInputs{"customer-42", catalog, history,
//                                  assessments, outstanding},
//       accepted_at, /*term_months=*/12);

#ifndef TENOR_CHECKOUT_OFFER_RECORD_H_
#define TENOR_CHECKOUT_OFFER_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "tenor/checkout/agreement.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/checkout/checkout.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// OfferRecord
//
// What a service stores, or hands to the client, after EvaluateCheckout().
// Plain data: anyone can make or edit one, and that is why Accept() trusts
// none of it.
struct OfferRecord {
  // The customer reference the host chose (its own customer id).
  std::string customer_ref;
  // The catalog product offered.
  std::string product_id;
  // The cart the offer was made for.
  Cart cart;
  // The instant of the checkout evaluation.
  absl::Time evaluated_at;
  // The financing terms offered, in the product's order; empty for the other
  // products.
  std::vector<int> terms;
  // The customer's credit-switch history as the offer saw it: its number of
  // events and their fingerprint.
  uint64_t history_events = 0;
  uint64_t history_fingerprint = 0;
  // The fingerprint of the catalog the offer was made from.
  uint64_t catalog_fingerprint = 0;

  friend bool operator==(const OfferRecord& a, const OfferRecord& b);
  friend bool operator!=(const OfferRecord& a, const OfferRecord& b) {
    return !(a == b);
  }
};

// CatalogFingerprint()
//
// A 64-bit fingerprint (FNV-1a) of everything in the catalog that decides an
// offer: every product's id, currency, settings, limits, assessment rules and
// whether it is open. Two catalogs with the same fingerprint make the same
// offers. Not a secret and not a signature: Accept() re-proves regardless.
uint64_t CatalogFingerprint(const Catalog& catalog);

// MakeOfferRecord()
//
// The record of `offer`, made from `catalog`, for the host's customer
// `customer_ref`.
OfferRecord MakeOfferRecord(const Offer& offer, std::string customer_ref,
                            const Catalog& catalog);

// AcceptInputs
//
// What the accepting instance has just loaded for the customer: load them
// fresh, the proof is only as current as these inputs.
struct AcceptInputs {
  std::string_view customer_ref;
  const Catalog& catalog;
  const CreditSwitchHistory& history;
  absl::Span<const CreditAssessment> assessments;
  Money outstanding_balance;
};

// Accept(OfferRecord)
//
// Re-proves `record` from `inputs` and makes the agreement, accepted at `at`.
//
// Errors, each creating nothing:
//   FailedPrecondition  the customer's credit is off at `at`, or was off at
//                       the record's instant, or a switch-off was recorded
//                       after the offer (even if credit is on again).
//   InvalidArgument     the record does not match what the inputs yield:
//                       another customer's reference, a catalog with another
//                       fingerprint, a history that does not extend the one
//                       the record saw, a product the re-evaluated decision
//                       refuses, an edited cart or term list; and every
//                       InvalidArgument of Accept(const Offer&, ...).
//   (any other error of EvaluateCheckout() or Accept(const Offer&, ...))
[[nodiscard]] absl::StatusOr<Agreement> Accept(
    const OfferRecord& record, const AcceptInputs& inputs, absl::Time at,
    std::optional<int> term_months = std::nullopt);

TENOR_END_NAMESPACE

#endif  // TENOR_CHECKOUT_OFFER_RECORD_H_
