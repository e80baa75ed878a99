// Only FinancingAccount::Open() can make a financing account (credit-rules
// §4.4, §6): opening one is credit, and Open() checks the credit switch.
#include "tenor/ledger/financing_account.h"

int Ok(const tenor::FinancingAccount& a) { return a.terms().due_day; }

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::FinancingAccount Fail(const tenor::FinancingAccount& a) {
  return tenor::FinancingAccount(a.terms(), absl::UnixEpoch(),
                                 tenor::CreditSwitchHistory{});
}
#endif
