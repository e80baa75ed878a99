// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The credit switch (credit-rules §6). Every rule lives in
// CreditSwitchHistory::Append(), which both the live requests and the
// database load go through, so a stored history can never hold an event the
// live API would have refused.

#include "tenor/credit_switch/credit_switch.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"

TENOR_BEGIN_NAMESPACE

namespace {

// UTC needs no time-zone database (§3: the library never reads one).
std::string FormatInstant(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E*SZ", t, absl::UTCTimeZone());
}

bool IsKnownChannel(Channel channel) {
  return channel == Channel::kSelfService ||
         channel == Channel::kCustomerService;
}

bool IsKnownAction(SwitchAction action) {
  return action == SwitchAction::kOff || action == SwitchAction::kOn;
}

// An id of only spaces is as good as no id: nobody could be traced from it.
bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  });
}

absl::Status CheckPolicyDuration(std::string_view field, absl::Duration d) {
  if (d < absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("credit switch policy %s: %s is negative", field,
                        absl::FormatDuration(d)));
  }
  if (d > kMaxSwitchPolicyDuration) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit switch policy %s: %s is longer than the supported maximum %s",
        field, absl::FormatDuration(d),
        absl::FormatDuration(kMaxSwitchPolicyDuration)));
  }
  return absl::OkStatus();
}

template <typename T>
void ReserveOneMore(std::vector<T>& v) {
  if (v.size() == v.capacity()) v.reserve(v.size() < 4 ? 4 : 2 * v.size());
}

absl::Status Prefixed(const absl::Status& status, size_t index) {
  return absl::Status(status.code(),
                      absl::StrFormat("stored event %d: %s", index,
                                      std::string(status.message())));
}

}  // namespace

std::string_view SwitchActionName(SwitchAction action) {
  switch (action) {
    case SwitchAction::kOff:
      return "off";
    case SwitchAction::kOn:
      return "on";
  }
  return "unknown";
}

std::string_view ChannelName(Channel channel) {
  switch (channel) {
    case Channel::kSelfService:
      return "self_service";
    case Channel::kCustomerService:
      return "customer_service";
  }
  return "unknown";
}

absl::StatusOr<SwitchAction> ParseSwitchAction(std::string_view name) {
  if (name == "off") return SwitchAction::kOff;
  if (name == "on") return SwitchAction::kOn;
  return absl::InvalidArgumentError(
      absl::StrFormat("credit switch action \"%s\": expected off or on", name));
}

absl::StatusOr<Channel> ParseChannel(std::string_view name) {
  if (name == "self_service") return Channel::kSelfService;
  if (name == "customer_service") return Channel::kCustomerService;
  return absl::InvalidArgumentError(
      absl::StrFormat("credit switch channel \"%s\": expected self_service or "
                      "customer_service",
                      name));
}

absl::Status ValidatePolicy(const CreditSwitchPolicy& policy) {
  absl::Status s =
      CheckPolicyDuration("re_enable_delay", policy.re_enable_delay);
  if (!s.ok()) return s;
  return CheckPolicyDuration("min_off_period", policy.min_off_period);
}

absl::StatusOr<CreditSwitchHistory> CreditSwitchHistory::Create(
    const CreditSwitchPolicy& policy) {
  absl::Status s = ValidatePolicy(policy);
  if (!s.ok()) return s;
  CreditSwitchHistory history;
  history.policy_ = policy;
  return history;
}

absl::StatusOr<CreditSwitchHistory> CreditSwitchHistory::FromEvents(
    absl::Span<const CreditSwitchEvent> events,
    const CreditSwitchPolicy& policy) {
  absl::StatusOr<CreditSwitchHistory> history = Create(policy);
  if (!history.ok()) return history.status();
  history->events_.reserve(events.size());
  history->after_.reserve(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const CreditSwitchEvent& e = events[i];
    if (!IsKnownAction(e.action)) {
      return Prefixed(
          absl::InvalidArgumentError(absl::StrFormat(
              "action %d is not off or on", static_cast<int>(e.action))),
          i);
    }
    absl::StatusOr<Applied> applied =
        history->Append(e.instant, e.action, e.channel, e.actor);
    if (!applied.ok()) return Prefixed(applied.status(), i);
  }
  return history;
}

absl::StatusOr<SwitchOffResult> CreditSwitchHistory::RequestOff(
    absl::Time instant, Channel channel, std::string_view actor) {
  absl::StatusOr<Applied> applied =
      Append(instant, SwitchAction::kOff, channel, actor);
  if (!applied.ok()) return applied.status();
  const Snapshot& before = applied->before;
  SwitchOffResult result;
  result.effective_at = instant;
  result.changed = before.on || before.has_pending;
  // A switch-on due at this very instant is cancelled too: the off is
  // recorded after it, so credit is never observably on at that instant.
  const Snapshot& stored = applied->stored;
  if (stored.has_pending && stored.pending_on_at >= instant) {
    result.cancelled_pending_on_at = stored.pending_on_at;
  }
  result.show_debt_support = true;
  return result;
}

absl::StatusOr<SwitchOnResult> CreditSwitchHistory::RequestOn(
    absl::Time instant, Channel channel, std::string_view actor) {
  absl::StatusOr<Applied> applied =
      Append(instant, SwitchAction::kOn, channel, actor);
  if (!applied.ok()) return applied.status();
  const Snapshot& before = applied->before;
  SwitchOnResult result;
  if (before.on) {
    result.effective_at = instant;
    result.changed = false;
  } else if (before.has_pending) {
    result.effective_at = before.pending_on_at;
    result.changed = false;
  } else {
    result.effective_at = applied->after.pending_on_at;
    result.changed = true;
  }
  return result;
}

absl::StatusOr<CreditSwitchHistory::Applied> CreditSwitchHistory::Append(
    absl::Time instant, SwitchAction action, Channel channel,
    std::string_view actor) {
  const bool is_on = action == SwitchAction::kOn;
  const std::string_view verb = is_on ? "switch-on" : "switch-off";

  // Malformed requests first (InvalidArgument whatever the state), then who
  // may ask (PermissionDenied), then the state (FailedPrecondition).
  if (!(instant >= kMinSwitchInstant && instant < kMaxSwitchInstant)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit switch %s instant %s: outside the supported range "
        "0001-01-01T00:00:00Z up to (excluding) 10000-01-01T00:00:00Z",
        verb, FormatInstant(instant)));
  }
  if (!events_.empty() && instant < events_.back().instant) {
    // §6: the history is append-only. Equal instants are allowed and apply
    // in recorded order.
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit switch %s instant %s: earlier than the last recorded event "
        "at %s; the history is append-only",
        verb, FormatInstant(instant), FormatInstant(events_.back().instant)));
  }
  if (!IsKnownChannel(channel)) {
    return absl::InvalidArgumentError(
        absl::StrFormat("credit switch %s channel %d: not self_service or "
                        "customer_service",
                        verb, static_cast<int>(channel)));
  }
  if (IsBlank(actor)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "credit switch %s actor: the %s is empty or blank", verb,
        channel == Channel::kSelfService ? "customer id" : "agent id"));
  }

  const Snapshot stored = after_.empty() ? Snapshot{} : after_.back();
  const Snapshot before = SettleAt(stored, instant);
  Snapshot after = before;
  if (is_on) {
    // §6: only a person at customer service may switch credit back on.
    if (channel == Channel::kSelfService) {
      return absl::PermissionDeniedError(
          "credit switch switch-on channel: credit can only be switched on "
          "through customer service, not self-service");
    }
    if (before.has_off) {
      const absl::Time allowed_from =
          before.last_off_at + policy_.min_off_period;
      if (instant < allowed_from) {
        return absl::FailedPreconditionError(absl::StrFormat(
            "credit switch switch-on at %s: inside the minimum off period "
            "of %s after the switch-off at %s; allowed from %s",
            FormatInstant(instant),
            absl::FormatDuration(policy_.min_off_period),
            FormatInstant(before.last_off_at), FormatInstant(allowed_from)));
      }
    }
    // Already on, or a switch-on already pending: recorded, changes nothing
    // (a repeated request never moves the pending instant).
    if (!before.on && !before.has_pending) {
      // Stays pending until SettleAt() reaches it, even with a zero delay.
      after.has_pending = true;
      after.pending_on_at = instant + policy_.re_enable_delay;
    }
  } else {
    // Off is effective at once and wins over a pending switch-on.
    if (after.on) Transition(after, false, instant);
    after.has_pending = false;
    after.has_off = true;
    after.last_off_at = instant;
  }

  // Make room first (geometrically, so that appending stays amortised
  // O(1)) so that the two appends below cannot fail half-way.
  CreditSwitchEvent event{instant, action, channel, std::string(actor)};
  ReserveOneMore(events_);
  ReserveOneMore(after_);
  events_.push_back(std::move(event));
  after_.push_back(after);
  return Applied{stored, before, after};
}

CreditSwitchHistory::Snapshot CreditSwitchHistory::SettleAt(
    Snapshot s, absl::Time at) noexcept {
  if (s.has_pending && s.pending_on_at <= at) {
    s.has_pending = false;
    Transition(s, true, s.pending_on_at);
  }
  return s;
}

void CreditSwitchHistory::Transition(Snapshot& s, bool on,
                                     absl::Time at) noexcept {
  s.on = on;
  if (s.since == at) {
    // The run being left began at this very instant, so it was never
    // observable: the run before it simply continues. (That run began
    // strictly earlier, so its own predecessor is never needed again.)
    s.since = s.prev_since;
    s.prev_since = absl::InfinitePast();
  } else {
    s.prev_since = s.since;
    s.since = at;
  }
}

bool CreditSwitchHistory::IsCreditOn(absl::Time at) const noexcept {
  // StateAt(at).credit_on without building the state: the same prefix
  // search, then SettleAt()'s test for a pending switch-on that has taken
  // effect by `at` (which turns credit on; nothing else changes the flag).
  size_t n = events_.size();
  if (n == 0) return true;
  if (at < events_.back().instant) {
    const auto it = std::upper_bound(
        events_.begin(), events_.end(), at,
        [](absl::Time t, const CreditSwitchEvent& e) { return t < e.instant; });
    n = static_cast<size_t>(it - events_.begin());
    if (n == 0) return true;
  }
  const Snapshot& s = after_[n - 1];
  return s.on || (s.has_pending && s.pending_on_at <= at);
}

CreditSwitchState CreditSwitchHistory::StateAt(absl::Time at) const noexcept {
  // The events requested at or before `at` are a prefix (instants never
  // decrease). The usual question is about "now", at or after the last
  // event, so that case skips the search.
  size_t n = events_.size();
  if (n == 0) return CreditSwitchState{};
  if (at < events_.back().instant) {
    const auto it = std::upper_bound(
        events_.begin(), events_.end(), at,
        [](absl::Time t, const CreditSwitchEvent& e) { return t < e.instant; });
    n = static_cast<size_t>(it - events_.begin());
    if (n == 0) return CreditSwitchState{};
  }
  const Snapshot s = SettleAt(after_[n - 1], at);
  CreditSwitchState state;
  state.credit_on = s.on;
  state.since = s.since;
  if (s.has_pending) state.pending_on_at = s.pending_on_at;
  if (s.has_off) state.last_off_at = s.last_off_at;
  return state;
}

TENOR_END_NAMESPACE
