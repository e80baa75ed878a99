/* Copyright 2026 The tenor Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * The C ABI (include/tenor/c/tenor.h) exercised from C99: each credit rule's
 * worked example through the C functions, then the ABI's own contract
 * (capacity in / required out, struct_size, NULLs, stable status names). */

#include "tenor/c/tenor.h"

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

int main(void) {
  test_version_and_statuses();
  test_currency_and_money();
  test_quotes();
  test_apr();
  test_checkout_ledger_settlement();
  test_settlement_flows();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("tenor C ABI: all checks passed\n");
  return 0;
}
