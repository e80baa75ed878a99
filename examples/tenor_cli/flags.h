// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Every single-valued flag of the `tenor` tool, as an Abseil flag. The names
// use underscores (Abseil's rule); on the command line they are typed with
// dashes (`--purchase-date`), and cli.cc maps one to the other. Values are
// strings: each command parses them with tenor's own parsers, so a bad value
// gets tenor's message naming the problem.

#ifndef TENOR_EXAMPLES_TENOR_CLI_FLAGS_H_
#define TENOR_EXAMPLES_TENOR_CLI_FLAGS_H_

#include <string>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, format);
ABSL_DECLARE_FLAG(std::string, product);
ABSL_DECLARE_FLAG(std::string, amount);
ABSL_DECLARE_FLAG(std::string, currency);
ABSL_DECLARE_FLAG(std::string, purchase_date);
ABSL_DECLARE_FLAG(std::string, shipment_date);
ABSL_DECLARE_FLAG(std::string, term);
ABSL_DECLARE_FLAG(std::string, rate);
ABSL_DECLARE_FLAG(std::string, count);
ABSL_DECLARE_FLAG(std::string, interval_days);
ABSL_DECLARE_FLAG(std::string, days);
ABSL_DECLARE_FLAG(std::string, rounding);
ABSL_DECLARE_FLAG(std::string, basis);
ABSL_DECLARE_FLAG(std::string, decimals);
ABSL_DECLARE_FLAG(std::string, convention);
ABSL_DECLARE_FLAG(std::string, unit_period);

#endif  // TENOR_EXAMPLES_TENOR_CLI_FLAGS_H_
