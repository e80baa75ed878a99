// Only EvaluateCheckout() can make an Offer: a caller cannot forge one to
// get an agreement for a customer whose credit is off (credit-rules §7).
#include <optional>

#include "tenor/checkout/agreement.h"
#include "tenor/checkout/checkout.h"

bool Ok(const tenor::CheckoutDecision& d) {
  return !d.products().empty() && d.products()[0].offered();
}

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::Offer Fail(tenor::Product product, tenor::Cart cart) {
  return tenor::Offer("financing", product, cart, absl::UnixEpoch());
}
#endif
