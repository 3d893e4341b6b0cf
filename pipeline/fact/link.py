"""FACT linking rules: each quantity tied to its metric, subject, period and kind (docs/facts.md).

Each slot is found by named rules tried in order; the first that finds it names itself in the
fact's `rule_id` (`fact.metric_measure+subject_topic+period_clause+kind_level`). The rules read
kiwipiepy's analysis of the sentence: particles mark the topic and subject (은/는, 이/가), the
genitive (의) and the object (을/를); connective endings (EC) and commas bound the clauses.

- metric: `metric_after` (the noun a figure modifies: `23개 언어`, `2개의 전문팀`, `1억 위안 이상의
  매출`, `5조 원 규모의 시장`), `metric_measure` (the nearest measure noun of the lexicon before it
  in the sentence), `metric_topic` (the noun marked as topic or subject just before it),
  `metric_verbal` (the verbal noun of the verb that takes it as object: `투자했다` → 투자).
- subject: `subject_genitive` (`삼성전자의 매출`), `subject_topic` (the organizations marked as
  topic or subject in the sentence, coordinated ones together), `subject_carried` (a sentence
  without a subject keeps the one set before it in the document).
- period: `period_clause` (a DATE in the figure's clause), `period_as_of` (`… 기준`, `… 현재`),
  `period_sentence`, `period_carried` (the period last set for the same subject, else metric).
  A DATE before a comparison word (`전년 대비`) is the basis, not the period; a day before a
  reporting verb (`9일 밝혔다`) dates the report, not the figure.
- kind: `kind_change` (a change word after the figure, `%p`, a sign), else `kind_level`.
A conversion (`4,982억 위안(약 84조 원)`) takes the slots of the quantity it converts.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Optional

from ..model import Fact
from .lexicon import words

class LinkRule(NamedTuple):
    """A named linking rule: the slot it fills and what it reads."""

    name: str
    slot: str
    reads: str


RULES = (
    LinkRule("fact.metric_after", "metric", "the noun the figure modifies (23개 언어, 1억 위안 이상의 매출)"),
    LinkRule("fact.metric_counted", "metric", "the counted noun right before a count (전기차 5,200대)"),
    LinkRule("fact.metric_measure", "metric", "the nearest measure noun of the lexicon before the figure"),
    LinkRule("fact.metric_topic", "metric", "the noun marked as topic or subject in the figure's clause"),
    LinkRule("fact.metric_shared", "metric", "the metric of the figure before it in the sentence (…으로 92% 감소)"),
    LinkRule("fact.metric_verbal", "metric", "the verbal noun of the verb taking the figure as object (투자했다)"),
    LinkRule("fact.subject_genitive", "subject", "the organization owning the metric (삼성전자의 매출, SK하이닉스 주가)"),
    LinkRule("fact.subject_topic", "subject", "the organizations marked as topic or subject (삼성전자는, A와 B는)"),
    LinkRule("fact.subject_each", "subject", "one subject per figure after 각각"),
    LinkRule("fact.subject_carried", "subject", "the subject an earlier sentence set (Korean drops it)"),
    LinkRule("fact.period_clause", "period", "a DATE in the figure's clause"),
    LinkRule("fact.period_as_of", "period", "a DATE before 기준 or 현재 in the sentence"),
    LinkRule("fact.period_sentence", "period", "a DATE elsewhere in the sentence"),
    LinkRule("fact.period_carried", "period", "the period last set in the paragraph for the same subject or metric"),
    LinkRule("fact.kind_change", "kind", "a change word after the figure, %p, or a sign"),
    LinkRule("fact.kind_level", "kind", "any other figure"),
    LinkRule("fact.conversion", "all", "the slots of the quantity a conversion restates"),
)
# Quantities that rank or time something have no fact.
NO_FACT = frozenset({"ordinal", "duration"})
NOUNS = frozenset({"NNG", "NNP"})
# Tokens a metric word is made of (`연체`+`율`, `고객 수`); a word that ends in a proper noun names a
# person or a product (`손연재는`, `페리에 3.4배`), not what is measured.
WORD_TAGS = frozenset({"NNG", "NNP", "XSN"})
COMMON = frozenset({"NNG", "XSN"})
TOPIC = frozenset({"은", "는", "이", "가", "도", "께서"})
# Words between a figure and the noun it modifies (`이상의`, `규모의`, `에 달하는`, `가 넘는`).
BRIDGE_FORMS = frozenset({"의", "이상", "이하", "미만", "초과", "가량", "정도", "남짓", "규모", "상당", "어치", "짜리",
                          "에", "달하", "이르", "넘", "넘어서", "웃돌", "가", "이", "는", "ᆫ", "은", "여", "안팎", "내외", "씩"})
NOT_METRIC = frozenset({"이상", "이하", "미만", "수준", "규모", "가량", "정도", "이후", "전", "후", "동안", "만", "대비",
                        "기준", "현재", "등", "중", "때", "당시", "가운데", "명", "개", "곳", "건", "기간", "새", "사이"})
# Clause ends: connective endings and commas (and the sentence's own end).
CLAUSE_TAGS = frozenset({"EC", "SP", "SF"})


class Sentence:
    """A sentence's tokens with what the rules look up: token starts, clause bounds, the words
    (maximal stretches without a space)."""

    def __init__(self, sentence, text: str):
        self.tokens = sentence.tokens
        self.start, self.end, self.index = sentence.start, sentence.end, sentence.index
        self.starts = [t.start for t in self.tokens]
        self.bounds = [t.end for t in self.tokens if t.tag in CLAUSE_TAGS]
        self.text = text

    def clause(self, offset: int) -> tuple:
        """(start, end) of the clause holding `offset`."""
        i = bisect.bisect_right(self.bounds, offset)
        return (self.bounds[i - 1] if i else self.start), (self.bounds[i] if i < len(self.bounds) else self.end)

    def after(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def before(self, offset: int) -> int:
        """Index of the last token ending at or before `offset` (-1 if none)."""
        return bisect.bisect_right(self.starts, offset - 1) - 1 if self.tokens else -1


def _word_start(sentence: Sentence, i: int) -> int:
    """Start of the nouns glued before and up to token `i` (`총거래액`), and of a noun before `수`
    (`고객 수`)."""
    tokens = sentence.tokens
    if tokens[i].form == "수" and i > 0 and tokens[i - 1].tag in NOUNS and tokens[i - 1].end + 1 == tokens[i].start:
        i -= 1
    while i > 0 and tokens[i - 1].tag in WORD_TAGS and tokens[i - 1].end == tokens[i].start:
        i -= 1
    return tokens[i].start


def _metric_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The noun a figure modifies: right after a count (`23개 언어`), or after a bridge
    (`2개의 전문팀`, `1억 위안 이상의 매출`, `5조 원 규모의 국내 커피 시장`)."""
    i, bridged = sentence.after(quantity.end), False
    tokens = sentence.tokens
    while i < len(tokens) and tokens[i].tag in ("SSC", "SSO"):
        i += 1  # (a conversion's parentheses)
    for _ in range(4):
        if i >= len(tokens):
            return None
        token = tokens[i]
        if token.tag in NOUNS and token.form not in BRIDGE_FORMS:
            if token.form in lexicon["change_nouns"] or token.form in lexicon["change_words"]:
                return None
            if bridged or quantity.category == "count" and token.start == quantity.end + 1:
                return _noun_phrase_end(sentence, i)
            return None
        if token.form not in BRIDGE_FORMS and token.tag not in ("SSO", "SSC", "MM"):
            return None
        bridged = bridged or token.form in ("의", "는", "ᆫ", "은")
        i += 1
    return None


def _noun_phrase_end(sentence: Sentence, i: int) -> Optional[tuple]:
    """The head noun of a phrase that starts at token `i` (`국내 커피 시장`: up to `시장`)."""
    tokens = sentence.tokens
    start, end = tokens[i].start, tokens[i].end
    while i + 1 < len(tokens) and tokens[i + 1].tag in NOUNS and tokens[i + 1].start in (end, end + 1) \
            and tokens[i + 1].form not in NOT_METRIC:
        i += 1
        end = tokens[i].end
    return start, end


def _measure_before(sentence: Sentence, quantity, measures: frozenset) -> Optional[tuple]:
    """The nearest measure noun before the figure in its sentence (`매출 236조 원`, `총거래액이 …
    26% 성장한`); for `규모` the thing whose size it is (`국내 라면 시장 규모는 2조 원`)."""
    i = sentence.before(quantity.start)
    tokens = sentence.tokens
    while i >= 0:
        token = tokens[i]
        if token.tag in WORD_TAGS:
            start = _word_start(sentence, i)
            word = sentence.text[start:token.end]
            if word in measures or token.form in measures:
                if word == "규모" and i > 0 and tokens[i - 1].tag in NOUNS and tokens[i - 1].end + 1 == token.start:
                    return _word_start(sentence, i - 1), tokens[i - 1].end
                return (start, token.end) if word in measures else (token.start, token.end)
        i -= 1
    return None


def _counted_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The counted noun right before a count, with no particle between (`전기차 5,200대`, `매장 40곳`)."""
    i = sentence.before(quantity.start)
    if i < 0 or sentence.tokens[i].end + 1 != quantity.start or sentence.tokens[i].tag not in COMMON \
            or sentence.tokens[i].form in NOT_METRIC or taken(sentence.tokens[i].start, sentence.tokens[i].end):
        return None
    return _word_start(sentence, i), sentence.tokens[i].end


def _topic_before(sentence: Sentence, quantity, taken, titles: frozenset) -> Optional[tuple]:
    """The nearest noun marked as topic or subject before the figure in its clause (`관람객은 300명`,
    `고객 수는 지난달 말 1,800만 명`), not an organization, a date or a person's title."""
    clause_start, _ = sentence.clause(quantity.start)
    tokens = sentence.tokens
    i = sentence.before(quantity.start)
    while i >= 1 and tokens[i].start >= clause_start:
        if tokens[i].form in TOPIC and tokens[i].tag in ("JX", "JKS") and tokens[i - 1].tag in COMMON:
            head = tokens[i - 1]
            if head.form in NOT_METRIC or head.form in titles or taken(head.start, head.end):
                return None
            return _word_start(sentence, i - 1), head.end
        i -= 1
    return None


def _verbal_after(sentence: Sentence, quantity) -> Optional[tuple]:
    """The verbal noun of the verb that takes the figure as its object (`16명을 … 입건했다`)."""
    i, tokens = sentence.after(quantity.end), sentence.tokens
    _, clause_end = sentence.clause(quantity.end)
    seen_object = False
    while i < len(tokens) and tokens[i].start < clause_end:
        token = tokens[i]
        if token.tag == "JKO":
            seen_object = True
        elif seen_object and token.tag == "NNG" and i + 1 < len(tokens) and tokens[i + 1].tag == "XSV":
            return token.start, token.end
        elif token.tag in ("VV", "VA") and seen_object:
            return None
        i += 1
    return None


def _kind(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """A change: `%p`, a sign, or a change word after the figure (`12.5% 증가`, `100곳을 줄였다`,
    `2조 원(22%) 늘었다`) — not a new level (`…으로 늘었다`, `…까지 올랐다`)."""
    if quantity.unit == "%p" or sentence.text[quantity.start:quantity.start + 1] in "+±":
        return True
    i, tokens = sentence.after(quantity.end), sentence.tokens
    if i < len(tokens) and tokens[i].tag == "SSO":  # a conversion or a rate in brackets
        while i < len(tokens) and tokens[i].tag != "SSC":
            i += 1
        i += 1
    for _ in range(4):
        if i >= len(tokens):
            return False
        token = tokens[i]
        if token.form in ("로", "으로", "에서", "까지") and token.tag in ("JKB", "JX"):
            return False
        if token.form in lexicon["change_words"] or token.form in lexicon["change_nouns"]:
            return True
        if token.tag not in ("JKS", "JKO", "JX", "JKG", "SSC", "NNB", "MAG", "XSN", "SW") and token.form not in BRIDGE_FORMS:
            return False
        i += 1
    return False


def _marked(sentence: Sentence, mention, marks: frozenset) -> bool:
    """The mention is followed by one of the particles `marks` (`삼성전자는`, `삼성전자의`)."""
    i = sentence.after(mention.end)
    return i < len(sentence.tokens) and sentence.tokens[i].start == mention.end and sentence.tokens[i].form in marks


def _followed_by(text: str, end: int, forms: frozenset, reach: int) -> bool:
    """A word of `forms` (written without spaces) starts within `reach` letters after `end`,
    spaces aside (`전년 대비`, `전년 동기 대비`, `말 기준`)."""
    following = text[end:end + 2 * reach + 12].replace(" ", "")
    return any(following.startswith(form, k) for k in range(reach + 1) for form in forms)


def _verb_after(sentence: Sentence, end: int, stems: frozenset, count: int = 3) -> bool:
    """One of the next `count` tokens is a verb or verbal noun of `stems` (`9일 밝혔다`)."""
    i = sentence.after(end)
    return any(t.form in stems for t in sentence.tokens[i:i + count])


def _start(mention) -> int:
    return mention.start


def _starting_in(mentions: list, starts: list, start: int, end: int) -> list:
    """The mentions (in text order, `starts` theirs) that start in [start, end): found by bisection,
    so a document of many sentences is not read again for each of them."""
    return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


class Linker:
    """Links the quantities of one document (see the module docstring). Sentences are read in
    order: each sets the subject and the periods that later sentences without their own carry."""

    def __init__(self, context, quantities, dates, organizations):
        self.text = context.text
        self.sentences = [Sentence(s, context.text) for s in context.sentences]
        self.sentence_starts = [s.start for s in self.sentences]
        self.dates, self.organizations = sorted(dates, key=_start), sorted(organizations, key=_start)
        self.date_starts, self.organization_starts = [d.start for d in self.dates], [o.start for o in self.organizations]
        self.lexicon = words()
        self.titles = _titles()
        self.mentions = sorted([(m.start, m.end) for m in (*dates, *organizations)])
        self.subject_set = None  # the organizations the latest sentence with a subject was about
        self.periods = {}  # subject names or metric → the DATE last set for it
        self.current = -1  # the sentence being linked; those before it are taken into account
        self.previous = None  # the fact linked last (its sentence, metric)

    def sentence_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]

    def taken(self, start: int, end: int) -> bool:
        """[start, end) overlaps a DATE or ORG mention."""
        i = bisect.bisect_right(self.mentions, (end, end)) - 1
        return i >= 0 and self.mentions[i][0] < end and start < self.mentions[i][1]

    # -- metric ------------------------------------------------------------------------------

    def metric(self, sentence: Sentence, quantity) -> tuple:
        found = _metric_after(sentence, quantity, self.lexicon)
        if found:
            return found, "metric_after"
        found = _counted_before(sentence, quantity, self.taken) if quantity.category == "count" else None
        if found:
            return found, "metric_counted"
        found = _measure_before(sentence, quantity, self.lexicon["measures"])
        if found:
            return found, "metric_measure"
        found = _topic_before(sentence, quantity, self.taken, self.titles)
        if found:
            return found, "metric_topic"
        if self.previous and self.previous[0] is sentence and self.previous[1]:
            return self.previous[1], "metric_shared"  # `12만 명으로 … 92% 감소했다`
        found = _verbal_after(sentence, quantity) if quantity.category in ("currency", "count") else None
        return (found, "metric_verbal") if found else (None, "metric_none")

    # -- subject -----------------------------------------------------------------------------

    def _organizations(self, sentence: Sentence) -> list:
        """The sentence's organizations that are not a source (`통계청에 따르면`, `… 발표한 조사에 따르면`)."""
        found = _starting_in(self.organizations, self.organization_starts, sentence.start, sentence.end)
        according = self.text.find("따르면", sentence.start, sentence.end)
        return [o for o in found if not (0 <= according and o.end <= according)
                and not _followed_by(self.text, o.end, self.lexicon["source_markers"], 0)]

    def _topic(self, sentence: Sentence, organizations: list, before: int):
        """The organization marked as the sentence's topic or subject (`삼성전자는`, `쿠팡 측은`)."""
        marked = [o for o in organizations if _marked(sentence, o, TOPIC) or self._heads_topic(sentence, o)]
        if not marked:
            return None
        earlier = [o for o in marked if o.start < before] or marked
        return earlier[-1] if _marked(sentence, earlier[-1], frozenset({"이", "가"})) else earlier[0]

    def _heads_topic(self, sentence: Sentence, organization) -> bool:
        """The organization names the topic it stands before (`쿠팡 측은`, `알리바바그룹 디지털 경제체는`):
        one or two nouns after it, then 은/는/이/가."""
        i, tokens = sentence.after(organization.end), sentence.tokens
        if i >= len(tokens) or tokens[i].start != organization.end + 1:
            return False
        for k in range(i, min(i + 4, len(tokens))):
            if tokens[k].tag in ("JX", "JKS") and tokens[k].form in TOPIC:
                return k > i
            if tokens[k].tag not in WORD_TAGS and tokens[k].tag != "NNB":
                return False
        return False

    def subject(self, sentence: Sentence, quantity, metric) -> tuple:
        organizations = self._organizations(sentence)
        owners = [o for o in organizations if o.end <= quantity.start and (
            _marked(sentence, o, frozenset({"의"})) or metric and self.text[o.end:metric[0]] == " ")]
        if owners:  # `삼성전자의 매출`, `SK하이닉스 주가는`
            return self._coordinated(owners[-1], organizations), "subject_genitive"
        topic = self._topic(sentence, organizations, quantity.start)
        if topic is not None:
            return self._coordinated(topic, organizations), "subject_topic"
        if not organizations and self.subject_set and sentence.index > 0 and not self._own_subject(sentence, quantity):
            return self.subject_set, "subject_carried"
        return [], "subject_none"

    def _own_subject(self, sentence: Sentence, quantity) -> bool:
        """The figure's clause has a subject of its own that is no organization and no measure
        (`470개가 넘는 브랜드가 …`, not `총거래액이`): no subject is carried into it."""
        clause_start, clause_end = sentence.clause(quantity.start)
        tokens = sentence.tokens
        return any(t.tag == "JKS" and clause_start <= t.start < quantity.start and k > 0
                   and sentence.text[_word_start(sentence, k - 1):tokens[k - 1].end] not in self.lexicon["measures"]
                   and tokens[k - 1].form not in self.lexicon["measures"]
                   for k, t in enumerate(tokens) if t.start < clause_end)

    def _coordinated(self, head, organizations: list) -> list:
        """The head and the organizations listed right before it (`A와 B는`, `A, B, C의`)."""
        chosen = [head]
        for o in reversed([o for o in organizations if o.end <= head.start]):
            if self.text[o.end:chosen[0].start].strip() in ("와", "과", "및", ",", "·", "ㆍ"):
                chosen.insert(0, o)
            else:
                break
        return chosen

    # -- period ------------------------------------------------------------------------------

    def _dates(self, sentence: Sentence) -> list:
        """The sentence's dates that may be a figure's period: not a comparison's basis, not the
        day of a report."""
        reported = any(t.form in self.lexicon["reporting_verbs"] for t in sentence.tokens[-5:])
        found = _starting_in(self.dates, self.date_starts, sentence.start, sentence.end)
        return [d for d in found if d.value and not self._basis(d)
                and not (reported and d.granularity == "day" and not _followed_by(self.text, d.end, self.lexicon["as_of"], 0))]

    def period(self, sentence: Sentence, quantity, keys: tuple) -> tuple:
        clause_start, clause_end = sentence.clause(quantity.start)
        candidates = self._dates(sentence)
        in_clause = [d for d in candidates if clause_start <= d.start < clause_end]
        before = [d for d in in_clause if d.end <= quantity.start]
        if before or in_clause:
            return (before or in_clause)[-1 if before else 0], "period_clause"
        as_of = [d for d in candidates if _followed_by(self.text, d.end, self.lexicon["as_of"], 3)]
        if as_of:
            return as_of[-1], "period_as_of"
        before = [d for d in candidates if d.end <= quantity.start]
        if before or candidates:
            return (before or candidates)[-1 if before else 0], "period_sentence"
        carried = next((self.periods[k] for k in keys if k in self.periods), None)
        return (carried, "period_carried") if carried else (None, "period_none")

    def _basis(self, date) -> bool:
        """The date before a comparison word (`전년 대비`, `전년 동기 대비`, `지난해보다`)."""
        following = self.text[date.end:date.end + 16].replace(" ", "")
        for same in ("", "동기", "동월", "같은기간", "같은달", "말"):
            if following.startswith(same) and any(following.startswith(w, len(same)) for w in self.lexicon["comparison"]):
                return True
        return False

    def basis(self, sentence: Sentence, quantity, period: str) -> str:
        """The compared period of a change: the period a year, a quarter or a month before
        (`전년 동기 대비`, `전 분기보다`, `전월 대비`), else the DATE before the comparison word."""
        before = self.text[sentence.start:quantity.start].replace(" ", "")
        for words_before, step in BASIS_STEPS:
            if any(w + c in before for w in words_before for c in self.lexicon["comparison"]):
                shifted = _shift(period, step)
                if shifted:
                    return shifted
        bases = [d for d in _starting_in(self.dates, self.date_starts, sentence.start, quantity.start) if d.value and self._basis(d)]
        return bases[-1].value if bases else ""

    # -- what earlier sentences set ----------------------------------------------------------

    def _advance(self, sentence: Sentence) -> None:
        """Take the sentences before `sentence` into account, in order: the subject each sets, and
        the last date each names for it; a new paragraph forgets the periods set before it."""
        while self.current < sentence.index:
            if self.current >= 0:
                self._read(self.sentences[self.current])
            self.current += 1
            start = self.sentences[self.current - 1].end if self.current else 0
            if "\n" in self.text[start:self.sentences[self.current].start]:
                self.periods = {}

    def _read(self, earlier: Sentence) -> None:
        organizations = self._organizations(earlier)
        topic = self._topic(earlier, organizations, earlier.end)
        if topic is not None:
            self.subject_set = self._coordinated(topic, organizations)
        dates = self._dates(earlier)
        if dates and self.subject_set:
            self.periods[";".join(o.canonical for o in self.subject_set)] = dates[-1]

    def link(self, quantity) -> Fact:
        sentence = self.sentence_of(quantity.start)
        self._advance(sentence)
        metric, metric_rule = self.metric(sentence, quantity)
        subjects, subject_rule = self.subject(sentence, quantity, metric)
        names = ";".join(dict.fromkeys(o.canonical for o in subjects))
        metric_text = self.text[metric[0]:metric[1]] if metric else ""
        keys = tuple(k for k in (names, "".join(metric_text.split())) if k)
        date, period_rule = self.period(sentence, quantity, keys)
        if date is not None:
            self.periods.update(dict.fromkeys(keys, date))
        self.previous = (sentence, metric)
        change = _kind(sentence, quantity, self.lexicon)
        rules = [metric_rule, subject_rule, period_rule, "kind_change" if change else "kind_level"]
        return Fact(
            start=quantity.start, end=quantity.end, text=quantity.text, quantity_id=quantity.mention_id,
            value=quantity.value, value_high=quantity.value_high, unit=quantity.unit,
            kind="change" if change else "level", rule_id="fact." + "+".join(rules),
            metric=metric_text, metric_start=metric[0] if metric else None, metric_end=metric[1] if metric else None,
            subject=names, subject_org_ids=";".join(dict.fromkeys(o.org_id for o in subjects)),
            subject_mention_ids=";".join(o.mention_id for o in subjects),
            period=date.value if date else "", period_start=date.range_start if date else "",
            period_end=date.range_end if date else "", date_mention_id=date.mention_id if date else "",
            basis=self.basis(sentence, quantity, date.value if date else "") if change else "",
        )


# Comparison phrases (spaces removed) and how far back the basis is from the period.
BASIS_STEPS = ((("전년동기", "전년동월", "작년같은달", "전년같은달", "작년동기", "지난해같은기간", "전년같은기간",
                 "작년같은기간", "전년동분기"), "year"),
               (("전분기", "직전분기", "전분기말"), "quarter"), (("전월", "전달", "직전월"), "month"), (("전년", "작년"), "year"))


def _shift(period: str, step: str) -> str:
    """`period` moved one `step` back: `2020-Q3` → `2019-Q3` (year), `2020-Q2` (quarter); "" when
    the period has no such part."""
    match = re.fullmatch(r"(\d{4})(?:-(Q|H)?(\d{1,2}))?", period)
    if not match:
        return ""
    year, kind, part = int(match.group(1)), match.group(2), match.group(3)
    if step == "year":
        return f"{year - 1}" + (f"-{kind or ''}{part}" if part else "")
    if step == "quarter" and kind == "Q":
        return f"{year - 1}-Q4" if part == "1" else f"{year}-Q{int(part) - 1}"
    if step == "month" and part and not kind:
        return f"{year - 1}-12" if int(part) == 1 else f"{year}-{int(part) - 1:02d}"
    return ""


def _titles() -> frozenset:
    """Person titles (`의장`, `대표`): a noun that names a person is no metric."""
    from ..org.lexicon import cues

    return cues()["titles"] | cues()["org_titles"]


def _each(facts: list, text: str) -> list:
    """`A와 B는 … 각각 X, Y`: the i-th figure after `각각` is the i-th subject's (`subject_each`)."""
    by_subject = {}
    for i, fact in enumerate(facts):
        if fact.rule_id != "fact.conversion" and ";" in fact.subject:
            by_subject.setdefault((fact.subject, fact.subject_mention_ids), []).append(i)
    for (names, mention_ids), indexes in by_subject.items():
        names, ids, mentions = names.split(";"), facts[indexes[0]].subject_org_ids.split(";"), mention_ids.split(";")
        each = text.rfind("각각", 0, facts[indexes[0]].start)
        if each < 0 or len(indexes) != len(names) or len(ids) != len(names) or len(mentions) != len(names):
            continue
        for k, i in enumerate(indexes):
            facts[i] = Fact(**{**facts[i].__dict__, "subject": names[k], "subject_org_ids": ids[k],
                               "subject_mention_ids": mentions[k],
                               "rule_id": facts[i].rule_id.replace("subject_genitive", "subject_each").replace("subject_topic", "subject_each")})
    return facts


def link_facts(context, quantities, dates, organizations) -> list:
    """One fact per quantity that is not an ordinal or a duration, in text order; a conversion
    shares the slots of the quantity it converts (`fact.conversion`)."""
    linker = Linker(context, quantities, dates, organizations)
    facts, by_quantity = [], {}
    for quantity in sorted(quantities, key=lambda q: q.start):
        if quantity.category in NO_FACT:
            continue
        source = by_quantity.get(quantity.equivalent_of) if quantity.equivalent_of else None
        if source is not None:
            fact = Fact(**{**source.__dict__, "start": quantity.start, "end": quantity.end, "text": quantity.text,
                           "quantity_id": quantity.mention_id, "value": quantity.value,
                           "value_high": quantity.value_high, "unit": quantity.unit, "rule_id": "fact.conversion"})
        else:
            fact = linker.link(quantity)
        by_quantity[quantity.mention_id] = fact
        facts.append(fact)
    return _each(facts, context.text)
