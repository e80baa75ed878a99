// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Regression tests for what the fuzz targets (tests/fuzz/) found in the
// library, one TEST_CASE per finding (docs/reliability.md lists them).

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "tenor/tenor.h"

#include "tenor_catch.h"

namespace {

using absl::StatusCode;

TEST_CASE("fuzz finding: a '-' before something that is not a rate is "
          "InvalidArgument, a negative rate OutOfRange",
          "[rate][fuzz]") {
  // rate_fuzz: "-" and "-x" were OutOfRange "must not be negative", though
  // they are not rates at all (malformed whatever the state).
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-"), StatusCode::kInvalidArgument,
                      "not a number after '-'");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-x"), StatusCode::kInvalidArgument,
                      "not a number after '-'");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("--5"), StatusCode::kInvalidArgument,
                      "not a number after '-'");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-1.2345678"),
                      StatusCode::kInvalidArgument, "not a number after '-'");
  // A long run of '-' is refused at once (no recursion per '-').
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse(std::string(1'000'000, '-')),
                      StatusCode::kInvalidArgument, "not a number after '-'");
  // Well-formed negative rates keep their code.
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-1.5"), StatusCode::kOutOfRange,
                      "must not be negative");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-0"), StatusCode::kOutOfRange,
                      "must not be negative");
  TENOR_REQUIRE_FAILS(tenor::Rate::Parse("-2000"), StatusCode::kOutOfRange,
                      "must not be negative");
}

TEST_CASE("fuzz finding: flows with no charge are still checked before the "
          "APR of 0 is returned",
          "[apr][fuzz]") {
  // apr_fuzz: when the repayments totalled exactly the advances, ComputeApr
  // returned 0 before looking at the basis or the dates, so an invalid
  // TimeBasis value and, on the months basis, a date off the anniversaries
  // were accepted.
  const tenor::Currency gbp = *tenor::Currency::FromCode("GBP");
  const std::vector<tenor::DatedFlow> advances{
      {tenor::Money::FromMinorUnits(100000, gbp), absl::CivilDay(2026, 1, 15)}};
  const std::vector<tenor::DatedFlow> off_anniversary{
      {tenor::Money::FromMinorUnits(100000, gbp), absl::CivilDay(2026, 2, 20)}};
  TENOR_REQUIRE_FAILS(
      tenor::ComputeApr(advances, off_anniversary, tenor::TimeBasis::kMonths),
      StatusCode::kInvalidArgument, "repayments[0]");
  TENOR_REQUIRE_FAILS(
      tenor::ComputeApr(advances, off_anniversary,
                        static_cast<tenor::TimeBasis>(7)),
      StatusCode::kInvalidArgument, "basis");
  // The same flows on a day basis: no charge, exactly 0.
  const absl::StatusOr<tenor::Apr> zero =
      tenor::ComputeApr(advances, off_anniversary, tenor::TimeBasis::kDays365);
  TENOR_REQUIRE_OK(zero);
  REQUIRE(zero->scaled == 0);
}

}  // namespace
