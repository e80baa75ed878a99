// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Stress (ctest label `stress`, Release, TENOR_STRESS_TESTS=ON): 100,000
// checkout decisions (credit-rules §7) against random credit-switch
// histories (§6) with random policies. The switch state is checked against
// an independent model of §6 at every decision instant; the opt-out always
// wins (credit off: every product refused with credit_opted_out alone);
// credit on: offered exactly when there is no reason; and an offer is never
// accepted after a later switch-off. Refused switch requests leave the
// history == to what it was.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using tenor::CreditSwitchHistory;

struct Rng {
  std::mt19937_64 engine;
  int64_t Uniform(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(engine);
  }
  bool Chance(int percent) { return Uniform(0, 99) < percent; }
};

// An independent model of §6: off at once; on through customer service
// only, refused earlier than min_off_period after the last off, effective
// re_enable_delay after the request, cancelled by an off before then.
struct SwitchModel {
  tenor::CreditSwitchPolicy policy;
  bool on = true;
  std::optional<absl::Time> pending_on_at;
  std::optional<absl::Time> last_off_at;
  std::optional<absl::Time> last_event;
  struct Event {
    bool off;
    absl::Time instant;
    tenor::Channel channel;
  };
  std::vector<Event> accepted;

  void SettleTo(absl::Time t) {
    if (pending_on_at && *pending_on_at <= t) {
      on = true;
      pending_on_at.reset();
    }
  }
  // The status RequestOff/RequestOn should return, applying it if OK.
  absl::StatusCode Request(bool off, absl::Time t, tenor::Channel channel) {
    if (last_event && t < *last_event) return absl::StatusCode::kInvalidArgument;
    if (!off && channel == tenor::Channel::kSelfService) {
      return absl::StatusCode::kPermissionDenied;
    }
    if (!off && last_off_at && t < *last_off_at + policy.min_off_period) {
      return absl::StatusCode::kFailedPrecondition;
    }
    SettleTo(t);
    last_event = t;
    accepted.push_back({off, t, channel});
    if (off) {
      on = false;
      pending_on_at.reset();
      last_off_at = t;
    } else if (!on && !pending_on_at) {
      pending_on_at = t + policy.re_enable_delay;
      SettleTo(t);
    }
    return absl::StatusCode::kOk;
  }
  // The state at `t`: the accepted requests made at or before `t`, replayed.
  bool OnAt(absl::Time t) const {
    SwitchModel replay{policy};
    for (const Event& e : accepted) {
      if (e.instant > t) break;
      replay.Request(e.off, e.instant, e.channel);
    }
    replay.SettleTo(t);
    return replay.on;
  }
};

TEST_CASE("checkout: 100,000 decisions with random switch histories, "
          "the opt-out always wins",
          "[stress][checkout][s6][s7]") {
  Rng rng{std::mt19937_64(20261202)};
  const absl::Time origin = absl::FromUnixSeconds(1'767'225'600);  // 2026-01-01
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const tenor::Catalog example = tenor::ExampleCatalog();
  const std::vector<tenor::CatalogProduct> base(example.products().begin(),
                                                example.products().end());
  constexpr int kDecisions = 100'000;
  int off_decisions = 0, offers = 0, refusals_checked = 0, accepts_refused = 0;
  for (int k = 0; k < kDecisions; ++k) {
    INFO("decision " << k);
    tenor::CreditSwitchPolicy policy;
    policy.re_enable_delay = absl::Hours(rng.Uniform(0, 3) * 24);
    policy.min_off_period = absl::Hours(rng.Chance(30) ? rng.Uniform(0, 24 * 30) : 0);
    CreditSwitchHistory history = *CreditSwitchHistory::Create(policy);
    SwitchModel model{policy};
    absl::Time t = origin;
    const int64_t requests = rng.Uniform(0, 30);
    for (int64_t e = 0; e < requests; ++e) {
      t += absl::Minutes(rng.Chance(5) ? -rng.Uniform(1, 600)
                                       : rng.Uniform(0, 60 * 24 * 10));
      const bool off = rng.Chance(45);
      const tenor::Channel channel = rng.Chance(15) ? tenor::Channel::kSelfService
                                                    : tenor::Channel::kCustomerService;
      const CreditSwitchHistory before = history;
      const absl::StatusCode expected = model.Request(off, t, channel);
      const absl::Status status =
          off ? history.RequestOff(t, channel, "actor").status()
              : history.RequestOn(t, channel, "agent-7").status();
      REQUIRE(status.code() == expected);
      if (!status.ok()) {
        ++refusals_checked;
        REQUIRE(history == before);
        if (model.last_event) t = *model.last_event;
      }
    }
    const absl::Time at = origin + absl::Minutes(rng.Uniform(0, 60 * 24 * 200));
    const bool on = history.IsCreditOn(at);
    if (on != model.OnAt(at)) {
      std::string events;
      for (const tenor::CreditSwitchEvent& e : history.events()) {
        events += absl::FormatTime(e.instant) + " " +
                  std::string(tenor::SwitchActionName(e.action)) + " " +
                  std::string(tenor::ChannelName(e.channel)) + "\n";
      }
      INFO("events:\n" << events << "at " << absl::FormatTime(at)
                        << " delay " << policy.re_enable_delay << " min_off "
                        << policy.min_off_period);
      REQUIRE(on == model.OnAt(at));
    }

    std::vector<tenor::CatalogProduct> products = base;
    for (auto& p : products) p.open_to_new_agreements = !rng.Chance(20);
    if (rng.Chance(5)) products.clear();
    const tenor::Catalog catalog = *tenor::Catalog::Create(products);
    std::vector<tenor::CreditAssessment> assessments;
    for (int64_t a = rng.Uniform(0, 3); a > 0; --a) {
      assessments.push_back(
          {rng.Chance(50) ? tenor::AssessmentKind::kSoft : tenor::AssessmentKind::kHard,
           rng.Chance(25) ? tenor::AssessmentOutcome::kDeclined
                          : tenor::AssessmentOutcome::kApproved,
           tenor::Money::FromMinorUnits(rng.Uniform(0, 1'000'000), gbp),
           at - absl::Minutes(rng.Uniform(0, 60 * 24 * 40))});
    }
    const tenor::Cart cart{
        tenor::Money::FromMinorUnits(rng.Uniform(1, 1'200'000), gbp),
        absl::CivilDay(2026, 3, 10), std::nullopt};
    const absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
        history, assessments, tenor::Money::FromMinorUnits(rng.Uniform(0, 100'000), gbp),
        catalog, cart, at, tenor::CheckoutOptions{/*include_previews=*/k % 20 == 0});
    TENOR_REQUIRE_OK(d);
    REQUIRE(d->pay_now_offered());
    REQUIRE(d->credit_opted_out() == !on);
    REQUIRE(d->products().size() == products.size());
    if (!on) ++off_decisions;
    for (const tenor::ProductDecision& p : d->products()) {
      REQUIRE(p.offered() == p.reasons.empty());
      if (!on) {
        REQUIRE_FALSE(p.offered());
        REQUIRE(p.reasons.size() == 1);
        REQUIRE(p.reasons.Has(tenor::RefusalReason::kCreditOptedOut));
        continue;
      }
      REQUIRE_FALSE(p.reasons.Has(tenor::RefusalReason::kCreditOptedOut));
      if (!p.offered()) continue;
      ++offers;
      if (k % 2 != 0) continue;
      // Switched off after the offer: acceptance always fails.
      CreditSwitchHistory later = history;
      const absl::Time off_at = std::max(at, t) + absl::Seconds(1);
      TENOR_REQUIRE_OK(later.RequestOff(off_at, tenor::Channel::kSelfService, "c"));
      const std::optional<int> term =
          p.offer->terms().empty() ? std::nullopt
                                   : std::optional<int>(p.offer->terms()[0]);
      const absl::StatusOr<tenor::Agreement> accepted =
          tenor::Accept(*p.offer, later, off_at + absl::Minutes(1), term);
      REQUIRE(accepted.status().code() == absl::StatusCode::kFailedPrecondition);
      ++accepts_refused;
    }
  }
  CHECK(off_decisions > kDecisions / 10);
  CHECK(offers > kDecisions / 20);
  CHECK(refusals_checked > kDecisions / 2);
  CHECK(accepts_refused > 2000);
}

}  // namespace
