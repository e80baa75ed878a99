// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Replaces the global allocation functions of the benchmark binary with ones
// that count, per thread, then defer to malloc/free.

#include "counting_new.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace tenor_bench {
namespace {
thread_local uint64_t g_allocations = 0;  // bench only: a counter, not state

void* Allocate(std::size_t size) {
  ++g_allocations;
  if (size == 0) size = 1;
  if (void* p = std::malloc(size)) return p;
  throw std::bad_alloc();
}

void* AllocateAligned(std::size_t size, std::align_val_t align) {
  ++g_allocations;
  const std::size_t a = static_cast<std::size_t>(align);
  const std::size_t rounded = (size + a - 1) / a * a;
  if (void* p = std::aligned_alloc(a, rounded == 0 ? a : rounded)) return p;
  throw std::bad_alloc();
}
}  // namespace

uint64_t AllocationCount() { return g_allocations; }

}  // namespace tenor_bench

void* operator new(std::size_t size) { return tenor_bench::Allocate(size); }
void* operator new[](std::size_t size) { return tenor_bench::Allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return tenor_bench::Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return tenor_bench::Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new(std::size_t size, std::align_val_t align) {
  return tenor_bench::AllocateAligned(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align) {
  return tenor_bench::AllocateAligned(size, align);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
