#!/usr/bin/env python3
# Copyright 2026 The tenor Authors.
# SPDX-License-Identifier: Apache-2.0
"""The Python `decimal` peer of tenor's 36-row financing schedule (issue #6).

The same §4.3 schedule as bench/tenor_bench.cc's BM_FinancingSchedule36
(GBP 1,234.56 at 18.9 % over 36 months, shipped 2026-01-31, half-up), in the
standard library's `decimal` module: the level payment from the annuity
formula at 50 significant digits, rounded once; interest_k = round(B i); the
last row repays the balance; due dates the shipment date plus k months,
clamped to the month's end. No APR (Python has no certified solver to
compare with).

Prints one JSON object: the median and spread of the time per schedule, in
nanoseconds, over --repetitions timed batches. scripts/bench runs it.
"""

import argparse
import calendar
import datetime
import decimal
import json
import statistics
import time

D = decimal.Decimal
CENT = D("0.01")


def add_months(day, months):
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def schedule(principal, annual_percent, n, shipped):
    ctx = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_UP)
    i = ctx.divide(annual_percent, D(1200))
    growth = ctx.power(ctx.add(D(1), i), n)
    level = ctx.divide(ctx.multiply(ctx.multiply(principal, i), growth),
                       ctx.subtract(growth, D(1)))
    a = level.quantize(CENT, rounding=decimal.ROUND_HALF_UP)
    rows = []
    balance = principal
    for k in range(1, n + 1):
        interest = (balance * i).quantize(CENT, rounding=decimal.ROUND_HALF_UP)
        principal_part = balance if k == n else a - interest
        balance = balance - principal_part
        rows.append((k, add_months(shipped, k), interest + principal_part,
                     interest, principal_part, balance))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=9)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args()
    principal = D("1234.56")
    rate = D("18.9")
    shipped = datetime.date(2026, 1, 31)
    rows = schedule(principal, rate, 36, shipped)
    assert rows[-1][5] == 0, "the schedule must repay the principal"
    samples = []
    for _ in range(args.repetitions):
        start = time.perf_counter_ns()
        for _ in range(args.batch):
            schedule(principal, rate, 36, shipped)
        samples.append((time.perf_counter_ns() - start) / args.batch)
    print(json.dumps({
        "name": "PeerPythonDecimal_FinancingSchedule36",
        "median_ns": statistics.median(samples),
        "min_ns": min(samples),
        "max_ns": max(samples),
        "first_instalment": str(rows[0][2]),
        "last_instalment": str(rows[-1][2]),
    }))


if __name__ == "__main__":
    main()
