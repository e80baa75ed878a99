// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor::testing: printing, matchers and builders (include/tenor/testing.h).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tenor/testing.h"

TENOR_BEGIN_NAMESPACE
namespace testing {
namespace {

std::string Minor(const Schedule& s, int64_t units) {
  return s.ToMoney(units).ToString();
}

const ProductDecision* FindOrNull(const CheckoutDecision& d,
                                  std::string_view id) {
  return d.Find(id);
}

std::string Known(const CheckoutDecision& d) {
  std::string out;
  for (const ProductDecision& p : d.products()) {
    absl::StrAppend(&out, out.empty() ? "" : ", ", p.product_id);
  }
  return out;
}

}  // namespace

std::string Describe(const Money& m) { return m.ToDisplayString(); }
std::string Describe(Currency c) {
  return absl::StrFormat("%s (%d decimals)", std::string(c.code()),
                         c.exponent());
}
std::string Describe(const Rate& r) {
  return absl::StrCat(r.ToString(), "% p.a.");
}
std::string Describe(const Apr& a) { return absl::StrCat("APR ", a.ToString(), "%"); }
std::string Describe(const Instalment& i) {
  return absl::StrFormat(
      "#%d due %s: amount %d, interest %d, principal %d, balance %d (minor "
      "units)",
      i.number, FormatDate(i.due_date), i.amount, i.interest, i.principal,
      i.balance);
}
std::string Describe(const Schedule& s) { return ToText(s); }
std::string Describe(const ProductDecision& p) {
  if (p.offered()) return absl::StrCat(p.product_id, ": offered");
  std::string reasons;
  for (RefusalReason r : p.reasons.ToVector()) {
    absl::StrAppend(&reasons, reasons.empty() ? "" : ", ",
                    std::string(RefusalReasonCode(r)));
  }
  return absl::StrCat(p.product_id, ": refused (", reasons, ")");
}
std::string Describe(const CheckoutDecision& d) { return ToJson(d); }
std::string Describe(const InstalmentPosition& p) {
  return absl::StrFormat(
      "#%d due %s: %s, amount %d, paid %d, outstanding %d (minor units)",
      p.number, FormatDate(p.due_date),
      std::string(InstalmentStatusName(p.status)), p.amount, p.paid(),
      p.outstanding);
}
std::string Describe(const ArrearsStatus& a) {
  if (a.state == ArrearsState::kInArrears) {
    return absl::StrFormat("in_arrears (%d missed)", a.missed_instalments);
  }
  return std::string(ArrearsStateName(a.state));
}
std::string Describe(const Statement& s) {
  std::string out = absl::StrCat("statement as of ", FormatDate(s.as_of), ": ",
                                 Describe(s.arrears));
  for (const InstalmentPosition& p : s.instalments) {
    absl::StrAppend(&out, "\n  ", Describe(p));
  }
  return out;
}

MatchResult InstalmentsSumToTotal(const Schedule& s) {
  int64_t amounts = 0, principals = 0;
  int expected_number = 1;
  for (const Instalment& i : s.instalments()) {
    const std::string row =
        absl::StrFormat("row %d (due %s)", i.number, FormatDate(i.due_date));
    if (i.number != expected_number) {
      return MatchResult::Fail(absl::StrFormat(
          "%s: number is %d, expected %d", row, i.number, expected_number));
    }
    if (i.amount != i.interest + i.principal) {
      return MatchResult::Fail(absl::StrFormat(
          "%s: amount %s != interest %s + principal %s", row,
          Minor(s, i.amount), Minor(s, i.interest), Minor(s, i.principal)));
    }
    amounts += i.amount;
    principals += i.principal;
    ++expected_number;
  }
  if (principals != s.amount_of_credit().minor_units()) {
    return MatchResult::Fail(absl::StrFormat(
        "principal: the rows sum to %s, the amount of credit is %s",
        Minor(s, principals), s.amount_of_credit().ToString()));
  }
  if (amounts != s.total_payable().minor_units()) {
    return MatchResult::Fail(absl::StrFormat(
        "amount: the rows sum to %s, total_payable is %s", Minor(s, amounts),
        s.total_payable().ToString()));
  }
  if (!s.instalments().empty() && s.last_instalment().balance != 0) {
    return MatchResult::Fail(absl::StrFormat(
        "row %d: balance %s, expected 0.00 after the last instalment",
        s.last_instalment().number, Minor(s, s.last_instalment().balance)));
  }
  return MatchResult::Pass();
}

MatchResult EqualsAmount(const Money& actual, std::string_view expected) {
  Currency currency = actual.currency();
  std::string_view text = expected;
  if (expected.size() > 4 && expected[3] == ' ') {
    absl::StatusOr<Currency> c = Currency::FromCode(expected.substr(0, 3));
    if (!c.ok()) {
      return MatchResult::Fail(absl::StrCat("expected: \"", std::string(expected),
                                            "\": ", c.status().message()));
    }
    currency = *c;
    text = expected.substr(4);
  }
  absl::StatusOr<Money> want = Money::Parse(text, currency);
  if (!want.ok()) {
    return MatchResult::Fail(absl::StrCat("expected: \"", std::string(expected), "\": ",
                                          want.status().message()));
  }
  if (actual.currency() != want->currency()) {
    return MatchResult::Fail(absl::StrCat("currency: ", Describe(actual),
                                          ", expected ", Describe(*want)));
  }
  if (actual.minor_units() != want->minor_units()) {
    return MatchResult::Fail(absl::StrCat("amount: ", Describe(actual),
                                          ", expected ", Describe(*want)));
  }
  return MatchResult::Pass();
}

MatchResult IsOffered(const CheckoutDecision& d, std::string_view id) {
  const ProductDecision* p = FindOrNull(d, id);
  if (p == nullptr) {
    return MatchResult::Fail(absl::StrCat("product \"", std::string(id),
                                          "\": not in the decision (", Known(d),
                                          ")"));
  }
  if (!p->offered()) {
    return MatchResult::Fail(absl::StrCat("product ", Describe(*p),
                                          ", expected offered"));
  }
  return MatchResult::Pass();
}

MatchResult IsRefusedFor(const CheckoutDecision& d, std::string_view id,
                         RefusalReason reason) {
  const ProductDecision* p = FindOrNull(d, id);
  if (p == nullptr) {
    return MatchResult::Fail(absl::StrCat("product \"", std::string(id),
                                          "\": not in the decision (", Known(d),
                                          ")"));
  }
  if (p->offered() || !p->reasons.Has(reason)) {
    return MatchResult::Fail(absl::StrCat("product ", Describe(*p),
                                          ", expected refused for ",
                                          std::string(RefusalReasonCode(reason))));
  }
  return MatchResult::Pass();
}

Money MoneyOf(std::string_view amount, std::string_view currency_code) {
  return Money::Parse(amount, Currency::FromCode(currency_code).value()).value();
}

Cart CartOf(std::string_view amount, absl::CivilDay purchase_date,
            std::string_view currency_code) {
  return Cart{MoneyOf(amount, currency_code), purchase_date, std::nullopt};
}

Customer CreditOn(absl::Time now) {
  Customer c;
  const Money limit = MoneyOf("5000.00");
  c.assessments = {
      CreditAssessment{AssessmentKind::kSoft, AssessmentOutcome::kApproved,
                       limit, now - absl::Hours(24)},
      CreditAssessment{AssessmentKind::kHard, AssessmentOutcome::kApproved,
                       limit, now - absl::Hours(24)}};
  return c;
}

Customer SwitchedOffYesterday(absl::Time now) {
  Customer c = CreditOn(now);
  c.history.RequestOff(now - absl::Hours(24), Channel::kSelfService, "customer")
      .value();
  return c;
}

Customer SwitchedBackOnByAgent(absl::Time now) {
  Customer c = CreditOn(now);
  c.history.RequestOff(now - absl::Hours(48), Channel::kSelfService, "customer")
      .value();
  c.history
      .RequestOn(now - absl::Hours(24), Channel::kCustomerService, "agent-1")
      .value();
  return c;
}

}  // namespace testing
TENOR_END_NAMESPACE
