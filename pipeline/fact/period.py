"""Periods and bases: a range two DATEs bound (`A부터 B까지`), the period a comparison (`전년 동기
대비`) steps back to, and the dates that are a basis rather than a period (`전년 대비`, `… 이후 최고`)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple, Optional

from ..org.words import PROPER_TAGS
from .metric import NAMES
from .sentence import NOUNS, PROSPECTIVE, START, Sentence, followed_by, holds_tag, per_table


class Range(NamedTuple):
    """A period two DATEs bound (`A부터 B까지`): their values joined by `/`, from A's first day to B's
    last, both mention ids."""

    value: str
    range_start: str
    range_end: str
    mention_id: str
    start: int
    end: int


# The particles that open and close a range of dates (`A부터 B까지`).
RANGE_STARTS = frozenset({"부터", "에서"})
RANGE_ENDS = frozenset({"까지"})
# The word after a year that opens a span from its start (`올해 들어 11월까지`: January to November, as `1~11월`).
YEAR_OPENERS = frozenset({"들어"})
# Comparison phrases (spaces removed) and how far back the basis is from the period.
BASIS_STEPS = ((("전년동기", "전년동월", "작년같은달", "전년같은달", "작년동기", "지난해같은기간", "전년같은기간",
                 "작년같은기간", "전년동분기"), "year"),
               (("전분기", "직전분기", "전분기말"), "quarter"), (("전월", "전달", "직전월"), "month"), (("전년", "작년"), "year"))


def shift(period: str, step: str) -> str:
    """`period` moved one `step` back: `2020-Q3` → `2019-Q3` (year), `2020-Q2` (quarter); "" when
    the period has no such part. An unresolved year stays unknown (`XXXX-Q3` → `XXXX-Q2`), and
    a year back from it is no value at all."""
    match = re.fullmatch(r"(\d{4}|XXXX)(?:-(Q|H)?(\d{1,2}))?", period)
    if not match:
        return ""
    year, kind, part = match.group(1), match.group(2), match.group(3)
    earlier = year if year == "XXXX" else f"{int(year) - 1}"
    if step == "year":
        return "" if year == "XXXX" else earlier + (f"-{kind or ''}{part}" if part else "")
    if step == "quarter" and kind == "Q":
        return f"{earlier}-Q4" if part == "1" else f"{year}-Q{int(part) - 1}"
    if step == "month" and part and not kind:
        return f"{earlier}-12" if int(part) == 1 else f"{year}-{int(part) - 1:02d}"
    return ""


@functools.lru_cache(maxsize=None)
def basis_steps(comparison: frozenset) -> tuple:
    """(pattern, step) for each step of `BASIS_STEPS`: one of its phrases right before a comparison
    word (`전년동기대비`, spaces removed), a pattern made once instead of each pair tried per figure."""
    words = "|".join(re.escape(w) for w in sorted(comparison)) or "(?!)"
    return tuple((re.compile(f"(?:{'|'.join(map(re.escape, phrases))})(?:{words})"), step) for phrases, step in BASIS_STEPS)


def counted_since(sentence: Sentence, date, lexicon: dict) -> bool:
    """A date a record is counted from (`1998년 조사 이후 가장 높았다`): the basis of a comparison; or an elapsed time
    (`2019년 이후 6년 만에 흑자로`, `3일 지바 롯데와의 경기 이래 9일 만에`: a duration and `elapsed_ends` after `이후`,
    past the nouns of the event): the time since a background event, no figure's period."""
    if lexicon["since"].isdisjoint(sentence.forms):
        return False  # (cheap first: most sentences count nothing since a date)
    i, since, tokens = sentence.after(date.end), lexicon["since"], sentence.tokens
    window = tokens[i:i + 6]
    for k, token in enumerate(window[:3]):  # (`이후` within two tokens, then a record word)
        if token.form in since:
            if not lexicon["record_words"].isdisjoint([t.form for t in window[k + 1:]]):
                return True
            break
    for k in range(i, min(i + 7, len(tokens) - 3)):  # (`이래`/`이후` past the event's nouns, then `9일 만`)
        if tokens[k].form in since:
            return tokens[k + 1].tag in ("SN", "NR") and any(
                t.form in lexicon["elapsed_ends"] and t.tag == "NNB" for t in tokens[k + 2:k + 5])
        if tokens[k].tag[0] in "VE" or tokens[k].tag in {"SF", "SP"}:
            return False
    return False


def edition_year(text: str, date, ordinals: frozenset) -> bool:
    """A date that counts an event's edition (`올해로 17회째를 맞은 '진안홍삼축제'에`, `올해로 창립 30주년을 맞은`: the date,
    `(으)로`, a number of `edition_ordinals` and `맞다`): it dates the edition, an ordinal that has no fact, not a figure."""
    # (cheap first: the pattern opens with (으)로, which follows few dates)
    return text.startswith(_EDITION_TO, date.end) and _edition_pattern(ordinals).match(text, date.end) is not None


_EDITION_TO = ("으로", "로")  # (`edition_year`'s first word)


@functools.lru_cache(maxsize=4)
def _edition_pattern(ordinals: frozenset) -> re.Pattern:
    """`edition_year`'s pattern of the words after the date."""
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    return re.compile(rf"(?:으로|로)\s+(?:\S+\s+)?\d+(?:{words})[을를]\s+맞")


def elapsed_since(sentence: Sentence, date, lexicon: dict) -> bool:
    """A date an elapsed time is counted from (`1983년 … 처음 공급한 지 42년 만이다`): the first adnominal ending after it,
    in its clause, before `elapsed_nouns`, then a duration and `elapsed_ends` — the date of a background event."""
    if lexicon["elapsed_ends"].isdisjoint(sentence.forms):
        return False  # (cheap first: most sentences count no elapsed time)
    return _elapsed_since(sentence, date, lexicon)


def _elapsed_since(sentence: Sentence, date, lexicon: dict) -> bool:
    """`elapsed_since` of a sentence that holds a word of `elapsed_ends` (a function of its own: the cells its generators
    take are made on every call)."""
    tokens, i = sentence.tokens, sentence.after(date.end)
    for k in range(i, min(i + 10, len(tokens) - 2)):
        if tokens[k].tag in {"EF", "EC", "SF", "SP"}:
            return False
        if tokens[k].tag == "ETM":
            if tokens[k + 1].form in lexicon["elapsed_nouns"] and tokens[k + 1].tag == "NNB":
                return any(t.form in lexicon["elapsed_ends"] and t.tag == "NNB" for t in tokens[k + 2:k + 6])
            # `지난 4월 출시된 게임은 석 달 만에 900만 건을 넘었다`: the thing the clause names, then a duration and 만에 —
            # the time counted from that event, not the figure's
            ends = [j for j in range(k + 2, min(k + 9, len(tokens) - 1))
                    if tokens[j].form in lexicon["elapsed_ends"] and tokens[j].tag == "NNB" and tokens[j + 1].form == "에"]
            return bool(ends) and not any(t.tag in ("EF", "EC") for t in tokens[k + 1:ends[0]])
    return False


def is_basis(text: str, date, lexicon: dict) -> bool:
    """The date before a comparison word (`전년 대비`, `전년 동기 대비`, `지난해보다`, `지난해 행사보다`), past the figure
    it is given with in brackets (`전년 같은 달(154만 명)보다`, `올해(520명)보다`)."""
    window = text[date.end:date.end + 40]
    if window[:1] == " " and noun_compared_pattern(lexicon["comparison"]).match(window) is not None:
        return True  # (not past a figure in brackets: `올해 실적(22조 원)보다` dates that figure)
    k = window.find("(", 0, 8)
    if k >= 0 and window.find(")", k) >= 0:
        window = window[:k] + window[window.find(")", k) + 1:]
    return basis_pattern(lexicon["comparison"], lexicon["events"]).match(window[:16].replace(" ", "")) is not None


def multiple_of(text: str, date, quantities: list, lexicon: dict) -> bool:
    """A date a multiple or a percentage is taken of (`1년 전의 2배를 넘었다`, `8월의 두 배`, `전년 동기의 1.5배`, `전년의
    88% 수준`; a multiple of a measure of it too, `지난해 매출의 3배`): the compared time's value, a basis, as `지난해보다` is — the figure's own time is the one carried.
    `quantities`: sorted by start."""
    k = bisect.bisect_left(quantities, date.end, key=START)
    if k == len(quantities) or quantities[k].unit not in lexicon["ratio_units"] and quantities[k].unit != "%" \
            or quantities[k].start > date.end + 12:
        return False
    between = text[date.end:quantities[k].start].replace(" ", "")
    return _PART_OF.fullmatch(between) is not None \
        or quantities[k].unit in lexicon["ratio_units"] and _MEASURE_OF.fullmatch(between) is not None


def noun_compared(sentence: Sentence, date, dates: list, lexicon: dict) -> bool:
    """A date, one or two nouns that start no date of their own, a comparison word (`공시 전날 종가보다`, `전 거래일 종가
    대비`): the date is the compared figure's, a basis — read on tokens, also for a noun that ends as a particle
    does (`종가`, `단가`), which `noun_compared_pattern` cannot tell from one."""
    if lexicon["comparison"].isdisjoint(sentence.forms):
        return False  # (cheap first: most sentences compare nothing)
    tokens, k, starts = sentence.tokens, sentence.after(date.end), {d.start for d in dates}
    first = k
    while k < len(tokens) and k - first < 2 and tokens[k].tag in ("NNG", "NNP") and tokens[k].start not in starts:
        k += 1
    return k > first and k < len(tokens) and tokens[k].form in lexicon["comparison"]


@per_table
def noun_compared_pattern(comparison: frozenset) -> re.Pattern:
    """A date, one noun without a particle, a comparison word of the lexicon, its spaces optional (`올해 본예산보다`,
    `지난해 매출 대비`, `지난해 실적과 비교해`): the date is the compared figure's, a basis, as it is before an event's
    name (`지난해 행사보다`). Not a date word of its own (`지난해 전년 대비` compares with 전년). Made once."""
    words = "|".join(" ?".join(map(re.escape, w)) for w in sorted(comparison, key=len, reverse=True)) or "(?!)"
    # (`전` as a date's first syllable only: `전년`, `전월`; `전망치보다` is a noun compared)
    return re.compile(f" (?!전(?:년|월|주|일|날|기|분기|해|달)|작년|지난|같은|동기)[가-힣]{{1,6}}(?<![은는이가을를에의도와과]) ?(?:{words})")


@functools.lru_cache(maxsize=None)
def basis_pattern(comparison: frozenset, events: frozenset = frozenset()) -> re.Pattern:
    """A comparison word, after a word for the same part of the period or the same event, or none
    (`동기 대비`, `같은 기간보다`, `말 대비`, `행사보다`), spaces removed: made once, not tried word by
    word per date."""
    words = "|".join(re.escape(w) for w in sorted(comparison)) or "(?!)"
    named = "|".join(map(re.escape, sorted(events)))
    # (an event may be called the same one of that time: `지난해 같은 행사보다`, as `같은 기간`)
    same = "|".join([*SAME_PART, *([f"(?:같은)?(?:{named})"] if named else [])])
    return re.compile(f"(?:{same})?(?:{words})")


# Words for the same part of an earlier period (`전년 동기`, `지난해 같은 기간`, `전월 말`), spaces removed.
SAME_PART = ("동기", "동월", "같은기간", "같은달", "말")
# Between a date and a multiple taken of it (`1년 전의 2배`, `전년 동기의 1.5배`), spaces removed.
_PART_OF = re.compile(f"(?:{'|'.join(SAME_PART)})?의")
# A measure of the date's, then 의, before a multiple (`지난해 매출의 3배`): the multiple is of that time's value, a basis (a
# share, `지난해 매출의 62%`, is of the figure's own time).
_MEASURE_OF = re.compile(r"[가-힣]{1,6}의")


def may_tell_ahead(forms: frozenset, lexicon: dict) -> bool:
    """Cheap first for `tells_ahead`: a form it looks for is among the sentence's `forms` — a noun of a plan or an outlook
    (`intents`, `forecast_nouns`), 있 or an ending of a will (about one sentence in four has one)."""
    return "있" in forms or not (forms.isdisjoint(lexicon["intents"]) and forms.isdisjoint(lexicon["forecast_nouns"])
                                 and forms.isdisjoint(lexicon["will_endings"]))


def tells_ahead(tokens: list, lexicon: dict) -> bool:
    """An ending of a plan or an outlook before its noun (`쓸 계획`, `진입할 예정`: `intent_endings`, `intents`; `넘을
    것으로`: `forecast_nouns`), of what is going on (`개발하고 있으며`) or of a will (`묶겠다`: `will_endings`)."""
    endings = lexicon["intent_endings"]
    for k in range(len(tokens) - 1):  # (the tag first: most tokens are none of these endings)
        t = tokens[k]
        if t.tag == "ETM":
            u = tokens[k + 1]
            if u.form in lexicon["intents"] and (t.form in endings or tokens[max(k - 1, 0)].form + t.form in endings) \
                    or t.form in PROSPECTIVE and u.form in lexicon["forecast_nouns"]:
                return True
        elif t.tag == "EC":
            if t.form == "고" and tokens[k + 1].tag == "VX" and tokens[k + 1].form == "있":
                return True
        elif t.tag == "EP" and t.form in lexicon["will_endings"]:  # (`…묶겠다"고 했다`: a will)
            return True
    return False


# How many words (`NAMES`) a topic a relative clause modifies may be made of (a name of several: `NH투자증권`).
TOPIC_WORDS = 3


def relative_topic_between(sentence: Sentence, start: int, end: int) -> bool:
    """A relative clause ends between `start` and `end` on the topic it modifies (`전날 … 32.483점을
    받았던 손연재는 … 67.733점을`, also past a name in quotes: `지난 7월 문을 연 워터코스터 '파도타기'는 … 4만 1천 명이`, `지난달 출시한 '아레나'는`): a
    date before it belongs to that clause, not to the figure after."""
    tokens, adnominals = sentence.tokens, sentence.adnominals  # (its ETM tokens, found once: not a scan per date)
    for i in adnominals[bisect.bisect_left(adnominals, sentence.after(start)):]:
        if i + 2 >= len(tokens) or tokens[i].start >= end:
            break
        k = i + 1 + (tokens[i + 1].tag == "MM")  # (`넣었던 그 선수는`)
        p = k + (k < len(tokens) and tokens[k].tag in NOUNS)
        # a name of several words (`지난해 1위였던 NH투자증권은`: NH 투자 증권), one with a proper noun or foreign letters; not
        # common nouns (`지난해 따낸 정부 연구비는 모두 210억 원`: the topic is what the figure counts, the date its period)
        q = k
        while q < len(tokens) and q - k < TOPIC_WORDS and tokens[q].tag in NAMES:
            q += 1
        if q > p and holds_tag(tokens, PROPER_TAGS, k, q):
            p = q
        if p + 3 < len(tokens) and tokens[p].tag == "SSO" and tokens[p + 1].tag in NOUNS and tokens[p + 2].tag == "SSC":
            p += 3  # (a name in quotes: `지난 7월 문을 연 워터코스터 '파도타기'는`, `지난달 출시한 '아레나'는`)
        if p > k and p < len(tokens) and tokens[p].form in {"은", "는"} and tokens[p].tag == "JX":
            return True
    return False


# The tags that end a clause before a relative clause's ending (`relative_subject_before`).
CLAUSE_ENDS = frozenset({"EC", "EF", "ETM", "SF", "SP"})


def relative_subject_before(sentence: Sentence, start: int, end: int) -> bool:
    """A relative clause ends between `start` and `end` on the subject right before the figure at `end`, one to three nouns
    marked 이/가 (`지난 9월 재단장을 마친 부산 센텀점이 18.5%로 가장 높았다`): a date before it dates that clause's event
    (the renovation), not the figure, as for a topic (`relative_topic_between`)."""
    tokens, adnominals, first = sentence.tokens, sentence.adnominals, sentence.after(start)
    for i in adnominals[bisect.bisect_left(adnominals, first):]:
        if i + 2 >= len(tokens) or tokens[i].start >= end \
                or holds_tag(tokens, CLAUSE_ENDS, first, i):  # (the date in that clause: not `올해 … 기록했으며,
            break  # 470개가 넘는 브랜드가 1억 위안`)
        p = i + 1
        while p < len(tokens) and p - i <= 3 and tokens[p].tag in NOUNS:
            p += 1
        if p > i + 1 and p + 1 < len(tokens) and tokens[p].tag == "JKS" and tokens[p + 1].start == end:
            return True
    return False


def same_period(sentence: Sentence, quantity, lexicon: dict, table: str = "same_period") -> bool:
    """`같은 기간`, `동기간` before the figure: the period last named (`table` "same_point": `같은 시점`, a point)."""
    before = sentence.text[sentence.start:quantity.start].replace(" ", "")
    return any(map(before.__contains__, lexicon[table]))  # (no generator: it made a cell of `before` per call)


def adnominal_between(sentence: Sentence, start: int, end: int) -> bool:
    """An adnominal ending lies between `start` and `end`: the figure's relative clause ends there
    (`207명 줄어든 외환은행은 전날 …`), and a date after it belongs to the noun it modifies."""
    i, tokens = sentence.after(start), sentence.tokens
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].tag == "ETM":
            return True
        i += 1
    return False


def dates_modified_noun(sentence: Sentence, start: int, end: int) -> bool:
    """After the figure's relative clause (an adnominal ending between `start` and `end`), the noun it modifies is no topic
    or subject and no quote ends before the date at `end` (`예산안에서 312억 원을 깎은 내년도 예산안을 의결했다`, `2.0~7.8%로
    적용하는 요금제를 지난해 10월 도입했다`): the date is that noun's clause's, whose thing the figure describes — its period;
    not after a topic (`207명 줄어든 외환은행은 전날 …`: the topic's own)."""
    i, tokens = sentence.after(start), sentence.tokens
    seen = False
    while i < len(tokens) and tokens[i].start < end:
        tag = tokens[i].tag
        if tag == "ETM":
            seen = True
        elif seen and (tag in ("JKS", "SSO", "SSC", "SF", "SP") or tag == "JX" and tokens[i].form in ("은", "는")):
            return False
        i += 1
    return seen


def date_range(text: str, dates: list, date) -> Optional[Range]:
    """The range a date opens or closes (`지난 9월23일부터 10월7일까지` → 2015-09-23/2015-10-07):
    the date before `부터` and the next one in the sentence before `까지`, with no comma of a clause between them."""
    dates = [d for d in dates if d.value]
    for k, d in enumerate(dates):  # (a loop: a generator made a cell of `date` on every call)
        if d is date:
            break
    else:
        return None
    if k and followed_by(text, date.end, RANGE_ENDS, 0) and followed_by(text, dates[k - 1].end, RANGE_STARTS, 0):
        k -= 1
    if k + 1 < len(dates) and followed_by(text, dates[k].end, RANGE_STARTS, 0) \
            and followed_by(text, dates[k + 1].end, RANGE_ENDS, 0) and text.find(", ", dates[k].end, dates[k + 1].start) < 0:
        # (one clause's: `7월 초부터 지급을 시작하고, 연말까지 4천 명 이상을` and `내년부터 연간 1,500만t이며, 두 회사는
        # 2028년까지` are two times, each its own clause's; holdout63 001, 95 005)
        first, last = dates[k], dates[k + 1]
        if first.range_start and last.range_end and last.range_end < first.range_start:
            return None  # (an end before the start, `2009년부터 지난해까지` read in 2009: no range is written inverted)
        return Range(f"{first.value}/{last.value}", first.range_start, last.range_end,
                     f"{first.mention_id};{last.mention_id}", first.start, last.end)
    return year_to_month(text, dates, k)


def year_to_month(text: str, dates: list, k: int) -> Optional[Range]:
    """`올해 들어 11월까지` (a year, `YEAR_OPENERS`, a month of that year before `까지`; `dates[k]` either of them): the months
    from January to that one, as `1~11월` (`2025-01/2025-11`; holdout33's shared-only reader). A day there (`올해 들어 28일까지`)
    is left alone: no reader has written its span the same way."""
    if k and followed_by(text, dates[k].end, RANGE_ENDS, 0):
        k -= 1
    if k + 1 >= len(dates) or not re.fullmatch(r"\d{4}", dates[k].value or "") \
            or not followed_by(text, dates[k].end, YEAR_OPENERS, 0) or not followed_by(text, dates[k + 1].end, RANGE_ENDS, 0):
        return None
    first, last = dates[k], dates[k + 1]
    if not re.fullmatch(rf"{first.value}-\d\d", last.value or "") or text.find("\n", first.end, last.start) >= 0:
        return None
    return Range(f"{first.value}-01/{last.value}", first.range_start, last.range_end,
                 f"{first.mention_id};{last.mention_id}", first.start, last.end)
