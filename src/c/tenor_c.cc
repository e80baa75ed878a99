// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The C ABI (include/tenor/c/tenor.h) over the C++ library. Every entry point
// catches everything: no exception crosses into C. Nothing here keeps state
// between calls; handles own C++ values.

#include "tenor/c/tenor.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "tenor/tenor.h"

struct tenor_catalog {
  tenor::Catalog catalog;
};
struct tenor_switch_history {
  tenor::CreditSwitchHistory history;
};
struct tenor_decision {
  tenor::CheckoutDecision decision;
};
struct tenor_agreement {
  tenor::Agreement agreement;
};
struct tenor_ledger {
  tenor::Ledger ledger;
};

namespace {

// The C enumerations are the C++ ones' values, and may never be renumbered:
// these fail to compile if either side moves.
static_assert(TENOR_PRODUCT_PAY_IN_30_DAYS ==
                  static_cast<int>(tenor::ProductKind::kPayIn30Days) &&
              TENOR_PRODUCT_PAY_IN_N == static_cast<int>(tenor::ProductKind::kPayInN) &&
              TENOR_PRODUCT_FINANCING ==
                  static_cast<int>(tenor::ProductKind::kFinancing));
static_assert(TENOR_REASON_CREDIT_OPTED_OUT ==
                  static_cast<int>(tenor::RefusalReason::kCreditOptedOut) &&
              TENOR_REASON_EXCEEDS_CREDIT_LIMIT ==
                  static_cast<int>(tenor::RefusalReason::kExceedsCreditLimit));
static_assert(TENOR_INSTALMENT_PAID == static_cast<int>(tenor::InstalmentStatus::kPaid) &&
              TENOR_INSTALMENT_MISSED == static_cast<int>(tenor::InstalmentStatus::kMissed) &&
              TENOR_INSTALMENT_DUE == static_cast<int>(tenor::InstalmentStatus::kDue) &&
              TENOR_INSTALMENT_PARTLY_PAID ==
                  static_cast<int>(tenor::InstalmentStatus::kPartlyPaid) &&
              TENOR_INSTALMENT_UPCOMING ==
                  static_cast<int>(tenor::InstalmentStatus::kUpcoming));
static_assert(TENOR_ARREARS_UP_TO_DATE == static_cast<int>(tenor::ArrearsState::kUpToDate) &&
              TENOR_ARREARS_IN_ARREARS == static_cast<int>(tenor::ArrearsState::kInArrears) &&
              TENOR_ARREARS_SETTLED == static_cast<int>(tenor::ArrearsState::kSettled));
static_assert(TENOR_UNIT_MONTH == static_cast<int>(tenor::RegZUnitPeriod::kMonth) &&
              TENOR_UNIT_SEMI_MONTH == static_cast<int>(tenor::RegZUnitPeriod::kSemiMonth) &&
              TENOR_UNIT_TWO_MONTHS == static_cast<int>(tenor::RegZUnitPeriod::kTwoMonths) &&
              TENOR_UNIT_QUARTER == static_cast<int>(tenor::RegZUnitPeriod::kQuarter) &&
              TENOR_UNIT_WEEK == static_cast<int>(tenor::RegZUnitPeriod::kWeek) &&
              TENOR_UNIT_TWO_WEEKS == static_cast<int>(tenor::RegZUnitPeriod::kTwoWeeks) &&
              TENOR_UNIT_FOUR_WEEKS == static_cast<int>(tenor::RegZUnitPeriod::kFourWeeks));

tenor_status FromCode(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kOk: return TENOR_OK;
    case absl::StatusCode::kInvalidArgument: return TENOR_INVALID_ARGUMENT;
    case absl::StatusCode::kFailedPrecondition: return TENOR_FAILED_PRECONDITION;
    case absl::StatusCode::kOutOfRange: return TENOR_OUT_OF_RANGE;
    case absl::StatusCode::kNotFound: return TENOR_NOT_FOUND;
    case absl::StatusCode::kAlreadyExists: return TENOR_ALREADY_EXISTS;
    case absl::StatusCode::kPermissionDenied: return TENOR_PERMISSION_DENIED;
    case absl::StatusCode::kResourceExhausted: return TENOR_OUT_OF_MEMORY;
    default: return TENOR_INTERNAL;
  }
}

// Writes `status` and `message` into the caller's error (if any), cutting
// the message on a UTF-8 boundary, and returns `status`.
tenor_status Fail(tenor_error* error, tenor_status status,
                  std::string_view message) {
  if (error != nullptr && error->struct_size >= sizeof(tenor_error)) {
    error->status = status;
    std::size_t n = std::min(message.size(),
                             std::size_t{TENOR_ERROR_MESSAGE_CAPACITY - 1});
    if (n < message.size()) {
      while (n > 0 && (static_cast<unsigned char>(message[n]) & 0xC0) == 0x80) {
        --n;
      }
    }
    std::memcpy(error->message, message.data(), n);
    error->message[n] = '\0';
  }
  return status;
}

tenor_status Ok(tenor_error* error) { return Fail(error, TENOR_OK, ""); }

tenor_status Fail(tenor_error* error, const absl::Status& s) {
  const absl::string_view m = s.message();
  return Fail(error, FromCode(s.code()), std::string_view(m.data(), m.size()));
}

tenor_status Null(tenor_error* error, const char* name) {
  return Fail(error, TENOR_NULL_ARGUMENT, absl::StrCat(name, ": is NULL"));
}

template <typename T>
bool SizeOk(const T* p) {
  return p->struct_size >= sizeof(T);
}
template <typename T>
tenor_status BadSize(tenor_error* error, const char* name, const T* p) {
  return Fail(error, TENOR_UNSUPPORTED_STRUCT_SIZE,
              absl::StrCat(name, ".struct_size: ", p->struct_size,
                           " is smaller than this version's ", sizeof(T)));
}

// Runs `body` with every exception turned into a status.
template <typename F>
tenor_status Guard(tenor_error* error, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(error, TENOR_OUT_OF_MEMORY, "out of memory");
  } catch (...) {
    return Fail(error, TENOR_INTERNAL, "unexpected exception in tenor");
  }
}

absl::StatusOr<absl::CivilDay> Day(const char* field, int32_t yyyymmdd) {
  const int32_t y = yyyymmdd / 10000, m = (yyyymmdd / 100) % 100,
                d = yyyymmdd % 100;
  const absl::CivilDay day(y, m, d);
  if (yyyymmdd <= 0 || day.year() != y || day.month() != m || day.day() != d) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": ", yyyymmdd, " is not a date YYYYMMDD"));
  }
  return day;
}

// A transaction's optional recorded date: 0 means "the value date" (none).
absl::StatusOr<std::optional<absl::CivilDay>> RecordedDay(int32_t yyyymmdd) {
  if (yyyymmdd == 0) return std::optional<absl::CivilDay>();
  absl::StatusOr<absl::CivilDay> d = Day("recorded_date", yyyymmdd);
  if (!d.ok()) return d.status();
  return std::optional<absl::CivilDay>(*d);
}

int32_t ToInt(absl::CivilDay d) {
  return static_cast<int32_t>(d.year() * 10000 + d.month() * 100 + d.day());
}

absl::Time Instant(int64_t seconds) { return absl::FromUnixSeconds(seconds); }

absl::StatusOr<tenor::Currency> CurrencyOf(const char* field, const char* code) {
  if (code == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": is NULL"));
  }
  absl::StatusOr<tenor::Currency> c = tenor::Currency::FromCode(code);
  if (!c.ok()) {
    return absl::Status(c.status().code(),
                        absl::StrCat(field, ": ", c.status().message()));
  }
  return c;
}

// Capacity in, required out: copies `text` and a NUL when it fits.
tenor_status PutText(const std::string& text, char* buffer, int32_t capacity,
                     int32_t* required, tenor_error* error) {
  if (required == nullptr) return Null(error, "required");
  if (text.size() + 1 > static_cast<std::size_t>(INT32_MAX)) {
    return Fail(error, TENOR_OUT_OF_RANGE, "text: longer than INT32_MAX");
  }
  *required = static_cast<int32_t>(text.size() + 1);
  if (capacity < *required) {
    return Fail(error, TENOR_BUFFER_TOO_SMALL,
                absl::StrCat("capacity: ", capacity, " is less than the ",
                             *required, " bytes needed"));
  }
  if (buffer == nullptr) return Null(error, "buffer");
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  return Ok(error);
}

template <typename Row>
tenor_status CheckRows(std::size_t n, Row* rows, int32_t capacity,
                       int32_t* required, tenor_error* error) {
  if (required == nullptr) return Null(error, "required");
  *required = static_cast<int32_t>(n);
  if (capacity < *required) {
    return Fail(error, TENOR_BUFFER_TOO_SMALL,
                absl::StrCat("capacity: ", capacity, " is less than the ",
                             *required, " rows needed"));
  }
  if (rows == nullptr && n > 0) return Null(error, "rows");
  return TENOR_OK;
}

tenor_status PutSchedule(const tenor::Schedule& s, tenor_instalment* rows,
                         int32_t capacity, int32_t* required,
                         tenor_schedule_summary* summary, tenor_error* error) {
  if (summary != nullptr && !SizeOk(summary)) {
    return BadSize(error, "summary", summary);
  }
  if (tenor_status st =
          CheckRows(s.instalments().size(), rows, capacity, required, error);
      st != TENOR_OK) {
    return st;
  }
  std::size_t k = 0;
  for (const tenor::Instalment& i : s.instalments()) {
    rows[k++] = tenor_instalment{i.number,    ToInt(i.due_date), i.amount,
                                 i.interest,  i.principal,       i.balance};
  }
  if (summary != nullptr) {
    summary->instalment_count = static_cast<int32_t>(s.instalments().size());
    summary->term_months = s.term_months();
    summary->amount_of_credit_minor = s.amount_of_credit().minor_units();
    summary->total_interest_minor = s.total_interest().minor_units();
    summary->total_payable_minor = s.total_payable().minor_units();
    summary->apr_scaled = s.apr().scaled;
    summary->apr_decimals = s.apr().decimals;
  }
  return Ok(error);
}

absl::StatusOr<tenor::Schedule> Quote(const tenor_quote_input& in) {
  absl::StatusOr<tenor::Currency> currency = CurrencyOf("currency", in.currency);
  if (!currency.ok()) return currency.status();
  const tenor::Money amount =
      tenor::Money::FromMinorUnits(in.amount_minor, *currency);
  absl::StatusOr<absl::CivilDay> purchase =
      Day("purchase_date", in.purchase_date);
  if (!purchase.ok()) return purchase.status();
  absl::CivilDay shipment = *purchase;
  if (in.shipment_date != 0) {
    absl::StatusOr<absl::CivilDay> d = Day("shipment_date", in.shipment_date);
    if (!d.ok()) return d.status();
    shipment = *d;
  }
  switch (in.product) {
    case TENOR_PRODUCT_PAY_IN_30_DAYS: {
      tenor::PayIn30Days p;
      if (in.days != 0) p.days = in.days;
      if (absl::Status s = p.Validate(); !s.ok()) return s;
      return tenor::PreviewPayIn30Days(p, amount, shipment);
    }
    case TENOR_PRODUCT_PAY_IN_N: {
      tenor::PayInN p;
      if (in.count != 0) p.count = in.count;
      if (in.interval_days != 0) p.interval_days = in.interval_days;
      if (absl::Status s = p.Validate(); !s.ok()) return s;
      return tenor::PreviewPayInN(p, amount, *purchase);
    }
    case TENOR_PRODUCT_FINANCING: {
      tenor::Financing p;
      p.offered_terms = {in.term_months};
      if (in.rate_percent != nullptr) {
        absl::StatusOr<tenor::Rate> rate = tenor::Rate::Parse(in.rate_percent);
        if (!rate.ok()) {
          return absl::Status(rate.status().code(),
                              absl::StrCat("rate_percent: ",
                                           rate.status().message()));
        }
        p.rate = *rate;
      }
      if (absl::Status s = p.Validate(); !s.ok()) {
        return absl::Status(s.code(), absl::StrCat("term_months: ", s.message()));
      }
      return tenor::PreviewFinancing(p, amount, in.term_months, shipment);
    }
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          "product: ", in.product, " is not a TENOR_PRODUCT_* value"));
  }
}

absl::StatusOr<std::vector<tenor::DatedFlow>> Flows(const char* field,
                                                    const tenor_flow* flows,
                                                    int32_t count,
                                                    tenor::Currency currency) {
  if (count < 0 || (count > 0 && flows == nullptr)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", count, " flows at ",
                     flows == nullptr ? "NULL" : "a pointer"));
  }
  std::vector<tenor::DatedFlow> out;
  out.reserve(static_cast<std::size_t>(count));
  for (int32_t i = 0; i < count; ++i) {
    absl::StatusOr<absl::CivilDay> d =
        Day(absl::StrCat(field, "[", i, "].date").c_str(), flows[i].date);
    if (!d.ok()) return d.status();
    out.push_back(tenor::DatedFlow{
        tenor::Money::FromMinorUnits(flows[i].amount_minor, currency), *d});
  }
  return out;
}

void CopyId(const std::string& id, char (&out)[32]) {
  const std::size_t n = std::min(id.size(), sizeof(out) - 1);
  std::memcpy(out, id.data(), n);
  out[n] = '\0';
}

tenor_status PutSettlement(const tenor::SettlementQuote& q,
                           tenor_settlement_result* out, tenor_error* error) {
  out->calculation_date = ToInt(q.calculation_date);
  out->deferred = q.deferred ? 1 : 0;
  out->settlement_minor = q.settlement_amount.minor_units();
  out->rebate_minor = q.rebate.minor_units();
  out->repaid_minor = q.repaid.minor_units();
  out->remaining_instalments_minor = q.remaining_instalments.minor_units();
  return Ok(error);
}

}  // namespace

extern "C" {

const char* tenor_status_str(tenor_status status) {
  switch (status) {
    case TENOR_OK: return "TENOR_OK";
    case TENOR_INVALID_ARGUMENT: return "TENOR_INVALID_ARGUMENT";
    case TENOR_FAILED_PRECONDITION: return "TENOR_FAILED_PRECONDITION";
    case TENOR_OUT_OF_RANGE: return "TENOR_OUT_OF_RANGE";
    case TENOR_NOT_FOUND: return "TENOR_NOT_FOUND";
    case TENOR_ALREADY_EXISTS: return "TENOR_ALREADY_EXISTS";
    case TENOR_PERMISSION_DENIED: return "TENOR_PERMISSION_DENIED";
    case TENOR_BUFFER_TOO_SMALL: return "TENOR_BUFFER_TOO_SMALL";
    case TENOR_NULL_ARGUMENT: return "TENOR_NULL_ARGUMENT";
    case TENOR_UNSUPPORTED_STRUCT_SIZE: return "TENOR_UNSUPPORTED_STRUCT_SIZE";
    case TENOR_OUT_OF_MEMORY: return "TENOR_OUT_OF_MEMORY";
    case TENOR_INTERNAL: return "TENOR_INTERNAL";
    default: return "TENOR_UNKNOWN_STATUS";
  }
}

const char* tenor_version(void) { return TENOR_VERSION_STRING; }

int32_t tenor_abi_version(void) { return 1; }

tenor_status tenor_currency_lookup(const char* code, tenor_currency_info* out,
                                   tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(out)) return BadSize(error, "out", out);
    absl::StatusOr<tenor::Currency> c = CurrencyOf("code", code);
    if (!c.ok()) return Fail(error, c.status());
    std::memcpy(out->code, c->code().data(), 3);
    out->code[3] = '\0';
    out->exponent = c->exponent();
    out->minor_per_major = c->minor_per_major();
    return Ok(error);
  });
}

tenor_status tenor_money_parse(const char* text, const char* currency,
                               int64_t* minor_units, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (text == nullptr) return Null(error, "text");
    if (minor_units == nullptr) return Null(error, "minor_units");
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", currency);
    if (!c.ok()) return Fail(error, c.status());
    absl::StatusOr<tenor::Money> m = tenor::Money::Parse(text, *c);
    if (!m.ok()) return Fail(error, m.status());
    *minor_units = m->minor_units();
    return Ok(error);
  });
}

tenor_status tenor_money_format(int64_t minor_units, const char* currency,
                                char* buffer, int32_t capacity,
                                int32_t* required, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", currency);
    if (!c.ok()) return Fail(error, c.status());
    return PutText(tenor::Money::FromMinorUnits(minor_units, *c).ToString(),
                   buffer, capacity, required, error);
  });
}

tenor_status tenor_quote(const tenor_quote_input* input,
                         tenor_instalment* rows, int32_t capacity,
                         int32_t* required, tenor_schedule_summary* summary,
                         tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (input == nullptr) return Null(error, "input");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    absl::StatusOr<tenor::Schedule> s = Quote(*input);
    if (!s.ok()) return Fail(error, s.status());
    return PutSchedule(*s, rows, capacity, required, summary, error);
  });
}

tenor_status tenor_quote_json(const tenor_quote_input* input, char* buffer,
                              int32_t capacity, int32_t* required,
                              tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (input == nullptr) return Null(error, "input");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    absl::StatusOr<tenor::Schedule> s = Quote(*input);
    if (!s.ok()) return Fail(error, s.status());
    return PutText(tenor::ToJson(*s), buffer, capacity, required, error);
  });
}

tenor_status tenor_apr_eu(const tenor_apr_input* input, tenor_apr_result* out,
                          tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (input == nullptr) return Null(error, "input");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    if (!SizeOk(out)) return BadSize(error, "out", out);
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", input->currency);
    if (!c.ok()) return Fail(error, c.status());
    tenor::TimeBasis basis;
    switch (input->basis) {
      case TENOR_BASIS_MONTHS: basis = tenor::TimeBasis::kMonths; break;
      case TENOR_BASIS_DAYS365: basis = tenor::TimeBasis::kDays365; break;
      case TENOR_BASIS_CALENDAR: basis = tenor::TimeBasis::kCalendar; break;
      default:
        return Fail(error, TENOR_INVALID_ARGUMENT,
                    absl::StrCat("basis: ", input->basis,
                                 " is not a TENOR_BASIS_* value"));
    }
    absl::StatusOr<std::vector<tenor::DatedFlow>> adv = Flows(
        "advances", input->advances, input->advance_count, *c);
    if (!adv.ok()) return Fail(error, adv.status());
    absl::StatusOr<std::vector<tenor::DatedFlow>> rep = Flows(
        "repayments", input->repayments, input->repayment_count, *c);
    if (!rep.ok()) return Fail(error, rep.status());
    absl::StatusOr<tenor::Apr> apr =
        tenor::ComputeApr(*adv, *rep, basis, input->decimals);
    if (!apr.ok()) return Fail(error, apr.status());
    out->scaled = apr->scaled;
    out->decimals = apr->decimals;
    const std::string text = apr->ToString();
    CopyId(text, out->text);
    return Ok(error);
  });
}

tenor_status tenor_apr_us(const tenor_apr_input* input, tenor_apr_result* out,
                          tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (input == nullptr) return Null(error, "input");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    if (!SizeOk(out)) return BadSize(error, "out", out);
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", input->currency);
    if (!c.ok()) return Fail(error, c.status());
    if (input->unit_period < TENOR_UNIT_MONTH ||
        input->unit_period > TENOR_UNIT_FOUR_WEEKS) {
      return Fail(error, TENOR_INVALID_ARGUMENT,
                  absl::StrCat("unit_period: ", input->unit_period,
                               " is not a TENOR_UNIT_* value"));
    }
    if (input->advance_count != 1) {
      return Fail(error, TENOR_INVALID_ARGUMENT,
                  absl::StrCat("advance_count: ", input->advance_count,
                               " must be 1 (Regulation Z: one advance)"));
    }
    absl::StatusOr<std::vector<tenor::DatedFlow>> adv =
        Flows("advances", input->advances, 1, *c);
    if (!adv.ok()) return Fail(error, adv.status());
    absl::StatusOr<std::vector<tenor::DatedFlow>> rep = Flows(
        "repayments", input->repayments, input->repayment_count, *c);
    if (!rep.ok()) return Fail(error, rep.status());
    std::vector<tenor::RegZPayment> payments;
    for (const tenor::DatedFlow& f : *rep) {
      payments.push_back(tenor::RegZPayment{f.amount, f.date});
    }
    absl::StatusOr<tenor::RegZApr> apr = tenor::ComputeRegZApr(
        (*adv)[0].amount, (*adv)[0].date, payments,
        static_cast<tenor::RegZUnitPeriod>(input->unit_period));
    if (!apr.ok()) return Fail(error, apr.status());
    out->scaled = apr->hundredths;
    out->decimals = 2;
    CopyId(apr->ToString(), out->text);
    return Ok(error);
  });
}

tenor_status tenor_catalog_new_example(tenor_catalog** out,
                                       tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (out == nullptr) return Null(error, "out");
    *out = new tenor_catalog{tenor::ExampleCatalog()};
    return Ok(error);
  });
}

void tenor_catalog_free(tenor_catalog* catalog) { delete catalog; }

tenor_status tenor_switch_history_new(const tenor_switch_policy* policy,
                                      tenor_switch_history** out,
                                      tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (out == nullptr) return Null(error, "out");
    tenor::CreditSwitchPolicy p;
    if (policy != nullptr) {
      if (!SizeOk(policy)) return BadSize(error, "policy", policy);
      p.re_enable_delay = absl::Seconds(policy->re_enable_delay_seconds);
      p.min_off_period = absl::Seconds(policy->min_off_period_seconds);
    }
    absl::StatusOr<tenor::CreditSwitchHistory> h =
        tenor::CreditSwitchHistory::Create(p);
    if (!h.ok()) return Fail(error, h.status());
    *out = new tenor_switch_history{*std::move(h)};
    return Ok(error);
  });
}

void tenor_switch_history_free(tenor_switch_history* history) {
  delete history;
}

tenor_status tenor_switch_request(tenor_switch_history* history,
                                  int32_t action, int64_t at, int32_t channel,
                                  const char* actor, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (history == nullptr) return Null(error, "history");
    if (actor == nullptr) return Null(error, "actor");
    if (channel != TENOR_CHANNEL_SELF_SERVICE &&
        channel != TENOR_CHANNEL_CUSTOMER_SERVICE) {
      return Fail(error, TENOR_INVALID_ARGUMENT,
                  absl::StrCat("channel: ", channel,
                               " is not a TENOR_CHANNEL_* value"));
    }
    const tenor::Channel ch = channel == TENOR_CHANNEL_SELF_SERVICE
                                  ? tenor::Channel::kSelfService
                                  : tenor::Channel::kCustomerService;
    if (action == TENOR_SWITCH_OFF) {
      absl::StatusOr<tenor::SwitchOffResult> r =
          history->history.RequestOff(Instant(at), ch, actor);
      return r.ok() ? Ok(error) : Fail(error, r.status());
    }
    if (action == TENOR_SWITCH_ON) {
      absl::StatusOr<tenor::SwitchOnResult> r =
          history->history.RequestOn(Instant(at), ch, actor);
      return r.ok() ? Ok(error) : Fail(error, r.status());
    }
    return Fail(error, TENOR_INVALID_ARGUMENT,
                absl::StrCat("action: ", action,
                             " is not TENOR_SWITCH_OFF or TENOR_SWITCH_ON"));
  });
}

tenor_status tenor_switch_credit_on(const tenor_switch_history* history,
                                    int64_t at, int32_t* on,
                                    tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (history == nullptr) return Null(error, "history");
    if (on == nullptr) return Null(error, "on");
    *on = history->history.IsCreditOn(Instant(at)) ? 1 : 0;
    return Ok(error);
  });
}

tenor_status tenor_checkout_evaluate(const tenor_switch_history* history,
                                     const tenor_catalog* catalog,
                                     const tenor_checkout_input* input,
                                     tenor_decision** out, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (history == nullptr) return Null(error, "history");
    if (catalog == nullptr) return Null(error, "catalog");
    if (input == nullptr) return Null(error, "input");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", input->currency);
    if (!c.ok()) return Fail(error, c.status());
    absl::StatusOr<absl::CivilDay> purchase =
        Day("purchase_date", input->purchase_date);
    if (!purchase.ok()) return Fail(error, purchase.status());
    tenor::Cart cart{tenor::Money::FromMinorUnits(input->amount_minor, *c),
                     *purchase, std::nullopt};
    if (input->shipment_date != 0) {
      absl::StatusOr<absl::CivilDay> d =
          Day("shipment_date", input->shipment_date);
      if (!d.ok()) return Fail(error, d.status());
      cart.shipment_date = *d;
    }
    if (input->assessment_count < 0 ||
        (input->assessment_count > 0 && input->assessments == nullptr)) {
      return Fail(error, TENOR_INVALID_ARGUMENT,
                  absl::StrCat("assessments: ", input->assessment_count,
                               " assessments but no array"));
    }
    std::vector<tenor::CreditAssessment> assessments;
    for (int32_t i = 0; i < input->assessment_count; ++i) {
      const tenor_assessment& a = input->assessments[i];
      if ((a.kind != TENOR_ASSESSMENT_SOFT && a.kind != TENOR_ASSESSMENT_HARD) ||
          (a.outcome != TENOR_OUTCOME_APPROVED &&
           a.outcome != TENOR_OUTCOME_DECLINED)) {
        return Fail(error, TENOR_INVALID_ARGUMENT,
                    absl::StrCat("assessments[", i,
                                 "]: kind or outcome is not a TENOR_* value"));
      }
      assessments.push_back(tenor::CreditAssessment{
          a.kind == TENOR_ASSESSMENT_SOFT ? tenor::AssessmentKind::kSoft
                                          : tenor::AssessmentKind::kHard,
          a.outcome == TENOR_OUTCOME_APPROVED
              ? tenor::AssessmentOutcome::kApproved
              : tenor::AssessmentOutcome::kDeclined,
          tenor::Money::FromMinorUnits(a.limit_minor, *c),
          Instant(a.made_at)});
    }
    absl::StatusOr<tenor::CheckoutDecision> d = tenor::EvaluateCheckout(
        history->history, assessments,
        tenor::Money::FromMinorUnits(input->outstanding_minor, *c),
        catalog->catalog, cart, Instant(input->at));
    if (!d.ok()) return Fail(error, d.status());
    *out = new tenor_decision{*std::move(d)};
    return Ok(error);
  });
}

void tenor_decision_free(tenor_decision* decision) { delete decision; }

const char* tenor_reason_str(int32_t reason) {
  // The codes of RefusalReasonCode(), as C strings (tests check they agree).
  static constexpr const char* kCodes[] = {
      "credit_opted_out",      "currency_not_supported", "product_closed",
      "below_minimum",         "above_maximum",          "credit_check_required",
      "credit_check_expired",  "credit_check_declined",  "exceeds_credit_limit"};
  if (reason < 0 || reason >= static_cast<int32_t>(std::size(kCodes))) {
    return "unknown";
  }
  return kCodes[reason];
}

int32_t tenor_decision_credit_opted_out(const tenor_decision* decision) {
  return decision != nullptr && decision->decision.credit_opted_out() ? 1 : 0;
}

int32_t tenor_decision_product_count(const tenor_decision* decision) {
  return decision == nullptr
             ? 0
             : static_cast<int32_t>(decision->decision.products().size());
}

tenor_status tenor_decision_product(const tenor_decision* decision,
                                    int32_t index, tenor_product_decision* out,
                                    tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (decision == nullptr) return Null(error, "decision");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(out)) return BadSize(error, "out", out);
    const auto products = decision->decision.products();
    if (index < 0 || static_cast<std::size_t>(index) >= products.size()) {
      return Fail(error, TENOR_OUT_OF_RANGE,
                  absl::StrCat("index: ", index, " is outside 0..",
                               static_cast<int64_t>(products.size()) - 1));
    }
    const tenor::ProductDecision& p = products[static_cast<std::size_t>(index)];
    CopyId(p.product_id, out->product_id);
    out->product_kind = static_cast<int32_t>(p.product_kind);
    out->offered = p.offered() ? 1 : 0;
    out->reasons = 0;
    for (tenor::RefusalReason r : p.reasons.ToVector()) {
      out->reasons |= 1u << static_cast<unsigned>(r);
    }
    out->term_count = 0;
    if (p.offered()) {
      for (int t : p.offer->terms()) {
        if (out->term_count == TENOR_MAX_TERMS) break;
        out->terms[out->term_count++] = t;
      }
    }
    return Ok(error);
  });
}

tenor_status tenor_decision_json(const tenor_decision* decision, char* buffer,
                                 int32_t capacity, int32_t* required,
                                 tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (decision == nullptr) return Null(error, "decision");
    return PutText(tenor::ToJson(decision->decision), buffer, capacity,
                   required, error);
  });
}

tenor_status tenor_offer_accept(const tenor_decision* decision,
                                const char* product_id,
                                const tenor_switch_history* history,
                                int64_t at, int32_t term_months,
                                tenor_agreement** out, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (decision == nullptr) return Null(error, "decision");
    if (product_id == nullptr) return Null(error, "product_id");
    if (history == nullptr) return Null(error, "history");
    if (out == nullptr) return Null(error, "out");
    const tenor::ProductDecision* p = decision->decision.Find(product_id);
    if (p == nullptr) {
      return Fail(error, TENOR_NOT_FOUND,
                  absl::StrCat("product_id: \"", product_id,
                               "\" is not in the decision"));
    }
    if (!p->offered()) {
      return Fail(error, TENOR_FAILED_PRECONDITION,
                  absl::StrCat("product_id: \"", product_id,
                               "\" was not offered"));
    }
    std::optional<int> term;
    if (term_months != 0) term = term_months;
    absl::StatusOr<tenor::Agreement> a =
        tenor::Accept(*p->offer, history->history, Instant(at), term);
    if (!a.ok()) return Fail(error, a.status());
    *out = new tenor_agreement{*std::move(a)};
    return Ok(error);
  });
}

void tenor_agreement_free(tenor_agreement* agreement) { delete agreement; }

tenor_status tenor_agreement_schedule(const tenor_agreement* agreement,
                                      tenor_instalment* rows, int32_t capacity,
                                      int32_t* required,
                                      tenor_schedule_summary* summary,
                                      tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (agreement == nullptr) return Null(error, "agreement");
    return PutSchedule(agreement->agreement.schedule(), rows, capacity,
                       required, summary, error);
  });
}

tenor_status tenor_ledger_new(const tenor_agreement* agreement,
                              int32_t grace_days, tenor_ledger** out,
                              tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (agreement == nullptr) return Null(error, "agreement");
    if (out == nullptr) return Null(error, "out");
    tenor::LedgerOptions options;
    options.grace_days = grace_days;
    absl::StatusOr<tenor::Ledger> l =
        tenor::Ledger::Create(agreement->agreement, options);
    if (!l.ok()) return Fail(error, l.status());
    *out = new tenor_ledger{*std::move(l)};
    return Ok(error);
  });
}

void tenor_ledger_free(tenor_ledger* ledger) { delete ledger; }

tenor_status tenor_ledger_record_payment(tenor_ledger* ledger, const char* id,
                                         int64_t amount_minor,
                                         int32_t value_date,
                                         int32_t recorded_date,
                                         int32_t* duplicate,
                                         tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (ledger == nullptr) return Null(error, "ledger");
    if (id == nullptr) return Null(error, "id");
    absl::StatusOr<absl::CivilDay> value = Day("value_date", value_date);
    if (!value.ok()) return Fail(error, value.status());
    absl::StatusOr<std::optional<absl::CivilDay>> recorded =
        RecordedDay(recorded_date);
    if (!recorded.ok()) return Fail(error, recorded.status());
    absl::StatusOr<tenor::RecordResult> r = ledger->ledger.RecordPayment(
        id,
        tenor::Money::FromMinorUnits(amount_minor, ledger->ledger.currency()),
        *value, *recorded);
    if (!r.ok()) return Fail(error, r.status());
    if (duplicate != nullptr) *duplicate = r->duplicate() ? 1 : 0;
    return Ok(error);
  });
}

tenor_status tenor_ledger_record_reversal(tenor_ledger* ledger, const char* id,
                                          int32_t value_date,
                                          int32_t recorded_date,
                                          int32_t* duplicate,
                                          tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (ledger == nullptr) return Null(error, "ledger");
    if (id == nullptr) return Null(error, "id");
    absl::StatusOr<absl::CivilDay> value = Day("value_date", value_date);
    if (!value.ok()) return Fail(error, value.status());
    absl::StatusOr<std::optional<absl::CivilDay>> recorded =
        RecordedDay(recorded_date);
    if (!recorded.ok()) return Fail(error, recorded.status());
    absl::StatusOr<tenor::RecordResult> r =
        ledger->ledger.RecordReversal(id, *value, *recorded);
    if (!r.ok()) return Fail(error, r.status());
    if (duplicate != nullptr) *duplicate = r->duplicate() ? 1 : 0;
    return Ok(error);
  });
}

tenor_status tenor_ledger_statuses(const tenor_ledger* ledger, int32_t as_of,
                                   tenor_instalment_status* rows,
                                   int32_t capacity, int32_t* required,
                                   tenor_arrears* arrears, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (ledger == nullptr) return Null(error, "ledger");
    if (arrears != nullptr && !SizeOk(arrears)) {
      return BadSize(error, "arrears", arrears);
    }
    absl::StatusOr<absl::CivilDay> day = Day("as_of", as_of);
    if (!day.ok()) return Fail(error, day.status());
    const tenor::Statement st = ledger->ledger.StatementAsOf(*day);
    if (tenor_status s =
            CheckRows(st.instalments.size(), rows, capacity, required, error);
        s != TENOR_OK) {
      return s;
    }
    std::size_t k = 0;
    for (const tenor::InstalmentPosition& p : st.instalments) {
      rows[k++] = tenor_instalment_status{
          p.number,        ToInt(p.due_date),
          ToInt(p.missed_from), static_cast<int32_t>(p.status),
          p.amount,        p.paid(),
          p.outstanding};
    }
    if (arrears != nullptr) {
      arrears->state = static_cast<int32_t>(st.arrears.state);
      arrears->missed_instalments = st.arrears.missed_instalments;
      arrears->outstanding_minor = st.totals.outstanding;
      arrears->credit_balance_minor = st.totals.credit_balance;
    }
    return Ok(error);
  });
}

tenor_status tenor_ledger_json(const tenor_ledger* ledger, int32_t as_of,
                               char* buffer, int32_t capacity,
                               int32_t* required, tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (ledger == nullptr) return Null(error, "ledger");
    absl::StatusOr<absl::CivilDay> day = Day("as_of", as_of);
    if (!day.ok()) return Fail(error, day.status());
    return PutText(tenor::ToJson(ledger->ledger, *day), buffer, capacity,
                   required, error);
  });
}

tenor_status tenor_ledger_settlement_quote(const tenor_ledger* ledger,
                                           int32_t settlement_date,
                                           int32_t defer_one_month,
                                           tenor_settlement_result* out,
                                           tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (ledger == nullptr) return Null(error, "ledger");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(out)) return BadSize(error, "out", out);
    absl::StatusOr<absl::CivilDay> day = Day("settlement_date", settlement_date);
    if (!day.ok()) return Fail(error, day.status());
    const tenor::Ledger& l = ledger->ledger;
    // The repayments are the instalment money (interest and principal, not
    // fees) allocated by the settlement date, on its payments' value dates.
    std::vector<tenor::DatedFlow> repayments;
    for (const tenor::Allocation& a : l.AllocationsAsOf(*day)) {
      const int64_t money = a.interest + a.principal;
      if (money == 0) continue;
      repayments.push_back(tenor::DatedFlow{
          tenor::Money::FromMinorUnits(money, l.currency()),
          l.transactions()[static_cast<std::size_t>(a.payment_sequence)]
              .value_date});
    }
    tenor::SettlementOptions options;
    options.defer_one_month = defer_one_month != 0;
    absl::StatusOr<tenor::SettlementQuote> q =
        tenor::QuoteEarlySettlement(l.schedule(), repayments, *day, options);
    if (!q.ok()) return Fail(error, q.status());
    return PutSettlement(*q, out, error);
  });
}

tenor_status tenor_settlement_quote(const tenor_settlement_input* input,
                                    tenor_settlement_result* out,
                                    tenor_error* error) {
  return Guard(error, [&]() -> tenor_status {
    if (input == nullptr) return Null(error, "input");
    if (out == nullptr) return Null(error, "out");
    if (!SizeOk(input)) return BadSize(error, "input", input);
    if (!SizeOk(out)) return BadSize(error, "out", out);
    absl::StatusOr<tenor::Currency> c = CurrencyOf("currency", input->currency);
    if (!c.ok()) return Fail(error, c.status());
    tenor::SettlementTerms terms;
    absl::StatusOr<std::vector<tenor::DatedFlow>> adv =
        Flows("advances", input->advances, input->advance_count, *c);
    if (!adv.ok()) return Fail(error, adv.status());
    absl::StatusOr<std::vector<tenor::DatedFlow>> inst =
        Flows("instalments", input->instalments, input->instalment_count, *c);
    if (!inst.ok()) return Fail(error, inst.status());
    absl::StatusOr<std::vector<tenor::DatedFlow>> rep =
        Flows("repayments", input->repayments, input->repayment_count, *c);
    if (!rep.ok()) return Fail(error, rep.status());
    absl::StatusOr<absl::CivilDay> day =
        Day("settlement_date", input->settlement_date);
    if (!day.ok()) return Fail(error, day.status());
    terms.advances = *std::move(adv);
    terms.instalments = *std::move(inst);
    terms.apr = tenor::Apr{input->apr_scaled, input->apr_decimals};
    tenor::SettlementOptions options;
    options.defer_one_month = input->defer_one_month != 0;
    absl::StatusOr<tenor::SettlementQuote> q =
        tenor::QuoteEarlySettlement(terms, *rep, *day, options);
    if (!q.ok()) return Fail(error, q.status());
    return PutSettlement(*q, out, error);
  });
}

}  // extern "C"
