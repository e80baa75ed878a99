// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: money text (credit-rules §1). For arbitrary text in an
// arbitrary ISO currency, Money::Parse agrees with an independent reference
// of the grammar in money.h (value, or InvalidArgument / OutOfRange), and
// format(parse(x)) == x for canonical x. Arbitrary minor units format and
// parse back; Add, Subtract, Negate and Multiply are exact or OutOfRange;
// SplitEvenly's parts sum to the total.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "fuzz_check.h"
#include "tenor/tenor.h"

namespace {

enum class RefResult { kOk, kInvalid, kOutOfRange };

// The grammar of Money::Parse, written again: -?[0-9]+(\.[0-9]{1,e})?
RefResult ReferenceParse(std::string_view text, int exponent, int64_t* out) {
  size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) i = 1;
  absl::int128 value = 0;
  bool overflow = false;
  size_t int_digits = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    value = value * 10 + (text[i] - '0');
    if (value > absl::int128(INT64_MAX) + 1) overflow = true, value = 0;
    ++int_digits;
  }
  if (int_digits == 0) return RefResult::kInvalid;
  int frac_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      value = value * 10 + (text[i] - '0');
      if (value > absl::int128(INT64_MAX) + 1) overflow = true, value = 0;
      ++frac_digits;
    }
    if (frac_digits == 0 || frac_digits > exponent) return RefResult::kInvalid;
  }
  if (i != text.size()) return RefResult::kInvalid;
  for (int k = frac_digits; k < exponent; ++k) {
    value *= 10;
    if (value > absl::int128(INT64_MAX) + 1) overflow = true, value = 0;
  }
  if (negative) value = -value;
  if (overflow || value > INT64_MAX || value < INT64_MIN) {
    return RefResult::kOutOfRange;
  }
  *out = static_cast<int64_t>(value);
  return RefResult::kOk;
}

// Canonical text: -?(0|[1-9][0-9]*)(\.[0-9]{e})? with the fraction present
// exactly when e > 0, and no "-0".
bool IsCanonical(std::string_view text, int exponent) {
  size_t i = text.size() > 0 && text[0] == '-' ? 1 : 0;
  const size_t start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  const size_t int_digits = i - start;
  if (int_digits == 0) return false;
  if (int_digits > 1 && text[start] == '0') return false;
  bool all_zero = int_digits == 1 && text[start] == '0';
  if (exponent > 0) {
    if (i >= text.size() || text[i] != '.') return false;
    ++i;
    for (int k = 0; k < exponent; ++k, ++i) {
      if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
      if (text[i] != '0') all_zero = false;
    }
  }
  if (i != text.size()) return false;
  return !(start == 1 && all_zero);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const int index = in.ConsumeIntegralInRange<int>(
      0, tenor::IsoCurrencyCount() - 1);
  const tenor::Currency currency = tenor::IsoCurrencyAt(index);
  const int e = currency.exponent();
  const int64_t a = in.ConsumeIntegral<int64_t>();
  const int64_t b = in.ConsumeIntegral<int64_t>();
  const int parts = in.ConsumeIntegralInRange<int>(-2, 40);
  const std::string text = in.ConsumeRemainingBytesAsString();

  // Parse against the reference.
  int64_t expected = 0;
  const RefResult ref = ReferenceParse(text, e, &expected);
  const absl::StatusOr<tenor::Money> parsed = tenor::Money::Parse(text, currency);
  switch (ref) {
    case RefResult::kOk:
      TENOR_FUZZ_CHECK(parsed.ok(), parsed.status().ToString() + " for " + text);
      TENOR_FUZZ_CHECK(parsed->minor_units() == expected, text);
      TENOR_FUZZ_CHECK(parsed->currency() == currency, text);
      break;
    case RefResult::kInvalid:
      TENOR_FUZZ_CHECK(parsed.status().code() ==
                           absl::StatusCode::kInvalidArgument,
                       parsed.status().ToString() + " for " + text);
      break;
    case RefResult::kOutOfRange:
      TENOR_FUZZ_CHECK(parsed.status().code() == absl::StatusCode::kOutOfRange,
                       parsed.status().ToString() + " for " + text);
      break;
  }
  if (!parsed.ok()) {
    TENOR_FUZZ_CHECK(!parsed.status().message().empty(), text);
  } else {
    // format(parse(x)) == x for canonical x, and parse(format(m)) == m.
    const std::string formatted = parsed->ToString();
    if (IsCanonical(text, e)) TENOR_FUZZ_CHECK(formatted == text, text);
    TENOR_FUZZ_CHECK(IsCanonical(formatted, e) || parsed->is_zero(), formatted);
    const absl::StatusOr<tenor::Money> again =
        tenor::Money::Parse(formatted, currency);
    TENOR_FUZZ_CHECK(again.ok() && *again == *parsed, formatted);
  }

  // Arbitrary minor units round-trip through text.
  const tenor::Money ma = tenor::Money::FromMinorUnits(a, currency);
  const tenor::Money mb = tenor::Money::FromMinorUnits(b, currency);
  const absl::StatusOr<tenor::Money> back =
      tenor::Money::Parse(ma.ToString(), currency);
  TENOR_FUZZ_CHECK(back.ok() && *back == ma, ma.ToString());
  TENOR_FUZZ_CHECK(ma.ToString() == tenor::FormatMinorUnits(a, e), ma.ToString());

  // Exact arithmetic or OutOfRange, never a wrapped value.
  const auto check = [](const absl::StatusOr<tenor::Money>& r,
                        absl::int128 exact, const char* op) {
    const bool fits = exact >= INT64_MIN && exact <= INT64_MAX;
    if (fits) {
      TENOR_FUZZ_CHECK(r.ok() && r->minor_units() == static_cast<int64_t>(exact),
                       op);
    } else {
      TENOR_FUZZ_CHECK(r.status().code() == absl::StatusCode::kOutOfRange, op);
    }
  };
  check(ma.Add(mb), absl::int128(a) + b, "Add");
  check(ma.Subtract(mb), absl::int128(a) - b, "Subtract");
  check(ma.Negate(), -absl::int128(a), "Negate");
  check(ma.Multiply(b), absl::int128(a) * b, "Multiply");
  const absl::StatusOr<int> cmp = tenor::Compare(ma, mb);
  TENOR_FUZZ_CHECK(cmp.ok() && *cmp == (a < b ? -1 : a > b ? 1 : 0), "Compare");

  // Splits: parts sum to the total and differ by at most one unit.
  const absl::StatusOr<std::vector<tenor::Money>> split =
      tenor::SplitEvenly(ma, parts);
  if (parts <= 0) {
    TENOR_FUZZ_CHECK(!split.ok(), "SplitEvenly accepted parts <= 0");
  } else if (split.ok()) {
    TENOR_FUZZ_CHECK(split->size() == static_cast<size_t>(parts), "split size");
    absl::int128 sum = 0;
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (const tenor::Money& m : *split) {
      sum += m.minor_units();
      lo = std::min(lo, m.minor_units());
      hi = std::max(hi, m.minor_units());
    }
    TENOR_FUZZ_CHECK(sum == a, "split sum");
    TENOR_FUZZ_CHECK(absl::int128(hi) - lo <= 1, "split spread");
  }
  return 0;
}
