// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Credit reporting (credit-rules §10). Everything is a query over the
// ledger's bitemporal view (Ledger::ArrearsAsKnownOn), so the allocation
// engine is not duplicated here.

#include "tenor/ledger/reporting.h"

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

bool IsSupportedMonth(absl::CivilMonth m) {
  return m.year() >= 1 && m.year() <= 9999;
}

std::string FormatMonth(absl::CivilMonth m) {
  return absl::StrFormat("%04d-%02d", m.year(), m.month());
}

absl::Status WithPrefix(std::string_view prefix, const absl::Status& s) {
  return absl::Status(s.code(), absl::StrFormat("%s%s", prefix, s.message()));
}

absl::Status CheckAgreement(const ReportableAgreement& a) {
  if (a.agreement_id.empty()) {
    return absl::InvalidArgumentError("agreement_id: is empty");
  }
  if (a.ledger == nullptr) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "agreement \"%s\" ledger: is null", a.agreement_id));
  }
  return absl::OkStatus();
}

absl::Status CheckHolds(absl::Span<const ReportingHold> holds) {
  for (std::size_t i = 0; i < holds.size(); ++i) {
    if (absl::Status s = ValidateReportingHold(holds[i]); !s.ok()) {
      return WithPrefix(absl::StrFormat("holds[%d] ", i), s);
    }
  }
  return absl::OkStatus();
}

bool IsAdverse(const ArrearsStatus& s) {
  return s.state == ArrearsState::kInArrears;
}

// The report of every period end; agreement and holds already checked.
std::vector<PeriodReport> Report(const ReportableAgreement& agreement,
                                 const ReportingCalendar& calendar,
                                 absl::Span<const ReportingHold> holds) {
  std::vector<const ReportingHold*> applicable;
  for (const ReportingHold& h : holds) {
    if (h.AppliesTo(agreement.agreement_id, agreement.product_id)) {
      applicable.push_back(&h);
    }
  }
  const Ledger& ledger = *agreement.ledger;
  std::vector<PeriodReport> out;
  out.reserve(calendar.period_ends().size());
  for (const absl::CivilDay m : calendar.period_ends()) {
    PeriodReport p;
    p.period_end = m;
    p.known = ledger.ArrearsAsKnownOn(m, m);
    p.correct = ledger.ArrearsAsOf(m);
    bool held = false;
    if (IsAdverse(p.known)) {
      for (const ReportingHold* h : applicable) {
        if (h->Covers(m)) {
          held = true;
          break;
        }
      }
    }
    p.reported = held ? ReportedStatus{ReportedState::kHeld, 0}
                      : ToReported(p.known);
    p.correction = !held && p.known != p.correct;
    out.push_back(p);
  }
  return out;
}

}  // namespace

absl::StatusOr<ReportingCalendar> ReportingCalendar::Create(
    std::vector<absl::CivilDay> period_ends) {
  if (period_ends.empty()) {
    return absl::InvalidArgumentError(
        "reporting calendar period_ends: is empty; a calendar needs at least "
        "one period end");
  }
  if (period_ends.size() > kMaxReportingPeriods) {
    return absl::OutOfRangeError(absl::StrFormat(
        "reporting calendar period_ends: %d period ends is more than the "
        "maximum %d",
        period_ends.size(), kMaxReportingPeriods));
  }
  for (std::size_t i = 0; i < period_ends.size(); ++i) {
    if (!IsSupportedDate(period_ends[i])) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "reporting calendar period_ends[%d]: %s is outside "
          "0001-01-01..9999-12-31",
          i, FormatDate(period_ends[i])));
    }
    if (i > 0 && period_ends[i] <= period_ends[i - 1]) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "reporting calendar period_ends[%d]: %s is not after "
          "period_ends[%d] %s (period ends must be strictly increasing)",
          i, FormatDate(period_ends[i]), i - 1,
          FormatDate(period_ends[i - 1])));
    }
  }
  return ReportingCalendar(std::move(period_ends));
}

absl::StatusOr<ReportingCalendar> MonthEnds(absl::CivilMonth first,
                                            absl::CivilMonth last) {
  if (!IsSupportedMonth(first)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends first: %s is outside 0001-01..9999-12",
        FormatMonth(first)));
  }
  if (!IsSupportedMonth(last)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends last: %s is outside 0001-01..9999-12", FormatMonth(last)));
  }
  if (last < first) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends last: %s is before first %s", FormatMonth(last),
        FormatMonth(first)));
  }
  const int64_t months = (last - first) + 1;
  if (months > static_cast<int64_t>(kMaxReportingPeriods)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "month ends: %s..%s is %d months, more than the maximum %d",
        FormatMonth(first), FormatMonth(last), months, kMaxReportingPeriods));
  }
  std::vector<absl::CivilDay> ends;
  ends.reserve(static_cast<std::size_t>(months));
  for (absl::CivilMonth m = first; m <= last; ++m) {
    // The day before the first of the next month: 2028-02-29 in a leap year.
    ends.push_back(absl::CivilDay(m + 1) - 1);
  }
  return ReportingCalendar::Create(std::move(ends));
}

absl::StatusOr<ReportingCalendar> MonthEndsBetween(absl::CivilDay from,
                                                   absl::CivilDay to) {
  if (!IsSupportedDate(from)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends from: %s is outside 0001-01-01..9999-12-31",
        FormatDate(from)));
  }
  if (!IsSupportedDate(to)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends to: %s is outside 0001-01-01..9999-12-31",
        FormatDate(to)));
  }
  if (to < from) {
    return absl::InvalidArgumentError(
        absl::StrFormat("month ends to: %s is before from %s", FormatDate(to),
                        FormatDate(from)));
  }
  // The first month whose end is on or after `from` is from's own month;
  // the last whose end is on or before `to` is to's month if `to` is its
  // last day, else the month before.
  const absl::CivilMonth first(from);
  absl::CivilMonth last(to);
  if (absl::CivilDay(last + 1) - 1 != to) --last;
  if (last < first) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "month ends: no month end lies in %s..%s", FormatDate(from),
        FormatDate(to)));
  }
  return MonthEnds(first, last);
}

std::string_view HoldScopeName(HoldScope scope) {
  switch (scope) {
    case HoldScope::kAgreement:
      return "agreement";
    case HoldScope::kProduct:
      return "product";
  }
  return "unknown";
}

bool ReportingHold::AppliesTo(std::string_view agreement_id,
                              std::string_view product_id) const {
  switch (scope) {
    case HoldScope::kAgreement:
      return id == agreement_id;
    case HoldScope::kProduct:
      return id == product_id;
  }
  return false;
}

absl::Status ValidateReportingHold(const ReportingHold& hold) {
  if (hold.scope != HoldScope::kAgreement &&
      hold.scope != HoldScope::kProduct) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reporting hold scope: %d is not a HoldScope",
        static_cast<int>(hold.scope)));
  }
  if (hold.id.empty()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reporting hold id: is empty; name the %s the hold covers",
        HoldScopeName(hold.scope)));
  }
  if (!IsSupportedDate(hold.first)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reporting hold \"%s\" first: %s is outside 0001-01-01..9999-12-31",
        hold.id, FormatDate(hold.first)));
  }
  if (!IsSupportedDate(hold.last)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reporting hold \"%s\" last: %s is outside 0001-01-01..9999-12-31",
        hold.id, FormatDate(hold.last)));
  }
  if (hold.last < hold.first) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "reporting hold \"%s\" last: %s is before first %s (an inverted "
        "range)",
        hold.id, FormatDate(hold.last), FormatDate(hold.first)));
  }
  return absl::OkStatus();
}

std::string_view ReportedStateName(ReportedState state) {
  switch (state) {
    case ReportedState::kUpToDate:
      return "up_to_date";
    case ReportedState::kInArrears:
      return "in_arrears";
    case ReportedState::kSettled:
      return "settled";
    case ReportedState::kHeld:
      return "held";
  }
  return "unknown";
}

ReportedStatus ToReported(const ArrearsStatus& status) {
  switch (status.state) {
    case ArrearsState::kUpToDate:
      return ReportedStatus{ReportedState::kUpToDate, 0};
    case ArrearsState::kInArrears:
      return ReportedStatus{ReportedState::kInArrears,
                            status.missed_instalments};
    case ArrearsState::kSettled:
      break;
  }
  return ReportedStatus{ReportedState::kSettled, 0};
}

absl::StatusOr<std::vector<PeriodReport>> ReportPeriods(
    const ReportableAgreement& agreement, const ReportingCalendar& calendar,
    absl::Span<const ReportingHold> holds) {
  if (absl::Status s = CheckAgreement(agreement); !s.ok()) return s;
  if (absl::Status s = CheckHolds(holds); !s.ok()) return s;
  return Report(agreement, calendar, holds);
}

absl::StatusOr<std::vector<Correction>> CorrectionsToSend(
    absl::Span<const ReportableAgreement> agreements,
    const ReportingCalendar& calendar,
    absl::Span<const ReportingHold> holds) {
  if (absl::Status s = CheckHolds(holds); !s.ok()) return s;
  std::unordered_set<std::string_view> seen;
  seen.reserve(agreements.size());
  for (std::size_t i = 0; i < agreements.size(); ++i) {
    if (absl::Status s = CheckAgreement(agreements[i]); !s.ok()) {
      return WithPrefix(absl::StrFormat("agreements[%d] ", i), s);
    }
    if (!seen.insert(agreements[i].agreement_id).second) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "agreements[%d] agreement_id: \"%s\" is given twice", i,
          agreements[i].agreement_id));
    }
  }
  std::vector<Correction> out;
  for (const ReportableAgreement& a : agreements) {
    for (PeriodReport& p : Report(a, calendar, holds)) {
      if (!p.correction) continue;
      out.push_back(Correction{a.agreement_id, a.product_id, std::move(p)});
    }
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, ReportedState state) {
  return os << ReportedStateName(state);
}

std::ostream& operator<<(std::ostream& os, const ReportedStatus& status) {
  os << ReportedStateName(status.state);
  if (status.state == ReportedState::kInArrears) {
    os << '(' << status.missed_instalments << ')';
  }
  return os;
}

TENOR_END_NAMESPACE
