"""Reported speech: whether a sentence reports or quotes (`…고 밝혔다`, `…라고 보도했다`), and the
dates and organizations that belong to the report rather than to the figures it reports."""
from __future__ import annotations

from typing import Optional

from .sentence import TOPIC_ONLY, Sentence, is_marked, is_quotative, per_table, verb_after

# Tokens of a predicate: a date after one is past the sentence's opening.
PREDICATES = frozenset({"VV", "VA", "XSV", "XSA", "EC", "EF"})


def reports(sentence: Sentence, lexicon: dict) -> bool:
    """The sentence ends in a reporting verb (`…고 밝혔다`, `…을 발표했다`)."""
    return not lexicon["reporting_verbs"].isdisjoint(sentence.ending)


def report_day(sentence: Sentence, date, first: bool, lexicon: dict) -> bool:
    """A day that dates the report (in a sentence that reports or cites one): before the
    reporting verb or `따르면` (`런민넷이 17일 보도했다`, `7일 경찰에 따르면`), or the sentence's first
    date, named before any predicate and without `지난` (`삼성전자는 29일 …고 밝혔다`). A past
    day inside the report (`지난 15일 압사사고로 16명이 숨졌다고`) dates the figure."""
    if date.granularity != "day" or "/" in date.value:  # (a range of days, `연휴 기간(3~12일)`, is no report's day)
        return False
    if verb_after(sentence, date.end, _reporting_or_citing(lexicon["reporting_verbs"]), 4):
        return True
    if not first or date.text.startswith("지난"):
        return False
    return not any(t.tag in PREDICATES for t in sentence.tokens[:sentence.after(date.start)])


def reported_day_later(sentence: Sentence, dates: list, lexicon: dict) -> bool:
    """A day after the sentence's first date stands right before its reporting verb (`2025년 10월 14일 … 4척을 수주했다고
    15일 공시했다`, `계약을 3월 2일 체결했다고 3일 밝혔다`): that day dates the report, so the first date is the event's
    (holdout72 003, labelled by a shared-only reader)."""
    for d in dates[1:]:  # (a loop: `any` over a generator made a cell of `sentence` on every call)
        if d.granularity == "day" and verb_after(sentence, d.end, _reporting_or_citing(lexicon["reporting_verbs"]), 4):
            return True
    return False


def report_event(sentence: Sentence, date, lexicon: dict) -> bool:
    """The date of an interview, a briefing or a statement (`2013년 영국 매체 더선과의 인터뷰에서`,
    `지난달 18일 6번째 정정 발표에서`): it dates what was said, not the figure said."""
    if lexicon["report_events"].isdisjoint(sentence.forms):
        return False  # (cheap first: most sentences name no interview nor briefing)
    i, events, tokens = sentence.after(date.end), lexicon["report_events"], sentence.tokens
    for k in range(i, min(i + 8, len(tokens))):
        if tokens[k].tag in PREDICATES or tokens[k].tag == "ETM":
            return False
        if tokens[k].form in events:  # (an occasion, not the verb: `3분기 순이익 1조 원을 발표해` dates the figure)
            return not (k + 1 < len(tokens) and tokens[k + 1].tag == "XSV")
    return False


def press_from(sentence: Sentence, lexicon: dict) -> Optional[int]:
    """Where the press that reports a quote is named (`…다쳤다고 중국 런민넷이 17일 보도했다`,
    `…보인다고 AFP통신은 전했다`): after the last quotative ending, when a press verb ends the
    sentence. A medium that relays a figure is its source, not its subject."""
    if lexicon["press_verbs"].isdisjoint(sentence.ending):
        return None
    for t in reversed(sentence.tokens):  # (the last quotative ending; a loop: a comprehension made a cell of `lexicon`)
        if is_quotative(t, lexicon):
            return t.end
    return None


def press_topics(sentence: Sentence, organizations: list, press: Optional[int], lexicon: dict) -> list:
    """The organizations that are the topic of a verb only the press uses, before what it reports
    (`로스앤젤레스타임스도 … 말했다고 보도했다`) — none when the press is named after the quote
    (`테슬라는 … 인도했다고 로이터통신이 보도했다`: 테슬라 is what is reported on). `organizations`: all
    the sentence's; `press`: where `press_from` found the press."""
    if lexicon["press_only_verbs"].isdisjoint(sentence.ending):
        return []
    return _press_topics(sentence, organizations, press, lexicon)


def _press_topics(sentence: Sentence, organizations: list, press: Optional[int], lexicon: dict) -> list:
    """`press_topics` of a sentence that ends in a verb only the press uses (a function of its own: the cells its generators
    take are made on every call, and most sentences end in none)."""
    tokens = sentence.tokens
    if press is not None and any(press <= o.start for o in organizations):
        return []
    return [o for o in organizations if is_marked(sentence, o, TOPIC_ONLY)
            and any(t.start > o.end and is_quotative(t, lexicon) for t in tokens)]


def quote_start(sentence: Sentence, lexicon: dict) -> Optional[int]:
    """Where the reported content starts when the sentence reports a quote (`지난 4월 A는 … 투자한다고
    밝혔다`): at the topic that opens it. A date before it dates the report, not the figure."""
    tokens = sentence.tokens
    if not any(is_quotative(t, lexicon) for t in tokens[-6:]):
        return None
    return next((t.start for t in tokens if t.tag == "JX" and t.form in {"은", "는"}), None)


@per_table
def _reporting_or_citing(reporting_verbs: frozenset) -> frozenset:
    return reporting_verbs | {"따르"}  # (`…에 따르면` cites as a reporting verb reports; made once)


def announced_on(sentence: Sentence, date, lexicon: dict) -> bool:
    """A day or a part of a year (`연초`) that opens a relative clause whose verb announces or sets what the noun after it
    names (`연초에 제시한 목표 45만 대`, `15일 발표한 3월 산업활동동향`; a day before a results noun and a verb of posting:
    `같은 날 실적을 낸 삼성화재의 순이익은`): it dates the announcement, not the figure. A year, a half, a quarter or a
    month is kept: it may be the period a target, results or a proposal are for (`올해 제시한 목표`, `지난해 최대 실적을
    낸`, `지난달 내놓은 권고안의 15개 과제`)."""
    if date.granularity != "day" and not date.mod:
        return False
    tokens, i = sentence.tokens, sentence.after(date.end)
    for k in range(i, i + 4 if i + 5 < len(tokens) else len(tokens) - 1):
        token = tokens[k]
        if token.form in lexicon["announce_verbs"] or token.form in lexicon["post_verbs"] and token.tag == "VV" \
                and date.granularity == "day" and k >= 2 and tokens[k - 2].form in lexicon["own_reports"]:
            after = tokens[k + 1] if tokens[k + 1].tag != "XSV" or k + 2 >= len(tokens) else tokens[k + 2]
            return after.tag == "ETM"
        if token.tag not in {"NNG", "JKB", "JKO"}:
            return False
    return False
