// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The `tenor` command-line tool: `tenor COMMAND --flag=value ...`.
// Exit status 0 on success, 2 on bad input (one `error:` line on stderr and
// nothing on stdout).

#include <cstdio>
#include <string>
#include <string_view>

#include "tenor/tenor.h"

namespace {

constexpr int kUsageError = 2;

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "usage: tenor COMMAND [--flag=value ...]\n"
               "commands:\n"
               "  version   print the library version\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "error: no command given\n");
    PrintUsage(stderr);
    return kUsageError;
  }
  const std::string_view command = argv[1];
  if (command == "version" || command == "--version") {
    std::printf("tenor %s\n", std::string(tenor::Version()).c_str());
    return 0;
  }
  if (command == "help" || command == "--help") {
    PrintUsage(stdout);
    return 0;
  }
  std::fprintf(stderr, "error: unknown command \"%s\"\n", argv[1]);
  return kUsageError;
}
