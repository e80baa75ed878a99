// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: money/rate.h
// -----------------------------------------------------------------------------
//
// A `Rate` is an exact decimal percentage per annum (credit-rules §1): "18.9"
// means 18.9 % p.a. It is stored as an integer count of millionths of a
// percent, so every rate with at most six decimal places of the percentage is
// held exactly, and a monthly rate R/1200 is the exact rational
// micro_percent / 1'200'000'000.
//
// Accepted range: 0 to 1000 %, inclusive. Negative rates and rates above
// 1000 % are refused.
//
// Example:
//
//   absl::StatusOr<tenor::Rate> apr = tenor::Rate::Parse("18.9");
//   // apr->micro_percent() == 18'900'000, apr->ToString() == "18.9"

#ifndef TENOR_MONEY_RATE_H_
#define TENOR_MONEY_RATE_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/string_view.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// Rate
//
// An annual percentage, exact to 10^-6 of a percent.
class Rate {
 public:
  // Millionths of a percent in one percent.
  static constexpr int64_t kMicroPerPercent = 1'000'000;
  // The largest accepted rate, 1000 %, in millionths of a percent.
  static constexpr int64_t kMaxMicroPercent = 1000 * kMicroPerPercent;

  // Zero()
  //
  // 0 % p.a., for interest-free products.
  static constexpr Rate Zero() { return Rate(0); }

  // Parse()
  //
  // Parses a percentage such as "18.9", "0" or "19.99": ASCII digits,
  // optionally '.' and 1 to 6 more digits.
  //
  // Errors: InvalidArgument for empty text, a '+' sign, more than 6
  // decimals, or any other character; OutOfRange for a negative rate or a
  // rate above 1000.
  [[nodiscard]] static absl::StatusOr<Rate> Parse(std::string_view text);

  // FromMicroPercent()
  //
  // The rate of `micro_percent` millionths of a percent: 18'900'000 is 18.9 %.
  // Errors: OutOfRange if negative or above kMaxMicroPercent.
  [[nodiscard]] static absl::StatusOr<Rate> FromMicroPercent(
      int64_t micro_percent);

  // A rate from binary floating point would not be exact; build it from text
  // or millionths of a percent.
  template <typename Float,
            typename = std::enable_if_t<std::is_floating_point_v<Float>>>
  static Rate FromMicroPercent(Float) = delete;

  int64_t micro_percent() const { return micro_percent_; }
  bool is_zero() const { return micro_percent_ == 0; }

  // ToString()
  //
  // The percentage with no trailing zeros: "18.9", "0", "19.99", "12".
  std::string ToString() const;

  friend bool operator==(Rate a, Rate b) {
    return a.micro_percent_ == b.micro_percent_;
  }
  friend bool operator!=(Rate a, Rate b) { return !(a == b); }
  friend bool operator<(Rate a, Rate b) {
    return a.micro_percent_ < b.micro_percent_;
  }

  // Prints "18.9%" with `%s` in absl::StrFormat.
  friend absl::FormatConvertResult<absl::FormatConversionCharSet::kString>
  AbslFormatConvert(Rate r, const absl::FormatConversionSpec& /*spec*/,
                    absl::FormatSink* sink) {
    sink->Append(r.ToString());
    sink->Append("%");
    return {true};
  }
  friend std::ostream& operator<<(std::ostream& os, Rate r) {
    return os << r.ToString() << '%';
  }

 private:
  explicit constexpr Rate(int64_t micro_percent)
      : micro_percent_(micro_percent) {}

  int64_t micro_percent_;
};

TENOR_END_NAMESPACE

#endif  // TENOR_MONEY_RATE_H_
