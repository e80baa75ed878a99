// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/schedule.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "absl/numeric/int128.h"
#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "schedule_access.h"
#include "tenor/calendar/calendar.h"
#include "tenor/internal/checked.h"

TENOR_BEGIN_NAMESPACE

RepresentativeExample Schedule::representative_example() const {
  const Instalment& first = rows_.front();
  const Instalment& last = rows_.back();
  return RepresentativeExample{
      /*amount_of_credit=*/amount_of_credit(),
      /*rate=*/rate_,
      /*rate_is_fixed=*/rate_is_fixed(),
      /*term_months=*/term_months_,
      // Both dates are supported, so the difference fits in an int.
      /*term_days=*/static_cast<int>(last.due_date - anchor_),
      /*number_of_instalments=*/static_cast<int>(rows_.size()),
      /*instalment_amount=*/ToMoney(first.amount),
      /*final_instalment_amount=*/ToMoney(last.amount),
      /*first_due_date=*/first.due_date,
      /*last_due_date=*/last.due_date,
      /*total_interest=*/total_interest(),
      /*total_payable=*/total_payable(),
      /*apr=*/apr_,
  };
}

bool operator==(const Schedule& a, const Schedule& b) {
  return a.kind_ == b.kind_ && a.currency_ == b.currency_ &&
         a.anchor_ == b.anchor_ && a.principal_ == b.principal_ &&
         a.rate_ == b.rate_ && a.rounding_ == b.rounding_ &&
         a.term_months_ == b.term_months_ &&
         a.extensions_used_ == b.extensions_used_ && a.rows_ == b.rows_ &&
         a.total_interest_ == b.total_interest_ &&
         a.total_payable_ == b.total_payable_ &&
         a.apr_.scaled == b.apr_.scaled && a.apr_.decimals == b.apr_.decimals;
}

namespace internal {

std::string_view ProductLabel(ProductKind kind) {
  switch (kind) {
    case ProductKind::kPayIn30Days:
      return "pay in 30 days";
    case ProductKind::kPayInN:
      return "pay in N";
    case ProductKind::kFinancing:
      return "financing";
  }
  return "schedule";
}

Schedule ScheduleAccess::Start(const ScheduleHeader& header, size_t rows) {
  Schedule s(header.amount_of_credit.currency());
  s.kind_ = header.kind;
  s.anchor_ = header.anchor_date;
  s.principal_ = header.amount_of_credit.minor_units();
  s.rate_ = header.rate;
  s.rounding_ = header.rounding;
  s.term_months_ = header.term_months;
  s.rows_.reserve(rows);
  return s;
}

absl::Status ScheduleAccess::Finish(Schedule& s, const Apr& apr) {
  const std::string_view product = ProductLabel(s.kind_);
  auto broken = [&](std::string_view what) {
    return absl::InternalError(absl::StrFormat(
        "%s: schedule invariant broken: %s", product, what));
  };
  if (s.rows_.empty()) return broken("no rows");
  // Every figure below is a sum of at most a few dozen int64 values, so
  // 128 bits hold it exactly; only the totals need to fit back into int64.
  absl::int128 interest = 0;
  absl::int128 payable = 0;
  absl::int128 balance = s.principal_;
  for (size_t k = 0; k < s.rows_.size(); ++k) {
    const Instalment& row = s.rows_[k];
    if (row.number != static_cast<int>(k) + 1) return broken("numbering");
    if (k > 0 && row.due_date < s.rows_[k - 1].due_date) {
      return broken("due dates go backwards");
    }
    if (absl::int128(row.amount) !=
        absl::int128(row.interest) + absl::int128(row.principal)) {
      return broken("amount is not interest + principal");
    }
    balance -= row.principal;
    if (balance != row.balance) return broken("balance");
    interest += row.interest;
    payable += row.amount;
  }
  if (balance != 0) return broken("the last balance is not zero");
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  if (interest > kMax || payable > kMax) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: the total payable does not fit in int64 minor units",
        product));
  }
  if (payable != absl::int128(s.principal_) + interest) {
    return broken("total payable is not amount of credit + total interest");
  }
  s.total_interest_ = static_cast<int64_t>(interest);
  s.total_payable_ = static_cast<int64_t>(payable);
  s.apr_ = apr;
  return absl::OkStatus();
}

absl::Status CheckPositive(std::string_view product, Money amount) {
  if (!amount.is_positive()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s: amount %s must be positive", product, amount));
  }
  return absl::OkStatus();
}

absl::Status CheckCurrency(std::string_view product, Money amount,
                          const std::optional<Currency>& currency) {
  if (currency.has_value() && *currency != amount.currency()) {
    return CurrencyMismatch(
        absl::StrFormat("%s: amount against the product's currency", product),
        amount.currency(), *currency);
  }
  return absl::OkStatus();
}

absl::Status CheckAmount(std::string_view product, Money amount,
                         const std::optional<Currency>& currency) {
  if (absl::Status s = CheckPositive(product, amount); !s.ok()) return s;
  return CheckCurrency(product, amount, currency);
}

absl::Status CheckWithinLimits(std::string_view product,
                               const AmountLimits& limits, Money amount) {
  if (absl::Status s = limits.Check(amount); !s.ok()) {
    return absl::Status(s.code(),
                        absl::StrFormat("%s: %s", product, s.message()));
  }
  return absl::OkStatus();
}

absl::Status CheckDate(std::string_view product, std::string_view field,
                       absl::CivilDay day) {
  if (!IsSupportedDate(day)) {
    return absl::OutOfRangeError(absl::StrFormat(
        "%s: %s %d-%02d-%02d is outside the supported range 0001-01-01 to "
        "9999-12-31",
        product, field, day.year(), day.month(), day.day()));
  }
  return absl::OkStatus();
}

absl::Status DueDateError(std::string_view product, int number,
                          const absl::Status& inner) {
  return absl::Status(inner.code(),
                      absl::StrFormat("%s: due date of instalment %d: %s",
                                      product, number, inner.message()));
}

}  // namespace internal
TENOR_END_NAMESPACE
