// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The source of target tenor_c_shared: libtenor_c.so, the whole static tenor
// library (C++ API and C ABI) linked into one shared object, for callers
// that load tenor at run time (the Python ctypes example) in builds where
// tenor itself is static. Its code is all in libtenor.a; this file only
// gives the target a source.
