// Money cannot be built from binary floating point (credit-rules §1).
#include "tenor/money/money.h"

tenor::Money Ok(tenor::Currency gbp) {
  return tenor::Money::FromMinorUnits(1050, gbp);
}

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::Money Fail(tenor::Currency gbp) {
  return tenor::Money::FromMinorUnits(10.50, gbp);
}
#endif
