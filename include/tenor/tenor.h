// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: tenor.h
// -----------------------------------------------------------------------------
//
// Includes every public header of tenor. Prefer the individual headers in
// your own code; this one is for quick starts and examples.
//
// The layers, each depending only on the ones above it in this list:
//
//   money/          Currency, Money, RoundingMode, Rate, splitting
//   calendar/       civil dates and the month-end rule
//   products/       Pay in 30 days, Pay in N, Financing: settings as data
//   apr/            APR: EU/UK effective rate; US Regulation Z, separately
//   schedule/       instalment schedules, the exact level payment
//   credit_switch/  the customer's append-only credit opt-out history
//   checkout/       catalog, assessments, the decision, offers, agreements
//   ledger/         payments, allocation, statuses, accounts, settlement

#ifndef TENOR_TENOR_H_
#define TENOR_TENOR_H_

#include "tenor/version.h"

#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/money/split.h"

#include "tenor/calendar/calendar.h"

#include "tenor/products/amount_limits.h"
#include "tenor/products/financing.h"
#include "tenor/products/pay_in_30_days.h"
#include "tenor/products/pay_in_n.h"
#include "tenor/products/product.h"

#include "tenor/apr/apr.h"
#include "tenor/apr/regulation_z.h"

#include "tenor/schedule/financing_schedule.h"
#include "tenor/schedule/level_payment.h"
#include "tenor/schedule/pay_in_30_days_schedule.h"
#include "tenor/schedule/pay_in_n_schedule.h"
#include "tenor/schedule/schedule.h"

#include "tenor/credit_switch/credit_switch.h"

#include "tenor/checkout/agreement.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/checkout/checkout.h"
#include "tenor/checkout/offer_record.h"

#include "tenor/ledger/collections.h"
#include "tenor/ledger/ledger.h"
#include "tenor/ledger/status.h"
#include "tenor/ledger/financing_account.h"
#include "tenor/ledger/settlement.h"
#include "tenor/ledger/reporting.h"
#include "tenor/render/json.h"
#include "tenor/render/from_json.h"
#include "tenor/render/text.h"
#include "tenor/render/svg.h"

#endif  // TENOR_TENOR_H_
