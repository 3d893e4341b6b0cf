"""The document date when metadata lacks it, inferred from the dates the text names: a news page's
publication stamp (`입력 2024.03.15 10:21`), else a year in the title, then the most frequent
explicit year in the text (recorded as `inferred`, with the mention it came from in
`doc_date_mention`); never today's date.

Only years the text reports as past or present count (docs/annotation.md, Document date): not a
target or plan (`2025년까지`, `2030년 출시할 계획`), nor the day a figure stands at (`2023년 12월
31일 기준`), which say nothing about when the article was written.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from datetime import date

from ..model import Document, replace
from ..rules import alternation
from .lexicon import words
from .resolve import FUTURE_CUES, REPORTED, REPORTED_OBJECT, SENTENCE_END, Clauses, as_of

# A year, with the month and day written after it (`2023년 12월 31일 기준` is an as-of day).
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년(?:\s?(?:1[0-2]|0?[1-9])월(?:\s?(?:3[01]|[12]\d|0?[1-9])일)?)?")
# Right after a year: a deadline or target (`2025년까지`), or a plan's span (`2026년부터 2028년까지`).
_UNTIL = re.compile(r"\s?(?:부터\s?(?:19|20)\d{2}년\s?)?까지")
# Right after a relative year: it is a comparison's basis (`지난해보다`, `지난해 같은 기간`), not a report.
_COMPARED = re.compile(r"\s?(?:보다|대비|比|에\s?비해|와\s?비교|같은\s?기간|동기)")


def _reported(clauses: Clauses, end: int) -> bool:
    """The date ending at `end` is reported as past or present: no target, plan or as-of reading,
    nor a founding told as background (`2018년 설립된 회사`)."""
    text = clauses.text
    return not (as_of(text, end) or _UNTIL.match(text, end) or _founding().match(text, end)
                or clauses.search(FUTURE_CUES, end, clauses.stop(end)))


@functools.lru_cache(maxsize=1)
def _founding() -> re.Pattern:
    return re.compile(rf"\s?(?:에\s?)?(?:{alternation(words()['founding_after'])})")


# The last month of a part of a year named without a month: `2020년 연말` (END), `하반기`, `3분기`.
_LAST_MONTH = {"half": 6, "quarter": 3}


def _last_year(clauses: Clauses, dates: list):
    """The first `지난해` of a text that reports on last year: more reported `지난해`/`작년` (not a
    comparison's basis: `지난해보다`) than `올해`, at least two; else None. Its explicit year, named
    only as a year (`2024년 당기순이익`), is then last year (`BNK부산은행, 지난해 순이익 …`)."""
    def relative_year(m):  # (`지난해 말`, and a range's start: `올해 1~3분기`)
        return dict(m.info["range"][0]).get("relyear") if "range" in m.info else m.info.get("relyear")
    reported = [m for m in dates if relative_year(m) in (-1, 0)
                and _reported(clauses, m.end) and not _COMPARED.match(clauses.text, m.end)]
    past = [m for m in reported if relative_year(m) == -1]
    return past[0] if len(past) >= 2 and len(past) > len(reported) - len(past) else None


def _explicit_points(parts: dict):
    """(year, month, day) of each explicit calendar point a mention names (both ends of a range);
    a part of a year gives its last month (`2020년 연말` is in December, `3분기` ends in September)."""
    for end in parts["range"] if "range" in parts else (tuple(parts.items()),):
        found = dict(end)
        if "year" in found and not found.get("fiscal"):
            month = found.get("month")
            if month is None:
                month = next((found[part] * size for part, size in _LAST_MONTH.items() if part in found),
                             12 if found.get("mod") == "END" else None)
            yield found["year"], month, found.get("day")


# Between a year a span starts from and its end, and after that end (`2009년부터 지난해까지`).
_FROM = re.compile(r"\s?부터\s?")
_TO = re.compile(r"\s?까지")


def _span_floor(text: str, dates: list):
    """(least year, mention) the document can be written in from a span that starts at an explicit year and
    ends at a relative one (`지난 2009년부터 지난해까지`: 지난해 is 2009 or later, so the text was written in
    2010 or later), or None."""
    floor = None
    ordered = sorted(dates, key=lambda m: m.start)
    for first, last in zip(ordered, ordered[1:]):
        rel = last.info.get("relyear")
        if "year" in first.info and not first.info.get("fiscal") and rel is not None and rel <= 0 \
                and _FROM.fullmatch(text, first.end, last.start) and _TO.match(text, last.end):
            least = first.info["year"] - rel
            if floor is None or least > floor[0]:
                floor = (least, last)
    return floor


# The parts of a calendar day or month written without a year (`4월 5일`, `4월 말`, `4~5월`): nothing
# relative, no holiday (`어린이날` reads as `5월 5일`), lunar day or nth weekday.
_YEARLESS = frozenset({"month", "day", "mod"})


def _yearless_points(document: Document, dates: list, clauses: Clauses, year: int):
    """(month, day, mention) of each reported day or month written without a year that lies in `year`:
    the day of a report (`… 증가했다고 4월 5일 밝혔다`: when the article was written), or a day or month
    in the sentence of an explicit `year` (`2024년 1분기 … 4월 출시한`, read in 2024 as the resolver does)."""
    text = document.text
    years = [(m.start, m.info["year"]) for m in dates if "year" in m.info and not m.info.get("fiscal")]
    for m in dates:
        if m.rule_id == "date.holiday" or not _reported(clauses, m.end):
            continue
        ends = [dict(end) for end in m.info["range"]] if "range" in m.info else [dict(m.info)]
        if not all(end.keys() <= _YEARLESS for end in ends) or "month" not in ends[0]:
            continue
        reported = REPORTED.match(text, m.end) or REPORTED_OBJECT.match(text, m.end)
        same = any(y == year and not SENTENCE_END.search(text, min(at, m.start), max(at, m.start))
                   for at, y in years)
        if reported or same:
            month = ends[-1].get("month", ends[0]["month"])
            yield month, ends[-1].get("day"), m


@functools.lru_cache(maxsize=None)
def _stamp_before(tables: tuple) -> re.Pattern:
    """What stands right before a stamp's date on its line: a word of the `tables`, maybe
    `일`/`일자`/`일시` and a colon or a bar (`입력 2024.03.15`, `기사입력 : 2024-03-15`, `등록일 2024.03.15`,
    `보도자료 | 2025년 8월 5일`)."""
    stamps = [word for table in tables for word in words()[table]]
    return re.compile(rf"(?:{alternation(stamps)})\s?(?:일자|일시|일)?\s*[:：|]?\s*$")


def is_stamp(text: str, mention, tables: tuple = ("publication_stamps", "revision_stamps")) -> bool:
    """The DATE mention follows a stamp word on its line (by default a publication's or a revision's):
    it dates the page, not an event."""
    return bool(_stamp_before(tables).search(text, text.rfind("\n", 0, mention.start) + 1, mention.start))


def _stamp(document: Document, dates: list):
    """(day, mention) of the first full date a publication stamp introduces, or None."""
    text = document.text
    for mention in dates:
        parts = mention.info
        if "year" in parts and "month" in parts and "day" in parts and not parts.get("fiscal"):
            if is_stamp(text, mention, ("publication_stamps",)):  # (a revision is not when it was published)
                try:
                    return date(parts["year"], parts["month"], parts["day"]), mention
                except ValueError:  # (no such day: `2024.02.30`)
                    continue
    return None


@functools.lru_cache(maxsize=1)
def _recap_year():
    """A year-end recap's title names its year bare (`[2024 결산]`, `2024 총결산`: `recap_titles`)."""
    return re.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s?(?:{alternation(words()['recap_titles'])})")


def _title_year(document: Document):
    """(year, what to record) of the first reported year in the title (metadata `title`, else the
    first line of the text) — or of the year a recap's title names bare (`[2024 결산]`) — or None."""
    title = document.meta.get("title")
    text = title or document.text.split("\n", 1)[0]
    clauses = Clauses(text)
    reported = (m for m in _YEAR.finditer(text) if _reported(clauses, m.end()))
    for match in (next(reported, None), _recap_year().search(text)):
        if match:
            where = f"title {match.group(0)}" if title else f"{match.group(0)} [{match.start()}:{match.end()}]"
            return int(match.group(1)), where
    return None


def infer_doc_date(document: Document, dates: list) -> Document:
    """The document with a date: its own, else one inferred from the text, else none.

    A publication stamp's date (`입력 2024.03.15 10:21`) is the date. Else the year is the first
    reported year written in the title (metadata `title`, else the first line), then the most
    frequent reported explicit year in the text (the later one on a tie), and the day is the end
    of the latest reported day or month named in that year (a part of the year counts as its last
    month: `2020년 연말` is December) — or of a later reported day or month written without a year that
    lies in that year (the day of a report, `… 증가했다고 4월 5일 밝혔다`, or one in the sentence of the
    year) — else 31 December: the article was written after the events it dates. A span from that year
    to a relative one (`지난 2009년부터 지난해까지`) puts it at least on 1 January of the year that keeps the
    span's end from falling before its start. Never today's date. `doc_date_mention` names the mention the date came from
    (`2019년 11월 [120:128]`, or `title 2019년`).
    """
    if document.doc_date is not None:
        return document
    stamped = _stamp(document, dates)
    if stamped:
        day, mention = stamped
        return replace(document, doc_date=day, doc_date_source="inferred",
                       doc_date_mention=f"{mention.text} [{mention.start}:{mention.end}]")
    clauses = Clauses(document.text)  # (each date's clause read once, not once per date)
    points = [(p, m) for m in dates if _reported(clauses, m.end) for p in _explicit_points(m.info)]
    found = _title_year(document)
    year, used = found if found else (None, "")
    if year is None and points:
        counts = Counter(y for (y, _, _), _ in points)
        year = max(counts, key=lambda y: (counts[y], y))
        used = next(f"{m.text} [{m.start}:{m.end}]" for (y, _, _), m in points if y == year)
        last_year = _last_year(clauses, dates) if not any(mo for (y, mo, _), _ in points if y == year) else None
        if last_year is not None:  # a story about last year's results: written early in the next
            return replace(document, doc_date=date(year + 1, 1, 1), doc_date_source="inferred",
                           doc_date_mention=f"{used} = {last_year.text} [{last_year.start}:{last_year.end}]")
    if year is None:
        return document
    floor = _span_floor(document.text, dates)
    if floor is not None and floor[0] > year:
        # a span from a year to a relative one (`지난 2009년부터 지난해까지`): written no earlier than the year that makes
        # its end fall on or after its start; early in that year, as for a story about last year's results
        least, end = floor
        return replace(document, doc_date=date(least, 1, 1), doc_date_source="inferred",
                       doc_date_mention=f"{used} = {end.text} [{end.start}:{end.end}]")
    last = {m: calendar.monthrange(year, m)[1] for m in range(1, 13)}
    ends = [(date(year, mo, min(d or last[mo], last[mo])), m) for (y, mo, d), m in points if y == year and mo]
    if not ends:
        return replace(document, doc_date=date(year, 12, 31), doc_date_source="inferred", doc_date_mention=used)
    # a day or month written without a year, later than every explicit point of the year: the article
    # was written then, not earlier (`2024년 1분기 … 증가했다고 4월 5일 밝혔다` is dated 2024-04-05)
    ends += [(date(year, mo, min(d or last[mo], last[mo])), m) for mo, d, m in _yearless_points(document, dates, clauses, year)]
    day, mention = max(ends, key=lambda e: (e[0], -e[1].start))
    used = f"{mention.text} [{mention.start}:{mention.end}]"  # the mention that gave the day tells the whole date
    return replace(document, doc_date=day, doc_date_source="inferred", doc_date_mention=used)
