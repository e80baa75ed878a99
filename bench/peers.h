// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The optional QuantLib peer (quantlib_peer.cc, built only when QuantLib is
// installed): CashFlows::yield with its Brent solver on the same flows as
// tenor's 36-payment APR.

#ifndef TENOR_BENCH_PEERS_H_
#define TENOR_BENCH_PEERS_H_

#include <memory>

namespace tenor_bench {

class QuantLibYieldPeer {
 public:
  // The advance at t = 0 and `count` monthly payments.
  QuantLibYieldPeer(double advance, const double* payments, int count);
  ~QuantLibYieldPeer();

  // The annual effective yield, in percent (not rounded).
  double YieldPercent() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tenor_bench

#endif  // TENOR_BENCH_PEERS_H_
