// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: the `tenor` command-line tool's argument handling, in-process
// (examples/tenor_cli is the library tenor_cli_lib so that it can be
// fuzzed). The input is a command line, one argument per line: the command
// name, then its arguments. Each run does what main() does -- ParseArgs,
// ApplyToAbslFlags, the command -- and checks that a refusal is a Status
// with a message (main() prints it as one `error:` line, exit status 2) and
// a success is some output. An absl::FlagSaver puts every flag back after
// each run, so one input cannot leak flag values into the next.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/reflection.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "cli.h"
#include "commands.h"
#include "flags.h"
#include "fuzz_check.h"

namespace tenor_cli {

// main.cc defines FormatFlag(); the fuzz target links tenor_cli_lib without
// main.cc, so it carries the same reading of --format. Weak, so that if
// FormatFlag() ever moves into tenor_cli_lib, that definition wins.
__attribute__((weak)) absl::StatusOr<OutputFormat> FormatFlag() {
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format == "table") return OutputFormat::kTable;
  if (format == "json") return OutputFormat::kJson;
  return absl::InvalidArgumentError(
      "--format: \"" + format + "\" is not a format; expected table or json");
}

}  // namespace tenor_cli

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Bound the work per input: a command line of at most 4 KiB.
  if (size > 4096) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    args.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (args.empty()) return 0;
  const std::string name = args.front();
  args.erase(args.begin());

  const absl::FlagSaver restore_flags;
  for (const tenor_cli::Command& command : tenor_cli::AllCommands()) {
    if (command.spec.name != name) continue;
    const absl::StatusOr<tenor_cli::ParsedArgs> parsed =
        tenor_cli::ParseArgs(args, command.spec);
    if (!parsed.ok()) {
      TENOR_FUZZ_CHECK(
          parsed.status().code() == absl::StatusCode::kInvalidArgument,
          parsed.status().ToString());
      TENOR_FUZZ_CHECK(!parsed.status().message().empty(), "empty message");
      return 0;
    }
    // Every flag that was accepted belongs to the command.
    for (const auto& [flag, values] : parsed->values()) {
      bool known = false;
      for (const tenor_cli::FlagSpec& f : command.spec.flags) {
        if (f.name == flag) {
          known = true;
          TENOR_FUZZ_CHECK(f.repeatable || values.size() == 1,
                           "single-valued flag " + flag + " given twice");
        }
      }
      TENOR_FUZZ_CHECK(known, "unknown flag accepted: " + flag);
    }
    if (absl::Status s = tenor_cli::ApplyToAbslFlags(*parsed, command.spec);
        !s.ok()) {
      TENOR_FUZZ_CHECK(!s.message().empty(), "empty message");
      return 0;
    }
    const absl::StatusOr<std::string> out = command.run(*parsed);
    if (!out.ok()) {
      TENOR_FUZZ_CHECK(!out.status().message().empty(), "empty message");
      TENOR_FUZZ_CHECK(out.status().message().find('\n') ==
                           std::string_view::npos,
                       "a multi-line error: " + out.status().ToString());
    } else {
      TENOR_FUZZ_CHECK(!out->empty(), "success with no output");
    }
    return 0;
  }
  return 0;
}
