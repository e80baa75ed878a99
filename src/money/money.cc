// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/money/money.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/checked.h"
#include "tenor/internal/string_view.h"

TENOR_BEGIN_NAMESPACE
namespace {

absl::Status Refuse(std::string_view text, std::string_view problem) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "amount \"%s\": %s", absl::CHexEscape(internal::ToAbsl(text)), problem));
}

// Explains a character the grammar does not allow, naming the usual culprits.
std::string DescribeBadChar(std::string_view text, size_t pos) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  std::string what;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
    what = "spaces are not allowed";
  } else if (c == ',' || c == '\'' || c == '_') {
    what = "thousands separators are not allowed";
  } else if (c == 'e' || c == 'E') {
    what = "exponents such as 1e5 are not allowed";
  } else if (c == '+') {
    what = "a '+' sign is not allowed";
  } else if (c == '-') {
    what = "'-' is only allowed as the first character";
  } else if (c >= 0x80) {
    what = "only ASCII digits are allowed";
  } else {
    what = "only digits, a leading '-' and one '.' are allowed";
  }
  return absl::StrFormat("unexpected character '%s' at position %d: %s",
                         absl::CHexEscape(internal::ToAbsl(text.substr(pos, 1))), pos, what);
}

}  // namespace

absl::StatusOr<Money> Money::Parse(std::string_view text, Currency currency) {
  if (text.empty()) return Refuse(text, "empty text is not an amount");
  size_t pos = 0;
  const bool negative = text[0] == '-';
  if (negative) pos = 1;

  const int exponent = currency.exponent();
  // Accumulate |value| in minor units, in 128 bits so that the range check
  // below is exact; stop early once it is hopelessly large.
  absl::uint128 magnitude = 0;
  const absl::uint128 limit =
      static_cast<absl::uint128>(std::numeric_limits<int64_t>::max()) + 1;
  bool too_large = false;
  auto push_digit = [&](char c) {
    if (too_large) return;
    magnitude = magnitude * 10 + static_cast<unsigned>(c - '0');
    if (magnitude > limit) too_large = true;
  };

  size_t int_digits = 0;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
    push_digit(text[pos]);
    ++pos;
    ++int_digits;
  }
  int frac_digits = 0;
  bool has_point = false;
  if (pos < text.size() && text[pos] == '.') {
    has_point = true;
    ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      ++frac_digits;
      if (frac_digits <= exponent) push_digit(text[pos]);
      ++pos;
    }
    if (int_digits == 0 && frac_digits == 0) {
      return Refuse(text, "a bare '.' is not an amount");
    }
    if (pos < text.size()) return Refuse(text, DescribeBadChar(text, pos));
    if (int_digits == 0) {
      return Refuse(text, "a digit is required before '.'");
    }
    if (frac_digits == 0) {
      return Refuse(text, "a digit is required after '.'");
    }
    if (exponent == 0) {
      return Refuse(text,
                    absl::StrFormat("%s has no minor unit, so no '.' is "
                                    "allowed",
                                    currency.code()));
    }
    if (frac_digits > exponent) {
      return Refuse(text, absl::StrFormat(
                              "%d fraction digits, but %s allows at most %d",
                              frac_digits, currency.code(), exponent));
    }
  }
  if (pos < text.size()) return Refuse(text, DescribeBadChar(text, pos));
  if (int_digits == 0 && !has_point) {
    return Refuse(text, negative ? "a '-' must be followed by digits"
                                 : "no digits");
  }
  for (int k = frac_digits; k < exponent; ++k) {
    if (too_large) break;
    magnitude *= 10;
    if (magnitude > limit) too_large = true;
  }
  if (too_large || (!negative && magnitude == limit)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "amount \"%s\": does not fit in 64-bit minor units of %s",
        absl::CHexEscape(internal::ToAbsl(text)), currency.code()));
  }
  const int64_t units =
      negative ? static_cast<int64_t>(absl::Uint128Low64(absl::uint128(0) -
                                                         magnitude))
               : static_cast<int64_t>(absl::Uint128Low64(magnitude));
  return Money(units, currency);
}

absl::StatusOr<Money> Money::Add(Money other) const {
  if (currency_ != other.currency_) {
    return internal::CurrencyMismatch("add", currency_, other.currency_);
  }
  int64_t sum = 0;
  if (__builtin_add_overflow(minor_units_, other.minor_units_, &sum)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "add: %s + %s does not fit in 64-bit minor units", ToDisplayString(),
        other.ToDisplayString()));
  }
  return Money(sum, currency_);
}

absl::StatusOr<Money> Money::Subtract(Money other) const {
  if (currency_ != other.currency_) {
    return internal::CurrencyMismatch("subtract", currency_, other.currency_);
  }
  int64_t difference = 0;
  if (__builtin_sub_overflow(minor_units_, other.minor_units_, &difference)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "subtract: %s - %s does not fit in 64-bit minor units",
        ToDisplayString(), other.ToDisplayString()));
  }
  return Money(difference, currency_);
}

absl::StatusOr<Money> Money::Negate() const {
  if (minor_units_ == std::numeric_limits<int64_t>::min()) {
    return absl::OutOfRangeError(absl::StrFormat(
        "negate: -(%s) does not fit in 64-bit minor units", ToDisplayString()));
  }
  return Money(-minor_units_, currency_);
}

absl::StatusOr<Money> Money::Multiply(int64_t factor) const {
  int64_t product = 0;
  if (__builtin_mul_overflow(minor_units_, factor, &product)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "multiply: %s * %d does not fit in 64-bit minor units",
        ToDisplayString(), factor));
  }
  return Money(product, currency_);
}

std::string Money::ToString() const {
  return FormatMinorUnits(minor_units_, currency_.exponent());
}

std::string Money::ToDisplayString() const {
  return absl::StrCat(internal::ToAbsl(currency_.code()), " ", ToString());
}

absl::StatusOr<int> Compare(Money a, Money b) {
  if (a.currency() != b.currency()) {
    return internal::CurrencyMismatch("compare", a.currency(), b.currency());
  }
  return a < b ? -1 : (b < a ? 1 : 0);
}

std::string FormatMinorUnits(int64_t minor_units, int exponent) {
  // |minor_units| in unsigned arithmetic, so INT64_MIN formats correctly.
  const uint64_t bits = static_cast<uint64_t>(minor_units);
  const uint64_t magnitude = minor_units < 0 ? uint64_t{0} - bits : bits;
  std::string digits = absl::StrCat(magnitude);
  if (exponent > 0) {
    const size_t e = static_cast<size_t>(exponent);
    if (digits.size() <= e) digits.insert(0, e + 1 - digits.size(), '0');
    digits.insert(digits.size() - e, 1, '.');
  }
  if (minor_units < 0) digits.insert(0, 1, '-');
  return digits;
}

TENOR_END_NAMESPACE
