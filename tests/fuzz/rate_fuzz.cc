// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: rate text (credit-rules §2) and the other small parsers a
// batch file feeds the library. Rate::Parse agrees with an independent
// reference of the grammar in rate.h (digits, optionally '.' and 1 to 6
// digits, at most 1000), and parse(format(r)) == r. Dates parse only as
// "YYYY-MM-DD" within 0001-01-01..9999-12-31 and format back to the same
// text; AddMonths / AddDays stay in range or are OutOfRange. Enum names
// parse back to their enumerator.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "fuzz_check.h"
#include "tenor/tenor.h"

namespace {

enum class RefResult { kOk, kInvalid, kOutOfRange, kNegative };

// [0-9]+(\.[0-9]{1,6})? in millionths of a percent, at most 1000 %.
RefResult ReferenceRate(std::string_view text, int64_t* out) {
  bool negative = false;
  if (!text.empty() && text[0] == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  size_t i = 0;
  absl::int128 value = 0;
  bool big = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    value = value * 10 + (text[i] - '0');
    if (value > absl::int128(1) << 80) big = true, value = 0;
  }
  if (i == 0) return RefResult::kInvalid;
  int frac = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++frac) {
      value = value * 10 + (text[i] - '0');
      if (value > absl::int128(1) << 80) big = true, value = 0;
    }
    if (frac == 0 || frac > 6) return RefResult::kInvalid;
  }
  if (i != text.size()) return RefResult::kInvalid;
  if (negative) return RefResult::kNegative;
  for (; frac < 6; ++frac) value *= 10;
  if (big || value > tenor::Rate::kMaxMicroPercent) return RefResult::kOutOfRange;
  *out = static_cast<int64_t>(value);
  return RefResult::kOk;
}

template <typename E, typename Name, typename Parse>
void CheckNames(std::string_view text, Name name, Parse parse) {
  const absl::StatusOr<E> parsed = parse(text);
  if (parsed.ok()) {
    TENOR_FUZZ_CHECK(name(*parsed) == text, std::string(text));
  } else {
    TENOR_FUZZ_CHECK(
        parsed.status().code() == absl::StatusCode::kInvalidArgument,
        parsed.status().ToString());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const int64_t micro = in.ConsumeIntegral<int64_t>();
  const int months = in.ConsumeIntegral<int>();
  const int days = in.ConsumeIntegral<int>();
  const std::string text = in.ConsumeRemainingBytesAsString();

  int64_t expected = 0;
  const RefResult ref = ReferenceRate(text, &expected);
  const absl::StatusOr<tenor::Rate> rate = tenor::Rate::Parse(text);
  switch (ref) {
    case RefResult::kOk:
      TENOR_FUZZ_CHECK(rate.ok() && rate->micro_percent() == expected,
                       rate.status().ToString() + " for " + text);
      break;
    case RefResult::kInvalid:
      TENOR_FUZZ_CHECK(
          rate.status().code() == absl::StatusCode::kInvalidArgument,
          rate.status().ToString() + " for " + text);
      break;
    case RefResult::kOutOfRange:
      TENOR_FUZZ_CHECK(rate.status().code() == absl::StatusCode::kOutOfRange,
                       rate.status().ToString() + " for " + text);
      break;
    case RefResult::kNegative:
      // A well-formed negative rate ("-0" included) is past the bound.
      TENOR_FUZZ_CHECK(rate.status().code() == absl::StatusCode::kOutOfRange,
                       rate.status().ToString() + " for " + text);
      break;
  }
  if (rate.ok()) {
    const absl::StatusOr<tenor::Rate> again = tenor::Rate::Parse(rate->ToString());
    TENOR_FUZZ_CHECK(again.ok() && *again == *rate, rate->ToString());
  }
  const absl::StatusOr<tenor::Rate> from = tenor::Rate::FromMicroPercent(micro);
  if (micro >= 0 && micro <= tenor::Rate::kMaxMicroPercent) {
    TENOR_FUZZ_CHECK(from.ok() && from->micro_percent() == micro, "FromMicro");
    const absl::StatusOr<tenor::Rate> again = tenor::Rate::Parse(from->ToString());
    TENOR_FUZZ_CHECK(again.ok() && *again == *from, from->ToString());
  } else {
    TENOR_FUZZ_CHECK(from.status().code() == absl::StatusCode::kOutOfRange,
                     from.status().ToString());
  }

  // Dates: exactly YYYY-MM-DD, supported, and formatted back to the text.
  const absl::StatusOr<absl::CivilDay> day = tenor::ParseDate(text);
  if (day.ok()) {
    TENOR_FUZZ_CHECK(tenor::IsSupportedDate(*day), text);
    TENOR_FUZZ_CHECK(tenor::FormatDate(*day) == text, text);
    const absl::StatusOr<absl::CivilDay> m = tenor::AddMonths(*day, months);
    if (m.ok()) {
      TENOR_FUZZ_CHECK(tenor::IsSupportedDate(*m), "AddMonths range");
      const int64_t apart = (m->year() - day->year()) * 12 +
                            (m->month() - day->month());
      TENOR_FUZZ_CHECK(apart == months, "AddMonths month count");
      TENOR_FUZZ_CHECK(m->day() == std::min<int>(day->day(),
                           tenor::DaysInMonth(m->year(), m->month())),
                       "AddMonths month-end clamp");
    } else {
      TENOR_FUZZ_CHECK(m.status().code() == absl::StatusCode::kOutOfRange,
                       m.status().ToString());
    }
    const absl::StatusOr<absl::CivilDay> d = tenor::AddDays(*day, days);
    if (d.ok()) {
      TENOR_FUZZ_CHECK(tenor::IsSupportedDate(*d), "AddDays range");
      TENOR_FUZZ_CHECK(*d - *day == days, "AddDays count");
    } else {
      TENOR_FUZZ_CHECK(d.status().code() == absl::StatusCode::kOutOfRange,
                       d.status().ToString());
      TENOR_FUZZ_CHECK(!tenor::IsSupportedDate(*day + days), "AddDays refused");
    }
  }

  CheckNames<tenor::RoundingMode>(text, tenor::RoundingModeName,
                                  tenor::ParseRoundingMode);
  CheckNames<tenor::ProductKind>(text, tenor::ProductKindName,
                                 tenor::ParseProductKind);
  CheckNames<tenor::TimeBasis>(text, tenor::TimeBasisName, tenor::ParseTimeBasis);
  CheckNames<tenor::SwitchAction>(text, tenor::SwitchActionName,
                                  tenor::ParseSwitchAction);
  CheckNames<tenor::Channel>(text, tenor::ChannelName, tenor::ParseChannel);
  CheckNames<tenor::RemainderPlacement>(text, tenor::RemainderPlacementName,
                                        tenor::ParseRemainderPlacement);
  CheckNames<tenor::InstalmentStatus>(text, tenor::InstalmentStatusName,
                                      tenor::ParseInstalmentStatus);
  CheckNames<tenor::AssessmentKind>(text, tenor::AssessmentKindName,
                                    tenor::ParseAssessmentKind);
  const absl::StatusOr<tenor::Currency> c = tenor::Currency::FromCode(text);
  if (c.ok()) TENOR_FUZZ_CHECK(c->code() == text, text);
  return 0;
}
