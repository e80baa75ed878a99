// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/checkout/agreement.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <variant>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "checkout/access.h"
#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/pay_in_30_days_schedule.h"
#include "tenor/schedule/pay_in_n_schedule.h"

TENOR_BEGIN_NAMESPACE
namespace {

std::string FormatInstant(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E*SZ", t, absl::UTCTimeZone());
}

// The credit-switch checks of §7: credit on at `at`, not switched off at any
// point since the offer was made, and not off in the history's latest state.
absl::Status CheckSwitch(const Offer& offer, const CreditSwitchHistory& history,
                         absl::Time at) {
  using internal::CheckoutAccess;
  const size_t known = CheckoutAccess::HistoryEvents(offer);
  if (history.events().size() < known ||
      CheckoutAccess::Fingerprint(history, known) !=
          CheckoutAccess::HistoryFingerprint(offer)) {
    return absl::InvalidArgumentError(
        "accept: the credit-switch history does not extend the one the offer "
        "was made with (another customer's history, or an older copy)");
  }
  if (!history.IsCreditOn(at)) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "accept: the customer's credit is switched off at %s; no credit "
        "agreement can be made",
        FormatInstant(at)));
  }
  for (const CreditSwitchEvent& e : history.events()) {
    if (e.action == SwitchAction::kOff && e.instant >= offer.evaluated_at()) {
      return absl::FailedPreconditionError(absl::StrFormat(
          "accept: the customer switched credit off at %s, after the offer "
          "was made at %s; evaluate the checkout again",
          FormatInstant(e.instant), FormatInstant(offer.evaluated_at())));
    }
  }
  if (!history.StateAt(absl::InfiniteFuture()).credit_on) {
    return absl::FailedPreconditionError(
        "accept: the customer's credit is switched off in the latest state of "
        "the history; no credit agreement can be made");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Agreement> Accept(const Offer& offer,
                                 const CreditSwitchHistory& history,
                                 absl::Time at,
                                 std::optional<int> term_months) {
  if (at == absl::InfinitePast() || at == absl::InfiniteFuture()) {
    return absl::InvalidArgumentError("accept: instant must be finite");
  }
  if (at < offer.evaluated_at()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "accept: instant %s is before the offer was made (%s)",
        FormatInstant(at), FormatInstant(offer.evaluated_at())));
  }
  if (absl::Status s = CheckSwitch(offer, history, at); !s.ok()) return s;

  const Cart& cart = offer.cart();
  absl::StatusOr<Schedule> schedule;
  if (const auto* f = std::get_if<Financing>(&offer.product())) {
    if (!term_months) {
      return absl::InvalidArgumentError(
          "accept: term_months is required for financing");
    }
    const absl::Span<const int> terms = offer.terms();
    if (std::find(terms.begin(), terms.end(), *term_months) == terms.end()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "accept: term_months %d is not one of the offered terms",
          *term_months));
    }
    schedule = BuildFinancingSchedule(*f, cart.amount, *term_months,
                                      cart.shipment_or_purchase_date());
  } else {
    if (term_months) {
      return absl::InvalidArgumentError(
          "accept: term_months is only for financing");
    }
    if (const auto* n = std::get_if<PayInN>(&offer.product())) {
      schedule = BuildPayInNSchedule(*n, cart.amount, cart.purchase_date);
    } else {
      schedule = BuildPayIn30DaysSchedule(std::get<PayIn30Days>(offer.product()),
                                          cart.amount,
                                          cart.shipment_or_purchase_date());
    }
  }
  if (!schedule.ok()) return schedule.status();
  return internal::CheckoutAccess::NewAgreement(offer, at,
                                                *std::move(schedule));
}

TENOR_END_NAMESPACE
