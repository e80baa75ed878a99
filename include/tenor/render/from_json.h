// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: render/from_json.h
// -----------------------------------------------------------------------------
//
// Readers for every value a host stores (issue #13), beside the writers in
// render/json.h. Hosts are many instances over one database: what one
// instance wrote with ToJson() another reads back here, exactly.
//
// Every stored document carries a schema tag, `"tenor_schema":"<kind>/<n>"`
// (e.g. "agreement/1"). A reader refuses a document of another kind, an
// unknown kind or a newer version (InvalidArgument, naming it). Version 1
// documents stay readable forever (docs/persistence.md).
//
// A reader never trusts derived fields. A schedule is recomputed from its
// terms and must match the stored rows to the minor unit; a ledger is rebuilt
// by replaying its transactions through the public API; an agreement or a
// financing account is re-proven against the customer's credit-switch
// history. A stored document that contradicts itself is DataLoss, naming the
// first differing field. Nothing half-built is returned.
//
// Errors name the JSON path and the problem, e.g.
// `instalments[3].amount: 12.345 has more fraction digits than GBP allows`.
// Duplicate keys, unknown keys, trailing garbage, numbers where decimal
// strings are required, deep nesting and oversized input are refused
// (InvalidArgument), never a crash or an unbounded allocation.
//
// Canonical: ToJson(XFromJson(text)) == text byte for byte for every
// canonical document, and XFromJson(ToJson(x)) == x for every value.
//
// Example:
//
//   std::string stored = tenor::ToJson(ledger);            // "ledger/1"
//   absl::StatusOr<tenor::Ledger> back = tenor::LedgerFromJson(stored);
//   // *back == ledger, and tenor::ToJson(*back) == stored

#ifndef TENOR_RENDER_FROM_JSON_H_
#define TENOR_RENDER_FROM_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "tenor/checkout/agreement.h"
#include "tenor/checkout/assessment.h"
#include "tenor/checkout/catalog.h"
#include "tenor/checkout/offer_record.h"
#include "tenor/credit_switch/credit_switch.h"
#include "tenor/ledger/financing_account.h"
#include "tenor/ledger/ledger.h"
#include "tenor/ledger/reporting.h"
#include "tenor/money/currency.h"
#include "tenor/money/money.h"
#include "tenor/money/rate.h"
#include "tenor/products/product.h"
#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// The largest document a reader accepts, in bytes, and the deepest nesting.
inline constexpr size_t kMaxJsonDocumentBytes = size_t{16} << 20;
inline constexpr int kMaxJsonDepth = 32;

[[nodiscard]] absl::StatusOr<Currency> CurrencyFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<Money> MoneyFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<Rate> RateFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<Product> ProductFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<Catalog> CatalogFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<CreditAssessment> CreditAssessmentFromJson(
    std::string_view json);
[[nodiscard]] absl::StatusOr<CreditSwitchHistory> CreditSwitchHistoryFromJson(
    std::string_view json);
[[nodiscard]] absl::StatusOr<Schedule> ScheduleFromJson(std::string_view json);
[[nodiscard]] absl::StatusOr<ReportingHold> ReportingHoldFromJson(
    std::string_view json);
[[nodiscard]] absl::StatusOr<OfferRecord> OfferRecordFromJson(
    std::string_view json);
[[nodiscard]] absl::StatusOr<Ledger> LedgerFromJson(std::string_view json);

// AgreementFromJson()
//
// Restores an agreement made earlier, re-proven against the customer's
// credit-switch history: refused (FailedPrecondition) when `history` shows
// credit off at the agreement's acceptance instant, so a stored document can
// never stand in for credit the switch would have refused.
[[nodiscard]] absl::StatusOr<Agreement> AgreementFromJson(
    std::string_view json, const CreditSwitchHistory& history);

// FinancingAccountFromJson()
//
// Restores an account by replaying its opening, purchases, payments and
// closure through the public API with `history` (each purchase re-checks the
// switch as it did when it was made).
[[nodiscard]] absl::StatusOr<FinancingAccount> FinancingAccountFromJson(
    std::string_view json, const CreditSwitchHistory& history);

// CanonicalJson()
//
// Validates one stored document of any kind by its tag, as its reader does,
// and returns its canonical bytes (what `tenor canon` prints). Agreements and
// financing accounts are checked for internal consistency without a history.
[[nodiscard]] absl::StatusOr<std::string> CanonicalJson(std::string_view json);

TENOR_END_NAMESPACE

#endif  // TENOR_RENDER_FROM_JSON_H_
