// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/products/product.h"

#include <string_view>
#include <variant>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE

std::string_view ProductKindName(ProductKind kind) {
  switch (kind) {
    case ProductKind::kPayIn30Days:
      return "pay_in_30_days";
    case ProductKind::kPayInN:
      return "pay_in_n";
    case ProductKind::kFinancing:
      return "financing";
  }
  return "unknown";
}

absl::StatusOr<ProductKind> ParseProductKind(std::string_view name) {
  for (ProductKind kind : {ProductKind::kPayIn30Days, ProductKind::kPayInN,
                           ProductKind::kFinancing}) {
    if (ProductKindName(kind) == name) return kind;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "product kind \"%s\": unknown; expected pay_in_30_days, pay_in_n or "
      "financing",
      name));
}

ProductKind KindOf(const Product& product) {
  // The variant's alternatives are declared in ProductKind's order.
  return static_cast<ProductKind>(product.index());
}

const AmountLimits& LimitsOf(const Product& product) {
  return std::visit(
      [](const auto& p) -> const AmountLimits& { return p.limits; }, product);
}

absl::Status ValidateProduct(const Product& product) {
  return std::visit([](const auto& p) { return p.Validate(); }, product);
}

TENOR_END_NAMESPACE
