// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The command-line tool's argument handling: `tenor COMMAND --flag=value ...`.
//
// Every flag is an Abseil flag (flags.h). Before Abseil sees anything, the
// arguments are checked against the command's own list of flags, so that a
// flag of another command, a misspelling or a missing value is a clear
// `error:` line and exit status 2 (Abseil itself would exit with 1).
// Repeatable flags (`--payment=...` given several times; their values may
// contain commas) are collected here rather than in an Abseil flag.
//
// `ParseArgs` is pure: no globals, no I/O, so it can be fuzzed in-process.

#ifndef TENOR_EXAMPLES_TENOR_CLI_CLI_H_
#define TENOR_EXAMPLES_TENOR_CLI_CLI_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace tenor_cli {

// Exit status for bad input: one `error:` line on stderr, nothing on stdout.
inline constexpr int kExitBadInput = 2;

struct FlagSpec {
  std::string_view name;   // as typed, with dashes: "purchase-date"
  bool repeatable = false;
};

struct CommandSpec {
  std::string_view name;
  std::string_view synopsis;  // shown by `tenor help`
  std::vector<FlagSpec> flags;
};

// The flags given on one command line, by name (with dashes).
class ParsedArgs {
 public:
  // The value of a single-valued flag, if given.
  std::optional<std::string> Get(std::string_view name) const;
  // Every value of a repeatable flag, in command-line order.
  std::vector<std::string> GetAll(std::string_view name) const;
  bool Has(std::string_view name) const;

  const std::map<std::string, std::vector<std::string>, std::less<>>& values()
      const {
    return values_;
  }

 private:
  friend absl::StatusOr<ParsedArgs> ParseArgs(
      const std::vector<std::string>& args, const CommandSpec& spec);
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

// ParseArgs()
//
// Accepts `--name=value` and `--name value`. Errors (InvalidArgument) name
// the flag: an unknown flag for this command, a positional argument, a
// missing value, a single-valued flag given twice.
absl::StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                                     const CommandSpec& spec);

// ApplyToAbslFlags()
//
// Stores each single-valued flag in its Abseil flag (dashes become
// underscores), so commands read them with absl::GetFlag. Errors name the
// flag and quote Abseil's parse error.
absl::Status ApplyToAbslFlags(const ParsedArgs& args, const CommandSpec& spec);

// FlagError()
//
// Prefixes a library Status's message with the flag it came from, keeping the
// code: FlagError("amount", status) -> "--amount: amount \"x\": ...".
absl::Status FlagError(std::string_view flag, const absl::Status& status);

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_CLI_H_
