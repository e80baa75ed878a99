# Runs of the `tenor` tool whose output is checked exactly (see
# tests/cli/run_cli.cmake): the worked examples of credit-rules §4 and §5,
# the checkout JSON, and the error contract (exit status 2, one `error:` line
# on stderr, nothing on stdout). Included from examples/CMakeLists.txt.
set(_tenor_cli_run "${CMAKE_CURRENT_LIST_DIR}/run_cli.cmake")
set(_tenor_golden "${CMAKE_CURRENT_LIST_DIR}/golden")

function(tenor_cli_test name args)
  add_test(NAME "cli: ${name}"
           COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:tenor_cli>
                   "-DARGS=${args}" ${ARGN} -P "${_tenor_cli_run}")
  set_tests_properties("cli: ${name}" PROPERTIES LABELS cli)
endfunction()

# §4.3's worked example, byte for byte.
tenor_cli_test("quote financing §4.3 example"
  "quote|--product=financing|--amount=1000.00|--currency=GBP|--purchase-date=2026-01-15|--term=6|--rate=12|--format=json"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/quote_financing_4_3.json")
# §4.2's worked example.
tenor_cli_test("quote pay-in-3 §4.2 example"
  "quote|--product=pay-in-3|--amount=100.00|--currency=GBP|--purchase-date=2026-01-31|--format=json"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/quote_pay_in_3_4_2.json")

# §5's published APR examples.
tenor_cli_test("apr §5 1000 to 1200 days365"
  "apr|--advance=1000@1994-01-01|--payment=1200@1995-07-01|--basis=days365|--decimals=2|--format=json"
  "-DEXPECT_STDOUT={\"apr_percent\":\"12.96\"}")
tenor_cli_test("apr §5 950 to 1200 days365"
  "apr|--advance=950@1994-01-01|--payment=1200@1995-07-01|--basis=days365|--format=json"
  "-DEXPECT_STDOUT={\"apr_percent\":\"16.9\"}")
tenor_cli_test("apr §5 1000 to 600 and 600"
  "apr|--advance=1000@1994-01-01|--payment=600@1995-01-01|--payment=600@1996-01-01|--basis=days365|--decimals=2|--format=json"
  "-DEXPECT_STDOUT={\"apr_percent\":\"13.07\"}")
tenor_cli_test("apr §5 5000 over 48 months"
  "apr|--advance=5000.00@2010-03-01|--payment=134.57@2010-04-01|--payment=134.57@2010-05-01|--payment=134.57@2010-06-01|--payment=134.57@2010-07-01|--payment=134.57@2010-08-01|--payment=134.57@2010-09-01|--payment=134.57@2010-10-01|--payment=134.57@2010-11-01|--payment=134.57@2010-12-01|--payment=134.57@2011-01-01|--payment=134.57@2011-02-01|--payment=134.57@2011-03-01|--payment=134.57@2011-04-01|--payment=134.57@2011-05-01|--payment=134.57@2011-06-01|--payment=134.57@2011-07-01|--payment=134.57@2011-08-01|--payment=134.57@2011-09-01|--payment=134.57@2011-10-01|--payment=134.57@2011-11-01|--payment=134.57@2011-12-01|--payment=134.57@2012-01-01|--payment=134.57@2012-02-01|--payment=134.57@2012-03-01|--payment=134.57@2012-04-01|--payment=134.57@2012-05-01|--payment=134.57@2012-06-01|--payment=134.57@2012-07-01|--payment=134.57@2012-08-01|--payment=134.57@2012-09-01|--payment=134.57@2012-10-01|--payment=134.57@2012-11-01|--payment=134.57@2012-12-01|--payment=134.57@2013-01-01|--payment=134.57@2013-02-01|--payment=134.57@2013-03-01|--payment=134.57@2013-04-01|--payment=134.57@2013-05-01|--payment=134.57@2013-06-01|--payment=134.57@2013-07-01|--payment=134.57@2013-08-01|--payment=134.57@2013-09-01|--payment=134.57@2013-10-01|--payment=134.57@2013-11-01|--payment=134.57@2013-12-01|--payment=134.57@2014-01-01|--payment=134.57@2014-02-01|--payment=134.57@2014-03-01|--basis=months|--format=json"
  "-DEXPECT_STDOUT={\"apr_percent\":\"14.0\"}")
# Regulation Z Appendix J (c)(1)(i).
tenor_cli_test("apr Reg Z Appendix J (c)(1)(i)"
  "apr|--convention=us|--unit-period=month|--advance=5000.00@1978-01-10|--payment=230.00@1978-02-10|--payment=230.00@1978-03-10|--payment=230.00@1978-04-10|--payment=230.00@1978-05-10|--payment=230.00@1978-06-10|--payment=230.00@1978-07-10|--payment=230.00@1978-08-10|--payment=230.00@1978-09-10|--payment=230.00@1978-10-10|--payment=230.00@1978-11-10|--payment=230.00@1978-12-10|--payment=230.00@1979-01-10|--payment=230.00@1979-02-10|--payment=230.00@1979-03-10|--payment=230.00@1979-04-10|--payment=230.00@1979-05-10|--payment=230.00@1979-06-10|--payment=230.00@1979-07-10|--payment=230.00@1979-08-10|--payment=230.00@1979-09-10|--payment=230.00@1979-10-10|--payment=230.00@1979-11-10|--payment=230.00@1979-12-10|--payment=230.00@1980-01-10|--format=json"
  "-DEXPECT_STDOUT={\"apr_percent\":\"9.69\"}")

# §6/§7: credit switched off ten minutes before the checkout.
tenor_cli_test("checkout opted out"
  "checkout|--amount=450.00|--currency=GBP|--at=2026-03-10T10:00:00Z|--switch=off,2026-03-10T09:50:00Z,self|--format=json"
  "-DEXPECT_STDOUT_FILE=${_tenor_golden}/checkout_opted_out.json")

# Bad input: exit status 2, an error line naming the flag, nothing on stdout.
tenor_cli_test("error: bad amount"
  "quote|--product=financing|--amount=1,000.00|--currency=GBP|--purchase-date=2026-01-15|--term=6"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --amount: .*thousands separators")
tenor_cli_test("error: term outside 6..36"
  "quote|--product=financing|--amount=1000.00|--currency=GBP|--purchase-date=2026-01-15|--term=40"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --term: .*outside 6..36")
tenor_cli_test("error: unknown flag"
  "quote|--product=financing|--colour=red"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --colour: unknown flag")
tenor_cli_test("error: flag of another command"
  "quote|--switch=off,2026-03-10T09:50:00Z,self"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --switch: unknown flag for tenor quote")
tenor_cli_test("error: apr without sign change"
  "apr|--advance=1000@1994-01-01|--payment=900@1995-01-01"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --payment: ")
tenor_cli_test("error: self-service switch-on refused"
  "checkout|--amount=450.00|--currency=GBP|--at=2026-03-10T10:00:00Z|--switch=off,2026-03-10T09:50:00Z,self|--switch=on,2026-03-10T09:55:00Z,self"
  -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=^error: --switch=on,.*customer service")
tenor_cli_test("error: no command" "" -DEXPECT_RC=2 "-DEXPECT_STDERR_REGEX=error: no command")
