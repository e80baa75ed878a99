// Nor can a financing account be built in place through std::optional
// (credit-rules §4.4, §6).
#include <optional>

#include "tenor/ledger/financing_account.h"

bool Ok(const tenor::FinancingAccount& a) {
  std::optional<tenor::FinancingAccount> copy;
  copy.emplace(a);  // copying an existing account originates nothing
  return copy.has_value();
}

#ifdef TENOR_EXPECT_COMPILE_ERROR
void Fail(const tenor::FinancingAccount& a) {
  std::optional<tenor::FinancingAccount> forged;
  forged.emplace(a.terms(), absl::UnixEpoch(), tenor::CreditSwitchHistory{});
}
#endif
