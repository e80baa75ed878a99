// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The tool's commands. Each one turns parsed flags into the text for stdout,
// or a Status whose message names the flag and the problem; main() prints
// either the text or one `error:` line, so a refused input never prints a
// partial result.

#ifndef TENOR_EXAMPLES_TENOR_CLI_COMMANDS_H_
#define TENOR_EXAMPLES_TENOR_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cli.h"

namespace tenor_cli {

enum class OutputFormat { kTable, kJson };

struct Command {
  CommandSpec spec;
  absl::StatusOr<std::string> (*run)(const ParsedArgs& args);
};

// Reads --format (default table).
absl::StatusOr<OutputFormat> FormatFlag();

const Command& QuoteCommand();
const Command& AprCommand();
const Command& CheckoutCommand();
const Command& LedgerCommand();
const Command& SettleCommand();
const Command& ReportCommand();
const Command& PortfolioCommand();
const Command& CheckoutBatchCommand();

// Every command, in the order `tenor help` lists them.
const std::vector<Command>& AllCommands();

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_COMMANDS_H_
