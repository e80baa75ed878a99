// A consumer of an installed tenor: splits 100.00 GBP into three.
#include <cstdio>

#include "tenor/tenor.h"

int main() {
  absl::StatusOr<tenor::Currency> gbp = tenor::Currency::FromCode("GBP");
  if (!gbp.ok()) return 1;
  absl::StatusOr<tenor::Money> total = tenor::Money::Parse("100.00", *gbp);
  if (!total.ok()) return 1;
  absl::StatusOr<std::vector<tenor::Money>> parts = tenor::SplitEvenly(*total, 3);
  if (!parts.ok() || (*parts)[0].ToString() != "33.34") return 1;
  std::printf("tenor %s: %s\n", std::string(tenor::Version()).c_str(),
              (*parts)[0].ToDisplayString().c_str());
  return 0;
}
