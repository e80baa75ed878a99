// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The schedule described by the product flags shared by `tenor quote` and
// `tenor ledger` (--product, --amount, --purchase-date, --shipment-date,
// --term, --rate, --count, --interval-days, --days, --rounding). It is a
// preview: it needs no customer and creates no agreement.

#ifndef TENOR_EXAMPLES_TENOR_CLI_SCHEDULE_FLAGS_H_
#define TENOR_EXAMPLES_TENOR_CLI_SCHEDULE_FLAGS_H_

#include <initializer_list>
#include <vector>

#include "absl/status/statusor.h"
#include "cli.h"
#include "tenor/tenor.h"

namespace tenor_cli {

// Errors name the flag: a missing required flag, a bad value, a product
// setting the product refuses, or an amount too small for its term.
absl::StatusOr<tenor::Schedule> ScheduleFromFlags(tenor::Currency currency);

// The flags ScheduleFromFlags() reads, followed by a command's own `more`:
// one list, so that a new schedule flag reaches every command that builds
// a schedule.
std::vector<FlagSpec> ScheduleFlagSpecs(std::initializer_list<FlagSpec> more);

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_SCHEDULE_FLAGS_H_
