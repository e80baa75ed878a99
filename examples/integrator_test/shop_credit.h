// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The integrator's code under test: a shop's credit service that wraps
// tenor the way a real checkout would, keeping each customer's credit-switch
// history and the offers it has shown, and speaking plain strings to its
// callers. integrator_test.cc tests it with tenor/testing.h.

#ifndef TENOR_EXAMPLES_INTEGRATOR_TEST_SHOP_CREDIT_H_
#define TENOR_EXAMPLES_INTEGRATOR_TEST_SHOP_CREDIT_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "tenor/tenor.h"

namespace shop {

class ShopCredit {
 public:
  explicit ShopCredit(tenor::Catalog catalog) : catalog_(std::move(catalog)) {}

  // The customer's switch, as the app and the support desk change it.
  absl::Status SwitchOff(const std::string& customer, absl::Time at) {
    return History(customer).RequestOff(at, tenor::Channel::kSelfService,
                                        customer).status();
  }
  absl::Status SwitchOnByAgent(const std::string& customer, absl::Time at,
                               const std::string& agent) {
    return History(customer)
        .RequestOn(at, tenor::Channel::kCustomerService, agent)
        .status();
  }
  void AddAssessment(const std::string& customer, tenor::CreditAssessment a) {
    assessments_[customer].push_back(a);
  }

  // The checkout page: the decision, kept so that the customer can accept.
  absl::StatusOr<tenor::CheckoutDecision> Checkout(const std::string& customer,
                                                   const tenor::Cart& cart,
                                                   absl::Time now) {
    absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
        History(customer), assessments_[customer],
        tenor::Money::Zero(cart.amount.currency()), catalog_, cart, now);
    if (d.ok()) last_decision_.insert_or_assign(customer, *d);
    return d;
  }

  // "Place order" with a credit product: tenor re-checks the switch.
  absl::StatusOr<tenor::Agreement> Accept(const std::string& customer,
                                          const std::string& product_id,
                                          absl::Time now,
                                          std::optional<int> term = {}) {
    auto it = last_decision_.find(customer);
    if (it == last_decision_.end()) {
      return absl::FailedPreconditionError("no checkout shown to " + customer);
    }
    const tenor::ProductDecision* p = it->second.Find(product_id);
    if (p == nullptr || !p->offered()) {
      return absl::FailedPreconditionError(
          absl::StrCat("product_id: ", product_id, " was not offered"));
    }
    return tenor::Accept(*p->offer, History(customer), now, term);
  }

 private:
  tenor::CreditSwitchHistory& History(const std::string& customer) {
    return histories_[customer];
  }

  tenor::Catalog catalog_;
  std::map<std::string, tenor::CreditSwitchHistory> histories_;
  std::map<std::string, std::vector<tenor::CreditAssessment>> assessments_;
  std::map<std::string, tenor::CheckoutDecision> last_decision_;
};

}  // namespace shop

#endif  // TENOR_EXAMPLES_INTEGRATOR_TEST_SHOP_CREDIT_H_
