// Not even through std::optional::emplace: the Offer constructor is private.
#include <optional>

#include "tenor/checkout/checkout.h"

void Ok(tenor::ProductDecision& d) { d.offer.reset(); }

#ifdef TENOR_EXPECT_COMPILE_ERROR
void Fail(tenor::ProductDecision& d, tenor::Product product, tenor::Cart cart) {
  d.offer.emplace("financing", product, cart, absl::UnixEpoch());
}
#endif
