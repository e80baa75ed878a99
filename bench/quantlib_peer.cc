// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// QuantLib's CashFlows::yield (Brent) on the APR flows: the advance is the
// NPV the yield must reproduce, the payments are SimpleCashFlows one month
// apart, discounted with an annual compounded rate on a 30/360 day counter
// (months / 12 years, the months basis of §5).

#include <ql/cashflows/cashflows.hpp>
#include <ql/cashflows/simplecashflow.hpp>
#include <ql/settings.hpp>
#include <ql/time/calendars/nullcalendar.hpp>
#include <ql/time/daycounters/thirty360.hpp>

#include "peers.h"

namespace tenor_bench {

struct QuantLibYieldPeer::Impl {
  QuantLib::Leg leg;
  double advance = 0;
  QuantLib::Date settlement;
};

QuantLibYieldPeer::QuantLibYieldPeer(double advance, const double* payments,
                                     int count)
    : impl_(new Impl) {
  impl_->advance = advance;
  impl_->settlement = QuantLib::Date(15, QuantLib::January, 2026);
  QuantLib::Settings::instance().evaluationDate() = impl_->settlement;
  for (int k = 1; k <= count; ++k) {
    impl_->leg.push_back(QuantLib::ext::make_shared<QuantLib::SimpleCashFlow>(
        payments[k - 1],
        impl_->settlement + QuantLib::Period(k, QuantLib::Months)));
  }
}

QuantLibYieldPeer::~QuantLibYieldPeer() = default;

double QuantLibYieldPeer::YieldPercent() const {
  const QuantLib::Thirty360 day_counter(QuantLib::Thirty360::European);
  const QuantLib::Rate y = QuantLib::CashFlows::yield(
      impl_->leg, impl_->advance, day_counter, QuantLib::Compounded,
      QuantLib::Annual, /*includeSettlementDateFlows=*/false,
      impl_->settlement, impl_->settlement, /*accuracy=*/1.0e-10,
      /*maxIterations=*/100, /*guess=*/0.05);
  return y * 100.0;
}

}  // namespace tenor_bench
