// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "naive_double.h"

#include <algorithm>
#include <cmath>

namespace tenor_bench {
namespace {

double RoundCents(double x) { return std::round(x * 100.0) / 100.0; }

int DaysInMonth(absl::CivilMonth m) {
  return static_cast<int>(absl::CivilDay(m + 1) - absl::CivilDay(m));
}

}  // namespace

NaiveSchedule BuildNaiveSchedule(double principal, double annual_percent,
                                 int term_months, absl::CivilDay shipment) {
  NaiveSchedule s;
  s.rows.reserve(static_cast<size_t>(term_months));
  const double i = annual_percent / 1200.0;
  const double a =
      RoundCents(principal * i / (1.0 - std::pow(1.0 + i, -term_months)));
  const absl::CivilMonth start(shipment);
  double balance = principal;
  for (int k = 1; k <= term_months; ++k) {
    const absl::CivilMonth month = start + k;
    const absl::CivilDay due(month.year(), month.month(),
                             std::min(shipment.day(), DaysInMonth(month)));
    const double interest = RoundCents(balance * i);
    const double principal_part = k == term_months ? balance : a - interest;
    balance = RoundCents(balance - principal_part);
    s.rows.push_back(NaiveRow{k, due, interest + principal_part, interest,
                              principal_part, balance});
    s.total_interest += interest;
    s.total_payable += interest + principal_part;
  }
  return s;
}

double NaiveNewtonApr(double advance, const double* payments, int count) {
  double x = 0.1;
  for (int iteration = 0; iteration < 100; ++iteration) {
    // f(x) = sum a_k v^k - advance, v = (1 + x)^(-1/12).
    const double v = std::pow(1.0 + x, -1.0 / 12.0);
    double f = -advance;
    double df = 0.0;  // d f / d x
    double vk = 1.0;
    for (int k = 1; k <= count; ++k) {
      vk *= v;
      f += payments[k - 1] * vk;
      df -= payments[k - 1] * vk * (k / 12.0) / (1.0 + x);
    }
    const double step = f / df;
    x -= step;
    if (std::fabs(step) < 1e-10) break;
  }
  return std::round(x * 1000.0) / 10.0;
}

}  // namespace tenor_bench
