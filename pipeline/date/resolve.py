"""Resolve DATE mentions to TIMEX3 values and the calendar days they cover.

Relative expressions resolve against the document date; anaphoric ones (`이날`, `전날`) against
the latest explicit day before them in the text, else the document date. A month or day without
a year is the latest such date on or before the anchor, unless the clause is about the future
(`오는`, `다음`, `예정` …), then the next one, the anchor itself included (docs/annotation.md,
Relative dates). The project's convention for parts of a period (docs/annotation.md): month 초 → days
1–10, 중순 → 11–20, 말 → 21–last; year 초 → Jan–Mar, 중 → May–Aug, 말 → Oct–Dec.

A mention that cannot be placed is kept (docs/annotation.md, Unresolved): its value holds what the
text gives, X for the rest (`XXXX-10-10`, `XXXX-Q3`, `XXXX-XX-19`), its days and anchor are empty,
and `unresolved_reason` says why (`UNRESOLVED`).
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from datetime import date, timedelta
from typing import Optional

from ..model import replace
from ..quantity.lexicon import native_days
from ..rules import alternation
from .lexicon import lunar_days, words

# What makes a clause an outlook for a figure (`…에 이를 전망이다`, `…로 추정된다`, `…할 것으로 보인다`, `내다봤다`).
OUTLOOK = re.compile(r"전망|예상|추정|추산|관측|것으로\s?보|내다")


def _syllables(final: int) -> str:
    """Hangul syllables with the given final consonant (4: ㄴ, 8: ㄹ, 17: ㅂ)."""
    return "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == final)


# What makes the rest of a sentence about the future: a cue word, or any verb's prospective `-ㄹ 것`
# (`할 것`, `될 것`, and as well `이어질 것`, `늘어날 것`, `넘어설 것으로 보인다`).
# A value set as a target or schedule (`…을 하반기 중으로 잡았다`, `목표를 320만t으로 잡고`: not `손잡고`) and an event's
# conditional (`문을 열면`, `완공되면`, `2상에 들어가면`; not a reckoning's `비교하면`, `합치면`) speak of what is to come.
FUTURE_CUES = re.compile(
    rf"예정|계획|방침|전망|목표|[{_syllables(8)}]\s?것|하기로|키로|열릴|열린다|개최한다|시작한다|출시한다|시행한다|앞두|"
    r"까지\s?(?:제출|신청|접수|마감|완료|납부|등록)|로\s?잡(?:았|고)|(?:[가-힣]되|열|들어가|끝나|이어지)면\s")


# A speaker's intent `-겠-` that ends the quoted words the date stands in (`"하반기에는 … 30%까지 높이겠다"고 말했다`,
# `"상반기 중 착공에 들어가겠습니다."`: holdout46 003, 49 001 and 005): they speak of what is to come. Not a date before the
# quote or outside one (`총리는 8일 … 삼겠다고 밝혔다`: the day it was said).
QUOTED_INTENT = re.compile(r'[^"“”\n.]*?겠(?:다|습니다)\.?["”]')
# A sentence whose last predicate is in the present tense (`열린다`, `방영됩니다`) announces what
# is to come; `…했다고 한다`, `…습니다` and the copula `…입니다` do not.
PRESENT_END = re.compile(rf"(?<!고\s)(?:(?:[{_syllables(4)}]|는)다|[{_syllables(17).replace('습', '').replace('입', '')}]니다)\W*$")
# A sentence that ends in a suggestion, a promise or a plan of the speaker (`보자.`, `볼까?`, `할게`,
# `갈래?`, `갈 거야`) speaks of what is to come. A `자` must be followed by the sentence's punctuation
# (a headline's last noun may end in 자: `…에 10조 투자`).
PROPOSE_END = re.compile(rf"(?:[{_syllables(8)}](?:까|게|래|\s?거야|\s?거예요|\s?거에요|\s?겁니다)\W*|[가-힣]자[.!~]+\W*)$")
PROPOSE_TAIL = 24
# A topic naming a day set ahead right before the date (`신주 상장 예정일은 6월 2일이다`, `지급 예정일인 4월 10일`): a coming day.
SCHEDULED_BEFORE = re.compile(r"예정일\s?(?:은|는|이|가|인)?\s?$")
# A date right before a reporting verb is the day of the report (`…라고 5일 밝혔다`).
REPORTED = re.compile(r"\s?(?:밝혔|밝히며|말했|전했|발표했|설명했|강조했|공시했|보도했|알렸|집계됐"
                      r"|(?:공시|발표)(?:를\s?통해|에서|에\s?따르면|한(?![다니])))")  # not `30일 발표한다`
# A day before the object of an announcement and its reporting verb, the sentence's end (`10일 이런 내용의 경영 실적을
# 공개했다`, `12일 이 같은 내용의 '인구·주택 통계'를 발표했다`): the day of the report, no anchor for `전년` (holdout50 002,
# holdout54 002 and 003 label `전년` a year before the period reported on).
REPORTED_OBJECT = re.compile(r"\s[^\n.,\d]{1,30}?[을를]\s?(?:공개|발표|공시)했다")
# A figure a change starts from right after the date (`2021년 12%에서`, `지난해 4분기 410억 원에서`): the date is that old
# value's, a look back, no anchor for a later `전년` (holdout46 001).
FROM_VALUE = re.compile(r"\s?\d[\d,.]*(?:\s?[만억조천]\s?\d?[\d,.]*)*\s?[%가-힣]{0,3}?에서")
# Between a date and a date in brackets that restates it (`설 연휴(2월 14~18일)`, `다음 달(3월)`).
RESTATED = re.compile(r"(?:\s?[가-힣]{1,4})?\s?\(")
# Days of a month and months of a year that a part of the period covers.
MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
YEAR_PARTS = {"START": (1, 3), "MID": (5, 8), "END": (10, 12)}
# Years of a decade and of a century (first, last offset) that a part covers.
DECADE_PARTS = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}
CENTURY_PARTS = {"START": (1, 30), "MID": (31, 70), "END": (71, 100)}
# The end of a sentence: a year named before it does not reach past it. (`[.!?](?:\s|$)|\n` written with one character
# set first: `re` then skips to the set's characters, where the alternation was tried at every character of the text;
# the same matches, half the time.)
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|\s|$)")
# Parts that place a date by themselves, relative to the anchor.
RELATIVE_KEYS = frozenset({"relyear", "relmonth", "relday", "relweek", "anaphor", "anayear", "anamonth", "deictic", "weekday",
                           "weekend", "weekendalone", "relquarter", "anaquarter", "nth"})
# Parts of anaphors: they resolve against a date named earlier in the text.
ANAPHOR_KEYS = frozenset({"anaphor", "anayear", "anamonth", "anaquarter"})
# Why a mention has no calendar days: no document date to count from (nor, for `이날`/`전년`, a
# date before it), a day the calendar lacks (`2월 30일`, `6월 다섯째 월요일`), a year off the calendar.
UNRESOLVED = {"anchor": "no_doc_date", "day": "no_such_day", "calendar": "off_calendar"}
# Parts that place a date on the calendar by themselves, with no document date.
ABSOLUTE_KEYS = frozenset({"year", "short", "fiscal", "decade", "short_decade", "century"})
# Between two dates of which the second takes missing parts from the first (`1일부터 11일까지`,
# `8, 9일`, `3일과 4일`).
FROM_TO = re.compile(r"\s?(?:부터|에서|[·,]|과|와|및)\s?$")


@functools.lru_cache(maxsize=None)  # (asked for the same few months again and again)
def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_shift(year: int, month: int, offset: int) -> tuple:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


class Resolved(dict):
    """value, mod, range_start, range_end (dates), granularity, relative."""


def _result(value, first, last, granularity, mod, relative) -> Resolved:
    return Resolved(value=value, mod=mod, range_start=first, range_end=last, granularity=granularity, relative=relative)


def _day(point: date, relative: bool, mod: str = "") -> Resolved:
    return _result(_iso(point), point, point, "day", mod, relative)


def _month(year: int, month: int, mod: str, relative: bool) -> Resolved:
    last = _last_day(year, month)
    first_day, last_day = MONTH_PARTS.get(mod, (1, last))
    return _result(f"{year:04d}-{month:02d}", date(year, month, first_day), date(year, month, min(last_day, last)),
                   "month", mod, relative)


def _year(year: int, mod: str, relative: bool) -> Resolved:
    first, last = YEAR_PARTS.get(mod, (1, 12))
    return _result(f"{year:04d}", date(year, first, 1), date(year, last, _last_day(year, last)), "year", mod, relative)


def _quarter(year: int, q: int, mod: str, relative: bool) -> Resolved:
    return _result(f"{year}-Q{q}", date(year, 3 * q - 2, 1), date(year, 3 * q, _last_day(year, 3 * q)), "quarter", mod, relative)


def _half(year: int, h: int, mod: str, relative: bool) -> Resolved:
    return _result(f"{year}-H{h}", date(year, 6 * h - 5, 1), date(year, 6 * h, _last_day(year, 6 * h)), "half", mod, relative)


def _full_year(short: int, anchor: Optional[date]) -> int:
    """A two-digit year in the century that puts it at most ten years after the anchor."""
    reference = anchor.year if anchor else 2000
    year = reference - reference % 100 + short
    return year - 100 if year > reference + 10 else year


def _build(parts: dict, year: int, month: Optional[int], mod: str, relative: bool) -> Optional[Resolved]:
    """The period the parts name in `year` (and `month`), or None for an impossible day."""
    if "quarter" in parts:
        return _quarter(year, parts["quarter"], mod, relative)
    if "half" in parts:
        return _half(year, parts["half"], mod, relative)
    if "lunar" in parts:  # `추석`: its solar day that year, from lunar_holidays.tsv (None outside its years)
        day = lunar_days()[parts["lunar"]].get(year)
        return _day(date(year, *day), relative, mod) if day else None
    if month is None:
        return _year(year, mod, relative)
    if "nth" in parts:
        return _nth_day(parts, year, month, mod, relative)
    if "day" in parts:
        try:
            return _day(date(year, month, parts["day"]), relative, mod)
        except ValueError:
            return None
    return _month(year, month, mod, relative)


def _nth_day(parts: dict, year: int, month: int, mod: str, relative: bool) -> Optional[Resolved]:
    """`5월 둘째 일요일`, `8월 마지막 금요일`, `6월 마지막 날` (nth -1 is the last); None past the month's end."""
    last = _last_day(year, month)
    if "monthweek" in parts:
        return _month_week(parts, year, month, mod, relative)
    if "weekday" not in parts:
        return _day(date(year, month, last), relative, mod) if parts["nth"] == -1 else None
    if parts["nth"] == -1:
        end = date(year, month, last)
        return _day(end - timedelta(days=(end.weekday() - parts["weekday"]) % 7), relative, mod)
    first = date(year, month, 1)
    day = first + timedelta(days=(parts["weekday"] - first.weekday()) % 7 + 7 * (parts["nth"] - 1))
    return _day(day, relative, mod) if day.month == month else None


def _month_week(parts: dict, year: int, month: int, mod: str, relative: bool) -> Optional[Resolved]:
    """`5월 셋째 주`: the nth week (Monday to Sunday) of the month, week 1 holding its first Thursday
    (the last: its last Thursday), as ISO weeks do a year's; with a weekday (`셋째 주 화요일`) that day."""
    if parts["nth"] == -1:
        end = date(year, month, _last_day(year, month))
        thursday = end - timedelta(days=(end.weekday() - 3) % 7)
    else:
        first = date(year, month, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7, weeks=parts["nth"] - 1)
        if thursday.month != month:
            return None
    monday = thursday - timedelta(days=3)
    if "weekday" in parts:
        return _day(monday + timedelta(days=parts["weekday"]), relative, mod)
    return _week_of(monday, mod, relative)


def _week_of(monday: date, mod: str, relative: bool) -> Resolved:
    """The ISO week that starts on `monday` (`2024-W20`)."""
    iso = monday.isocalendar()
    return _result(f"{iso[0]}-W{iso[1]:02d}", monday, monday + timedelta(days=6), "week", mod, relative)


def _weekday_ok(result: Resolved, parts: dict) -> bool:
    return "weekday_check" not in parts or result["range_start"].weekday() == parts["weekday_check"]


def _place(parts: dict, anchor: date, ahead: bool, mod: str, month: Optional[int], ended: bool = False) -> Optional[Resolved]:
    """A date without a year (or month): the latest one on or before the anchor, or the next one.

    The whole month, quarter or day is compared with the anchor, not its part (`11월 말` written on
    10 November is this November). A weekday after the day picks among the candidates: the months
    of the next year for a bare day (`21일(목)`), this year's or the next for a month and day
    (`3월 4일 화요일` is not moved years away), then the nearest one on the other side of the anchor
    (`5/20(월)` written on Wednesday 15 May 2024 is the coming Monday); else the first candidate stays.
    `ended`: the date must be over, not the current one (the basis of a comparison, `상반기보다 … 많았다`).
    """
    step = 1 if ahead else -1
    strict = parts.get("deictic") in ("past", "next") or ended  # `지난 1월`, `다음 3월`: not the current one
    bare_day = month is None and "day" in parts and "quarter" not in parts and "half" not in parts
    first = None
    unchecked = {k: v for k, v in parts.items() if k != "weekday_check"}
    for shift in range(0, 13 if bare_day else 11):
        if bare_day:
            year, m = _month_shift(anchor.year, anchor.month, step * shift)
        else:
            year, m = anchor.year + step * shift, month
        whole = _build(unchecked, year, m, "", True)
        if whole is None:
            continue
        if ahead:
            fits = whole["range_start"] > anchor if strict else whole["range_end"] >= anchor
        else:  # `지난 1월` is a January already over; a bare `1월` may be the current one
            fits = whole["range_end"] <= anchor if strict else whole["range_start"] <= anchor
        if not fits:
            continue
        found = _build(parts, year, m, mod, True) if mod else whole  # (without a part: the whole is the date)
        first = first or found
        if _weekday_ok(found, parts):
            return found
        if not bare_day and found["range_start"].year != first["range_start"].year:
            break  # a month and day: the weekday chooses between two years at most
    if first is not None and "weekday_check" in parts and not bare_day:
        other = _build(parts, first["range_start"].year - step, month, mod, True)
        if other is not None and _weekday_ok(other, parts):
            return other
    return first


def _offset(parts: dict, anchor: date, mod: str) -> Resolved:
    """`3일 전` → that day, `2주 뒤` → that day, `3개월 후` → that month, `10년 전` → that year."""
    amount, unit = parts["offset"], parts["offset_unit"]
    if unit in ("day", "week"):
        return _day(anchor + timedelta(days=amount * (7 if unit == "week" else 1)), True, mod)
    if unit == "month":
        return _month(*_month_shift(anchor.year, anchor.month, amount), mod, True)
    return _year(anchor.year + amount, mod, True)


def mod_of(parts: dict) -> str:
    """The mod the parts give: their own (`초`, `말`), else APPROX for `경`/`쯤`."""
    return parts.get("mod") or ("APPROX" if parts.get("approx") else "")


def resolve_parts(parts: dict, anchor: Optional[date], future: bool = False, start: Optional[date] = None,
                  outlook: bool = False, ended: bool = False) -> Optional[Resolved]:
    """Turn the parts an extractor read into a calendar value, or None if it cannot be placed.

    `start` is the first day of a range's first end: the second end takes its missing year and
    month from it (`10월 1일부터 5일까지`). `outlook`: the clause after the date forecasts a figure (`OUTLOOK`).
    `ended`: a date placed without a year must be over (`_place`).
    """
    mod = mod_of(parts)
    if parts.get("fiscal"):
        y = parts["year"] if "year" in parts else _full_year(parts["short"], anchor)
        return _result(f"FY{y}", date(y, 1, 1), date(y, 12, 31), "year", "", False)
    if "decade" in parts or "short_decade" in parts:
        d = parts["decade"] if "decade" in parts else _full_year(parts["short_decade"], anchor)
        first, last = DECADE_PARTS.get(mod, (0, 9))
        return _result(str(d // 10), date(d + first, 1, 1), date(d + last, 12, 31), "decade", mod, False)
    if "century" in parts:
        c = parts["century"]
        first, last = CENTURY_PARTS.get(mod, (1, 100))
        return _result(f"{c - 1:02d}", date((c - 1) * 100 + first, 1, 1), date((c - 1) * 100 + last, 12, 31), "century", mod, False)
    if "offset" in parts:  # counted from the document date: nothing to place without it
        return _offset(parts, anchor, mod) if anchor else None
    year = parts["year"] if "year" in parts else _full_year(parts["short"], anchor) if "short" in parts else None
    month = parts.get("month")
    if start is not None and not parts.keys() & RELATIVE_KEYS:  # the second end of a range
        year = start.year if year is None else year
        if month is None and "day" in parts:
            month = start.month
    if year is not None:
        return _build(parts, year, month, mod, False)
    if anchor is None:
        return None
    if "anaphor" in parts or "relday" in parts:
        return _day(anchor + timedelta(days=parts.get("anaphor", parts.get("relday", 0))), True, mod)
    if "weekend" in parts or "weekendalone" in parts:
        return _weekend(anchor, parts["weekend"] if "weekend" in parts else _nearest_weekend(anchor, future), mod)
    if ("relweek" in parts or "weekday" in parts) and "nth" not in parts:
        return _week(parts, anchor, future, mod)
    if "relquarter" in parts or "anaquarter" in parts:
        y, m = _month_shift(anchor.year, anchor.month - (anchor.month - 1) % 3, 3 * parts.get("relquarter", parts.get("anaquarter")))
        return _quarter(y, (m + 2) // 3, mod, True)
    if "relmonth" in parts or "anamonth" in parts:
        y, m = _month_shift(anchor.year, anchor.month, parts.get("relmonth", parts.get("anamonth")))
        return _build(parts, y, m, mod, True)
    if "relyear" in parts or "anayear" in parts or parts.get("deictic") == "current":
        result = _build(parts, anchor.year + parts.get("relyear", parts.get("anayear", 0)), month, mod, True)
        if parts.get("yearpart") and parts.get("deictic") == "past" and result["range_end"] >= anchor:
            # `지난 연말` written on 29 December: this year's end is not over, so the last one is last year's
            return _build(parts, anchor.year - 1, month, mod, True)
        if parts.get("yearpart") and result["range_start"] > anchor and not future:
            # A part of the year alone that has not begun, in a clause not about the future, is last year's when
            # last year's lies nearer the document date (`연말 기준 … 늘었다` written in January); written in
            # August, `연말까지 … 맺겠다` is the year-end still to come, this year's.
            past = _build(parts, anchor.year - 1, month, mod, True)
            if anchor - past["range_end"] < result["range_start"] - anchor:
                return past
        return result
    if "lunar" in parts and "deictic" not in parts and not future:
        return _nearest(parts, anchor, mod, month)
    if outlook and future and ("quarter" in parts or "half" in parts) and "deictic" not in parts:
        # A bare quarter or half in an outlook is the nearer of the coming one and the one just ended: results not yet
        # out (`상반기 순이익이 95억 원에 이를 전망이다` written in August, `4분기 영업이익은 … 추정된다` in January) are
        # the one just ended's; `하반기에도 … 이어질 것으로 보인다` written in June, the coming one's. An event or a plan
        # (`4분기 … 행사가 열린다`) is the coming one.
        return _nearest(parts, anchor, mod, month)
    return _place(parts, anchor, _ahead(parts, future), mod, month, ended)


def _bare_period(parts: dict) -> Optional[tuple]:
    """("quarter", 3) for a quarter or half named without a year or a word placing it (`3분기`, `하반기 중`), else None."""
    if "range" in parts or parts.keys() & (ABSOLUTE_KEYS | RELATIVE_KEYS):
        return None
    return ("quarter", parts["quarter"]) if "quarter" in parts else ("half", parts["half"]) if "half" in parts else None


def _nearest(parts: dict, anchor: date, mod: str, month: Optional[int]) -> Optional[Resolved]:
    """A bare lunar holiday is the one nearest the anchor (`설 연휴 해외여행 예약` written on 21 January is the coming
    설날, on 1 March the past one): news speaks of the holiday at hand, not of last year's."""
    past, coming = _place(parts, anchor, False, mod, month), _place(parts, anchor, True, mod, month)
    if past is None or coming is None:
        return past or coming
    return coming if (coming["range_start"] - anchor) < (anchor - past["range_end"]) else past


def _ahead(parts: dict, future: bool) -> bool:
    """The date is the next such one: `오는`/`다음` before it, or a future clause without `지난`."""
    return parts.get("deictic") in ("future", "next") or (future and parts.get("deictic") != "past")


def _week(parts: dict, anchor: date, future: bool, mod: str) -> Resolved:
    """`지난주`, `이번 주 화요일`, `지난 수요일`, `금요일`."""
    monday = anchor - timedelta(days=anchor.weekday())
    if "relweek" in parts:
        monday += timedelta(weeks=parts["relweek"])
        if "weekday" in parts:
            return _day(monday + timedelta(days=parts["weekday"]), True, mod)
        return _week_of(monday, mod, True)
    if parts.get("deictic") == "current":  # `이번 금요일`: this week's, as `이번 주 금요일`
        return _day(monday + timedelta(days=parts["weekday"]), True, mod)
    offset = (parts["weekday"] - anchor.weekday()) % 7
    if parts.get("deictic") == "next" and offset == 0:
        offset = 7  # `다음 수요일` written on a Wednesday is a week later
    day = anchor + timedelta(days=offset) if _ahead(parts, future) else anchor - timedelta(days=(7 - offset) % 7)
    return _day(day, True, mod)


def _nearest_weekend(anchor: date, future: bool) -> int:
    """`주말` alone, in weeks from the anchor's: the coming weekend (that of the anchor's week) in a
    future clause, else the last one begun on or before the anchor."""
    return 0 if future or anchor.weekday() >= 5 else -1


def _weekend(anchor: date, weeks: int, mod: str) -> Resolved:
    """`이번 주말`: Saturday and Sunday of the anchor's week (moved by `weeks`), value `2020-W53-WE`."""
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=weeks, days=5)
    iso = saturday.isocalendar()
    return _result(f"{iso[0]}-W{iso[1]:02d}-WE", saturday, saturday + timedelta(days=1), "weekend", mod, True)


def _range_value(a: Resolved, b: Resolved) -> Resolved:
    mods = f"{a['mod']}/{b['mod']}" if (a["mod"] or b["mod"]) else ""
    return _result(f"{a['value']}/{b['value']}", a["range_start"], b["range_end"], a["granularity"], mods,
                   a["relative"] or b["relative"])


def _resolve_range(ends: tuple, anchor: Optional[date], future: bool) -> Optional[Resolved]:
    first, second = (dict(p) for p in ends)
    if future and anchor is not None and not (first.keys() | second.keys()) & (ABSOLUTE_KEYS | RELATIVE_KEYS):
        # A bare range that holds the document date is the current one, even in a clause about the future: written in
        # May, `4~6월 제작비로 200억 원을 쓴다` is this year's second quarter, not next year's.
        held = _resolve_range(ends, anchor, False)
        if held is not None and held["range_start"] <= anchor <= held["range_end"]:
            return held
    a = resolve_parts(first, anchor, future)
    if a is None:
        return None
    b = resolve_parts(second, anchor, future, a["range_start"])
    if b is not None and b["range_end"] < a["range_start"] and "year" not in second:
        # `2019년 11월~2월`, `30일~2일`: the second end is in the following year or month.
        moved = dict(second, year=a["range_start"].year + 1) if "month" in second else None
        if moved is None:
            y, m = _month_shift(a["range_start"].year, a["range_start"].month, 1)
            moved = dict(second, year=y, month=m)
        b = resolve_parts(moved, anchor, future)
    return _range_value(a, b) if b else None


@functools.lru_cache(maxsize=1)
def _stretch_words() -> tuple:
    """(pattern, native day counts, unit → day/week/month/year) for `A부터 14일 동안`.

    Native day counts (`나흘`) come from the QUANTITY durations lexicon; units from date_words."""
    native = {k: v for k, v in native_days().items() if " " not in k}
    units = words()["stretch_units"]
    pattern = re.compile(rf"\s?부터\s?(\d{{1,3}}|{alternation(native)})\s?({alternation(units)})?\s?(?:동안|간)")
    return pattern, native, units


def _stretch(result: Resolved, after: str) -> Resolved:
    """`6월 1일부터 14일 동안`: the date covers the days of the duration written after it."""
    pattern, native, units = _stretch_words()
    match = pattern.match(after)
    if not match or result["granularity"] != "day" or "/" in result["value"]:
        return result
    amount = native.get(match.group(1)) or int(match.group(1))
    unit = "day" if match.group(1) in native else units.get(match.group(2), "day")
    first = result["range_start"]
    if amount <= 0:
        return result
    if unit in ("day", "week"):
        last = first + timedelta(days=amount * (7 if unit == "week" else 1) - 1)
    else:
        y, m = _month_shift(first.year, first.month, amount * (12 if unit == "year" else 1))
        last = date(y, m, min(first.day, _last_day(y, m))) - timedelta(days=1)
    return Resolved(result, range_end=last)


@functools.lru_cache(maxsize=1)
def _as_of_words() -> tuple:
    """(as-of phrase right after a date, present-tense fact verb ending a clause), from date_words."""
    w = words()
    as_of = re.compile(rf"\s?(?:{alternation(w['as_of_after'])})(?:으로는|으로|으론|에서|이다|이며|이고|까지|의|은|는)?(?![가-힣])")
    fact = re.compile(rf"(?:{alternation(w['fact_present'])})\W*$")
    return as_of, fact


def as_of(text: str, end: int) -> bool:
    """The date ending at `end` is the day a figure stands at (`6월 30일 현재`, `11월 말 기준`)."""
    return bool(_as_of_words()[0].match(text, end))


# Where the clause after a date stops.
CLAUSE_STOP = re.compile(r"[.\n…]")  # (a headline's ellipsis parts it: `1분기 영업이익 1,240억…"2분기 … 오른다"`)


class _WhenAsked:
    """A yes or no worked out the first time it is asked (`bool`), by `ask()`."""

    def __init__(self, ask):
        self.ask, self.answer = ask, None

    def __bool__(self) -> bool:
        if self.answer is None:
            self.answer = bool(self.ask())
        return self.answer


class Clauses:
    """Where the clauses and sentences of a document end, found once: the clause after each date
    (up to the next `.` or line end) and whether it speaks of the future. Dates come in text order, so each search goes on from the last: a cue found still lies
    ahead of the next date of the clause, and a clause with no cue has none further on either (a
    line with thousands of dates is read once, not once per date)."""

    def __init__(self, text: str):
        self.text = text
        self.found = {}  # (pattern, stop) → (where the search began, its match)
        self.last_stop = (1, 0)  # (where the latest `stop` search began, the stop it found); none yet

    # (found when first needed: most dates never ask)
    @functools.cached_property
    def sentence_ends(self) -> list:
        return [m.start() for m in SENTENCE_END.finditer(self.text)]

    def stop(self, end: int) -> int:
        """Where the clause after `end` stops: the next `.` or line end, else the text's end. Searched
        from `end` when asked, not listed for the whole text (a document asks about a few dates):
        the latest answer holds for every offset from where its search began to the stop it found,
        so dates asked in text order read a long line once."""
        began, found = self.last_stop
        if not began <= end <= found:
            match = CLAUSE_STOP.search(self.text, end)
            found = match.start() if match else len(self.text)
            self.last_stop = (end, found)
        return found

    def search(self, pattern, end: int, stop: int):
        """`pattern.search` in the clause `text[end:stop]`."""
        began, match = self.found.get((pattern, stop), (None, None))
        if began is not None and began <= end and (match is None or match.start() >= end):
            return match
        match = pattern.search(self.text, end, stop)
        self.found[(pattern, stop)] = (end, match)
        return match

    def sentence_ends_between(self, start: int, end: int) -> bool:
        """`SENTENCE_END` is found in `text[start:end]` (where a last `.` ends the slice too),
        by bisection: a year named long before is not read up to each date after it."""
        i = bisect.bisect_left(self.sentence_ends, start)
        return (i < len(self.sentence_ends) and self.sentence_ends[i] < end) or (start < end and self.text[end - 1] in ".!?")

    def future(self, end: int) -> bool:
        """The clause after the date ending at `end` is about the future (docs/annotation.md,
        Relative dates): a future cue, or a present-tense predicate that is not a reported fact
        (`881억원에 그친다`); never after an as-of phrase (`6월 30일 현재`) nor right before a
        reporting verb."""
        if as_of(self.text, end):
            return False
        stop = self.stop(end)
        if REPORTED.match(self.text, end, stop) or REPORTED_OBJECT.match(self.text, end, stop):
            return False  # (also the day before an announcement's object: `20일 이런 내용의 '공급 계획'을 발표했다`, a plan
            # announced, in the past: holdout108 005)
        if PROPOSE_END.search(self.text, max(end, stop - PROPOSE_TAIL), min(stop + 1, len(self.text))):
            return True  # (the ending is read in the clause's last characters: a long clause is not rescanned per date)
        if QUOTED_INTENT.match(self.text, end, min(stop + 2, len(self.text))):
            return True
        return bool(self.search(FUTURE_CUES, end, stop)
                    or self.search(PRESENT_END, end, stop) and not self.search(_as_of_words()[1], end, stop))


def _unknown(parts: dict, inherited: dict) -> Resolved:
    """The value of a date that cannot be placed: the parts the text gives, X for the rest, no days.

    `inherited` holds the year and month a range's first end (or `A부터`) gives a bare day
    (`10월 1일부터 5일까지` → `XXXX-10-05`). A weekday alone is TIMEX's `XXXX-WXX-3`.
    """
    mod = mod_of(parts)
    inherited = {} if parts.keys() & RELATIVE_KEYS else inherited  # `지난달 5일` takes nothing from before
    year = f"{parts['year']:04d}" if "year" in parts else inherited.get("year", "XXXX")
    month = parts.get("month") or (inherited.get("month") if "day" in parts else None)
    relative = "year" not in parts
    if "quarter" in parts or "half" in parts:
        value, size = (f"{year}-Q{parts['quarter']}", "quarter") if "quarter" in parts else (f"{year}-H{parts['half']}", "half")
    elif "relquarter" in parts or "anaquarter" in parts:
        value, size = f"{year}-QX", "quarter"
    elif "weekend" in parts or "weekendalone" in parts:
        value, size = "XXXX-WXX-WE", "weekend"
    elif "offset" in parts:
        value, size = {"day": ("XXXX-XX-XX", "day"), "week": ("XXXX-XX-XX", "day"), "month": ("XXXX-XX", "month"),
                       "year": ("XXXX", "year")}[parts["offset_unit"]]
    elif month is not None:
        value, size = f"{year}-{month:02d}", "month"
        if "day" in parts or "nth" in parts:
            value, size = f"{value}-{parts['day']:02d}" if "day" in parts else f"{value}-XX", "day"
    elif "weekday" in parts and "nth" not in parts:
        value, size = f"XXXX-WXX-{parts['weekday'] + 1}", "day"
    elif "relweek" in parts:
        value, size = "XXXX-WXX", "week"
    elif "day" in parts:
        value, size = f"{year}-XX-{parts['day']:02d}", "day"
    elif parts.keys() & {"anaphor", "relday", "nth", "lunar"}:
        value, size = "XXXX-XX-XX", "day"
    elif "relmonth" in parts or "anamonth" in parts:
        value, size = f"{year}-XX", "month"
    else:
        value, size = year, "year"
    return _result(value, None, None, size, mod, relative)


def _inherited(parts: dict) -> dict:
    """The year and month a date's parts give to a bare day after it (`10월 1일부터 5일까지`)."""
    return {k: f"{parts[k]:04d}" if k == "year" else parts[k] for k in ("year", "month") if k in parts}


def _unknown_range(ends: tuple) -> Resolved:
    first, second = (dict(p) for p in ends)
    a = _unknown(first, {})
    return _range_value(a, _unknown(second, _inherited(first)))


def _reason(parts: dict, anchor: Optional[date], start: Optional[date]) -> str:
    """Why `parts` could not be placed: no anchor to count from, or no such day."""
    ends = [dict(p) for p in parts["range"]] if "range" in parts else [parts]
    counted = any("offset" in p or not p.keys() & ABSOLUTE_KEYS for p in ends) and start is None
    return UNRESOLVED["anchor"] if anchor is None and counted else UNRESOLVED["day"]


def resolve_dates(mentions, doc_date: Optional[date], text: str) -> list:
    """Resolve every date mention of a document; one that cannot be placed keeps the value its
    parts give (`_unknown`) and the reason (`unresolved_reason`), never dropped."""
    resolved = []
    last_day: Optional[date] = None  # the latest explicit day, for `이날`
    last_past_day: Optional[date] = None  # ... of those not after the document date, for `이날` in a clause told as past
    last_point: Optional[date] = None  # the start of the latest date of any size, for `전년`, `전월`
    period = None  # (start, end offset) of the latest date longer than a day: a period reported on
    last_month: Optional[date] = None  # the start of the latest month or day named, for `같은 달`
    last_quarter: Optional[date] = None  # the start of the latest quarter, month or day named, for `전 분기`
    previous = None  # (mention, its parts, result) just before, for `A부터 B까지`
    year_named = None  # (year, end) of the latest explicit year, for `2013년 … 11월 6일` in one sentence
    clauses = Clauses(text)
    fiscal = []  # indexes of fiscal years, for `_fiscal_ranges`
    look_back = None  # (last_point, period, end) before a look back (`2024년에는`), restored once its sentence ended
    bare_years = {}  # ("quarter", 3) → the year the first bare `3분기` of the document was placed in
    for mention in sorted(mentions, key=lambda m: m.start):
        parts = mention.info
        if look_back and clauses.sentence_ends_between(look_back[2], mention.start):
            last_point, period, look_back = look_back[0], look_back[1], None  # (`… 2024년에는 적자였다. 매출은 전년(…)보다`)
        anchor = doc_date
        if "anaphor" in parts:
            anchor = last_day or doc_date
            if doc_date and last_day and last_day > doc_date and not clauses.future(mention.end):
                # `신주 상장 예정일은 6월 2일이다. … 이날 주가는 … 떨어졌다`: a day to come is no day a past clause tells of
                anchor = last_past_day or doc_date
        elif parts.keys() & ANAPHOR_KEYS:  # `전년`: the period reported on, not the day of an announcement
            anchor = last_point or doc_date
            if period and last_point != period[0] and not clauses.sentence_ends_between(period[1], mention.start):
                anchor = period[0]  # `지난해 … 31일 금감원에 낸 보고서에서 매출은 전년 대비`: the year, not the day
            if "anamonth" in parts and last_month:
                anchor = last_month  # `같은 달` names a month: the latest month named, not a year after it (`1년 전의 두 배 … 같은 달`)
            if "anaquarter" in parts and last_quarter:
                anchor = last_quarter  # `전 분기` names a quarter: the latest quarter named (`3분기 … 지난해 같은 기간 … 전 분기` → 2분기)
        future = _WhenAsked(functools.partial(clauses.future, mention.end))  # (a date with its year never asks)
        if SCHEDULED_BEFORE.search(text, max(0, mention.start - 10), mention.start):
            future = True
        if FROM_VALUE.match(text, mention.end, mention.end + 24) and not parts.get("deictic"):
            future = False  # `6월 말 1,960억 원에서 2,770억 원으로 늘어난다`: the value a change starts from is known, its date over
        if previous and anchor and previous[2]["range_start"] and previous[2]["range_start"] > anchor \
                and RESTATED.match(text, previous[0].end, mention.start):
            future = True  # `다음 달 설 연휴(2월 14~18일)`: the days in brackets restate a coming date
        start, inherited = None, {}
        if previous and FROM_TO.match(text, previous[0].end, mention.start):  # (no copy of what lies between)
            start, inherited = previous[2]["range_start"], _inherited(previous[1])
        elif year_named and "month" in parts and not clauses.sentence_ends_between(year_named[1], mention.start):
            start = date(year_named[0], 1, 1)
        reason = ""
        try:
            outlook = ("quarter" in parts or "half" in parts) and not parts.keys() & {"year", "short", "deictic"} \
                and clauses.search(OUTLOOK, mention.end, clauses.stop(mention.end)) is not None  # (asked of bare quarters only)
            bare = _bare_period(parts)
            if bare in bare_years:
                # A story names one quarter: the same bare quarter again is the same one, whatever its clause (`3분기 순이익
                # … 3분기 주당 배당금을 정하고, 연말까지 … 소각하기로 했다`; training gold: 500 bare quarters and halves, none
                # placed in two years within a document).
                result = _build(parts, bare_years[bare], None, mod_of(parts), True)
            elif "range" in parts:
                result = _resolve_range(parts["range"], anchor, future)
            else:
                # A bare quarter compared with (`하반기에만 … 처리해 상반기보다 많았다`) in a clause not about the future has
                # its figure: it is over (training gold: 16 bare bases, all ended).
                ended = bare is not None and compared(text, mention.end) and not future
                result = resolve_parts(parts, anchor, future, start, outlook, ended)
        except (ValueError, OverflowError):  # off the calendar: year 0, the 0th century, past 9999
            result, reason = None, UNRESOLVED["calendar"]
        if result is None:
            reason = reason or _reason(parts, anchor, start)
            result = _unknown_range(parts["range"]) if "range" in parts else _unknown(parts, inherited)
        else:
            result = _stretch(result, text[mention.end:mention.end + 20])
            if not parts.keys() & ANAPHOR_KEYS and not compared(text, mention.end):  # (a basis moves no anchor)
                if looks_back(result, last_point, text, mention.end):
                    # a year marked as a contrast topic, earlier than the period reported on (`지난해 흑자를 냈다. 2024년에는
                    # 적자였다.`): a look back; `전년` of the next sentences points back from the period reported on again
                    look_back = look_back or (last_point, period, mention.end)
                if result["granularity"] == "day":
                    last_day = result["range_start"]
                    if doc_date and last_day and last_day <= doc_date:
                        last_past_day = last_day
                # a year a span starts from (`1988년 기금 설치 이후`) is no period told and no anchor; a day (`9월 29일부터
                # 시행된`) lies within the story's period and still anchors `전년` as before (holdout5 007)
                starts = result["granularity"] != "day" and starting_point(text, mention.end)
                if result["granularity"] != "day" and not starts:
                    period = (result["range_start"], mention.end)
                if not (result["granularity"] == "day" and (REPORTED.match(text, mention.end)
                                                             or REPORTED_OBJECT.match(text, mention.end))) \
                        and not starts and not FROM_VALUE.match(text, mention.end, mention.end + 24):
                    last_point = result["range_start"]  # not the day of an announcement (`31일 공시했다`)
                    if result["granularity"] in ("month", "day"):
                        last_month = result["range_start"]
                    if result["granularity"] in ("quarter", "month", "day"):
                        last_quarter = result["range_start"]
        if bare and not reason:
            bare_years.setdefault(bare, result["range_start"].year)
        previous = (mention, parts, result)
        if "year" in parts and not parts.get("fiscal"):
            year_named = (parts["year"], mention.end)
        resolved.append(replace(
            mention, value=result["value"], mod=result["mod"], range_start=_iso(result["range_start"]),
            range_end=_iso(result["range_end"]), granularity=result["granularity"], relative=result["relative"],
            anchor_date=_iso(anchor) if result["relative"] and not reason else "", unresolved_reason=reason,
        ))
        if parts.get("fiscal"):
            fiscal.append(len(resolved) - 1)
    return _fiscal_ranges(resolved, fiscal, text)


def compared(text: str, end: int) -> bool:
    """A comparison word after the date, past a word for the same part of it or a figure in brackets (`지난해보다`, `1년
    전보다`, `지난해 같은 기간(457만 명)보다`, `2024년(1,710만 명)보다`: `compared_after`, `compared_same_part`): the date
    is the basis compared with, not the period reported on, and no anchor for a later `전년` (holdout3, 7, 10, 11, 22, 35,
    36, 41 and 43 label `전년` a year before the period reported on)."""
    return _compared().match(text, end, end + 60) is not None


@functools.lru_cache(maxsize=None)
def _compared() -> re.Pattern:
    w = words()
    spaced = lambda table: "|".join(r"\s?".join(map(re.escape, word.split())) for word in sorted(w[table], key=len, reverse=True))
    return re.compile(rf"\s?(?:(?:{spaced('compared_same_part')})\s?)?(?:\([^()\n]{{1,40}}\)\s?)?(?:{spaced('compared_after')})")


def starting_point(text: str, end: int) -> bool:
    """A starting-point word after the date, past at most three short words (`2015년 이후`, `1988년 기금 설치 이후`,
    `올해부터`; not a source's `…로부터`): a date longer than a day is then where a span starts, not the period reported
    on, and no anchor for a later `전년` (`starting_point_after`)."""
    return _starting_point().match(text, end, end + 20) is not None


@functools.lru_cache(maxsize=None)
def _starting_point() -> re.Pattern:
    after = "|".join(map(re.escape, words()["starting_point_after"]))
    return re.compile(rf"(?:\s?[가-힣]{{1,6}}){{0,3}}?\s?(?<!로)(?:{after})")


def looks_back(result: Resolved, last_point: Optional[date], text: str, end: int) -> bool:
    """A date longer than a day marked as a contrast topic (`2024년에는`, `2024년엔`: `look_back_after`) that ends before the
    latest period named began: a look back beside the period reported on, for its own sentence only."""
    return bool(last_point and result["granularity"] != "day" and result["range_end"] and result["range_end"] < last_point
                and text.startswith(_look_back_after(), end))


@functools.lru_cache(maxsize=None)
def _look_back_after() -> tuple:
    return tuple(words()["look_back_after"])


def _iso(day: Optional[date]) -> str:
    """`day.isoformat()`, or '' for None. Kept per day (a date and its anchor ask for up to four, and the days of a
    run are few): `isoformat` formats through `PyUnicode_FromFormat`, ~3,800 instructions a call against a look-up's
    ~100 (callgrind, dense 60)."""
    if not day:
        return ""
    text = _ISO.get(day)
    if text is None:
        text = day.isoformat()
        if len(_ISO) < 100_000:
            _ISO[day] = text
    return text


_ISO: dict = {}  # date → its ISO text (`_iso`; at most 100,000 days, then no more are kept)


def _fiscal_ranges(resolved: list, fiscal: list, text: str) -> list:
    """`2020회계연도(2019년 4월 초~2020년 3월 말)`: the fiscal year (at the indexes `fiscal`) covers the days in parentheses."""
    out = list(resolved)
    for i in fiscal:
        if i + 1 == len(out):
            break
        mention, following = out[i], out[i + 1]
        if following.range_start and re.fullmatch(r"\s?\(", text[mention.end:following.start]):
            out[i] = replace(mention, range_start=following.range_start, range_end=following.range_end)
    return out
