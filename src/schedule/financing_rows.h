// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Not API: the rows of a §4.3 schedule (credit-rules §4.3), shared by the
// financing product (financing_schedule.cc) and the financing account's plans
// (src/ledger/financing_account.cc). The callers keep what differs between
// them: their input checks, the rule for the due dates, and the time basis of
// the APR.

#ifndef TENOR_SRC_SCHEDULE_FINANCING_ROWS_H_
#define TENOR_SRC_SCHEDULE_FINANCING_ROWS_H_

#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "schedule/schedule_access.h"
#include "tenor/apr/apr.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

// BuildFinancingRows()
//
// The schedule of §4.3 for `header` (amount P, rate R, term n, rounding
// mode): with R = 0, an exact equal split, leftover units first (§2), and
// APR exactly 0.0; otherwise the level payment (LevelPaymentMinorUnits()),
// interest_k = round(B_{k-1} * m / 1.2e9) on every row whatever the length of
// its period, the last row repaying the balance exactly, and the APR that
// `apr_of` computes from the rows (the caller chooses the time basis).
// Instalment k falls due on `due(k)`, asked for in row order.
//
// `label` starts every message ("financing", "financing account plan").
// Sets `*too_small` (when not null) if and only if the refusal is that the
// amount is too small for the term, so that quotes can leave that term out.
//
// Requires: the inputs checked by the caller (P > 0, 1 <= n <=
// kMaxLevelPaymentTerm, a valid rate and rounding mode).
// Errors: OutOfRange "<label>: amount ... is too small for n months at R:
// <why>" or if an instalment or the total does not fit in int64; the errors
// of `due` as they are; those of `apr_of` prefixed "<label>: APR: ".
[[nodiscard]] absl::StatusOr<Schedule> BuildFinancingRows(
    std::string_view label, const ScheduleHeader& header,
    absl::FunctionRef<absl::StatusOr<absl::CivilDay>(int k)> due,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small);

// BuildFinancingRows() with due_k = AddMonths(`anchor`, k), for a caller
// that has proven AddMonths(anchor, n) in range (then every earlier due date
// is too). The dates come from a month step on the anchor's year, month and
// day, the same arithmetic as AddMonths() (§3: always from the anchor, month
// ends clamp), without a callback or a Status per row.
[[nodiscard]] absl::StatusOr<Schedule> BuildFinancingRows(
    std::string_view label, const ScheduleHeader& header,
    absl::CivilDay anchor,
    absl::FunctionRef<absl::StatusOr<Apr>(absl::Span<const Instalment> rows)>
        apr_of,
    bool* too_small);

// AppendFinancingRows()
//
// The rows alone: what BuildFinancingRows(label, header, anchor, ...) puts
// in its schedule, appended to `*rows` (which the caller may have reserved),
// without the APR, the totals or the schedule's invariant checks. The
// benchmarks time this; the builders above call it. Same requirements and
// row errors as BuildFinancingRows(); on error `*rows` holds what was
// appended so far.
[[nodiscard]] absl::Status AppendFinancingRows(std::string_view label,
                                               const ScheduleHeader& header,
                                               absl::CivilDay anchor,
                                               std::vector<Instalment>* rows,
                                               bool* too_small);

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_SCHEDULE_FINANCING_ROWS_H_
