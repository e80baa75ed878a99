// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/checkout/checkout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "checkout/access.h"
#include "tenor/calendar/calendar.h"
#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/pay_in_30_days_schedule.h"
#include "tenor/schedule/pay_in_n_schedule.h"

TENOR_BEGIN_NAMESPACE
namespace {

absl::Status ValidateInputs(absl::Span<const CreditAssessment> assessments,
                            Money outstanding, const Cart& cart,
                            absl::Time at) {
  if (at == absl::InfinitePast() || at == absl::InfiniteFuture()) {
    return absl::InvalidArgumentError("checkout instant: must be finite");
  }
  if (!cart.amount.is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "cart amount %s: must be positive", cart.amount.ToDisplayString()));
  }
  if (!IsSupportedDate(cart.purchase_date)) {
    return absl::InvalidArgumentError(
        "cart purchase_date: outside the supported range 0001-01-01 to "
        "9999-12-31");
  }
  if (cart.shipment_date) {
    if (!IsSupportedDate(*cart.shipment_date)) {
      return absl::InvalidArgumentError(
          "cart shipment_date: outside the supported range 0001-01-01 to "
          "9999-12-31");
    }
    if (*cart.shipment_date < cart.purchase_date) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "cart shipment_date %s: before the purchase date %s",
          FormatDate(*cart.shipment_date), FormatDate(cart.purchase_date)));
    }
  }
  if (outstanding.is_negative()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "outstanding balance %s: must not be negative",
        outstanding.ToDisplayString()));
  }
  for (size_t k = 0; k < assessments.size(); ++k) {
    if (absl::Status s = ValidateAssessment(assessments[k]); !s.ok()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("assessments[%d]: %s", k, s.message()));
    }
  }
  return absl::OkStatus();
}

// The financing terms whose effective minimum `amount` meets, in the
// product's order.
absl::InlinedVector<int, 8> QualifyingTerms(const Financing& f,
                                            Money amount) {
  absl::InlinedVector<int, 8> terms;  // inline for up to 8 terms
  for (int term : f.offered_terms) {
    const std::optional<Money> minimum = f.MinimumFor(term);
    if (!minimum || amount >= *minimum) terms.push_back(term);
  }
  return terms;
}

// Adds the amount-limit reasons (below_minimum, above_maximum).
void CheckAmount(const Product& product, Money amount,
                 RefusalReasons* reasons) {
  const AmountLimits& limits = LimitsOf(product);
  if (const auto* f = std::get_if<Financing>(&product)) {
    // Below every offered term's minimum (§7).
    bool any_term = false;
    for (int term : f->offered_terms) {
      const std::optional<Money> minimum = f->MinimumFor(term);
      if (!minimum || amount >= *minimum) {
        any_term = true;
        break;
      }
    }
    if (!any_term) reasons->Add(RefusalReason::kBelowMinimum);
  } else if (limits.minimum && amount < *limits.minimum) {
    reasons->Add(RefusalReason::kBelowMinimum);
  }
  if (limits.maximum && amount > *limits.maximum) {
    reasons->Add(RefusalReason::kAboveMaximum);
  }
}

// Adds the assessment reasons (§7): the deciding assessment is the most
// recent of the required kind or stronger.
void CheckAssessment(const CatalogProduct& p,
                     absl::Span<const CreditAssessment> assessments,
                     Money outstanding, Money amount, absl::Time at,
                     RefusalReasons* reasons) {
  const CreditAssessment* deciding =
      DecidingAssessment(assessments, p.required_assessment, at);
  if (deciding == nullptr) {
    reasons->Add(RefusalReason::kCreditCheckRequired);
    return;
  }
  const bool expired = at - deciding->made_at > p.assessment_validity;
  if (expired) reasons->Add(RefusalReason::kCreditCheckExpired);
  if (deciding->outcome == AssessmentOutcome::kDeclined) {
    reasons->Add(RefusalReason::kCreditCheckDeclined);
  }
  if (expired || deciding->outcome != AssessmentOutcome::kApproved) return;
  // A limit in another currency cannot be verified: never lend past it.
  if (deciding->limit.currency() != amount.currency() ||
      outstanding.currency() != amount.currency()) {
    reasons->Add(RefusalReason::kExceedsCreditLimit);
    return;
  }
  const absl::int128 exposure =
      absl::int128(amount.minor_units()) + outstanding.minor_units();
  if (exposure > deciding->limit.minor_units()) {
    reasons->Add(RefusalReason::kExceedsCreditLimit);
  }
}

}  // namespace

std::string_view RefusalReasonCode(RefusalReason reason) {
  switch (reason) {
    case RefusalReason::kCreditOptedOut:
      return "credit_opted_out";
    case RefusalReason::kCurrencyNotSupported:
      return "currency_not_supported";
    case RefusalReason::kProductClosed:
      return "product_closed";
    case RefusalReason::kBelowMinimum:
      return "below_minimum";
    case RefusalReason::kAboveMaximum:
      return "above_maximum";
    case RefusalReason::kCreditCheckRequired:
      return "credit_check_required";
    case RefusalReason::kCreditCheckExpired:
      return "credit_check_expired";
    case RefusalReason::kCreditCheckDeclined:
      return "credit_check_declined";
    case RefusalReason::kExceedsCreditLimit:
      return "exceeds_credit_limit";
  }
  return "unknown";
}

int RefusalReasons::size() const {
  int n = 0;
  for (uint16_t b = bits_; b != 0; b &= static_cast<uint16_t>(b - 1)) ++n;
  return n;
}

std::vector<RefusalReason> RefusalReasons::ToVector() const {
  std::vector<RefusalReason> out;
  for (int r = 0; r <= static_cast<int>(RefusalReason::kExceedsCreditLimit);
       ++r) {
    if (Has(static_cast<RefusalReason>(r))) {
      out.push_back(static_cast<RefusalReason>(r));
    }
  }
  return out;
}

const ProductDecision* CheckoutDecision::Find(
    std::string_view product_id) const {
  for (const ProductDecision& p : products_) {
    if (p.product_id == product_id) return &p;
  }
  return nullptr;
}

namespace internal {

uint64_t CheckoutAccess::Fingerprint(const CreditSwitchHistory& history,
                                     size_t n) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](uint64_t v) {
    for (int k = 0; k < 8; ++k) {
      h ^= (v >> (8 * k)) & 0xff;
      h *= 1099511628211ull;
    }
  };
  const absl::Span<const CreditSwitchEvent> events = history.events();
  for (size_t k = 0; k < n && k < events.size(); ++k) {
    const CreditSwitchEvent& e = events[k];
    const int64_t seconds = absl::ToUnixSeconds(e.instant);
    mix(static_cast<uint64_t>(seconds));
    mix(static_cast<uint64_t>(absl::ToInt64Nanoseconds(
        e.instant - absl::FromUnixSeconds(seconds))));
    mix(static_cast<uint64_t>(e.action));
    mix(static_cast<uint64_t>(e.channel));
    mix(e.actor.size());
    for (char c : e.actor) mix(static_cast<unsigned char>(c));
  }
  return h;
}

}  // namespace internal

absl::StatusOr<CheckoutDecision> EvaluateCheckout(
    const CreditSwitchHistory& history,
    absl::Span<const CreditAssessment> assessments, Money outstanding_balance,
    const Catalog& catalog, const Cart& cart, absl::Time at,
    const CheckoutOptions& options) {
  using internal::CheckoutAccess;
  if (absl::Status s =
          ValidateInputs(assessments, outstanding_balance, cart, at);
      !s.ok()) {
    return s;
  }

  // §6/§7: a switched-off customer is refused every credit product with the
  // single reason credit_opted_out, before any other rule is looked at.
  if (!history.IsCreditOn(at)) {
    // Built inside the StatusOr that is returned (no move of the decision).
    absl::StatusOr<CheckoutDecision> result =
        CheckoutAccess::NewDecision(at, true);
    auto& products = CheckoutAccess::Products(*result);
    for (const CatalogProduct& p : catalog.products()) {
      ProductDecision& d = products.emplace_back();
      d.product_id = p.id;
      d.product_kind = KindOf(p.product);
      d.reasons.Add(RefusalReason::kCreditOptedOut);
    }
    return result;
  }

  absl::StatusOr<CheckoutDecision> result =
      CheckoutAccess::NewDecision(at, false);
  auto& products = CheckoutAccess::Products(*result);
  for (const CatalogProduct& p : catalog.products()) {
    ProductDecision& d = products.emplace_back();
    d.product_id = p.id;
    d.product_kind = KindOf(p.product);

    const bool same_currency = p.currency == cart.amount.currency();
    if (!same_currency) d.reasons.Add(RefusalReason::kCurrencyNotSupported);
    if (!p.open_to_new_agreements) d.reasons.Add(RefusalReason::kProductClosed);
    if (same_currency) CheckAmount(p.product, cart.amount, &d.reasons);
    CheckAssessment(p, assessments, outstanding_balance, cart.amount, at,
                    &d.reasons);
    if (!d.reasons.empty()) continue;

    absl::InlinedVector<int, 8> terms;
    std::vector<Schedule> previews;
    if (const auto* f = std::get_if<Financing>(&p.product)) {
      absl::InlinedVector<int, 8> qualifying = QualifyingTerms(*f, cart.amount);
      if (!options.include_previews) {
        terms = std::move(qualifying);  // every qualifying term
      } else {
        terms.reserve(qualifying.size());
        previews.reserve(qualifying.size());
        for (int term : qualifying) {
          absl::StatusOr<Schedule> preview = PreviewFinancing(
              *f, cart.amount, term, cart.shipment_or_purchase_date());
          // An amount too small for a term's schedule drops that term.
          if (!preview.ok()) continue;
          previews.push_back(*std::move(preview));
          terms.push_back(term);
        }
      }
      if (terms.empty()) {
        d.reasons.Add(RefusalReason::kBelowMinimum);
        continue;
      }
    } else if (options.include_previews) {
      absl::StatusOr<Schedule> preview =
          std::holds_alternative<PayInN>(p.product)
              ? PreviewPayInN(std::get<PayInN>(p.product), cart.amount,
                              cart.purchase_date)
              : PreviewPayIn30Days(std::get<PayIn30Days>(p.product),
                                   cart.amount,
                                   cart.shipment_or_purchase_date());
      if (!preview.ok()) {
        return absl::Status(preview.status().code(),
                            absl::StrFormat("product \"%s\": %s", p.id,
                                            preview.status().message()));
      }
      previews.push_back(*std::move(preview));
    }
    d.offer = CheckoutAccess::NewOffer(
        p.id, CheckoutAccess::SharedProduct(catalog, p), cart, at, terms,
        std::move(previews), history);
  }
  return result;
}

TENOR_END_NAMESPACE
