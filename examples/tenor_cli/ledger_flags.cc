// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "ledger_flags.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "schedule_flags.h"
#include "values.h"

ABSL_FLAG(std::string, grace_days, "0",
          "ledger: days after a due date before an instalment is missed");
ABSL_FLAG(std::string, late_fees, "none",
          "ledger: late-fee policy, none or uk (the §8 UK Pay in 3 example)");

namespace tenor_cli {
namespace {

// A status about one repeatable flag value: "--payment=P1:x@...: message".
absl::Status ValueError(std::string_view flag, const std::string& value,
                        const absl::Status& s) {
  return absl::Status(s.code(), absl::StrFormat("--%s=%s: %s", flag, value,
                                                s.message()));
}

absl::Status Malformed(std::string_view flag, const std::string& value,
                       std::string_view shape) {
  return absl::InvalidArgumentError(
      absl::StrFormat("--%s=%s: expected %s", flag, value, shape));
}

// One parsed --payment/--reverse/--refund/--fee value.
struct TransactionFlag {
  std::string id;
  std::optional<tenor::Money> amount;
  absl::CivilDay value_date;
  std::optional<absl::CivilDay> recorded_date;
};

// [ID:][AMOUNT]@VALUE_DATE[/RECORDED_DATE]. `with_amount`: an amount is
// required (payments, refunds, fees) or forbidden (reversals, whose id is
// the whole part before '@'). `id_required`: payments need one.
absl::StatusOr<TransactionFlag> ParseTransaction(std::string_view flag,
                                                 const std::string& value,
                                                 bool with_amount,
                                                 bool id_required,
                                                 tenor::Currency currency,
                                                 std::string_view shape) {
  const std::size_t at = value.rfind('@');
  if (at == std::string::npos || at == 0) {
    return Malformed(flag, value, shape);
  }
  TransactionFlag out;
  const std::string head = value.substr(0, at);
  const std::string dates = value.substr(at + 1);
  if (with_amount) {
    const std::size_t colon = head.rfind(':');
    std::string amount_text = head;
    if (colon != std::string::npos) {
      out.id = head.substr(0, colon);
      amount_text = head.substr(colon + 1);
      if (out.id.empty()) return Malformed(flag, value, shape);
    } else if (id_required) {
      return Malformed(flag, value, shape);
    }
    absl::StatusOr<tenor::Money> amount =
        tenor::Money::Parse(amount_text, currency);
    if (!amount.ok()) return ValueError(flag, value, amount.status());
    out.amount = *amount;
  } else {
    out.id = head;
  }
  const std::size_t slash = dates.find('/');
  absl::StatusOr<absl::CivilDay> value_date =
      tenor::ParseDate(dates.substr(0, slash));
  if (!value_date.ok()) return ValueError(flag, value, value_date.status());
  out.value_date = *value_date;
  if (slash != std::string::npos) {
    absl::StatusOr<absl::CivilDay> recorded =
        tenor::ParseDate(dates.substr(slash + 1));
    if (!recorded.ok()) return ValueError(flag, value, recorded.status());
    out.recorded_date = *recorded;
  }
  return out;
}

void NoteDuplicate(const absl::StatusOr<tenor::RecordResult>& r,
                   const std::string& id, std::vector<std::string>* out) {
  if (r.ok() && r->duplicate() &&
      std::find(out->begin(), out->end(), id) == out->end()) {
    out->push_back(id);
  }
}

}  // namespace

absl::StatusOr<FlagLedger> LedgerFromFlags(const ParsedArgs& args,
                                           tenor::Currency currency,
                                           const tenor::Schedule& schedule) {
  tenor::LedgerOptions options;
  absl::StatusOr<int> grace = IntValue(
      "grace-days", absl::GetFlag(FLAGS_grace_days), 0, tenor::kMaxGraceDays);
  if (!grace.ok()) return grace.status();
  options.grace_days = *grace;
  const std::string late_fees = absl::GetFlag(FLAGS_late_fees);
  if (late_fees == "uk") {
    // §8's example in the agreement's currency: 5 and 20 major units.
    tenor::LateFeePolicy policy;
    policy.fee = 5 * currency.minor_per_major();
    policy.minimum_order = 20 * currency.minor_per_major();
    options.late_fees = policy;
  } else if (late_fees != "none") {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--late-fees: \"%s\" is not a policy; expected none or uk",
        late_fees));
  }
  absl::StatusOr<tenor::Ledger> ledger =
      tenor::Ledger::Create(schedule, options);
  if (!ledger.ok()) return FlagError("grace-days", ledger.status());
  FlagLedger run{*std::move(ledger), {}};

  for (const std::string& value : args.GetAll("payment")) {
    absl::StatusOr<TransactionFlag> t =
        ParseTransaction("payment", value, true, true, currency,
                         "ID:AMOUNT@YYYY-MM-DD[/YYYY-MM-DD]");
    if (!t.ok()) return t.status();
    absl::StatusOr<tenor::RecordResult> r = run.ledger.RecordPayment(
        t->id, *t->amount, t->value_date, t->recorded_date);
    if (!r.ok()) return ValueError("payment", value, r.status());
    NoteDuplicate(r, t->id, &run.duplicates);
  }
  int refunds = 0;
  for (const std::string& value : args.GetAll("refund")) {
    absl::StatusOr<TransactionFlag> t =
        ParseTransaction("refund", value, true, false, currency,
                         "[ID:]AMOUNT@YYYY-MM-DD[/YYYY-MM-DD]");
    if (!t.ok()) return t.status();
    if (t->id.empty()) t->id = absl::StrCat("refund-", ++refunds);
    absl::StatusOr<tenor::RecordResult> r = run.ledger.RecordRefund(
        t->id, *t->amount, t->value_date, t->recorded_date);
    if (!r.ok()) return ValueError("refund", value, r.status());
    NoteDuplicate(r, t->id, &run.duplicates);
  }
  int fees = 0;
  for (const std::string& value : args.GetAll("fee")) {
    absl::StatusOr<TransactionFlag> t =
        ParseTransaction("fee", value, true, false, currency,
                         "[ID:]AMOUNT@YYYY-MM-DD[/YYYY-MM-DD]");
    if (!t.ok()) return t.status();
    if (t->id.empty()) t->id = absl::StrCat("fee-", ++fees);
    absl::StatusOr<tenor::RecordResult> r = run.ledger.RecordFee(
        t->id, *t->amount, t->value_date, t->recorded_date);
    if (!r.ok()) return ValueError("fee", value, r.status());
    NoteDuplicate(r, t->id, &run.duplicates);
  }
  for (const std::string& value : args.GetAll("reverse")) {
    absl::StatusOr<TransactionFlag> t =
        ParseTransaction("reverse", value, false, true, currency,
                         "PAYMENT_ID@YYYY-MM-DD[/YYYY-MM-DD]");
    if (!t.ok()) return t.status();
    absl::StatusOr<tenor::RecordResult> r =
        run.ledger.RecordReversal(t->id, t->value_date, t->recorded_date);
    if (!r.ok()) return ValueError("reverse", value, r.status());
    NoteDuplicate(r, t->id, &run.duplicates);
  }
  return run;
}

std::vector<FlagSpec> LedgerFlagSpecs(std::initializer_list<FlagSpec> more) {
  std::vector<FlagSpec> flags = ScheduleFlagSpecs({{"payment", true},
                                                   {"reverse", true},
                                                   {"refund", true},
                                                   {"fee", true},
                                                   {"grace-days"},
                                                   {"late-fees"}});
  flags.insert(flags.end(), more.begin(), more.end());
  return flags;
}

std::string ProductTitle(const tenor::Schedule& s) {
  switch (s.product_kind()) {
    case tenor::ProductKind::kPayIn30Days:
      return "Pay in 30 days";
    case tenor::ProductKind::kPayInN:
      return absl::StrFormat("Pay in %d", s.instalments().size());
    case tenor::ProductKind::kFinancing:
      return absl::StrFormat("Financing over %d months at %s%% p.a.",
                             s.term_months(), s.rate().ToString());
  }
  return "";
}

}  // namespace tenor_cli
