// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API. On Debian, absl::string_view is its own type, distinct from
// std::string_view; tenor's API speaks std::string_view and crosses into
// Abseil's string functions through this one bridge.

#ifndef TENOR_INTERNAL_STRING_VIEW_H_
#define TENOR_INTERNAL_STRING_VIEW_H_

#include <string_view>

#include "absl/strings/string_view.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

inline absl::string_view ToAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_INTERNAL_STRING_VIEW_H_
