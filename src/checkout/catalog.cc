// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/checkout/catalog.h"

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "tenor/money/rate.h"

TENOR_BEGIN_NAMESPACE
namespace {

absl::Status Bad(size_t index, const CatalogProduct& p, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "catalog product %d (\"%s\"): %s", index, p.id, what));
}

}  // namespace

absl::StatusOr<Catalog> Catalog::Create(std::vector<CatalogProduct> products) {
  std::set<std::string, std::less<>> ids;
  for (size_t k = 0; k < products.size(); ++k) {
    const CatalogProduct& p = products[k];
    if (p.id.empty()) return Bad(k, p, "id must not be empty");
    if (!ids.insert(p.id).second) return Bad(k, p, "id is used twice");
    if (absl::Status s = ValidateProduct(p.product); !s.ok()) {
      return Bad(k, p, std::string(s.message()));
    }
    const std::optional<Currency> limits_currency =
        LimitsOf(p.product).currency();
    if (limits_currency && *limits_currency != p.currency) {
      return Bad(k, p,
                 absl::StrFormat("amount limits are in %s but the product is "
                                 "sold in %s",
                                 limits_currency->code(), p.currency.code()));
    }
    if (p.assessment_validity <= absl::ZeroDuration() ||
        p.assessment_validity == absl::InfiniteDuration()) {
      return Bad(k, p, "assessment_validity must be positive and finite");
    }
  }
  return Catalog(std::make_shared<const std::vector<CatalogProduct>>(
      std::move(products)));
}

const CatalogProduct* Catalog::Find(std::string_view id) const {
  for (const CatalogProduct& p : *products_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

Catalog ExampleCatalog() {
  const Currency gbp = *Currency::FromCode("GBP");
  auto gbp_amount = [gbp](int64_t pounds) {
    return Money::FromMinorUnits(pounds * 100, gbp);
  };
  const absl::Duration thirty_days = absl::Hours(24 * 30);

  PayIn30Days pay_in_30;
  pay_in_30.limits = {gbp_amount(1), gbp_amount(1000)};

  PayInN pay_in_3;
  pay_in_3.limits = {gbp_amount(25), gbp_amount(2000)};

  Financing financing;
  financing.offered_terms = {6, 12, 18, 24, 36};
  financing.rate = *Rate::Parse("18.9");
  financing.limits = {gbp_amount(99), gbp_amount(10000)};
  financing.term_minimums = {{6, gbp_amount(99)},
                             {12, gbp_amount(199)},
                             {18, gbp_amount(299)},
                             {24, gbp_amount(499)},
                             {36, gbp_amount(999)}};

  std::vector<CatalogProduct> products;
  products.push_back({"pay-in-30", gbp, pay_in_30, AssessmentKind::kSoft,
                      thirty_days, true});
  products.push_back({"pay-in-3", gbp, pay_in_3, AssessmentKind::kSoft,
                      thirty_days, true});
  products.push_back({"financing", gbp, financing, AssessmentKind::kHard,
                      thirty_days, true});
  // The example catalog is valid by construction; a test checks Create().
  return *Catalog::Create(std::move(products));
}

TENOR_END_NAMESPACE
