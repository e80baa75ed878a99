#!/usr/bin/env python3
# Copyright 2026 The tenor Authors.
# SPDX-License-Identifier: Apache-2.0
"""Quote a schedule through tenor's C ABI from Python, with ctypes only.

    python3 quote.py path/to/libtenor_c.so   (or libtenor.so in a shared build)

The structs below mirror include/tenor/c/tenor.h field by field. Amounts are
int64 minor units (never a Python float), dates int32 YYYYMMDD. The example
quotes credit-rules §4.3 (1000.00 GBP over 6 months at 12 %), prints the
table, checks the figures and reads the canonical JSON with the size query
("capacity in, required out").
"""

import ctypes
import json
import sys

TENOR_OK = 0
TENOR_BUFFER_TOO_SMALL = 7
TENOR_PRODUCT_FINANCING = 2


class Error(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("status", ctypes.c_int32),
                ("message", ctypes.c_char * 256)]


class QuoteInput(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("product", ctypes.c_int32),
                ("currency", ctypes.c_char_p),
                ("amount_minor", ctypes.c_int64),
                ("purchase_date", ctypes.c_int32),
                ("shipment_date", ctypes.c_int32),
                ("term_months", ctypes.c_int32),
                ("rate_percent", ctypes.c_char_p),
                ("count", ctypes.c_int32), ("interval_days", ctypes.c_int32),
                ("days", ctypes.c_int32)]


class Instalment(ctypes.Structure):
    _fields_ = [("number", ctypes.c_int32), ("due_date", ctypes.c_int32),
                ("amount_minor", ctypes.c_int64),
                ("interest_minor", ctypes.c_int64),
                ("principal_minor", ctypes.c_int64),
                ("balance_minor", ctypes.c_int64)]


class Summary(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32),
                ("instalment_count", ctypes.c_int32),
                ("term_months", ctypes.c_int32),
                ("amount_of_credit_minor", ctypes.c_int64),
                ("total_interest_minor", ctypes.c_int64),
                ("total_payable_minor", ctypes.c_int64),
                ("apr_scaled", ctypes.c_int64),
                ("apr_decimals", ctypes.c_int32)]


def load(path):
    lib = ctypes.CDLL(path)
    lib.tenor_version.restype = ctypes.c_char_p
    lib.tenor_version.argtypes = []
    lib.tenor_status_str.restype = ctypes.c_char_p
    lib.tenor_status_str.argtypes = [ctypes.c_int32]
    lib.tenor_quote.restype = ctypes.c_int32
    lib.tenor_quote.argtypes = [
        ctypes.POINTER(QuoteInput), ctypes.POINTER(Instalment), ctypes.c_int32,
        ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(Summary),
        ctypes.POINTER(Error)]
    lib.tenor_quote_json.restype = ctypes.c_int32
    lib.tenor_quote_json.argtypes = [
        ctypes.POINTER(QuoteInput), ctypes.c_char_p, ctypes.c_int32,
        ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(Error)]
    lib.tenor_money_format.restype = ctypes.c_int32
    lib.tenor_money_format.argtypes = [
        ctypes.c_int64, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int32,
        ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(Error)]
    return lib


def money(lib, minor, currency):
    buf = ctypes.create_string_buffer(32)
    need = ctypes.c_int32(0)
    err = Error(struct_size=ctypes.sizeof(Error))
    st = lib.tenor_money_format(minor, currency, buf, len(buf),
                                ctypes.byref(need), ctypes.byref(err))
    if st != TENOR_OK:
        raise RuntimeError(err.message.decode())
    return buf.value.decode()


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lib = load(argv[1])
    print("tenor", lib.tenor_version().decode())

    inp = QuoteInput(struct_size=ctypes.sizeof(QuoteInput),
                     product=TENOR_PRODUCT_FINANCING, currency=b"GBP",
                     amount_minor=100000, purchase_date=20260115,
                     term_months=6, rate_percent=b"12")
    err = Error(struct_size=ctypes.sizeof(Error))
    need = ctypes.c_int32(0)
    # Size query first: no rows, capacity 0.
    st = lib.tenor_quote(ctypes.byref(inp), None, 0, ctypes.byref(need), None,
                         ctypes.byref(err))
    assert st == TENOR_BUFFER_TOO_SMALL, lib.tenor_status_str(st)
    rows = (Instalment * need.value)()
    summary = Summary(struct_size=ctypes.sizeof(Summary))
    st = lib.tenor_quote(ctypes.byref(inp), rows, need.value,
                         ctypes.byref(need), ctypes.byref(summary),
                         ctypes.byref(err))
    if st != TENOR_OK:
        print("error:", lib.tenor_status_str(st).decode(),
              err.message.decode(), file=sys.stderr)
        return 1
    print("  n  due           amount  interest  principal   balance")
    for r in rows:
        print("%3d  %d  %9s %9s  %9s %9s" % (
            r.number, r.due_date, money(lib, r.amount_minor, b"GBP"),
            money(lib, r.interest_minor, b"GBP"),
            money(lib, r.principal_minor, b"GBP"),
            money(lib, r.balance_minor, b"GBP")))
    whole, part = divmod(summary.apr_scaled, 10 ** summary.apr_decimals)
    apr = "%d.%0*d" % (whole, summary.apr_decimals, part)
    print("total payable", money(lib, summary.total_payable_minor, b"GBP"),
          "APR", apr + "%")

    # §4.3's figures, exactly.
    assert [r.amount_minor for r in rows] == [17255] * 5 + [17253]
    assert rows[0].interest_minor == 1000 and rows[-1].balance_minor == 0
    assert summary.total_payable_minor == 103528
    assert (summary.apr_scaled, summary.apr_decimals) == (127, 1)

    # The canonical JSON, sized by the library.
    st = lib.tenor_quote_json(ctypes.byref(inp), None, 0, ctypes.byref(need),
                              ctypes.byref(err))
    assert st == TENOR_BUFFER_TOO_SMALL
    buf = ctypes.create_string_buffer(need.value)
    st = lib.tenor_quote_json(ctypes.byref(inp), buf, need.value,
                              ctypes.byref(need), ctypes.byref(err))
    assert st == TENOR_OK, err.message
    doc = json.loads(buf.value.decode())
    assert doc["total_payable"] == "1035.28" and doc["apr_percent"] == "12.7"
    assert doc["instalments"][5]["amount"] == "172.53"

    # Errors name the field.
    inp.term_months = 40
    st = lib.tenor_quote(ctypes.byref(inp), rows, len(rows),
                         ctypes.byref(need), None, ctypes.byref(err))
    assert lib.tenor_status_str(st) == b"TENOR_INVALID_ARGUMENT"
    assert b"term" in err.message
    print("ctypes example: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
