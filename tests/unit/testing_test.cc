// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor::testing (include/tenor/testing.h): printers, matchers, builders and
// the conformance kit.

#include "tenor_catch.h"
// After Catch2, so that the StringMaker specialisations are defined.
#include "tenor/testing.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace tt = tenor::testing;
using absl::CivilDay;

const absl::Time kNow = absl::FromCivil(absl::CivilSecond(2026, 3, 10, 10, 0, 0),
                                        absl::UTCTimeZone());

tenor::Schedule Section43() {
  tenor::Financing f;
  f.offered_terms = {6};
  f.rate = *tenor::Rate::Parse("12");
  return *tenor::PreviewFinancing(f, tt::MoneyOf("1000.00"), 6,
                                  CivilDay(2026, 1, 15));
}

TEST_CASE("testing.h: failures print values, not bytes", "[testing]") {
  CHECK(Catch::StringMaker<tenor::Money>::convert(tt::MoneyOf("172.55")) ==
        "GBP 172.55");
  CHECK(Catch::StringMaker<tenor::Currency>::convert(
            *tenor::Currency::FromCode("KWD")) == "KWD (3 decimals)");
  CHECK(Catch::StringMaker<tenor::Rate>::convert(*tenor::Rate::Parse("18.9")) ==
        "18.9% p.a.");
  const tenor::Schedule s = Section43();
  CHECK(Catch::StringMaker<tenor::Instalment>::convert(s.last_instalment()) ==
        "#6 due 2026-07-15: amount 17253, interest 171, principal 17082, "
        "balance 0 (minor units)");
  CHECK(Catch::StringMaker<tenor::Schedule>::convert(s) == tenor::ToText(s));
  std::ostringstream os;
  tenor::PrintTo(tt::MoneyOf("3.334", "KWD"), &os);  // what GoogleTest calls
  CHECK(os.str() == "KWD 3.334");
}

TEST_CASE("testing.h: matchers name the row and the field", "[testing]") {
  const tenor::Schedule s = Section43();
  CHECK(tt::InstalmentsSumToTotal(s));
  CHECK(tt::EqualsAmount(s.total_payable(), "1035.28"));
  CHECK(tt::EqualsAmount(s.total_payable(), "GBP 1035.28"));
  const tt::MatchResult wrong = tt::EqualsAmount(s.total_payable(), "1035.29");
  CHECK_FALSE(wrong);
  CHECK(wrong.message() == "amount: GBP 1035.28, expected GBP 1035.29");
  CHECK(tt::EqualsAmount(s.total_payable(), "JPY 1035").message() ==
        "currency: GBP 1035.28, expected JPY 1035");
  CHECK(tt::EqualsAmount(s.total_payable(), "1,035.28").message().rfind(
            "expected: \"1,035.28\": ", 0) == 0);

  const tt::Customer off = tt::SwitchedOffYesterday(kNow);
  const tenor::CheckoutDecision d = *tenor::EvaluateCheckout(
      off.history, off.assessments, off.outstanding, tenor::ExampleCatalog(),
      tt::CartOf("450.00"), kNow);
  CHECK(tt::IsRefusedFor(d, "pay-in-3", tenor::RefusalReason::kCreditOptedOut));
  CHECK(tt::IsOffered(d, "pay-in-3").message() ==
        "product pay-in-3: refused (credit_opted_out), expected offered");
  CHECK(tt::IsOffered(d, "pay-in-4").message() ==
        "product \"pay-in-4\": not in the decision (pay-in-30, pay-in-3, "
        "financing)");
  CHECK(tt::IsRefusedFor(d, "pay-in-3", tenor::RefusalReason::kBelowMinimum)
            .message() ==
        "product pay-in-3: refused (credit_opted_out), expected refused for "
        "below_minimum");
}

TEST_CASE("testing.h: builders have sane defaults", "[testing]") {
  const tenor::Catalog catalog = tenor::ExampleCatalog();
  const tt::Customer on = tt::CreditOn(kNow);
  const tenor::CheckoutDecision d1 = *tenor::EvaluateCheckout(
      on.history, on.assessments, on.outstanding, catalog,
      tt::CartOf("450.00"), kNow);
  CHECK(tt::IsOffered(d1, "pay-in-30"));
  CHECK(tt::IsOffered(d1, "pay-in-3"));
  CHECK(tt::IsOffered(d1, "financing"));
  const tt::Customer back = tt::SwitchedBackOnByAgent(kNow);
  CHECK(back.history.IsCreditOn(kNow));
  CHECK_FALSE(back.history.IsCreditOn(kNow - absl::Hours(36)));
  CHECK_FALSE(tt::SwitchedOffYesterday(kNow).history.IsCreditOn(kNow));
  CHECK(tt::CartOf("1000", CivilDay(2026, 1, 31), "JPY").amount.minor_units() ==
        1000);
}

TEST_CASE("conformance kit: the reference adapter passes every scenario",
          "[testing][conformance]") {
  const tt::ConformanceReport report = tt::RunConformance(tt::ReferenceAdapter());
  INFO(report.ToText());
  CHECK(report.failed() == 0);
  CHECK(report.skipped() == 0);
  CHECK(report.passed() ==
        static_cast<int>(tt::ConformanceScenarios().size()));
  // The table covers what the issue lists.
  std::vector<std::string> ids;
  for (const tt::ConformanceScenario& s : tt::ConformanceScenarios()) {
    ids.push_back(s.id);
  }
  for (const char* id :
       {"quote/month-end-shipment", "quote/leap-day-shipment",
        "quote/jpy-pay-in-3", "quote/kwd-pay-in-3", "quote/one-unit-remainder",
        "checkout/at-minimum", "checkout/above-maximum",
        "checkout/opt-out-at-checkout-instant",
        "accept/opt-out-between-offer-and-acceptance",
        "ledger/duplicate-payment", "ledger/reversed-payment"}) {
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

TEST_CASE("conformance kit: a wrong adapter fails, naming the row and field",
          "[testing][conformance]") {
  tt::ConformanceAdapter wrong = tt::ReferenceAdapter();
  // An integration that adds 30 days instead of a calendar month.
  const auto right = wrong.quote;
  wrong.quote = [right](const tt::QuoteRequest& q)
      -> absl::StatusOr<std::vector<tt::QuotedInstalment>> {
    absl::StatusOr<std::vector<tt::QuotedInstalment>> rows = right(q);
    if (rows.ok() && q.product == tenor::ProductKind::kFinancing) {
      for (std::size_t i = 1; i < rows->size(); ++i) {
        (*rows)[i].due_date = (*rows)[i - 1].due_date + 30;
      }
    }
    return rows;
  };
  // An integration that forgets to re-check the switch at acceptance.
  wrong.accept = [](const tt::AcceptRequest&) { return absl::OkStatus(); };
  wrong.ledger = nullptr;
  const tt::ConformanceReport r = tt::RunConformance(wrong);
  INFO(r.ToText());
  auto result = [&](const std::string& id) {
    for (const tt::ScenarioResult& s : r.results) {
      if (s.id == id) return s;
    }
    return tt::ScenarioResult{};
  };
  CHECK(result("quote/month-end-shipment").outcome == tt::ScenarioOutcome::kFailed);
  CHECK(result("quote/month-end-shipment").detail ==
        "row 2: due_date 2026-03-30, expected 2026-03-31");
  CHECK(result("accept/opt-out-between-offer-and-acceptance").detail ==
        "status: OK, expected FAILED_PRECONDITION");
  CHECK(result("ledger/duplicate-payment").outcome ==
        tt::ScenarioOutcome::kSkipped);
  CHECK(result("quote/jpy-pay-in-3").outcome == tt::ScenarioOutcome::kPassed);
  CHECK(r.ToText().find("FAIL quote/month-end-shipment: row 2") !=
        std::string::npos);
}

// docs/errors.md "testing helpers": no testing.h function returns a Status;
// the reference adapter passes tenor's codes on and adds two of its own.
TEST_CASE("errors: the reference adapter passes tenor's codes on",
          "[errors][testing]") {
  const tt::ConformanceAdapter a = tt::ReferenceAdapter();
  tt::QuoteRequest q;
  q.currency = "GBP";
  q.amount = "100.00";
  q.purchase_date = CivilDay(2026, 1, 31);
  TENOR_REQUIRE_OK(a.quote(q));
  q.currency = "XYZ";
  TENOR_REQUIRE_FAILS(a.quote(q), absl::StatusCode::kNotFound, "XYZ");
  q.currency = "GBP";
  q.amount = "1,00";
  TENOR_REQUIRE_FAILS(a.quote(q), absl::StatusCode::kInvalidArgument, "1,00");
  q.amount = "100.00";
  q.product = static_cast<tenor::ProductKind>(9);
  TENOR_REQUIRE_FAILS(a.quote(q), absl::StatusCode::kInvalidArgument,
                      "product: unknown");
  q.product = tenor::ProductKind::kFinancing;
  q.term_months = 6;
  q.rate_percent = "1001";
  TENOR_REQUIRE_FAILS(a.quote(q), absl::StatusCode::kOutOfRange, "1000");

  tt::CheckoutRequest c;
  c.amount = "450.00";
  c.purchase_date = CivilDay(2026, 3, 10);
  c.at = kNow;
  TENOR_REQUIRE_OK(a.checkout(c));
  c.switches = {{tenor::SwitchAction::kOn, kNow - absl::Hours(1),
                 tenor::Channel::kSelfService, "customer"}};
  TENOR_REQUIRE_FAILS(a.checkout(c), absl::StatusCode::kPermissionDenied, "");
  c.switches.clear();
  tt::AcceptRequest r;
  r.checkout = c;
  r.product_id = "pay-in-99";
  r.accept_at = kNow + absl::Minutes(5);
  TENOR_REQUIRE_FAILS(a.accept(r), absl::StatusCode::kFailedPrecondition,
                      "product_id: pay-in-99 was not offered");
  r.product_id = "pay-in-3";
  r.switches_after_offer = {{tenor::SwitchAction::kOff, kNow + absl::Minutes(1),
                             tenor::Channel::kSelfService, "customer"}};
  TENOR_REQUIRE_FAILS(a.accept(r), absl::StatusCode::kFailedPrecondition, "");

  tt::LedgerRequest l;
  l.quote.currency = "GBP";
  l.quote.amount = "100.00";
  l.quote.purchase_date = CivilDay(2026, 1, 31);
  l.as_of = CivilDay(2026, 3, 1);
  l.events = {{tt::PaymentEvent::Kind::kPayment, "P1", "33.34", CivilDay(2026, 1, 31)},
              {tt::PaymentEvent::Kind::kPayment, "P1", "1.00", CivilDay(2026, 1, 31)}};
  TENOR_REQUIRE_FAILS(a.ledger(l), absl::StatusCode::kAlreadyExists, "P1");
  l.events = {{tt::PaymentEvent::Kind::kReversal, "P7", "", CivilDay(2026, 2, 1)}};
  TENOR_REQUIRE_FAILS(a.ledger(l), absl::StatusCode::kNotFound, "P7");
  l.events = {{tt::PaymentEvent::Kind::kPayment, "P1", "x", CivilDay(2026, 2, 1)}};
  TENOR_REQUIRE_FAILS(a.ledger(l), absl::StatusCode::kInvalidArgument, "x");
}

}  // namespace
