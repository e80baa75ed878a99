// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// How a checkout service calls tenor: a request handler, as a web framework
// would call it, for "which payment options can this cart have?" and "the
// customer chose one". The service's own concerns (parsing the request,
// loading the customer's credit-switch events and assessments from its
// database, the HTTP status) are plain code around three tenor calls:
// CreditSwitchHistory::FromEvents, EvaluateCheckout and Accept, with the
// answer rendered by tenor::ToJson so that every service shows the same
// bytes.
//
// main() plays a few requests through the handlers and checks the answers;
// ctest runs it ("example: checkout_service").

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

namespace checkout_service {

// What arrives from the HTTP layer (already decoded from JSON): strings, as
// the wire has them. Amounts are exact decimal text, never floats.
struct OptionsRequest {
  std::string customer_id;
  std::string currency;   // "GBP"
  std::string amount;     // "450.00"
  std::string purchase_date;  // "2026-03-10"
};

struct AcceptRequest {
  std::string customer_id;
  std::string offer_token;  // from the options response
  std::string product_id;
  std::optional<int> term_months;
};

struct Response {
  int http_status = 200;
  std::string body;  // JSON
};

// The service's database, in memory for the example.
struct CustomerRecord {
  std::vector<tenor::CreditSwitchEvent> switch_events;
  std::vector<tenor::CreditAssessment> assessments;
  std::string outstanding = "0.00";
};

class Service {
 public:
  explicit Service(tenor::Catalog catalog) : catalog_(std::move(catalog)) {}

  std::map<std::string, CustomerRecord>& customers() { return customers_; }

  // POST /checkout/options
  Response HandleOptions(const OptionsRequest& req, absl::Time now) {
    absl::StatusOr<tenor::Currency> currency =
        tenor::Currency::FromCode(req.currency);
    if (!currency.ok()) return Error(400, "currency", currency.status());
    absl::StatusOr<tenor::Money> amount =
        tenor::Money::Parse(req.amount, *currency);
    if (!amount.ok()) return Error(400, "amount", amount.status());
    absl::StatusOr<absl::CivilDay> day = tenor::ParseDate(req.purchase_date);
    if (!day.ok()) return Error(400, "purchase_date", day.status());
    auto it = customers_.find(req.customer_id);
    if (it == customers_.end()) {
      return Error(404, "customer_id", absl::NotFoundError("no such customer"));
    }
    // Load the history fresh for every request: the switch is the
    // customer's, and must be current (§6).
    absl::StatusOr<tenor::CreditSwitchHistory> history =
        tenor::CreditSwitchHistory::FromEvents(it->second.switch_events);
    if (!history.ok()) return Error(500, "switch_events", history.status());
    absl::StatusOr<tenor::Money> outstanding =
        tenor::Money::Parse(it->second.outstanding, *currency);
    if (!outstanding.ok()) return Error(500, "outstanding", outstanding.status());

    absl::StatusOr<tenor::CheckoutDecision> decision = tenor::EvaluateCheckout(
        *history, it->second.assessments, *outstanding, catalog_,
        tenor::Cart{*amount, *day, std::nullopt}, now);
    if (!decision.ok()) return Error(400, "cart", decision.status());
    // Keep the decision: only an offer tenor made can be accepted.
    const std::string token = absl::StrCat("offer-", ++next_token_);
    decisions_.insert_or_assign(token, *decision);
    return Response{200, absl::StrCat("{\"offer_token\":\"", token,
                                      "\",\"decision\":",
                                      tenor::ToJson(*decision), "}")};
  }

  // POST /checkout/accept
  Response HandleAccept(const AcceptRequest& req, absl::Time now) {
    auto d = decisions_.find(req.offer_token);
    if (d == decisions_.end()) {
      return Error(404, "offer_token", absl::NotFoundError("unknown offer"));
    }
    const tenor::ProductDecision* p = d->second.Find(req.product_id);
    if (p == nullptr || !p->offered()) {
      return Error(409, "product_id",
                   absl::FailedPreconditionError("this product was not offered"));
    }
    auto c = customers_.find(req.customer_id);
    if (c == customers_.end()) {
      return Error(404, "customer_id", absl::NotFoundError("no such customer"));
    }
    absl::StatusOr<tenor::CreditSwitchHistory> history =
        tenor::CreditSwitchHistory::FromEvents(c->second.switch_events);
    if (!history.ok()) return Error(500, "switch_events", history.status());
    // Accept re-checks the switch against the fresh history: a customer who
    // switched credit off after seeing the offer gets no agreement.
    absl::StatusOr<tenor::Agreement> agreement =
        tenor::Accept(*p->offer, *history, now, req.term_months);
    if (!agreement.ok()) {
      const int code = agreement.status().code() ==
                               absl::StatusCode::kFailedPrecondition
                           ? 409
                           : 400;
      return Error(code, "accept", agreement.status());
    }
    decisions_.erase(d);  // an offer is accepted once
    return Response{201, absl::StrCat("{\"product\":\"", agreement->product_id(),
                                      "\",\"schedule\":",
                                      tenor::ToJson(agreement->schedule()),
                                      "}")};
  }

 private:
  static Response Error(int http, const char* field, const absl::Status& s) {
    std::string message(s.message());
    // The messages are tenor's: they name the field and the problem. JSON
    // needs its quotes escaped.
    std::string escaped;
    for (char ch : message) {
      if (ch == '"' || ch == '\\') escaped += '\\';
      escaped += ch;
    }
    return Response{http, absl::StrCat("{\"error\":{\"field\":\"", field,
                                       "\",\"code\":\"",
                                       absl::StatusCodeToString(s.code()),
                                       "\",\"message\":\"", escaped, "\"}}")};
  }

  tenor::Catalog catalog_;
  std::map<std::string, CustomerRecord> customers_;
  std::map<std::string, tenor::CheckoutDecision> decisions_;
  int next_token_ = 0;
};

}  // namespace checkout_service

namespace {

absl::Time At(int y, int mo, int d, int h, int mi) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, 0),
                         absl::UTCTimeZone());
}

int failures = 0;

void Expect(bool ok, const char* what, const checkout_service::Response& r) {
  std::printf("%s %s\n  -> %d %s\n", ok ? "ok  " : "FAIL", what, r.http_status,
              r.body.c_str());
  if (!ok) ++failures;
}

bool Has(const std::string& body, const std::string& part) {
  return body.find(part) != std::string::npos;
}

}  // namespace

int main() {
  using checkout_service::Response;
  checkout_service::Service service(tenor::ExampleCatalog());
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const absl::Time now = At(2026, 3, 10, 10, 0);
  const tenor::Money limit = *tenor::Money::Parse("5000.00", gbp);
  const std::vector<tenor::CreditAssessment> checks = {
      {tenor::AssessmentKind::kSoft, tenor::AssessmentOutcome::kApproved, limit,
       now - absl::Hours(24)},
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved, limit,
       now - absl::Hours(24)}};
  service.customers()["alice"].assessments = checks;
  service.customers()["bob"].assessments = checks;
  service.customers()["bob"].switch_events = {
      {now - absl::Minutes(10), tenor::SwitchAction::kOff,
       tenor::Channel::kSelfService, "bob"}};

  const Response a = service.HandleOptions(
      {"alice", "GBP", "450.00", "2026-03-10"}, now);
  Expect(a.http_status == 200 && Has(a.body, "\"offer_token\":\"offer-1\"") &&
             Has(a.body, "{\"product\":\"pay-in-3\",\"offered\":true"),
         "alice (credit on) is offered Pay in 3", a);

  const Response b =
      service.HandleOptions({"bob", "GBP", "450.00", "2026-03-10"}, now);
  Expect(b.http_status == 200 && Has(b.body, "\"credit_opted_out\":true"),
         "bob (switched off 10 minutes ago) gets Pay now only", b);

  const Response bad =
      service.HandleOptions({"alice", "GBP", "1,000.00", "2026-03-10"}, now);
  Expect(bad.http_status == 400 && Has(bad.body, "\"field\":\"amount\""),
         "a malformed amount is a 400 naming the field", bad);

  const Response ok = service.HandleAccept(
      {"alice", "offer-1", "financing", 12}, now + absl::Minutes(2));
  Expect(ok.http_status == 201 && Has(ok.body, "\"term_months\":12"),
         "alice takes financing over 12 months", ok);

  // Alice asks again, then switches credit off in the app before paying.
  const Response again = service.HandleOptions(
      {"alice", "GBP", "450.00", "2026-03-10"}, now + absl::Minutes(3));
  service.customers()["alice"].switch_events.push_back(
      {now + absl::Minutes(4), tenor::SwitchAction::kOff,
       tenor::Channel::kSelfService, "alice"});
  const Response refused = service.HandleAccept(
      {"alice", "offer-3", "pay-in-3", std::nullopt}, now + absl::Minutes(5));
  Expect(again.http_status == 200 && refused.http_status == 409 &&
             Has(refused.body, "FAILED_PRECONDITION"),
         "a switch-off between offer and acceptance is a 409, no agreement",
         refused);

  const Response twice = service.HandleAccept(
      {"alice", "offer-1", "financing", 12}, now + absl::Minutes(6));
  Expect(twice.http_status == 404, "an offer is accepted only once", twice);

  if (failures != 0) {
    std::printf("%d check(s) failed\n", failures);
    return 1;
  }
  std::printf("checkout_service: all requests answered as expected\n");
  return 0;
}
