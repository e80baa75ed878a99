// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/products/pay_in_30_days.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE

absl::Status PayIn30Days::Validate() const {
  if (days < 1) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "pay in 30 days: days %d must be at least 1", days));
  }
  if (extension_days < 1) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "pay in 30 days: extension_days %d must be at least 1",
        extension_days));
  }
  if (max_extensions < 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "pay in 30 days: max_extensions %d must not be negative",
        max_extensions));
  }
  if (absl::Status s = limits.Validate(); !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("pay in 30 days: ", s.message()));
  }
  return absl::OkStatus();
}

TENOR_END_NAMESPACE
