// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "values.h"

#include <cstdint>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/flags/flag.h"
#include "cli.h"
#include "flags.h"

namespace tenor_cli {
namespace {

absl::Status Bad(std::string_view flag, const std::string& value,
                 std::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrFormat("--%s: \"%s\" %s", flag, value, problem));
}

}  // namespace

absl::StatusOr<std::string> Required(std::string_view flag,
                                     const std::string& value) {
  if (value.empty()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("--%s: required", flag));
  }
  return value;
}

absl::StatusOr<tenor::Currency> CurrencyValue(std::string_view flag,
                                              const std::string& value) {
  absl::StatusOr<tenor::Currency> c = tenor::Currency::FromCode(value);
  if (!c.ok()) return FlagError(flag, c.status());
  return c;
}

absl::StatusOr<tenor::Money> MoneyValue(std::string_view flag,
                                        const std::string& value,
                                        tenor::Currency currency) {
  absl::StatusOr<tenor::Money> m = tenor::Money::Parse(value, currency);
  if (!m.ok()) return FlagError(flag, m.status());
  return m;
}

absl::StatusOr<absl::CivilDay> DateValue(std::string_view flag,
                                         const std::string& value) {
  absl::StatusOr<absl::CivilDay> d = tenor::ParseDate(value);
  if (!d.ok()) return FlagError(flag, d.status());
  return d;
}

absl::StatusOr<int> IntValue(std::string_view flag, const std::string& value,
                             int min, int max) {
  int n = 0;
  const bool digits_only =
      !value.empty() &&
      value.find_first_not_of("0123456789") == std::string::npos;
  if (!digits_only || value.size() > 9 || !absl::SimpleAtoi(value, &n)) {
    return Bad(flag, value, "is not a whole number");
  }
  if (n < min || n > max) {
    return Bad(flag, value, absl::StrFormat("must be %d to %d", min, max));
  }
  return n;
}

absl::StatusOr<absl::Time> InstantValue(std::string_view flag,
                                        const std::string& value) {
  absl::Time t;
  std::string error;
  if (value.empty() ||
      !absl::ParseTime(absl::RFC3339_full, value, &t, &error) ||
      t == absl::InfinitePast() || t == absl::InfiniteFuture()) {
    return Bad(flag, value,
               "is not an RFC 3339 instant such as 2026-03-10T10:00:00Z");
  }
  return t;
}

absl::StatusOr<absl::Duration> DurationValue(std::string_view flag,
                                             const std::string& value) {
  if (value.size() < 2) return Bad(flag, value, "is not a duration like 72h");
  const char unit = value.back();
  const std::string number = value.substr(0, value.size() - 1);
  int64_t n = 0;
  if (number.find_first_not_of("0123456789") != std::string::npos ||
      number.size() > 9 || !absl::SimpleAtoi(number, &n)) {
    return Bad(flag, value, "is not a duration like 72h or 180d");
  }
  switch (unit) {
    case 's': return absl::Seconds(n);
    case 'm': return absl::Minutes(n);
    case 'h': return absl::Hours(n);
    case 'd': return absl::Hours(24 * n);
    default:
      return Bad(flag, value, "has no unit; use s, m, h or d (e.g. 72h)");
  }
}

absl::StatusOr<tenor::Currency> CurrencyFlag() {
  absl::StatusOr<std::string> code =
      Required("currency", absl::GetFlag(FLAGS_currency));
  if (!code.ok()) return code.status();
  return CurrencyValue("currency", *code);
}

absl::StatusOr<tenor::Money> AmountFlag(tenor::Currency currency) {
  absl::StatusOr<std::string> text =
      Required("amount", absl::GetFlag(FLAGS_amount));
  if (!text.ok()) return text.status();
  return MoneyValue("amount", *text, currency);
}

std::string FormatInstant(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E*SZ", t, absl::UTCTimeZone());
}

}  // namespace tenor_cli
