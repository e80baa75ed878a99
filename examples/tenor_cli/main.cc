// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The `tenor` command-line tool: `tenor COMMAND --flag=value ...`.
// Exit status 0 on success; 2 on bad input, with one `error:` line on stderr
// that names the flag and the problem, and nothing on stdout.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "absl/flags/flag.h"
#include "cli.h"
#include "commands.h"
#include "flags.h"
#include "tenor/tenor.h"

namespace tenor_cli {

absl::StatusOr<OutputFormat> FormatFlag() {
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format == "table") return OutputFormat::kTable;
  if (format == "json") return OutputFormat::kJson;
  return absl::InvalidArgumentError(
      "--format: \"" + format + "\" is not a format; expected table or json");
}

}  // namespace tenor_cli

namespace {

void PrintUsage(std::FILE* out) {
  std::fprintf(out, "usage: tenor COMMAND [--flag=value ...]\n\ncommands:\n");
  for (const tenor_cli::Command& c : tenor_cli::AllCommands()) {
    std::fprintf(out, "  %s\n", std::string(c.spec.synopsis).c_str());
  }
  std::fprintf(out, "  version\n  help\n");
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "error: %s\n", message.c_str());
  return tenor_cli::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return Fail("no command given");
  }
  const std::string_view name = argv[1];
  if (name == "version" || name == "--version") {
    std::printf("tenor %s\n", std::string(tenor::Version()).c_str());
    return 0;
  }
  if (name == "help" || name == "--help") {
    PrintUsage(stdout);
    return 0;
  }
  for (const tenor_cli::Command& command : tenor_cli::AllCommands()) {
    if (command.spec.name != name) continue;
    const std::vector<std::string> args(argv + 2, argv + argc);
    absl::StatusOr<tenor_cli::ParsedArgs> parsed =
        tenor_cli::ParseArgs(args, command.spec);
    if (!parsed.ok()) return Fail(std::string(parsed.status().message()));
    if (absl::Status s = tenor_cli::ApplyToAbslFlags(*parsed, command.spec);
        !s.ok()) {
      return Fail(std::string(s.message()));
    }
    absl::StatusOr<std::string> out = command.run(*parsed);
    if (!out.ok()) return Fail(std::string(out.status().message()));
    std::fwrite(out->data(), 1, out->size(), stdout);
    return 0;
  }
  return Fail("unknown command \"" + std::string(name) +
              "\"; run `tenor help` for the list");
}
