// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/products/pay_in_n.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE

absl::Status PayInN::Validate() const {
  if (count < kMinPayInNCount || count > kMaxPayInNCount) {
    return absl::InvalidArgumentError(
        absl::StrFormat("pay in N: count %d must be between %d and %d", count,
                        kMinPayInNCount, kMaxPayInNCount));
  }
  if (interval_days < 1) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "pay in N: interval_days %d must be at least 1", interval_days));
  }
  if (absl::Status s = limits.Validate(); !s.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("pay in N: ", s.message()));
  }
  return absl::OkStatus();
}

TENOR_END_NAMESPACE
