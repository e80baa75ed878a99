// No constructor turns a double into Money, even explicitly.
#include "tenor/money/money.h"

tenor::Money Ok(tenor::Currency gbp) { return tenor::Money::Zero(gbp); }

#ifdef TENOR_EXPECT_COMPILE_ERROR
tenor::Money Fail(tenor::Currency gbp) { return tenor::Money(10.5, gbp); }
#endif
