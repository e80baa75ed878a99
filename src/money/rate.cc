// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/money/rate.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tenor/internal/string_view.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr int kMaxDecimals = 6;

absl::Status Refuse(std::string_view text, std::string_view problem) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "rate \"%s\": %s", absl::CHexEscape(internal::ToAbsl(text)), problem));
}

}  // namespace

absl::StatusOr<Rate> Rate::Parse(std::string_view text) {
  if (text.empty()) return Refuse(text, "empty text is not a rate");
  if (text[0] == '-') {
    // A negative rate is OutOfRange; "-" followed by something that is not
    // a rate at all ("-", "-x") is malformed, InvalidArgument (found by
    // tests/fuzz/rate_fuzz.cc).
    // "--..." is refused before the recursion, which is one level deep.
    if (text.size() > 1 && text[1] == '-') {
      return Refuse(text, "not a number after '-'");
    }
    const absl::StatusOr<Rate> magnitude = Parse(text.substr(1));
    if (magnitude.status().code() == absl::StatusCode::kInvalidArgument) {
      return Refuse(text, "not a number after '-'");
    }
    return absl::OutOfRangeError(absl::StrFormat(
        "rate \"%s\": must not be negative", absl::CHexEscape(internal::ToAbsl(text))));
  }
  if (text[0] == '+') return Refuse(text, "a '+' sign is not allowed");
  // Digits are accumulated in millionths of a percent. Any value with more
  // than 4 integer digits is above 1000 %, so int64 cannot overflow below.
  int64_t micro = 0;
  size_t pos = 0;
  int int_digits = 0;
  bool too_large = false;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
    if (micro > kMaxMicroPercent) {
      too_large = true;
    } else {
      micro = micro * 10 + (text[pos] - '0') * kMicroPerPercent;
    }
    ++pos;
    ++int_digits;
  }
  int decimals = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int64_t scale = kMicroPerPercent / 10;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      ++decimals;
      if (decimals <= kMaxDecimals) micro += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (int_digits == 0) return Refuse(text, "a digit is required before '.'");
    if (decimals == 0) return Refuse(text, "a digit is required after '.'");
  }
  if (pos < text.size()) {
    return Refuse(text,
                  absl::StrFormat("unexpected character '%s' at position %d: "
                                  "only digits and one '.' are allowed",
                                  absl::CHexEscape(internal::ToAbsl(text.substr(pos, 1))), pos));
  }
  if (int_digits == 0) return Refuse(text, "no digits");
  if (decimals > kMaxDecimals) {
    return Refuse(text, absl::StrFormat("%d decimal places, at most %d are "
                                        "allowed",
                                        decimals, kMaxDecimals));
  }
  if (too_large || micro > kMaxMicroPercent) {
    return absl::OutOfRangeError(absl::StrFormat(
        "rate \"%s\": above the maximum of 1000 %%", absl::CHexEscape(internal::ToAbsl(text))));
  }
  return Rate(micro);
}

absl::StatusOr<Rate> Rate::FromMicroPercent(int64_t micro_percent) {
  if (micro_percent < 0) {
    return absl::OutOfRangeError(absl::StrFormat(
        "rate %d millionths of a percent: must not be negative",
        micro_percent));
  }
  if (micro_percent > kMaxMicroPercent) {
    return absl::OutOfRangeError(absl::StrFormat(
        "rate %d millionths of a percent: above the maximum of 1000 %%",
        micro_percent));
  }
  return Rate(micro_percent);
}

std::string Rate::ToString() const {
  std::string text = absl::StrCat(micro_percent_ / kMicroPerPercent);
  int64_t fraction = micro_percent_ % kMicroPerPercent;
  if (fraction != 0) {
    std::string digits = absl::StrFormat("%06d", fraction);
    digits.erase(digits.find_last_not_of('0') + 1);
    absl::StrAppend(&text, ".", digits);
  }
  return text;
}

TENOR_END_NAMESPACE
