"""Resolve DATE mentions to TIMEX3 values and the calendar days they cover.

Relative expressions resolve against the document date; anaphoric ones (`이날`, `전날`) against
the latest explicit day before them in the text, else the document date. A month or day without
a year is the latest such date on or before the anchor, unless the clause is about the future
(`오는`, `다음`, `예정` …), then the next one (ANNOTATION.md, Relative dates).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from ..model import DateMention, replace

FUTURE_CUES = re.compile(r"예정|계획|방침|까지\s?(?:제출|신청|접수|마감)|할\s?것|한다고|하기로|열릴|열린다|개최한다|시작한다|출시한다|앞두")
# Days a part of a period covers: (first, last) day of a month; months of a year.
MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
YEAR_PARTS = {"START": (1, 3), "MID": (5, 8), "END": (10, 12)}


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_shift(year: int, month: int, offset: int) -> tuple:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class Resolved(dict):
    """value, mod, range_start, range_end, granularity, relative, anchor (as date)."""


def resolve_parts(parts: dict, anchor: Optional[date], future: bool = False, context_start: Optional[dict] = None) -> Optional[Resolved]:
    """Turn the parts an extractor read into a calendar value, or None if it cannot be placed."""
    mod = parts.get("mod", "")
    relative = False
    if parts.get("present"):
        if anchor is None:
            return None
        return _day(anchor, True, "")
    if "anaphor" in parts or "relday" in parts:
        if anchor is None:
            return None
        day = anchor + timedelta(days=parts.get("anaphor", parts.get("relday", 0)))
        return _day(day, True, mod)
    if "relweek" in parts:
        if anchor is None:
            return None
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=parts["relweek"])
        iso = monday.isocalendar()
        return Resolved(value=f"{iso[0]}-W{iso[1]:02d}", mod=mod, range_start=monday, range_end=monday + timedelta(days=6),
                        granularity="week", relative=True)
    if "decade" in parts:
        d = parts["decade"]
        return _span(str(d // 10), date(d, 1, 1), date(d + 9, 12, 31), "decade", mod, False)
    if "century" in parts:
        c = parts["century"]
        return _span(f"{c - 1:02d}", date((c - 1) * 100 + 1, 1, 1), date(c * 100, 12, 31), "century", mod, False)
    if parts.get("fiscal"):
        y = parts["year"]
        return _span(f"FY{y}", date(y, 1, 1), date(y, 12, 31), "year", "", False)

    year = parts.get("year")
    month = parts.get("month")
    day = parts.get("day")
    if "relmonth" in parts:
        if anchor is None:
            return None
        year, month = _month_shift(anchor.year, anchor.month, parts["relmonth"])
        relative = True
    if "relyear" in parts:
        if anchor is None:
            return None
        year = anchor.year + parts["relyear"]
        relative = True
    if context_start:  # the second end of a range takes missing parts from the first
        if year is None:
            year = context_start.get("year")
        if month is None and day is not None:
            month = context_start.get("month")
    if year is None:
        if anchor is None:
            return None
        relative = True
        deictic = parts.get("deictic")
        ahead = deictic == "future" or (future and deictic != "past")
        if month is not None:
            year = anchor.year
            if ahead and (month, day or 1) < (anchor.month, anchor.day if day else 1):
                year += 1
            elif not ahead and (month, day or 1) > (anchor.month, anchor.day if day else anchor.day):
                year -= 1
        elif day is not None:
            year, month = anchor.year, anchor.month
            if ahead and day < anchor.day:
                year, month = _month_shift(year, month, 1)
            elif not ahead and day > anchor.day:
                year, month = _month_shift(year, month, -1)
    if "quarter" in parts:
        q = parts["quarter"]
        return _span(f"{year}-Q{q}", date(year, 3 * q - 2, 1), date(year, 3 * q, _last_day(year, 3 * q)), "quarter", mod, relative)
    if "half" in parts:
        h = parts["half"]
        return _span(f"{year}-H{h}", date(year, 6 * h - 5, 1), date(year, 6 * h, _last_day(year, 6 * h)), "half", mod, relative)
    if day is not None and month is not None:
        point = _safe_date(year, month, day)
        return None if point is None else _day(point, relative, mod)
    if month is not None:
        last = _last_day(year, month)
        first_day, last_day = MONTH_PARTS.get(mod, (1, last))
        return _span(f"{year:04d}-{month:02d}", date(year, month, first_day), date(year, month, min(last_day, last)), "month", mod, relative)
    if year is not None:
        first_month, last_month = YEAR_PARTS.get(mod, (1, 12))
        return _span(f"{year:04d}", date(year, first_month, 1), date(year, last_month, _last_day(year, last_month)), "year", mod, relative)
    return None


def _day(point: date, relative: bool, mod: str) -> Resolved:
    return Resolved(value=point.isoformat(), mod=mod, range_start=point, range_end=point, granularity="day", relative=relative)


def _span(value, first, last, granularity, mod, relative) -> Resolved:
    return Resolved(value=value, mod=mod, range_start=first, range_end=last, granularity=granularity, relative=relative)


def _range_value(a: Resolved, b: Resolved) -> Resolved:
    mods = f"{a['mod']}/{b['mod']}" if (a["mod"] or b["mod"]) else ""
    return Resolved(value=f"{a['value']}/{b['value']}", mod=mods, range_start=a["range_start"], range_end=b["range_end"],
                    granularity=a["granularity"], relative=a["relative"] or b["relative"])


def resolve_dates(mentions, doc_date: Optional[date], text: str) -> list:
    """Resolve every date mention of a document; drop the ones that cannot be placed."""
    resolved = []
    last_explicit: Optional[date] = None
    for mention in mentions:
        parts = mention.info
        anchor = doc_date
        if "anaphor" in parts and last_explicit is not None:
            anchor = last_explicit
        clause = text[mention.end: text.find(".", mention.end) if text.find(".", mention.end) > 0 else len(text)]
        future = bool(FUTURE_CUES.search(clause))
        if "range" in parts:
            first_parts, second_parts = (dict(p) for p in parts["range"])
            a = resolve_parts(first_parts, anchor, future)
            start_context = {"year": a["range_start"].year, "month": a["range_start"].month} if a else None
            b = resolve_parts(second_parts, anchor, future, start_context) if a else None
            result = _range_value(a, b) if a and b else None
        else:
            result = resolve_parts(parts, anchor, future)
        if result is None:
            continue
        if result["granularity"] == "day" and not result["relative"]:
            last_explicit = result["range_start"]
        elif result["granularity"] == "day" and "anaphor" not in parts:
            last_explicit = result["range_start"]
        resolved.append(replace(
            mention, value=result["value"], mod=result["mod"], range_start=result["range_start"].isoformat(),
            range_end=result["range_end"].isoformat(), granularity=result["granularity"], relative=result["relative"],
            anchor_date=anchor.isoformat() if result["relative"] and anchor else "",
        ))
    return resolved
