// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: money/split.h
// -----------------------------------------------------------------------------
//
// Splitting an amount into parts that always sum to it exactly
// (credit-rules §2). This is how instalments of an interest-free product are
// made, so the rule for the leftover minor units is part of the contract:
// changing it is a breaking change (docs/compatibility.md).
//
// Equal split of a total T into n parts: each part gets floor(T / n) and the
// r = T mod n leftover units go one each to the first r parts (the default)
// or to the last r parts.
//
//   100.00 in 3, first: 33.34, 33.33, 33.33
//   100.00 in 3, last:  33.33, 33.33, 33.34
//
// Split by weights w: part_i = floor(T * w_i / W), W = sum of w; the leftover
// units go one each to the parts with the largest remainder (T * w_i mod W),
// ties to the lower index.
//
// Example:
//
//   tenor::Money total = *tenor::Money::Parse("100.00", gbp);
//   absl::StatusOr<std::vector<tenor::Money>> parts =
//       tenor::SplitEvenly(total, 3);  // 33.34, 33.33, 33.33

#ifndef TENOR_MONEY_SPLIT_H_
#define TENOR_MONEY_SPLIT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// RemainderPlacement
//
// Which parts of an equal split receive the leftover minor units.
enum class RemainderPlacement {
  kFirst,  // "first": parts 1..r get one more unit. The default.
  kLast,   // "last": the last r parts get one more unit.
};

// RemainderPlacementName(), ParseRemainderPlacement()
//
// "first" and "last". Parsing anything else is InvalidArgument.
std::string_view RemainderPlacementName(RemainderPlacement placement);
[[nodiscard]] absl::StatusOr<RemainderPlacement> ParseRemainderPlacement(
    std::string_view name);

// kMaxSplitParts
//
// The most parts a split may have; far above any instalment count, it keeps a
// typo from allocating gigabytes.
inline constexpr int kMaxSplitParts = 1'000'000;

// SplitEvenly()
//
// Splits `total` into `parts` amounts that differ by at most one minor unit
// and sum to `total` exactly.
//
// Errors: InvalidArgument if `total` is negative or `parts` is not in
// 1..kMaxSplitParts.
[[nodiscard]] absl::StatusOr<std::vector<Money>> SplitEvenly(
    Money total, int parts,
    RemainderPlacement placement = RemainderPlacement::kFirst);

// SplitByWeights()
//
// Splits `total` in proportion to `weights` (largest-remainder method); the
// parts sum to `total` exactly.
//
// Errors: InvalidArgument if `total` is negative, `weights` is empty or has
// more than kMaxSplitParts entries, any weight is negative, or all weights
// are zero. The message names the offending index.
[[nodiscard]] absl::StatusOr<std::vector<Money>> SplitByWeights(
    Money total, absl::Span<const int64_t> weights);

TENOR_END_NAMESPACE

#endif  // TENOR_MONEY_SPLIT_H_
