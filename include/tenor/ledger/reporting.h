// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: ledger/reporting.h
// -----------------------------------------------------------------------------
//
// Credit reporting without false misses (credit-rules §10). A lender reports
// each agreement's arrears status (§8) to credit reference agencies on the
// period ends of a reporting calendar (typically every month end). A payment
// has a value date (when the money left the customer's account) and a
// recorded date (when the lender's books matched it); when collections are
// matched late, the status the lender *knew* at a period end can show
// instalments missed that were in fact paid on time. This header makes the
// right answer a query, derived from the ledger's transactions:
//
//   * reported status of period end M: the arrears status as known on M for
//     M (Ledger::ArrearsAsKnownOn(M, M)), i.e. what a lender running its
//     report on M sent;
//   * correct status of M: the arrears status as of M with everything in the
//     ledger known (Ledger::ArrearsAsOf(M));
//   * correction: needed when the two differ (a late-recorded payment shows
//     an instalment reported missed was paid; a late-recorded reversal shows
//     the reverse);
//   * reporting hold: over an inclusive date range, for one agreement or a
//     whole product. A period end inside a hold reports `held` instead of any
//     adverse (`in_arrears`) status; `up_to_date` and `settled` are reported
//     as they are (a hold never hides an improvement). A held period needs no
//     correction: nothing adverse was reported for it.
//
// Nothing here is stored: every figure is recomputed from the transactions,
// so a correction is never lost and never sent twice by accident of state
// (which corrections were already sent is the caller's record).
// docs/reporting.md has the rules with a worked example.
//
// Example:
//
//   absl::StatusOr<tenor::ReportingCalendar> calendar =
//       tenor::MonthEnds(absl::CivilMonth(2026, 1), absl::CivilMonth(2026, 6));
//   std::vector<tenor::ReportingHold> holds = {
//       {tenor::HoldScope::kProduct, "financing-12", absl::CivilDay(2026, 3, 1),
//        absl::CivilDay(2026, 4, 30)}};
//   std::vector<tenor::ReportableAgreement> book = {
//       {"AGR-0001", "financing-12", &ledger_1},
//       {"AGR-0002", "financing-12", &ledger_2}};
//   absl::StatusOr<std::vector<tenor::Correction>> to_send =
//       tenor::CorrectionsToSend(book, *calendar, holds);
//   for (const tenor::Correction& c : *to_send) {
//     // c.agreement_id, c.period.period_end, c.period.reported, c.period.correct
//   }

#ifndef TENOR_LEDGER_REPORTING_H_
#define TENOR_LEDGER_REPORTING_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "tenor/ledger/ledger.h"
#include "tenor/ledger/status.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// kMaxReportingPeriods
//
// The most period ends one calendar holds: a daily calendar for more than 27
// years, or 10,000 month ends. More is almost certainly a mistake.
inline constexpr std::size_t kMaxReportingPeriods = 10000;

// ReportingCalendar
//
// The dates on which a lender reports (§10): a non-empty list of period
// ends, strictly increasing, each in 0001-01-01..9999-12-31. A value:
// obtain one from Create() or MonthEnds(), which check those rules, so every
// calendar is valid.
class ReportingCalendar {
 public:
  // Create()
  //
  // Errors (InvalidArgument), naming the field: no period ends; a period end
  // outside 0001-01-01..9999-12-31; a period end that is not after the one
  // before it (unsorted or repeated). OutOfRange: more than
  // kMaxReportingPeriods period ends.
  [[nodiscard]] static absl::StatusOr<ReportingCalendar> Create(
      std::vector<absl::CivilDay> period_ends);

  absl::Span<const absl::CivilDay> period_ends() const { return ends_; }

  friend bool operator==(const ReportingCalendar& a,
                         const ReportingCalendar& b) {
    return a.ends_ == b.ends_;
  }
  friend bool operator!=(const ReportingCalendar& a,
                         const ReportingCalendar& b) {
    return !(a == b);
  }

 private:
  explicit ReportingCalendar(std::vector<absl::CivilDay> ends)
      : ends_(std::move(ends)) {}

  std::vector<absl::CivilDay> ends_;
};

// MonthEnds()
//
// The last day of every month from `first` to `last`, both included:
// MonthEnds(2028-01, 2028-03) is 2028-01-31, 2028-02-29, 2028-03-31.
//
// Errors: InvalidArgument when `last` is before `first` or a month is
// outside 0001-01..9999-12; OutOfRange past kMaxReportingPeriods months.
[[nodiscard]] absl::StatusOr<ReportingCalendar> MonthEnds(
    absl::CivilMonth first, absl::CivilMonth last);

// MonthEndsBetween()
//
// The month ends `from` <= M <= `to`: MonthEndsBetween(2026-01-15,
// 2026-03-31) is 2026-01-31, 2026-02-28, 2026-03-31.
//
// Errors: as MonthEnds(), and InvalidArgument when no month end lies in the
// range (e.g. 2026-01-02..2026-01-30).
[[nodiscard]] absl::StatusOr<ReportingCalendar> MonthEndsBetween(
    absl::CivilDay from, absl::CivilDay to);

// HoldScope
//
// What a reporting hold covers.
enum class HoldScope {
  kAgreement,  // "agreement": one agreement, by its id
  kProduct,    // "product": every agreement of a product, by the product id
};

// HoldScopeName()
//
// "agreement" or "product"; "unknown" otherwise.
std::string_view HoldScopeName(HoldScope scope);

// ReportingHold
//
// A reporting hold (§10) over the inclusive date range `first`..`last`:
// period ends in it report `held` instead of an adverse status for the
// agreements in scope.
struct ReportingHold {
  HoldScope scope = HoldScope::kAgreement;
  // The agreement id (kAgreement) or product id (kProduct). Not empty.
  std::string id;
  absl::CivilDay first;
  absl::CivilDay last;

  // True if `day` is in first..last.
  bool Covers(absl::CivilDay day) const { return first <= day && day <= last; }
  // True if the hold's scope and id select this agreement.
  bool AppliesTo(std::string_view agreement_id,
                 std::string_view product_id) const;

  friend bool operator==(const ReportingHold& a, const ReportingHold& b) {
    return a.scope == b.scope && a.id == b.id && a.first == b.first &&
           a.last == b.last;
  }
  friend bool operator!=(const ReportingHold& a, const ReportingHold& b) {
    return !(a == b);
  }
};

// ValidateReportingHold()
//
// Errors (InvalidArgument), naming the field: an empty id; a scope outside
// the enumeration; a date outside 0001-01-01..9999-12-31; `last` before
// `first` (an inverted range).
[[nodiscard]] absl::Status ValidateReportingHold(const ReportingHold& hold);

// ReportedState
//
// What a period end reports: the three arrears states of §8, or `held`.
enum class ReportedState {
  kUpToDate,   // "up_to_date"
  kInArrears,  // "in_arrears"
  kSettled,    // "settled"
  kHeld,       // "held": adverse, but inside a reporting hold
};

// ReportedStateName()
//
// "up_to_date", "in_arrears", "settled" or "held"; "unknown" otherwise.
std::string_view ReportedStateName(ReportedState state);

// ReportedStatus
//
// A reported status. `missed_instalments` is the count of `in_arrears(k)`,
// and 0 for the other states, `held` included (a hold reports nothing
// adverse, not even a count).
struct ReportedStatus {
  ReportedState state = ReportedState::kUpToDate;
  int missed_instalments = 0;

  bool held() const { return state == ReportedState::kHeld; }

  friend bool operator==(const ReportedStatus& a, const ReportedStatus& b) {
    return a.state == b.state && a.missed_instalments == b.missed_instalments;
  }
  friend bool operator!=(const ReportedStatus& a, const ReportedStatus& b) {
    return !(a == b);
  }
};

// ToReported()
//
// The same status as a ReportedStatus (never `held`).
ReportedStatus ToReported(const ArrearsStatus& status);

// PeriodReport
//
// One period end of one agreement.
struct PeriodReport {
  absl::CivilDay period_end;
  // The arrears status as known on period_end for period_end, before any
  // hold: what the lender's books said that day.
  ArrearsStatus known;
  // What was reported: `known`, or `held` when `known` is adverse and a hold
  // covers period_end.
  ReportedStatus reported;
  // The arrears status as of period_end with every transaction known.
  ArrearsStatus correct;
  // True when reported differs from correct and the period is not held: a
  // correction to send to the credit reference agencies.
  bool correction = false;

  friend bool operator==(const PeriodReport& a, const PeriodReport& b) {
    return a.period_end == b.period_end && a.known == b.known &&
           a.reported == b.reported && a.correct == b.correct &&
           a.correction == b.correction;
  }
  friend bool operator!=(const PeriodReport& a, const PeriodReport& b) {
    return !(a == b);
  }
};

// ReportableAgreement
//
// One agreement of a lender's book: its ids (for the holds' scope and the
// corrections) and its ledger, which the caller owns and keeps alive for the
// call.
struct ReportableAgreement {
  // Not empty; unique within a batch.
  std::string agreement_id;
  // May be empty: then no product hold applies.
  std::string product_id;
  // Not null.
  const Ledger* ledger = nullptr;
};

// ReportPeriods()
//
// One PeriodReport per period end of `calendar`, in calendar order, for
// `agreement`, with the holds among `holds` that apply to it (by scope and
// id; the others are ignored but still validated).
//
// Errors (InvalidArgument), changing nothing: a null ledger or an empty
// agreement id; a hold ValidateReportingHold() refuses (the message names
// the hold by index).
[[nodiscard]] absl::StatusOr<std::vector<PeriodReport>> ReportPeriods(
    const ReportableAgreement& agreement, const ReportingCalendar& calendar,
    absl::Span<const ReportingHold> holds = {});

// Correction
//
// A period whose reported status differs from its correct status: both, for
// the lender to send.
struct Correction {
  std::string agreement_id;
  std::string product_id;
  PeriodReport period;

  friend bool operator==(const Correction& a, const Correction& b) {
    return a.agreement_id == b.agreement_id &&
           a.product_id == b.product_id && a.period == b.period;
  }
  friend bool operator!=(const Correction& a, const Correction& b) {
    return !(a == b);
  }
};

// CorrectionsToSend()
//
// ReportPeriods() for every agreement, keeping only the periods with
// `correction` set: ordered by agreement (in the order given), then period
// end. Empty when every reported status was right.
//
// Errors (InvalidArgument), returning nothing: as ReportPeriods() for any
// agreement (the message names it by index), and an agreement id given
// twice.
[[nodiscard]] absl::StatusOr<std::vector<Correction>> CorrectionsToSend(
    absl::Span<const ReportableAgreement> agreements,
    const ReportingCalendar& calendar,
    absl::Span<const ReportingHold> holds = {});

// Streams the names, for test failure messages and logs: "held",
// "in_arrears(2)".
std::ostream& operator<<(std::ostream& os, ReportedState state);
std::ostream& operator<<(std::ostream& os, const ReportedStatus& status);

TENOR_END_NAMESPACE

#endif  // TENOR_LEDGER_REPORTING_H_
