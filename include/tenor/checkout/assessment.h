// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: checkout/assessment.h
// -----------------------------------------------------------------------------
//
// A credit assessment is the lender's decision about a customer at an instant
// (credit-rules §7): a soft check (no footprint on the credit file) or a hard
// check, approved with a limit or declined. A product says which kind it
// requires and how long an assessment stays valid; a hard check satisfies a
// soft requirement.
//
// The assessment that decides for a product is the most recent one, made at
// or before the checkout instant, of the kind the product requires or
// stronger. `DecidingAssessment()` picks it; the checkout decision then reads
// it: none -> `credit_check_required`; older than the product's validity ->
// `credit_check_expired`; declined -> `credit_check_declined`; approved and
// valid -> the cart plus the outstanding balance is checked against its limit.
//
// Example:
//
//   tenor::CreditAssessment soft{tenor::AssessmentKind::kSoft,
//                                tenor::AssessmentOutcome::kApproved,
//                                *tenor::Money::Parse("1500.00", gbp),
//                                absl::FromUnixSeconds(1773136800)};

#ifndef TENOR_CHECKOUT_ASSESSMENT_H_
#define TENOR_CHECKOUT_ASSESSMENT_H_

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "tenor/money/money.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// AssessmentKind
//
// Ordered by strength: a kHard assessment satisfies a kSoft requirement.
enum class AssessmentKind {
  kSoft,  // "soft"
  kHard,  // "hard"
};

// AssessmentOutcome
enum class AssessmentOutcome {
  kApproved,  // "approved"
  kDeclined,  // "declined"
};

std::string_view AssessmentKindName(AssessmentKind kind);
[[nodiscard]] absl::StatusOr<AssessmentKind> ParseAssessmentKind(
    std::string_view name);
std::string_view AssessmentOutcomeName(AssessmentOutcome outcome);
[[nodiscard]] absl::StatusOr<AssessmentOutcome> ParseAssessmentOutcome(
    std::string_view name);

// CreditAssessment
//
// One assessment. `limit` is the most credit (cart plus outstanding balance)
// the assessment approves; it is ignored for a declined assessment.
struct CreditAssessment {
  AssessmentKind kind;
  AssessmentOutcome outcome;
  Money limit;
  absl::Time made_at;
};

// ValidateAssessment()
//
// Errors: InvalidArgument if `made_at` is infinite or the limit is negative.
[[nodiscard]] absl::Status ValidateAssessment(const CreditAssessment& a);

// Satisfies()
//
// True if an assessment of kind `have` meets a requirement of kind `need`.
constexpr bool Satisfies(AssessmentKind have, AssessmentKind need) {
  return have == AssessmentKind::kHard || need == AssessmentKind::kSoft;
}

// DecidingAssessment()
//
// The most recent assessment made at or before `at` whose kind satisfies
// `required`, or nullptr if there is none. Among assessments made at the same
// instant, the later one in `assessments` wins. Does not allocate.
const CreditAssessment* DecidingAssessment(
    absl::Span<const CreditAssessment> assessments, AssessmentKind required,
    absl::Time at);

TENOR_END_NAMESPACE

#endif  // TENOR_CHECKOUT_ASSESSMENT_H_
