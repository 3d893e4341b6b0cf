"""DATE: a point or period on the calendar (ANNOTATION.md).

Rules read the parts of an expression (year, month, day, part of period, relative offsets) into
`DateMention.parts`; `pipeline.resolve.dates` turns the parts into calendar values against the
document date. Amounts of time (`14일 동안`) are left to the QUANTITY extractor.
"""
from __future__ import annotations

import functools

import regex

from .. import lexicons
from ..model import DateMention
from . import Context, Rule, longest_first, run_rules

_DURATION_AFTER = regex.compile(r"\s?(?:간|동안|만에|째|이내|여|가량|정도|남짓|넘게|씩)(?![가-힣])")


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def words() -> dict:
    return lexicons.read_yaml("date_words.yaml")


@functools.lru_cache(maxsize=1)
def rules() -> tuple:
    w = words()
    part = rf"(?:\s?(?P<part>{_alt(w['parts'])}))?"
    year = r"(?:(?P<year>\d{4})|'(?P<short>\d{2}))\s?년(?:도)?"
    month = r"(?P<month>1[0-2]|0?[1-9])\s?월"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])\s?일"
    lead = rf"(?:(?P<deictic>{_alt(w['deictic'])})\s)?(?:(?P<relyear>{_alt(w['relative_years'])})\s?)?"
    left = r"(?<![\p{L}\p{N}.·'])"
    calendar = rf"{left}{lead}(?:{year}(?:\s?{month}(?:\s?{day})?)?|{month}(?:\s?{day})?|{day}){part}(?![\p{{L}}\p{{N}}]|\s?(?:간|동안)(?![가-힣]))"
    return (
        Rule("date.range", regex.compile(
            rf"(?P<a>{calendar.replace('?P<', '?P<a_')})\s?~\s?(?P<b>{calendar.replace('?P<', '?P<b_').replace(left, '')})"),
            _produce_range),
        Rule("date.fiscal_year", regex.compile(rf"{left}(?:(?P<year>\d{{4}})\s?회계\s?연도|FY\s?(?P<fy>\d{{4}}|\d{{2}}))"),
             _produce_fiscal),
        Rule("date.quarter", regex.compile(
            rf"{left}{lead}(?:{year}\s?)?(?:(?P<quarter>[1-4])\s?분기|(?P<half>{_alt(w['halves'])}))"), _produce_calendar),
        Rule("date.decade", regex.compile(rf"{left}(?P<decade>\d{{3}}0)\s?년대{part}"), _produce_calendar),
        Rule("date.century", regex.compile(rf"{left}(?P<century>\d{{1,2}})\s?세기{part}"), _produce_calendar),
        Rule("date.numeric", regex.compile(
            r"(?<![\p{L}\p{N}.])(?P<year>(?:19|20)\d{2}|\d{2})(?P<sep>[./-])\s?(?P<month>1[0-2]|0?[1-9])(?P=sep)\s?(?P<day>3[01]|[12]\d|0?[1-9])\.?(?![\p{N}])"),
            _produce_calendar),
        Rule("date.calendar", regex.compile(calendar), _produce_calendar),
        Rule("date.relative_year", regex.compile(
            rf"{left}(?P<relyear>{_alt(w['relative_years'])})(?:\s?(?P<whole>한\s?해))?(?:\s?(?P<part>{_alt(w['parts'])}))?(?![\p{{L}}])"),
            _produce_calendar),
        Rule("date.relative_month", regex.compile(rf"{left}(?P<relmonth>{_alt(w['relative_months'])}){part}(?![\p{{L}}])"),
             _produce_calendar),
        Rule("date.relative_day", regex.compile(rf"{left}(?P<relday>{_alt(w['relative_days'])})(?![\p{{L}}])"), _produce_calendar),
        Rule("date.relative_week", regex.compile(rf"{left}(?P<relweek>{_alt(w['relative_weeks'])})(?![\p{{L}}])"), _produce_calendar),
        Rule("date.anaphoric", regex.compile(rf"{left}(?P<anaphor>{_alt(w['anaphoric_days'])})(?![\p{{L}}])"), _produce_calendar),
        Rule("date.present", regex.compile(rf"{left}(?P<present>{_alt(w['present'])})(?![\p{{L}}])"), _produce_calendar),
    )


def _parts(groups: dict) -> tuple:
    """Non-empty named groups → sorted (key, value) pairs, numbers as ints, words as written."""
    w = words()
    found = {}
    for key, value in groups.items():
        if value is None:
            continue
        value = regex.sub(r"\s+", " ", value.strip())
        if key in ("year", "month", "day", "quarter", "decade", "century"):
            found[key] = int(value)
        elif key == "short":
            found["year"] = 2000 + int(value) if int(value) < 50 else 1900 + int(value)
        elif key == "relyear":
            found["relyear"] = _lookup(w["relative_years"], value)
        elif key == "relmonth":
            found["relmonth"] = _lookup(w["relative_months"], value)
        elif key == "relday":
            found["relday"] = _lookup(w["relative_days"], value)
        elif key == "relweek":
            found["relweek"] = _lookup(w["relative_weeks"], value)
        elif key == "anaphor":
            found["anaphor"] = _lookup(w["anaphoric_days"], value)
        elif key == "part":
            found["mod"] = _lookup(w["parts"], value)
        elif key == "half":
            found["half"] = _lookup(w["halves"], value)
        elif key == "deictic":
            found["deictic"] = w["deictic"][value]
        elif key in ("present", "whole"):
            found[key] = True
    return tuple(sorted(found.items()))


def _lookup(table: dict, written: str):
    compact = written.replace(" ", "")
    return next(v for k, v in table.items() if k.replace(" ", "") == compact)


def _mention(match, context: Context, rule_id: str, parts: tuple, start=None, end=None):
    start = match.start() if start is None else start
    end = match.end() if end is None else end
    s, e = context.span(start, end)
    return DateMention(start=s, end=e, text=context.text[s:e], rule_id=rule_id, parts=parts)


def _produce_calendar(match, context: Context, rule_id: str):
    groups = match.groupdict()
    if groups.get("day") and not groups.get("month") and not groups.get("year"):
        # A bare day: `31일` is a date, `11일 동안` an amount of time.
        if _DURATION_AFTER.match(context.norm.text, match.end()):
            return None
    if groups.get("deictic") and not any(groups.get(k) for k in ("year", "month", "day", "short")):
        return None
    return _mention(match, context, rule_id, _parts(groups))


def _produce_fiscal(match, context: Context, rule_id: str):
    year = match.group("year") or match.group("fy")
    value = int(year) if len(year) == 4 else 2000 + int(year)
    return _mention(match, context, rule_id, (("fiscal", True), ("year", value)))


def _produce_range(match, context: Context, rule_id: str):
    groups = match.groupdict()
    first = _parts({k[2:]: v for k, v in groups.items() if k.startswith("a_")})
    second = _parts({k[2:]: v for k, v in groups.items() if k.startswith("b_")})
    return _mention(match, context, rule_id, (("range", (first, second)),))


def extract_dates(context: Context) -> list:
    """All DATE mentions of a document, overlaps settled (longest first)."""
    return longest_first(run_rules(rules(), context))
