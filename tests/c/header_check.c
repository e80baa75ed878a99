/* Copyright 2026 The tenor Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * Compiled alone with gcc -std=c99 -pedantic -Wall -Wextra -Werror by ctest
 * ("c: tenor.h is C99"): the C header needs nothing but itself. */
#include "tenor/c/tenor.h"

int tenor_header_check(void);
int tenor_header_check(void) { return (int)sizeof(tenor_quote_input); }
