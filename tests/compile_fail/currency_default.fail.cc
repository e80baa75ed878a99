// There is no default currency: an amount always says what it is in.
#include "tenor/money/currency.h"

int Ok(tenor::Currency c) { return c.exponent(); }

#ifdef TENOR_EXPECT_COMPILE_ERROR
int Fail() {
  tenor::Currency c;
  return c.exponent();
}
#endif
