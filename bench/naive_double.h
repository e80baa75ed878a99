// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The peer tenor is measured against (issue #6): the schedule and APR as a
// typical integrator would write them in binary floating point. It is NOT
// exact (a double lands on the wrong side of a rounding tie now and then);
// it is here only to show what exactness costs. Never use it for money.

#ifndef TENOR_BENCH_NAIVE_DOUBLE_H_
#define TENOR_BENCH_NAIVE_DOUBLE_H_

#include <vector>

#include "absl/time/civil_time.h"

namespace tenor_bench {

struct NaiveRow {
  int number = 0;
  absl::CivilDay due_date;
  double amount = 0;
  double interest = 0;
  double principal = 0;
  double balance = 0;
};

struct NaiveSchedule {
  std::vector<NaiveRow> rows;  // one allocation, like tenor's schedule
  double total_interest = 0;
  double total_payable = 0;
};

// The §4.3 schedule in double: A = P i / (1 - (1 + i)^-n) rounded to cents,
// interest_k = round(B_{k-1} i), the last row repaying the balance; due
// dates the shipment date plus k months, clamped to the month's end.
NaiveSchedule BuildNaiveSchedule(double principal, double annual_percent,
                                 int term_months, absl::CivilDay shipment);

// The APR in percent, rounded to one decimal, by Newton's method in double on
// sum_k a_k (1 + X)^(-k/12) = advance (months basis).
double NaiveNewtonApr(double advance, const double* payments, int count);

}  // namespace tenor_bench

#endif  // TENOR_BENCH_NAIVE_DOUBLE_H_
