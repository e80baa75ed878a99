// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Parsers for flag values. Each error names the flag and the problem.

#ifndef TENOR_EXAMPLES_TENOR_CLI_VALUES_H_
#define TENOR_EXAMPLES_TENOR_CLI_VALUES_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

namespace tenor_cli {

// The value of a required flag, or InvalidArgument "--name: required".
absl::StatusOr<std::string> Required(std::string_view flag,
                                     const std::string& value);

absl::StatusOr<tenor::Currency> CurrencyValue(std::string_view flag,
                                              const std::string& value);
absl::StatusOr<tenor::Money> MoneyValue(std::string_view flag,
                                        const std::string& value,
                                        tenor::Currency currency);
absl::StatusOr<absl::CivilDay> DateValue(std::string_view flag,
                                         const std::string& value);
// A whole number in [min, max].
absl::StatusOr<int> IntValue(std::string_view flag, const std::string& value,
                             int min, int max);
// An RFC 3339 instant such as 2026-03-10T10:00:00Z or 2026-03-10T11:00:00+01:00.
absl::StatusOr<absl::Time> InstantValue(std::string_view flag,
                                        const std::string& value);
// A duration: a whole number and a unit, s, m, h or d (e.g. 72h, 180d).
absl::StatusOr<absl::Duration> DurationValue(std::string_view flag,
                                             const std::string& value);

// The required --currency flag, parsed.
absl::StatusOr<tenor::Currency> CurrencyFlag();

// The required --amount flag, parsed in `currency`.
absl::StatusOr<tenor::Money> AmountFlag(tenor::Currency currency);

// "2026-03-10T10:00:00Z".
std::string FormatInstant(absl::Time t);

}  // namespace tenor_cli

#endif  // TENOR_EXAMPLES_TENOR_CLI_VALUES_H_
