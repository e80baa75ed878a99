// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Splits a purchase into three interest-free instalments (Pay in 3) in a
// 2-, 0- and 3-decimal currency, showing that the parts always add up and
// where the leftover minor unit goes.

#include <cstdio>
#include <string>
#include <vector>

#include "tenor/tenor.h"

namespace {

int Show(const char* code, const char* amount) {
  absl::StatusOr<tenor::Currency> currency = tenor::Currency::FromCode(code);
  if (!currency.ok()) {
    std::fprintf(stderr, "error: %s\n", currency.status().ToString().c_str());
    return 1;
  }
  absl::StatusOr<tenor::Money> total = tenor::Money::Parse(amount, *currency);
  if (!total.ok()) {
    std::fprintf(stderr, "error: %s\n", total.status().ToString().c_str());
    return 1;
  }
  absl::StatusOr<std::vector<tenor::Money>> parts =
      tenor::SplitEvenly(*total, 3);
  if (!parts.ok()) {
    std::fprintf(stderr, "error: %s\n", parts.status().ToString().c_str());
    return 1;
  }
  std::printf("%-14s ->", total->ToDisplayString().c_str());
  for (const tenor::Money& part : *parts) {
    std::printf("  %12s", part.ToString().c_str());
  }
  std::printf("   (exponent %d)\n", currency->exponent());
  return 0;
}

}  // namespace

int main() {
  std::printf("tenor %s: Pay in 3, remainder on the first instalment\n\n",
              std::string(tenor::Version()).c_str());
  int rc = 0;
  rc |= Show("GBP", "100.00");
  rc |= Show("JPY", "1000");
  rc |= Show("KWD", "10.000");
  rc |= Show("GBP", "0.01");

  // A bad amount is a clear error, never a guess.
  absl::StatusOr<tenor::Money> bad =
      tenor::Money::Parse("1,000.00", *tenor::Currency::FromCode("GBP"));
  std::printf("\nParsing \"1,000.00\": %s\n", bad.status().ToString().c_str());
  return rc;
}
