# `tenor report` (credit-rules §10, docs/reporting.md), checked exactly with
# tenor_cli_test (CliTests.cmake, included first). The worked example: the
# §4.3 financing schedule whose first direct debit, paid on its due date
# 2026-02-15, was recorded on 2026-03-08: reported in_arrears(1) on
# 2026-02-28, correct up_to_date, one correction; with a hold, `held` and
# none.
set(_tenor_report_example
  "report|--product=financing|--amount=1000.00|--currency=GBP|--purchase-date=2026-01-15|--term=6|--rate=12|--payment=DD-1:172.55@2026-02-15/2026-03-08|--payment=DD-2:172.55@2026-03-15|--payment=DD-3:172.55@2026-04-15|--periods=2026-02..2026-04")
tenor_cli_test("report worked example json"
  "${_tenor_report_example}|--format=json"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/report_worked_example.json")
tenor_cli_test("report worked example held, table"
  "${_tenor_report_example}|--hold=2026-02-01..2026-03-31"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/report_worked_example_hold.txt")
tenor_cli_test("report worked example held, json"
  "${_tenor_report_example}|--hold=2026-02-01..2026-03-31|--format=json"
  "-DEXPECT_STDOUT={\"periods\":[{\"period_end\":\"2026-02-28\",\"reported\":{\"status\":\"held\",\"missed\":0},\"correct\":{\"status\":\"up_to_date\",\"missed\":0},\"correction\":false},{\"period_end\":\"2026-03-31\",\"reported\":{\"status\":\"up_to_date\",\"missed\":0},\"correct\":{\"status\":\"up_to_date\",\"missed\":0},\"correction\":false},{\"period_end\":\"2026-04-30\",\"reported\":{\"status\":\"up_to_date\",\"missed\":0},\"correct\":{\"status\":\"up_to_date\",\"missed\":0},\"correction\":false}]}")
# A returned direct debit recorded late: the reverse correction.
tenor_cli_test("report late-recorded reversal"
  "${_tenor_report_example}|--reverse=DD-2@2026-03-20/2026-04-10|--format=json"
  "-DEXPECT_STDOUT={\"periods\":[{\"period_end\":\"2026-02-28\",\"reported\":{\"status\":\"in_arrears\",\"missed\":1},\"correct\":{\"status\":\"up_to_date\",\"missed\":0},\"correction\":true},{\"period_end\":\"2026-03-31\",\"reported\":{\"status\":\"up_to_date\",\"missed\":0},\"correct\":{\"status\":\"in_arrears\",\"missed\":1},\"correction\":true},{\"period_end\":\"2026-04-30\",\"reported\":{\"status\":\"in_arrears\",\"missed\":1},\"correct\":{\"status\":\"in_arrears\",\"missed\":1},\"correction\":false}]}")
# Pay in 3 paid in full at once, recorded the same day: settled, nothing to
# correct (a hold never hides settled).
tenor_cli_test("report pay-in-3 settled inside a hold"
  "report|--product=pay-in-3|--amount=100.00|--currency=GBP|--purchase-date=2026-01-31|--payment=ALL:100.00@2026-01-31|--periods=2026-01..2026-02|--hold=2026-01-01..2026-12-31|--format=json"
  "-DEXPECT_STDOUT={\"periods\":[{\"period_end\":\"2026-01-31\",\"reported\":{\"status\":\"settled\",\"missed\":0},\"correct\":{\"status\":\"settled\",\"missed\":0},\"correction\":false},{\"period_end\":\"2026-02-28\",\"reported\":{\"status\":\"settled\",\"missed\":0},\"correct\":{\"status\":\"settled\",\"missed\":0},\"correction\":false}]}")
# `tenor ledger` takes the same VALUE_DATE/RECORDED_DATE form on every
# transaction flag.
tenor_cli_test("ledger recorded dates on every transaction flag"
  "ledger|--product=pay-in-3|--amount=100.00|--currency=GBP|--purchase-date=2026-01-31|--payment=P1:33.34@2026-01-31/2026-02-21|--reverse=P1@2026-02-03/2026-02-25|--refund=R1:10.00@2026-02-04/2026-02-06|--fee=F1:1.00@2026-02-05/2026-02-07|--as-of=2026-02-10|--format=json"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/ledger_recorded_dates.json")

# Refusals: exit status 2, one `error:` line naming the flag, nothing on
# stdout.
set(_tenor_report_base
  "report|--product=financing|--amount=1000.00|--currency=GBP|--purchase-date=2026-01-15|--term=6|--rate=12")
tenor_cli_test("error: report without --periods"
  "${_tenor_report_base}"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --periods: required")
tenor_cli_test("error: report malformed --periods"
  "${_tenor_report_base}|--periods=2026-1..2026-03"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --periods: \"2026-1\" is not a month YYYY-MM")
tenor_cli_test("error: report --periods not a range"
  "${_tenor_report_base}|--periods=2026-03"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --periods: \"2026-03\" is not a range. expected YYYY-MM..YYYY-MM")
tenor_cli_test("error: report inverted --periods"
  "${_tenor_report_base}|--periods=2026-03..2026-01"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --periods: .*2026-01 is before first 2026-03")
tenor_cli_test("error: report inverted --hold"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--hold=2026-03-31..2026-03-01"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --hold=2026-03-31..2026-03-01: .*inverted range\\)")
tenor_cli_test("error: report --hold with an impossible date"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--hold=2026-02-30..2026-03-01"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --hold=2026-02-30..2026-03-01: .*does not exist")
tenor_cli_test("error: report --hold not a range"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--hold=2026-02-01"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --hold=2026-02-01: not a range. expected YYYY-MM-DD..YYYY-MM-DD")
tenor_cli_test("error: report recorded date before value date"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--payment=P1:172.55@2026-02-15/2026-02-14"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --payment=P1:172.55@2026-02-15/2026-02-14: .*recorded_date: 2026-02-14 is before the value date 2026-02-15")
tenor_cli_test("error: report bad --grace-days"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--grace-days=-1"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --grace-days: ")
tenor_cli_test("error: report flag of another command"
  "${_tenor_report_base}|--periods=2026-01..2026-03|--as-of=2026-03-31"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --as-of: unknown flag for tenor report")
