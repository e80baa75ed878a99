// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Names of a schedule's product shared by the JSON and text renderings.
// Not API.

#ifndef TENOR_SRC_RENDER_PRODUCT_NAME_H_
#define TENOR_SRC_RENDER_PRODUCT_NAME_H_

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// "pay-in-30", "pay-in-N" (N instalments) or "financing".
inline std::string ProductSlug(const Schedule& s) {
  switch (s.product_kind()) {
    case ProductKind::kPayIn30Days:
      return "pay-in-30";
    case ProductKind::kPayInN:
      return absl::StrCat("pay-in-", s.instalments().size());
    case ProductKind::kFinancing:
      return "financing";
  }
  return "";
}

// "Pay in 30 days", "Pay in N", "Financing over n months at r% p.a.".
inline std::string ProductTitle(const Schedule& s) {
  switch (s.product_kind()) {
    case ProductKind::kPayIn30Days:
      return "Pay in 30 days";
    case ProductKind::kPayInN:
      return absl::StrFormat("Pay in %d", s.instalments().size());
    case ProductKind::kFinancing:
      return absl::StrFormat("Financing over %d months at %s%% p.a.",
                             s.term_months(), s.rate().ToString());
  }
  return "";
}

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_RENDER_PRODUCT_NAME_H_
