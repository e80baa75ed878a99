// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The list of commands. Each command's file defines its Command; add new
// ones here.

#include <vector>

#include "commands.h"

namespace tenor_cli {

const std::vector<Command>& AllCommands() {
  static const std::vector<Command>* const kCommands =
      new std::vector<Command>{QuoteCommand(), AprCommand(), CheckoutCommand(),
                               LedgerCommand(), SettleCommand(),
                               ReportCommand(), PortfolioCommand(),
                               CheckoutBatchCommand()};
  return *kCommands;
}

}  // namespace tenor_cli
