// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The credit-reporting incident of credit-rules §10, replayed with tenor
// (docs/reporting.md). A lender has 1,000 financing agreements paid by
// monthly direct debit. In March 2026 its collections were matched to the
// loan accounts three weeks late: every direct debit with a value date in
// March was recorded 21 days after it left the customer's account. Its
// month-end report to the credit reference agencies on 2026-03-31 therefore
// showed missed payments that had not been missed.
//
// The program prints what was reported, how many of those adverse statuses
// were false misses, the corrections to send (CorrectionsToSend), and what a
// product-wide reporting hold over 2026-03-01..2026-04-30 would have
// reported instead. It checks its own figures (false misses == corrections,
// no correction under the hold) and prints "CHECK FAILED" and exits 1 if one
// does not hold; the ctest also matches the summary line.
//
// The book is generated deterministically: SplitMix64 (Steele, Lea and
// Flood's 64-bit mixer, written out below) seeded with 20260331, and only
// `next() % n` to draw from it, so the figures are the same on every
// platform and standard library. Agreement k (AGR-0001..AGR-1000) draws, in
// order: an amount of 300..3000 whole pounds, a term of 6, 12, 18, 24 or 36
// months, a rate of 0, 9.9, 14.9 or 19.9 % p.a., a shipment date
// 2025-10-01 + 0..122 days, and whether its March direct debit failed
// (3 in 100: the customer really missed it and paid by card on 2026-04-20).
// Every other instalment due up to 2026-06-30 is collected on its due date.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

namespace {

constexpr uint64_t kSeed = 20260331;
constexpr int kAgreements = 1000;
constexpr int kRecordingDelayDays = 21;
const absl::CivilDay kIncidentFirst(2026, 3, 1);
const absl::CivilDay kIncidentLast(2026, 3, 31);
const absl::CivilDay kLastCollection(2026, 6, 30);
const absl::CivilDay kCardPayment(2026, 4, 20);

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  // 0..n-1 (the modulo bias is irrelevant here; determinism is the point).
  int64_t Below(int64_t n) {
    return static_cast<int64_t>(Next() % static_cast<uint64_t>(n));
  }

 private:
  uint64_t state_;
};

bool failed_checks = false;

void Check(bool ok, const char* what) {
  if (!ok) {
    absl::PrintF("CHECK FAILED: %s\n", what);
    failed_checks = true;
  }
}

template <typename T>
T Must(absl::StatusOr<T> v, const char* what) {
  if (!v.ok()) {
    absl::FPrintF(stderr, "%s: %s\n", what, v.status().ToString().c_str());
    std::exit(1);
  }
  return *std::move(v);
}

struct Book {
  std::vector<std::string> ids;
  std::vector<tenor::Ledger> ledgers;
  std::vector<bool> really_missed;
  int late_recorded = 0;
};

Book Generate() {
  const tenor::Currency gbp = Must(tenor::Currency::FromCode("GBP"), "GBP");
  const int terms[] = {6, 12, 18, 24, 36};
  const char* rates[] = {"0", "9.9", "14.9", "19.9"};
  SplitMix64 rng(kSeed);
  Book book;
  book.ledgers.reserve(kAgreements);
  for (int k = 1; k <= kAgreements; ++k) {
    const tenor::Money amount = tenor::Money::FromMinorUnits(
        (300 + rng.Below(2701)) * 100, gbp);
    const int term = terms[rng.Below(5)];
    const char* rate = rates[rng.Below(4)];
    const absl::CivilDay shipment =
        absl::CivilDay(2025, 10, 1) + rng.Below(123);
    const bool misses_march = rng.Below(100) < 3;

    tenor::Financing product;
    product.offered_terms = {term};
    product.rate = Must(tenor::Rate::Parse(rate), "rate");
    const tenor::Schedule schedule = Must(
        tenor::PreviewFinancing(product, amount, term, shipment), "schedule");
    tenor::Ledger ledger =
        Must(tenor::Ledger::Create(schedule), "ledger");
    const std::string id = absl::StrFormat("AGR-%04d", k);
    for (const tenor::Instalment& row : schedule.instalments()) {
      if (row.due_date > kLastCollection) break;
      const bool in_incident =
          row.due_date >= kIncidentFirst && row.due_date <= kIncidentLast;
      const tenor::Money due = schedule.ToMoney(row.amount);
      const std::string dd = absl::StrFormat("DD-%04d-%02d", k, row.number);
      if (in_incident && misses_march) {
        // The debit failed: the customer paid by card, recorded that day.
        Must(ledger.RecordPayment(absl::StrFormat("CARD-%04d", k), due,
                                  kCardPayment),
             "card payment");
        continue;
      }
      const absl::CivilDay recorded =
          in_incident ? row.due_date + kRecordingDelayDays : row.due_date;
      if (in_incident) ++book.late_recorded;
      Must(ledger.RecordPayment(dd, due, row.due_date, recorded),
           "direct debit");
    }
    book.ids.push_back(id);
    book.ledgers.push_back(std::move(ledger));
    book.really_missed.push_back(misses_march);
  }
  return book;
}

std::string Text(const tenor::ReportedStatus& s) {
  if (s.state == tenor::ReportedState::kInArrears) {
    return absl::StrFormat("in_arrears(%d)", s.missed_instalments);
  }
  return std::string(tenor::ReportedStateName(s.state));
}

std::string Text(const tenor::ArrearsStatus& s) {
  return Text(tenor::ToReported(s));
}

bool Adverse(const tenor::ArrearsStatus& s) {
  return s.state == tenor::ArrearsState::kInArrears;
}

// Per period end: how many agreements reported each state.
struct Tally {
  int reported_adverse = 0;
  int correct_adverse = 0;
  int false_misses = 0;  // reported more missed instalments than there were
  int held = 0;
  int held_genuine = 0;  // held, and the correct status is adverse too
  int up_to_date = 0;
  int settled = 0;
  int corrections = 0;
};

}  // namespace

int main() {
  const Book book = Generate();
  std::vector<tenor::ReportableAgreement> agreements;
  for (std::size_t i = 0; i < book.ledgers.size(); ++i) {
    agreements.push_back({book.ids[i], "financing", &book.ledgers[i]});
  }
  const tenor::ReportingCalendar calendar = Must(
      tenor::MonthEnds(absl::CivilMonth(2026, 1), absl::CivilMonth(2026, 6)),
      "calendar");
  const std::vector<tenor::ReportingHold> hold = {
      {tenor::HoldScope::kProduct, "financing", absl::CivilDay(2026, 3, 1),
       absl::CivilDay(2026, 4, 30)}};
  int really_missed = 0;
  for (bool m : book.really_missed) really_missed += m ? 1 : 0;

  absl::PrintF(
      "tenor reporting incident replay (credit-rules §10)\n\n"
      "Book: %d financing agreements (SplitMix64, seed %d), one direct debit "
      "a month,\nmonth-end reporting 2026-01..2026-06, no grace days.\n"
      "Incident: the %d direct debits with value dates %s..%s were recorded "
      "%d days late.\n%d customers really missed their March instalment "
      "(paid by card on %s).\n\n",
      kAgreements, static_cast<int>(kSeed), book.late_recorded,
      tenor::FormatDate(kIncidentFirst), tenor::FormatDate(kIncidentLast),
      kRecordingDelayDays, really_missed, tenor::FormatDate(kCardPayment));

  const std::size_t periods = calendar.period_ends().size();
  std::vector<Tally> plain(periods);
  std::vector<Tally> held(periods);
  for (const tenor::ReportableAgreement& a : agreements) {
    const std::vector<tenor::PeriodReport> r =
        Must(tenor::ReportPeriods(a, calendar), "report");
    const std::vector<tenor::PeriodReport> h =
        Must(tenor::ReportPeriods(a, calendar, hold), "report with hold");
    for (std::size_t p = 0; p < periods; ++p) {
      for (auto [rep, t] : {std::pair{&r[p], &plain[p]},
                            std::pair{&h[p], &held[p]}}) {
        if (rep->reported.state == tenor::ReportedState::kInArrears) {
          ++t->reported_adverse;
          if (rep->reported.missed_instalments >
              (Adverse(rep->correct) ? rep->correct.missed_instalments : 0)) {
            ++t->false_misses;
          }
        }
        if (Adverse(rep->correct)) ++t->correct_adverse;
        if (rep->reported.held()) {
          ++t->held;
          if (Adverse(rep->correct)) ++t->held_genuine;
        }
        if (rep->reported.state == tenor::ReportedState::kUpToDate) {
          ++t->up_to_date;
        }
        if (rep->reported.state == tenor::ReportedState::kSettled) {
          ++t->settled;
        }
        if (rep->correction) ++t->corrections;
      }
    }
  }

  absl::PrintF("What was reported (the status as known on each month end):\n");
  absl::PrintF("  %-10s  %10s  %9s  %7s  %15s  %13s\n", "period end",
              "up_to_date", "settled", "adverse", "really adverse",
              "false misses");
  int false_misses = 0;
  for (std::size_t p = 0; p < periods; ++p) {
    const Tally& t = plain[p];
    false_misses += t.false_misses;
    absl::PrintF("  %-10s  %10d  %9d  %7d  %15d  %13d\n",
                tenor::FormatDate(calendar.period_ends()[p]), t.up_to_date,
                t.settled, t.reported_adverse, t.correct_adverse,
                t.false_misses);
  }
  absl::PrintF("False misses reported: %d\n\n", false_misses);

  const std::vector<tenor::Correction> corrections =
      Must(tenor::CorrectionsToSend(agreements, calendar), "corrections");
  absl::PrintF("Corrections to send: %d\n", static_cast<int>(corrections.size()));
  for (std::size_t i = 0; i < corrections.size() && i < 5; ++i) {
    const tenor::Correction& c = corrections[i];
    // The payments that were made by the period end but recorded after it.
    std::string late;
    for (const tenor::ReportableAgreement& a : agreements) {
      if (a.agreement_id != c.agreement_id) continue;
      for (const tenor::Transaction& t : a.ledger->transactions()) {
        if (t.value_date <= c.period.period_end &&
            t.recorded_date > c.period.period_end) {
          late += absl::StrFormat("  (%s paid %s, recorded %s)", t.id,
                                  tenor::FormatDate(t.value_date),
                                  tenor::FormatDate(t.recorded_date));
        }
      }
    }
    absl::PrintF("  %s  %s  reported %-14s  correct %s%s\n", c.agreement_id,
                 tenor::FormatDate(c.period.period_end),
                 Text(c.period.reported), Text(c.period.correct), late);
  }
  if (corrections.size() > 5) {
    absl::PrintF("  ... and %d more\n",
                static_cast<int>(corrections.size()) - 5);
  }

  const std::vector<tenor::Correction> corrections_held =
      Must(tenor::CorrectionsToSend(agreements, calendar, hold),
           "corrections with hold");
  absl::PrintF(
      "\nWith a product-wide reporting hold over %s..%s instead:\n",
      tenor::FormatDate(hold[0].first), tenor::FormatDate(hold[0].last));
  absl::PrintF("  %-10s  %10s  %9s  %7s  %5s  %18s\n", "period end",
              "up_to_date", "settled", "adverse", "held",
              "held, really adverse");
  int held_total = 0;
  int held_genuine = 0;
  for (std::size_t p = 0; p < periods; ++p) {
    const Tally& t = held[p];
    held_total += t.held;
    held_genuine += t.held_genuine;
    absl::PrintF("  %-10s  %10d  %9d  %7d  %5d  %18d\n",
                tenor::FormatDate(calendar.period_ends()[p]), t.up_to_date,
                t.settled, t.reported_adverse, t.held, t.held_genuine);
  }
  absl::PrintF(
      "Corrections to send with the hold: %d. The hold kept back %d adverse "
      "statuses,\nof which %d were genuine (customers who did miss a "
      "payment and had not caught up by the month end).\n\n",
      static_cast<int>(corrections_held.size()), held_total, held_genuine);

  // The figures must agree with each other.
  int plain_corrections = 0;
  for (const Tally& t : plain) plain_corrections += t.corrections;
  Check(static_cast<int>(corrections.size()) == plain_corrections,
        "the batch returns every period that needs a correction");
  Check(static_cast<int>(corrections.size()) == false_misses,
        "every correction is a false miss (no reversal was recorded late)");
  Check(false_misses > 0, "the incident produced false misses");
  Check(corrections_held.empty(), "no correction is needed under the hold");
  Check(held_total - held_genuine == false_misses,
        "the hold held exactly the false misses and the genuine arrears");
  for (std::size_t p = 0; p < periods; ++p) {
    if (calendar.period_ends()[p] != absl::CivilDay(2026, 3, 31)) {
      Check(plain[p].false_misses == 0, "false misses only on 2026-03-31");
    }
  }
  absl::PrintF(
      "SUMMARY agreements=%d late_recorded=%d false_misses=%d corrections=%d "
      "held=%d held_genuine=%d corrections_with_hold=%d\n",
      kAgreements, book.late_recorded, false_misses,
      static_cast<int>(corrections.size()), held_total, held_genuine,
      static_cast<int>(corrections_held.size()));
  return failed_checks ? 1 : 0;
}
