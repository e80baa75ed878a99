// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: version.h
// -----------------------------------------------------------------------------
//
// The one place where tenor's version lives. CMake reads the three numbers
// below when it configures the project, so the package version, the
// pkg-config file and `tenor::Version()` can never disagree.
//
// Every public declaration lives in `tenor::v0`, an inline namespace: code
// says `tenor::Money`, but the linker sees `tenor::v0::Money`. A future
// release that breaks the ABI bumps the inline namespace, so two versions
// linked into one process cannot be confused at link time.

#ifndef TENOR_VERSION_H_
#define TENOR_VERSION_H_

#define TENOR_VERSION_MAJOR 0
#define TENOR_VERSION_MINOR 1
#define TENOR_VERSION_PATCH 0

#define TENOR_VERSION_STRING "0.1.0"

// Opens and closes tenor's versioned namespace. Used by every public header.
#define TENOR_BEGIN_NAMESPACE \
  namespace tenor {           \
  inline namespace v0 {
#define TENOR_END_NAMESPACE \
  }                         \
  }

#include <string_view>

TENOR_BEGIN_NAMESPACE

// Version()
//
// Returns the library's version as "MAJOR.MINOR.PATCH", the same text as
// TENOR_VERSION_STRING. Useful to check which tenor a binary was linked with.
constexpr std::string_view Version() { return TENOR_VERSION_STRING; }

TENOR_END_NAMESPACE

#endif  // TENOR_VERSION_H_
