// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Canonical rendering (render/json.h, render/text.h): each rendering checked
// byte for byte. The JSON is what the `tenor` tool prints (the CLI golden
// files in tests/cli/golden are these bytes plus a newline).

#include <climits>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"
#include "tenor_catch.h"

namespace {

using absl::CivilDay;

tenor::Currency Code(const char* code) { return *tenor::Currency::FromCode(code); }
tenor::Money Parse(const char* text, const char* code) {
  return *tenor::Money::Parse(text, Code(code));
}
absl::Time Instant(int y, int mo, int d, int h, int mi) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, 0),
                         absl::UTCTimeZone());
}

// A golden file without its final newline.
std::string Golden(const std::string& name) {
  std::ifstream in(std::string(TENOR_SOURCE_DIR) + "/tests/cli/golden/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

tenor::Schedule Section43() {
  tenor::Financing financing;
  financing.offered_terms = {6};
  financing.rate = *tenor::Rate::Parse("12");
  return *tenor::PreviewFinancing(financing, Parse("1000.00", "GBP"), 6,
                                  CivilDay(2026, 1, 15));
}

tenor::Schedule PayIn3(const char* amount, const char* code, CivilDay day) {
  return *tenor::PreviewPayInN(tenor::PayInN{}, Parse(amount, code), day);
}

TEST_CASE("ToJson(Schedule): §4.3's example, the CLI's golden bytes",
          "[render][json]") {
  CHECK(tenor::ToJson(Section43()) == Golden("quote_financing_4_3.json"));
  CHECK(tenor::ToJson(PayIn3("100.00", "GBP", CivilDay(2026, 1, 31))) ==
        Golden("quote_pay_in_3_4_2.json"));
}

TEST_CASE("ToJson(Schedule): 0- and 3-decimal currencies, leap day, remainder",
          "[render][json]") {
  CHECK(tenor::ToJson(PayIn3("1000", "JPY", CivilDay(2024, 2, 29))) ==
        R"({"product":"pay-in-3","currency":"JPY","amount":"1000","rate_percent":"0","term_months":0,"number_of_instalments":3,"first_due_date":"2024-02-29","last_due_date":"2024-04-29","apr_percent":"0.0","total_interest":"0","total_payable":"1000","instalments":[{"n":1,"due_date":"2024-02-29","amount":"334","interest":"0","principal":"334","balance":"666"},{"n":2,"due_date":"2024-03-30","amount":"333","interest":"0","principal":"333","balance":"333"},{"n":3,"due_date":"2024-04-29","amount":"333","interest":"0","principal":"333","balance":"0"}]})");
  CHECK(tenor::ToJson(PayIn3("10.000", "KWD", CivilDay(2024, 1, 31))) ==
        R"({"product":"pay-in-3","currency":"KWD","amount":"10.000","rate_percent":"0","term_months":0,"number_of_instalments":3,"first_due_date":"2024-01-31","last_due_date":"2024-03-31","apr_percent":"0.0","total_interest":"0.000","total_payable":"10.000","instalments":[{"n":1,"due_date":"2024-01-31","amount":"3.334","interest":"0.000","principal":"3.334","balance":"6.666"},{"n":2,"due_date":"2024-03-01","amount":"3.333","interest":"0.000","principal":"3.333","balance":"3.333"},{"n":3,"due_date":"2024-03-31","amount":"3.333","interest":"0.000","principal":"3.333","balance":"0.000"}]})");
  // The product is named after the instalment count.
  tenor::PayInN four;
  four.count = 4;
  const tenor::Schedule s4 =
      *tenor::PreviewPayInN(four, Parse("100.00", "GBP"), CivilDay(2026, 1, 31));
  CHECK(tenor::ToJson(s4).rfind(R"({"product":"pay-in-4",)", 0) == 0);
}

TEST_CASE("ToText(Schedule): §4.3's example", "[render][text]") {
  CHECK(tenor::ToText(Section43()) ==
        "financing: GBP 1000.00 over 6 instalment(s), rate 12% p.a. (fixed)\n"
        "\n"
        "  n  due               amount      interest     principal       balance\n"
        "  1  2026-02-15        172.55         10.00        162.55        837.45\n"
        "  2  2026-03-15        172.55          8.37        164.18        673.27\n"
        "  3  2026-04-15        172.55          6.73        165.82        507.45\n"
        "  4  2026-05-15        172.55          5.07        167.48        339.97\n"
        "  5  2026-06-15        172.55          3.40        169.15        170.82\n"
        "  6  2026-07-15        172.53          1.71        170.82          0.00\n"
        "     total            1035.28         35.28       1000.00\n"
        "\n"
        "APR 12.7%\n");
}

tenor::CheckoutDecision Decide(const tenor::CreditSwitchHistory& history,
                               const std::vector<tenor::CreditAssessment>& a,
                               const tenor::Cart& cart) {
  return *tenor::EvaluateCheckout(history, a, tenor::Money::Zero(Code("GBP")),
                                  tenor::ExampleCatalog(), cart,
                                  Instant(2026, 3, 10, 10, 0));
}

TEST_CASE("ToJson/ToText(CheckoutDecision): §7, opted out and offered",
          "[render][json][text]") {
  const tenor::Cart cart{Parse("450.00", "GBP"), CivilDay(2026, 3, 10),
                         std::nullopt};
  tenor::CreditSwitchHistory off = *tenor::CreditSwitchHistory::Create({});
  REQUIRE(off.RequestOff(Instant(2026, 3, 10, 9, 50),
                         tenor::Channel::kSelfService, "customer")
              .ok());
  CHECK(tenor::ToJson(Decide(off, {}, cart)) == Golden("checkout_opted_out.json"));
  CHECK(tenor::ToText(Decide(off, {}, cart), cart) ==
        "Checkout of GBP 450.00 at 2026-03-10T10:00:00Z\n"
        "\n"
        "  product     offered   details\n"
        "  pay-now     yes       no credit\n"
        "  pay-in-30   no        credit_opted_out\n"
        "  pay-in-3    no        credit_opted_out\n"
        "  financing   no        credit_opted_out\n"
        "\n"
        "The customer has switched credit off: only Pay now is offered. Show "
        "debt-support resources.\n");

  const tenor::CreditSwitchHistory on = *tenor::CreditSwitchHistory::Create({});
  const std::vector<tenor::CreditAssessment> soft = {tenor::CreditAssessment{
      tenor::AssessmentKind::kSoft, tenor::AssessmentOutcome::kApproved,
      Parse("1000.00", "GBP"), Instant(2026, 3, 1, 0, 0)}};
  CHECK(tenor::ToJson(Decide(on, soft, cart)) ==
        R"({"options":[{"product":"pay-now","offered":true},{"product":"pay-in-30","offered":true,"instalments":[{"n":1,"due_date":"2026-04-09","amount":"450.00"}]},{"product":"pay-in-3","offered":true,"instalments":[{"n":1,"due_date":"2026-03-10","amount":"150.00"},{"n":2,"due_date":"2026-04-09","amount":"150.00"},{"n":3,"due_date":"2026-05-09","amount":"150.00"}]},{"product":"financing","offered":false,"reasons":["credit_check_required"]}],"credit_opted_out":false,"show_debt_support":false})");
  CHECK(tenor::ToText(Decide(on, soft, cart), cart) ==
        "Checkout of GBP 450.00 at 2026-03-10T10:00:00Z\n"
        "\n"
        "  product     offered   details\n"
        "  pay-now     yes       no credit\n"
        "  pay-in-30   yes       450.00 on 2026-04-09\n"
        "  pay-in-3    yes       150.00 on 2026-03-10, 150.00 on 2026-04-09, "
        "150.00 on 2026-05-09\n"
        "  financing   no        credit_check_required\n");
}

TEST_CASE("ToJson/ToText(Ledger): §8 Pay in 3 paid late, with a duplicate",
          "[render][json][text]") {
  tenor::Ledger l =
      *tenor::Ledger::Create(PayIn3("100.00", "GBP", CivilDay(2026, 1, 31)));
  const tenor::Money a = Parse("33.34", "GBP");
  REQUIRE(l.RecordPayment("P1", a, CivilDay(2026, 1, 31)).ok());
  REQUIRE(l.RecordPayment("P2", Parse("33.33", "GBP"), CivilDay(2026, 3, 4),
                          CivilDay(2026, 3, 5))
              .ok());
  const absl::StatusOr<tenor::RecordResult> again =
      l.RecordPayment("P1", a, CivilDay(2026, 1, 31));
  REQUIRE(again.ok());
  REQUIRE(again->duplicate());
  const tenor::LedgerRenderOptions options{{"P1"}};
  CHECK(tenor::ToJson(l, CivilDay(2026, 3, 4), options) ==
        R"({"instalments":[{"n":1,"due_date":"2026-01-31","amount":"33.34","paid":"33.34","outstanding":"0.00","status":"paid","fees":"0.00","refunded":"0.00","missed_from":"2026-02-01"},{"n":2,"due_date":"2026-03-02","amount":"33.33","paid":"33.33","outstanding":"0.00","status":"paid","fees":"0.00","refunded":"0.00","missed_from":"2026-03-03"},{"n":3,"due_date":"2026-04-01","amount":"33.33","paid":"0.00","outstanding":"33.33","status":"upcoming","fees":"0.00","refunded":"0.00","missed_from":"2026-04-02"}],"credit_balance":"0.00","arrears":{"status":"up_to_date","missed":0},"duplicates":["P1"],"as_of":"2026-03-04","currency":"GBP","totals":{"total_payable":"100.00","payments_received":"66.67","payments_reversed":"0.00","allocated":"66.67","fees":"0.00","late_fees":"0.00","refunds":"0.00","outstanding":"33.33"},"transactions":[{"kind":"payment","id":"P1","amount":"33.34","value_date":"2026-01-31","recorded_date":"2026-01-31","counted":true},{"kind":"payment","id":"P2","amount":"33.33","value_date":"2026-03-04","recorded_date":"2026-03-05","counted":true}],"allocations":[{"n":1,"payment":"P1","value_date":"2026-01-31","amount":"33.34","fees":"0.00","interest":"0.00","principal":"33.34"},{"n":2,"payment":"P2","value_date":"2026-03-04","amount":"33.33","fees":"0.00","interest":"0.00","principal":"33.33"}]})");
  CHECK(tenor::ToText(l, CivilDay(2026, 3, 4), options) ==
        "Pay in 3 of GBP 100.00: 3 instalment(s). Status as of 2026-03-04 "
        "(grace days: 0).\n"
        "\n"
        "  n  due             amount        paid  outstanding  status\n"
        "  1  2026-01-31       33.34       33.34         0.00  paid\n"
        "       33.34 from payment P1 paid 2026-01-31 (recorded 2026-01-31)\n"
        "  2  2026-03-02       33.33       33.33         0.00  paid\n"
        "       33.33 from payment P2 paid 2026-03-04 (recorded 2026-03-05), 2 "
        "day(s) after the due date\n"
        "  3  2026-04-01       33.33        0.00        33.33  upcoming\n"
        "\n"
        "Transactions, in value-date order:\n"
        "  2026-01-31  payment   P1                     33.34  recorded "
        "2026-01-31\n"
        "  2026-03-04  payment   P2                     33.33  recorded "
        "2026-03-05\n"
        "\n"
        "Paid 66.67 of 100.00; outstanding 33.33\n"
        "Credit balance: 0.00\n"
        "Arrears: up_to_date\n"
        "Duplicates (recorded once, repeats ignored): P1\n");
  // Without options, no duplicates are listed.
  CHECK(tenor::ToJson(l, CivilDay(2026, 3, 4)).find(R"("duplicates":[])") !=
        std::string::npos);
}

TEST_CASE("ToJson/ToText(SettlementQuote): §9's example", "[render][json][text]") {
  tenor::SettlementTerms terms;
  terms.advances = {tenor::DatedFlow{Parse("5000.00", "GBP"), CivilDay(2010, 3, 1)}};
  for (int k = 1; k <= 48; ++k) {
    terms.instalments.push_back(tenor::DatedFlow{
        Parse("134.57", "GBP"), *tenor::AddMonths(CivilDay(2010, 3, 1), k)});
  }
  terms.apr = tenor::Apr{140, 1};
  const std::vector<tenor::DatedFlow> paid(terms.instalments.begin(),
                                           terms.instalments.begin() + 12);
  const tenor::SettlementQuote q =
      *tenor::QuoteEarlySettlement(terms, paid, CivilDay(2011, 3, 1));
  const tenor::SettlementRenderOptions counts{12, 48};
  CHECK(tenor::ToJson(q, counts) ==
        R"({"settlement_amount":"4027.73","rebate":"816.79","apr_percent":"14.0","currency":"GBP","settlement_date":"2011-03-01","calculation_date":"2011-04-01","deferred":true,"amount_of_credit":"5000.00","instalments_paid":12,"instalments_remaining":36,"repaid":"1614.84","remaining_instalments":"4844.52"})");
  CHECK(tenor::ToText(q, counts) ==
        "early settlement on 2011-03-01 (calculated at 2011-04-01, deferred "
        "one month)\n"
        "\n"
        "  amount of credit            5000.00\n"
        "  APR %                          14.0\n"
        "  instalments paid           12 of 48\n"
        "  repaid                      1614.84\n"
        "  remaining instalments       4844.52\n"
        "  settlement amount           4027.73\n"
        "  rebate                       816.79\n"
        "\n"
        "amounts in GBP\n");
  // The counts are the caller's and not validated: extreme ones still render
  // exactly (no int overflow in instalments_remaining).
  const tenor::SettlementRenderOptions extreme{1, INT_MIN};
  CHECK(tenor::ToJson(q, extreme).find(
            R"("instalments_remaining":-2147483649,)") != std::string::npos);
}

TEST_CASE("ToSvg(Schedule): §4.3's chart, stacked bars and a balance line",
          "[render][svg]") {
  const std::string svg = tenor::ToSvg(Section43());
  // The chart docs/schedules.md shows, byte for byte.
  std::ifstream in(std::string(TENOR_SOURCE_DIR) +
                   "/docs/schedule_financing_4_3.svg");
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(svg == ss.str());
  auto count = [&](const std::string& needle) {
    int n = 0;
    for (std::size_t at = svg.find(needle); at != std::string::npos;
         at = svg.find(needle, at + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(count("fill=\"#2e86c1\"><title>") == 6);  // a principal bar per row
  CHECK(count("fill=\"#f5b041\"><title>") == 6);  // interest on each
  CHECK(svg.find("<title>#6 2026-07-15 interest 1.71</title>") !=
        std::string::npos);
  CHECK(count("<polyline") == 1);
  CHECK(svg.find("Instalment amount (GBP)") != std::string::npos);
  CHECK(svg.find("Balance after the instalment (GBP)") != std::string::npos);
  CHECK(svg.find("Instalment number and due date") != std::string::npos);
  // The balance line starts at the amount of credit and ends at 0: the top
  // and the bottom of the plot.
  CHECK(svg.find("points=\"100,70 ") != std::string::npos);
  CHECK(svg.find(",450\" fill=\"none\"") != std::string::npos);
  // Interest-free: no interest bars.
  const std::string p3 = tenor::ToSvg(PayIn3("100.00", "GBP", CivilDay(2026, 1, 31)));
  CHECK(p3.find("#f5b041\"><title>") == std::string::npos);
}

}  // namespace
