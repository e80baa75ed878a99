// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: testing.h  (target tenor::testing, optional)
// -----------------------------------------------------------------------------
//
// Help for integrators' unit tests: readable values in failure messages,
// matchers whose failures name the row and the field, builders with sane
// defaults, and a conformance kit that runs an integrator's adapter against
// a table of scenarios shipped with tenor. Like the rendering layer it sits
// on top of every other layer.
//
// Printing. `tenor::testing::Describe(x)` is the text failure messages use:
// "GBP 172.55", not bytes. GoogleTest finds the `PrintTo` overloads below by
// argument-dependent lookup; Catch2 uses the `Catch::StringMaker`
// specialisations, which this header defines when Catch2 is included before
// it (v2 `<catch2/catch.hpp>` or v3 `<catch2/catch_test_macros.hpp>`).
//
// Matchers return a `MatchResult`: true, or false with a message such as
// "row 6 (due 2026-07-15): amount 172.53 != interest 1.71 + principal
// 170.80". Use them as
//
//   CHECK(tenor::testing::InstalmentsSumToTotal(schedule));   // Catch2
//   EXPECT_TRUE(tenor::testing::IsOffered(decision, "pay-in-3"));  // gtest
//
// and the failure prints the message (Catch2 through StringMaker, gtest
// through PrintTo / `.message()`).
//
// Example:
//
//   const absl::Time now = absl::FromUnixSeconds(1773136800);
//   tenor::testing::Customer c = tenor::testing::SwitchedOffYesterday(now);
//   absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
//       c.history, c.assessments, c.outstanding, tenor::ExampleCatalog(),
//       tenor::testing::CartOf("450.00"), now);
//   CHECK(tenor::testing::IsRefusedFor(*d, "pay-in-3",
//                                      tenor::RefusalReason::kCreditOptedOut));

#ifndef TENOR_TESTING_H_
#define TENOR_TESTING_H_

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

TENOR_BEGIN_NAMESPACE
namespace testing {

// -----------------------------------------------------------------------------
// Describe(): the text of a value in a failure message
// -----------------------------------------------------------------------------

std::string Describe(const Money& m);          // "GBP 172.55"
std::string Describe(Currency c);              // "GBP (2 decimals)"
std::string Describe(const Rate& r);           // "12% p.a."
std::string Describe(const Apr& a);            // "APR 12.7%"
// "#6 due 2026-07-15: amount 17253, interest 171, principal 17082,
// balance 0 (minor units)": a row does not know its currency.
std::string Describe(const Instalment& i);
std::string Describe(const Schedule& s);       // ToText(s)
std::string Describe(const ProductDecision& p);  // "pay-in-3: offered"
std::string Describe(const CheckoutDecision& d);  // ToJson(d)
std::string Describe(const InstalmentPosition& p);
std::string Describe(const ArrearsStatus& a);  // "in_arrears (2 missed)"
std::string Describe(const Statement& s);

// -----------------------------------------------------------------------------
// Matchers
// -----------------------------------------------------------------------------

// MatchResult
//
// The outcome of a matcher: converts to bool; message() says what differs,
// naming the row and the field.
class MatchResult {
 public:
  static MatchResult Pass() { return MatchResult(true, "matches"); }
  static MatchResult Fail(std::string message) {
    return MatchResult(false, std::move(message));
  }
  explicit operator bool() const { return ok_; }
  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  MatchResult(bool ok, std::string message)
      : ok_(ok), message_(std::move(message)) {}
  bool ok_;
  std::string message_;
};

// InstalmentsSumToTotal()
//
// Every row's amount is its interest plus its principal, the rows are
// numbered 1..n, the principals sum to the amount of credit, the amounts to
// the total payable, and the last balance is 0.
MatchResult InstalmentsSumToTotal(const Schedule& schedule);

// EqualsAmount()
//
// `actual` is exactly `expected` ("172.55" in actual's currency, or
// "GBP 172.55" naming the currency).
MatchResult EqualsAmount(const Money& actual, std::string_view expected);

// IsOffered() / IsRefusedFor()
//
// Product `product_id` is offered; or refused with `reason` among its
// reasons.
MatchResult IsOffered(const CheckoutDecision& decision,
                      std::string_view product_id);
MatchResult IsRefusedFor(const CheckoutDecision& decision,
                         std::string_view product_id, RefusalReason reason);

// -----------------------------------------------------------------------------
// Builders with sane defaults
// -----------------------------------------------------------------------------

// MoneyOf()
//
// The amount "172.55" in `currency_code` (default GBP). A malformed literal
// is a bug in the test: absl::StatusOr::value() reports it (it throws
// absl::BadStatusOrAccess, which test frameworks show with its message).
Money MoneyOf(std::string_view amount, std::string_view currency_code = "GBP");

// CartOf()
//
// A cart of `amount` bought (and shipped) on `purchase_date`.
Cart CartOf(std::string_view amount,
            absl::CivilDay purchase_date = absl::CivilDay(2026, 3, 10),
            std::string_view currency_code = "GBP");

// Customer
//
// What EvaluateCheckout() needs to know about a customer.
struct Customer {
  CreditSwitchHistory history;
  std::vector<CreditAssessment> assessments;
  Money outstanding = Money::Zero(*Currency::FromCode("GBP"));
};

// CreditOn()
//
// Credit on, with a soft and a hard check approved a day before `now` with a
// limit of 5000.00 GBP: the example catalog offers everything in its limits.
Customer CreditOn(absl::Time now);

// SwitchedOffYesterday()
//
// As CreditOn(), but the customer switched credit off in the app 24 hours
// before `now`.
Customer SwitchedOffYesterday(absl::Time now);

// SwitchedBackOnByAgent()
//
// Switched off two days before `now` and back on by customer service
// (agent "agent-1") 24 hours before `now`, with no re-enable delay.
Customer SwitchedBackOnByAgent(absl::Time now);

// ExampleCatalog() is tenor::ExampleCatalog() (checkout/catalog.h).

// -----------------------------------------------------------------------------
// The conformance kit
// -----------------------------------------------------------------------------
//
// A table of scenarios with their expected results, written out by hand
// from credit-rules.md (not computed by tenor), and a runner that sends each
// scenario through an integrator's adapter: four functions that call the
// integrator's own service, the way production does, and translate the
// answer into plain values. A function left empty skips its scenarios.

// A quote: what the integrator's "show me the schedule" call takes.
struct QuoteRequest {
  ProductKind product = ProductKind::kPayInN;
  std::string currency;  // "GBP"
  std::string amount;    // "100.00"
  absl::CivilDay purchase_date;
  std::optional<absl::CivilDay> shipment_date;
  int term_months = 0;         // financing
  std::string rate_percent;    // financing, e.g. "12"
};

// One row of a quote as the integrator shows it.
struct QuotedInstalment {
  absl::CivilDay due_date;
  std::string amount;  // exact decimal text, "33.34"
  friend bool operator==(const QuotedInstalment& a, const QuotedInstalment& b) {
    return a.due_date == b.due_date && a.amount == b.amount;
  }
};

// A credit-switch request in a customer's history.
struct SwitchRequest {
  SwitchAction action = SwitchAction::kOff;
  absl::Time at;
  Channel channel = Channel::kSelfService;
  std::string actor = "customer";
};

// A checkout against the example catalog for a customer whose soft and hard
// checks were approved (limit 5000.00) a day before `at`.
struct CheckoutRequest {
  std::string currency = "GBP";
  std::string amount;
  absl::CivilDay purchase_date;
  absl::Time at;
  std::vector<SwitchRequest> switches;
};

// What the integrator's checkout answered for one product.
struct ProductOutcome {
  std::string product_id;
  bool offered = false;
  std::vector<std::string> reasons;  // RefusalReasonCode()s when refused
};

// Accepting `product_id` (term `term_months` for financing) at `accept_at`,
// after `switches_after_offer` were recorded.
struct AcceptRequest {
  CheckoutRequest checkout;
  std::string product_id;
  int term_months = 0;
  std::vector<SwitchRequest> switches_after_offer;
  absl::Time accept_at;
};

// A payment event sent to the integrator's repayment ledger.
struct PaymentEvent {
  enum class Kind { kPayment, kReversal } kind = Kind::kPayment;
  std::string id;
  std::string amount;  // payments only
  absl::CivilDay value_date;
};

// A ledger over the schedule of `quote`, the events, read as of `as_of`.
struct LedgerRequest {
  QuoteRequest quote;
  std::vector<PaymentEvent> events;
  absl::CivilDay as_of;
};

// What the integrator's ledger reports.
struct LedgerOutcome {
  std::vector<std::string> statuses;  // InstalmentStatusName() per row
  std::string outstanding;            // "66.66"
  std::string arrears;                // ArrearsStateName()
  std::vector<std::string> duplicates;  // ids of exact repeats
};

// ConformanceAdapter
//
// The integrator's side. Each function calls the integrator's service; a
// non-OK status is what the service reported (a refused acceptance is
// expected to be FailedPrecondition).
struct ConformanceAdapter {
  std::function<absl::StatusOr<std::vector<QuotedInstalment>>(
      const QuoteRequest&)>
      quote;
  std::function<absl::StatusOr<std::vector<ProductOutcome>>(
      const CheckoutRequest&)>
      checkout;
  std::function<absl::Status(const AcceptRequest&)> accept;
  std::function<absl::StatusOr<LedgerOutcome>(const LedgerRequest&)> ledger;
};

// ConformanceScenario
//
// One row of the table: an id such as "quote/month-end-shipment", the rule
// it checks, and exactly one request with its expected result.
struct ConformanceScenario {
  std::string id;
  std::string rule;  // "credit-rules §4.3"
  std::string description;
  std::optional<QuoteRequest> quote;
  std::vector<QuotedInstalment> expected_rows;
  std::optional<CheckoutRequest> checkout;
  std::vector<ProductOutcome> expected_products;
  std::optional<AcceptRequest> accept;
  absl::StatusCode expected_accept = absl::StatusCode::kOk;
  std::optional<LedgerRequest> ledger;
  LedgerOutcome expected_ledger;
};

// ConformanceScenarios()
//
// The table shipped with this version of tenor: month-end and leap-day
// shipments, JPY and KWD amounts, one-unit remainders, min and max
// boundaries, opt-out at the checkout instant and between offer and
// acceptance, duplicate and reversed payments.
const std::vector<ConformanceScenario>& ConformanceScenarios();

// ScenarioResult / ConformanceReport
enum class ScenarioOutcome { kPassed, kFailed, kSkipped };

struct ScenarioResult {
  std::string id;
  ScenarioOutcome outcome = ScenarioOutcome::kSkipped;
  // What differed ("row 2: due_date 2026-03-30, expected 2026-03-31"), the
  // adapter's error, or why the scenario was skipped.
  std::string detail;
};

struct ConformanceReport {
  std::vector<ScenarioResult> results;
  int passed() const;
  int failed() const;
  int skipped() const;
  bool all_passed() const { return failed() == 0; }
  // One line per scenario: "PASS quote/month-end-shipment", "FAIL ...: ".
  std::string ToText() const;
};

// RunConformance()
//
// Runs every scenario of ConformanceScenarios() (or `scenarios`) through
// `adapter`. Never throws for an adapter's error: that scenario fails.
ConformanceReport RunConformance(const ConformanceAdapter& adapter);
ConformanceReport RunConformance(
    const ConformanceAdapter& adapter,
    const std::vector<ConformanceScenario>& scenarios);

// ReferenceAdapter()
//
// An adapter that calls tenor directly: what a correct integration answers.
// tenor's own tests run the table through it.
ConformanceAdapter ReferenceAdapter();

// -----------------------------------------------------------------------------
// GoogleTest printers (found by argument-dependent lookup)
// -----------------------------------------------------------------------------
inline void PrintTo(const MatchResult& r, std::ostream* os) {
  *os << r.message();
}

}  // namespace testing

// GoogleTest looks for PrintTo in the value's own namespace.
inline void PrintTo(const Money& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const Currency& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const Rate& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const Instalment& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const Schedule& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const ProductDecision& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const CheckoutDecision& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const InstalmentPosition& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const ArrearsStatus& v, std::ostream* os) { *os << testing::Describe(v); }
inline void PrintTo(const Statement& v, std::ostream* os) { *os << testing::Describe(v); }

TENOR_END_NAMESPACE

// -----------------------------------------------------------------------------
// Catch2 StringMaker specialisations (when Catch2 is included first)
// -----------------------------------------------------------------------------
#if defined(CATCH_VERSION_MAJOR) || defined(TWOBLUECUBES_CATCH_HPP_INCLUDED)
namespace Catch {
#define TENOR_TESTING_STRING_MAKER_(T)                   \
  template <>                                            \
  struct StringMaker<T> {                                \
    static std::string convert(const T& v) {             \
      return ::tenor::testing::Describe(v);              \
    }                                                    \
  }
TENOR_TESTING_STRING_MAKER_(::tenor::Money);
TENOR_TESTING_STRING_MAKER_(::tenor::Currency);
TENOR_TESTING_STRING_MAKER_(::tenor::Rate);
TENOR_TESTING_STRING_MAKER_(::tenor::Apr);
TENOR_TESTING_STRING_MAKER_(::tenor::Instalment);
TENOR_TESTING_STRING_MAKER_(::tenor::Schedule);
TENOR_TESTING_STRING_MAKER_(::tenor::ProductDecision);
TENOR_TESTING_STRING_MAKER_(::tenor::CheckoutDecision);
TENOR_TESTING_STRING_MAKER_(::tenor::InstalmentPosition);
TENOR_TESTING_STRING_MAKER_(::tenor::ArrearsStatus);
TENOR_TESTING_STRING_MAKER_(::tenor::Statement);
#undef TENOR_TESTING_STRING_MAKER_
template <>
struct StringMaker<::tenor::testing::MatchResult> {
  static std::string convert(const ::tenor::testing::MatchResult& r) {
    return r.message();
  }
};
}  // namespace Catch
#endif

#endif  // TENOR_TESTING_H_
