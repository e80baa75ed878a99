/* Copyright 2026 The tenor Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * The C ABI (include/tenor/c/tenor.h) exercised from C99: each credit rule's
 * worked example through the C functions, then the ABI's own contract
 * (capacity in / required out, struct_size, NULLs, stable status names). */

#include "tenor/c/tenor.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
              #cond);                                                \
      ++failures;                                                    \
    }                                                                \
  } while (0)

#define CHECK_STATUS(expected, call)                                        \
  do {                                                                      \
    tenor_status s_ = (call);                                               \
    if (s_ != (expected)) {                                                 \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s (%s)\n", __FILE__, \
              __LINE__, #call, tenor_status_str(s_),                        \
              tenor_status_str(expected), err.message);                     \
      ++failures;                                                           \
    }                                                                       \
  } while (0)

static tenor_error err;

static void reset_error(void) {
  memset(&err, 0, sizeof err);
  err.struct_size = sizeof err;
}

/* 2026-03-10T10:00:00Z and friends, in Unix seconds. */
#define T_2026_03_10_0950 1773136200LL
#define T_2026_03_10_1000 1773136800LL
#define T_2026_03_01_0000 1772323200LL

static void test_version_and_statuses(void) {
  CHECK(strcmp(tenor_version(), "0.1.0") == 0 || tenor_version()[0] != '\0');
  CHECK(tenor_abi_version() == 1);
  CHECK(strcmp(tenor_status_str(TENOR_OK), "TENOR_OK") == 0);
  CHECK(strcmp(tenor_status_str(TENOR_BUFFER_TOO_SMALL),
               "TENOR_BUFFER_TOO_SMALL") == 0);
  CHECK(strcmp(tenor_status_str(9999), "TENOR_UNKNOWN_STATUS") == 0);
  /* The numbers are part of the ABI. */
  CHECK(TENOR_INVALID_ARGUMENT == 1 && TENOR_INTERNAL == 11);
  CHECK(strcmp(tenor_reason_str(TENOR_REASON_CREDIT_OPTED_OUT),
               "credit_opted_out") == 0);
  CHECK(strcmp(tenor_reason_str(TENOR_REASON_EXCEEDS_CREDIT_LIMIT),
               "exceeds_credit_limit") == 0);
  CHECK(strcmp(tenor_reason_str(42), "unknown") == 0);
}

static void test_currency_and_money(void) {
  tenor_currency_info info;
  int64_t minor = 0;
  char text[32];
  int32_t required = 0;
  memset(&info, 0, sizeof info);
  info.struct_size = sizeof info;
  reset_error();
  CHECK_STATUS(TENOR_OK, tenor_currency_lookup("KWD", &info, &err));
  CHECK(strcmp(info.code, "KWD") == 0 && info.exponent == 3 &&
        info.minor_per_major == 1000);
  CHECK_STATUS(TENOR_OK, tenor_currency_lookup("JPY", &info, &err));
  CHECK(info.exponent == 0);
  CHECK_STATUS(TENOR_NOT_FOUND, tenor_currency_lookup("XYZ", &info, &err));
  CHECK(err.status == TENOR_NOT_FOUND && strstr(err.message, "code") != NULL);
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_currency_lookup("gbp", &info, &err));

  CHECK_STATUS(TENOR_OK, tenor_money_parse("172.55", "GBP", &minor, &err));
  CHECK(minor == 17255);
  CHECK_STATUS(TENOR_OK, tenor_money_parse("1000", "JPY", &minor, &err));
  CHECK(minor == 1000);
  CHECK_STATUS(TENOR_INVALID_ARGUMENT,
               tenor_money_parse("1,000.00", "GBP", &minor, &err));
  CHECK(minor == 1000); /* unchanged on error */

  /* Capacity in, required out: ask with 0, then with the size asked for. */
  CHECK_STATUS(TENOR_BUFFER_TOO_SMALL,
               tenor_money_format(3334, "KWD", NULL, 0, &required, &err));
  CHECK(required == 6);
  CHECK_STATUS(TENOR_OK,
               tenor_money_format(3334, "KWD", text, required, &required, &err));
  CHECK(strcmp(text, "3.334") == 0);
  CHECK_STATUS(TENOR_OK,
               tenor_money_format(-5, "GBP", text, sizeof text, &required, &err));
  CHECK(strcmp(text, "-0.05") == 0);
  CHECK_STATUS(TENOR_NULL_ARGUMENT,
               tenor_money_format(1, "GBP", text, sizeof text, NULL, &err));
}

static tenor_quote_input financing_4_3(void) {
  tenor_quote_input in;
  memset(&in, 0, sizeof in);
  in.struct_size = sizeof in;
  in.product = TENOR_PRODUCT_FINANCING;
  in.currency = "GBP";
  in.amount_minor = 100000;
  in.purchase_date = 20260115;
  in.term_months = 6;
  in.rate_percent = "12";
  return in;
}

static void test_quotes(void) {
  tenor_quote_input in = financing_4_3();
  tenor_instalment rows[8];
  tenor_schedule_summary sum;
  int32_t n = 0;
  char json[4096];
  memset(&sum, 0, sizeof sum);
  sum.struct_size = sizeof sum;
  reset_error();
  /* §4.3: 1000.00 over 6 months at 12 %: 5 x 172.55 and 172.53, APR 12.7. */
  CHECK_STATUS(TENOR_BUFFER_TOO_SMALL, tenor_quote(&in, rows, 2, &n, &sum, &err));
  CHECK(n == 6);
  CHECK_STATUS(TENOR_OK, tenor_quote(&in, rows, 8, &n, &sum, &err));
  CHECK(n == 6);
  CHECK(rows[0].number == 1 && rows[0].due_date == 20260215);
  CHECK(rows[0].amount_minor == 17255 && rows[0].interest_minor == 1000);
  CHECK(rows[5].amount_minor == 17253 && rows[5].balance_minor == 0);
  CHECK(sum.total_payable_minor == 103528 && sum.total_interest_minor == 3528);
  CHECK(sum.apr_scaled == 127 && sum.apr_decimals == 1);
  CHECK_STATUS(TENOR_OK, tenor_quote_json(&in, json, sizeof json, &n, &err));
  CHECK(strncmp(json, "{\"product\":\"financing\",\"currency\":\"GBP\","
                      "\"amount\":\"1000.00\",\"rate_percent\":\"12\"",
                62) == 0);
  CHECK((size_t)n == strlen(json) + 1);

  /* §4.2: Pay in 3 of 100.00 from 2026-01-31: 33.34, 33.33, 33.33. */
  memset(&in, 0, sizeof in);
  in.struct_size = sizeof in;
  in.product = TENOR_PRODUCT_PAY_IN_N;
  in.currency = "GBP";
  in.amount_minor = 10000;
  in.purchase_date = 20260131;
  CHECK_STATUS(TENOR_OK, tenor_quote(&in, rows, 8, &n, NULL, &err));
  CHECK(n == 3 && rows[0].amount_minor == 3334 && rows[1].due_date == 20260302);

  /* §4.1: Pay in 30 days from the shipment date. */
  in.product = TENOR_PRODUCT_PAY_IN_30_DAYS;
  in.shipment_date = 20260210;
  CHECK_STATUS(TENOR_OK, tenor_quote(&in, rows, 8, &n, NULL, &err));
  CHECK(n == 1 && rows[0].due_date == 20260312 && rows[0].amount_minor == 10000);

  /* Errors name the field. */
  in = financing_4_3();
  in.term_months = 40;
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_quote(&in, rows, 8, &n, NULL, &err));
  CHECK(strstr(err.message, "term") != NULL);
  in = financing_4_3();
  in.purchase_date = 20260230;
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_quote(&in, rows, 8, &n, NULL, &err));
  CHECK(strstr(err.message, "purchase_date") != NULL);
  in = financing_4_3();
  in.struct_size = 8;
  CHECK_STATUS(TENOR_UNSUPPORTED_STRUCT_SIZE,
               tenor_quote(&in, rows, 8, &n, NULL, &err));
  CHECK_STATUS(TENOR_NULL_ARGUMENT, tenor_quote(NULL, rows, 8, &n, NULL, &err));
  /* A NULL error is fine. */
  CHECK(tenor_quote(NULL, rows, 8, &n, NULL, NULL) == TENOR_NULL_ARGUMENT);
}

static void test_apr(void) {
  tenor_flow adv[1];
  tenor_flow pay[24];
  tenor_apr_input in;
  tenor_apr_result out;
  int k;
  memset(&in, 0, sizeof in);
  memset(&out, 0, sizeof out);
  memset(adv, 0, sizeof adv);
  memset(pay, 0, sizeof pay);
  in.struct_size = sizeof in;
  out.struct_size = sizeof out;
  reset_error();
  /* §5: 1000 on 1994-01-01, 1200 on 1995-07-01, days365: 12.96 %. */
  adv[0].amount_minor = 100000;
  adv[0].date = 19940101;
  pay[0].amount_minor = 120000;
  pay[0].date = 19950701;
  in.currency = "GBP";
  in.advances = adv;
  in.advance_count = 1;
  in.repayments = pay;
  in.repayment_count = 1;
  in.basis = TENOR_BASIS_DAYS365;
  in.decimals = 2;
  CHECK_STATUS(TENOR_OK, tenor_apr_eu(&in, &out, &err));
  CHECK(out.scaled == 1296 && out.decimals == 2 && strcmp(out.text, "12.96") == 0);

  /* Regulation Z Appendix J (c)(1)(i): 5000 and 24 x 230 monthly: 9.69 %. */
  adv[0].amount_minor = 500000;
  adv[0].date = 19780110;
  for (k = 0; k < 24; ++k) {
    pay[k].amount_minor = 23000;
    int month = 2 + k; /* Feb 1978 .. Jan 1980 */
    int year = 1978 + (month - 1) / 12;
    month = (month - 1) % 12 + 1;
    pay[k].date = year * 10000 + month * 100 + 10;
  }
  in.repayment_count = 24;
  in.unit_period = TENOR_UNIT_MONTH;
  CHECK_STATUS(TENOR_OK, tenor_apr_us(&in, &out, &err));
  CHECK(out.scaled == 969 && strcmp(out.text, "9.69") == 0);

  in.basis = 7;
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_apr_eu(&in, &out, &err));
  CHECK(strstr(err.message, "basis") != NULL);
}

static void test_checkout_ledger_settlement(void) {
  tenor_catalog* catalog = NULL;
  tenor_switch_history* history = NULL;
  tenor_decision* decision = NULL;
  tenor_agreement* agreement = NULL;
  tenor_ledger* ledger = NULL;
  tenor_checkout_input in;
  tenor_assessment soft;
  tenor_product_decision p;
  tenor_instalment_status st[4];
  tenor_arrears arrears;
  tenor_settlement_result q;
  char json[4096];
  int32_t n = 0, dup = -1, i;
  reset_error();
  memset(&in, 0, sizeof in);
  memset(&p, 0, sizeof p);
  memset(&arrears, 0, sizeof arrears);
  memset(&q, 0, sizeof q);
  p.struct_size = sizeof p;
  arrears.struct_size = sizeof arrears;
  q.struct_size = sizeof q;

  CHECK_STATUS(TENOR_OK, tenor_catalog_new_example(&catalog, &err));
  CHECK_STATUS(TENOR_OK, tenor_switch_history_new(NULL, &history, &err));

  /* §7: a soft check approved with a 1000.00 limit, a 450.00 cart. */
  soft.kind = TENOR_ASSESSMENT_SOFT;
  soft.outcome = TENOR_OUTCOME_APPROVED;
  soft.limit_minor = 100000;
  soft.made_at = T_2026_03_01_0000;
  in.struct_size = sizeof in;
  in.currency = "GBP";
  in.amount_minor = 45000;
  in.purchase_date = 20260310;
  in.at = T_2026_03_10_1000;
  in.assessments = &soft;
  in.assessment_count = 1;
  CHECK_STATUS(TENOR_OK,
               tenor_checkout_evaluate(history, catalog, &in, &decision, &err));
  CHECK(tenor_decision_credit_opted_out(decision) == 0);
  CHECK(tenor_decision_product_count(decision) == 3);
  CHECK_STATUS(TENOR_OK, tenor_decision_product(decision, 1, &p, &err));
  CHECK(strcmp(p.product_id, "pay-in-3") == 0 && p.offered == 1);
  CHECK_STATUS(TENOR_OK, tenor_decision_product(decision, 2, &p, &err));
  CHECK(strcmp(p.product_id, "financing") == 0 && p.offered == 0 &&
        p.reasons == (1u << TENOR_REASON_CREDIT_CHECK_REQUIRED));
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_decision_product(decision, 3, &p, &err));

  /* Accept Pay in 3 five minutes later; record the first instalment twice. */
  CHECK_STATUS(TENOR_OK, tenor_offer_accept(decision, "pay-in-3", history,
                                            T_2026_03_10_1000 + 300, 0,
                                            &agreement, &err));
  CHECK_STATUS(TENOR_OK, tenor_ledger_new(agreement, 0, &ledger, &err));
  CHECK_STATUS(TENOR_OK, tenor_ledger_record_payment(ledger, "P1", 15000,
                                                     20260310, 0, &dup, &err));
  CHECK(dup == 0);
  CHECK_STATUS(TENOR_OK, tenor_ledger_record_payment(ledger, "P1", 15000,
                                                     20260310, 20260311, &dup,
                                                     &err));
  CHECK(dup == 1);
  CHECK_STATUS(TENOR_ALREADY_EXISTS,
               tenor_ledger_record_payment(ledger, "P1", 100, 20260310, 0,
                                           &dup, &err));
  /* As of 2026-04-10 the second instalment (due 2026-04-09) is missed. */
  CHECK_STATUS(TENOR_OK, tenor_ledger_statuses(ledger, 20260410, st, 4, &n,
                                               &arrears, &err));
  CHECK(n == 3);
  CHECK(st[0].status == TENOR_INSTALMENT_PAID && st[0].paid_minor == 15000);
  CHECK(st[1].status == TENOR_INSTALMENT_MISSED && st[1].due_date == 20260409);
  CHECK(st[2].status == TENOR_INSTALMENT_UPCOMING);
  CHECK(arrears.state == TENOR_ARREARS_IN_ARREARS &&
        arrears.missed_instalments == 1 && arrears.outstanding_minor == 30000);
  CHECK_STATUS(TENOR_OK,
               tenor_ledger_json(ledger, 20260410, json, sizeof json, &n, &err));
  CHECK(strstr(json, "\"status\":\"missed\"") != NULL);
  /* A reversed payment: the first instalment is owed again. */
  CHECK_STATUS(TENOR_OK, tenor_ledger_record_reversal(ledger, "P1", 20260315, 0,
                                                      &dup, &err));
  CHECK_STATUS(TENOR_OK, tenor_ledger_statuses(ledger, 20260410, st, 4, &n,
                                               &arrears, &err));
  CHECK(st[0].status == TENOR_INSTALMENT_MISSED && arrears.missed_instalments == 2);
  /* Pay in 3 is interest-free: settling costs what is left. */
  CHECK_STATUS(TENOR_OK, tenor_ledger_settlement_quote(ledger, 20260320, 1, &q,
                                                       &err));
  CHECK(q.settlement_minor == 45000 && q.rebate_minor == 0);
  tenor_ledger_free(ledger);
  tenor_agreement_free(agreement);

  /* §6: the customer switches credit off between offer and acceptance. */
  CHECK_STATUS(TENOR_OK, tenor_switch_request(history, TENOR_SWITCH_OFF,
                                              T_2026_03_10_1000 + 600,
                                              TENOR_CHANNEL_SELF_SERVICE,
                                              "customer", &err));
  agreement = NULL;
  CHECK_STATUS(TENOR_FAILED_PRECONDITION,
               tenor_offer_accept(decision, "pay-in-3", history,
                                  T_2026_03_10_1000 + 900, 0, &agreement, &err));
  CHECK(agreement == NULL);
  tenor_decision_free(decision);
  /* Switching back on in the app is refused; an agent may. */
  CHECK_STATUS(TENOR_PERMISSION_DENIED,
               tenor_switch_request(history, TENOR_SWITCH_ON,
                                    T_2026_03_10_1000 + 1200,
                                    TENOR_CHANNEL_SELF_SERVICE, "customer",
                                    &err));
  tenor_switch_history_free(history);

  /* §6/§7: credit off at 09:50, checkout at 10:00: only Pay now. */
  CHECK_STATUS(TENOR_OK, tenor_switch_history_new(NULL, &history, &err));
  CHECK_STATUS(TENOR_OK, tenor_switch_request(history, TENOR_SWITCH_OFF,
                                              T_2026_03_10_0950,
                                              TENOR_CHANNEL_SELF_SERVICE,
                                              "customer", &err));
  CHECK_STATUS(TENOR_OK, tenor_switch_credit_on(history, T_2026_03_10_1000, &i,
                                                &err));
  CHECK(i == 0);
  CHECK_STATUS(TENOR_OK,
               tenor_checkout_evaluate(history, catalog, &in, &decision, &err));
  CHECK(tenor_decision_credit_opted_out(decision) == 1);
  for (i = 0; i < tenor_decision_product_count(decision); ++i) {
    CHECK_STATUS(TENOR_OK, tenor_decision_product(decision, i, &p, &err));
    CHECK(p.offered == 0 && p.reasons == (1u << TENOR_REASON_CREDIT_OPTED_OUT));
  }
  CHECK_STATUS(TENOR_OK,
               tenor_decision_json(decision, json, sizeof json, &n, &err));
  CHECK(strcmp(json,
               "{\"options\":[{\"product\":\"pay-now\",\"offered\":true},"
               "{\"product\":\"pay-in-30\",\"offered\":false,\"reasons\":["
               "\"credit_opted_out\"]},{\"product\":\"pay-in-3\",\"offered\":"
               "false,\"reasons\":[\"credit_opted_out\"]},{\"product\":"
               "\"financing\",\"offered\":false,\"reasons\":["
               "\"credit_opted_out\"]}],\"credit_opted_out\":true,"
               "\"show_debt_support\":true}") == 0);
  tenor_decision_free(decision);
  tenor_switch_history_free(history);
  tenor_catalog_free(catalog);
  /* Freeing NULL is fine. */
  tenor_catalog_free(NULL);
  tenor_ledger_free(NULL);
}

static void test_settlement_flows(void) {
  /* §9: 5000.00 on 2010-03-01, 48 x 134.57 monthly, APR 14.0 %, the first 12
   * paid; settled 2011-03-01 with the deferment: 4027.73, rebate 816.79. */
  tenor_flow adv[1];
  tenor_flow inst[48];
  tenor_settlement_input in;
  tenor_settlement_result q;
  int k;
  memset(&in, 0, sizeof in);
  memset(&q, 0, sizeof q);
  in.struct_size = sizeof in;
  q.struct_size = sizeof q;
  reset_error();
  memset(adv, 0, sizeof adv);
  memset(inst, 0, sizeof inst);
  adv[0].amount_minor = 500000;
  adv[0].date = 20100301;
  for (k = 0; k < 48; ++k) {
    int month = 3 + k + 1;
    int year = 2010 + (month - 1) / 12;
    month = (month - 1) % 12 + 1;
    inst[k].amount_minor = 13457;
    inst[k].date = year * 10000 + month * 100 + 1;
  }
  in.currency = "GBP";
  in.advances = adv;
  in.advance_count = 1;
  in.instalments = inst;
  in.instalment_count = 48;
  in.repayments = inst;
  in.repayment_count = 12;
  in.apr_scaled = 140;
  in.apr_decimals = 1;
  in.settlement_date = 20110301;
  in.defer_one_month = 1;
  CHECK_STATUS(TENOR_OK, tenor_settlement_quote(&in, &q, &err));
  CHECK(q.settlement_minor == 402773 && q.rebate_minor == 81679);
  CHECK(q.deferred == 1 && q.calculation_date == 20110401);
  in.defer_one_month = 0;
  CHECK_STATUS(TENOR_OK, tenor_settlement_quote(&in, &q, &err));
  CHECK(q.settlement_minor == 398399 && q.rebate_minor == 86053);
}

/* docs/errors.md "C ABI": each status a function can return where an input
 * reaches it, beyond those the worked examples above already trigger.
 * TENOR_OUT_OF_MEMORY and TENOR_INTERNAL are guards no input reaches. */
#define CHECK_FIELD(expected, call, field)                      \
  do {                                                          \
    reset_error();                                              \
    CHECK_STATUS(expected, call);                               \
    CHECK(err.status == (expected));                            \
    if (strstr(err.message, field) == NULL) {                   \
      fprintf(stderr, "%s:%d: message \"%s\" does not name %s\n", \
              __FILE__, __LINE__, err.message, field);          \
      ++failures;                                               \
    }                                                           \
  } while (0)

static void test_error_statuses_money_quote_apr(void) {
  tenor_currency_info info;
  tenor_quote_input q;
  tenor_instalment rows[8];
  tenor_schedule_summary sum;
  tenor_flow adv[2];
  tenor_flow pay[1];
  tenor_apr_input a;
  tenor_apr_result out;
  int64_t minor = 0;
  int32_t n = 0;
  char text[64];
  memset(&info, 0, sizeof info);
  memset(&sum, 0, sizeof sum);
  memset(&a, 0, sizeof a);
  memset(&out, 0, sizeof out);
  memset(adv, 0, sizeof adv);
  memset(pay, 0, sizeof pay);

  /* tenor_currency_lookup */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_currency_lookup("GBP", NULL, &err), "out");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_currency_lookup("GBP", &info, &err), "out.struct_size");
  info.struct_size = sizeof info;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_currency_lookup(NULL, &info, &err),
              "code");
  /* tenor_money_parse */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_money_parse(NULL, "GBP", &minor, &err),
              "text");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_money_parse("1", "GBP", NULL, &err),
              "minor_units");
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_money_parse("1", "XYZ", &minor, &err),
              "currency");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_money_parse("1", NULL, &minor, &err),
              "currency");
  CHECK_FIELD(TENOR_OUT_OF_RANGE,
              tenor_money_parse("92233720368547758.08", "GBP", &minor, &err),
              "92233720368547758.08");
  /* tenor_money_format */
  CHECK_FIELD(TENOR_NOT_FOUND,
              tenor_money_format(1, "XYZ", text, sizeof text, &n, &err), "currency");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_money_format(1, "gbp", text, sizeof text, &n, &err), "currency");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_money_format(1, "GBP", NULL, sizeof text, &n, &err), "buffer");

  /* tenor_quote / tenor_quote_json */
  q = financing_4_3();
  q.currency = "XYZ";
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_quote(&q, rows, 8, &n, NULL, &err), "currency");
  q = financing_4_3();
  q.product = 9;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_quote(&q, rows, 8, &n, NULL, &err),
              "product");
  q = financing_4_3();
  q.rate_percent = "1000.000001";
  CHECK_FIELD(TENOR_OUT_OF_RANGE, tenor_quote(&q, rows, 8, &n, NULL, &err),
              "rate_percent");
  q = financing_4_3();
  q.purchase_date = 99991215; /* the last due date would be past 9999-12-31 */
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_quote(&q, rows, 8, &n, NULL, &err));
  q = financing_4_3();
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_quote(&q, rows, 8, NULL, NULL, &err),
              "required");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_quote(&q, NULL, 8, &n, NULL, &err), "rows");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_quote(&q, rows, 8, &n, &sum, &err), "summary.struct_size");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_quote_json(NULL, text, 64, &n, &err), "input");
  q.struct_size = 8;
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE, tenor_quote_json(&q, text, 64, &n, &err),
              "input.struct_size");
  q = financing_4_3();
  q.shipment_date = 20261301;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_quote_json(&q, text, 64, &n, &err),
              "shipment_date");
  q = financing_4_3();
  q.currency = "XYZ";
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_quote_json(&q, text, 64, &n, &err), "currency");
  q = financing_4_3();
  q.amount_minor = 1; /* one penny over six months */
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_quote_json(&q, text, 64, &n, &err));
  q = financing_4_3();
  CHECK_FIELD(TENOR_BUFFER_TOO_SMALL, tenor_quote_json(&q, text, 64, &n, &err),
              "capacity");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_quote_json(&q, text, 64, NULL, &err),
              "required");

  /* tenor_apr_eu / tenor_apr_us */
  adv[0].amount_minor = 100000;
  adv[0].date = 20260101;
  adv[1] = adv[0];
  pay[0].amount_minor = 110000;
  pay[0].date = 20270101;
  a.struct_size = sizeof a;
  a.currency = "GBP";
  a.advances = adv;
  a.advance_count = 1;
  a.repayments = pay;
  a.repayment_count = 1;
  a.basis = TENOR_BASIS_DAYS365;
  a.decimals = 2;
  a.unit_period = TENOR_UNIT_MONTH;
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_apr_eu(NULL, &out, &err), "input");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_apr_eu(&a, NULL, &err), "out");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE, tenor_apr_eu(&a, &out, &err),
              "out.struct_size");
  out.struct_size = sizeof out;
  CHECK_STATUS(TENOR_OK, tenor_apr_eu(&a, &out, &err));
  CHECK(out.scaled == 1000 && out.decimals == 2);
  a.currency = "XYZ";
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_apr_eu(&a, &out, &err), "currency");
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_apr_us(&a, &out, &err), "currency");
  a.currency = "GBP";
  a.decimals = 7;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_eu(&a, &out, &err), "decimals");
  a.decimals = 2;
  a.repayment_count = -1;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_eu(&a, &out, &err), "repayments");
  a.repayment_count = 1;
  pay[0].date = 20270230;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_eu(&a, &out, &err),
              "repayments[0].date");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_us(&a, &out, &err),
              "repayments[0].date");
  pay[0].date = 20270101;
  pay[0].amount_minor = INT64_MAX; /* 1000.00 grows to ~9.2e16 in a year */
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_apr_eu(&a, &out, &err));
  pay[0].date = 20260201; /* and ~9.2e11 times over in one month */
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_apr_us(&a, &out, &err));
  pay[0].amount_minor = 110000;
  pay[0].date = 20270101;
  a.struct_size = 8;
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE, tenor_apr_eu(&a, &out, &err),
              "input.struct_size");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE, tenor_apr_us(&a, &out, &err),
              "input.struct_size");
  a.struct_size = sizeof a;
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_apr_us(NULL, &out, &err), "input");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_apr_us(&a, NULL, &err), "out");
  a.unit_period = 9;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_us(&a, &out, &err), "unit_period");
  a.unit_period = TENOR_UNIT_MONTH;
  a.advance_count = 2;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_apr_us(&a, &out, &err), "advance_count");
  a.advance_count = 1;
  pay[0].amount_minor = 90000; /* repays less than the advance */
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_apr_us(&a, &out, &err));
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_apr_eu(&a, &out, &err));
}

static void test_error_statuses_switch_checkout_ledger(void) {
  tenor_catalog* catalog = NULL;
  tenor_switch_history* history = NULL;
  tenor_switch_history* strict = NULL;
  tenor_decision* decision = NULL;
  tenor_agreement* agreement = NULL;
  tenor_ledger* ledger = NULL;
  tenor_switch_policy policy;
  tenor_checkout_input in;
  tenor_assessment soft;
  tenor_product_decision p;
  tenor_instalment rows[4];
  tenor_schedule_summary sum;
  tenor_instalment_status st[4];
  tenor_arrears arrears;
  tenor_settlement_result sq;
  tenor_settlement_input si;
  tenor_flow flow;
  tenor_flow inst;
  char text[16];
  int32_t n = 0, on = 0;
  memset(&policy, 0, sizeof policy);
  memset(&in, 0, sizeof in);
  memset(&soft, 0, sizeof soft);
  memset(&p, 0, sizeof p);
  memset(&sum, 0, sizeof sum);
  memset(&arrears, 0, sizeof arrears);
  memset(&sq, 0, sizeof sq);
  memset(&si, 0, sizeof si);
  memset(&flow, 0, sizeof flow);
  memset(&inst, 0, sizeof inst);
  reset_error();

  /* tenor_catalog_new_example, tenor_switch_history_new */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_catalog_new_example(NULL, &err), "out");
  CHECK_STATUS(TENOR_OK, tenor_catalog_new_example(&catalog, &err));
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_switch_history_new(NULL, NULL, &err), "out");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_switch_history_new(&policy, &strict, &err), "policy.struct_size");
  policy.struct_size = sizeof policy;
  policy.min_off_period_seconds = -1;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_switch_history_new(&policy, &strict, &err),
              "min_off_period");
  CHECK(strict == NULL);
  policy.min_off_period_seconds = 3600;
  CHECK_STATUS(TENOR_OK, tenor_switch_history_new(&policy, &strict, &err));

  /* tenor_switch_request, tenor_switch_credit_on */
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_switch_request(NULL, TENOR_SWITCH_OFF, T_2026_03_10_0950,
                                   TENOR_CHANNEL_SELF_SERVICE, "c", &err),
              "history");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_switch_request(strict, TENOR_SWITCH_OFF, T_2026_03_10_0950,
                                   TENOR_CHANNEL_SELF_SERVICE, NULL, &err),
              "actor");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_switch_request(strict, TENOR_SWITCH_OFF, T_2026_03_10_0950, 5,
                                   "c", &err),
              "channel");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_switch_request(strict, 5, T_2026_03_10_0950,
                                   TENOR_CHANNEL_SELF_SERVICE, "c", &err),
              "action");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_switch_request(strict, TENOR_SWITCH_OFF, T_2026_03_10_0950,
                                   TENOR_CHANNEL_SELF_SERVICE, " ", &err),
              "actor");
  CHECK_STATUS(TENOR_OK, tenor_switch_request(strict, TENOR_SWITCH_OFF,
                                              T_2026_03_10_0950,
                                              TENOR_CHANNEL_SELF_SERVICE, "c", &err));
  CHECK_STATUS(TENOR_INVALID_ARGUMENT,
               tenor_switch_request(strict, TENOR_SWITCH_OFF, T_2026_03_10_0950 - 60,
                                    TENOR_CHANNEL_SELF_SERVICE, "c", &err));
  /* Back on by an agent ten minutes later: inside the hour's min_off_period. */
  CHECK_FIELD(TENOR_FAILED_PRECONDITION,
              tenor_switch_request(strict, TENOR_SWITCH_ON, T_2026_03_10_0950 + 600,
                                   TENOR_CHANNEL_CUSTOMER_SERVICE, "agent-1", &err),
              "minimum off period");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_switch_credit_on(NULL, T_2026_03_10_1000, &on, &err), "history");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_switch_credit_on(strict, T_2026_03_10_1000, NULL, &err), "on");
  tenor_switch_history_free(strict);

  /* tenor_checkout_evaluate */
  CHECK_STATUS(TENOR_OK, tenor_switch_history_new(NULL, &history, &err));
  soft.kind = TENOR_ASSESSMENT_SOFT;
  soft.outcome = TENOR_OUTCOME_APPROVED;
  soft.limit_minor = 100000;
  soft.made_at = T_2026_03_01_0000;
  in.currency = "GBP";
  in.amount_minor = 45000;
  in.purchase_date = 20260310;
  in.at = T_2026_03_10_1000;
  in.assessments = &soft;
  in.assessment_count = 1;
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_checkout_evaluate(history, NULL, &in, &decision, &err), "catalog");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "input.struct_size");
  in.struct_size = sizeof in;
  in.currency = "XYZ";
  CHECK_FIELD(TENOR_NOT_FOUND,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "currency");
  in.currency = "GBP";
  in.purchase_date = 20260000;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "purchase_date");
  in.purchase_date = 20260310;
  in.assessment_count = -1;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "assessments");
  in.assessment_count = 1;
  soft.kind = 7;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "assessments[0]");
  soft.kind = TENOR_ASSESSMENT_SOFT;
  in.amount_minor = 0;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_checkout_evaluate(history, catalog, &in, &decision, &err),
              "amount");
  CHECK(decision == NULL);
  in.amount_minor = 45000;
  CHECK_STATUS(TENOR_OK,
               tenor_checkout_evaluate(history, catalog, &in, &decision, &err));

  /* tenor_decision_product, tenor_decision_json */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_decision_product(NULL, 0, &p, &err),
              "decision");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_decision_product(decision, 0, &p, &err), "out.struct_size");
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_decision_json(NULL, text, 16, &n, &err),
              "decision");
  CHECK_FIELD(TENOR_BUFFER_TOO_SMALL,
              tenor_decision_json(decision, text, 16, &n, &err), "capacity");

  /* tenor_offer_accept */
  CHECK_FIELD(TENOR_NOT_FOUND,
              tenor_offer_accept(decision, "pay-in-99", history,
                                 T_2026_03_10_1000 + 300, 0, &agreement, &err),
              "product_id");
  CHECK_FIELD(TENOR_FAILED_PRECONDITION, /* refused: credit_check_required */
              tenor_offer_accept(decision, "financing", history,
                                 T_2026_03_10_1000 + 300, 12, &agreement, &err),
              "product_id");
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, /* before the offer */
               tenor_offer_accept(decision, "pay-in-3", history,
                                  T_2026_03_10_1000 - 300, 0, &agreement, &err));
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, /* a term for a product without terms */
               tenor_offer_accept(decision, "pay-in-3", history,
                                  T_2026_03_10_1000 + 300, 6, &agreement, &err));
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_offer_accept(decision, "pay-in-3", NULL,
                                 T_2026_03_10_1000 + 300, 0, &agreement, &err),
              "history");
  CHECK(agreement == NULL);
  CHECK_STATUS(TENOR_OK, tenor_offer_accept(decision, "pay-in-3", history,
                                            T_2026_03_10_1000 + 300, 0,
                                            &agreement, &err));

  /* tenor_agreement_schedule */
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_agreement_schedule(NULL, rows, 4, &n, NULL, &err), "agreement");
  CHECK_FIELD(TENOR_BUFFER_TOO_SMALL,
              tenor_agreement_schedule(agreement, rows, 2, &n, NULL, &err),
              "capacity");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_agreement_schedule(agreement, rows, 4, &n, &sum, &err),
              "summary.struct_size");

  /* tenor_ledger_new and the recording functions */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_ledger_new(agreement, 0, NULL, &err), "out");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_ledger_new(agreement, -1, &ledger, &err),
              "grace_days");
  CHECK(ledger == NULL);
  CHECK_STATUS(TENOR_OK, tenor_ledger_new(agreement, 0, &ledger, &err));
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_record_payment(ledger, NULL, 100, 20260310, 0, NULL, &err),
              "id");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_record_payment(ledger, "P1", 100, 20260332, 0, NULL, &err),
              "value_date");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_record_payment(ledger, "P1", 100, 20260310, 1, NULL, &err),
              "recorded_date");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_record_payment(ledger, "P1", 0, 20260310, 0, NULL, &err),
              "amount");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_record_payment(ledger, "P1", 100, 20260310, 20260309,
                                          NULL, &err),
              "recorded");
  CHECK_STATUS(TENOR_OUT_OF_RANGE,
               tenor_ledger_record_payment(ledger, "P1", INT64_C(4611686018427387904),
                                           20260310, 0, NULL, &err));
  CHECK_STATUS(TENOR_OK,
               tenor_ledger_record_payment(ledger, "P1", 15000, 20260310, 0, NULL, &err));
  CHECK_FIELD(TENOR_NOT_FOUND,
              tenor_ledger_record_reversal(ledger, "P9", 20260315, 0, NULL, &err),
              "P9");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_record_reversal(ledger, "P1", 20260230, 0, NULL, &err),
              "value_date");
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, /* before the payment's value date */
               tenor_ledger_record_reversal(ledger, "P1", 20260309, 0, NULL, &err));
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_record_reversal(NULL, "P1", 20260315, 0, NULL, &err),
              "ledger");
  CHECK_STATUS(TENOR_OK,
               tenor_ledger_record_reversal(ledger, "P1", 20260315, 0, NULL, &err));
  CHECK_FIELD(TENOR_ALREADY_EXISTS,
              tenor_ledger_record_reversal(ledger, "P1", 20260316, 0, NULL, &err),
              "P1");

  /* tenor_ledger_statuses, tenor_ledger_json */
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_ledger_statuses(ledger, 20260410, st, 4, &n, &arrears, &err),
              "arrears.struct_size");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_statuses(ledger, 2026041, st, 4, &n, NULL, &err), "as_of");
  CHECK_FIELD(TENOR_BUFFER_TOO_SMALL,
              tenor_ledger_statuses(ledger, 20260410, st, 1, &n, NULL, &err),
              "capacity");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_statuses(ledger, 20260410, st, 4, NULL, NULL, &err),
              "required");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_statuses(NULL, 20260410, st, 4, &n, NULL, &err), "ledger");
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_json(ledger, 0, text, 16, &n, &err), "as_of");
  CHECK_FIELD(TENOR_BUFFER_TOO_SMALL,
              tenor_ledger_json(ledger, 20260410, text, 16, &n, &err), "capacity");
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_json(NULL, 20260410, text, 16, &n, &err), "ledger");

  /* tenor_ledger_settlement_quote */
  CHECK_FIELD(TENOR_NULL_ARGUMENT,
              tenor_ledger_settlement_quote(ledger, 20260320, 1, NULL, &err), "out");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE,
              tenor_ledger_settlement_quote(ledger, 20260320, 1, &sq, &err),
              "out.struct_size");
  sq.struct_size = sizeof sq;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT,
              tenor_ledger_settlement_quote(ledger, 20261332, 1, &sq, &err),
              "settlement_date");
  CHECK_STATUS(TENOR_OUT_OF_RANGE, /* after the last instalment */
               tenor_ledger_settlement_quote(ledger, 20270101, 1, &sq, &err));
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, /* before the drawdown */
               tenor_ledger_settlement_quote(ledger, 20260101, 1, &sq, &err));

  /* tenor_settlement_quote */
  CHECK_FIELD(TENOR_NULL_ARGUMENT, tenor_settlement_quote(NULL, &sq, &err), "input");
  CHECK_FIELD(TENOR_UNSUPPORTED_STRUCT_SIZE, tenor_settlement_quote(&si, &sq, &err),
              "input.struct_size");
  si.struct_size = sizeof si;
  si.currency = "XYZ";
  CHECK_FIELD(TENOR_NOT_FOUND, tenor_settlement_quote(&si, &sq, &err), "currency");
  si.currency = "GBP";
  flow.amount_minor = 10000;
  flow.date = 20260101;
  si.advances = &flow;
  si.advance_count = 1;
  si.instalments = &flow;
  si.instalment_count = -2;
  CHECK_FIELD(TENOR_INVALID_ARGUMENT, tenor_settlement_quote(&si, &sq, &err),
              "instalments");
  si.instalment_count = 0; /* no instalments */
  si.apr_decimals = 1;
  si.settlement_date = 20260201;
  CHECK_STATUS(TENOR_INVALID_ARGUMENT, tenor_settlement_quote(&si, &sq, &err));
  inst.amount_minor = 10100;
  inst.date = 20260201;
  si.instalments = &inst;
  si.instalment_count = 1;
  si.apr_scaled = 120;
  si.settlement_date = 20260301; /* after the last instalment */
  CHECK_STATUS(TENOR_OUT_OF_RANGE, tenor_settlement_quote(&si, &sq, &err));
  si.settlement_date = 20260115;
  CHECK_STATUS(TENOR_OK, tenor_settlement_quote(&si, &sq, &err));

  tenor_ledger_free(ledger);
  tenor_agreement_free(agreement);
  tenor_decision_free(decision);
  tenor_switch_history_free(history);
  tenor_catalog_free(catalog);
}

int main(void) {
  test_version_and_statuses();
  test_currency_and_money();
  test_quotes();
  test_apr();
  test_checkout_ledger_settlement();
  test_settlement_flows();
  test_error_statuses_money_quote_apr();
  test_error_statuses_switch_checkout_ledger();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("tenor C ABI: all checks passed\n");
  return 0;
}
