// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Shared by the batch commands (`tenor portfolio`, `tenor checkout-batch`,
// docs/performance.md): the documented pseudo-random generator, a count
// flag, and the elapsed-time clock. The CLI may read the clock; the library
// never does.

#ifndef TENOR_EXAMPLES_TENOR_CLI_BATCH_H_
#define TENOR_EXAMPLES_TENOR_CLI_BATCH_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/numeric/int128.h"
#include "absl/status/statusor.h"

namespace tenor_cli {

// SplitMix64 (Steele, Lea and Flood 2014): the generator behind the batch
// commands. Chosen because its output is defined bit for bit, so a seed
// gives the same agreements and counts on every platform and standard
// library (std::uniform_int_distribution does not promise that).
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // An integer in [lo, hi] as lo + floor(Next() * (hi - lo + 1) / 2^64): a
  // multiplication instead of a division (Lemire 2019). The bias (below
  // 2^-40 for these ranges) is part of the documented generator.
  int64_t Uniform(int64_t lo, int64_t hi) {
    const absl::uint128 scaled =
        absl::uint128(Next()) * static_cast<uint64_t>(hi - lo + 1);
    return lo + static_cast<int64_t>(absl::Uint128High64(scaled));
  }

  // True with probability per_mille / 1000.
  bool PerMille(int per_mille) { return Uniform(0, 999) < per_mille; }

 private:
  uint64_t state_;
};

// A whole number in [min, max] from --`flag`, with the flag named on error.
absl::StatusOr<int64_t> CountValue(std::string_view flag,
                                   const std::string& value, int64_t min,
                                   int64_t max);

// Seconds since `start`, as text with three decimals ("0.123").
std::string ElapsedSeconds(std::chrono::steady_clock::time_point start);

// Microseconds since `start`.
int64_t ElapsedMicroseconds(std::chrono::steady_clock::time_point start);

// The process's CPU time so far, in microseconds (std::clock()): on a
// shared machine the wall-clock time above also counts other programs.
int64_t CpuMicroseconds();

// Microseconds as seconds with three decimals ("0.123").
std::string SecondsText(int64_t microseconds);

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_BATCH_H_
