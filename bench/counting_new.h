// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A counting global operator new for the benchmark binary only (never in the
// library): every allocation made anywhere in the process bumps a counter,
// so a benchmark can report allocations per operation.

#ifndef TENOR_BENCH_COUNTING_NEW_H_
#define TENOR_BENCH_COUNTING_NEW_H_

#include <cstdint>

namespace tenor_bench {

// Allocations (calls of any operator new) made so far by this thread.
uint64_t AllocationCount();

}  // namespace tenor_bench

#endif  // TENOR_BENCH_COUNTING_NEW_H_
