// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/money/split.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/types/span.h"

TENOR_BEGIN_NAMESPACE
namespace {

absl::Status CheckTotal(std::string_view operation, Money total) {
  if (total.is_negative()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s: total %s must not be negative", operation, total.ToDisplayString()));
  }
  return absl::OkStatus();
}

}  // namespace

std::string_view RemainderPlacementName(RemainderPlacement placement) {
  return placement == RemainderPlacement::kFirst ? "first" : "last";
}

absl::StatusOr<RemainderPlacement> ParseRemainderPlacement(
    std::string_view name) {
  if (name == "first") return RemainderPlacement::kFirst;
  if (name == "last") return RemainderPlacement::kLast;
  return absl::InvalidArgumentError(absl::StrFormat(
      "remainder placement \"%s\": expected first or last", name));
}

absl::StatusOr<std::vector<Money>> SplitEvenly(Money total, int parts,
                                               RemainderPlacement placement) {
  if (absl::Status s = CheckTotal("split evenly", total); !s.ok()) return s;
  if (parts < 1 || parts > kMaxSplitParts) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "split evenly: parts %d must be between 1 and %d", parts,
        kMaxSplitParts));
  }
  const int64_t t = total.minor_units();
  const int64_t base = t / parts;
  const int64_t remainder = t - base * parts;  // 0 <= remainder < parts
  const auto n = static_cast<size_t>(parts);
  const auto r = static_cast<size_t>(remainder);
  std::vector<Money> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) {
    const bool extra =
        placement == RemainderPlacement::kFirst ? k < r : k >= n - r;
    out.push_back(Money::FromMinorUnits(base + (extra ? 1 : 0),
                                        total.currency()));
  }
  return out;
}

absl::StatusOr<std::vector<Money>> SplitByWeights(
    Money total, absl::Span<const int64_t> weights) {
  if (absl::Status s = CheckTotal("split by weights", total); !s.ok()) return s;
  if (weights.empty() || weights.size() > static_cast<size_t>(kMaxSplitParts)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "split by weights: %d weights given, need 1 to %d", weights.size(),
        kMaxSplitParts));
  }
  absl::int128 weight_sum = 0;
  for (size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] < 0) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "split by weights: weights[%d] = %d must not be negative", k,
          weights[k]));
    }
    weight_sum += weights[k];
  }
  if (weight_sum == 0) {
    return absl::InvalidArgumentError(
        "split by weights: weights are all zero");
  }
  // T * w_k < 2^126 and W < 2^83, so 128 bits hold every intermediate.
  const absl::int128 t = total.minor_units();
  std::vector<Money> out;
  out.reserve(weights.size());
  std::vector<absl::int128> remainders(weights.size());
  int64_t assigned = 0;
  for (size_t k = 0; k < weights.size(); ++k) {
    const absl::int128 scaled = t * weights[k];
    const auto part = static_cast<int64_t>(scaled / weight_sum);
    remainders[k] = scaled % weight_sum;
    assigned += part;  // sum of floors <= T: cannot overflow
    out.push_back(Money::FromMinorUnits(part, total.currency()));
  }
  // The leftover is less than the number of parts; hand it out one unit at a
  // time by largest remainder, ties to the lower index (a stable sort).
  std::vector<size_t> order(weights.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return remainders[a] > remainders[b];
  });
  const int64_t leftover = total.minor_units() - assigned;
  for (int64_t k = 0; k < leftover; ++k) {
    Money& part = out[order[static_cast<size_t>(k)]];
    part = Money::FromMinorUnits(part.minor_units() + 1, total.currency());
  }
  return out;
}

TENOR_END_NAMESPACE
