// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "flags.h"

#include <string>

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, format, "table", "output: table or json");
ABSL_FLAG(std::string, product, "", "pay-in-30, pay-in-3 or financing");
ABSL_FLAG(std::string, amount, "", "amount as decimal text, e.g. 1000.00");
ABSL_FLAG(std::string, currency, "", "ISO 4217 code, e.g. GBP");
ABSL_FLAG(std::string, purchase_date, "", "purchase date, YYYY-MM-DD");
ABSL_FLAG(std::string, shipment_date, "",
          "shipment date, YYYY-MM-DD (default: the purchase date)");
ABSL_FLAG(std::string, term, "", "financing term in months, 6..36");
ABSL_FLAG(std::string, rate, "0", "nominal rate, percent per annum");
ABSL_FLAG(std::string, count, "3", "pay-in-3: number of instalments, 2..12");
ABSL_FLAG(std::string, interval_days, "30",
          "pay-in-3: days between instalments");
ABSL_FLAG(std::string, days, "30", "pay-in-30: days after shipment");
ABSL_FLAG(std::string, rounding, "half-up", "rounding mode");
ABSL_FLAG(std::string, basis, "calendar",
          "APR time basis: calendar, days365 or months");
ABSL_FLAG(std::string, decimals, "", "APR decimals, 1..6 (EU); 2 for US");
ABSL_FLAG(std::string, convention, "eu", "APR convention: eu or us");
ABSL_FLAG(std::string, unit_period, "month", "US Reg Z unit period");
