// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The tool's JSON writer is the library's own (src/render/json_writer.h, the
// writer behind tenor::ToJson): keys in the order written, strings escaped,
// no whitespace, amounts as strings of exact decimal text. One writer, so
// the JSON of every command is one dialect, byte for byte the library's.

#ifndef TENOR_EXAMPLES_TENOR_CLI_JSON_H_
#define TENOR_EXAMPLES_TENOR_CLI_JSON_H_

#include "render/json_writer.h"

namespace tenor_cli {

using JsonWriter = tenor::internal::JsonWriter;

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_JSON_H_
