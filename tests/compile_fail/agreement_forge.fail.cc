// Only Accept() can make an Agreement (credit-rules §7).
#include "tenor/checkout/agreement.h"

int Ok(const tenor::Agreement& a) { return a.term_months(); }

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::Agreement Fail(const tenor::Offer& offer) {
  return tenor::Agreement(offer.product_id(), offer.product(),
                          offer.cart().purchase_date,
                          offer.cart().purchase_date, absl::UnixEpoch(),
                          offer.previews()[0]);
}
#endif
