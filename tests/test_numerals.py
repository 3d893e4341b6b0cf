"""The numeral parser (pipeline/numerals.py) as a table: many surface forms → one value.

Like Duckling's numeral corpus: each row is (written form, value, high, approx); the form must
also be matched whole by the pattern the extractors use for it.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
import regex

from pipeline.numerals import ARABIC_OR_SINO, FRACTION, NATIVE, NUMBER, SPOKEN_DECIMAL, VAGUE, parse_number, plain

# value → every way Korean news writes it
SAME_VALUE = {
    "3356000000": ["33억 5600만", "33억5600만", "33억 5,600만", "3,356,000,000", "3356000000", "삼십삼억 오천육백만"],
    "50000000": ["5천만", "5천 만", "5000만", "50,000,000", "오천만", "5천만"],
    "3500000000000": ["3.5조", "3조 5천억", "3조5000억", "35000억", "삼조 오천억"],
    "12345000": ["1,234만 5천", "1234만5000", "1,234만 5,000", "천이백삼십사만 오천"],
    "10000000": ["천만", "1천만", "1000만", "10,000,000", "일천만"],
    "100000": ["십만", "10만", "100,000", "100000"],
    "268400000000": ["2천684억", "2684억", "이천육백팔십사억", "2,684억"],
    "5006700000000000": ["5,006조 7,000억", "5006조 7000억", "5천6조 7천억"],
    "583000": ["58만 3천", "58만3천", "58만 3000", "583,000"],
    "13000": ["1만 3000", "1만3천", "만 삼천", "13,000"],
    "3000000000": ["30억", "삼십억", "3십억"],
    "1.7": ["1.7"],
    "0.5": ["0.5", "절반", "반"],
    "1": ["1", "하나", "한", "일"],
    "2": ["2", "둘", "두"],
    "3": ["3", "셋", "세", "석"],
    "4": ["4", "넷", "네", "넉"],
    "5": ["5", "다섯"],
    "6": ["6", "여섯"],
    "7": ["7", "일곱"],
    "8": ["8", "여덟"],
    "9": ["9", "아홉"],
    "10": ["10", "열", "십"],
    "12": ["12", "열두", "열둘", "십이"],
    "20": ["20", "스물", "스무", "이십"],
    "25": ["25", "스물다섯", "이십오"],
    "30": ["30", "서른", "삼십"],
    "35": ["35", "서른다섯", "삼십오"],
    "40": ["40", "마흔"],
    "50": ["50", "쉰", "오십"],
    "60": ["60", "예순"],
    "70": ["70", "일흔"],
    "80": ["80", "여든"],
    "99": ["99", "아흔아홉", "구십구"],
    "1000": ["천", "1천", "1,000", "일천"],
    "100": ["백", "1백", "100"],
    "-59000": ["-5만9000", "-5만 9천", "-59,000"],
    "250": ["+250", "250"],
}
EXACT = [(form, value) for value, forms in SAME_VALUE.items() for form in forms]

# (form, value, high, approx)
RANGES_AND_VAGUE = [
    ("수십", "10", "90", True),
    ("수백", "100", "900", True),
    ("수천", "1000", "9000", True),
    ("수만", "10000", "90000", True),
    ("수십만", "100000", "900000", True),
    ("수백만", "1000000", "9000000", True),
    ("수천만", "10000000", "90000000", True),
    ("수억", "100000000", "900000000", True),
    ("수십억", "1000000000", "9000000000", True),
    ("수천억", "100000000000", "900000000000", True),
    ("수조", "1000000000000", "9000000000000", True),
    ("몇십", "10", "90", True),
    ("몇 천", "1000", "9000", True),
    ("십여", "10", None, True),
    ("20여", "20", None, True),
    ("1만여", "10000", None, True),
    ("320여만", "3200000", None, True),
    ("1억5천여만", "150000000", None, True),
    ("12억8천여만", "1280000000", None, True),
    ("한두", "1", "2", True),
    ("두세", "2", "3", True),
    ("두어", "2", "3", True),
    ("서너", "3", "4", True),
    ("너덧", "4", "5", True),
    ("대여섯", "5", "6", True),
    ("예닐곱", "6", "7", True),
    ("일고여덟", "7", "8", True),
]

FRACTIONS = [("3분의 1", "0.3333333333"), ("4분의 3", "0.75"), ("2분의 1", "0.5"), ("10분의 1", "0.1"), ("절반", "0.5")]


@pytest.mark.parametrize("form,value", EXACT, ids=[f"{f}={v}" for f, v in EXACT])
def test_exact_value(form, value):
    number = parse_number(form)
    assert Decimal(number.value) == Decimal(value)
    assert plain(number.value) == value
    assert not number.approx


@pytest.mark.parametrize("form,value", [(f, v) for f, v in EXACT if f not in ("반", "절반", "일")],
                         ids=[f for f, v in EXACT if f not in ("반", "절반", "일")])
def test_pattern_matches_whole_form(form, value):
    assert regex.fullmatch(NUMBER, form) or regex.fullmatch(NATIVE, form)


@pytest.mark.parametrize("form,value,high,approx", RANGES_AND_VAGUE, ids=[r[0] for r in RANGES_AND_VAGUE])
def test_vague_and_fuzzy(form, value, high, approx):
    number = parse_number(form)
    assert plain(number.value) == value
    assert (plain(number.high) if number.high is not None else None) == high
    assert number.approx is approx
    assert regex.fullmatch(NUMBER, form) or regex.fullmatch(NATIVE, form)


@pytest.mark.parametrize("form,value", FRACTIONS, ids=[f for f, _ in FRACTIONS])
def test_fraction(form, value):
    assert plain(parse_number(form).value) == value
    assert form == "절반" or regex.fullmatch(FRACTION, form)


@pytest.mark.parametrize("form", ["이", "사", "일", "영", "공"])
def test_single_sino_digit_is_not_a_number_by_itself(form):
    """`이` (this), `사` (company), `일` (work): alone they are words, not numbers."""
    assert not regex.fullmatch(ARABIC_OR_SINO, form)


@pytest.mark.parametrize("form", ["서", "너", "닷", "엿"])
def test_pair_only_native_forms_are_not_numbers_alone(form):
    """서/너/닷/엿 occur only in 서너, 닷새 …; alone they would read `서명` as three 명."""
    assert not regex.fullmatch(NATIVE, form)


def test_vague_pattern_is_exported():
    assert regex.fullmatch(VAGUE, "수백만") and not regex.fullmatch(VAGUE, "수")


# Decimals read aloud: the point as 점 (typed 쩜), then the digits one by one.
SPOKEN = [("삼점오", "3.5"), ("사 점 칠", "4.7"), ("이쩜오", "2.5"), ("영점오", "0.5"), ("공쩜일", "0.1"),
          ("십이점오", "12.5"), ("삼점일사", "3.14"), ("영점영오", "0.05"), ("이십삼 점 사", "23.4"),
          ("삼점오억", "350000000"), ("일점이조", "1200000000000")]


@pytest.mark.parametrize("form,value", SPOKEN, ids=[f for f, _ in SPOKEN])
def test_spoken_decimal(form, value):
    assert regex.fullmatch(SPOKEN_DECIMAL, form)
    assert plain(parse_number(form).value) == value


@pytest.mark.parametrize("form", ["오점", "점오", "이점", "삼점 일곱", "3점5"])
def test_spoken_decimal_needs_sino_digits_on_both_sides(form):
    assert not regex.fullmatch(SPOKEN_DECIMAL, form)


def test_plain_never_writes_an_exponent():
    assert plain(Decimal("3.50E+9")) == "3500000000"
    assert plain(Decimal("-0")) == "0"
