// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: credit-switch histories (credit-rules §6) and checkout
// decisions (§7) where the opt-out always wins. A history is built from
// arbitrary requests (instants out of order or out of range, bad channels,
// empty actors, any policy); a refused request leaves the history == to what
// it was, and FromEvents() of the accepted events rebuilds the same history.
// Then, for an arbitrary catalog (possibly empty), assessments, balance, cart
// and instant: when credit is off at that instant, every product is refused
// with credit_opted_out and nothing else; when it is on, a product is offered
// exactly when it has no refusal reason. An offer is never accepted while
// credit is off, nor after a switch-off recorded after the offer.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/time/time.h"
#include "fuzz_check.h"
#include "tenor/tenor.h"

namespace {

using tenor::CreditSwitchHistory;

const absl::Time kOrigin = absl::FromUnixSeconds(1'767'225'600);  // 2026-01-01

absl::Duration PickDuration(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 5)) {
    case 0: return absl::ZeroDuration();
    case 1: return absl::Seconds(in.ConsumeIntegral<int64_t>());
    case 2: return in.ConsumeBool() ? absl::InfiniteDuration()
                                    : -absl::InfiniteDuration();
    default: return absl::Minutes(in.ConsumeIntegralInRange<int64_t>(0, 60 * 24 * 30));
  }
}

absl::Time PickInstant(FuzzedDataProvider& in, absl::Time after) {
  switch (in.ConsumeIntegralInRange<int>(0, 9)) {
    case 0: return absl::FromUnixSeconds(in.ConsumeIntegral<int64_t>());
    case 1: return in.PickValueInArray({absl::InfinitePast(), absl::InfiniteFuture(),
                                        tenor::kMinSwitchInstant,
                                        tenor::kMaxSwitchInstant,
                                        tenor::kMaxSwitchInstant - absl::Seconds(1)});
    case 2: return after - absl::Minutes(in.ConsumeIntegralInRange<int>(0, 600));
    default: return after + absl::Minutes(in.ConsumeIntegralInRange<int>(0, 60 * 24 * 20));
  }
}

void CheckRefusal(const absl::Status& s) {
  TENOR_FUZZ_CHECK(!s.ok(), "expected a refusal");
  TENOR_FUZZ_CHECK(!s.message().empty(), "a refusal with no message");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  tenor::CreditSwitchPolicy policy;
  policy.re_enable_delay = PickDuration(in);
  policy.min_off_period = PickDuration(in);
  absl::StatusOr<CreditSwitchHistory> created = CreditSwitchHistory::Create(policy);
  if (!created.ok()) {
    CheckRefusal(created.status());
    TENOR_FUZZ_CHECK(!tenor::ValidatePolicy(policy).ok(), "Create vs Validate");
    policy = tenor::CreditSwitchPolicy{};
    created = CreditSwitchHistory::Create(policy);
  }
  CreditSwitchHistory history = *std::move(created);

  // The history: every request is accepted or changes nothing.
  absl::Time last = kOrigin;
  const int requests = in.ConsumeIntegralInRange<int>(0, 24);
  for (int r = 0; r < requests; ++r) {
    const absl::Time instant = PickInstant(in, last);
    const auto channel =
        static_cast<tenor::Channel>(in.ConsumeIntegralInRange<int>(0, 2));
    const std::string actor =
        in.ConsumeBool() ? "c" : in.ConsumeRandomLengthString(4);
    const CreditSwitchHistory before = history;
    const bool off = in.ConsumeBool();
    absl::Status status;
    if (off) {
      const absl::StatusOr<tenor::SwitchOffResult> result =
          history.RequestOff(instant, channel, actor);
      status = result.status();
      if (result.ok()) {
        TENOR_FUZZ_CHECK(!history.IsCreditOn(instant), "on right after an off");
        TENOR_FUZZ_CHECK(result->effective_at == instant, "off is immediate");
      }
    } else {
      const absl::StatusOr<tenor::SwitchOnResult> result =
          history.RequestOn(instant, channel, actor);
      status = result.status();
      if (result.ok() && result->effective_at > instant) {
        TENOR_FUZZ_CHECK(!history.IsCreditOn(instant), "on before the delay");
      }
    }
    if (!status.ok()) {
      CheckRefusal(status);
      TENOR_FUZZ_CHECK(history == before, "a refused request changed the history");
      TENOR_FUZZ_CHECK(history.events().size() == before.events().size(), "size");
    } else {
      last = std::max(last, instant);
      TENOR_FUZZ_CHECK(history.events().size() <= before.events().size() + 1,
                       "one request, at most one event");
    }
  }
  const absl::StatusOr<CreditSwitchHistory> reloaded =
      CreditSwitchHistory::FromEvents(history.events(), history.policy());
  TENOR_FUZZ_CHECK(reloaded.ok() && *reloaded == history,
                   "FromEvents of accepted events: " + reloaded.status().ToString());

  // The catalog: the example one with variations, or empty.
  const tenor::Catalog example = tenor::ExampleCatalog();
  std::vector<tenor::CatalogProduct> products;
  if (!in.ConsumeBool() || in.ConsumeBool()) {
    products.assign(example.products().begin(), example.products().end());
    for (tenor::CatalogProduct& p : products) {
      p.open_to_new_agreements = in.ConsumeIntegralInRange<int>(0, 4) != 0;
      if (in.ConsumeBool()) {
        p.required_assessment = in.ConsumeBool() ? tenor::AssessmentKind::kHard
                                                 : tenor::AssessmentKind::kSoft;
      }
    }
  }
  const absl::StatusOr<tenor::Catalog> catalog = tenor::Catalog::Create(products);
  TENOR_FUZZ_CHECK(catalog.ok(), catalog.status().ToString());

  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const tenor::Currency currency =
      in.ConsumeIntegralInRange<int>(0, 9) == 0 ? *tenor::Currency::FromCode("EUR")
                                                : gbp;
  const absl::Time at = PickInstant(in, kOrigin);
  std::vector<tenor::CreditAssessment> assessments;
  for (int a = in.ConsumeIntegralInRange<int>(0, 3); a > 0; --a) {
    assessments.push_back(
        {in.ConsumeBool() ? tenor::AssessmentKind::kSoft : tenor::AssessmentKind::kHard,
         in.ConsumeIntegralInRange<int>(0, 3) == 0 ? tenor::AssessmentOutcome::kDeclined
                                                   : tenor::AssessmentOutcome::kApproved,
         tenor::Money::FromMinorUnits(in.ConsumeIntegralInRange<int64_t>(-10, 2'000'000),
                                      gbp),
         at - absl::Minutes(in.ConsumeIntegralInRange<int>(-100, 60 * 24 * 40))});
  }
  const tenor::Money outstanding = tenor::Money::FromMinorUnits(
      in.ConsumeIntegralInRange<int64_t>(-10, 200'000), gbp);
  tenor::Cart cart{tenor::Money::FromMinorUnits(
                       in.ConsumeIntegralInRange<int64_t>(-10, 1'500'000), currency),
                   absl::CivilDay(in.ConsumeIntegralInRange<int>(0, 10000),
                                  in.ConsumeIntegralInRange<int>(1, 12),
                                  in.ConsumeIntegralInRange<int>(1, 31)),
                   std::nullopt};
  if (in.ConsumeBool()) {
    cart.shipment_date = cart.purchase_date + in.ConsumeIntegralInRange<int>(-3, 60);
  }
  tenor::CheckoutOptions options;
  options.include_previews = in.ConsumeBool();

  const absl::StatusOr<tenor::CheckoutDecision> decision = tenor::EvaluateCheckout(
      history, assessments, outstanding, *catalog, cart, at, options);
  if (!decision.ok()) {
    CheckRefusal(decision.status());
    // Malformed input is InvalidArgument; a preview whose due dates would
    // leave 0001-01-01..9999-12-31 (a cart days before the end of the range)
    // is OutOfRange (docs/errors.md).
    TENOR_FUZZ_CHECK(
        decision.status().code() == absl::StatusCode::kInvalidArgument ||
            (options.include_previews &&
             decision.status().code() == absl::StatusCode::kOutOfRange &&
             absl::StrContains(decision.status().message(),
                               "leaves the supported range")),
        decision.status().ToString());
    return 0;
  }
  TENOR_FUZZ_CHECK(decision->pay_now_offered(), "Pay now is always offered");
  TENOR_FUZZ_CHECK(decision->products().size() == products.size(),
                   "one decision per catalog product");
  const bool on = history.IsCreditOn(at);
  TENOR_FUZZ_CHECK(decision->credit_opted_out() == !on, "credit_opted_out");
  for (const tenor::ProductDecision& p : decision->products()) {
    TENOR_FUZZ_CHECK(p.offered() == p.reasons.empty(), "offered <=> no reasons");
    if (!on) {
      // The opt-out always wins: the only reason, whatever else is wrong.
      TENOR_FUZZ_CHECK(!p.offered(), "an offer while credit is off");
      TENOR_FUZZ_CHECK(p.reasons.size() == 1 &&
                           p.reasons.Has(tenor::RefusalReason::kCreditOptedOut),
                       "credit off: reasons other than credit_opted_out");
      continue;
    }
    TENOR_FUZZ_CHECK(!p.reasons.Has(tenor::RefusalReason::kCreditOptedOut),
                     "credit_opted_out while credit is on");
    if (!p.offered()) continue;
    const tenor::Offer& offer = *p.offer;
    const std::optional<int> term =
        offer.terms().empty() ? std::nullopt : std::optional<int>(offer.terms()[0]);
    const absl::Time accept_at =
        at + absl::Seconds(in.ConsumeIntegralInRange<int>(0, 3600 * 24 * 10));
    const absl::StatusOr<tenor::Agreement> agreement =
        tenor::Accept(offer, history, accept_at, term);
    if (!history.IsCreditOn(accept_at)) {
      TENOR_FUZZ_CHECK(!agreement.ok(), "accepted while credit is off");
    }
    // A switch-off after the offer: never accepted afterwards.
    CreditSwitchHistory later = history;
    const absl::Time off_at = std::max(accept_at, last);
    if (later.RequestOff(off_at, tenor::Channel::kSelfService, "c").ok()) {
      for (const absl::Duration d : {absl::ZeroDuration(), absl::Hours(1),
                                     absl::Hours(24 * 400)}) {
        const absl::StatusOr<tenor::Agreement> after =
            tenor::Accept(offer, later, off_at + d, term);
        TENOR_FUZZ_CHECK(!after.ok() && after.status().code() ==
                                            absl::StatusCode::kFailedPrecondition,
                         "accepted after a switch-off: " + after.status().ToString());
      }
    }
  }
  return 0;
}
