// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "batch.h"

#include <chrono>
#include <ctime>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"

namespace tenor_cli {

absl::StatusOr<int64_t> CountValue(std::string_view flag,
                                   const std::string& value, int64_t min,
                                   int64_t max) {
  int64_t n = 0;
  if (value.empty()) {
    return absl::InvalidArgumentError(absl::StrFormat("--%s: required", flag));
  }
  const bool digits_only =
      value.find_first_not_of("0123456789") == std::string::npos;
  if (!digits_only || value.size() > 18 || !absl::SimpleAtoi(value, &n)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--%s=%s: is not a whole number", flag, value));
  }
  if (n < min || n > max) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--%s=%s: must be %d to %d", flag, value, min, max));
  }
  return n;
}

int64_t ElapsedMicroseconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now() - start)
      .count();
}

std::string SecondsText(int64_t us) {
  return absl::StrFormat("%d.%03d", us / 1'000'000, (us / 1'000) % 1'000);
}

std::string ElapsedSeconds(std::chrono::steady_clock::time_point start) {
  return SecondsText(ElapsedMicroseconds(start));
}

int64_t CpuMicroseconds() {
  return static_cast<int64_t>(std::clock()) * 1'000'000 / CLOCKS_PER_SEC;
}

}  // namespace tenor_cli
