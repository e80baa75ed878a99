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
//   money/      Currency, Money, RoundingMode, Rate, splitting
//   calendar/   civil dates and the month-end rule

#ifndef TENOR_TENOR_H_
#define TENOR_TENOR_H_

#include "tenor/version.h"

#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/money/rounding.h"
#include "tenor/money/split.h"

#include "tenor/calendar/calendar.h"

#endif  // TENOR_TENOR_H_
