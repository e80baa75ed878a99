// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: the APR (credit-rules §5) from arbitrary flows. Either a
// Status with a message, or digits whose bracket check holds: the present
// value F(X) = sum advances (1+X)^-t - sum repayments (1+X)^-t changes sign
// (or vanishes) between the two rounding boundaries of the returned digits,
// evaluated here independently in a 50-digit binary float. The times t
// follow the basis as apr.h defines it: k/12 on the months basis (and the
// dates must then be whole-month anniversaries), days/365, and the calendar
// basis's month-and-day count (taken from src/apr/time_basis.h, the one part
// not re-derived). ComputeMonthlyApr is checked the same way.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "apr/time_basis.h"
#include "boost/multiprecision/cpp_bin_float.hpp"
#include "fuzz_check.h"
#include "tenor/tenor.h"

namespace {

using Big = boost::multiprecision::cpp_bin_float_50;

struct Term {
  Big t;  // years since the first drawdown
  Big a;  // advances positive, repayments negative
};

Big PresentValue(const std::vector<Term>& terms, const Big& x) {
  const Big log_growth = boost::multiprecision::log1p(x);
  Big sum = 0;
  for (const Term& term : terms) {
    sum += term.a * boost::multiprecision::exp(-term.t * log_growth);
  }
  return sum;
}

// The returned digits are the root rounded half-up: the root lies within
// half a unit of the last digit. F must change sign across that interval.
void CheckBracket(const std::vector<Term>& terms, const tenor::Apr& apr,
                  const std::string& what) {
  Big scale = 100;
  for (int d = 0; d < apr.decimals; ++d) scale *= 10;
  const Big lo = (Big(apr.scaled) - Big(0.5)) / scale;
  const Big hi = (Big(apr.scaled) + Big(0.5)) / scale;
  Big magnitude = 0;
  for (const Term& term : terms) magnitude += abs(term.a);
  const Big tolerance = magnitude * Big("1e-35");
  const Big f_lo = PresentValue(terms, lo);
  const Big f_hi = PresentValue(terms, hi);
  const bool lo_zero = abs(f_lo) <= tolerance;
  const bool hi_zero = abs(f_hi) <= tolerance;
  TENOR_FUZZ_CHECK(lo_zero || hi_zero || (f_lo < 0) != (f_hi < 0),
                   what + ": no sign change across APR " + apr.ToString() +
                       ": F(lo)=" + f_lo.str(8) + " F(hi)=" + f_hi.str(8));
}

void CheckRefusal(const absl::Status& s) {
  TENOR_FUZZ_CHECK(!s.message().empty(), "a refusal with no message");
  TENOR_FUZZ_CHECK(s.code() == absl::StatusCode::kInvalidArgument ||
                       s.code() == absl::StatusCode::kOutOfRange,
                   s.ToString());
}

int64_t PickAmount(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0: return in.ConsumeIntegral<int64_t>();
    case 1: return in.ConsumeIntegralInRange<int64_t>(0, 100);
    default: return in.ConsumeIntegralInRange<int64_t>(1, 10'000'000);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const char* codes[] = {"GBP", "JPY", "KWD"};
  const tenor::Currency currency =
      *tenor::Currency::FromCode(codes[in.ConsumeIntegralInRange<int>(0, 2)]);
  const int basis_index = in.ConsumeIntegralInRange<int>(0, 3);
  const auto basis = static_cast<tenor::TimeBasis>(basis_index);
  const int decimals = in.ConsumeIntegralInRange<int>(-1, 7);
  const absl::CivilDay origin(in.ConsumeIntegralInRange<int>(1, 9999),
                              in.ConsumeIntegralInRange<int>(1, 12),
                              in.ConsumeIntegralInRange<int>(1, 31));
  // Dates: whole months from the origin (the months basis), or days.
  const bool monthly = in.ConsumeBool();
  const auto pick_date = [&](int limit) {
    if (monthly) {
      const absl::StatusOr<absl::CivilDay> d = tenor::AddMonths(
          origin, in.ConsumeIntegralInRange<int>(0, limit));
      return d.ok() ? *d : origin + in.ConsumeIntegralInRange<int>(0, 40);
    }
    return origin + in.ConsumeIntegralInRange<int>(-2, limit * 31);
  };
  std::vector<tenor::DatedFlow> advances, repayments;
  for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n) {
    advances.push_back({tenor::Money::FromMinorUnits(PickAmount(in), currency),
                        n == 1 ? origin : pick_date(3)});
  }
  const int count = in.ConsumeIntegralInRange<int>(0, 36);
  for (int n = 0; n < count; ++n) {
    repayments.push_back({tenor::Money::FromMinorUnits(PickAmount(in), currency),
                          pick_date(n + 1)});
  }

  const absl::StatusOr<tenor::Apr> apr =
      tenor::ComputeApr(advances, repayments, basis, decimals);
  if (!apr.ok()) {
    CheckRefusal(apr.status());
  } else {
    TENOR_FUZZ_CHECK(decimals >= 0 && decimals <= tenor::kMaxAprDecimals,
                     "decimals accepted");
    TENOR_FUZZ_CHECK(apr->decimals == decimals, "decimals");
    TENOR_FUZZ_CHECK(apr->scaled >= 0, "negative APR");
    absl::CivilDay first = advances.front().date;
    for (const tenor::DatedFlow& f : advances) first = std::min(first, f.date);
    std::vector<Term> terms;
    for (int side = 0; side < 2; ++side) {
      for (const tenor::DatedFlow& f : side == 0 ? advances : repayments) {
        Big t;
        switch (basis) {
          case tenor::TimeBasis::kMonths: {
            const int64_t k = tenor::internal::MonthsApart(first, f.date);
            const absl::StatusOr<absl::CivilDay> d =
                tenor::AddMonths(first, static_cast<int>(k));
            TENOR_FUZZ_CHECK(d.ok() && *d == f.date,
                             "months basis accepted a date off the anniversaries");
            t = Big(k) / 12;
            break;
          }
          case tenor::TimeBasis::kDays365:
            t = Big(f.date - first) / 365;
            break;
          case tenor::TimeBasis::kCalendar: {
            const absl::StatusOr<tenor::internal::YearFraction> y =
                tenor::internal::CalendarBasisTime(first, f.date);
            TENOR_FUZZ_CHECK(y.ok(), y.status().ToString());
            t = Big(y->months) / 12 + Big(y->days365) / 365 +
                Big(y->days366) / 366;
            break;
          }
          default:
            TENOR_FUZZ_CHECK(false, "an invalid basis accepted");
        }
        const Big a(f.amount.minor_units());
        terms.push_back({t, side == 0 ? a : Big(-a)});
      }
    }
    CheckBracket(terms, *apr, "ComputeApr");
  }

  // The monthly form: one advance, payments a month apart.
  if (!repayments.empty()) {
    std::vector<int64_t> payments;
    for (const tenor::DatedFlow& f : repayments) {
      payments.push_back(f.amount.minor_units());
    }
    const int64_t advance =
        advances.empty() ? PickAmount(in) : advances.front().amount.minor_units();
    const absl::StatusOr<tenor::Apr> monthly_apr =
        tenor::ComputeMonthlyApr(advance, payments, decimals);
    if (!monthly_apr.ok()) {
      CheckRefusal(monthly_apr.status());
    } else {
      std::vector<Term> terms{{Big(0), Big(advance)}};
      for (size_t k = 0; k < payments.size(); ++k) {
        terms.push_back({Big(k + 1) / 12, Big(-payments[k])});
      }
      CheckBracket(terms, *monthly_apr, "ComputeMonthlyApr");
    }
  }
  return 0;
}
