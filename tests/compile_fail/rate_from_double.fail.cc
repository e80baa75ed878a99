// A Rate cannot be built from binary floating point (credit-rules §1).
#include "absl/status/statusor.h"
#include "tenor/money/rate.h"

absl::StatusOr<tenor::Rate> Ok() {
  return tenor::Rate::FromMicroPercent(18'900'000);
}

#ifdef TENOR_EXPECT_COMPILE_ERROR
absl::StatusOr<tenor::Rate> Fail() {
  return tenor::Rate::FromMicroPercent(18.9);
}
#endif
