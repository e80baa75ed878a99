// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// tenor's main example (scripts/demo): a checkout for a customer with credit
// on and one who switched it off, with the schedules offered, and what
// happens when someone tries to get around the switch.

#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

namespace {

absl::Time At(int y, int mo, int d, int h, int mi) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, 0),
                         absl::UTCTimeZone());
}

std::string When(absl::Time t) {
  return absl::FormatTime("%Y-%m-%d %H:%M UTC", t, absl::UTCTimeZone());
}

std::string Reasons(const tenor::ProductDecision& p) {
  std::string out;
  for (tenor::RefusalReason r : p.reasons.ToVector()) {
    out += (out.empty() ? "" : ", ") + std::string(tenor::RefusalReasonCode(r));
  }
  return out;
}

void PrintOptions(const tenor::CheckoutDecision& d) {
  std::printf("  %-10s offered\n", "pay-now");
  for (const tenor::ProductDecision& p : d.products()) {
    if (!p.offered()) {
      std::printf("  %-10s refused: %s\n", p.product_id.c_str(),
                  Reasons(p).c_str());
      continue;
    }
    if (p.product_kind == tenor::ProductKind::kFinancing) {
      for (const tenor::Schedule& s : p.offer->previews()) {
        std::printf("  %-10s offered: %2d months, %s a month, total %s, APR %s%%\n",
                    p.product_id.c_str(), s.term_months(),
                    s.ToMoney(s.first_instalment().amount).ToString().c_str(),
                    s.total_payable().ToString().c_str(),
                    s.apr().ToString().c_str());
      }
      continue;
    }
    const tenor::Schedule& s = p.offer->previews()[0];
    std::string plan;
    for (const tenor::Instalment& i : s.instalments()) {
      plan += absl::StrFormat("%s%s on %s", plan.empty() ? "" : ", ",
                              s.ToMoney(i.amount).ToString(),
                              tenor::FormatDate(i.due_date));
    }
    std::printf("  %-10s offered: %s\n", p.product_id.c_str(), plan.c_str());
  }
}

void PrintSchedule(const tenor::Schedule& s) {
  std::printf("\n  %-3s %-10s %10s %10s %10s %10s\n", "n", "due", "amount",
              "interest", "principal", "balance");
  for (const tenor::Instalment& i : s.instalments()) {
    std::printf("  %-3d %-10s %10s %10s %10s %10s\n", i.number,
                tenor::FormatDate(i.due_date).c_str(),
                s.ToMoney(i.amount).ToString().c_str(),
                s.ToMoney(i.interest).ToString().c_str(),
                s.ToMoney(i.principal).ToString().c_str(),
                s.ToMoney(i.balance).ToString().c_str());
  }
  std::printf("  total interest %s, total payable %s, APR %s%%\n",
              s.total_interest().ToString().c_str(),
              s.total_payable().ToString().c_str(), s.apr().ToString().c_str());
}

int Fail(const absl::Status& s) {
  std::fprintf(stderr, "unexpected: %s\n", s.ToString().c_str());
  return 1;
}

}  // namespace

int main() {
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const tenor::Catalog catalog = tenor::ExampleCatalog();
  const absl::Time now = At(2026, 3, 10, 10, 0);
  const std::vector<tenor::CreditAssessment> assessments = {
      {tenor::AssessmentKind::kHard, tenor::AssessmentOutcome::kApproved,
       *tenor::Money::Parse("3000.00", gbp), At(2026, 3, 1, 9, 0)}};
  const tenor::Cart cart{*tenor::Money::Parse("1200.00", gbp),
                         absl::CivilDay(2026, 3, 10), std::nullopt};

  std::printf("tenor %s - checkout demo, example catalog in GBP\n",
              std::string(tenor::Version()).c_str());

  // 1. Credit on.
  std::printf("\n1. Alex (credit on) checks out %s at %s\n",
              cart.amount.ToDisplayString().c_str(), When(now).c_str());
  tenor::CreditSwitchHistory alex;
  absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
      alex, assessments, tenor::Money::Zero(gbp), catalog, cart, now);
  if (!d.ok()) return Fail(d.status());
  PrintOptions(*d);
  const tenor::Offer& financing = *d->Find("financing")->offer;
  absl::StatusOr<tenor::Agreement> agreement =
      tenor::Accept(financing, alex, now + absl::Minutes(1), 12);
  if (!agreement.ok()) return Fail(agreement.status());
  std::printf("\n  Alex accepts financing over 12 months:");
  PrintSchedule(agreement->schedule());

  // 2. Credit switched off ten minutes earlier.
  tenor::CreditSwitchPolicy policy;
  policy.re_enable_delay = absl::Hours(72);
  tenor::CreditSwitchHistory sam = *tenor::CreditSwitchHistory::Create(policy);
  const absl::Time off_at = now - absl::Minutes(10);
  absl::StatusOr<tenor::SwitchOffResult> off =
      sam.RequestOff(off_at, tenor::Channel::kSelfService, "sam");
  if (!off.ok()) return Fail(off.status());
  std::printf("\n2. Sam switched credit off in the app at %s\n",
              When(off_at).c_str());
  if (off->show_debt_support) {
    std::printf("  app: show debt-support resources (signal from tenor)\n");
  }
  d = tenor::EvaluateCheckout(sam, assessments, tenor::Money::Zero(gbp),
                              catalog, cart, now);
  if (!d.ok()) return Fail(d.status());
  std::printf("  Sam checks out %s at %s:\n",
              cart.amount.ToDisplayString().c_str(), When(now).c_str());
  PrintOptions(*d);

  // 3. An offer made before the switch-off cannot be accepted after it.
  tenor::CreditSwitchHistory jo = *tenor::CreditSwitchHistory::Create(policy);
  d = tenor::EvaluateCheckout(jo, assessments, tenor::Money::Zero(gbp),
                              catalog, cart, now);
  if (!d.ok()) return Fail(d.status());
  const tenor::Offer old_offer = *d->Find("pay-in-3")->offer;
  if (!jo.RequestOff(now + absl::Minutes(5), tenor::Channel::kSelfService,
                     "jo")
           .ok()) {
    return 1;
  }
  absl::StatusOr<tenor::Agreement> late =
      tenor::Accept(old_offer, jo, now + absl::Minutes(6));
  std::printf("\n3. Jo was offered Pay in 3 at %s, switched credit off at %s,\n"
              "   and the shop tries to accept the old offer at %s:\n   %s\n",
              When(now).c_str(), When(now + absl::Minutes(5)).c_str(),
              When(now + absl::Minutes(6)).c_str(),
              late.status().ToString().c_str());

  // 4. Switching back on needs customer service, and waits out the delay.
  absl::StatusOr<tenor::SwitchOnResult> self_on =
      sam.RequestOn(now + absl::Hours(1), tenor::Channel::kSelfService, "sam");
  std::printf("\n4. Sam tries to switch credit back on in the app:\n   %s\n",
              self_on.status().ToString().c_str());
  absl::StatusOr<tenor::SwitchOnResult> agent_on = sam.RequestOn(
      now + absl::Hours(2), tenor::Channel::kCustomerService, "agent-42");
  if (!agent_on.ok()) return Fail(agent_on.status());
  std::printf("   agent-42 switches it on at %s; with the 72h re-enable delay it"
              " takes effect at %s\n",
              When(now + absl::Hours(2)).c_str(),
              When(agent_on->effective_at).c_str());
  for (absl::Time t : {now + absl::Hours(3), agent_on->effective_at}) {
    d = tenor::EvaluateCheckout(sam, assessments, tenor::Money::Zero(gbp),
                                catalog, cart, t);
    if (!d.ok()) return Fail(d.status());
    std::printf("   checkout at %s: %s\n", When(t).c_str(),
                d->credit_opted_out() ? "Pay now only (credit still off)"
                                      : "credit products offered again");
  }
  return 0;
}
