// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/products/financing.h"

#include <algorithm>
#include <optional>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/checked.h"

TENOR_BEGIN_NAMESPACE
namespace {

bool IsKnownMode(RoundingMode mode) {
  return std::find(std::begin(kAllRoundingModes), std::end(kAllRoundingModes),
                   mode) != std::end(kAllRoundingModes);
}

}  // namespace

absl::Status Financing::Validate() const {
  if (offered_terms.empty()) {
    return absl::InvalidArgumentError(
        "financing: offered_terms is empty; offer at least one term");
  }
  for (size_t k = 0; k < offered_terms.size(); ++k) {
    const int term = offered_terms[k];
    if (term < kMinFinancingTerm || term > kMaxFinancingTerm) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing: offered_terms[%d] = %d months is outside %d..%d", k,
          term, kMinFinancingTerm, kMaxFinancingTerm));
    }
    for (size_t j = 0; j < k; ++j) {
      if (offered_terms[j] == term) {
        return absl::InvalidArgumentError(absl::StrFormat(
            "financing: offered_terms lists %d months twice", term));
      }
    }
  }
  // A Rate cannot be built outside 0..1000 %, but the check costs nothing and
  // keeps Validate() the single place that vouches for a product.
  if (rate.micro_percent() < 0 || rate.micro_percent() > Rate::kMaxMicroPercent) {
    return absl::InvalidArgumentError(
        "financing: rate must be between 0 and 1000 %");
  }
  if (!IsKnownMode(rounding)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "financing: rounding %d is not a rounding mode",
        static_cast<int>(rounding)));
  }
  if (absl::Status s = limits.Validate(); !s.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("financing: ", s.message()));
  }
  const std::optional<Currency> currency = limits.currency();
  for (size_t k = 0; k < term_minimums.size(); ++k) {
    const TermMinimum& tm = term_minimums[k];
    if (!Offers(tm.term_months)) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing: term_minimums[%d] is for %d months, which is not an "
          "offered term",
          k, tm.term_months));
    }
    for (size_t j = 0; j < k; ++j) {
      if (term_minimums[j].term_months == tm.term_months) {
        return absl::InvalidArgumentError(absl::StrFormat(
            "financing: term_minimums lists %d months twice", tm.term_months));
      }
    }
    if (tm.minimum.is_negative()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing: term_minimums[%d] minimum %s must not be negative", k,
          tm.minimum));
    }
    const Currency first =
        currency.has_value() ? *currency : term_minimums[0].minimum.currency();
    if (tm.minimum.currency() != first) {
      return internal::CurrencyMismatch(
          absl::StrFormat("financing: term_minimums[%d] minimum", k),
          tm.minimum.currency(), first);
    }
    if (limits.maximum.has_value() && tm.minimum > *limits.maximum) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "financing: term_minimums[%d] minimum %s is above the maximum %s", k,
          tm.minimum, *limits.maximum));
    }
  }
  return absl::OkStatus();
}

bool Financing::Offers(int term_months) const {
  return std::find(offered_terms.begin(), offered_terms.end(), term_months) !=
         offered_terms.end();
}

std::optional<Money> Financing::MinimumFor(int term_months) const {
  std::optional<Money> result = limits.minimum;
  for (const TermMinimum& tm : term_minimums) {
    if (tm.term_months != term_months) continue;
    if (!result.has_value() || tm.minimum > *result) result = tm.minimum;
  }
  return result;
}

TENOR_END_NAMESPACE
