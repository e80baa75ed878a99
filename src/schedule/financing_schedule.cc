// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/schedule/financing_schedule.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "apr/eu_solver.h"
#include "financing_rows.h"
#include "level_payment_internal.h"
#include "schedule_access.h"
#include "tenor/apr/apr.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

constexpr std::string_view kProduct = "financing";

// The currency the product is priced in, if its limits or term minimums say.
std::optional<Currency> ProductCurrency(const Financing& product) {
  if (std::optional<Currency> c = product.limits.currency()) return c;
  if (!product.term_minimums.empty()) {
    return product.term_minimums.front().minimum.currency();
  }
  return std::nullopt;
}

// Checks shared by every entry point: the product, the amount, the date.
absl::Status CheckInputs(const Financing& product, Money amount,
                         absl::CivilDay shipment_date) {
  if (absl::Status s = product.Validate(); !s.ok()) return s;
  if (absl::Status s =
          internal::CheckAmount(kProduct, amount, ProductCurrency(product));
      !s.ok()) {
    return s;
  }
  return internal::CheckDate(kProduct, "shipment date", shipment_date);
}

absl::Status CheckOffered(const Financing& product, int term_months) {
  if (!product.Offers(term_months)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "financing: term %d months is not offered (offered: %s)", term_months,
        absl::StrJoin(product.offered_terms, ", ")));
  }
  return absl::OkStatus();
}

// The product's limits and the term's minimum (§4.3, §7).
absl::Status CheckLimits(const Financing& product, Money amount,
                         int term_months) {
  if (absl::Status s =
          internal::CheckWithinLimits(kProduct, product.limits, amount);
      !s.ok()) {
    return s;
  }
  if (const std::optional<Money> minimum = product.MinimumFor(term_months);
      minimum.has_value() && amount < *minimum) {
    return absl::OutOfRangeError(absl::StrFormat(
        "financing: amount %s is below the minimum %s for %d months", amount,
        *minimum, term_months));
  }
  return absl::OkStatus();
}

// The schedule of §4.3, inputs already checked. Sets `*too_small` when the
// refusal is that the amount is too small for the term, so that quotes can
// leave that term out.
absl::StatusOr<Schedule> Compute(const Financing& product, Money amount,
                                 int n, absl::CivilDay shipment_date,
                                 bool* too_small) {
  // due_k = AddMonths(shipment date, k): always from the anchor, never from
  // the previous due date, so month ends do not drift (§3).
  //
  // When the last due date is in range every earlier one is (the months
  // only grow), so the rows then take the month step from the anchor
  // (BuildFinancingRows() with an anchor: AddMonths()' arithmetic without
  // its range checks); otherwise each date goes through AddMonths() and the
  // first one out of range is reported.
  const bool all_in_range = AddMonths(shipment_date, n).ok();
  auto due = [&](int k) -> absl::StatusOr<absl::CivilDay> {
    absl::StatusOr<absl::CivilDay> d = AddMonths(shipment_date, k);
    if (!d.ok()) return internal::DueDateError(kProduct, k, d.status());
    return d;
  };
  // APR on the months basis (§5): the advance at t = 0, instalment k at
  // t = k / 12. The amounts go through a buffer on the stack: terms are at
  // most kMaxFinancingTerm (the product validated), and the schedule keeps
  // its single allocation.
  auto apr_of = [&](absl::Span<const Instalment> rows) -> absl::StatusOr<Apr> {
    std::array<int64_t, kMaxFinancingTerm> payments{};
    for (size_t k = 0; k < rows.size(); ++k) payments[k] = rows[k].amount;
    // Seed only: without fees the APR is close to the nominal rate
    // compounded monthly, (1 + m / D)^12 - 1; the solver proves the digits
    // whatever the seed (eu_solver.h), and this spares its Newton search.
    const double monthly = static_cast<double>(product.rate.micro_percent()) /
                           static_cast<double>(internal::kMonthlyRateDenominator);
    const double seed_percent = (std::pow(1.0 + monthly, 12.0) - 1.0) * 100.0;
    return internal::MonthlyAprSeeded(
        amount.minor_units(), absl::MakeConstSpan(payments.data(), rows.size()),
        /*decimals=*/1, seed_percent);
  };
  const internal::ScheduleHeader header{ProductKind::kFinancing, amount,
                                       shipment_date, product.rate,
                                       product.rounding, n};
  if (all_in_range) {
    return internal::BuildFinancingRows(kProduct, header, shipment_date,
                                        apr_of, too_small);
  }
  return internal::BuildFinancingRows(kProduct, header, due, apr_of,
                                      too_small);
}

absl::StatusOr<Schedule> Build(const Financing& product, Money amount,
                               int term_months, absl::CivilDay shipment_date,
                               bool check_limits) {
  if (absl::Status s = CheckInputs(product, amount, shipment_date); !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckOffered(product, term_months); !s.ok()) return s;
  if (check_limits) {
    if (absl::Status s = CheckLimits(product, amount, term_months); !s.ok()) {
      return s;
    }
  }
  bool too_small = false;
  return Compute(product, amount, term_months, shipment_date, &too_small);
}

}  // namespace

absl::StatusOr<Schedule> BuildFinancingSchedule(const Financing& product,
                                                Money amount, int term_months,
                                                absl::CivilDay shipment_date) {
  return Build(product, amount, term_months, shipment_date,
               /*check_limits=*/true);
}

absl::StatusOr<Schedule> PreviewFinancing(const Financing& product,
                                          Money amount, int term_months,
                                          absl::CivilDay shipment_date) {
  return Build(product, amount, term_months, shipment_date,
               /*check_limits=*/false);
}

absl::StatusOr<std::vector<Schedule>> QuoteFinancing(
    const Financing& product, Money amount, absl::CivilDay shipment_date) {
  if (absl::Status s = CheckInputs(product, amount, shipment_date); !s.ok()) {
    return s;
  }
  // A date problem is an error for the whole quote, not a reason to leave a
  // term out: check every offered term's last due date first.
  for (const int term : product.offered_terms) {
    if (absl::StatusOr<absl::CivilDay> last = AddMonths(shipment_date, term);
        !last.ok()) {
      return internal::DueDateError(kProduct, term, last.status());
    }
  }
  std::vector<Schedule> quotes;
  quotes.reserve(product.offered_terms.size());
  for (const int term : product.offered_terms) {
    if (!CheckLimits(product, amount, term).ok()) continue;
    bool too_small = false;
    absl::StatusOr<Schedule> schedule =
        Compute(product, amount, term, shipment_date, &too_small);
    if (!schedule.ok()) {
      if (too_small) continue;
      return schedule.status();
    }
    quotes.push_back(*std::move(schedule));
  }
  return quotes;
}

TENOR_END_NAMESPACE
