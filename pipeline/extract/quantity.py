"""QUANTITY: a number together with its unit or counter (ANNOTATION.md).

Rules match on the normalized text; numbers come from `pipeline.numerals`, units from the
lexicon files. Qualifiers around the span (약, 이상, 넘는 …) become `approx`/`bound`, and a
match is kept only where the unit ends a word (`3시간공익플랫폼` is a name, not 3 hours).
"""
from __future__ import annotations

import functools
from decimal import Decimal

import regex

from .. import lexicons
from ..model import Quantity
from ..numerals import ARABIC_OR_SINO, NATIVE, VAGUE, parse_number, plain
from . import Context, Rule, ends_word, longest_first, run_rules, starts_word

# Words before the number (outside the span) → attribute.
BEFORE = {"약": ("approx", True), "대략": ("approx", True), "최대": ("bound", "max"), "최소": ("bound", "min"),
          "최고": ("bound", "max"), "최저": ("bound", "min")}
# Words after the unit (outside the span, maybe after a particle) → attribute.
AFTER = {
    "이상": ("bound", "min"), "이하": ("bound", "max"), "미만": ("bound", "lt"), "초과": ("bound", "gt"),
    "넘는": ("bound", "gt"), "넘게": ("bound", "gt"), "넘은": ("bound", "gt"), "넘어": ("bound", "gt"),
    "넘을": ("bound", "gt"), "돌파": ("bound", "gt"), "이내": ("bound", "max"), "내": ("bound", "max"),
    "가량": ("approx", True), "정도": ("approx", True), "안팎": ("approx", True), "내외": ("approx", True),
    "남짓": ("approx", True), "쯤": ("approx", True), "여": ("approx", True), "대": ("approx", True),
    "치": ("approx", True), "가까이": ("approx", True), "께": ("approx", True),
}
_AFTER_PATTERN = regex.compile(
    r"\)?(?:이|가|을|를|은|는)?\s?(" + "|".join(sorted(AFTER, key=len, reverse=True)) + r")(?=$|[^가-힣]|[의을를이가은는도에으])"
    r"|\)?(?:이|가|을|를)?\s?(돌파|넘)"
)
_BEFORE_PATTERN = regex.compile(r"(?:^|[^가-힣])(" + "|".join(BEFORE) + r")\s?$")

# What may follow a unit directly (no space) without making it part of a longer word.
_ALLOWED_NEXT = frozenset({"여", "간", "째", "대", "씩", "당", "짜리", "가량", "정도", "남짓", "쯤", "이상", "이하", "미만",
                 "초과", "내", "이내", "만", "동안", "치", "안팎", "내외", "분", "가까이", "께", "여의", "대의"})


@functools.lru_cache(maxsize=1)
def _units() -> dict:
    """form → Unit for units written after the number; longest forms first in the pattern."""
    return {u.form: u for u in lexicons.units() if not u.prefix}


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict:
    return {u.form: u for u in lexicons.units() if u.prefix}


def _alternation(forms) -> str:
    return "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def rules() -> tuple:
    unit = f"(?P<unit>{_alternation(_units())})"
    number = rf"(?P<number>[+-]?(?:{VAGUE}|{ARABIC_OR_SINO}))(?P<yeo>\s?여)?"
    native = rf"(?P<number>{NATIVE})(?P<yeo>\s?여)?"
    high = rf"(?P<high>(?:{ARABIC_OR_SINO}))"
    left = r"(?<![\p{L}\p{N}.,·'])"
    return (
        Rule("qty.range", regex.compile(
            rf"{left}{number}\s?(?P<unit1>{_alternation(_units())})?\s?(?:~|-|에서)\s?{high}\s?{unit}"), _produce),
        Rule("qty.ordinal_prefix", regex.compile(rf"(?P<prefix>제)\s?{number}\s?{unit}"), _produce),
        Rule("qty.currency_prefix", regex.compile(
            rf"{left}(?P<sign>{_alternation(_prefixes())})\s?{number}(?:\s?(?P<unit>{_alternation(u for u, v in _units().items() if v.category == 'currency')}))?"),
            _produce),
        Rule("qty.number_unit", regex.compile(rf"{left}{number}\s?{unit}"), _produce),
        Rule("qty.native_unit", regex.compile(rf"(?<![\p{{L}}\p{{N}}]){native}\s?{unit}"), _produce),
        Rule("qty.native_days", regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?P<days>{_alternation(lexicons.native_days())})"), _produce_days),
    )


def _qualifiers(context: Context, start: int, end: int) -> dict:
    attributes = {}
    before = _BEFORE_PATTERN.search(context.norm.text[max(0, start - 6):start])
    if before:
        key, value = BEFORE[before.group(1)]
        attributes[key] = value
    after = _AFTER_PATTERN.match(context.norm.text, end)
    if after:
        word = after.group(1) or after.group(2)
        key, value = AFTER.get(word, ("bound", "gt"))
        attributes[key] = value
    return attributes


def _is_date_like(unit_form: str, number_text: str, context: Context, end: int) -> bool:
    """년/일/주 after a number are calendar dates unless a duration marker follows."""
    category = _units()[unit_form].category
    if category != "duration":
        return False
    digits = number_text.replace(",", "")
    if unit_form in ("년",) and digits.isdigit() and len(digits) >= 4:
        return True
    if unit_form in ("일", "주", "해"):
        return not regex.match(r"\s?(?:간|동안|만에|째|이내|내|여|가량|정도|남짓|넘게|이상|씩)(?![가-힣])", context.norm.text[end:end + 4])
    return False


def _produce(match, context: Context, rule_id: str):
    start, end = match.start(), match.end()
    unit_form = match.group("unit") if "unit" in match.groupdict() else None
    prefix_form = match.groupdict().get("sign")
    if not unit_form and not prefix_form:
        return None
    if not starts_word(context, start) or not ends_word(context, end, _ALLOWED_NEXT):
        return None
    number_text = match.group("number")
    if unit_form and not prefix_form and _is_date_like(unit_form, number_text, context, end):
        return None
    number = parse_number(number_text.replace(" ", ""))
    unit = _units()[unit_form] if unit_form else _prefixes()[prefix_form]
    if prefix_form and unit_form and _units()[unit_form].canonical != _prefixes()[prefix_form].canonical:
        return None
    category = "ordinal" if match.groupdict().get("prefix") else unit.category
    high = number.high
    if match.groupdict().get("high"):
        low_unit = match.group("unit1")
        if low_unit and low_unit != unit_form:
            return None
        high = parse_number(match.group("high")).value
        if high <= number.value:
            return None
    attributes = _qualifiers(context, start, end)
    if number.approx or match.group("yeo"):
        attributes["approx"] = True
    s, e = context.span(start, end)
    return Quantity(
        start=s, end=e, text=context.text[s:e], value=plain(number.value),
        value_high=plain(high) if high is not None else "", unit=unit.canonical,
        unit_text=unit_form or prefix_form, category=category, rule_id=rule_id,
        approx=bool(attributes.get("approx", False)), bound=attributes.get("bound", ""),
    )


def _produce_days(match, context: Context, rule_id: str):
    start, end = match.start(), match.end()
    if not ends_word(context, end, _ALLOWED_NEXT):
        return None
    days = lexicons.native_days()[match.group("days")]
    unit = "month" if match.group("days").endswith("달") else "day"
    attributes = _qualifiers(context, start, end)
    s, e = context.span(start, end)
    return Quantity(start=s, end=e, text=context.text[s:e], value=str(days), unit=unit,
                    unit_text=match.group("days"), category="duration", rule_id=rule_id,
                    approx=bool(attributes.get("approx", False)), bound=attributes.get("bound", ""))


def extract_quantities(context: Context) -> list:
    """All QUANTITY mentions of a document, overlaps settled (longest first)."""
    return longest_first(run_rules(rules(), context))
