// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: money/money.h
// -----------------------------------------------------------------------------
//
// `Money` is an exact amount: a signed 64-bit count of minor units plus a
// `Currency` (credit-rules §1). There is no floating point anywhere in it:
// constructing one from a `double` does not compile, and text is parsed
// digit by digit.
//
// Arithmetic never wraps and never mixes currencies. Each operation returns
// `absl::StatusOr<Money>`: OutOfRange when the exact result does not fit in
// int64, InvalidArgument when the currencies differ.
//
// Text is canonical: an optional `-`, the integer digits, and for a currency
// with exponent e > 0 a `.` and exactly e digits (`1234.56`, `-0.05`, `1235`
// for JPY, `1.234` for KWD). Parsing accepts the same shape with 1 to e
// fraction digits, and refuses everything else with a message that names the
// problem.
//
// Example:
//
//   tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
//   absl::StatusOr<tenor::Money> price = tenor::Money::Parse("1234.56", gbp);
//   // price->minor_units() == 123456, price->ToString() == "1234.56"
//   absl::StatusOr<tenor::Money> twice = price->Multiply(2);   // 2469.12
//   absl::StatusOr<tenor::Money> bad = tenor::Money::Parse("1,234.56", gbp);
//   // bad.status(): InvalidArgument "amount \"1,234.56\": unexpected
//   //               character ',' at position 1 ..."

#ifndef TENOR_MONEY_MONEY_H_
#define TENOR_MONEY_MONEY_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "tenor/money/currency.h"
#include "tenor/internal/string_view.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// Money
//
// A value type of 16 bytes, cheap to copy. There is no default value: every
// amount is built with its currency.
class Money {
 public:
  // FromMinorUnits()
  //
  // The amount of `minor_units` of `currency`: FromMinorUnits(123456, GBP) is
  // GBP 1234.56. Every int64 value is a valid amount.
  static constexpr Money FromMinorUnits(int64_t minor_units,
                                        Currency currency) {
    return Money(minor_units, currency);
  }

  // Zero()
  //
  // Zero in `currency`.
  static constexpr Money Zero(Currency currency) { return Money(0, currency); }

  // Parse()
  //
  // Parses decimal text in `currency` (credit-rules §1).
  //
  // Accepted: an optional leading '-', one or more ASCII digits, then
  // optionally '.' followed by 1 to currency.exponent() digits.
  //
  // Errors (InvalidArgument unless noted), each message naming the problem:
  // empty text; a '+' sign; spaces; an exponent such as "1e5"; thousands
  // separators; more fraction digits than the currency allows; a bare '.'
  // or missing digits on either side of '.'; non-ASCII digits; and
  // (OutOfRange) a value that does not fit in int64 minor units.
  [[nodiscard]] static absl::StatusOr<Money> Parse(std::string_view text,
                                                   Currency currency);

  // Money from binary floating point is deliberately impossible: a double
  // cannot hold 0.10 exactly. Build amounts from minor units or text.
  template <typename Float,
            typename = std::enable_if_t<std::is_floating_point_v<Float>>>
  static Money FromMinorUnits(Float, Currency) = delete;
  template <typename Float,
            typename = std::enable_if_t<std::is_floating_point_v<Float>>>
  Money(Float, Currency) = delete;

  int64_t minor_units() const { return minor_units_; }
  Currency currency() const { return currency_; }

  bool is_zero() const { return minor_units_ == 0; }
  bool is_negative() const { return minor_units_ < 0; }
  bool is_positive() const { return minor_units_ > 0; }

  // Add(), Subtract()
  //
  // Exact sum and difference.
  // Errors: InvalidArgument if the currencies differ; OutOfRange if the
  // result does not fit in int64 minor units.
  [[nodiscard]] absl::StatusOr<Money> Add(Money other) const;
  [[nodiscard]] absl::StatusOr<Money> Subtract(Money other) const;

  // Negate()
  //
  // Errors: OutOfRange for the one amount whose negation does not fit
  // (INT64_MIN minor units).
  [[nodiscard]] absl::StatusOr<Money> Negate() const;

  // Multiply()
  //
  // The amount times an integer factor, exact.
  // Errors: OutOfRange if the product does not fit in int64 minor units.
  [[nodiscard]] absl::StatusOr<Money> Multiply(int64_t factor) const;

  // ToString()
  //
  // Canonical decimal text without the currency code: "1234.56", "-0.05",
  // "1235" (JPY), "1.234" (KWD).
  std::string ToString() const;

  // ToDisplayString()
  //
  // The code and the canonical text: "GBP 1234.56".
  std::string ToDisplayString() const;

  // Equality compares currency and amount: GBP 1.00 != EUR 1.00.
  friend bool operator==(Money a, Money b) {
    return a.minor_units_ == b.minor_units_ && a.currency_ == b.currency_;
  }
  friend bool operator!=(Money a, Money b) { return !(a == b); }

  // Ordering.
  //
  // Requires: both amounts are in the same currency; comparing amounts in
  // different currencies is meaningless. Use `Compare()` where the
  // currencies may differ: it says so with a Status.
  friend bool operator<(Money a, Money b) {
    return a.minor_units_ < b.minor_units_;
  }
  friend bool operator>(Money a, Money b) { return b < a; }
  friend bool operator<=(Money a, Money b) { return !(b < a); }
  friend bool operator>=(Money a, Money b) { return !(a < b); }

  // Prints "GBP 1234.56" with `%s` in absl::StrFormat.
  friend absl::FormatConvertResult<absl::FormatConversionCharSet::kString>
  AbslFormatConvert(const Money& m, const absl::FormatConversionSpec& /*spec*/,
                    absl::FormatSink* sink) {
    sink->Append(m.ToDisplayString());
    return {true};
  }
  friend std::ostream& operator<<(std::ostream& os, const Money& m) {
    return os << m.ToDisplayString();
  }

 private:
  constexpr Money(int64_t minor_units, Currency currency)
      : minor_units_(minor_units), currency_(currency) {}

  int64_t minor_units_;
  Currency currency_;
};

// Compare()
//
// Returns -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
// Errors: InvalidArgument if the currencies differ.
[[nodiscard]] absl::StatusOr<int> Compare(Money a, Money b);

// FormatMinorUnits()
//
// Canonical decimal text for a count of minor units with the given exponent
// (0 to 4): FormatMinorUnits(-5, 2) == "-0.05". `Money::ToString()` uses it;
// it is public for code that holds raw minor units, such as schedule rows.
std::string FormatMinorUnits(int64_t minor_units, int exponent);

TENOR_END_NAMESPACE

#endif  // TENOR_MONEY_MONEY_H_
