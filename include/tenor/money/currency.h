// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: money/currency.h
// -----------------------------------------------------------------------------
//
// A `Currency` is an ISO 4217 alphabetic code plus its minor-unit exponent:
// the number of decimal places between the major unit and the smallest unit
// the books record (GBP 2: pence; JPY 0: yen; KWD 3: fils; CLF 4).
//
// tenor carries a built-in table of ISO 4217 List One (current currencies and
// funds) with their exponents; `kIsoTablePublication` says which publication
// it reflects. Codes whose exponent ISO gives as "N.A." (precious metals, the
// SDR, test and "no currency" codes) are not money in this sense and are not
// in the table.
//
// Counterparties sometimes disagree with ISO (card networks settle ISK with
// two decimals, some payout rails treat HUF or UGX differently), so a caller
// may also build a currency from an explicit (code, exponent) pair with
// `Currency::Custom()`. Two currencies are equal when both the code and the
// exponent are equal: ISK/0 and ISK/2 are different currencies, and mixing
// them is refused like mixing GBP and EUR.
//
// Example:
//
//   absl::StatusOr<tenor::Currency> gbp = tenor::Currency::FromCode("GBP");
//   // gbp->code() == "GBP", gbp->exponent() == 2
//   absl::StatusOr<tenor::Currency> isk2 = tenor::Currency::Custom("ISK", 2);

#ifndef TENOR_MONEY_CURRENCY_H_
#define TENOR_MONEY_CURRENCY_H_

#include <cstdint>
#include <ostream>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/string_view.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The ISO 4217 publication the built-in currency table reflects.
inline constexpr std::string_view kIsoTablePublication =
    "ISO 4217 List One as maintained by SIX Financial Information, "
    "amendments through 2025 (XCG current, ANG withdrawn; ZWG current)";

// Currency
//
// A small value type (four bytes). Obtain one from `FromCode()` or `Custom()`;
// there is no default currency, so an amount always says what it is in.
class Currency {
 public:
  // FromCode()
  //
  // Looks `code` up in the built-in ISO 4217 table. The code must be three
  // upper-case ASCII letters.
  //
  // Errors:
  //   InvalidArgument  the text is not three upper-case letters.
  //   NotFound         the code is not a current ISO 4217 currency with a
  //                    minor unit.
  [[nodiscard]] static absl::StatusOr<Currency> FromCode(std::string_view code);

  // Custom()
  //
  // Builds a currency from an explicit code and exponent, for counterparties
  // whose minor unit differs from ISO's.
  //
  // Errors:
  //   InvalidArgument  the code is not three upper-case ASCII letters, or the
  //                    exponent is not one of 0, 1, 2, 3 or 4.
  [[nodiscard]] static absl::StatusOr<Currency> Custom(std::string_view code,
                                                       int exponent);

  // The three-letter code, e.g. "GBP".
  std::string_view code() const { return std::string_view(code_, 3); }

  // Decimal places of the minor unit: 0 to 4.
  int exponent() const { return exponent_; }

  // 10^exponent(): how many minor units make one major unit.
  int64_t minor_per_major() const;

  friend bool operator==(Currency a, Currency b) {
    return a.code_[0] == b.code_[0] && a.code_[1] == b.code_[1] &&
           a.code_[2] == b.code_[2] && a.exponent_ == b.exponent_;
  }
  friend bool operator!=(Currency a, Currency b) { return !(a == b); }

  // Prints the code, e.g. "GBP", with `%s` in absl::StrFormat.
  friend absl::FormatConvertResult<absl::FormatConversionCharSet::kString>
  AbslFormatConvert(Currency c, const absl::FormatConversionSpec& /*spec*/,
                    absl::FormatSink* sink) {
    sink->Append(internal::ToAbsl(c.code()));
    return {true};
  }
  friend std::ostream& operator<<(std::ostream& os, Currency c) {
    return os << c.code();
  }

 private:
  constexpr Currency(char a, char b, char c, int8_t exponent)
      : code_{a, b, c}, exponent_(exponent) {}

  char code_[3];
  int8_t exponent_;
};

// IsoCurrencyCount()
//
// The number of entries in the built-in ISO 4217 table.
int IsoCurrencyCount();

// IsoCurrencyAt()
//
// The i-th entry of the built-in table, in alphabetical order of code.
// Requires: 0 <= i < IsoCurrencyCount().
Currency IsoCurrencyAt(int i);

TENOR_END_NAMESPACE

#endif  // TENOR_MONEY_CURRENCY_H_
