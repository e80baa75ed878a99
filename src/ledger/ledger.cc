// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The repayment ledger (credit-rules §8).
//
// The transactions are the only stored facts. The allocation is a *replay*:
// an engine walks the transactions in (value date, recording order) and keeps
// per instalment what is owed and what is paid by component, plus the money
// in hand (the credit balance). Late fees are synthetic events at
// due date + grace days + 1, processed after every transaction of that day.
//
// The ledger keeps the engine's state after every recorded transaction (all
// transactions, late-fee events strictly before the latest value date). A
// transaction whose value date is on or after that date continues the replay
// (the incremental path); anything else, and every reversal, replays from
// scratch. Both paths run the same engine code, so they cannot disagree;
// Replayed() and the tests prove it anyway.
//
// Money is fungible inside the engine. AllocationsAsOf() runs the same engine
// with a tracker that attributes each allocated unit to the payment it came
// from (the NullTracker of the hot path compiles to nothing).

#include "tenor/ledger/ledger.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"
#include "tenor/internal/string_view.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// Every amount the ledger holds is bounded by the schedule's total payable
// plus every recorded amount; keeping that sum below 2^62 means no sum or
// difference the engine forms can overflow int64.
inline constexpr int64_t kMaxLedgerTotal = int64_t{1} << 62;

// One instalment inside the engine. paid <= owed for every component.
struct Slot {
  int64_t fee_owed = 0;
  int64_t fee_paid = 0;
  int64_t interest_owed = 0;
  int64_t interest_paid = 0;
  int64_t principal_owed = 0;
  int64_t principal_paid = 0;
  // How much of the scheduled interest + principal refunds removed.
  int64_t refunded = 0;

  int64_t paid() const { return fee_paid + interest_paid + principal_paid; }
  int64_t outstanding() const {
    return (fee_owed - fee_paid) + (interest_owed - interest_paid) +
           (principal_owed - principal_paid);
  }

  friend bool operator==(const Slot& a, const Slot& b) {
    return a.fee_owed == b.fee_owed && a.fee_paid == b.fee_paid &&
           a.interest_owed == b.interest_owed &&
           a.interest_paid == b.interest_paid &&
           a.principal_owed == b.principal_owed &&
           a.principal_paid == b.principal_paid && a.refunded == b.refunded;
  }
};

// The engine's state. `frontier` is the first slot with anything
// outstanding (slots.size() when none): payments go there. Allocation is
// oldest first, so no slot after the frontier has been paid anything: the
// frontier only moves back when a fee lands on the last slot of a fully paid
// ledger. `refund_cursor` is one past the last slot with interest or
// principal still owed: refunds take from there backwards. Both are
// functions of `slots`, so two states with equal slots compare equal.
struct EngineState {
  std::vector<Slot> slots;
  std::size_t frontier = 0;
  std::size_t refund_cursor = 0;
  // The next slot whose late-fee event (due + grace + 1) is still to come.
  std::size_t next_fee_event = 0;
  int64_t received = 0;
  int64_t reversed = 0;
  int64_t allocated = 0;
  int64_t credit = 0;
  int64_t fees = 0;
  int64_t late_fees = 0;
  int late_fee_count = 0;
  int64_t refunds = 0;

  friend bool operator==(const EngineState& a, const EngineState& b) {
    return a.slots == b.slots && a.frontier == b.frontier &&
           a.refund_cursor == b.refund_cursor &&
           a.next_fee_event == b.next_fee_event && a.received == b.received &&
           a.reversed == b.reversed && a.allocated == b.allocated &&
           a.credit == b.credit && a.fees == b.fees &&
           a.late_fees == b.late_fees &&
           a.late_fee_count == b.late_fee_count && a.refunds == b.refunds;
  }
};

// The §8 invariants and the engine's own, for the debug checks.
bool LedgerInvariantsHold(const EngineState& s, int64_t total_payable) {
  if (s.received - s.reversed != s.allocated + s.credit) return false;
  if (s.credit < 0 || s.reversed < 0 || s.reversed > s.received) return false;
  int64_t outstanding = 0;
  int64_t allocated = 0;
  int64_t fees = 0;
  int64_t refunded = 0;
  std::size_t first_outstanding = s.slots.size();
  for (std::size_t i = 0; i < s.slots.size(); ++i) {
    const Slot& x = s.slots[i];
    if (x.fee_paid < 0 || x.fee_paid > x.fee_owed || x.interest_paid < 0 ||
        x.interest_paid > x.interest_owed || x.principal_paid < 0 ||
        x.principal_paid > x.principal_owed || x.interest_owed < 0 ||
        x.principal_owed < 0) {
      return false;
    }
    if (x.outstanding() > 0 && first_outstanding == s.slots.size()) {
      first_outstanding = i;
    }
    // Oldest first: nothing is paid after the first slot still owing.
    if (i > first_outstanding && x.paid() != 0) return false;
    outstanding += x.outstanding();
    allocated += x.paid();
    fees += x.fee_owed;
    refunded += x.refunded;
  }
  if (first_outstanding != s.frontier) return false;
  if (allocated != s.allocated || fees != s.fees || refunded != s.refunds) {
    return false;
  }
  if (outstanding != total_payable + s.fees - s.refunds - s.allocated) {
    return false;
  }
  // Money in hand is never idle while something is owed.
  return s.credit == 0 || outstanding == 0;
}

namespace {

enum class Component { kFee, kInterest, kPrincipal };

// The hot path's tracker: every hook is empty and inlined away.
struct NullTracker {
  void PaymentIn(int64_t /*sequence*/, int64_t /*amount*/) {}
  void Allocate(std::size_t /*slot*/, Component /*c*/, int64_t /*amount*/) {}
  void Release(std::size_t /*slot*/, Component /*c*/, int64_t /*amount*/) {}
};

// Attributes money to payments: money in hand is a FIFO of (payment, amount)
// chunks; allocation takes from its front, a refund's release gives the
// instalment's latest allocations back to its end.
class AllocationTracker {
 public:
  explicit AllocationTracker(std::size_t slots) : per_slot_(slots) {}

  void PaymentIn(int64_t sequence, int64_t amount) {
    pool_.push_back(Chunk{sequence, amount});
  }

  void Allocate(std::size_t slot, Component c, int64_t amount) {
    std::vector<Allocation>& list = per_slot_[slot];
    while (amount > 0) {
      assert(!pool_.empty());
      Chunk& front = pool_.front();
      const int64_t take = std::min(amount, front.amount);
      if (list.empty() || list.back().payment_sequence != front.sequence) {
        Allocation a;
        a.payment_sequence = front.sequence;
        a.instalment = static_cast<int>(slot) + 1;
        list.push_back(a);
      }
      Field(list.back(), c) += take;
      front.amount -= take;
      amount -= take;
      if (front.amount == 0) pool_.pop_front();
    }
  }

  void Release(std::size_t slot, Component c, int64_t amount) {
    std::vector<Allocation>& list = per_slot_[slot];
    for (auto it = list.rbegin(); amount > 0 && it != list.rend(); ++it) {
      int64_t& field = Field(*it, c);
      const int64_t take = std::min(amount, field);
      if (take == 0) continue;
      field -= take;
      amount -= take;
      pool_.push_back(Chunk{it->payment_sequence, take});
    }
    assert(amount == 0);
  }

  std::vector<Allocation> Finish() const {
    std::vector<Allocation> out;
    for (const std::vector<Allocation>& list : per_slot_) {
      for (const Allocation& a : list) {
        if (a.total() != 0) out.push_back(a);
      }
    }
    return out;
  }

 private:
  struct Chunk {
    int64_t sequence;
    int64_t amount;
  };

  static int64_t& Field(Allocation& a, Component c) {
    switch (c) {
      case Component::kFee:
        return a.fees;
      case Component::kInterest:
        return a.interest;
      case Component::kPrincipal:
        break;
    }
    return a.principal;
  }

  std::deque<Chunk> pool_;
  std::vector<std::vector<Allocation>> per_slot_;
};

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  });
}

// floor(amount * percent / 100) without forming the product (amount < 2^62).
int64_t PercentOf(int64_t amount, int percent) {
  return (amount / 100) * percent + (amount % 100) * percent / 100;
}

}  // namespace

class LedgerImpl {
 public:
  LedgerImpl(const Schedule& schedule, const LedgerOptions& options)
      : schedule_(schedule), options_(options) {
    const absl::Span<const Instalment> rows = schedule_.instalments();
    fee_event_dates_.reserve(rows.size());
    initial_.slots.reserve(rows.size());
    for (const Instalment& row : rows) {
      fee_event_dates_.push_back(row.due_date + options_.grace_days + 1);
      Slot slot;
      slot.interest_owed = row.interest;
      slot.principal_owed = row.principal;
      initial_.slots.push_back(slot);
    }
    // One transaction per instalment is the common life of an agreement:
    // reserve for it so that recording them allocates nothing more.
    transactions_.reserve(rows.size());
    reversal_of_.reserve(rows.size());
    order_.reserve(rows.size());
    ids_.reserve(rows.size());
    initial_.refund_cursor = initial_.slots.size();
    NormalizeRefundCursor(initial_);
    NullTracker none;
    Settle(initial_, none);
    total_payable_ = schedule_.total_payable().minor_units();
    if (options_.late_fees.has_value()) {
      const LateFeePolicy& p = *options_.late_fees;
      const int64_t order = schedule_.amount_of_credit().minor_units();
      late_fee_cap_ = PercentOf(order, p.max_total_percent);
      late_fees_apply_ = order >= p.minimum_order && p.max_fees > 0 &&
                         late_fee_cap_ > 0;
    }
    gross_ = total_payable_ + late_fee_cap_;
    state_ = initial_;
  }

  const Schedule& schedule() const { return schedule_; }
  const LedgerOptions& options() const { return options_; }
  const std::vector<Transaction>& transactions() const {
    return transactions_;
  }
  const std::optional<absl::CivilDay>& horizon() const { return horizon_; }
  int64_t total_payable() const { return total_payable_; }

  const Transaction* Find(std::string_view id) const {
    auto it = ids_.find(ToAbsl(id));
    if (it == ids_.end()) return nullptr;
    return &transactions_[static_cast<std::size_t>(it->second)];
  }

  const Transaction* FindReversal(std::string_view payment_id) const {
    auto it = ids_.find(ToAbsl(payment_id));
    if (it == ids_.end()) return nullptr;
    const int64_t r = reversal_of_[static_cast<std::size_t>(it->second)];
    return r < 0 ? nullptr : &transactions_[static_cast<std::size_t>(r)];
  }

  absl::StatusOr<RecordResult> Record(TransactionKind kind,
                                      std::string_view id, Money amount,
                                      absl::CivilDay value_date,
                                      std::optional<absl::CivilDay> recorded);
  absl::StatusOr<RecordResult> RecordReversal(
      std::string_view payment_id, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded);

  Statement StatementAsOf(absl::CivilDay as_of) const;
  ArrearsStatus ArrearsAsOf(absl::CivilDay as_of) const;
  Statement StatementAsKnownOn(absl::CivilDay known_on,
                               absl::CivilDay as_of) const;
  ArrearsStatus ArrearsAsKnownOn(absl::CivilDay known_on,
                                 absl::CivilDay as_of) const;
  const std::optional<absl::CivilDay>& latest_recorded() const {
    return latest_recorded_;
  }
  std::vector<Allocation> AllocationsAsOf(absl::CivilDay as_of) const;

  // Recomputes the incremental state from scratch.
  void Rebuild() {
    state_ = initial_;
    if (horizon_.has_value()) {
      NullTracker none;
      Replay(*horizon_, *horizon_, std::nullopt, state_, none);
    }
    assert(LedgerInvariantsHold(state_, total_payable_));
  }

  friend bool operator==(const LedgerImpl& a, const LedgerImpl& b) {
    // ids_ and initial_ are functions of the rest.
    return a.schedule_ == b.schedule_ && a.options_ == b.options_ &&
           a.transactions_ == b.transactions_ &&
           a.reversal_of_ == b.reversal_of_ && a.order_ == b.order_ &&
           a.horizon_ == b.horizon_ && a.state_ == b.state_;
  }

 private:
  // ---- The engine -------------------------------------------------------

  // Pays what `credit` can of one component of slot `i`.
  template <typename Tracker>
  static void PayComponent(EngineState& s, Tracker& t, std::size_t i,
                           Component c, int64_t owed, int64_t& paid) {
    const int64_t take = std::min(s.credit, owed - paid);
    if (take <= 0) return;
    paid += take;
    s.credit -= take;
    s.allocated += take;
    t.Allocate(i, c, take);
  }

  // Applies money in hand to the oldest instalment with anything
  // outstanding; within it fees, then interest, then principal (§8). Also
  // moves the frontier past slots with nothing outstanding.
  template <typename Tracker>
  static void Settle(EngineState& s, Tracker& t) {
    const std::size_t n = s.slots.size();
    while (s.frontier < n) {
      Slot& x = s.slots[s.frontier];
      if (s.credit > 0) {
        PayComponent(s, t, s.frontier, Component::kFee, x.fee_owed,
                     x.fee_paid);
        PayComponent(s, t, s.frontier, Component::kInterest, x.interest_owed,
                     x.interest_paid);
        PayComponent(s, t, s.frontier, Component::kPrincipal,
                     x.principal_owed, x.principal_paid);
      }
      if (x.outstanding() != 0) break;
      ++s.frontier;
    }
  }

  static void NormalizeRefundCursor(EngineState& s) {
    while (s.refund_cursor > 0) {
      const Slot& x = s.slots[s.refund_cursor - 1];
      if (x.interest_owed != 0 || x.principal_owed != 0) break;
      --s.refund_cursor;
    }
  }

  template <typename Tracker>
  static void ApplyPayment(EngineState& s, Tracker& t, int64_t sequence,
                           int64_t amount) {
    s.received += amount;
    s.credit += amount;
    t.PaymentIn(sequence, amount);
    Settle(s, t);
  }

  // A payment whose reversal is in view: counted as received and reversed,
  // allocated nowhere, as if it had never happened.
  static void ApplyReversedPayment(EngineState& s, int64_t amount) {
    s.received += amount;
    s.reversed += amount;
  }

  // A fee goes to the oldest instalment with something outstanding, else to
  // the last one; money in hand pays it at once.
  template <typename Tracker>
  static void ApplyFee(EngineState& s, Tracker& t, int64_t amount) {
    const std::size_t n = s.slots.size();
    const std::size_t i = s.frontier < n ? s.frontier : n - 1;
    s.slots[i].fee_owed += amount;
    s.fees += amount;
    s.frontier = std::min(s.frontier, i);
    Settle(s, t);
  }

  // Takes `cut` of one component's owed amount away; what was already paid
  // against the part taken away goes back to money in hand.
  template <typename Tracker>
  static void Cut(EngineState& s, Tracker& t, std::size_t i, Component c,
                  int64_t& owed, int64_t& paid, int64_t& left) {
    Slot& x = s.slots[i];
    const int64_t cut = std::min(left, owed);
    owed -= cut;
    x.refunded += cut;
    left -= cut;
    if (paid > owed) {
      const int64_t release = paid - owed;
      paid = owed;
      s.allocated -= release;
      s.credit += release;
      t.Release(i, c, release);
    }
  }

  // A merchant refund reduces what is owed starting from the last
  // instalment, principal before interest; fees are the lender's and stay.
  // Recording guarantees refunds never exceed the total payable.
  template <typename Tracker>
  static void ApplyRefund(EngineState& s, Tracker& t, int64_t amount) {
    s.refunds += amount;
    int64_t left = amount;
    while (left > 0) {
      assert(s.refund_cursor > 0);
      if (s.refund_cursor == 0) break;
      const std::size_t i = s.refund_cursor - 1;
      Slot& x = s.slots[i];
      Cut(s, t, i, Component::kPrincipal, x.principal_owed, x.principal_paid,
          left);
      Cut(s, t, i, Component::kInterest, x.interest_owed, x.interest_paid,
          left);
      NormalizeRefundCursor(s);
    }
    Settle(s, t);
  }

  // Late-fee events with a date before `bound` (§8's optional policy): an
  // instalment still owing something on the day it becomes missed gets the
  // fee, within the policy's count and total caps.
  void LateFeesBefore(EngineState& s, absl::CivilDay bound) const {
    if (!late_fees_apply_) return;
    const LateFeePolicy& p = *options_.late_fees;
    const std::size_t n = s.slots.size();
    while (s.next_fee_event < n && fee_event_dates_[s.next_fee_event] < bound) {
      const std::size_t i = s.next_fee_event++;
      Slot& x = s.slots[i];
      if (x.outstanding() == 0 || s.late_fee_count >= p.max_fees ||
          s.late_fees >= late_fee_cap_) {
        continue;
      }
      // Money in hand is never idle while something is owed, so there is
      // none to pay the fee with, and the frontier is at or before `i`.
      assert(s.credit == 0 && s.frontier <= i);
      const int64_t fee = std::min(p.fee, late_fee_cap_ - s.late_fees);
      x.fee_owed += fee;
      s.fees += fee;
      s.late_fees += fee;
      ++s.late_fee_count;
    }
  }

  // True if payment `index` is reversed by a reversal in view.
  bool ReversedInView(std::size_t index, absl::CivilDay through,
                      const std::optional<absl::CivilDay>& known_on) const {
    const int64_t r = reversal_of_[index];
    if (r < 0) return false;
    const Transaction& rev = transactions_[static_cast<std::size_t>(r)];
    return rev.value_date <= through &&
           (!known_on.has_value() || rev.recorded_date <= *known_on);
  }

  template <typename Tracker>
  void Apply(EngineState& s, Tracker& t, std::size_t index,
             absl::CivilDay through,
             const std::optional<absl::CivilDay>& known_on) const {
    const Transaction& tx = transactions_[index];
    switch (tx.kind) {
      case TransactionKind::kPayment:
        if (ReversedInView(index, through, known_on)) {
          ApplyReversedPayment(s, tx.amount);
        } else {
          ApplyPayment(s, t, tx.sequence, tx.amount);
        }
        break;
      case TransactionKind::kReversal:
        // Its effect is the payment's exclusion above.
        break;
      case TransactionKind::kRefund:
        ApplyRefund(s, t, tx.amount);
        break;
      case TransactionKind::kFee:
        ApplyFee(s, t, tx.amount);
        break;
    }
  }

  // Replays into `s` (which must be the initial state) every transaction
  // with a value date up to `through` (and, when `known_on` is set, recorded
  // by then: the "as known on" view of §10), then the late-fee events before
  // `fee_bound`.
  template <typename Tracker>
  void Replay(absl::CivilDay through, absl::CivilDay fee_bound,
              const std::optional<absl::CivilDay>& known_on, EngineState& s,
              Tracker& t) const {
    for (const int64_t seq : order_) {
      const std::size_t index = static_cast<std::size_t>(seq);
      const Transaction& tx = transactions_[index];
      if (tx.value_date > through) break;
      if (known_on.has_value() && tx.recorded_date > *known_on) continue;
      LateFeesBefore(s, tx.value_date);
      Apply(s, t, index, through, known_on);
    }
    LateFeesBefore(s, fee_bound);
  }

  // The engine state as of `as_of`: the incremental state when nothing
  // recorded is later, else a replay.
  EngineState StateAsOf(absl::CivilDay as_of) const {
    EngineState s;
    if (!horizon_.has_value() || as_of >= *horizon_) {
      s = state_;
      LateFeesBefore(s, as_of + 1);
    } else {
      s = initial_;
      NullTracker none;
      Replay(as_of, as_of + 1, std::nullopt, s, none);
    }
    assert(LedgerInvariantsHold(s, total_payable_));
    return s;
  }

  // The engine state as of `as_of` as known on `known_on` (§10): the same
  // replay restricted to the transactions recorded by then.
  EngineState StateAsKnownOn(absl::CivilDay known_on,
                             absl::CivilDay as_of) const {
    if (!latest_recorded_.has_value() || known_on >= *latest_recorded_) {
      return StateAsOf(as_of);
    }
    EngineState s = initial_;
    NullTracker none;
    Replay(as_of, as_of + 1, known_on, s, none);
    assert(LedgerInvariantsHold(s, total_payable_));
    return s;
  }

  Statement StatementFrom(const EngineState& s, absl::CivilDay as_of) const;
  ArrearsStatus ArrearsFrom(const EngineState& s, absl::CivilDay as_of) const;

  // ---- Recording --------------------------------------------------------

  absl::Status CheckId(std::string_view what, std::string_view id) const;
  absl::StatusOr<absl::CivilDay> CheckDates(
      std::string_view what, std::string_view id, absl::CivilDay value_date,
      std::optional<absl::CivilDay> recorded) const;

  // Appends a validated transaction and brings the state up to date.
  int64_t Append(TransactionKind kind, std::string id, int64_t amount,
                 absl::CivilDay value_date, absl::CivilDay recorded_date);

  Schedule schedule_;
  LedgerOptions options_;
  // The due date + grace days + 1 of each instalment: non-decreasing.
  std::vector<absl::CivilDay> fee_event_dates_;
  bool late_fees_apply_ = false;
  int64_t late_fee_cap_ = 0;
  int64_t total_payable_ = 0;
  // total payable + late-fee cap + every recorded amount: < kMaxLedgerTotal.
  int64_t gross_ = 0;
  int64_t refund_total_ = 0;

  std::vector<Transaction> transactions_;
  // Per transaction: the sequence of the reversal of this payment, or -1.
  std::vector<int64_t> reversal_of_;
  // Sequences sorted by (value date, sequence): the replay order.
  std::vector<int64_t> order_;
  // Payment, refund and fee ids -> sequence.
  absl::flat_hash_map<std::string, int64_t> ids_;
  // The latest value date recorded.
  std::optional<absl::CivilDay> horizon_;
  // The latest recorded date (derived from transactions_).
  std::optional<absl::CivilDay> latest_recorded_;

  // The engine before any transaction, and after all of them (late-fee
  // events before the horizon included).
  EngineState initial_;
  EngineState state_;
};

absl::Status LedgerImpl::CheckId(std::string_view what,
                                 std::string_view id) const {
  if (id.empty() || IsBlank(id)) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s id: \"%s\" is empty", what, id));
  }
  if (id.size() > kMaxTransactionIdLength) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s id: %d bytes is longer than the maximum %d", what, id.size(),
        kMaxTransactionIdLength));
  }
  return absl::OkStatus();
}

absl::StatusOr<absl::CivilDay> LedgerImpl::CheckDates(
    std::string_view what, std::string_view id, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded) const {
  if (!IsSupportedDate(value_date)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s \"%s\" value_date: %s is outside 0001-01-01..9999-12-31", what, id,
        FormatDate(value_date)));
  }
  const absl::CivilDay recorded_date = recorded.value_or(value_date);
  if (!IsSupportedDate(recorded_date)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s \"%s\" recorded_date: %s is outside 0001-01-01..9999-12-31", what,
        id, FormatDate(recorded_date)));
  }
  if (recorded_date < value_date) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s \"%s\" recorded_date: %s is before the value date %s (money is "
        "recorded after it moves)",
        what, id, FormatDate(recorded_date), FormatDate(value_date)));
  }
  return recorded_date;
}

int64_t LedgerImpl::Append(TransactionKind kind, std::string id,
                           int64_t amount, absl::CivilDay value_date,
                           absl::CivilDay recorded_date) {
  const int64_t seq = static_cast<int64_t>(transactions_.size());
  Transaction tx;
  tx.kind = kind;
  tx.id = std::move(id);
  tx.amount = amount;
  tx.value_date = value_date;
  tx.recorded_date = recorded_date;
  tx.sequence = seq;
  transactions_.push_back(std::move(tx));
  reversal_of_.push_back(-1);
  if (!latest_recorded_.has_value() || recorded_date > *latest_recorded_) {
    latest_recorded_ = recorded_date;
  }
  const bool in_order = !horizon_.has_value() || value_date >= *horizon_;
  if (in_order) {
    order_.push_back(seq);
  } else {
    // After every transaction with a value date up to this one: ties go by
    // recording order, and this is the latest recorded.
    auto pos = std::upper_bound(
        order_.begin(), order_.end(), value_date,
        [this](absl::CivilDay v, int64_t s) {
          return v < transactions_[static_cast<std::size_t>(s)].value_date;
        });
    order_.insert(pos, seq);
  }
  if (in_order && kind != TransactionKind::kReversal) {
    // The common case: continue the replay where it stands.
    NullTracker none;
    LateFeesBefore(state_, value_date);
    horizon_ = value_date;
    Apply(state_, none, static_cast<std::size_t>(seq), value_date,
          std::nullopt);
  } else {
    if (!horizon_.has_value() || value_date > *horizon_) {
      horizon_ = value_date;
    }
    if (kind != TransactionKind::kReversal) Rebuild();
  }
  return seq;
}

absl::StatusOr<RecordResult> LedgerImpl::Record(
    TransactionKind kind, std::string_view id, Money amount,
    absl::CivilDay value_date, std::optional<absl::CivilDay> recorded) {
  const std::string_view what = TransactionKindName(kind);
  if (absl::Status s = CheckId(what, id); !s.ok()) return s;
  if (amount.currency() != schedule_.currency()) {
    return CurrencyMismatch(absl::StrFormat("%s \"%s\" amount", what, id),
                            amount.currency(), schedule_.currency());
  }
  if (!amount.is_positive()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s \"%s\" amount: %s is not positive", what, id,
                        amount.ToString()));
  }
  absl::StatusOr<absl::CivilDay> recorded_date =
      CheckDates(what, id, value_date, recorded);
  if (!recorded_date.ok()) return recorded_date.status();

  const int64_t units = amount.minor_units();
  // One hash operation on the hot path: the id is claimed here and released
  // again if a later check refuses the transaction (the index is derived
  // data, so the ledger is then exactly as before).
  const int64_t next = static_cast<int64_t>(transactions_.size());
  auto [slot, inserted] = ids_.try_emplace(std::string(id), next);
  if (!inserted) {
    const Transaction& old =
        transactions_[static_cast<std::size_t>(slot->second)];
    if (old.kind == kind && old.amount == units &&
        old.value_date == value_date) {
      return RecordResult{RecordOutcome::kDuplicate, old.sequence};
    }
    const int exponent = schedule_.currency().exponent();
    return absl::AlreadyExistsError(absl::StrFormat(
        "%s \"%s\": the id is already recorded as a %s of %s with value date "
        "%s (#%d); refusing a %s of %s with value date %s",
        what, id, TransactionKindName(old.kind),
        FormatMinorUnits(old.amount, exponent), FormatDate(old.value_date),
        old.sequence, what, amount.ToString(), FormatDate(value_date)));
  }
  if (kind == TransactionKind::kRefund &&
      units > total_payable_ - refund_total_) {
    ids_.erase(slot);
    const int exponent = schedule_.currency().exponent();
    return absl::OutOfRangeError(absl::StrFormat(
        "refund \"%s\" amount: %s would take refunds to more than the total "
        "payable %s (already refunded %s)",
        id, amount.ToString(), FormatMinorUnits(total_payable_, exponent),
        FormatMinorUnits(refund_total_, exponent)));
  }
  if (units > kMaxLedgerTotal - gross_) {
    ids_.erase(slot);
    return absl::OutOfRangeError(absl::StrFormat(
        "%s \"%s\" amount: %s would take the ledger's amounts past 2^62 minor "
        "units",
        what, id, amount.ToString()));
  }

  // Everything is checked: from here on nothing can fail.
  gross_ += units;
  if (kind == TransactionKind::kRefund) refund_total_ += units;
  const int64_t seq =
      Append(kind, std::string(id), units, value_date, *recorded_date);
  assert(seq == next);
  assert(LedgerInvariantsHold(state_, total_payable_));
  return RecordResult{RecordOutcome::kRecorded, seq};
}

absl::StatusOr<RecordResult> LedgerImpl::RecordReversal(
    std::string_view payment_id, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded) {
  if (absl::Status s = CheckId("reversal", payment_id); !s.ok()) return s;
  absl::StatusOr<absl::CivilDay> recorded_date =
      CheckDates("reversal of payment", payment_id, value_date, recorded);
  if (!recorded_date.ok()) return recorded_date.status();
  const Transaction* payment = Find(payment_id);
  if (payment == nullptr) {
    return absl::NotFoundError(absl::StrFormat(
        "reversal of payment \"%s\": no payment with that id is recorded",
        payment_id));
  }
  if (payment->kind != TransactionKind::kPayment) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reversal of payment \"%s\": the id is a %s, not a payment; only "
        "payments can be reversed",
        payment_id, TransactionKindName(payment->kind)));
  }
  if (value_date < payment->value_date) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reversal of payment \"%s\" value_date: %s is before the payment's "
        "value date %s",
        payment_id, FormatDate(value_date), FormatDate(payment->value_date)));
  }
  const std::size_t p = static_cast<std::size_t>(payment->sequence);
  if (const int64_t r = reversal_of_[p]; r >= 0) {
    const Transaction& old = transactions_[static_cast<std::size_t>(r)];
    if (old.value_date == value_date) {
      return RecordResult{RecordOutcome::kDuplicate, old.sequence};
    }
    return absl::AlreadyExistsError(absl::StrFormat(
        "reversal of payment \"%s\": already reversed with value date %s "
        "(#%d); refusing a reversal with value date %s",
        payment_id, FormatDate(old.value_date), old.sequence,
        FormatDate(value_date)));
  }

  const int64_t seq = Append(TransactionKind::kReversal, payment->id,
                             payment->amount, value_date, *recorded_date);
  reversal_of_[p] = seq;
  // As if the payment had never happened: replay from scratch.
  Rebuild();
  return RecordResult{RecordOutcome::kRecorded, seq};
}

Statement LedgerImpl::StatementAsOf(absl::CivilDay as_of) const {
  return StatementFrom(StateAsOf(as_of), as_of);
}

Statement LedgerImpl::StatementAsKnownOn(absl::CivilDay known_on,
                                         absl::CivilDay as_of) const {
  return StatementFrom(StateAsKnownOn(known_on, as_of), as_of);
}

ArrearsStatus LedgerImpl::ArrearsAsKnownOn(absl::CivilDay known_on,
                                           absl::CivilDay as_of) const {
  if (!latest_recorded_.has_value() || known_on >= *latest_recorded_) {
    return ArrearsAsOf(as_of);
  }
  return ArrearsFrom(StateAsKnownOn(known_on, as_of), as_of);
}

Statement LedgerImpl::StatementFrom(const EngineState& s,
                                    absl::CivilDay as_of) const {
  Statement st;
  st.as_of = as_of;
  const absl::Span<const Instalment> rows = schedule_.instalments();
  st.instalments.reserve(rows.size());
  int missed = 0;
  int64_t outstanding = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Instalment& row = rows[i];
    const Slot& x = s.slots[i];
    InstalmentPosition p;
    p.number = row.number;
    p.due_date = row.due_date;
    p.missed_from = fee_event_dates_[i];
    p.amount = row.amount;
    p.fees = x.fee_owed;
    p.refunded = x.refunded;
    p.paid_fees = x.fee_paid;
    p.paid_interest = x.interest_paid;
    p.paid_principal = x.principal_paid;
    p.outstanding = x.outstanding();
    // §8, first match wins.
    if (p.outstanding == 0) {
      p.status = InstalmentStatus::kPaid;
    } else if (as_of >= p.missed_from) {
      p.status = InstalmentStatus::kMissed;
      ++missed;
    } else if (as_of >= row.due_date) {
      p.status = InstalmentStatus::kDue;
    } else if (p.paid() > 0) {
      p.status = InstalmentStatus::kPartlyPaid;
    } else {
      p.status = InstalmentStatus::kUpcoming;
    }
    outstanding += p.outstanding;
    st.instalments.push_back(p);
  }
  LedgerTotals& t = st.totals;
  t.total_payable = total_payable_;
  t.payments_received = s.received;
  t.payments_reversed = s.reversed;
  t.allocated = s.allocated;
  t.credit_balance = s.credit;
  t.fees = s.fees;
  t.late_fees = s.late_fees;
  t.late_fee_count = s.late_fee_count;
  t.refunds = s.refunds;
  t.outstanding = outstanding;
  if (outstanding == 0) {
    st.arrears = ArrearsStatus{ArrearsState::kSettled, 0};
  } else if (missed > 0) {
    st.arrears = ArrearsStatus{ArrearsState::kInArrears, missed};
  } else {
    st.arrears = ArrearsStatus{ArrearsState::kUpToDate, 0};
  }
  return st;
}

ArrearsStatus LedgerImpl::ArrearsAsOf(absl::CivilDay as_of) const {
  // The same rule as StatementAsOf() without building the rows; when no late
  // fee can arise the incremental state is read in place.
  const bool in_place = (!horizon_.has_value() || as_of >= *horizon_) &&
                        !late_fees_apply_;
  if (in_place) return ArrearsFrom(state_, as_of);
  return ArrearsFrom(StateAsOf(as_of), as_of);
}

ArrearsStatus LedgerImpl::ArrearsFrom(const EngineState& s,
                                      absl::CivilDay as_of) const {
  const absl::Span<const Instalment> rows = schedule_.instalments();
  int missed = 0;
  bool anything_owed = false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (s.slots[i].outstanding() == 0) continue;
    anything_owed = true;
    if (as_of >= fee_event_dates_[i]) ++missed;
  }
  if (!anything_owed) return ArrearsStatus{ArrearsState::kSettled, 0};
  if (missed > 0) return ArrearsStatus{ArrearsState::kInArrears, missed};
  return ArrearsStatus{ArrearsState::kUpToDate, 0};
}

std::vector<Allocation> LedgerImpl::AllocationsAsOf(
    absl::CivilDay as_of) const {
  EngineState s = initial_;
  AllocationTracker tracker(s.slots.size());
  Replay(as_of, as_of + 1, std::nullopt, s, tracker);
  return tracker.Finish();
}

}  // namespace internal

// ---- Public API -------------------------------------------------------------

absl::Status ValidateLedgerOptions(const LedgerOptions& options) {
  if (options.grace_days < 0 || options.grace_days > kMaxGraceDays) {
    return absl::InvalidArgumentError(
        absl::StrFormat("ledger options grace_days: %d is outside 0..%d",
                        options.grace_days, kMaxGraceDays));
  }
  if (options.late_fees.has_value()) {
    const LateFeePolicy& p = *options.late_fees;
    if (p.fee <= 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "late fee policy fee: %d minor units is not positive", p.fee));
    }
    if (p.fee >= internal::kMaxLedgerTotal) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "late fee policy fee: %d minor units is too large", p.fee));
    }
    if (p.minimum_order < 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "late fee policy minimum_order: %d minor units is negative",
          p.minimum_order));
    }
    if (p.max_fees < 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "late fee policy max_fees: %d is negative", p.max_fees));
    }
    if (p.max_total_percent < 0 || p.max_total_percent > 100) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "late fee policy max_total_percent: %d is outside 0..100",
          p.max_total_percent));
    }
  }
  return absl::OkStatus();
}

std::string_view TransactionKindName(TransactionKind kind) {
  switch (kind) {
    case TransactionKind::kPayment:
      return "payment";
    case TransactionKind::kReversal:
      return "reversal";
    case TransactionKind::kRefund:
      return "refund";
    case TransactionKind::kFee:
      return "fee";
  }
  return "unknown";
}

Ledger::Ledger(std::unique_ptr<internal::LedgerImpl> impl)
    : impl_(std::move(impl)) {}

Ledger::Ledger(const Ledger& other)
    : impl_(std::make_unique<internal::LedgerImpl>(*other.impl_)) {}

Ledger& Ledger::operator=(const Ledger& other) {
  if (this != &other) {
    impl_ = std::make_unique<internal::LedgerImpl>(*other.impl_);
  }
  return *this;
}

Ledger::Ledger(Ledger&& other) noexcept = default;
Ledger& Ledger::operator=(Ledger&& other) noexcept = default;
Ledger::~Ledger() = default;

absl::StatusOr<Ledger> Ledger::Create(const Schedule& schedule,
                                      const LedgerOptions& options) {
  if (absl::Status s = ValidateLedgerOptions(options); !s.ok()) return s;
  if (schedule.total_payable().minor_units() >= internal::kMaxLedgerTotal / 2) {
    return absl::OutOfRangeError(absl::StrFormat(
        "ledger schedule: total payable %s is too large for a ledger",
        schedule.total_payable().ToString()));
  }
  return Ledger(std::make_unique<internal::LedgerImpl>(schedule, options));
}

absl::StatusOr<Ledger> Ledger::Create(const Agreement& agreement,
                                      const LedgerOptions& options) {
  return Create(agreement.schedule(), options);
}

absl::StatusOr<RecordResult> Ledger::RecordPayment(
    std::string_view id, Money amount, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded_date) {
  return impl_->Record(TransactionKind::kPayment, id, amount, value_date,
                       recorded_date);
}

absl::StatusOr<RecordResult> Ledger::RecordReversal(
    std::string_view payment_id, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded_date) {
  return impl_->RecordReversal(payment_id, value_date, recorded_date);
}

absl::StatusOr<RecordResult> Ledger::RecordRefund(
    std::string_view id, Money amount, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded_date) {
  return impl_->Record(TransactionKind::kRefund, id, amount, value_date,
                       recorded_date);
}

absl::StatusOr<RecordResult> Ledger::RecordFee(
    std::string_view id, Money amount, absl::CivilDay value_date,
    std::optional<absl::CivilDay> recorded_date) {
  return impl_->Record(TransactionKind::kFee, id, amount, value_date,
                       recorded_date);
}

const Schedule& Ledger::schedule() const { return impl_->schedule(); }

const LedgerOptions& Ledger::options() const { return impl_->options(); }

absl::Span<const Transaction> Ledger::transactions() const {
  return impl_->transactions();
}

const Transaction* Ledger::FindTransaction(std::string_view id) const {
  return impl_->Find(id);
}

const Transaction* Ledger::FindReversal(std::string_view payment_id) const {
  return impl_->FindReversal(payment_id);
}

std::optional<absl::CivilDay> Ledger::latest_value_date() const {
  return impl_->horizon();
}

Statement Ledger::StatementAsOf(absl::CivilDay as_of) const {
  return impl_->StatementAsOf(as_of);
}

ArrearsStatus Ledger::ArrearsAsOf(absl::CivilDay as_of) const {
  return impl_->ArrearsAsOf(as_of);
}

Statement Ledger::StatementAsKnownOn(absl::CivilDay known_on,
                                     absl::CivilDay as_of) const {
  return impl_->StatementAsKnownOn(known_on, as_of);
}

ArrearsStatus Ledger::ArrearsAsKnownOn(absl::CivilDay known_on,
                                       absl::CivilDay as_of) const {
  return impl_->ArrearsAsKnownOn(known_on, as_of);
}

std::optional<absl::CivilDay> Ledger::latest_recorded_date() const {
  return impl_->latest_recorded();
}

std::vector<Allocation> Ledger::AllocationsAsOf(absl::CivilDay as_of) const {
  return impl_->AllocationsAsOf(as_of);
}

Ledger Ledger::Replayed() const {
  Ledger copy(*this);
  copy.impl_->Rebuild();
  return copy;
}

bool operator==(const Ledger& a, const Ledger& b) {
  if (a.impl_ == nullptr || b.impl_ == nullptr) return a.impl_ == b.impl_;
  return *a.impl_ == *b.impl_;
}

std::ostream& operator<<(std::ostream& os, const Transaction& t) {
  return os << '#' << t.sequence << ' ' << TransactionKindName(t.kind) << ' '
            << t.id << ' ' << t.amount << " value "
            << FormatDate(t.value_date) << " recorded "
            << FormatDate(t.recorded_date);
}

TENOR_END_NAMESPACE
