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
from typing import Optional

from ..model import Fact
from .lexicon import words

# Quantities that rank or time something have no fact.
NO_FACT = frozenset({"ordinal", "duration"})
NOUNS = frozenset({"NNG", "NNP"})
TOPIC = frozenset({"은", "는", "이", "가", "도", "께서"})
# Words between a figure and the noun it modifies (`이상의`, `규모의`, `에 달하는`, `가 넘는`).
BRIDGE_FORMS = frozenset({"의", "이상", "이하", "미만", "초과", "가량", "정도", "남짓", "규모", "상당", "어치", "짜리",
                          "에", "달하", "이르", "넘", "넘어서", "웃돌", "가", "이", "는", "ᆫ", "은", "여", "안팎", "내외", "씩"})
NOT_METRIC = frozenset({"이상", "이하", "미만", "수준", "규모", "가량", "정도", "이후", "전", "후", "동안", "만", "대비",
                        "기준", "현재", "등", "중", "때", "당시", "가운데", "명", "개", "곳", "건"})
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
    """Start of the nouns glued before and up to token `i`."""
    tokens = sentence.tokens
    while i > 0 and tokens[i - 1].tag in NOUNS and tokens[i - 1].end == tokens[i].start:
        i -= 1
    return tokens[i].start


def _metric_after(sentence: Sentence, quantity) -> Optional[tuple]:
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
    26% 성장한`), stopping at an earlier clause that holds another figure's own measure."""
    i = sentence.before(quantity.start)
    while i >= 0:
        token = sentence.tokens[i]
        if token.tag in NOUNS:
            start = _word_start(sentence, i)
            word = sentence.text[start:token.end]
            if word in measures or token.form in measures:
                return (start, token.end) if word in measures else (token.start, token.end)
        i -= 1
    return None


def _topic_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The noun marked as topic or subject right before the figure (`관람객은 300명`), not an
    organization or date (`taken`)."""
    i = sentence.before(quantity.start)
    tokens = sentence.tokens
    if i < 1 or tokens[i].form not in TOPIC or tokens[i].tag not in ("JX", "JKS"):
        return None
    if tokens[i - 1].tag not in NOUNS or tokens[i - 1].form in NOT_METRIC or taken(tokens[i - 1].start, tokens[i - 1].end):
        return None
    return _word_start(sentence, i - 1), tokens[i - 1].end


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
    """A change: `%p`, a sign, or a change word after the figure (not `…으로 늘었다`, a new level)."""
    if quantity.unit == "%p" or sentence.text[quantity.start:quantity.start + 1] in "+±":
        return True
    i, tokens = sentence.after(quantity.end), sentence.tokens
    for _ in range(4):
        if i >= len(tokens):
            return False
        token = tokens[i]
        if token.tag == "JKB" and token.form in ("로", "으로", "에서"):
            return False
        if token.form in lexicon["change_words"] or token.form in lexicon["change_nouns"]:
            return True
        if token.tag not in ("JKS", "JX", "JKG", "SSC", "NNB", "MAG", "XSN", "SW") and token.form not in BRIDGE_FORMS:
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


class Linker:
    """Links the quantities of one document (see the module docstring)."""

    def __init__(self, context, quantities, dates, organizations):
        self.text = context.text
        self.sentences = [Sentence(s, context.text) for s in context.sentences]
        self.sentence_starts = [s.start for s in self.sentences]
        self.dates, self.organizations = list(dates), list(organizations)
        self.quantities = quantities
        self.lexicon = words()
        self.mentions = sorted([(m.start, m.end) for m in (*dates, *organizations)])
        self.last_subject = None  # (names, ids, mention ids) of the latest explicit subject
        self.periods = {}  # subject or metric → (date mention) last set

    def sentence_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]

    def taken(self, start: int, end: int) -> bool:
        """[start, end) overlaps a DATE or ORG mention."""
        i = bisect.bisect_right(self.mentions, (end, end)) - 1
        return i >= 0 and self.mentions[i][0] < end and start < self.mentions[i][1]

    def metric(self, sentence: Sentence, quantity) -> tuple:
        found = _metric_after(sentence, quantity)
        if found:
            return found, "metric_after"
        found = _measure_before(sentence, quantity, self.lexicon["measures"])
        if found:
            return found, "metric_measure"
        found = _topic_before(sentence, quantity, self.taken)
        if found:
            return found, "metric_topic"
        found = _verbal_after(sentence, quantity) if quantity.category in ("currency", "count") else None
        return (found, "metric_verbal") if found else (None, "metric_none")

    def subject(self, sentence: Sentence, quantity, metric) -> tuple:
        in_sentence = [o for o in self.organizations if sentence.start <= o.start < sentence.end]
        sources = [o for o in in_sentence if _followed_by(self.text, o.end, self.lexicon["source_markers"], 1)]
        in_sentence = [o for o in in_sentence if o not in sources]
        if metric:
            genitive = [o for o in in_sentence if o.end <= metric[0] and _marked(sentence, o, frozenset({"의"}))
                        and metric[0] - o.end <= 12]
            if genitive:
                return [genitive[-1]], "subject_genitive"
        topics = [o for o in in_sentence if _marked(sentence, o, TOPIC)]
        if topics:
            before = [o for o in topics if o.start < quantity.start] or topics
            head = before[-1] if any(_marked(sentence, o, frozenset({"이", "가"})) for o in before[-1:]) else before[0]
            return self._coordinated(sentence, head, in_sentence), "subject_topic"
        if not in_sentence and not sources and self.last_subject and sentence.index > 0:
            return self.last_subject, "subject_carried"
        return [], "subject_none"

    def _coordinated(self, sentence: Sentence, head, organizations: list) -> list:
        """The head and the organizations listed right before it (`A와 B는`, `A·B·C가`)."""
        chosen = [head]
        for o in reversed([o for o in organizations if o.end <= head.start]):
            between = self.text[o.end:chosen[0].start]
            if between.strip() in ("와", "과", "및", ",", "·", "ㆍ", "와 함께") or between in ("와 ", "과 ", ", ", " 및 "):
                chosen.insert(0, o)
            else:
                break
        return chosen

    def period(self, sentence: Sentence, quantity, subject_key: str) -> tuple:
        clause_start, clause_end = sentence.clause(quantity.start)
        candidates = [d for d in self.dates if sentence.start <= d.start < sentence.end and d.value
                      and not self._basis(d) and not self._reporting(d)]
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
        carried = self.periods.get(subject_key) if sentence.index > 0 else None
        return (carried, "period_carried") if carried else (None, "period_none")

    def _basis(self, date) -> bool:
        """The date before a comparison word (`전년 대비`, `전년 동기 대비`, `지난해보다`)."""
        return _followed_by(self.text, date.end, self.lexicon["comparison"], 4)

    def _reporting(self, date) -> bool:
        """A day that dates a report (`9일 밝혔다`, `20일 공시했다`)."""
        return date.granularity == "day" and _verb_after(self.sentence_of(date.start), date.end, self.lexicon["reporting_verbs"])

    def basis(self, sentence: Sentence, quantity) -> str:
        bases = [d for d in self.dates if sentence.start <= d.start < quantity.start and d.value and self._basis(d)]
        return bases[-1].value if bases else ""

    def link(self, quantity) -> Fact:
        sentence = self.sentence_of(quantity.start)
        metric, metric_rule = self.metric(sentence, quantity)
        subjects, subject_rule = self.subject(sentence, quantity, metric)
        if subject_rule in ("subject_topic", "subject_genitive"):
            self.last_subject = subjects
        names = ";".join(dict.fromkeys(o.canonical for o in subjects))
        metric_text = self.text[metric[0]:metric[1]] if metric else ""
        key = names or "".join(metric_text.split())
        date, period_rule = self.period(sentence, quantity, key)
        if date is not None and key:
            self.periods[key] = date
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
            basis=self.basis(sentence, quantity) if change else "",
        )


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
    return facts
