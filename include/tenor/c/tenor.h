/* Copyright 2026 The tenor Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * -----------------------------------------------------------------------------
 * File: c/tenor.h
 * -----------------------------------------------------------------------------
 *
 * The C ABI of tenor, for callers that cannot use C++: bank cores in COBOL or
 * Java (JNI, Panama), Python (ctypes), Go (cgo), Rust. It is C99, uses only
 * <stdint.h> types, and is a thin layer over the C++ library: the rules, the
 * rounding and the errors are the same (docs/c-api.md).
 *
 * The shape:
 *
 *   - Every function returns a `tenor_status` (an int32_t): 0 is TENOR_OK.
 *     The values are stable and never renumbered; tenor_status_str() names
 *     them. Any function taking a `tenor_error*` (may be NULL) writes the
 *     status and a message naming the field and the problem into it.
 *   - Amounts are int64_t minor units of a currency named by its ISO 4217
 *     code ("GBP"): 172.55 GBP is 17255, 1000 JPY is 1000, 3.334 KWD is 3334.
 *     Dates are int32_t YYYYMMDD (20260115); instants are int64_t seconds
 *     since 1970-01-01T00:00:00Z. Rates are decimal text ("12", "18.9").
 *   - Catalogs, credit-switch histories, checkout decisions, agreements and
 *     ledgers are opaque handles, created by a `_new` (or producing)
 *     function and released with the matching `_free` (NULL is fine).
 *   - Results of variable size (schedule rows, statement rows, JSON, money
 *     text) go into buffers the caller owns: pass the buffer and its
 *     capacity; the function stores the size it needs in `*required`
 *     ("capacity in, required out"). If the capacity is too small it
 *     returns TENOR_BUFFER_TOO_SMALL and writes nothing else, so the caller
 *     can call with capacity 0 to learn the size. Text is NUL-terminated and
 *     `*required` counts the NUL.
 *   - Input structs begin with `uint32_t struct_size`: set it to
 *     sizeof(the struct). A later version may add fields at the end; a
 *     caller compiled against this version keeps working. A struct_size
 *     smaller than this version's is TENOR_UNSUPPORTED_STRUCT_SIZE.
 *   - No exception crosses this boundary, nothing here keeps global state,
 *     and every function is reentrant. A handle may be read from several
 *     threads at once; a function that changes a handle (tenor_switch_*,
 *     tenor_ledger_record_*) needs the caller to serialise access to it.
 *
 * Example (error handling shortened):
 *
 *   tenor_quote_input in = {0};
 *   in.struct_size = sizeof in;
 *   in.product = TENOR_PRODUCT_FINANCING;
 *   in.currency = "GBP";
 *   in.amount_minor = 100000;
 *   in.purchase_date = 20260115;
 *   in.term_months = 6;
 *   in.rate_percent = "12";
 *   tenor_instalment rows[6];
 *   int32_t n = 0;
 *   tenor_schedule_summary sum = {0};
 *   sum.struct_size = sizeof sum;
 *   if (tenor_quote(&in, rows, 6, &n, &sum, NULL) == TENOR_OK) {
 *     // rows[0].amount_minor == 17255, sum.apr_scaled == 127 (12.7 %)
 *   }
 */

#ifndef TENOR_C_TENOR_H_
#define TENOR_C_TENOR_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(TENOR_C_BUILDING_DLL)
#define TENOR_C_API __declspec(dllexport)
#elif defined(__GNUC__)
#define TENOR_C_API __attribute__((visibility("default")))
#else
#define TENOR_C_API
#endif

/* -------------------------------------------------------------------------
 * Status codes. Stable: never renumbered, new codes only appended.
 * docs/c-api.md gives each one's meaning.
 * ------------------------------------------------------------------------- */
typedef int32_t tenor_status;

#define TENOR_OK 0
#define TENOR_INVALID_ARGUMENT 1     /* malformed input, whatever the state */
#define TENOR_FAILED_PRECONDITION 2  /* valid, but the state forbids it */
#define TENOR_OUT_OF_RANGE 3         /* past a bound */
#define TENOR_NOT_FOUND 4            /* unknown currency, product, id */
#define TENOR_ALREADY_EXISTS 5       /* a conflicting record, same id */
#define TENOR_PERMISSION_DENIED 6    /* this caller may not do this */
#define TENOR_BUFFER_TOO_SMALL 7     /* see *required */
#define TENOR_NULL_ARGUMENT 8        /* a required pointer was NULL */
#define TENOR_UNSUPPORTED_STRUCT_SIZE 9 /* struct_size too small */
#define TENOR_OUT_OF_MEMORY 10
#define TENOR_INTERNAL 11            /* a bug in tenor; please report */

/* tenor_status_str()
 * The status's name, e.g. "TENOR_INVALID_ARGUMENT"; "TENOR_UNKNOWN_STATUS"
 * for another value. The pointer is to static, constant text. */
TENOR_C_API const char* tenor_status_str(tenor_status status);

/* tenor_error
 * Optional out-parameter of every fallible function. */
#define TENOR_ERROR_MESSAGE_CAPACITY 256
typedef struct tenor_error {
  uint32_t struct_size; /* sizeof(tenor_error) */
  tenor_status status;
  /* NUL-terminated; cut at the capacity (on a UTF-8 character boundary). */
  char message[TENOR_ERROR_MESSAGE_CAPACITY];
} tenor_error;

/* tenor_version()
 * The library version, "MAJOR.MINOR.PATCH" (static, constant text). */
TENOR_C_API const char* tenor_version(void);

/* tenor_abi_version()
 * This C ABI's version: 1. It grows when functions or fields are added. */
TENOR_C_API int32_t tenor_abi_version(void);

/* -------------------------------------------------------------------------
 * Currencies and money
 * ------------------------------------------------------------------------- */
typedef struct tenor_currency_info {
  uint32_t struct_size; /* sizeof(tenor_currency_info) */
  char code[4];         /* "GBP" and a NUL */
  int32_t exponent;     /* decimal places of the minor unit, 0..4 */
  int64_t minor_per_major;
} tenor_currency_info;

/* tenor_currency_lookup()
 * The ISO 4217 currency `code` ("GBP"). NOT_FOUND for an unknown code,
 * INVALID_ARGUMENT for text that is not three upper-case letters. */
TENOR_C_API tenor_status tenor_currency_lookup(const char* code,
                                               tenor_currency_info* out,
                                               tenor_error* error);

/* tenor_money_parse()
 * "172.55" in GBP -> 17255. The text is the exact decimal, with at most the
 * currency's decimals, an optional leading '-', no separators or spaces. */
TENOR_C_API tenor_status tenor_money_parse(const char* text,
                                           const char* currency,
                                           int64_t* minor_units,
                                           tenor_error* error);

/* tenor_money_format()
 * 17255 in GBP -> "172.55" (capacity in, required out; NUL counted). */
TENOR_C_API tenor_status tenor_money_format(int64_t minor_units,
                                            const char* currency, char* buffer,
                                            int32_t capacity,
                                            int32_t* required,
                                            tenor_error* error);

/* -------------------------------------------------------------------------
 * Schedules (credit-rules §4)
 * ------------------------------------------------------------------------- */
#define TENOR_PRODUCT_PAY_IN_30_DAYS 0
#define TENOR_PRODUCT_PAY_IN_N 1
#define TENOR_PRODUCT_FINANCING 2

typedef struct tenor_quote_input {
  uint32_t struct_size; /* sizeof(tenor_quote_input) */
  int32_t product;      /* TENOR_PRODUCT_* */
  const char* currency; /* "GBP" */
  int64_t amount_minor; /* the amount of credit */
  int32_t purchase_date; /* YYYYMMDD */
  int32_t shipment_date; /* YYYYMMDD; 0: the purchase date */
  int32_t term_months;   /* financing: the term */
  const char* rate_percent; /* financing: the nominal annual rate; NULL: 0 */
  int32_t count;            /* pay in N: instalments; 0: 3 */
  int32_t interval_days;    /* pay in N: days between them; 0: 30 */
  int32_t days;             /* pay in 30 days: days to the due date; 0: 30 */
} tenor_quote_input;

/* One row of a schedule. */
typedef struct tenor_instalment {
  int32_t number;   /* 1..n */
  int32_t due_date; /* YYYYMMDD */
  int64_t amount_minor;
  int64_t interest_minor;
  int64_t principal_minor;
  int64_t balance_minor; /* principal left after this instalment */
} tenor_instalment;

typedef struct tenor_schedule_summary {
  uint32_t struct_size; /* sizeof(tenor_schedule_summary) */
  int32_t instalment_count;
  int32_t term_months;
  int64_t amount_of_credit_minor;
  int64_t total_interest_minor;
  int64_t total_payable_minor;
  int64_t apr_scaled; /* the APR is apr_scaled / 10^apr_decimals percent */
  int32_t apr_decimals;
} tenor_schedule_summary;

/* tenor_quote()
 * The schedule of one product (a preview: no amount limits, §7). `rows` gets
 * the instalments (capacity in rows, required out); `summary` (may be NULL)
 * the totals. */
TENOR_C_API tenor_status tenor_quote(const tenor_quote_input* input,
                                     tenor_instalment* rows, int32_t capacity,
                                     int32_t* required,
                                     tenor_schedule_summary* summary,
                                     tenor_error* error);

/* tenor_quote_json()
 * The same schedule as canonical JSON (docs/rendering.md). */
TENOR_C_API tenor_status tenor_quote_json(const tenor_quote_input* input,
                                          char* buffer, int32_t capacity,
                                          int32_t* required,
                                          tenor_error* error);

/* -------------------------------------------------------------------------
 * APR of dated flows (credit-rules §5)
 * ------------------------------------------------------------------------- */
typedef struct tenor_flow {
  int64_t amount_minor; /* non-negative */
  int32_t date;         /* YYYYMMDD */
  int32_t reserved;     /* set to 0 */
} tenor_flow;

#define TENOR_BASIS_MONTHS 0
#define TENOR_BASIS_DAYS365 1
#define TENOR_BASIS_CALENDAR 2

typedef struct tenor_apr_input {
  uint32_t struct_size; /* sizeof(tenor_apr_input) */
  const char* currency;
  const tenor_flow* advances;
  int32_t advance_count;
  const tenor_flow* repayments;
  int32_t repayment_count;
  int32_t basis;    /* UK/EU: TENOR_BASIS_* */
  int32_t decimals; /* UK/EU: 0..6 */
  int32_t unit_period; /* US: TENOR_UNIT_* */
} tenor_apr_input;

#define TENOR_UNIT_MONTH 0
#define TENOR_UNIT_SEMI_MONTH 1
#define TENOR_UNIT_TWO_MONTHS 2
#define TENOR_UNIT_QUARTER 3
#define TENOR_UNIT_WEEK 4
#define TENOR_UNIT_TWO_WEEKS 5
#define TENOR_UNIT_FOUR_WEEKS 6

typedef struct tenor_apr_result {
  uint32_t struct_size; /* sizeof(tenor_apr_result) */
  int64_t scaled;       /* the APR is scaled / 10^decimals percent */
  int32_t decimals;
  char text[32];        /* "12.96", NUL-terminated */
} tenor_apr_result;

/* tenor_apr_eu()
 * The UK/EU APR (§5) of `advances` against `repayments` on `basis`, rounded
 * half-up to `decimals` places. */
TENOR_C_API tenor_status tenor_apr_eu(const tenor_apr_input* input,
                                      tenor_apr_result* out,
                                      tenor_error* error);

/* tenor_apr_us()
 * The US Regulation Z Appendix J APR of one advance (advance_count must be
 * 1) against `repayments`, with `unit_period`; always 2 decimals. */
TENOR_C_API tenor_status tenor_apr_us(const tenor_apr_input* input,
                                      tenor_apr_result* out,
                                      tenor_error* error);

/* -------------------------------------------------------------------------
 * Credit switch and checkout (credit-rules §6, §7)
 * ------------------------------------------------------------------------- */
typedef struct tenor_catalog tenor_catalog;
typedef struct tenor_switch_history tenor_switch_history;
typedef struct tenor_decision tenor_decision;
typedef struct tenor_agreement tenor_agreement;

/* tenor_catalog_new_example()
 * The built-in example catalog (GBP pay-in-30, pay-in-3, financing;
 * docs/checkout.md). */
TENOR_C_API tenor_status tenor_catalog_new_example(tenor_catalog** out,
                                                   tenor_error* error);
TENOR_C_API void tenor_catalog_free(tenor_catalog* catalog);

typedef struct tenor_switch_policy {
  uint32_t struct_size;         /* sizeof(tenor_switch_policy) */
  int64_t re_enable_delay_seconds;
  int64_t min_off_period_seconds;
} tenor_switch_policy;

/* tenor_switch_history_new()
 * An empty history (credit on) under `policy` (NULL: no delays). */
TENOR_C_API tenor_status tenor_switch_history_new(
    const tenor_switch_policy* policy, tenor_switch_history** out,
    tenor_error* error);
TENOR_C_API void tenor_switch_history_free(tenor_switch_history* history);

#define TENOR_SWITCH_OFF 0
#define TENOR_SWITCH_ON 1
#define TENOR_CHANNEL_SELF_SERVICE 0
#define TENOR_CHANNEL_CUSTOMER_SERVICE 1

/* tenor_switch_request()
 * Records a switch-off or switch-on request at `at` by `actor` through
 * `channel` (§6: switching on needs customer service; PERMISSION_DENIED or
 * FAILED_PRECONDITION otherwise, and the history is unchanged). */
TENOR_C_API tenor_status tenor_switch_request(tenor_switch_history* history,
                                              int32_t action, int64_t at,
                                              int32_t channel,
                                              const char* actor,
                                              tenor_error* error);

/* tenor_switch_credit_on()
 * *on = 1 when credit is on at `at`, 0 when off. */
TENOR_C_API tenor_status tenor_switch_credit_on(
    const tenor_switch_history* history, int64_t at, int32_t* on,
    tenor_error* error);

#define TENOR_ASSESSMENT_SOFT 0
#define TENOR_ASSESSMENT_HARD 1
#define TENOR_OUTCOME_APPROVED 0
#define TENOR_OUTCOME_DECLINED 1

typedef struct tenor_assessment {
  int32_t kind;    /* TENOR_ASSESSMENT_* */
  int32_t outcome; /* TENOR_OUTCOME_* */
  int64_t limit_minor;
  int64_t made_at; /* instant */
} tenor_assessment;

typedef struct tenor_checkout_input {
  uint32_t struct_size; /* sizeof(tenor_checkout_input) */
  const char* currency;
  int64_t amount_minor;  /* the cart */
  int32_t purchase_date; /* YYYYMMDD */
  int32_t shipment_date; /* YYYYMMDD; 0: the purchase date */
  int64_t at;            /* the checkout instant */
  int64_t outstanding_minor;
  const tenor_assessment* assessments;
  int32_t assessment_count;
} tenor_checkout_input;

/* tenor_checkout_evaluate()
 * The §7 decision. A switched-off customer is a decision (every credit
 * product refused with TENOR_REASON_CREDIT_OPTED_OUT), not an error. */
TENOR_C_API tenor_status tenor_checkout_evaluate(
    const tenor_switch_history* history, const tenor_catalog* catalog,
    const tenor_checkout_input* input, tenor_decision** out,
    tenor_error* error);
TENOR_C_API void tenor_decision_free(tenor_decision* decision);

/* Refusal reasons: bit (1u << TENOR_REASON_x) of tenor_product_decision's
 * `reasons`. Stable, in §7's order. */
#define TENOR_REASON_CREDIT_OPTED_OUT 0
#define TENOR_REASON_CURRENCY_NOT_SUPPORTED 1
#define TENOR_REASON_PRODUCT_CLOSED 2
#define TENOR_REASON_BELOW_MINIMUM 3
#define TENOR_REASON_ABOVE_MAXIMUM 4
#define TENOR_REASON_CREDIT_CHECK_REQUIRED 5
#define TENOR_REASON_CREDIT_CHECK_EXPIRED 6
#define TENOR_REASON_CREDIT_CHECK_DECLINED 7
#define TENOR_REASON_EXCEEDS_CREDIT_LIMIT 8

/* tenor_reason_str()
 * The reason's code, e.g. "credit_opted_out"; "unknown" otherwise. */
TENOR_C_API const char* tenor_reason_str(int32_t reason);

#define TENOR_MAX_TERMS 16

typedef struct tenor_product_decision {
  uint32_t struct_size; /* sizeof(tenor_product_decision) */
  char product_id[32];  /* NUL-terminated */
  int32_t product_kind; /* TENOR_PRODUCT_* */
  int32_t offered;      /* 1 or 0 */
  uint32_t reasons;     /* when refused: bits (1u << TENOR_REASON_*) */
  int32_t term_count;   /* financing: the terms offered */
  int32_t terms[TENOR_MAX_TERMS];
} tenor_product_decision;

/* tenor_decision_credit_opted_out(): 1 when credit was off at the instant. */
TENOR_C_API int32_t tenor_decision_credit_opted_out(
    const tenor_decision* decision);
/* tenor_decision_product_count(): the catalog products (Pay now excluded). */
TENOR_C_API int32_t tenor_decision_product_count(const tenor_decision* decision);
/* tenor_decision_product(): the decision for product `index`. */
TENOR_C_API tenor_status tenor_decision_product(const tenor_decision* decision,
                                                int32_t index,
                                                tenor_product_decision* out,
                                                tenor_error* error);
/* tenor_decision_json(): the decision as canonical JSON. */
TENOR_C_API tenor_status tenor_decision_json(const tenor_decision* decision,
                                             char* buffer, int32_t capacity,
                                             int32_t* required,
                                             tenor_error* error);

/* tenor_offer_accept()
 * Makes the agreement for the offer of `product_id` in `decision`, accepted
 * at `at` by the customer whose history is `history` (load it fresh: a
 * switch-off since the offer is FAILED_PRECONDITION). `term_months`: one of
 * the offered terms for financing, 0 for the other products. */
TENOR_C_API tenor_status tenor_offer_accept(const tenor_decision* decision,
                                            const char* product_id,
                                            const tenor_switch_history* history,
                                            int64_t at, int32_t term_months,
                                            tenor_agreement** out,
                                            tenor_error* error);
TENOR_C_API void tenor_agreement_free(tenor_agreement* agreement);

/* tenor_agreement_schedule(): the agreement's instalments and totals. */
TENOR_C_API tenor_status tenor_agreement_schedule(
    const tenor_agreement* agreement, tenor_instalment* rows,
    int32_t capacity, int32_t* required, tenor_schedule_summary* summary,
    tenor_error* error);

/* -------------------------------------------------------------------------
 * Repayments (credit-rules §8)
 * ------------------------------------------------------------------------- */
typedef struct tenor_ledger tenor_ledger;

/* tenor_ledger_new()
 * An empty ledger over `agreement`'s schedule, with `grace_days`. */
TENOR_C_API tenor_status tenor_ledger_new(const tenor_agreement* agreement,
                                          int32_t grace_days,
                                          tenor_ledger** out,
                                          tenor_error* error);
TENOR_C_API void tenor_ledger_free(tenor_ledger* ledger);

/* tenor_ledger_record_payment()
 * A payment `id` of `amount_minor` with value date `value_date`, booked on
 * `recorded_date` (0: the value date). An exact repeat changes nothing and
 * sets *duplicate (may be NULL) to 1; a conflicting one is ALREADY_EXISTS. */
TENOR_C_API tenor_status tenor_ledger_record_payment(
    tenor_ledger* ledger, const char* id, int64_t amount_minor,
    int32_t value_date, int32_t recorded_date, int32_t* duplicate,
    tenor_error* error);

/* tenor_ledger_record_reversal()
 * The payment `id` was returned (a bounced direct debit) on `value_date`. */
TENOR_C_API tenor_status tenor_ledger_record_reversal(
    tenor_ledger* ledger, const char* id, int32_t value_date,
    int32_t recorded_date, int32_t* duplicate, tenor_error* error);

#define TENOR_INSTALMENT_PAID 0
#define TENOR_INSTALMENT_MISSED 1
#define TENOR_INSTALMENT_DUE 2
#define TENOR_INSTALMENT_PARTLY_PAID 3
#define TENOR_INSTALMENT_UPCOMING 4

#define TENOR_ARREARS_UP_TO_DATE 0
#define TENOR_ARREARS_IN_ARREARS 1
#define TENOR_ARREARS_SETTLED 2

typedef struct tenor_instalment_status {
  int32_t number;
  int32_t due_date;    /* YYYYMMDD */
  int32_t missed_from; /* YYYYMMDD */
  int32_t status;      /* TENOR_INSTALMENT_* */
  int64_t amount_minor;
  int64_t paid_minor;
  int64_t outstanding_minor;
} tenor_instalment_status;

typedef struct tenor_arrears {
  uint32_t struct_size; /* sizeof(tenor_arrears) */
  int32_t state;        /* TENOR_ARREARS_* */
  int32_t missed_instalments;
  int64_t outstanding_minor;
  int64_t credit_balance_minor;
} tenor_arrears;

/* tenor_ledger_statuses()
 * Each instalment's status as of `as_of` (capacity in rows, required out)
 * and the arrears status (`arrears` may be NULL). */
TENOR_C_API tenor_status tenor_ledger_statuses(const tenor_ledger* ledger,
                                               int32_t as_of,
                                               tenor_instalment_status* rows,
                                               int32_t capacity,
                                               int32_t* required,
                                               tenor_arrears* arrears,
                                               tenor_error* error);

/* tenor_ledger_json(): the statement as of `as_of` as canonical JSON. */
TENOR_C_API tenor_status tenor_ledger_json(const tenor_ledger* ledger,
                                           int32_t as_of, char* buffer,
                                           int32_t capacity, int32_t* required,
                                           tenor_error* error);

/* -------------------------------------------------------------------------
 * Early settlement (credit-rules §9)
 * ------------------------------------------------------------------------- */
typedef struct tenor_settlement_result {
  uint32_t struct_size; /* sizeof(tenor_settlement_result) */
  int32_t calculation_date; /* YYYYMMDD */
  int32_t deferred;         /* 1 when the one-month deferment applied */
  int64_t settlement_minor; /* what the customer pays to settle */
  int64_t rebate_minor;
  int64_t repaid_minor;
  int64_t remaining_instalments_minor;
} tenor_settlement_result;

/* tenor_ledger_settlement_quote()
 * The §9 quote for settling `ledger`'s agreement on `settlement_date`,
 * counting the payments (net of reversals) allocated on or before it as the
 * repayments. `defer_one_month`: 1 (the default of the Regulations) or 0. */
TENOR_C_API tenor_status tenor_ledger_settlement_quote(
    const tenor_ledger* ledger, int32_t settlement_date,
    int32_t defer_one_month, tenor_settlement_result* out, tenor_error* error);

typedef struct tenor_settlement_input {
  uint32_t struct_size; /* sizeof(tenor_settlement_input) */
  const char* currency;
  const tenor_flow* advances;
  int32_t advance_count;
  const tenor_flow* instalments;
  int32_t instalment_count;
  const tenor_flow* repayments;
  int32_t repayment_count;
  int64_t apr_scaled; /* the disclosed APR: apr_scaled / 10^apr_decimals % */
  int32_t apr_decimals;
  int32_t settlement_date;
  int32_t defer_one_month;
} tenor_settlement_input;

/* tenor_settlement_quote()
 * The §9 quote for an agreement described by its flows (e.g. one booked
 * elsewhere). */
TENOR_C_API tenor_status tenor_settlement_quote(
    const tenor_settlement_input* input, tenor_settlement_result* out,
    tenor_error* error);

#ifdef __cplusplus
}  /* extern "C" */
#endif

#endif  /* TENOR_C_TENOR_H_ */
