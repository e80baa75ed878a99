// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: credit_switch/credit_switch.h
// -----------------------------------------------------------------------------
//
// The customer's credit switch (credit-rules §6) lets a customer turn credit
// off, to protect themselves from debt. While it is off, no new credit may be
// offered or originated. This header holds the switch's append-only history
// and the one way to ask it "may this customer be given new credit at
// instant t?".
//
// The rules, in short (docs/credit-switch.md has them in full, with a worked
// timeline):
//
//   * Credit is ON until switched off. Every change is an event: an instant,
//     an action (off / on), a channel (self-service app, customer service)
//     and an actor (a customer id or an agent id).
//   * OFF is allowed at any time through any channel and is effective at its
//     instant. It also cancels a switch-on that is still waiting to take
//     effect: a pending switch-on never re-enables credit after a later off.
//     Switching off an already-off customer is recorded and changes nothing
//     else. The result always asks the host app to show debt-support
//     resources.
//   * ON only through customer service with a non-empty agent id. A
//     self-service request to switch credit on is PermissionDenied.
//   * Policy: a re-enable delay (an accepted switch-on takes effect that long
//     after it was requested) and a minimum off period (a switch-on requested
//     earlier than that after the last switch-off is FailedPrecondition).
//     Both default to zero.
//   * The history is append-only and ordered by request instant: an event
//     older than the last one is refused. Events at the same instant are
//     allowed and apply in the order they were recorded.
//   * A refused request returns its Status and leaves the history exactly as
//     it was.
//   * Off blocks NEW credit only; agreements made while credit was on carry
//     on unchanged (that is for the checkout and ledger layers to honour).
//
// Queries (`StateAt()`, `IsCreditOn()`) are cheap: a binary search over the
// events, no heap allocation. A history is a value: concurrent const use is
// safe, it has no caches and no globals.
//
// Example:
//
//   const absl::TimeZone utc = absl::UTCTimeZone();
//   tenor::CreditSwitchPolicy policy;
//   policy.re_enable_delay = absl::Hours(72);
//   tenor::CreditSwitchHistory history =
//       *tenor::CreditSwitchHistory::Create(policy);
//   absl::StatusOr<tenor::SwitchOffResult> off = history.RequestOff(
//       absl::FromCivil(absl::CivilSecond(2026, 3, 10, 10, 0, 0), utc),
//       tenor::Channel::kSelfService, "customer-42");
//   // off->show_debt_support == true: show the debt-support resources.
//   absl::StatusOr<tenor::SwitchOnResult> on = history.RequestOn(
//       absl::FromCivil(absl::CivilSecond(2026, 3, 10, 12, 0, 0), utc),
//       tenor::Channel::kCustomerService, "agent-7");
//   // on->effective_at == 2026-03-13 12:00 UTC
//   history.IsCreditOn(absl::FromCivil(absl::CivilSecond(2026, 3, 12, 9, 0, 0),
//                                      utc));   // false: still off

#ifndef TENOR_CREDIT_SWITCH_CREDIT_SWITCH_H_
#define TENOR_CREDIT_SWITCH_CREDIT_SWITCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/types/span.h"

#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// SwitchAction
//
// What an event asks for.
enum class SwitchAction {
  kOff,  // "off": no new credit from the event's instant on
  kOn,   // "on": new credit allowed again (after the re-enable delay)
};

// Channel
//
// Where a request came from. Only customer service may switch credit on
// (§6): a switch-on needs a person who can check that the customer means it.
enum class Channel {
  kSelfService,      // "self_service": the customer, in the app
  kCustomerService,  // "customer_service": an agent, on the customer's behalf
};

// SwitchActionName(), ChannelName()
//
// The lower-case names above ("off", "on", "self_service",
// "customer_service"), for storage and display. An out-of-range value gives
// "unknown".
std::string_view SwitchActionName(SwitchAction action);
std::string_view ChannelName(Channel channel);

// ParseSwitchAction(), ParseChannel()
//
// The inverse of the names above, exactly (case-sensitive).
//
// Errors: InvalidArgument for any other text.
[[nodiscard]] absl::StatusOr<SwitchAction> ParseSwitchAction(
    std::string_view name);
[[nodiscard]] absl::StatusOr<Channel> ParseChannel(std::string_view name);

// kMinSwitchInstant, kMaxSwitchInstant
//
// The instants a switch event may carry: 0001-01-01T00:00:00Z up to, but not
// including, 10000-01-01T00:00:00Z, the same years the calendar layer
// supports. Anything outside (absl::InfinitePast(), absl::InfiniteFuture(), a
// corrupt database value) is InvalidArgument, never silently clamped.
inline constexpr absl::Time kMinSwitchInstant =
    absl::FromUnixSeconds(-62135596800);  // 0001-01-01T00:00:00Z
inline constexpr absl::Time kMaxSwitchInstant =
    absl::FromUnixSeconds(253402300800);  // 10000-01-01T00:00:00Z (excluded)

// kMaxSwitchPolicyDuration
//
// The longest re-enable delay or minimum off period a policy may set: 100
// years of 366 days. Longer (or infinite) settings are refused rather than
// accepted as "never": a customer who may never switch credit back on is a
// policy decision this library does not take silently.
inline constexpr absl::Duration kMaxSwitchPolicyDuration =
    absl::Hours(int64_t{24} * 366 * 100);

// CreditSwitchPolicy
//
// The lender's settings (§6). Both default to zero and every combination is
// supported.
struct CreditSwitchPolicy {
  // An accepted switch-on takes effect this long after it was requested;
  // until then credit stays off. Consumer groups suggest 24 to 72 hours: a
  // cooling-off period against switching on in a moment of need.
  absl::Duration re_enable_delay = absl::ZeroDuration();

  // A switch-on requested earlier than this after the last switch-off is
  // refused (FailedPrecondition). Requested exactly this long after it is
  // allowed. Gambling self-exclusion uses 6 months.
  absl::Duration min_off_period = absl::ZeroDuration();
};

// ValidatePolicy()
//
// Errors: InvalidArgument naming the field if a duration is negative,
// infinite or longer than kMaxSwitchPolicyDuration.
[[nodiscard]] absl::Status ValidatePolicy(const CreditSwitchPolicy& policy);

// CreditSwitchEvent
//
// One recorded request. `instant` is when it was requested; for a switch-off
// that is also when it takes effect, for a switch-on it takes effect
// `re_enable_delay` later. `actor` is the customer id (self-service) or the
// agent id (customer service).
struct CreditSwitchEvent {
  absl::Time instant;
  SwitchAction action = SwitchAction::kOff;
  Channel channel = Channel::kSelfService;
  std::string actor;

  friend bool operator==(const CreditSwitchEvent& a,
                         const CreditSwitchEvent& b) {
    return a.instant == b.instant && a.action == b.action &&
           a.channel == b.channel && a.actor == b.actor;
  }
  friend bool operator!=(const CreditSwitchEvent& a,
                         const CreditSwitchEvent& b) {
    return !(a == b);
  }
};

// CreditSwitchState
//
// The switch at an instant, as `StateAt()` describes it.
struct CreditSwitchState {
  // May new credit be offered or originated at the instant?
  bool credit_on = true;

  // Credit has been continuously `credit_on` from `since` up to the instant
  // asked about: the instant of the switch-off that turned credit off, or the
  // instant a switch-on took effect. absl::InfinitePast() if credit has been
  // on since the beginning. A change undone at the same instant (an off and
  // an on recorded at one instant with no re-enable delay) is no change: at
  // that instant credit was never observably off.
  absl::Time since = absl::InfinitePast();

  // Set only while credit is off and an accepted switch-on is waiting for the
  // re-enable delay: the instant it will take effect unless credit is
  // switched off again before then. This is the history as known at the
  // instant asked about; a later switch-off cancels it.
  std::optional<absl::Time> pending_on_at;

  // The instant of the last switch-off requested at or before the instant
  // asked about (the minimum off period counts from here), if any.
  std::optional<absl::Time> last_off_at;

  friend bool operator==(const CreditSwitchState& a,
                         const CreditSwitchState& b) {
    return a.credit_on == b.credit_on && a.since == b.since &&
           a.pending_on_at == b.pending_on_at && a.last_off_at == b.last_off_at;
  }
  friend bool operator!=(const CreditSwitchState& a,
                         const CreditSwitchState& b) {
    return !(a == b);
  }
};

// SwitchOffResult
//
// What an accepted switch-off did.
struct SwitchOffResult {
  // The request's instant: a switch-off is effective at once.
  absl::Time effective_at;

  // False when credit was already off with nothing pending: the event is
  // recorded and nothing else changes (the minimum off period still counts
  // from this latest switch-off).
  bool changed = false;

  // The switch-on this switch-off cancelled, if one was pending (including
  // one due at this very instant: the off, recorded after it, wins): it will
  // never re-enable credit.
  std::optional<absl::Time> cancelled_pending_on_at;

  // Always true. The host app must show the customer debt-support resources
  // whenever they switch credit off (§6), even when it was already off.
  bool show_debt_support = true;
};

// SwitchOnResult
//
// What an accepted switch-on did.
struct SwitchOnResult {
  // When credit is (or will be) on, unless switched off before then: the
  // request's instant plus the re-enable delay. For a switch-on that changed
  // nothing: the request's instant if credit was already on, else the
  // instant of the switch-on already pending.
  absl::Time effective_at;

  // False when credit was already on, or a switch-on was already pending (an
  // agent repeating a switch-on never postpones nor advances it).
  bool changed = false;
};

// CreditSwitchHistory
//
// One customer's append-only switch history under one policy. A value type:
// copy it, compare it, read it from several threads at once. Recording
// (`RequestOff()`, `RequestOn()`) is the only mutation; a refused request
// leaves it unchanged.
class CreditSwitchHistory {
 public:
  // An empty history (credit on) under the default policy (both zero).
  CreditSwitchHistory() = default;

  // Create()
  //
  // An empty history under `policy`.
  //
  // Errors: as ValidatePolicy().
  [[nodiscard]] static absl::StatusOr<CreditSwitchHistory> Create(
      const CreditSwitchPolicy& policy);

  // FromEvents()
  //
  // Rebuilds a history from stored events (e.g. loaded from a database),
  // applying each with exactly the rules of RequestOff()/RequestOn(), in the
  // given order. All or nothing: the first event that would be refused fails
  // the whole load, with a message naming its index.
  //
  // Errors: as ValidatePolicy(); as RequestOff()/RequestOn() for each event;
  // InvalidArgument for an action or channel outside its enum.
  [[nodiscard]] static absl::StatusOr<CreditSwitchHistory> FromEvents(
      absl::Span<const CreditSwitchEvent> events,
      const CreditSwitchPolicy& policy = CreditSwitchPolicy{});

  // RequestOff()
  //
  // Switches credit off at `instant` through `channel`, requested by `actor`
  // (the customer id for self-service, the agent id for customer service).
  // Effective at `instant`; cancels a pending switch-on.
  //
  // Errors, checked in this order (the first that applies is returned):
  //   InvalidArgument: `instant` is not in [kMinSwitchInstant,
  //     kMaxSwitchInstant) (infinite, absurd);
  //   InvalidArgument: `instant` is earlier than the last recorded event;
  //   InvalidArgument: `channel` is not a Channel enumerator;
  //   InvalidArgument: `actor` is empty or only whitespace.
  [[nodiscard]] absl::StatusOr<SwitchOffResult> RequestOff(
      absl::Time instant, Channel channel, std::string_view actor);

  // RequestOn()
  //
  // Switches credit back on, requested at `instant` by agent `actor` through
  // customer service. Takes effect at `instant + policy().re_enable_delay`
  // (see SwitchOnResult::effective_at); until then credit stays off, and a
  // switch-off before then cancels it.
  //
  // Errors, checked in this order (the first that applies is returned):
  //   InvalidArgument: `instant` is not in [kMinSwitchInstant,
  //     kMaxSwitchInstant);
  //   InvalidArgument: `instant` is earlier than the last recorded event;
  //   InvalidArgument: `channel` is not a Channel enumerator;
  //   InvalidArgument: `actor` is empty or only whitespace;
  //   PermissionDenied: `channel` is Channel::kSelfService;
  //   FailedPrecondition: `instant` is earlier than the last switch-off plus
  //     policy().min_off_period.
  [[nodiscard]] absl::StatusOr<SwitchOnResult> RequestOn(
      absl::Time instant, Channel channel, std::string_view actor);

  // StateAt()
  //
  // The switch at `at`, derived from the events requested at or before `at`
  // in recorded order (later events cannot change whether credit was on at
  // `at`: every event takes effect at or after its own instant). Any `at` is
  // accepted, including the infinite ones. O(log n), no heap allocation.
  CreditSwitchState StateAt(absl::Time at) const noexcept;

  // IsCreditOn()
  //
  // StateAt(at).credit_on: may new credit be offered or originated at `at`?
  // The checkout asks this when it builds offers and again at acceptance.
  // Cheaper than StateAt(): it settles only the on/off flag.
  bool IsCreditOn(absl::Time at) const noexcept;

  // events()
  //
  // Every recorded event, in recorded order (non-decreasing instants).
  absl::Span<const CreditSwitchEvent> events() const { return events_; }

  const CreditSwitchPolicy& policy() const { return policy_; }

  // Two histories are equal if they have the same policy and events.
  friend bool operator==(const CreditSwitchHistory& a,
                         const CreditSwitchHistory& b) {
    return a.policy_.re_enable_delay == b.policy_.re_enable_delay &&
           a.policy_.min_off_period == b.policy_.min_off_period &&
           a.events_ == b.events_;
  }
  friend bool operator!=(const CreditSwitchHistory& a,
                         const CreditSwitchHistory& b) {
    return !(a == b);
  }

 private:
  // The switch right after an event, kept alongside each event so that a
  // query is one binary search. Derived entirely from `events_` and
  // `policy_`; never stored elsewhere.
  // Explicit flags rather than infinite sentinels: StateAt() accepts
  // absl::InfiniteFuture(), and "pending at infinity <= infinity" must never
  // read as a switch-on in effect.
  struct Snapshot {
    bool on = true;
    bool has_pending = false;
    bool has_off = false;
    absl::Time since = absl::InfinitePast();
    absl::Time prev_since = absl::InfinitePast();  // the run before
    absl::Time pending_on_at;                      // if has_pending
    absl::Time last_off_at;                        // if has_off
  };

  // Validates a request against the history; on success appends it and
  // returns the snapshots around it: as last stored, brought forward to the
  // request's instant, and after the request.
  struct Applied {
    Snapshot stored;
    Snapshot before;
    Snapshot after;
  };
  absl::StatusOr<Applied> Append(absl::Time instant, SwitchAction action,
                                 Channel channel, std::string_view actor);

  // `s` brought forward to `at`: a pending switch-on whose instant has come
  // is now in effect.
  static Snapshot SettleAt(Snapshot s, absl::Time at) noexcept;

  // Switches `s` to `on` at `at`, keeping `since` the start of the run.
  static void Transition(Snapshot& s, bool on, absl::Time at) noexcept;

  CreditSwitchPolicy policy_;
  std::vector<CreditSwitchEvent> events_;
  std::vector<Snapshot> after_;  // after_[i]: the switch right after events_[i]
};

TENOR_END_NAMESPACE

#endif  // TENOR_CREDIT_SWITCH_CREDIT_SWITCH_H_
