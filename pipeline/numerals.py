"""Korean numerals → exact `Decimal` values; shared by the QUANTITY and DATE extractors.

Handles Arabic digits (thousands separators, decimals, a sign), Sino-Korean numerals in any mix
with digits (`33억 5600만`, `5천 만`, `3.5조`, `2천684억`, `천만`, `삼십억`), native numerals and
their attributive forms (`하나`/`한`, `스물다섯`, `스무`), fuzzy native pairs (`두세` → 2~3),
vague numbers (`수십` → 10~90, `수백만`), fractions (`3분의 1`, `절반`) and decimals read aloud
(`삼점오` → 3.5).
The patterns work on the normalized text (NFKC: full-width digits are ASCII there).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext
from typing import Optional

from .rules import alternation

SINO_DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
# Attributive forms (한 두 세/석 네/넉) stand before a counter; 서/너/닷/엿 only occur in pairs and
# day words (서너, 닷새), so they are left out: alone they would read `서명` as 3명.
NATIVE_UNITS = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}
NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
# Fuzzy native pairs: a small range written as one word.
NATIVE_PAIRS = {"한두": (1, 2), "두어": (2, 3), "두세": (2, 3), "두서너": (2, 4), "서너": (3, 4), "너덧": (4, 5), "네다섯": (4, 5),
                "대여섯": (5, 6), "예닐곱": (6, 7), "일고여덟": (7, 8), "엳아홉": (8, 9)}
# Native words for "a few more than": at least the number, approx (like `10여`).
NATIVE_ABOUT = {"여남은": 10, "스무남은": 20, "열댓": 15}
FRACTION_WORDS = {"절반": Decimal("0.5"), "반": Decimal("0.5")}
# Sums and products of written numbers are exact whatever their length: Decimal's default context
# keeps 28 digits and rounds the rest away silently. (Only a fraction divides: see `parse_fraction`.)
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, DivisionByZero, Overflow])
# Decimal places a fraction keeps (`3분의 1` → 0.3333333333).
FRACTION_PLACES = 10


def exactly(function):
    """`function` with its Decimal arithmetic in `EXACT`: no value it computes loses a digit."""
    @functools.wraps(function)
    def exact(*args, **kwargs):
        with localcontext(EXACT):
            return function(*args, **kwargs)
    return exact

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# One Sino digit, one to nine (`삼`): the digits of a Sino numeral and a digit written alone.
SINO_DIGIT = "[" + "".join(d for d in SINO_DIGITS if d not in "영공") + "]"
_SD = SINO_DIGIT
# A term below 만: digits or a Sino digit, optionally times 천/백/십 (`5천`, `삼백`, `천`).
# A group: terms in descending order; a digit run may close it (`2천684`).
# (Digits inside it are atomic: a shorter run of the same digits never fits where the whole did not.)
_GROUP = rf"(?:(?:(?>{_DIGITS})|{_SD})?천)?(?:(?:(?>{_DIGITS})|{_SD})?백)?(?:(?:(?>{_DIGITS})|{_SD})?십)?(?:(?>{_DIGITS})|{_SD})?"
# 경 (10^16) is rare in news and `6경기` (six games) is common: 경 before 기 is not a number.
_BIG = "(?:[만억조]|경(?!기))"
# A big unit must come within the number's own characters: most numbers have none, and this fails
# them at once instead of after trying every way to split their digits into groups.
_BIG_LEAD = rf"(?={_DIGITS}|{_SD}?[천백십]|{_SD}?{_BIG})(?=[\d.,\s{_SD[1:-1]}천백십여]{{0,40}}{_BIG})"


def _sino(approx: bool) -> str:
    """Digits and Sino numerals grouped by 만/억/조/경; `approx` lets 여 stand before a big unit
    (`320여만`, `1억5천여만`: more than 3.2 million)."""
    big = (r"(?:\s?여)?" if approx else "") + rf"\s?{_BIG}"
    return (
        rf"(?:(?:{_BIG_LEAD}{_GROUP}{big}"
        # at most three more groups (경, 조, 억, 만 descending): bounded, so a failed match is cheap
        rf"(?:\s?(?=\d|{_SD}?[천백십]|{_SD}{_BIG})(?:{_GROUP}{big})){{0,3}}"
        # A last group below 만 may stand apart only after 만 (`1만 3000`); after 억/조 it is
        # another number (`47조 3항`, `500억 2019년`).
        rf"(?:(?:(?<=만)\s|(?<=[만억조경]))(?={_DIGITS}|{_SD}?[천백십]){_GROUP})?)"
        rf"|(?:(?={_DIGITS}|{_SD}?[천백십]){_GROUP}))"
    )


# Numbers with at least one digit or unit word; pure Sino digits alone (`이`, `사`) never match.
ARABIC_OR_SINO = _sino(approx=False)
_NATIVE_ONES = alternation(NATIVE_UNITS)
# Tens that take ones after them (`스물다섯`); 스무 stands only before a counter (`스무 살`).
_NATIVE_TENS = alternation(t for t in NATIVE_TENS if t != "스무")
NATIVE = (
    "(?:" + alternation([*NATIVE_PAIRS, *NATIVE_ABOUT]) + ")"
    + rf"|(?:{_NATIVE_TENS})(?:{_NATIVE_ONES})?|스무|{_NATIVE_ONES}"
)
# The words a match of NATIVE starts with (a literal trigger for the rules that start with a native numeral).
NATIVE_WORDS = (*NATIVE_PAIRS, *NATIVE_ABOUT, *NATIVE_TENS, *NATIVE_UNITS)
# The longest word NATIVE matches (`스무남은`, `서른다섯`).
NATIVE_LONGEST = max(len(word) for word in (*NATIVE_PAIRS, *NATIVE_ABOUT, *(tens + ones for tens in NATIVE_TENS for ones in NATIVE_UNITS)))
# 수 (and 몇) before a power of ten: one to nine of it (`수십`, `수백만`, `몇 천`).
VAGUE = rf"[수몇]\s?(?:[십백천](?:\s?{_BIG})?|{_BIG})"
# (A zero denominator makes no number: `0분의 1`, `1/0`.)
FRACTION = rf"(?!(?:0+|영|공)\s?분의)(?:{_DIGITS}|{_SD}|{_NATIVE_ONES})\s?분의\s?(?:{_DIGITS}|{_SD}|{_NATIVE_ONES})"
# Digits that nothing of a longer number follows (`12명`, the commonest number): what NUMBER's
# other branch reads there too, read at a glance instead of after trying every group and big unit.
_PLAIN_DIGITS = r"(?>\d+)(?![\d.,\s여천백십만억조경])"
# What the QUANTITY rules read as the number: a sign, a vague or Arabic/Sino number that may
# carry 여 (`20여`, `1만여`, `320여만`). `parse_number` reads every form this matches.
NUMBER = rf"(?:{_PLAIN_DIGITS}|[+-]?(?:{VAGUE}|{_sino(approx=True)})(?:\s?여)?)"
# Two neighbouring Sino digits read as a small range, maybe times a power of ten (`오륙 명` 5~6,
# `삼사십 명` 30~40, `이삼백만 원`); 일이 is left out (work + particle).
SINO_PAIRS = {"이삼": (2, 3), "삼사": (3, 4), "사오": (4, 5), "오륙": (5, 6), "육칠": (6, 7), "칠팔": (7, 8), "팔구": (8, 9)}
SINO_PAIR = rf"(?:{alternation(SINO_PAIRS)})[십백천]?(?:\s?{_BIG})?"
# A fraction written with a slash (`1/3 컵`).
SLASH_FRACTION = r"\d{1,3}/(?!0+(?!\d))\d{1,3}"
# A decimal read aloud: a Sino numeral, the point 점 (typed 쩜), then the digits one by one
# (`삼점오` 3.5, `사 점 칠` 4.7, `영점오` 0.5, `십이쩜오` 12.5), maybe times a big unit (`삼점오억`).
# Apart from NUMBER: a rule tries it first and falls back to NUMBER (`오십 점 이상` is 50 points).
POINT_WORDS = ("점", "쩜")
_SPOKEN_DIGITS = "[" + "".join(SINO_DIGITS) + "]"
SPOKEN_DECIMAL = (rf"(?=[{''.join(SINO_DIGITS)}십백천])(?:[영공]|(?:{_SD}?천)?(?:{_SD}?백)?(?:{_SD}?십)?{_SD}?)"
                  rf"\s?[{''.join(POINT_WORDS)}]\s?{_SPOKEN_DIGITS}+(?:\s?{_BIG})?")
# The first of an ordinal (`첫 번째`, `첫째`): only before ordinal markers.
FIRST = "첫"


@dataclass(frozen=True)
class Number:
    """A parsed number: exact `value`; `high` for ranges and vague numbers; `approx` if vague."""

    value: Decimal
    high: Optional[Decimal] = None
    approx: bool = False


@functools.lru_cache(maxsize=4096)  # the same values recur across a batch
@exactly
def plain(value: Decimal) -> str:
    """A Decimal as a plain string: no exponent, no trailing zeros (`3.50E+9` → `3500000000`)."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


_SINO_TOKEN = re.compile(rf"{_DIGITS}|.")


def parse_sino(text: str) -> Decimal:
    """Digits and Sino-Korean numerals in any mix: `33억 5600만` → 3356000000."""
    total, group, current = Decimal(0), Decimal(0), None
    for token in _SINO_TOKEN.findall(text.replace(" ", "")):
        if token[0].isdigit():
            current = Decimal(token.replace(",", ""))
        elif token in SINO_DIGITS:
            current = Decimal(SINO_DIGITS[token])
        elif token in SMALL_UNITS:
            group += (current if current is not None else 1) * SMALL_UNITS[token]
            current = None
        elif token in BIG_UNITS:
            amount = group + (current or 0)
            total += (amount if amount else 1) * BIG_UNITS[token]
            group, current = Decimal(0), None
    return total + group + (current or 0)


def parse_native(text: str) -> Number:
    """Native numerals: `스물다섯` → 25, `한` → 1, `두세` → 2~3 (approx), `여남은` → 10 (approx)."""
    if text in NATIVE_ABOUT:
        return Number(Decimal(NATIVE_ABOUT[text]), approx=True)
    if text in NATIVE_PAIRS:
        low, high = NATIVE_PAIRS[text]
        return Number(Decimal(low), Decimal(high), approx=True)
    tens = next((t for t in sorted(NATIVE_TENS, key=len, reverse=True) if text.startswith(t)), "")
    ones = text[len(tens):]
    return Number(Decimal(NATIVE_TENS.get(tens, 0) + NATIVE_UNITS.get(ones, 0)))


def parse_spoken_decimal(text: str) -> Decimal:
    """`삼점오` → 3.5, `영점영오` → 0.05, `삼점오억` → 350000000 (no spaces: the caller removes them)."""
    whole, point, rest = text.partition("쩜" if "쩜" in text else "점")
    scale = BIG_UNITS.get(rest[-1:], 1)
    digits = "".join(str(SINO_DIGITS[d]) for d in rest if d in SINO_DIGITS)
    return (parse_sino(whole) + Decimal("0." + digits)) * scale


def parse_sino_pair(text: str) -> Number:
    """`오륙` → 5~6, `삼사십` → 30~40, `이삼백만` → 2000000~3000000 (approx, like `두세`)."""
    low, high = SINO_PAIRS[text[:2]]
    scale = parse_sino(text[2:]) if text[2:] else Decimal(1)
    return Number(low * scale, high * scale, approx=True)


def parse_vague(text: str) -> Number:
    """`수십` → 10~90, `수백만` → 1000000~9000000: 수 stands for one to nine."""
    scale = parse_sino(text.replace("수", "").replace("몇", "").replace(" ", ""))
    return Number(scale, scale * 9, approx=True)


def parse_fraction(text: str) -> Number:
    """`3분의 1` → 1/3, kept to 10 decimal places (`0.3333333333`); `절반` → 0.5."""
    if text in FRACTION_WORDS:
        return Number(FRACTION_WORDS[text])
    denominator, numerator = (parse_number(part.strip()).value for part in text.split("분의"))
    return Number(_divide(numerator, denominator))


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """The quotient to `FRACTION_PLACES` places, its integer part whole (a quotient rarely ends:
    the context holds just the digits kept)."""
    whole_digits = max(numerator.adjusted() - denominator.adjusted() + 2, 1)
    with localcontext(Context(prec=max(28, whole_digits + FRACTION_PLACES), Emax=MAX_EMAX, Emin=MIN_EMIN)):
        return (numerator / denominator).quantize(Decimal(1).scaleb(-FRACTION_PLACES)).normalize()


_NATIVE_FULL = re.compile(rf"(?:{NATIVE})")
_VAGUE_FULL = re.compile(VAGUE)
_SINO_PAIR_FULL = re.compile(SINO_PAIR)


@functools.lru_cache(maxsize=4096)
def big_units_descend(text: str) -> bool:
    """만/억/조/경 come in descending order (`1조 5000억`), as in any real number; `211만8525 조`
    is a number and the start of a word (`조회`)."""
    powers = [BIG_UNITS[c] for c in text if c in BIG_UNITS]
    return all(a > b for a, b in zip(powers, powers[1:]))


@functools.lru_cache(maxsize=4096)  # numbers are immutable, and most are written again and again
@exactly
def parse_number(text: str) -> Number:
    """Any numeral this module knows, with an optional leading sign."""
    text = text.strip()
    sign = -1 if text[:1] == "-" else 1
    body = text.lstrip("+-").strip()
    if body == FIRST:
        return Number(Decimal(1))
    if "/" in body:  # 1/3
        numerator, denominator = (Decimal(part) for part in body.split("/"))
        number = Number(_divide(numerator, denominator))
    elif body[:2] in SINO_PAIRS and _SINO_PAIR_FULL.fullmatch(body):
        number = parse_sino_pair(body)
    elif any(point in body for point in POINT_WORDS):
        number = Number(parse_spoken_decimal(body.replace(" ", "")))
    elif "분의" in body or body in FRACTION_WORDS:
        number = parse_fraction(body)
    elif _NATIVE_FULL.fullmatch(body):
        number = parse_native(body)
    elif "여" in body:  # `20여`, `320여만`: at least the number written, more or less
        inner = parse_number(body.replace("여", ""))
        number = Number(inner.value, inner.high, approx=True)
    elif _VAGUE_FULL.fullmatch(body):
        number = parse_vague(body)
    else:
        number = Number(parse_sino(body))
    if sign < 0:
        number = Number(-number.value, -number.high if number.high is not None else None, number.approx)
    return number
