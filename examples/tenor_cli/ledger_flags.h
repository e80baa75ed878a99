// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The ledger described by the flags shared by `tenor ledger` and
// `tenor report`: the schedule flags (schedule_flags.h), the repayment
// settings (--grace-days, --late-fees) and the transactions
// (--payment=ID:AMOUNT@VALUE_DATE[/RECORDED_DATE], --reverse=ID@...,
// --refund=[ID:]AMOUNT@..., --fee=[ID:]AMOUNT@...), each value date with an
// optional recorded date (credit-rules §10; default: the value date).
//
// Transactions are recorded in this order: payments, refunds, fees, then
// reversals, each kind in command-line order (the recording order only
// breaks ties between equal value dates). A refused transaction is a Status
// naming the flag and its value.

#ifndef TENOR_EXAMPLES_TENOR_CLI_LEDGER_FLAGS_H_
#define TENOR_EXAMPLES_TENOR_CLI_LEDGER_FLAGS_H_

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cli.h"
#include "tenor/tenor.h"

namespace tenor_cli {

// A ledger built from flags, and the ids given again with the same content
// (recorded once; reported as duplicates).
struct FlagLedger {
  tenor::Ledger ledger;
  std::vector<std::string> duplicates;
};

// LedgerFromFlags()
//
// Reads --grace-days and --late-fees, creates the ledger over `schedule`
// and records the transaction flags. Errors name the flag (and the value,
// for a repeatable flag).
absl::StatusOr<FlagLedger> LedgerFromFlags(const ParsedArgs& args,
                                           tenor::Currency currency,
                                           const tenor::Schedule& schedule);

// ScheduleFlagSpecs() plus the flags LedgerFromFlags() reads, followed by a
// command's own `more`.
std::vector<FlagSpec> LedgerFlagSpecs(std::initializer_list<FlagSpec> more);

// "Pay in 3", "Pay in 30 days", "Financing over 6 months at 12% p.a.".
std::string ProductTitle(const tenor::Schedule& schedule);

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_LEDGER_FLAGS_H_
