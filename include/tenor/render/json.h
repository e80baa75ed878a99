// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: render/json.h
// -----------------------------------------------------------------------------
//
// Canonical JSON for tenor's results: schedules, checkout decisions, ledger
// statements and early-settlement quotes. Rendering sits on top of every
// other layer (docs/design.md) and does no I/O: each function returns the
// document as a `std::string`.
//
// The output is canonical, so it is fit for golden files and for comparing
// byte for byte:
//
//   * keys in a fixed order (the order documented in docs/rendering.md),
//     no whitespace, no trailing newline;
//   * every amount is a JSON *string* of exact decimal text in the
//     currency's minor units ("172.55", "1000", "1.250"), never a JSON
//     number, so no reader turns it into a binary float on the way in;
//   * rates and APRs as decimal strings ("12", "12.7");
//   * dates as ISO 8601 "YYYY-MM-DD", instants as RFC 3339 UTC;
//   * nothing depends on the locale, the time zone or the clock.
//
// The `tenor` command-line tool prints exactly these bytes followed by a
// newline. A change to these bytes is a breaking change
// (docs/compatibility.md).
//
// Example:
//
//   absl::StatusOr<tenor::Schedule> s = tenor::PreviewFinancing(
//       financing, amount, /*term_months=*/6, absl::CivilDay(2026, 1, 15));
//   std::string json = tenor::ToJson(*s);
//   // {"product":"financing","currency":"GBP","amount":"1000.00",...}

#ifndef TENOR_RENDER_JSON_H_
#define TENOR_RENDER_JSON_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "tenor/checkout/agreement.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/checkout/checkout.h"
#include "tenor/checkout/offer_record.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/ledger/financing_account.h"
#include "tenor/ledger/ledger.h"
#include "tenor/ledger/reporting.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/products/product.h"
#include "tenor/ledger/settlement.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// LedgerRenderOptions
//
// What a ledger rendering shows beyond the ledger itself.
struct LedgerRenderOptions {
  // Ids of transactions whose exact repeats were ignored (a RecordResult
  // with duplicate() true), in the order the caller saw them. The ledger
  // does not keep repeats, so the caller passes them if it wants them shown.
  std::vector<std::string> duplicates;
};

// SettlementRenderOptions
//
// The counts a settlement quote does not carry itself.
struct SettlementRenderOptions {
  // Instalments paid before the settlement, and in the whole agreement.
  int instalments_paid = 0;
  int instalments_total = 0;
};

// ToJson(Schedule)
//
// {"product","currency","amount","rate_percent","term_months",
//  "number_of_instalments","first_due_date","last_due_date","apr_percent",
//  "total_interest","total_payable","instalments":[{"n","due_date",
//  "amount","interest","principal","balance"},...]}
//
// "product" is "pay-in-30", "pay-in-N" (N the number of instalments) or
// "financing".
std::string ToJson(const Schedule& schedule);

// ToJson(CheckoutDecision)
//
// {"options":[{"product":"pay-now","offered":true},{"product":ID,
//  "offered":BOOL, then "reasons":[CODE,...] when refused, "terms":[{...}]
//  for an offered financing product, "instalments":[{...}] for another
//  offered product with a preview}],"credit_opted_out":BOOL,
//  "show_debt_support":BOOL}
std::string ToJson(const CheckoutDecision& decision);

// ToJson(Ledger, as_of)
//
// The ledger's statement as of `as_of` (Ledger::StatementAsOf), its
// transactions in value-date order and its allocations:
// {"instalments","credit_balance","arrears","duplicates","as_of","currency",
//  "totals","transactions","allocations"}.
std::string ToJson(const Ledger& ledger, absl::CivilDay as_of,
                   const LedgerRenderOptions& options = {});

// ToJson(SettlementQuote)
//
// {"settlement_amount","rebate","apr_percent","currency","settlement_date",
//  "calculation_date","deferred","amount_of_credit","instalments_paid",
//  "instalments_remaining","repaid","remaining_instalments"}
std::string ToJson(const SettlementQuote& quote,
                   const SettlementRenderOptions& options);

// Stored documents (issue #13): each is read back by its reader in
// render/from_json.h, and carries "tenor_schema":"<kind>/1" as its first key.
std::string ToJson(Currency currency);                      // "currency/1"
std::string ToJson(Money money);                            // "money/1"
std::string ToJson(Rate rate);                              // "rate/1"
std::string ToJson(const Product& product);                 // "product/1"
std::string ToJson(const Catalog& catalog);                 // "catalog/1"
std::string ToJson(const CreditAssessment& assessment);     // "assessment/1"
std::string ToJson(const CreditSwitchHistory& history);     // "credit_switch_history/1"
std::string ToJson(const ReportingHold& hold);              // "reporting_hold/1"
std::string ToJson(const OfferRecord& record);              // "offer_record/1"
std::string ToJson(const Agreement& agreement);             // "agreement/1"
// The stored ledger: its schedule, options and transaction log ("ledger/1"),
// not the statement that ToJson(ledger, as_of) renders.
std::string ToJson(const Ledger& ledger);                   // "ledger/1"
std::string ToJson(const FinancingAccount& account);        // "financing_account/1"

TENOR_END_NAMESPACE

#endif  // TENOR_RENDER_JSON_H_
