// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The nightly re-statusing loop of a bank core: for each business day, the
// day's payment file is posted to each agreement's ledger (re-imported lines
// are exact duplicates and count once; bounced direct debits are
// reversals), every agreement is re-statused as of that day, the changes
// since the previous night are reported (newly in arrears, cured, settled)
// and the portfolio's totals are written.
//
// tenor does the rules (allocation, statuses, arrears); the batch only owns
// the loop, the files and the report. The business date is the batch's
// input, never the machine clock. main() runs five nights over a small
// portfolio, checks the final figures, and ctest runs it
// ("example: portfolio_batch").

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

namespace {

using absl::CivilDay;

struct Account {
  std::string id;
  tenor::Ledger ledger;
  tenor::ArrearsState last_state = tenor::ArrearsState::kUpToDate;
};

// One line of a payment file: a collection, or a bounced direct debit.
struct PaymentLine {
  std::string account;
  std::string payment_id;
  std::string amount;  // empty for a bounce
  CivilDay value_date;
  bool bounced = false;
};

int failures = 0;
void Check(bool ok, const std::string& what) {
  if (!ok) {
    std::printf("FAIL %s\n", what.c_str());
    ++failures;
  }
}

absl::StatusOr<Account> Book(const std::string& id, const tenor::Schedule& s) {
  absl::StatusOr<tenor::Ledger> l = tenor::Ledger::Create(s, {});
  if (!l.ok()) return l.status();
  return Account{id, *std::move(l)};
}

// Posts one payment file; returns how many lines were duplicates.
int Post(const std::vector<PaymentLine>& file, CivilDay business_date,
         std::map<std::string, Account>* book) {
  int duplicates = 0;
  for (const PaymentLine& line : file) {
    auto it = book->find(line.account);
    if (it == book->end()) {
      std::printf("  reject %s: unknown account\n", line.payment_id.c_str());
      continue;
    }
    tenor::Ledger& l = it->second.ledger;
    absl::StatusOr<tenor::RecordResult> r =
        line.bounced
            ? l.RecordReversal(line.payment_id, line.value_date, business_date)
            : l.RecordPayment(line.payment_id,
                              *tenor::Money::Parse(line.amount, l.currency()),
                              line.value_date, business_date);
    if (!r.ok()) {
      // A refused line changes nothing; the core queues it for an operator.
      std::printf("  reject %s: %s\n", line.payment_id.c_str(),
                  std::string(r.status().message()).c_str());
    } else if (r->duplicate()) {
      ++duplicates;
    }
  }
  return duplicates;
}

}  // namespace

int main() {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  auto money = [&](const char* s) { return *tenor::Money::Parse(s, gbp); };

  std::map<std::string, Account> book;
  // Pay in 3 of 90.00 bought 2026-01-31 (due 01-31, 03-02, 04-01).
  // Pay in 30 days of 120.00 shipped 2026-02-01 (due 03-03).
  // financing 1000.00 over 6 months at 12 % shipped 2026-01-15.
  tenor::Financing financing;
  financing.offered_terms = {6};
  financing.rate = *tenor::Rate::Parse("12");
  const std::vector<std::pair<std::string, absl::StatusOr<tenor::Schedule>>>
      booked = {
          {"A-1", tenor::PreviewPayInN(tenor::PayInN{}, money("90.00"),
                                       CivilDay(2026, 1, 31))},
          {"A-2", tenor::PreviewPayIn30Days(tenor::PayIn30Days{},
                                            money("120.00"),
                                            CivilDay(2026, 2, 1))},
          {"A-3", tenor::PreviewFinancing(financing, money("1000.00"), 6,
                                          CivilDay(2026, 1, 15))}};
  for (const auto& [id, schedule] : booked) {
    if (!schedule.ok()) {
      std::printf("cannot book %s: %s\n", id.c_str(),
                  std::string(schedule.status().message()).c_str());
      return 1;
    }
    absl::StatusOr<Account> a = Book(id, *schedule);
    if (!a.ok()) return 1;
    book.emplace(id, *std::move(a));
  }

  // The payment files, by business date.
  std::map<CivilDay, std::vector<PaymentLine>> files = {
      {CivilDay(2026, 3, 1),
       {{"A-1", "A1-P1", "30.00", CivilDay(2026, 1, 31)},
        {"A-3", "A3-DD1", "172.55", CivilDay(2026, 2, 15)}}},
      {CivilDay(2026, 3, 2),
       // Yesterday's file re-imported: duplicates, counted once.
       {{"A-1", "A1-P1", "30.00", CivilDay(2026, 1, 31)},
        {"A-3", "A3-DD1", "172.55", CivilDay(2026, 2, 15)}}},
      {CivilDay(2026, 3, 3),
       {{"A-2", "A2-P1", "120.00", CivilDay(2026, 3, 3)}}},
      {CivilDay(2026, 3, 4),
       // A-1's second instalment (due 03-02) arrives two days late.
       {{"A-1", "A1-P2", "30.00", CivilDay(2026, 3, 4)}}},
      {CivilDay(2026, 3, 5),
       // A-2's payment bounces.
       {{"A-2", "A2-P1", "", CivilDay(2026, 3, 5), true}}},
  };

  std::map<CivilDay, std::string> reports;
  for (CivilDay day = CivilDay(2026, 3, 1); day <= CivilDay(2026, 3, 5); ++day) {
    std::printf("business date %s\n", tenor::FormatDate(day).c_str());
    const int duplicates = Post(files[day], day, &book);
    int64_t outstanding = 0;
    std::map<tenor::ArrearsState, int> by_state;
    std::string changes;
    for (auto& [id, account] : book) {
      const tenor::Statement st = account.ledger.StatementAsOf(day);
      outstanding += st.totals.outstanding;
      ++by_state[st.arrears.state];
      if (st.arrears.state != account.last_state) {
        changes += absl::StrFormat(
            "  %s: %s -> %s\n", id,
            std::string(tenor::ArrearsStateName(account.last_state)),
            std::string(tenor::ArrearsStateName(st.arrears.state)));
        account.last_state = st.arrears.state;
      }
    }
    const std::string report = absl::StrFormat(
        "%s%d duplicate line(s); outstanding %s; up_to_date %d, in_arrears %d, "
        "settled %d\n",
        changes, duplicates,
        tenor::Money::FromMinorUnits(outstanding, gbp).ToString(),
        by_state[tenor::ArrearsState::kUpToDate],
        by_state[tenor::ArrearsState::kInArrears],
        by_state[tenor::ArrearsState::kSettled]);
    std::printf("%s", report.c_str());
    reports[day] = report;
  }

  // What the five nights must have found (credit-rules §8).
  Check(reports[CivilDay(2026, 3, 2)].find("1 duplicate line(s)") ==
                std::string::npos &&
            reports[CivilDay(2026, 3, 2)].find("2 duplicate line(s)") !=
                std::string::npos,
        "the re-imported file is two duplicates");
  Check(reports[CivilDay(2026, 3, 3)].find("A-1: up_to_date -> in_arrears") !=
            std::string::npos,
        "A-1 is in arrears the day after its second due date");
  Check(reports[CivilDay(2026, 3, 3)].find("A-2: up_to_date -> settled") !=
            std::string::npos,
        "A-2 is settled by its payment");
  Check(reports[CivilDay(2026, 3, 4)].find("A-1: in_arrears -> up_to_date") !=
            std::string::npos,
        "A-1 is cured by the late payment");
  Check(reports[CivilDay(2026, 3, 5)].find("A-2: settled -> in_arrears") !=
            std::string::npos,
        "A-2's bounced payment puts it in arrears");
  const tenor::Statement a3 =
      book.at("A-3").ledger.StatementAsOf(CivilDay(2026, 3, 5));
  Check(a3.arrears.state == tenor::ArrearsState::kUpToDate,
        "A-3 (paid in February, next due 03-15) is up to date");
  if (failures != 0) return 1;
  std::printf("portfolio_batch: five nights re-statused as expected\n");
  return 0;
}
