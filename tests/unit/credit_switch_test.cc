// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The customer's credit switch (§6): one TEST_CASE per rule, the worked
// timeline from docs/credit-switch.md first, then edges, then a property test
// against an independent model over 10,000 random request sequences.

#include "tenor/credit_switch/credit_switch.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"

#include "tenor_catch.h"

namespace {

using tenor::Channel;
using tenor::CreditSwitchEvent;
using tenor::CreditSwitchHistory;
using tenor::CreditSwitchPolicy;
using tenor::CreditSwitchState;
using tenor::SwitchAction;

constexpr Channel kApp = Channel::kSelfService;
constexpr Channel kAgent = Channel::kCustomerService;

absl::Time At(int y, int mo, int d, int h, int mi = 0, int s = 0) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, s),
                         absl::UTCTimeZone());
}

CreditSwitchHistory Make(absl::Duration delay, absl::Duration min_off) {
  CreditSwitchPolicy policy;
  policy.re_enable_delay = delay;
  policy.min_off_period = min_off;
  absl::StatusOr<CreditSwitchHistory> h = CreditSwitchHistory::Create(policy);
  REQUIRE(h.ok());
  return *std::move(h);
}

std::vector<CreditSwitchEvent> EventsOf(const CreditSwitchHistory& h) {
  return std::vector<CreditSwitchEvent>(h.events().begin(), h.events().end());
}

// Runs a request that must be refused with `code` and proves it changed
// nothing: the event list, the policy and the state at a few instants are
// exactly as before.
template <typename Request>
void RequireRefusedUnchanged(CreditSwitchHistory& h, Request request,
                             absl::StatusCode code, const char* fragment) {
  const CreditSwitchHistory copy = h;
  const std::vector<CreditSwitchEvent> events_before = EventsOf(h);
  const absl::Status status = tenor_test::StatusOf(request(h));
  INFO(status.ToString());
  REQUIRE(tenor_test::FailsWith(status, code, fragment));
  REQUIRE(EventsOf(h) == events_before);
  REQUIRE(h == copy);
  for (const absl::Time t : {absl::InfinitePast(), At(2026, 3, 10, 10),
                             At(2026, 3, 20, 0), absl::InfiniteFuture()}) {
    REQUIRE(h.StateAt(t) == copy.StateAt(t));
  }
}

TEST_CASE(
    "credit switch: the worked timeline (off by app, agent on, 72h delay)",
    "[switch][s6]") {
  CreditSwitchHistory h = Make(absl::Hours(72), absl::ZeroDuration());

  const absl::StatusOr<tenor::SwitchOffResult> off =
      h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42");
  TENOR_REQUIRE_OK(off);
  CHECK(off->effective_at == At(2026, 3, 10, 10));
  CHECK(off->changed);
  CHECK(off->show_debt_support);
  CHECK_FALSE(off->cancelled_pending_on_at.has_value());

  const absl::StatusOr<tenor::SwitchOnResult> on =
      h.RequestOn(At(2026, 3, 10, 12), kAgent, "agent-7");
  TENOR_REQUIRE_OK(on);
  CHECK(on->effective_at == At(2026, 3, 13, 12));
  CHECK(on->changed);

  // 09:59:59: on, since the beginning.
  CHECK(h.StateAt(At(2026, 3, 10, 9, 59, 59)) == CreditSwitchState{});
  // 10:00: off at once.
  CreditSwitchState s = h.StateAt(At(2026, 3, 10, 10));
  CHECK_FALSE(s.credit_on);
  CHECK(s.since == At(2026, 3, 10, 10));
  CHECK_FALSE(s.pending_on_at.has_value());
  CHECK(s.last_off_at == At(2026, 3, 10, 10));
  // 12:00 and for the next 72 hours: still off, the switch-on pending.
  for (const absl::Time t :
       {At(2026, 3, 10, 12), At(2026, 3, 12, 9), At(2026, 3, 13, 11, 59, 59)}) {
    s = h.StateAt(t);
    CHECK_FALSE(s.credit_on);
    CHECK(s.since == At(2026, 3, 10, 10));
    CHECK(s.pending_on_at == At(2026, 3, 13, 12));
  }
  CHECK_FALSE(h.IsCreditOn(At(2026, 3, 13, 12) - absl::Nanoseconds(1)));
  // 2026-03-13 12:00: on.
  s = h.StateAt(At(2026, 3, 13, 12));
  CHECK(s.credit_on);
  CHECK(s.since == At(2026, 3, 13, 12));
  CHECK_FALSE(s.pending_on_at.has_value());
  CHECK(s.last_off_at == At(2026, 3, 10, 10));
  CHECK(h.IsCreditOn(absl::InfiniteFuture()));

  REQUIRE(h.events().size() == 2);
  CHECK(h.events()[0] == CreditSwitchEvent{At(2026, 3, 10, 10),
                                           SwitchAction::kOff, kApp,
                                           "customer-42"});
  CHECK(h.events()[1] == CreditSwitchEvent{At(2026, 3, 10, 12),
                                           SwitchAction::kOn, kAgent,
                                           "agent-7"});
}

TEST_CASE("credit switch: credit is on until switched off", "[switch][s6]") {
  const CreditSwitchHistory h;
  CHECK(h.events().empty());
  for (const absl::Time t : {absl::InfinitePast(), tenor::kMinSwitchInstant,
                             At(2026, 3, 10, 10), absl::InfiniteFuture()}) {
    const CreditSwitchState s = h.StateAt(t);
    CHECK(s.credit_on);
    CHECK(s.since == absl::InfinitePast());
    CHECK_FALSE(s.pending_on_at.has_value());
    CHECK_FALSE(s.last_off_at.has_value());
  }
  const absl::Time any;
  static_assert(noexcept(h.StateAt(any)), "StateAt never throws");
  static_assert(noexcept(h.IsCreditOn(any)), "IsCreditOn never throws");
}

TEST_CASE(
    "credit switch: a switch-off is effective at once, through any channel",
    "[switch][s6]") {
  const absl::Time t = At(2026, 3, 10, 10);
  for (const Channel channel : {kApp, kAgent}) {
    CreditSwitchHistory h;
    const auto off = h.RequestOff(t, channel, "someone");
    TENOR_REQUIRE_OK(off);
    CHECK(off->effective_at == t);
    CHECK(off->show_debt_support);
    CHECK(h.IsCreditOn(t - absl::Nanoseconds(1)));
    CHECK_FALSE(h.IsCreditOn(t));
    CHECK_FALSE(h.IsCreditOn(t + absl::Nanoseconds(1)));
    CHECK_FALSE(h.IsCreditOn(At(2099, 1, 1, 0)));
    CHECK_FALSE(h.IsCreditOn(absl::InfiniteFuture()));
    CHECK(h.IsCreditOn(absl::InfinitePast()));
  }
  // Even with the longest delays and minimum off periods: off is at once.
  CreditSwitchHistory strict =
      Make(tenor::kMaxSwitchPolicyDuration, tenor::kMaxSwitchPolicyDuration);
  TENOR_REQUIRE_OK(strict.RequestOff(t, kApp, "customer-42"));
  CHECK_FALSE(strict.IsCreditOn(t));
}

TEST_CASE(
    "credit switch: switching off an already-off customer is recorded and "
    "changes nothing",
    "[switch][s6]") {
  CreditSwitchHistory h;
  TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
  const CreditSwitchState before = h.StateAt(At(2026, 3, 11, 0));
  const auto again = h.RequestOff(At(2026, 3, 11, 0), kAgent, "agent-7");
  TENOR_REQUIRE_OK(again);
  CHECK_FALSE(again->changed);
  CHECK(again->show_debt_support);  // shown every time
  CHECK_FALSE(again->cancelled_pending_on_at.has_value());
  CHECK(h.events().size() == 2);  // recorded
  const CreditSwitchState after = h.StateAt(At(2026, 3, 11, 0));
  CHECK_FALSE(after.credit_on);
  CHECK(after.since == before.since);  // still off since 10:00 on the 10th
  CHECK(after.since == At(2026, 3, 10, 10));
  // The minimum off period counts from this latest switch-off.
  CHECK(after.last_off_at == At(2026, 3, 11, 0));
}

TEST_CASE("credit switch: a self-service switch-on is PermissionDenied",
          "[switch][s6]") {
  auto self_on = [](absl::Time t) {
    return [t](CreditSwitchHistory& h) {
      return h.RequestOn(t, kApp, "customer-42");
    };
  };
  SECTION("while off") {
    CreditSwitchHistory h;
    TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
    RequireRefusedUnchanged(h, self_on(At(2026, 3, 10, 11)),
                            absl::StatusCode::kPermissionDenied,
                            "only be switched on through customer service");
    CHECK_FALSE(h.IsCreditOn(At(2026, 3, 10, 11)));
  }
  SECTION("while on") {
    CreditSwitchHistory h;
    RequireRefusedUnchanged(h, self_on(At(2026, 3, 10, 11)),
                            absl::StatusCode::kPermissionDenied,
                            "customer service");
    CHECK(h.events().empty());
  }
  SECTION("PermissionDenied before the minimum off period is considered") {
    CreditSwitchHistory h = Make(absl::ZeroDuration(), absl::Hours(24));
    TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
    RequireRefusedUnchanged(h, self_on(At(2026, 3, 10, 11)),
                            absl::StatusCode::kPermissionDenied,
                            "customer service");
  }
}

TEST_CASE("credit switch: an agent switches credit on through customer service",
          "[switch][s6]") {
  CreditSwitchHistory h;
  TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
  const auto on = h.RequestOn(At(2026, 3, 10, 12), kAgent, "agent-7");
  TENOR_REQUIRE_OK(on);
  CHECK(on->changed);
  CHECK(on->effective_at == At(2026, 3, 10, 12));  // no delay by default
  CHECK_FALSE(h.IsCreditOn(At(2026, 3, 10, 12) - absl::Nanoseconds(1)));
  const CreditSwitchState s = h.StateAt(At(2026, 3, 10, 12));
  CHECK(s.credit_on);
  CHECK(s.since == At(2026, 3, 10, 12));

  // Switching on an already-on customer is recorded and changes nothing.
  const auto again = h.RequestOn(At(2026, 3, 10, 13), kAgent, "agent-8");
  TENOR_REQUIRE_OK(again);
  CHECK_FALSE(again->changed);
  CHECK(again->effective_at == At(2026, 3, 10, 13));
  CHECK(h.events().size() == 3);
  CHECK(h.StateAt(At(2026, 3, 10, 14)).since == At(2026, 3, 10, 12));
}

TEST_CASE("credit switch: an empty or blank actor is InvalidArgument",
          "[switch][s6]") {
  const absl::Time t = At(2026, 3, 10, 10);
  CreditSwitchHistory h;
  for (const char* blank : {"", " ", "\t", "  \n"}) {
    INFO("actor \"" << blank << "\"");
    RequireRefusedUnchanged(
        h, [&](CreditSwitchHistory& x) { return x.RequestOff(t, kApp, blank); },
        absl::StatusCode::kInvalidArgument, "customer id is empty");
    RequireRefusedUnchanged(
        h,
        [&](CreditSwitchHistory& x) { return x.RequestOff(t, kAgent, blank); },
        absl::StatusCode::kInvalidArgument, "agent id is empty");
  }
  TENOR_REQUIRE_OK(h.RequestOff(t, kApp, "customer-42"));
  for (const char* blank : {"", " "}) {
    RequireRefusedUnchanged(
        h,
        [&](CreditSwitchHistory& x) {
          return x.RequestOn(t + absl::Hours(1), kAgent, blank);
        },
        absl::StatusCode::kInvalidArgument, "agent id is empty");
    // Malformed comes before "may not": InvalidArgument, not PermissionDenied.
    RequireRefusedUnchanged(
        h,
        [&](CreditSwitchHistory& x) {
          return x.RequestOn(t + absl::Hours(1), kApp, blank);
        },
        absl::StatusCode::kInvalidArgument, "customer id is empty");
  }
  CHECK_FALSE(h.IsCreditOn(t + absl::Hours(2)));
}

TEST_CASE(
    "credit switch: a switch-on inside the minimum off period is "
    "FailedPrecondition, the boundary itself is allowed",
    "[switch][s6]") {
  const absl::Time off_at = At(2026, 3, 10, 10);
  const absl::Time boundary = off_at + absl::Hours(24 * 182);  // ~6 months
  CreditSwitchHistory h = Make(absl::ZeroDuration(), absl::Hours(24 * 182));
  TENOR_REQUIRE_OK(h.RequestOff(off_at, kApp, "customer-42"));

  for (const absl::Time t :
       {off_at, off_at + absl::Hours(1), boundary - absl::Seconds(1),
        boundary - absl::Nanoseconds(1)}) {
    RequireRefusedUnchanged(
        h,
        [t](CreditSwitchHistory& x) {
          return x.RequestOn(t, kAgent, "agent-7");
        },
        absl::StatusCode::kFailedPrecondition, "minimum off period");
  }
  // The message says when it will be allowed.
  const auto refused = h.RequestOn(off_at, kAgent, "agent-7");
  TENOR_REQUIRE_FAILS(refused, absl::StatusCode::kFailedPrecondition,
                      "allowed from 2026-09-08T10:00:00Z");

  const auto on = h.RequestOn(boundary, kAgent, "agent-7");  // inclusive
  TENOR_REQUIRE_OK(on);
  CHECK(on->effective_at == boundary);
  CHECK(h.IsCreditOn(boundary));

  SECTION("counted from the last switch-off, even one that changed nothing") {
    CreditSwitchHistory g = Make(absl::ZeroDuration(), absl::Hours(48));
    TENOR_REQUIRE_OK(g.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
    TENOR_REQUIRE_OK(g.RequestOff(At(2026, 3, 11, 10), kApp, "customer-42"));
    RequireRefusedUnchanged(
        g,
        [](CreditSwitchHistory& x) {
          return x.RequestOn(At(2026, 3, 12, 10), kAgent, "agent-7");
        },
        absl::StatusCode::kFailedPrecondition, "2026-03-11T10:00:00Z");
    TENOR_REQUIRE_OK(g.RequestOn(At(2026, 3, 13, 10), kAgent, "agent-7"));
  }
  SECTION("no switch-off yet: nothing to wait for") {
    CreditSwitchHistory g = Make(absl::ZeroDuration(), absl::Hours(48));
    TENOR_REQUIRE_OK(g.RequestOn(At(2026, 3, 10, 10), kAgent, "agent-7"));
  }
}

TEST_CASE(
    "credit switch: the re-enable delay keeps credit off until request + "
    "delay",
    "[switch][s6]") {
  const absl::Time on_at = At(2026, 3, 10, 12);
  const absl::Time effective = on_at + absl::Hours(24);
  CreditSwitchHistory h = Make(absl::Hours(24), absl::ZeroDuration());
  TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
  const auto on = h.RequestOn(on_at, kAgent, "agent-7");
  TENOR_REQUIRE_OK(on);
  CHECK(on->effective_at == effective);
  CHECK(on->changed);

  CHECK_FALSE(h.IsCreditOn(on_at));
  CHECK_FALSE(h.IsCreditOn(effective - absl::Nanoseconds(1)));
  CHECK(h.StateAt(on_at).pending_on_at == effective);
  CHECK(h.IsCreditOn(effective));  // on at exactly request + delay
  CHECK(h.StateAt(effective).since == effective);

  SECTION("a repeated switch-on neither postpones nor advances it") {
    const auto again = h.RequestOn(on_at + absl::Hours(2), kAgent, "agent-8");
    TENOR_REQUIRE_OK(again);
    CHECK_FALSE(again->changed);
    CHECK(again->effective_at == effective);
    CHECK(h.IsCreditOn(effective));
    CHECK(h.StateAt(on_at + absl::Hours(3)).pending_on_at == effective);
  }
  SECTION("an event after the switch-on took effect sees credit on") {
    const auto again = h.RequestOn(effective, kAgent, "agent-8");
    TENOR_REQUIRE_OK(again);
    CHECK_FALSE(again->changed);
    CHECK(again->effective_at == effective);
  }
}

TEST_CASE("credit switch: a later switch-off cancels a pending switch-on",
          "[switch][s6]") {
  const absl::Time on_at = At(2026, 3, 10, 12);
  const absl::Time pending = At(2026, 3, 13, 12);
  CreditSwitchHistory h = Make(absl::Hours(72), absl::ZeroDuration());
  TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 10, 10), kApp, "customer-42"));
  TENOR_REQUIRE_OK(h.RequestOn(on_at, kAgent, "agent-7"));

  SECTION("off before the switch-on's instant") {
    const auto off = h.RequestOff(At(2026, 3, 11, 9), kApp, "customer-42");
    TENOR_REQUIRE_OK(off);
    CHECK(off->changed);
    CHECK(off->cancelled_pending_on_at == pending);
    CHECK(off->show_debt_support);
    for (const absl::Time t : {pending, pending + absl::Hours(1),
                               At(2030, 1, 1, 0), absl::InfiniteFuture()}) {
      const CreditSwitchState s = h.StateAt(t);
      CHECK_FALSE(s.credit_on);
      CHECK(s.since == At(2026, 3, 10, 10));
      CHECK_FALSE(s.pending_on_at.has_value());
    }
    // As known before the later off, the switch-on was pending.
    CHECK(h.StateAt(At(2026, 3, 11, 8)).pending_on_at == pending);
  }
  SECTION(
      "off at exactly the switch-on's instant: the off, recorded after it, "
      "wins") {
    const auto off = h.RequestOff(pending, kApp, "customer-42");
    TENOR_REQUIRE_OK(off);
    CHECK(off->cancelled_pending_on_at == pending);
    const CreditSwitchState s = h.StateAt(pending);
    CHECK_FALSE(s.credit_on);
    CHECK(s.since == At(2026, 3, 10, 10));  // never observably on
    CHECK_FALSE(h.IsCreditOn(absl::InfiniteFuture()));
  }
  SECTION("off after the switch-on took effect: an ordinary switch-off") {
    const auto off =
        h.RequestOff(pending + absl::Seconds(1), kApp, "customer-42");
    TENOR_REQUIRE_OK(off);
    CHECK(off->changed);
    CHECK_FALSE(off->cancelled_pending_on_at.has_value());
    CHECK(h.IsCreditOn(pending));
    CHECK_FALSE(h.IsCreditOn(pending + absl::Seconds(1)));
  }
  SECTION("a new switch-on after the cancelling off starts its own delay") {
    TENOR_REQUIRE_OK(h.RequestOff(At(2026, 3, 11, 9), kApp, "customer-42"));
    const auto on = h.RequestOn(At(2026, 3, 12, 9), kAgent, "agent-7");
    TENOR_REQUIRE_OK(on);
    CHECK(on->effective_at == At(2026, 3, 15, 9));
    CHECK_FALSE(h.IsCreditOn(pending));
    CHECK_FALSE(h.IsCreditOn(At(2026, 3, 15, 9) - absl::Nanoseconds(1)));
    CHECK(h.IsCreditOn(At(2026, 3, 15, 9)));
  }
}

TEST_CASE(
    "credit switch: an event older than the last one is InvalidArgument, "
    "equal instants apply in recorded order",
    "[switch][s6]") {
  const absl::Time t = At(2026, 3, 10, 10);
  CreditSwitchHistory h;
  TENOR_REQUIRE_OK(h.RequestOff(t, kApp, "customer-42"));
  RequireRefusedUnchanged(
      h,
      [t](CreditSwitchHistory& x) {
        return x.RequestOff(t - absl::Nanoseconds(1), kApp, "customer-42");
      },
      absl::StatusCode::kInvalidArgument, "earlier than the last recorded");
  RequireRefusedUnchanged(
      h,
      [t](CreditSwitchHistory& x) {
        return x.RequestOn(t - absl::Hours(1), kAgent, "agent-7");
      },
      absl::StatusCode::kInvalidArgument, "append-only");

  // Equal instants: allowed, applied in the order recorded.
  const auto on = h.RequestOn(t, kAgent, "agent-7");
  TENOR_REQUIRE_OK(on);
  CHECK(on->changed);
  CHECK(h.IsCreditOn(t));  // off then on, both at t: on
  // Never observably off at t, so on since the beginning.
  CHECK(h.StateAt(t).since == absl::InfinitePast());
  TENOR_REQUIRE_OK(h.RequestOff(t, kApp, "customer-42"));
  CHECK_FALSE(h.IsCreditOn(t));  // ... then off again at t: off
  CHECK(h.StateAt(t).since == t);
  CHECK(h.events().size() == 3);
}

TEST_CASE("credit switch: infinite or absurd instants are InvalidArgument",
          "[switch][s6]") {
  CreditSwitchHistory h;
  const absl::Time absurd[] = {absl::InfinitePast(),
                               absl::InfiniteFuture(),
                               tenor::kMinSwitchInstant - absl::Nanoseconds(1),
                               tenor::kMaxSwitchInstant,
                               At(10000, 1, 1, 0),
                               At(0, 12, 31, 23),
                               At(-5000, 1, 1, 0)};
  for (const absl::Time t : absurd) {
    RequireRefusedUnchanged(
        h, [t](CreditSwitchHistory& x) { return x.RequestOff(t, kApp, "c"); },
        absl::StatusCode::kInvalidArgument, "outside the supported range");
    RequireRefusedUnchanged(
        h, [t](CreditSwitchHistory& x) { return x.RequestOn(t, kAgent, "a"); },
        absl::StatusCode::kInvalidArgument, "outside the supported range");
  }
  // The bounds themselves.
  CHECK(tenor::kMinSwitchInstant == At(1, 1, 1, 0));
  CHECK(tenor::kMaxSwitchInstant == At(10000, 1, 1, 0));
  TENOR_REQUIRE_OK(h.RequestOff(tenor::kMinSwitchInstant, kApp, "c"));
  TENOR_REQUIRE_OK(h.RequestOn(tenor::kMaxSwitchInstant - absl::Nanoseconds(1),
                               kAgent, "a"));
  // Out-of-enum channels (e.g. a corrupt stored value) are malformed too.
  RequireRefusedUnchanged(
      h,
      [](CreditSwitchHistory& x) {
        return x.RequestOff(tenor::kMaxSwitchInstant - absl::Nanoseconds(1),
                            static_cast<Channel>(7), "c");
      },
      absl::StatusCode::kInvalidArgument, "channel 7");
}

TEST_CASE("credit switch: policy durations are zero to 100 years",
          "[switch][s6]") {
  auto policy = [](absl::Duration delay, absl::Duration min_off) {
    CreditSwitchPolicy p;
    p.re_enable_delay = delay;
    p.min_off_period = min_off;
    return p;
  };
  TENOR_REQUIRE_OK(tenor::ValidatePolicy(CreditSwitchPolicy{}));
  TENOR_REQUIRE_OK(tenor::ValidatePolicy(policy(
      tenor::kMaxSwitchPolicyDuration, tenor::kMaxSwitchPolicyDuration)));
  TENOR_REQUIRE_FAILS(CreditSwitchHistory::Create(
                          policy(-absl::Seconds(1), absl::ZeroDuration())),
                      absl::StatusCode::kInvalidArgument, "re_enable_delay");
  TENOR_REQUIRE_FAILS(CreditSwitchHistory::Create(
                          policy(absl::ZeroDuration(), -absl::Hours(1))),
                      absl::StatusCode::kInvalidArgument, "min_off_period");
  TENOR_REQUIRE_FAILS(CreditSwitchHistory::Create(policy(
                          absl::InfiniteDuration(), absl::ZeroDuration())),
                      absl::StatusCode::kInvalidArgument, "longer than");
  TENOR_REQUIRE_FAILS(
      CreditSwitchHistory::Create(
          policy(absl::ZeroDuration(),
                 tenor::kMaxSwitchPolicyDuration + absl::Nanoseconds(1))),
      absl::StatusCode::kInvalidArgument, "min_off_period");
  TENOR_REQUIRE_FAILS(CreditSwitchHistory::FromEvents(
                          {}, policy(-absl::Seconds(1), absl::ZeroDuration())),
                      absl::StatusCode::kInvalidArgument, "re_enable_delay");
  // The longest delay from the last supported instant stays finite.
  CreditSwitchHistory h =
      Make(tenor::kMaxSwitchPolicyDuration, absl::ZeroDuration());
  TENOR_REQUIRE_OK(h.RequestOff(At(9999, 1, 1, 0), kApp, "c"));
  const auto on = h.RequestOn(At(9999, 12, 31, 0), kAgent, "a");
  TENOR_REQUIRE_OK(on);
  CHECK(on->effective_at ==
        At(9999, 12, 31, 0) + tenor::kMaxSwitchPolicyDuration);
  CHECK(on->effective_at < absl::InfiniteFuture());
  CHECK(h.IsCreditOn(absl::InfiniteFuture()));
}

TEST_CASE("credit switch: loading events validates every one, all or nothing",
          "[switch][s6]") {
  CreditSwitchPolicy policy;
  policy.re_enable_delay = absl::Hours(72);
  policy.min_off_period = absl::Hours(1);
  const std::vector<CreditSwitchEvent> stored = {
      {At(2026, 3, 10, 10), SwitchAction::kOff, kApp, "customer-42"},
      {At(2026, 3, 10, 12), SwitchAction::kOn, kAgent, "agent-7"},
      {At(2026, 3, 11, 12), SwitchAction::kOff, kAgent, "agent-8"},
      {At(2026, 3, 11, 12), SwitchAction::kOff, kApp, "customer-42"},
      {At(2026, 3, 12, 12), SwitchAction::kOn, kAgent, "agent-7"},
  };
  const auto loaded = CreditSwitchHistory::FromEvents(stored, policy);
  TENOR_REQUIRE_OK(loaded);
  CHECK(EventsOf(*loaded) == stored);
  CHECK(loaded->policy().re_enable_delay == absl::Hours(72));

  // The same history built request by request is equal to it.
  CreditSwitchHistory live = *CreditSwitchHistory::Create(policy);
  TENOR_REQUIRE_OK(live.RequestOff(stored[0].instant, kApp, "customer-42"));
  TENOR_REQUIRE_OK(live.RequestOn(stored[1].instant, kAgent, "agent-7"));
  TENOR_REQUIRE_OK(live.RequestOff(stored[2].instant, kAgent, "agent-8"));
  TENOR_REQUIRE_OK(live.RequestOff(stored[3].instant, kApp, "customer-42"));
  TENOR_REQUIRE_OK(live.RequestOn(stored[4].instant, kAgent, "agent-7"));
  CHECK(live == *loaded);
  CHECK_FALSE(loaded->IsCreditOn(At(2026, 3, 13, 12)));  // cancelled
  CHECK_FALSE(loaded->IsCreditOn(At(2026, 3, 15, 11, 59, 59)));
  CHECK(loaded->IsCreditOn(At(2026, 3, 15, 12)));

  struct Corruption {
    CreditSwitchEvent event;
    absl::StatusCode code;
    const char* fragment;
  };
  const Corruption corruptions[] = {
      {{At(2026, 3, 10, 11), SwitchAction::kOn, kApp, "customer-42"},
       absl::StatusCode::kPermissionDenied,
       "event 1: "},
      {{At(2026, 3, 10, 11), SwitchAction::kOn, kAgent, ""},
       absl::StatusCode::kInvalidArgument,
       "event 1: "},
      {{At(2026, 3, 10, 10, 30), SwitchAction::kOn, kAgent, "agent-7"},
       absl::StatusCode::kFailedPrecondition,
       "event 1: "},
      {{At(2026, 3, 10, 9), SwitchAction::kOff, kApp, "customer-42"},
       absl::StatusCode::kInvalidArgument,
       "event 1: "},
      {{absl::InfiniteFuture(), SwitchAction::kOff, kApp, "customer-42"},
       absl::StatusCode::kInvalidArgument,
       "event 1: "},
      {{At(2026, 3, 10, 11), SwitchAction::kOn, static_cast<Channel>(3),
        "agent-7"},
       absl::StatusCode::kInvalidArgument,
       "event 1: "},
      {{At(2026, 3, 10, 11), static_cast<SwitchAction>(9), kAgent, "agent-7"},
       absl::StatusCode::kInvalidArgument,
       "action 9"},
  };
  for (const Corruption& c : corruptions) {
    // One bad event between valid ones fails the whole load.
    const std::vector<CreditSwitchEvent> bad = {stored[0], c.event, stored[4]};
    const auto refused = CreditSwitchHistory::FromEvents(bad, policy);
    TENOR_REQUIRE_FAILS(refused, c.code, c.fragment);
  }
}

TEST_CASE("credit switch: action and channel names round-trip",
          "[switch][s6]") {
  for (const SwitchAction a : {SwitchAction::kOff, SwitchAction::kOn}) {
    CHECK(*tenor::ParseSwitchAction(tenor::SwitchActionName(a)) == a);
  }
  for (const Channel c : {kApp, kAgent}) {
    CHECK(*tenor::ParseChannel(tenor::ChannelName(c)) == c);
  }
  CHECK(tenor::SwitchActionName(SwitchAction::kOff) == "off");
  CHECK(tenor::ChannelName(kAgent) == "customer_service");
  CHECK(tenor::ChannelName(static_cast<Channel>(5)) == "unknown");
  TENOR_REQUIRE_FAILS(tenor::ParseSwitchAction("OFF"),
                      absl::StatusCode::kInvalidArgument, "expected off or on");
  TENOR_REQUIRE_FAILS(tenor::ParseChannel("app"),
                      absl::StatusCode::kInvalidArgument, "self_service");
}

TEST_CASE("credit switch: concurrent const reads agree", "[switch][s6]") {
  CreditSwitchHistory h = Make(absl::Hours(3), absl::Minutes(30));
  absl::Time t = At(2026, 3, 10, 0);
  for (int i = 0; i < 60; ++i) {
    t += absl::Minutes(37 + (i % 7) * 29);
    if (i % 2 == 0) {
      TENOR_REQUIRE_OK(h.RequestOff(t, kApp, "customer-42"));
    } else {
      TENOR_REQUIRE_OK(h.RequestOn(t, kAgent, "agent-7"));
    }
  }
  std::vector<absl::Time> probes;
  std::vector<CreditSwitchState> expected;
  for (absl::Time p = At(2026, 3, 9, 23); p < t + absl::Hours(6);
       p += absl::Minutes(11)) {
    probes.push_back(p);
    expected.push_back(h.StateAt(p));
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&] {
      for (int round = 0; round < 20; ++round) {
        for (size_t i = 0; i < probes.size(); ++i) {
          if (h.StateAt(probes[i]) != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  CHECK(mismatches.load() == 0);
}

// ---------------------------------------------------------------------------
// Property: 10,000 random request sequences against an independent model.
//
// The model is §6 read literally, on whole seconds: a request is accepted or
// refused by checking the rules in order; credit at x is the action of the
// last accepted event (in recorded order) whose effective instant (off: its
// instant; on: instant + delay) is <= x, and on if there is none. `since` is
// the last instant <= x at which that function changed; the pending switch-on
// at x is the first instant after x at which the function computed from the
// events requested at or before x turns on.
// ---------------------------------------------------------------------------

struct ModelEvent {
  int64_t t;
  bool on;
};

struct Model {
  int64_t delay;
  int64_t min_off;
  std::vector<ModelEvent> events;

  int64_t Effective(const ModelEvent& e) const {
    return e.on ? e.t + delay : e.t;
  }

  absl::StatusCode Check(bool finite, int64_t t, bool on, Channel channel,
                         const std::string& actor) const {
    if (!finite) return absl::StatusCode::kInvalidArgument;
    if (!events.empty() && t < events.back().t) {
      return absl::StatusCode::kInvalidArgument;
    }
    if (actor.find_first_not_of(" \t\n\r\f\v") == std::string::npos) {
      return absl::StatusCode::kInvalidArgument;
    }
    if (on && channel == Channel::kSelfService) {
      return absl::StatusCode::kPermissionDenied;
    }
    if (on) {
      for (size_t i = events.size(); i-- > 0;) {
        if (!events[i].on) {
          if (t < events[i].t + min_off) {
            return absl::StatusCode::kFailedPrecondition;
          }
          break;
        }
      }
    }
    return absl::StatusCode::kOk;
  }

  // Credit at x from the first `prefix` events.
  bool OnAt(int64_t x, size_t prefix) const {
    bool on = true;
    for (size_t i = 0; i < prefix; ++i) {
      if (Effective(events[i]) <= x) on = events[i].on;
    }
    return on;
  }

  size_t PrefixAt(int64_t x) const {
    size_t n = 0;
    while (n < events.size() && events[n].t <= x) ++n;
    return n;
  }

  std::vector<int64_t> Candidates() const {
    std::vector<int64_t> c;
    for (const ModelEvent& e : events) c.push_back(Effective(e));
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    return c;
  }
};

struct Expected {
  bool on;
  std::optional<int64_t> since;  // nullopt: since the beginning
  std::optional<int64_t> pending;
  std::optional<int64_t> last_off;
};

Expected ModelState(const Model& m, const std::vector<int64_t>& candidates,
                    int64_t x) {
  Expected e;
  const size_t all = m.events.size();
  e.on = m.OnAt(x, all);
  for (const int64_t c : candidates) {
    if (c > x) break;
    if (m.OnAt(c, all) != m.OnAt(c - 1, all)) e.since = c;
  }
  const size_t prefix = m.PrefixAt(x);
  if (!e.on) {
    for (const int64_t c : candidates) {
      if (c > x && m.OnAt(c, prefix)) {
        e.pending = c;
        break;
      }
    }
  }
  for (size_t i = 0; i < prefix; ++i) {
    if (!m.events[i].on) e.last_off = m.events[i].t;
  }
  return e;
}

TEST_CASE("credit switch: property over 10,000 random request sequences",
          "[switch][s6][property]") {
  std::mt19937_64 rng(20260310);
  auto uniform = [&rng](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  const absl::Time base = At(2026, 3, 10, 10);
  auto instant = [base](int64_t s) { return base + absl::Seconds(s); };

  std::vector<std::string> failures;
  auto fail = [&failures](std::string what) {
    if (failures.size() < 10) failures.push_back(std::move(what));
  };
  int64_t accepted_total = 0;
  int64_t refused_total = 0;
  int64_t state_checks = 0;

  for (int seq = 0; seq < 10000; ++seq) {
    // Policies and steps on one scale per sequence, so that delays, minimum
    // off periods and the gaps between requests interleave.
    const int64_t scale =
        std::vector<int64_t>{1, 60, 3600}[static_cast<size_t>(uniform(0, 2))];
    Model m;
    m.delay = uniform(0, 3) == 0 ? 0 : uniform(0, 6) * scale;
    m.min_off = uniform(0, 2) == 0 ? 0 : uniform(0, 6) * scale;
    CreditSwitchHistory h =
        Make(absl::Seconds(m.delay), absl::Seconds(m.min_off));
    const std::string label = absl::StrCat(
        "sequence ", seq, " (delay ", m.delay, "s, min off ", m.min_off, "s)");

    int64_t t = 0;
    const int64_t requests = uniform(1, 12);
    for (int64_t r = 0; r < requests; ++r) {
      // Mostly forward in time; sometimes the same instant, sometimes back,
      // sometimes infinite or past year 9999.
      const int64_t kind = uniform(0, 99);
      bool finite = true;
      absl::Time when;
      int64_t proposed = t;
      if (kind < 3) {
        finite = false;
        when =
            uniform(0, 1) == 0 ? absl::InfinitePast() : absl::InfiniteFuture();
      } else if (kind < 5) {
        finite = false;
        when = At(10000, 1, 1, 0) + absl::Seconds(uniform(0, 1000));
      } else {
        if (kind < 25) {
          proposed = t;
        } else if (kind < 32) {
          proposed = t - uniform(1, 3) * scale;
        } else {
          proposed = t + uniform(1, 5) * scale;
        }
        when = instant(proposed);
      }
      const bool on = uniform(0, 1) == 1;
      const int64_t c = uniform(0, 9);
      const Channel channel =
          on ? (c < 2 ? kApp : kAgent) : (c < 5 ? kApp : kAgent);
      const int64_t a = uniform(0, 19);
      const std::string actor =
          a == 0   ? ""
          : a == 1 ? "  "
                   : (channel == kApp ? "customer-1" : "agent-1");

      const absl::StatusCode want =
          m.Check(finite, proposed, on, channel, actor);
      const CreditSwitchHistory before = h;
      const absl::Status got =
          on ? tenor_test::StatusOf(h.RequestOn(when, channel, actor))
             : tenor_test::StatusOf(h.RequestOff(when, channel, actor));
      if (got.code() != want) {
        fail(absl::StrCat(label, ", request ", r, ": expected code ",
                          static_cast<int>(want), ", got ", got.ToString()));
      }
      if (got.ok()) {
        ++accepted_total;
        m.events.push_back({proposed, on});
        t = proposed;
        if (h.events().size() != before.events().size() + 1) {
          fail(absl::StrCat(label, ": accepted request not appended"));
        }
      } else {
        ++refused_total;
        if (!(h == before)) {
          fail(absl::StrCat(label, ", request ", r,
                            ": a refused request changed the history"));
        }
      }
    }

    // State at every interesting instant equals the model.
    const std::vector<int64_t> candidates = m.Candidates();
    std::vector<int64_t> probes;
    for (const ModelEvent& e : m.events) {
      for (const int64_t p : {e.t - 1, e.t, e.t + 1, m.Effective(e) - 1,
                              m.Effective(e), m.Effective(e) + 1}) {
        probes.push_back(p);
      }
    }
    probes.push_back(uniform(-10, 80) * scale);
    for (const int64_t x : probes) {
      ++state_checks;
      const Expected e = ModelState(m, candidates, x);
      const CreditSwitchState s = h.StateAt(instant(x));
      const bool same =
          s.credit_on == e.on && h.IsCreditOn(instant(x)) == e.on &&
          s.since == (e.since ? instant(*e.since) : absl::InfinitePast()) &&
          s.pending_on_at ==
              (e.pending ? std::optional<absl::Time>(instant(*e.pending))
                         : std::nullopt) &&
          s.last_off_at ==
              (e.last_off ? std::optional<absl::Time>(instant(*e.last_off))
                          : std::nullopt);
      if (!same) {
        fail(absl::StrCat(label, ": state at +", x,
                          "s differs from the model"
                          " (credit_on ",
                          s.credit_on, " vs ", e.on, ")"));
      }
    }
    const bool final_on =
        m.OnAt(std::numeric_limits<int64_t>::max() / 2, m.events.size());
    if (h.IsCreditOn(absl::InfiniteFuture()) != final_on ||
        !h.IsCreditOn(absl::InfinitePast())) {
      fail(absl::StrCat(label, ": state at an infinite instant is wrong"));
    }

    // After every accepted off at t, credit is off on [t, E), E = the
    // effective instant of the next accepted switch-on (or forever).
    for (size_t i = 0; i < m.events.size(); ++i) {
      if (m.events[i].on) continue;
      const int64_t off_t = m.events[i].t;
      std::optional<int64_t> until;
      for (size_t j = i + 1; j < m.events.size(); ++j) {
        if (m.events[j].on) {
          until = m.Effective(m.events[j]);
          break;
        }
      }
      const int64_t end = until ? *until : off_t + 100 * scale;
      std::vector<int64_t> inside = {off_t, end - 1};
      for (const int64_t c : candidates) {
        if (c >= off_t && c < end) inside.push_back(c);
      }
      for (const int64_t x : inside) {
        if (x < off_t || x >= end) continue;
        if (h.IsCreditOn(instant(x))) {
          fail(absl::StrCat(label, ": credit on at +", x,
                            "s after the switch-off at +", off_t, "s"));
        }
        if (h.IsCreditOn(instant(x) + absl::Nanoseconds(999999999))) {
          fail(absl::StrCat(label, ": credit on just after +", x, "s"));
        }
      }
      if (!until && h.IsCreditOn(absl::InfiniteFuture())) {
        fail(absl::StrCat(label, ": credit on forever after a final off"));
      }
    }

    // A stored copy loads back to the same history.
    const auto reloaded =
        CreditSwitchHistory::FromEvents(h.events(), h.policy());
    if (!reloaded.ok() || !(*reloaded == h)) {
      fail(absl::StrCat(label, ": FromEvents(events()) differs"));
    }
  }

  INFO("accepted " << accepted_total << ", refused " << refused_total
                   << ", state checks " << state_checks);
  CHECK(failures.empty());
  for (const std::string& f : failures) CHECK(f == std::string());
  // The generator exercises both outcomes in volume.
  CHECK(accepted_total > 30000);
  CHECK(refused_total > 10000);
}

}  // namespace
