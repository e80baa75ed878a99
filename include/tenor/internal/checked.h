// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API: helpers shared by tenor's implementation files. Anything in
// `tenor::internal` may change without notice.

#ifndef TENOR_INTERNAL_CHECKED_H_
#define TENOR_INTERNAL_CHECKED_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "tenor/money/currency.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// The one message for every operation that refuses to mix currencies.
inline absl::Status CurrencyMismatch(std::string_view operation, Currency a,
                                     Currency b) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "%s: currency mismatch, %s (exponent %d) vs %s (exponent %d)", operation,
      a.code(), a.exponent(), b.code(), b.exponent()));
}

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_INTERNAL_CHECKED_H_
