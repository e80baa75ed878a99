// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/checkout/assessment.h"

#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"

TENOR_BEGIN_NAMESPACE

std::string_view AssessmentKindName(AssessmentKind kind) {
  return kind == AssessmentKind::kSoft ? "soft" : "hard";
}

absl::StatusOr<AssessmentKind> ParseAssessmentKind(std::string_view name) {
  if (name == "soft") return AssessmentKind::kSoft;
  if (name == "hard") return AssessmentKind::kHard;
  return absl::InvalidArgumentError(absl::StrFormat(
      "assessment kind \"%s\": expected soft or hard", name));
}

std::string_view AssessmentOutcomeName(AssessmentOutcome outcome) {
  return outcome == AssessmentOutcome::kApproved ? "approved" : "declined";
}

absl::StatusOr<AssessmentOutcome> ParseAssessmentOutcome(
    std::string_view name) {
  if (name == "approved") return AssessmentOutcome::kApproved;
  if (name == "declined") return AssessmentOutcome::kDeclined;
  return absl::InvalidArgumentError(absl::StrFormat(
      "assessment outcome \"%s\": expected approved or declined", name));
}

absl::Status ValidateAssessment(const CreditAssessment& a) {
  if (a.made_at == absl::InfinitePast() || a.made_at == absl::InfiniteFuture()) {
    return absl::InvalidArgumentError(
        "assessment made_at: must be a finite instant");
  }
  if (a.limit.is_negative()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "assessment limit %s: must not be negative", a.limit.ToDisplayString()));
  }
  return absl::OkStatus();
}

const CreditAssessment* DecidingAssessment(
    absl::Span<const CreditAssessment> assessments, AssessmentKind required,
    absl::Time at) {
  const CreditAssessment* best = nullptr;
  for (const CreditAssessment& a : assessments) {
    if (a.made_at > at || !Satisfies(a.kind, required)) continue;
    if (best == nullptr || a.made_at >= best->made_at) best = &a;
  }
  return best;
}

TENOR_END_NAMESPACE
