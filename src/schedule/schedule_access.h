// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API: how the schedule builders in src/schedule/ construct a Schedule,
// and the input checks they share.

#ifndef TENOR_SRC_SCHEDULE_SCHEDULE_ACCESS_H_
#define TENOR_SRC_SCHEDULE_SCHEDULE_ACCESS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/products/product.h"
#include "tenor/products/amount_limits.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// What a builder knows about a schedule before its rows.
struct ScheduleHeader {
  ProductKind kind;
  Money amount_of_credit;
  absl::CivilDay anchor_date;
  Rate rate;
  RoundingMode rounding;
  int term_months;
};

class ScheduleAccess {
 public:
  // An empty schedule with room for `rows` rows (the one allocation).
  static Schedule Start(const ScheduleHeader& header, size_t rows);

  static std::vector<Instalment>& Rows(Schedule& s) { return s.rows_; }
  static void SetExtensionsUsed(Schedule& s, int used) {
    s.extensions_used_ = used;
  }

  // Sets the totals and the APR after proving the invariants documented in
  // schedule.h. Errors: OutOfRange if a total does not fit in int64;
  // Internal if an invariant does not hold (a bug in a builder).
  static absl::Status Finish(Schedule& s, const Apr& apr);
};

// The APR of a schedule without any charge: exactly 0.0 (§5: "a credit with
// no charge has APR exactly 0.0"). Interest-free products set it directly
// rather than asking a root finder to prove what the rules already state.
inline Apr ZeroApr() { return Apr{0, 1}; }

// The product's name in messages, as its Validate() spells it:
// "pay in 30 days", "pay in N", "financing".
std::string_view ProductLabel(ProductKind kind);

// InvalidArgument unless `amount` is positive.
absl::Status CheckPositive(std::string_view product, Money amount);

// InvalidArgument if `amount` is not in `currency` (when there is one).
absl::Status CheckCurrency(std::string_view product, Money amount,
                           const std::optional<Currency>& currency);

// CheckPositive() and CheckCurrency() together: the checks every builder
// makes of the amount it is given.
absl::Status CheckAmount(std::string_view product, Money amount,
                         const std::optional<Currency>& currency);

// The product's inclusive amount limits (§7), the message prefixed with the
// product's name.
absl::Status CheckWithinLimits(std::string_view product,
                               const AmountLimits& limits, Money amount);

// OutOfRange unless `day` is a supported date; the message names `field`.
absl::Status CheckDate(std::string_view product, std::string_view field,
                       absl::CivilDay day);

// AddMonthsInRange()
//
// AddMonths(anchor, months) for a result known to be in range (the caller
// checked a later date): the same arithmetic, without the checks and the
// Status. Requires: months >= 0 and AddMonths(anchor, m) OK for some
// m >= months.
inline absl::CivilDay AddMonthsInRange(absl::CivilDay anchor, int months) {
  const int64_t index = anchor.year() * 12 + (anchor.month() - 1) + months;
  const int64_t year = index / 12;  // index >= 12: year >= 1
  const int month = static_cast<int>(index - year * 12) + 1;
  const int day = std::min(anchor.day(), DaysInMonth(year, month));
  return absl::CivilDay(year, month, day);
}

// `inner` with "<product>: due date of instalment <number>: " in front.
absl::Status DueDateError(std::string_view product, int number,
                          const absl::Status& inner);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_SCHEDULE_SCHEDULE_ACCESS_H_
