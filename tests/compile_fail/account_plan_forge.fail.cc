// Only FinancingAccount::AddPurchase() can make a plan (credit-rules §4.4,
// §6): every purchase is credit, and AddPurchase() checks the credit switch.
#include "tenor/ledger/financing_account.h"

int Ok(const tenor::AccountPlan& p) { return p.term_months(); }

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::AccountPlan Fail(const tenor::AccountPlan& p) {
  return tenor::AccountPlan(p.id(), p.purchase_date(), p.purchased_at(),
                            p.ledger());
}
#endif
