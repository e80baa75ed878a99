// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The conformance kit (include/tenor/testing.h): the scenario table, its
// runner, and the reference adapter that calls tenor directly.
//
// The expected results are literals taken from credit-rules.md's rules and
// worked examples (§3 month ends, §4.1-§4.3 schedules and remainders, §6
// the switch, §7 the catalog's limits, §8 duplicates and reversals): they
// are what any correct integration must answer, whatever tenor computes.

#include <algorithm>
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "tenor/testing.h"

TENOR_BEGIN_NAMESPACE
namespace testing {
namespace {

absl::Time At(int y, int mo, int d, int h, int mi) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, 0),
                         absl::UTCTimeZone());
}

QuoteRequest Quote(ProductKind kind, std::string currency, std::string amount,
                   absl::CivilDay day, int term = 0, std::string rate = "") {
  QuoteRequest q;
  q.product = kind;
  q.currency = std::move(currency);
  q.amount = std::move(amount);
  q.purchase_date = day;
  q.term_months = term;
  q.rate_percent = std::move(rate);
  return q;
}

ConformanceScenario QuoteScenario(std::string id, std::string rule,
                                  std::string description, QuoteRequest q,
                                  std::vector<QuotedInstalment> rows) {
  ConformanceScenario s;
  s.id = std::move(id);
  s.rule = std::move(rule);
  s.description = std::move(description);
  s.quote = std::move(q);
  s.expected_rows = std::move(rows);
  return s;
}

CheckoutRequest Checkout(std::string amount, absl::Time at) {
  CheckoutRequest c;
  c.amount = std::move(amount);
  c.purchase_date = absl::ToCivilDay(at, absl::UTCTimeZone());
  c.at = at;
  return c;
}

ConformanceScenario CheckoutScenario(std::string id, std::string rule,
                                     std::string description,
                                     CheckoutRequest c,
                                     std::vector<ProductOutcome> products) {
  ConformanceScenario s;
  s.id = std::move(id);
  s.rule = std::move(rule);
  s.description = std::move(description);
  s.checkout = std::move(c);
  s.expected_products = std::move(products);
  return s;
}

ProductOutcome Offered(std::string id) { return ProductOutcome{std::move(id), true, {}}; }
ProductOutcome Refused(std::string id, std::vector<std::string> reasons) {
  return ProductOutcome{std::move(id), false, std::move(reasons)};
}

PaymentEvent Pay(std::string id, std::string amount, absl::CivilDay day) {
  return PaymentEvent{PaymentEvent::Kind::kPayment, std::move(id),
                      std::move(amount), day};
}
PaymentEvent Reverse(std::string id, absl::CivilDay day) {
  return PaymentEvent{PaymentEvent::Kind::kReversal, std::move(id), "", day};
}

std::vector<ConformanceScenario> BuildTable() {
  using D = absl::CivilDay;
  const ProductKind kFin = ProductKind::kFinancing;
  const ProductKind kPayIn3 = ProductKind::kPayInN;
  std::vector<ConformanceScenario> t;

  // Month ends and leap days (§3: AddMonths clamps to the month's last day,
  // and every due date counts from the anchor, never from the previous one).
  {
    QuoteRequest q = Quote(kFin, "GBP", "1000.00", D(2026, 1, 31), 6, "12");
    t.push_back(QuoteScenario(
        "quote/month-end-shipment", "credit-rules §3, §4.3",
        "financing shipped on 31 January: due on each month's last day",
        q,
        {{D(2026, 2, 28), "172.55"}, {D(2026, 3, 31), "172.55"},
         {D(2026, 4, 30), "172.55"}, {D(2026, 5, 31), "172.55"},
         {D(2026, 6, 30), "172.55"}, {D(2026, 7, 31), "172.53"}}));
  }
  {
    QuoteRequest q = Quote(kFin, "GBP", "600.00", D(2024, 1, 31), 6, "0");
    t.push_back(QuoteScenario(
        "quote/leap-day-first-due-date", "credit-rules §3, §4.3",
        "shipped 2024-01-31: the first instalment falls on the leap day",
        q,
        {{D(2024, 2, 29), "100.00"}, {D(2024, 3, 31), "100.00"},
         {D(2024, 4, 30), "100.00"}, {D(2024, 5, 31), "100.00"},
         {D(2024, 6, 30), "100.00"}, {D(2024, 7, 31), "100.00"}}));
  }
  {
    QuoteRequest q =
        Quote(ProductKind::kPayIn30Days, "GBP", "50.00", D(2024, 2, 29));
    t.push_back(QuoteScenario("quote/leap-day-shipment", "credit-rules §4.1",
                              "Pay in 30 days shipped on the leap day",
                              q, {{D(2024, 3, 30), "50.00"}}));
  }
  // 0- and 3-decimal currencies (§1, §4.2).
  t.push_back(QuoteScenario(
      "quote/jpy-pay-in-3", "credit-rules §1, §4.2",
      "1000 JPY in three: whole yen, the remainder on the first",
      Quote(kPayIn3, "JPY", "1000", D(2024, 2, 29)),
      {{D(2024, 2, 29), "334"}, {D(2024, 3, 30), "333"},
       {D(2024, 4, 29), "333"}}));
  t.push_back(QuoteScenario(
      "quote/kwd-pay-in-3", "credit-rules §1, §4.2",
      "10.000 KWD in three: three decimals",
      Quote(kPayIn3, "KWD", "10.000", D(2024, 1, 31)),
      {{D(2024, 1, 31), "3.334"}, {D(2024, 3, 1), "3.333"},
       {D(2024, 3, 31), "3.333"}}));
  // One-unit remainders (§4.2: one extra minor unit to each of the first
  // instalments until the remainder is used up).
  t.push_back(QuoteScenario(
      "quote/one-unit-remainder", "credit-rules §4.2",
      "100.01 in three: 33.34, 33.34, 33.33",
      Quote(kPayIn3, "GBP", "100.01", D(2026, 1, 31)),
      {{D(2026, 1, 31), "33.34"}, {D(2026, 3, 2), "33.34"},
       {D(2026, 4, 1), "33.33"}}));
  t.push_back(QuoteScenario(
      "quote/smallest-split", "credit-rules §4.2",
      "0.04 in three: 0.02, 0.01, 0.01",
      Quote(kPayIn3, "GBP", "0.04", D(2026, 1, 31)),
      {{D(2026, 1, 31), "0.02"}, {D(2026, 3, 2), "0.01"},
       {D(2026, 4, 1), "0.01"}}));

  // Min and max boundaries of the example catalog (§7): the limits are
  // inclusive.
  const absl::Time at = At(2026, 3, 10, 10, 0);
  t.push_back(CheckoutScenario("checkout/at-minimum", "credit-rules §7",
                               "pay-in-3 at exactly its minimum 25.00",
                               Checkout("25.00", at), {Offered("pay-in-3")}));
  t.push_back(CheckoutScenario(
      "checkout/below-minimum", "credit-rules §7",
      "pay-in-3 one penny below its minimum",
      Checkout("24.99", at),
      {Refused("pay-in-3", {"below_minimum"}), Offered("pay-in-30")}));
  t.push_back(CheckoutScenario(
      "checkout/at-maximum", "credit-rules §7",
      "pay-in-3 at exactly its maximum 2000.00",
      Checkout("2000.00", at),
      {Offered("pay-in-3"), Refused("pay-in-30", {"above_maximum"})}));
  t.push_back(CheckoutScenario("checkout/above-maximum", "credit-rules §7",
                               "pay-in-3 one penny above its maximum",
                               Checkout("2000.01", at),
                               {Refused("pay-in-3", {"above_maximum"})}));
  // Opt-out (§6, §7).
  {
    CheckoutRequest c = Checkout("450.00", at);
    c.switches = {SwitchRequest{SwitchAction::kOff, at, Channel::kSelfService,
                                "customer"}};
    t.push_back(CheckoutScenario(
        "checkout/opt-out-at-checkout-instant", "credit-rules §6, §7",
        "credit switched off at the very instant of the checkout: only Pay "
        "now, every credit product refused with credit_opted_out alone",
        c,
        {Refused("pay-in-30", {"credit_opted_out"}),
         Refused("pay-in-3", {"credit_opted_out"}),
         Refused("financing", {"credit_opted_out"})}));
  }
  {
    ConformanceScenario s;
    s.id = "accept/opt-out-between-offer-and-acceptance";
    s.rule = "credit-rules §6, §7";
    s.description =
        "offered at 10:00, credit switched off at 10:05, accepted at 10:10: "
        "refused (FailedPrecondition), no agreement";
    AcceptRequest a;
    a.checkout = Checkout("450.00", at);
    a.product_id = "pay-in-3";
    a.switches_after_offer = {SwitchRequest{
        SwitchAction::kOff, at + absl::Minutes(5), Channel::kSelfService,
        "customer"}};
    a.accept_at = at + absl::Minutes(10);
    s.accept = a;
    s.expected_accept = absl::StatusCode::kFailedPrecondition;
    t.push_back(s);
    ConformanceScenario ok = s;
    ok.id = "accept/accepted";
    ok.description = "the same offer accepted at 10:10 with credit on";
    ok.accept->switches_after_offer.clear();
    ok.expected_accept = absl::StatusCode::kOk;
    t.push_back(ok);
  }
  // Duplicate and reversed payments (§8).
  {
    ConformanceScenario s;
    s.id = "ledger/duplicate-payment";
    s.rule = "credit-rules §8";
    s.description =
        "the same payment (id, amount, value date) received twice counts "
        "once";
    LedgerRequest l;
    l.quote = Quote(kPayIn3, "GBP", "100.00", D(2026, 1, 31));
    l.events = {Pay("P1", "33.34", D(2026, 1, 31)),
                Pay("P1", "33.34", D(2026, 1, 31))};
    l.as_of = D(2026, 2, 15);
    s.ledger = l;
    s.expected_ledger = LedgerOutcome{{"paid", "upcoming", "upcoming"},
                                      "66.66", "up_to_date", {"P1"}};
    t.push_back(s);
    ConformanceScenario r;
    r.id = "ledger/reversed-payment";
    r.rule = "credit-rules §8";
    r.description =
        "a payment reversed (bounced) three days later: the instalment is "
        "missed again";
    l.events = {Pay("P1", "33.34", D(2026, 1, 31)),
                Reverse("P1", D(2026, 2, 3))};
    l.as_of = D(2026, 2, 10);
    r.ledger = l;
    r.expected_ledger = LedgerOutcome{{"missed", "upcoming", "upcoming"},
                                      "100.00", "in_arrears", {}};
    t.push_back(r);
  }
  return t;
}

std::string CompareQuote(const ConformanceScenario& s,
                         const std::vector<QuotedInstalment>& got) {
  if (got.size() != s.expected_rows.size()) {
    return absl::StrFormat("rows: %d, expected %d", got.size(),
                           s.expected_rows.size());
  }
  for (std::size_t i = 0; i < got.size(); ++i) {
    const QuotedInstalment& g = got[i];
    const QuotedInstalment& e = s.expected_rows[i];
    if (g.due_date != e.due_date) {
      return absl::StrFormat("row %d: due_date %s, expected %s", i + 1,
                             FormatDate(g.due_date), FormatDate(e.due_date));
    }
    if (g.amount != e.amount) {
      return absl::StrFormat("row %d: amount \"%s\", expected \"%s\"", i + 1,
                             g.amount, e.amount);
    }
  }
  return "";
}

std::string CompareProducts(const ConformanceScenario& s,
                            const std::vector<ProductOutcome>& got) {
  for (const ProductOutcome& e : s.expected_products) {
    auto it = std::find_if(got.begin(), got.end(), [&](const ProductOutcome& g) {
      return g.product_id == e.product_id;
    });
    if (it == got.end()) {
      return absl::StrCat("product ", e.product_id, ": missing from the answer");
    }
    if (it->offered != e.offered) {
      return absl::StrCat("product ", e.product_id, ": offered ",
                          it->offered ? "true" : "false", ", expected ",
                          e.offered ? "true" : "false");
    }
    if (!e.offered && it->reasons != e.reasons) {
      return absl::StrCat("product ", e.product_id, ": reasons [",
                          absl::StrJoin(it->reasons, ", "), "], expected [",
                          absl::StrJoin(e.reasons, ", "), "]");
    }
  }
  return "";
}

std::string CompareLedger(const LedgerOutcome& e, const LedgerOutcome& g) {
  if (g.statuses.size() != e.statuses.size()) {
    return absl::StrFormat("statuses: %d rows, expected %d", g.statuses.size(),
                           e.statuses.size());
  }
  for (std::size_t i = 0; i < g.statuses.size(); ++i) {
    if (g.statuses[i] != e.statuses[i]) {
      return absl::StrFormat("row %d: status %s, expected %s", i + 1,
                             g.statuses[i], e.statuses[i]);
    }
  }
  if (g.outstanding != e.outstanding) {
    return absl::StrCat("outstanding: \"", g.outstanding, "\", expected \"",
                        e.outstanding, "\"");
  }
  if (g.arrears != e.arrears) {
    return absl::StrCat("arrears: ", g.arrears, ", expected ", e.arrears);
  }
  if (g.duplicates != e.duplicates) {
    return absl::StrCat("duplicates: [", absl::StrJoin(g.duplicates, ", "),
                        "], expected [", absl::StrJoin(e.duplicates, ", "),
                        "]");
  }
  return "";
}

ScenarioResult RunOne(const ConformanceAdapter& a, const ConformanceScenario& s) {
  ScenarioResult r{s.id, ScenarioOutcome::kSkipped, ""};
  auto judge = [&](const std::string& diff) {
    r.outcome = diff.empty() ? ScenarioOutcome::kPassed : ScenarioOutcome::kFailed;
    r.detail = diff;
  };
  auto error = [&](const absl::Status& st) {
    r.outcome = ScenarioOutcome::kFailed;
    r.detail = absl::StrCat("adapter error: ", st.ToString());
  };
  if (s.quote) {
    if (!a.quote) return {s.id, ScenarioOutcome::kSkipped, "adapter has no quote"};
    absl::StatusOr<std::vector<QuotedInstalment>> got = a.quote(*s.quote);
    if (!got.ok()) error(got.status()); else judge(CompareQuote(s, *got));
  } else if (s.checkout) {
    if (!a.checkout) return {s.id, ScenarioOutcome::kSkipped, "adapter has no checkout"};
    absl::StatusOr<std::vector<ProductOutcome>> got = a.checkout(*s.checkout);
    if (!got.ok()) error(got.status()); else judge(CompareProducts(s, *got));
  } else if (s.accept) {
    if (!a.accept) return {s.id, ScenarioOutcome::kSkipped, "adapter has no accept"};
    const absl::Status got = a.accept(*s.accept);
    judge(got.code() == s.expected_accept
              ? ""
              : absl::StrCat("status: ", got.ToString(), ", expected ",
                             absl::StatusCodeToString(s.expected_accept)));
  } else if (s.ledger) {
    if (!a.ledger) return {s.id, ScenarioOutcome::kSkipped, "adapter has no ledger"};
    absl::StatusOr<LedgerOutcome> got = a.ledger(*s.ledger);
    if (!got.ok()) error(got.status()); else judge(CompareLedger(s.expected_ledger, *got));
  }
  return r;
}

// --- The reference adapter: tenor called directly. ---

absl::StatusOr<Schedule> ReferenceSchedule(const QuoteRequest& q) {
  absl::StatusOr<Currency> c = Currency::FromCode(q.currency);
  if (!c.ok()) return c.status();
  absl::StatusOr<Money> amount = Money::Parse(q.amount, *c);
  if (!amount.ok()) return amount.status();
  const absl::CivilDay ship = q.shipment_date.value_or(q.purchase_date);
  switch (q.product) {
    case ProductKind::kPayIn30Days:
      return PreviewPayIn30Days(PayIn30Days{}, *amount, ship);
    case ProductKind::kPayInN:
      return PreviewPayInN(PayInN{}, *amount, q.purchase_date);
    case ProductKind::kFinancing: {
      Financing f;
      f.offered_terms = {q.term_months};
      absl::StatusOr<Rate> rate = Rate::Parse(q.rate_percent);
      if (!rate.ok()) return rate.status();
      f.rate = *rate;
      return PreviewFinancing(f, *amount, q.term_months, ship);
    }
  }
  return absl::InvalidArgumentError("product: unknown");
}

absl::Status Apply(const std::vector<SwitchRequest>& switches,
                   CreditSwitchHistory* h) {
  for (const SwitchRequest& s : switches) {
    if (s.action == SwitchAction::kOff) {
      absl::StatusOr<SwitchOffResult> r = h->RequestOff(s.at, s.channel, s.actor);
      if (!r.ok()) return r.status();
    } else {
      absl::StatusOr<SwitchOnResult> r = h->RequestOn(s.at, s.channel, s.actor);
      if (!r.ok()) return r.status();
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<CheckoutDecision> ReferenceDecision(const CheckoutRequest& c,
                                                   Customer* customer) {
  absl::StatusOr<Currency> cur = Currency::FromCode(c.currency);
  if (!cur.ok()) return cur.status();
  absl::StatusOr<Money> amount = Money::Parse(c.amount, *cur);
  if (!amount.ok()) return amount.status();
  *customer = CreditOn(c.at);
  if (absl::Status s = Apply(c.switches, &customer->history); !s.ok()) return s;
  return EvaluateCheckout(customer->history, customer->assessments,
                          customer->outstanding, ExampleCatalog(),
                          Cart{*amount, c.purchase_date, std::nullopt}, c.at);
}

}  // namespace

const std::vector<ConformanceScenario>& ConformanceScenarios() {
  static const std::vector<ConformanceScenario>* const kTable =
      new std::vector<ConformanceScenario>(BuildTable());
  return *kTable;
}

int ConformanceReport::passed() const {
  return static_cast<int>(std::count_if(
      results.begin(), results.end(),
      [](const ScenarioResult& r) { return r.outcome == ScenarioOutcome::kPassed; }));
}
int ConformanceReport::failed() const {
  return static_cast<int>(std::count_if(
      results.begin(), results.end(),
      [](const ScenarioResult& r) { return r.outcome == ScenarioOutcome::kFailed; }));
}
int ConformanceReport::skipped() const {
  return static_cast<int>(std::count_if(
      results.begin(), results.end(),
      [](const ScenarioResult& r) { return r.outcome == ScenarioOutcome::kSkipped; }));
}

std::string ConformanceReport::ToText() const {
  std::string out;
  for (const ScenarioResult& r : results) {
    const char* word = r.outcome == ScenarioOutcome::kPassed   ? "PASS"
                       : r.outcome == ScenarioOutcome::kFailed ? "FAIL"
                                                               : "SKIP";
    absl::StrAppend(&out, word, " ", r.id,
                    r.detail.empty() ? "" : absl::StrCat(": ", r.detail), "\n");
  }
  absl::StrAppendFormat(&out, "%d passed, %d failed, %d skipped\n", passed(),
                        failed(), skipped());
  return out;
}

ConformanceReport RunConformance(const ConformanceAdapter& adapter) {
  return RunConformance(adapter, ConformanceScenarios());
}

ConformanceReport RunConformance(
    const ConformanceAdapter& adapter,
    const std::vector<ConformanceScenario>& scenarios) {
  ConformanceReport report;
  for (const ConformanceScenario& s : scenarios) {
    report.results.push_back(RunOne(adapter, s));
  }
  return report;
}

ConformanceAdapter ReferenceAdapter() {
  ConformanceAdapter a;
  a.quote = [](const QuoteRequest& q)
      -> absl::StatusOr<std::vector<QuotedInstalment>> {
    absl::StatusOr<Schedule> s = ReferenceSchedule(q);
    if (!s.ok()) return s.status();
    std::vector<QuotedInstalment> rows;
    for (const Instalment& i : s->instalments()) {
      rows.push_back({i.due_date, s->ToMoney(i.amount).ToString()});
    }
    return rows;
  };
  a.checkout = [](const CheckoutRequest& c)
      -> absl::StatusOr<std::vector<ProductOutcome>> {
    Customer customer;
    absl::StatusOr<CheckoutDecision> d = ReferenceDecision(c, &customer);
    if (!d.ok()) return d.status();
    std::vector<ProductOutcome> out;
    for (const ProductDecision& p : d->products()) {
      ProductOutcome o{p.product_id, p.offered(), {}};
      for (RefusalReason r : p.reasons.ToVector()) {
        o.reasons.emplace_back(RefusalReasonCode(r));
      }
      out.push_back(std::move(o));
    }
    return out;
  };
  a.accept = [](const AcceptRequest& req) -> absl::Status {
    Customer customer;
    absl::StatusOr<CheckoutDecision> d = ReferenceDecision(req.checkout, &customer);
    if (!d.ok()) return d.status();
    const ProductDecision* p = d->Find(req.product_id);
    if (p == nullptr || !p->offered()) {
      return absl::FailedPreconditionError(
          absl::StrCat("product_id: ", req.product_id, " was not offered"));
    }
    if (absl::Status s = Apply(req.switches_after_offer, &customer.history);
        !s.ok()) {
      return s;
    }
    std::optional<int> term;
    if (req.term_months != 0) term = req.term_months;
    absl::StatusOr<Agreement> agreement =
        Accept(*p->offer, customer.history, req.accept_at, term);
    return agreement.status();
  };
  a.ledger = [](const LedgerRequest& req) -> absl::StatusOr<LedgerOutcome> {
    absl::StatusOr<Schedule> s = ReferenceSchedule(req.quote);
    if (!s.ok()) return s.status();
    absl::StatusOr<Ledger> l = Ledger::Create(*s);
    if (!l.ok()) return l.status();
    LedgerOutcome out;
    for (const PaymentEvent& e : req.events) {
      absl::StatusOr<RecordResult> r = absl::InternalError("unreachable");
      if (e.kind == PaymentEvent::Kind::kPayment) {
        absl::StatusOr<Money> m = Money::Parse(e.amount, s->currency());
        if (!m.ok()) return m.status();
        r = l->RecordPayment(e.id, *m, e.value_date);
      } else {
        r = l->RecordReversal(e.id, e.value_date);
      }
      if (!r.ok()) return r.status();
      if (r->duplicate()) out.duplicates.push_back(e.id);
    }
    const Statement st = l->StatementAsOf(req.as_of);
    for (const InstalmentPosition& p : st.instalments) {
      out.statuses.emplace_back(InstalmentStatusName(p.status));
    }
    out.outstanding = s->ToMoney(st.totals.outstanding).ToString();
    out.arrears = std::string(ArrearsStateName(st.arrears.state));
    return out;
  };
  return a;
}

}  // namespace testing
TENOR_END_NAMESPACE
