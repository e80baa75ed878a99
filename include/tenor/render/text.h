// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: render/text.h
// -----------------------------------------------------------------------------
//
// Canonical plain-text tables of tenor's results, the ones a support agent
// or a developer reads: schedules, checkout decisions, ledger statements and
// early-settlement quotes. Like render/json.h these do no I/O, use no
// locale (amounts are exact decimal text, dates ISO 8601) and return the
// text as a `std::string` whose every line ends in '\n'.
//
// The `tenor` command-line tool prints exactly these bytes for
// `--format=table`. Text is for people: its layout may change in a minor
// release, unlike the JSON (docs/compatibility.md).
//
// Example:
//
//   std::string table = tenor::ToText(*schedule);
//   //   n  due               amount      interest     principal       balance
//   //   1  2026-02-15       172.55         10.00        162.55        837.45

#ifndef TENOR_RENDER_TEXT_H_
#define TENOR_RENDER_TEXT_H_

#include <string>

#include "absl/time/civil_time.h"
#include "tenor/checkout/checkout.h"
#include "tenor/ledger/ledger.h"
#include "tenor/ledger/settlement.h"
#include "tenor/render/json.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// ToText(Schedule)
//
// A heading line, then one row per instalment (n, due, amount, interest,
// principal, balance), a totals row and the APR.
std::string ToText(const Schedule& schedule);

// ToText(CheckoutDecision, Cart)
//
// One line per option (Pay now first), with the refusal reasons or the
// offered instalments or terms, and the debt-support note when the customer
// has switched credit off. `cart` is the cart the decision was made for: the
// heading shows its amount.
std::string ToText(const CheckoutDecision& decision, const Cart& cart);

// ToText(Ledger, as_of)
//
// The statement as of `as_of`: each instalment with its status and the
// payments allocated to it, the transactions in value-date order, the
// totals, the credit balance, the arrears status and any duplicates.
std::string ToText(const Ledger& ledger, absl::CivilDay as_of,
                   const LedgerRenderOptions& options = {});

// ToText(SettlementQuote)
//
// The quote's figures, one per line, and the currency.
std::string ToText(const SettlementQuote& quote,
                   const SettlementRenderOptions& options);

TENOR_END_NAMESPACE

#endif  // TENOR_RENDER_TEXT_H_
