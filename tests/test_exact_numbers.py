"""Numbers keep every digit, however long, and marks inside a number do not change its value."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import extract
from pipeline.numerals import parse_number, plain

THIRTY_DIGITS = "123456789012345678901234567890"


@pytest.mark.parametrize("written, value", [
    (THIRTY_DIGITS, THIRTY_DIGITS),
    (THIRTY_DIGITS + "조", THIRTY_DIGITS + "0" * 12),
    ("-" + THIRTY_DIGITS, "-" + THIRTY_DIGITS),
    ("1.5" + "0" * 40 + "1", "1.5" + "0" * 40 + "1"),
    ("9" * 200 + "만", "9" * 200 + "0000"),
    ("1" + "0" * 100 + "분의 1", "0"),
])
def test_parse_number_keeps_every_digit(written, value):
    assert plain(parse_number(written).value) == value


def test_plain_keeps_every_digit():
    assert plain(Decimal(THIRTY_DIGITS + "000")) == THIRTY_DIGITS + "000"


def test_thirty_digit_amount_keeps_every_digit():
    [quantity] = extract(f"총 {THIRTY_DIGITS}원이 들었다.").quantities
    assert (quantity.text, quantity.value, quantity.unit) == (f"{THIRTY_DIGITS}원", THIRTY_DIGITS, "KRW")


def test_long_range_keeps_every_digit():
    [quantity] = extract(f"{THIRTY_DIGITS}~{THIRTY_DIGITS[:-1]}9조 원").quantities
    assert (quantity.value, quantity.value_high) == (THIRTY_DIGITS + "0" * 12, THIRTY_DIGITS[:-1] + "9" + "0" * 12)


def test_very_long_digit_run_gets_its_exact_value():
    digits = "7" * 5000
    [quantity] = extract(f"{digits}원").quantities
    assert quantity.value == digits


def test_combining_mark_in_a_number_keeps_its_value():
    text = "3\u0301억 원"
    values = [(q.text, q.value) for q in extract(text).quantities]
    assert values == [(text, "300000000")]
