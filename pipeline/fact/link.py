"""FACT linking rules: each quantity tied to its metric, subject, period and kind (docs/facts.md).

Each slot is found by named rules tried in order; the first that finds it names itself in the
fact's `rule_id` (`fact.metric_measure+subject_topic+period_clause+kind_level`). The rules read
kiwipiepy's analysis of the sentence: particles mark the topic and subject (은/는, 이/가), the
genitive (의) and the object (을/를); connective endings (EC) and commas bound the clauses.

- metric: `metric_after` (the noun a figure modifies: `23개 언어`, `2개의 전문팀`, `1억 위안 이상의
  매출`, `5조 원 규모의 시장`), `metric_measure` (the nearest measure noun of the lexicon before it
  in its major clause), `metric_topic` (the noun marked as topic or subject just before it),
  `metric_partitive` (`네티즌 중 1명`), `metric_verbal` (the verbal noun of the verb that takes it
  as object or count: `투자했다` → 투자, `1회 도전`).
- subject: `subject_market` (none for a market's size), `subject_genitive` (`삼성전자의 매출`),
  `subject_topic` (the organizations marked as topic or subject in the sentence, coordinated
  ones and partners `B와 함께` together),
  `subject_channel` (the platform a figure happens through or on: `티몰에서`), `subject_carried`
  (a sentence without a subject of its own keeps the one set before it in the document).
- period: `period_clause` (a DATE in the figure's clause), `period_as_of` (`… 기준`, `… 현재`),
  `period_sentence`, `period_carried` (the period last set for the same subject, else metric),
  `period_event` (an event a date named earlier: `올해 … 페스티벌` → `페스티벌 기간에`).
  A DATE before a comparison word (`전년 대비`) is the basis, not the period; a day before a
  reporting verb (`9일 밝혔다`), or any date before the topic of a reported quote (`지난 4월 A는 …
  투자한다고 밝혔다`), dates the report, not the figure; an announcement's date is carried nowhere.
- kind: `kind_change` (a change word after the figure, `%p`, a sign), else `kind_level`.
A conversion (`4,982억 위안(약 84조 원)`) takes the slots of the quantity it converts; counts that
number a sequence (`1편, 2편, 3편`) have no fact.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Optional

from ..model import Fact, replace
from .lexicon import words

class Range(NamedTuple):
    """A period two DATEs bound (`A부터 B까지`): their values joined by `/`, from A's first day to B's
    last, both mention ids."""

    value: str
    range_start: str
    range_end: str
    mention_id: str
    start: int
    end: int


class LinkRule(NamedTuple):
    """A named linking rule: the slot it fills and what it reads."""

    name: str
    slot: str
    reads: str


RULES = (
    LinkRule("fact.metric_after", "metric", "the noun the figure modifies (23개 언어, 1억 위안 이상의 매출)"),
    LinkRule("fact.metric_counted", "metric", "the counted noun right before a count (전기차 5,200대), the noun beside an amount (추징금 8천만원)"),
    LinkRule("fact.metric_frame", "metric", "the object of a frame before the figure (평균 열량을 보면 A가 1,197kcal)"),
    LinkRule("fact.metric_measure", "metric", "the nearest measure noun of the lexicon before the figure"),
    LinkRule("fact.metric_topic", "metric", "the noun marked as topic or subject in the figure's clause"),
    LinkRule("fact.metric_unit", "metric", "none for a count whose unit names what it counts (13승 5패, 19골, 41세)"),
    LinkRule("fact.metric_as", "metric", "the noun a figure is given as right before it (전체 점수로 67.733점을 받아)"),
    LinkRule("fact.metric_object", "metric", "the object right before a figure (출고가를 1,166원에서 1,247원으로 올렸다)"),
    LinkRule("fact.metric_shared", "metric", "the metric of the figure before it in the sentence (…으로 92% 감소)"),
    LinkRule("fact.metric_partitive", "metric", "the whole a count is part of (네티즌 중 1명은, 임원 10명 중 7명)"),
    LinkRule("fact.metric_verbal", "metric", "the verbal noun of the verb taking the figure as object or count (투자했다, 1회 도전)"),
    LinkRule("fact.subject_genitive", "subject", "the organization owning the metric (삼성전자의 매출, SK하이닉스 주가)"),
    LinkRule("fact.subject_relative", "subject", "the organization whose relative clause modifies the figure's noun (혁신위가 내놓은 권고안의 22개 과제)"),
    LinkRule("fact.subject_head", "subject", "the organization the figure's adnominal clause modifies (3연승을 거둔 다저스가); none for a person's name (13승을 기록한 류현진은)"),
    LinkRule("fact.subject_ranked", "subject", "the organization named as the ranked one (가장 높은 은행은 제주은행으로 1.2%)"),
    LinkRule("fact.subject_named", "subject", "none when the figure's clause has a proper noun that is no organization as its subject (차베스가 744만 표를)"),
    LinkRule("fact.subject_topic", "subject", "the organizations marked as topic or subject (삼성전자는, A와 B는)"),
    LinkRule("fact.subject_channel", "subject", "the platform the figure happens through or on (1688닷컴을 통해, 티몰에서)"),
    LinkRule("fact.subject_each", "subject", "one subject per figure after 각각"),
    LinkRule("fact.subject_market", "subject", "none for the size of a market or an industry (30조 위안 규모의 중국 시장)"),
    LinkRule("fact.subject_plan", "subject", "the organization whose plan or position the sentence states (…는 게 서울시 계획이다)"),
    LinkRule("fact.subject_carried", "subject", "the subject an earlier sentence set (Korean drops it)"),
    LinkRule("fact.period_clause", "period", "a DATE in the figure's clause"),
    LinkRule("fact.period_as_of", "period", "a DATE before 기준 or 현재 in the sentence"),
    LinkRule("fact.period_sentence", "period", "a DATE elsewhere in the sentence"),
    LinkRule("fact.period_carried", "period", "the period last set in the paragraph for the same subject or metric"),
    LinkRule("fact.period_range", "period", "the range of a DATE before 부터 and the next before 까지 (9월23일부터 10월7일까지)"),
    LinkRule("fact.period_event", "period", "the date that named the event the sentence speaks of again (올해 … 페스티벌)"),
    LinkRule("fact.kind_change", "kind", "a change word after the figure, %p, or a sign"),
    LinkRule("fact.kind_level", "kind", "any other figure"),
    LinkRule("fact.conversion", "all", "the slots of the quantity a conversion restates"),
)
# Quotes that close around a name (`'듀오'가`); a bracket after a name (`보아텡(AC밀란)이`) is an aside.
CLOSING_QUOTES = frozenset("'\"’”」』》〉")
# The particles that open and close a range of dates (`A부터 B까지`).
RANGE_STARTS = frozenset({"부터", "에서"})
RANGE_ENDS = frozenset({"까지"})
# Tokens of a predicate: a date after one is past the sentence's opening.
PREDICATES = frozenset({"VV", "VA", "XSV", "XSA", "EC", "EF"})
# Nouns that take a part of a whole (`네티즌 중 1명`).
PARTS = frozenset({"중", "가운데"})
# Rules whose metric is the noun a counter counts: it goes with that counter only.
COUNTED_RULES = frozenset({"metric_after", "metric_counted"})
# Quantities that rank or time something have no fact.
NO_FACT = frozenset({"ordinal", "duration"})
NOUNS = frozenset({"NNG", "NNP"})
# Tokens a noun phrase may start with (`고해상도 사진`: a prefix).
METRIC_START = NOUNS | {"XPN"}
# Tokens a metric word is made of (`연체`+`율`, `고객 수`); a word that ends in a proper noun names a
# person or a product (`손연재는`, `페리에 3.4배`), not what is measured.
WORD_TAGS = frozenset({"NNG", "NNP", "XSN"})
COMMON = frozenset({"NNG", "XSN"})
TOPIC = frozenset({"은", "는", "이", "가", "도", "께서"})
# A metric is also marked by `만` (`피해자만 2만 명에 달한다`).
METRIC_TOPIC = TOPIC | {"만"}
# Words between a figure and the noun it modifies (`이상의`, `규모의`, `에 달하는`, `가 넘는`).
BRIDGE_FORMS = frozenset({"의", "이상", "이하", "미만", "초과", "가량", "정도", "남짓", "규모", "상당", "어치", "짜리",
                          "에", "달하", "이르", "넘", "넘어서", "웃돌", "가", "이", "는", "ᆫ", "은", "여", "안팎", "내외", "씩"})
# Bridges that make a figure modify the noun after it (`2개의 전문팀`, `64쪽짜리 보고서`, `1억 원어치 주식`).
ADNOMINAL_BRIDGES = frozenset({"의", "짜리", "어치"})
# Prospective adnominal endings: what follows says what is expected (`이를 전망이다`), not what is measured.
PROSPECTIVE = frozenset({"ᆯ", "을"})
NOT_METRIC = frozenset({"이상", "이하", "미만", "수준", "규모", "가량", "정도", "이후", "전", "후", "동안", "만", "대비",
                        "기준", "현재", "등", "중", "때", "당시", "가운데", "명", "개", "곳", "건", "기간", "새", "사이"})
# Connective endings that join two clauses, each with its own predicate (`…했으며`, `…했고`).
JOINING = frozenset({"고", "며", "으며", "지만", "는데", "은데", "ᆫ데", "나", "으나", "면서", "으면서", "어서", "아서", "서"})
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
        self.major_bounds = [t.end for t in self.tokens if t.tag in ("SP", "SF", "JKQ") or t.tag == "EC" and t.form in JOINING]
        self.text = text

    def clause(self, offset: int) -> tuple:
        """(start, end) of the clause holding `offset`."""
        i = bisect.bisect_right(self.bounds, offset)
        return (self.bounds[i - 1] if i else self.start), (self.bounds[i] if i < len(self.bounds) else self.end)

    def major_clause_start(self, offset: int) -> int:
        """Start of the major clause holding `offset`: bounded by commas, the endings that join
        two clauses (`…했으며`, `…했고`, `…지만`) and the end of a quote (`…하겠다'고`), not by the
        endings inside one clause (`올해 들어`, `가파르게`)."""
        i = bisect.bisect_right(self.major_bounds, offset)
        return self.major_bounds[i - 1] if i else self.start

    def major_clause_end(self, offset: int) -> int:
        """End of the major clause holding `offset`."""
        i = bisect.bisect_left(self.major_bounds, offset)
        return self.major_bounds[i] if i < len(self.major_bounds) else self.end

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


def _past_brackets(tokens: list, i: int) -> int:
    """Index after the brackets that open at token `i` (`(약 84조 원)`, `((약167억 원))`): a
    conversion or an aside between a figure and the word it goes with; `i` when none opens."""
    depth = 0
    while i < len(tokens) and (depth or tokens[i].tag == "SSO"):
        depth += {"SSO": 1, "SSC": -1}.get(tokens[i].tag, 0)
        i += 1
    return i


def _before_brackets(tokens: list, i: int) -> int:
    """Index of the last token before the brackets that close at token `i` (`총거래액(GMV)`: 거래액)."""
    depth = 0
    while i >= 0 and (depth or tokens[i].tag == "SSC"):
        depth += {"SSC": 1, "SSO": -1}.get(tokens[i].tag, 0)
        i -= 1
    return i


def _adjectival(tokens: list, i: int) -> int:
    """Index after a noun made an adjective (`대표적인`: noun, 적, 이, ᆫ), or `i` when token `i`
    starts none: such a noun only modifies the head that follows."""
    k = i + 1
    if k + 2 < len(tokens) and tokens[k].form == "적" and tokens[k].tag == "XSN" and tokens[k + 1].tag == "VCP" \
            and tokens[k + 2].tag == "ETM":
        return k + 3
    return i


def _metric_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The noun a figure modifies: right after a count (`23개 언어`), or after a bridge
    (`2개의 전문팀`, `1억 위안 이상의 매출`, `5조 원 규모의 국내 커피 시장`, `8개의 대표적인 키워드`),
    or the thing a change word after it changes (`17% 임금 인상`).
    Only an adnominal ending bridges (`470개가 넘는 브랜드`), not a topic (`1명은 형사구류`)."""
    tokens = sentence.tokens
    i, bridged = _past_brackets(tokens, sentence.after(quantity.end)), False
    for _ in range(5):
        if i >= len(tokens):
            return None
        token = tokens[i]
        if token.tag == "XPN" and i + 1 < len(tokens) and tokens[i + 1].form in NOT_METRIC:
            i += 2  # `대규모 공사`: a prefixed size word modifies the noun after it
            continue
        if token.tag in METRIC_START and token.form not in BRIDGE_FORMS:
            if token.form in lexicon["change_nouns"] or token.form in lexicon["change_words"] or token.form in NOT_METRIC:
                return None
            adjacent = token.start in (quantity.end, quantity.end + 1)
            changed = i + 1 < len(tokens) and tokens[i + 1].form in lexicon["change_nouns"]  # `17% 임금 인상`
            if not (bridged or adjacent and (quantity.category in ("count", "measure") or changed)):
                return None
            if _adjectival(tokens, i) == i:
                return _noun_phrase_end(sentence, i)
            i = _adjectival(tokens, i)
            continue
        adnominal = token.tag == "ETM" and token.form not in PROSPECTIVE
        if token.form not in BRIDGE_FORMS and token.tag not in ("SSO", "SSC", "MM", "EP") and not adnominal:
            return None
        bridged = bridged or token.form in ADNOMINAL_BRIDGES or adnominal
        i = _past_brackets(tokens, i + 1)
    return None


def _noun_phrase_end(sentence: Sentence, i: int) -> Optional[tuple]:
    """The head noun of a phrase that starts at token `i` (`국내 커피 시장`: up to `시장`; `가계대출
    연체율`: with the suffix glued to it)."""
    tokens = sentence.tokens
    start, end = tokens[i].start, tokens[i].end
    while i + 1 < len(tokens) and (tokens[i + 1].tag in NOUNS and tokens[i + 1].start in (end, end + 1)
                                   or tokens[i + 1].tag == "XSN" and tokens[i + 1].start == end) \
            and tokens[i + 1].form not in NOT_METRIC:
        i += 1
        end = tokens[i].end
    return start, end


def _measure_before(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The nearest measure noun before the figure in its sentence (`매출 236조 원`, `총거래액이 …
    26% 성장한`) in its major clause (not past `…을 처리했으며`), heading its word (not
    `데이터센터`); for `규모` the thing whose size it is (`국내 라면 시장 규모는 2조 원`)."""
    i = sentence.before(quantity.start)
    tokens = sentence.tokens
    clause_start = sentence.major_clause_start(quantity.start)
    while i >= 0 and tokens[i].start >= clause_start:
        token = tokens[i]
        if token.tag in WORD_TAGS and not _glued_noun_after(tokens, i, lexicon["change_nouns"]):
            start = _word_start(sentence, i)
            word = sentence.text[start:token.end]
            measures = lexicon["measures"]
            suffixed = token.tag == "XSN" and token.form in lexicon["measure_suffixes"]  # `전세가율`
            if (word in measures or token.form in measures or suffixed) and not _recipient(tokens, i):
                if word == "규모" and i > 0 and tokens[i - 1].tag in NOUNS and tokens[i - 1].end + 1 == token.start:
                    return _word_start(sentence, i - 1), tokens[i - 1].end
                return (start, token.end) if word in measures or suffixed else (token.start, token.end)
        i -= 1
    return None


def _recipient(tokens: list, i: int) -> bool:
    """The noun phrase that token `i` is in is marked as where something goes (`스타트업 펀드에 1억
    유로를 출자했다`, `수해 피해 지역에 3억 원을`): a recipient, not what the figure measures."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag in NOUNS and tokens[k].start <= tokens[k - 1].end + 1:
        k += 1
    return k < len(tokens) and tokens[k].tag == "JKB" and tokens[k].form in ("에", "에게")


def _glued_noun_after(tokens: list, i: int, change_nouns: frozenset) -> bool:
    """Token `i` is not the head of its word: a noun follows with no space (`데이터` in
    `데이터센터`), so a measure noun there names something else — unless that noun only says it
    changes (`금리인상`)."""
    return i + 1 < len(tokens) and tokens[i + 1].tag in WORD_TAGS and tokens[i + 1].start == tokens[i].end \
        and tokens[i + 1].form not in change_nouns


def _counted_before(sentence: Sentence, quantity, taken, lexicon: dict) -> Optional[tuple]:
    """The counted noun right before a count, with no particle between (`전기차 5,200대`, `매장 40곳`),
    and the noun an amount stands beside (`추징금 8천만원`, `현금 1억원`) — not a time or a
    qualifier (`시즌 19골`, `하루 12편`, `평균 3억 원`)."""
    i = sentence.before(quantity.start)
    if i > 0 and sentence.tokens[i].tag == "SSO" and sentence.tokens[i].end == quantity.start \
            and sentence.tokens[i - 1].end == sentence.tokens[i].start and quantity.category == "count":
        i -= 1  # `양말(3족)`: the count in brackets after its noun
    elif i > 0 and sentence.tokens[i].form == "각" and sentence.tokens[i].tag == "MM" \
            and sentence.tokens[i - 1].end + 1 == sentence.tokens[i].start:
        i -= 1  # `남녀 각 266명`
    elif i < 0 or sentence.tokens[i].end + 1 != quantity.start:
        return None
    if sentence.tokens[i].tag not in COMMON \
            or sentence.tokens[i].form in NOT_METRIC or sentence.tokens[i].form in lexicon["not_metrics"] \
            or taken(sentence.tokens[i].start, sentence.tokens[i].end):
        return None
    start = _word_start(sentence, i)
    if sentence.tokens[sentence.after(start)].tag not in NOUNS or start > sentence.start and sentence.text[start - 1].isdigit():
        return None  # a suffix of a figure (`5년간 1억 달러`) or a particle read as a noun (`이마트24가`)
    return start, sentence.tokens[i].end


def _topic_before(sentence: Sentence, quantity, taken, titles: frozenset, markets: frozenset) -> Optional[tuple]:
    """The nearest noun marked as topic or subject before the figure in its clause (`관람객은 300명`,
    `고객 수는 지난달 말 1,800만 명`), not an organization, a date or — unless the people counted right
    after it (`의원이 25명`) — a person's title (`무스카 시장이 … 35명이 사망한`)."""
    clause_start, _ = sentence.clause(quantity.start)
    tokens = sentence.tokens
    i = sentence.before(quantity.start)
    if quantity.category == "count" and i >= 1 and tokens[i].tag in ("JX", "JKS"):
        titles = frozenset()  # the marker right before the count
    while i >= 1 and tokens[i].start >= clause_start:
        h = _before_brackets(tokens, i - 1) if tokens[i].form in METRIC_TOPIC else -1  # (`국내총생산(GDP)은`)
        if tokens[i].form in METRIC_TOPIC and tokens[i].tag in ("JX", "JKS") and h >= 0 and tokens[h].tag in COMMON \
                and not (h > 0 and tokens[h - 1].tag == "JKO"):  # (`음악을 아는`: a verb read as a noun)
            head = tokens[h]
            person = head.form in titles and not (head.form in markets and h > 0 and tokens[h - 1].tag == "NNG")
            if head.form in NOT_METRIC or person or taken(head.start, head.end):  # (`무스카 시장`, not `밀키트 시장`)
                return None
            return _word_start(sentence, h), head.end
        i -= 1
    return None


def _given_as(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The noun a figure is given as, right before it with 로/으로 (`개인종합 전체 점수로 67.733점을
    받아`) — tried after the verbal noun, which a means takes (`상장으로 46억 달러를 조달했다`)."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    j = _past_brackets(tokens, sentence.after(quantity.end))
    if not (j < len(tokens) and tokens[j].tag in ("JKO", "VCP")):
        return None  # the figure is what is given (`…점을 받아`), not a limit (`선착순으로 100명까지`)
    if i >= 1 and tokens[i].form in ("로", "으로") and tokens[i].tag == "JKB" and tokens[i].end + 1 == quantity.start \
            and tokens[i - 1].tag in COMMON and tokens[i - 1].form not in NOT_METRIC and not taken(tokens[i - 1].start, tokens[i - 1].end):
        return _word_start(sentence, i - 1), tokens[i - 1].end
    return None


def _object_right_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The object right before a figure that changes or sets it (`출고가를 1,166원에서 1,247원으로
    올렸다`, `직원 수를 2,000명 줄였다`): what the figure measures."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i >= 1 and tokens[i].tag == "JKO" and tokens[i].end + 1 == quantity.start and tokens[i - 1].tag in COMMON | {"NNB"} \
            and tokens[i - 1].form not in NOT_METRIC and not taken(tokens[i - 1].start, tokens[i - 1].end):
        return _word_start(sentence, i - 1), tokens[i - 1].end
    return None


def _framed(sentence: Sentence, verbs: frozenset) -> Optional[tuple]:
    """The object of a frame in the sentence (`햄버거세트 평균 열량을 보면 버거킹이 1,197kcal`,
    `업종별 영업이익을 살펴보면`): what the figures after it measure; (start, end, where it ends)."""
    tokens = sentence.tokens
    for k in range(2, len(tokens) - 1):
        if tokens[k].form in verbs and tokens[k].tag.startswith("VV") and tokens[k + 1].form in ("면", "으면") \
                and tokens[k - 1].tag == "JKO" and tokens[k - 2].tag in COMMON:
            return _word_start(sentence, k - 2), tokens[k - 2].end, tokens[k + 1].end
    return None


def _partitive_before(sentence: Sentence, quantity) -> Optional[tuple]:
    """The whole a count is part of (`구속된 네티즌 중 1명은`): the noun before the `중` or `가운데`
    right before it (the counts listed after it share it: `metric_shared`)."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i > 0 and tokens[i].form in PARTS and tokens[i].tag in ("NNB", "NNG") and tokens[i - 1].tag in COMMON \
            and tokens[i - 1].form not in NOT_METRIC:
        return _word_start(sentence, i - 1), tokens[i - 1].end
    return None


def _verbal_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun of the verb that takes the figure as its object (`16명을 … 입건했다`), its
    subject or price (`35명이 사망했다`, `25만 달러에 판매한`, `79달러에 A 1개와 B 2개, … 구매할`), or as
    an adverbial count (`1회씩 도전할`, `3차례 방문했다`, `수십 차례에 걸쳐 필로폰을 투약한`); the object
    of a verb that only carries it (`압수수색을 당했다`, `시위를 벌였다`: lexicon `object_verbs`) — not a
    verb that only says a figure was reached (`기록했다`, `달성했다`: lexicon `light_verbs`)."""
    light, carriers = lexicon["light_verbs"], lexicon["object_verbs"]
    i, tokens = _past_brackets(sentence.tokens, sentence.after(quantity.end)), sentence.tokens
    _, clause_end = sentence.clause(quantity.end)
    while i < len(tokens) and (tokens[i].tag == "XSN" or tokens[i].tag == "JX" and tokens[i].form in ("밖에", "만")):
        i += 1  # `씩`, `한 번밖에`
    verbal = lambda k: k + 1 < len(tokens) and tokens[k].tag == "NNG" and tokens[k + 1].tag == "XSV" \
        and tokens[k].form not in light
    if verbal(i) and quantity.category == "count":
        return tokens[i].start, tokens[i].end
    if i < len(tokens) and (tokens[i].tag == "JKS" or tokens[i].tag == "JKB" and tokens[i].form == "에"):
        if verbal(i + 1):
            return tokens[i + 1].start, tokens[i + 1].end
        if i + 2 < len(tokens) and tokens[i + 1].form == "걸치":
            i += 3  # `2차례에 걸쳐 … 압수수색을 당했다`: the clause after `걸쳐`
            _, clause_end = sentence.clause(tokens[i].start)
        elif tokens[i].tag == "JKB" and quantity.category == "currency":
            return _price_of(sentence, i + 1, verbal)
    seen_object = False
    while i < len(tokens) and tokens[i].start < clause_end:
        token = tokens[i]
        if token.tag == "JKO":
            seen_object = True
        elif seen_object and verbal(i):
            if i >= 2 and tokens[i - 1].form in ("로", "으로") and tokens[i - 1].tag == "JKB" and tokens[i - 2].tag in COMMON:
                return _word_start(sentence, i - 2), tokens[i - 2].end  # `11곳을 약정대상 기업으로 선정`
            return token.start, token.end
        elif token.tag.startswith("VV") and seen_object and token.form in carriers and tokens[i - 1].tag == "JKO" \
                and tokens[i - 2].tag in COMMON:
            return _word_start(sentence, i - 2), tokens[i - 2].end
        elif token.tag.startswith(("VV", "VA")) and seen_object:
            return None
        i += 1
    return None


def _price_of(sentence: Sentence, i: int, verbal) -> Optional[tuple]:
    """The deal a price is paid in (`79달러에 킨지 1개와 실린더 2개, 155달러에 …, … 구매할 수 있다`):
    the first verbal noun of the sentence's predicate after it, past the list of what it buys."""
    tokens = sentence.tokens
    while i < len(tokens) and not tokens[i].tag.startswith(("VV", "VA", "EF")) \
            and not (tokens[i].tag == "EC" and tokens[i].form in JOINING):
        if verbal(i):
            return tokens[i].start, tokens[i].end
        i += 1
    return None


def _object_before(sentence: Sentence, quantity, carriers: frozenset) -> Optional[tuple]:
    """The object of the verb a count of times modifies (`성형수술을 단 한 번 받았다`): the noun
    before 을/를, adverbs aside, when a verb of `carriers` follows the count."""
    tokens, j = sentence.tokens, sentence.after(quantity.end)
    while j < len(tokens) and tokens[j].tag in ("XSN", "JX"):
        j += 1  # `한 번밖에`
    if not (j < len(tokens) and tokens[j].tag.startswith("VV") and tokens[j].form in carriers):
        return None
    i = sentence.before(quantity.start)
    while i >= 0 and tokens[i].tag in ("MAG", "MM"):
        i -= 1
    if i >= 1 and tokens[i].tag == "JKO" and tokens[i - 1].tag in COMMON:
        return _word_start(sentence, i - 1), tokens[i - 1].end
    return None


def _kind(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """A change: `%p`, a sign, or a change word after the figure (`12.5% 증가`, `100곳을 줄였다`,
    `2조 원(22%) 늘었다`, `17% 임금 인상`) — not a new level (`…으로 늘었다`, `…까지 올랐다`), not how
    often (`한 번밖에 인상되지 않았다`, `하루에 한 번씩`)."""
    if quantity.unit == "%p" or sentence.text[quantity.start:quantity.start + 1] in "+±":
        return True
    if quantity.unit in lexicon["frequency_units"]:
        return False
    i, tokens = sentence.after(quantity.end), sentence.tokens
    if i < len(tokens) and tokens[i].form in lexicon["difference_nouns"] and tokens[i].start == quantity.end + 1:
        return True  # `1점 차로 뒤진`: a difference
    if _compared_by(sentence, quantity, lexicon) and quantity.unit not in lexicon["ratio_units"]:
        return True  # `정상가보다 20% 싸게`: a difference from the basis
    while i + 1 < len(tokens) and tokens[i].tag == "JC" and tokens[i + 1].tag == "SN":
        i = _past_figure(tokens, i + 1)  # `29%와 18%씩 급감했다`: coordinated figures share the verb
    if i < len(tokens) and tokens[i].tag == "SSO":  # a conversion or a rate in brackets
        while i < len(tokens) and tokens[i].tag != "SSC":
            i += 1
        i += 1
    for _ in range(4):
        if i >= len(tokens):
            return False
        token = tokens[i]
        if token.form in ("로", "으로") and token.tag == "JKB" and quantity.unit in lexicon["ratio_units"]:
            i += 1  # `2배로 인상`: a multiple reached is a change
            continue
        if token.form in ("로", "으로", "에서", "까지") and token.tag in ("JKB", "JX"):
            return False
        if token.form in lexicon["change_words"] or token.form in lexicon["change_nouns"]:
            # `피서객 100명이 불어난 물에`: a change word of the figure's subject clause that modifies a noun
            return not (tokens[i - 1].tag == "JKS" and i + 1 < len(tokens) and tokens[i + 1].tag in ("ETM", "XSV"))
        if token.tag == "NNG" and i + 1 < len(tokens) and tokens[i + 1].form in lexicon["change_nouns"]:
            return True  # the changed thing between (`17% 임금 인상`)
        if token.tag not in ("JKS", "JKO", "JX", "JKG", "SSC", "NNB", "MAG", "XSN", "SW") and token.form not in BRIDGE_FORMS:
            return False
        i += 1
    return False


def _sold_at(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun a comparison's adverb modifies (`정상가보다 20∼30% 싸게 판매한다` → 판매)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if _compared_by(sentence, quantity, lexicon) and i + 3 < len(tokens) and tokens[i + 1].form == "게" \
            and tokens[i + 2].tag == "NNG" and tokens[i + 3].tag == "XSV":
        return tokens[i + 2].start, tokens[i + 2].end
    return None


def _compared_by(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """`…보다` before the figure and a comparative adjective right after it (`정상가보다 20∼30% 싸게`,
    `이보다 4.5%포인트 높은`)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if not (i < len(tokens) and tokens[i].form in lexicon["comparatives"] and tokens[i].tag == "VA"):
        return False
    k = sentence.before(quantity.start)
    return any(t.form == "보다" and t.tag == "JKB" for t in tokens[max(0, k - 2):k + 1])


def _past_figure(tokens: list, i: int) -> int:
    """Index after the figure that starts at token `i` (`18%씩`: the number, its unit and `씩`)."""
    while i < len(tokens) and (tokens[i].tag in ("SN", "NR", "SW", "SO") or tokens[i].tag in ("NNB", "XSN")
                               and tokens[i].start == tokens[i - 1].end):
        i += 1
    return i


def _marked(sentence: Sentence, mention, marks: frozenset) -> bool:
    """The mention is followed by one of the particles `marks` (`삼성전자는`, `삼성전자의`), past
    the brackets glued to it (`차이냐오 네트워크(菜鸟网络)도`) and the quote that closes around it
    (`'듀오'가`)."""
    tokens = sentence.tokens
    i = sentence.after(mention.end)
    if i >= len(tokens) or tokens[i].start != mention.end:
        return False
    while i + 1 < len(tokens) and tokens[i].form in CLOSING_QUOTES and tokens[i + 1].start == tokens[i].end:
        i += 1
    i = _past_brackets(tokens, i)
    return i < len(tokens) and tokens[i].form in marks and tokens[i].start == tokens[i - 1].end


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
    """Links the quantities of one document (see the module docstring). Sentences are read in
    order: each sets the subject and the periods that later sentences without their own carry."""

    def __init__(self, context, quantities, dates, organizations):
        self.text = context.text
        self.raw = context.sentences
        self.sentence_starts = [s.start for s in self.raw]
        self.built, self.kept_organizations, self.kept_dates = {}, {}, {}  # by sentence, made when first asked
        self.frames, self.results = {}, {}
        self.owners = {}  # sentence index → the owner its figures were linked to by a genitive
        self.last_period = None  # the period of the figure linked last (`같은 기간`)
        self.organizations_in, self.dates_in = self._by_sentence(organizations), self._by_sentence(dates)
        self.lexicon = words()
        self.titles = _titles()
        self.mentions = sorted([(m.start, m.end) for m in (*dates, *organizations)])
        self.subject_set = None  # the organizations the latest sentence with a subject was about
        self.periods = {}  # subject names or metric → the DATE last set for it
        self.events = {}  # event noun → the DATE that named it (`올해 … 페스티벌`)
        self.current = -1  # the sentence being linked; those before it are taken into account
        self.previous = None  # the fact linked last: its sentence, metric, unit, metric rule

    def _by_sentence(self, mentions) -> dict:
        """Sentence index → its mentions, in text order (each rule looks at one sentence's)."""
        found = {}
        for m in mentions:
            found.setdefault(max(0, bisect.bisect_right(self.sentence_starts, m.start) - 1), []).append(m)
        return found

    def sentence(self, index: int) -> Sentence:
        """The sentence's look-up structures, built the first time a rule needs them."""
        if index not in self.built:
            self.built[index] = Sentence(self.raw[index], self.text)
        return self.built[index]

    def sentence_of(self, offset: int) -> Sentence:
        return self.sentence(max(0, bisect.bisect_right(self.sentence_starts, offset) - 1))

    def taken(self, start: int, end: int) -> bool:
        """[start, end) overlaps a DATE or ORG mention."""
        i = bisect.bisect_right(self.mentions, (end, end)) - 1
        return i >= 0 and self.mentions[i][0] < end and start < self.mentions[i][1]

    # -- metric ------------------------------------------------------------------------------

    def metric(self, sentence: Sentence, quantity) -> tuple:
        if quantity.unit in self.lexicon["age_units"]:
            return None, "metric_unit"  # `76세 남성`: an age is a person's, it counts nothing
        ratio = quantity.unit in self.lexicon["ratio_units"]  # a multiple names no counted thing
        if quantity.category == "measure":  # `평균고도 4천여 미터의 고원지대`: the noun beside a measure
            found = _counted_before(sentence, quantity, self.taken, self.lexicon)
            if found:
                return found, "metric_counted"
        found = _metric_after(sentence, quantity, self.lexicon)
        if found:
            return found, "metric_after"  # (also `24경기 출장정지`)
        if quantity.unit in self.lexicon["self_named_units"]:
            return None, "metric_unit"  # `13승 5패`, `19골`: the unit is what is counted
        found = _counted_before(sentence, quantity, self.taken, self.lexicon) \
            if quantity.category in ("count", "currency") and not ratio else None
        if found:
            return found, "metric_counted"
        found = self._partitive(sentence, quantity) if quantity.category == "count" else None
        if found:
            return found, "metric_partitive"
        found = self._frame(sentence)
        if found and found[2] <= quantity.start:
            return found[:2], "metric_frame"
        if quantity.unit in self.lexicon["frequency_units"]:  # `임금이 한 번밖에 인상되지`: what happened
            found = _verbal_after(sentence, quantity, self.lexicon)
            if found:
                return found, "metric_verbal"
        # a multiple measures what it changes (`고객 수는 1년 새 3배 늘었다`); otherwise it compares
        # two things (`에비앙이 4.2배 비쌌다`) and names no metric before it
        compared = ratio and not _kind(sentence, quantity, self.lexicon)
        measure = _measure_before(sentence, quantity, self.lexicon) if not compared else None
        topic = _topic_before(sentence, quantity, self.taken, self.titles, self.lexicon["markets"]) if not compared else None
        if topic and quantity.category != "count" and self.text[topic[0]:topic[1]] in self.lexicon["entity_nouns"]:
            topic = None  # `비중이 가장 높은 공기업은 A로 … 70%`: the kind of thing ranked, not what is measured
        if measure and not (topic and topic[0] >= measure[1]):
            return measure, "metric_measure"
        if topic:  # also a topic between a measure and the figure (`규모 7.3 강진은 … 이재민만 45만 명이`)
            return topic, "metric_topic"
        found = _verbal_after(sentence, quantity, self.lexicon) if quantity.category in ("currency", "count", "measure") \
            else _sold_at(sentence, quantity, self.lexicon)
        if not found and quantity.unit in self.lexicon["frequency_units"]:
            found = _object_before(sentence, quantity, self.lexicon["object_verbs"])
        if found:
            return found, "metric_verbal"  # before a shared one: `3명을 구속하고, … 3명을 불구속입건했다`
        found = _given_as(sentence, quantity, self.taken)
        if found:
            return found, "metric_as"
        found = _object_right_before(sentence, quantity, self.taken) \
            if quantity.unit not in self.lexicon["frequency_units"] else None  # (`인생을 두 번 살`)
        if found:
            return found, "metric_object"
        if self._shares(sentence, quantity) and not ratio and not self._totals(sentence, quantity):
            return self.previous[1], "metric_shared"  # `12만 명으로 … 92% 감소했다`
        return None, "metric_none"

    def _partitive(self, sentence: Sentence, quantity) -> Optional[tuple]:
        """The whole a count is part of: the noun before `중`/`가운데` (`네티즌 중 1명은`), or the
        metric of the count of the same counter there (`임원 10명 중 7명`), which a count followed by
        `중` also shares (`청소년 10명 중 8명이 …, 4명 중 한 명꼴로`)."""
        found = _partitive_before(sentence, quantity)
        if found:
            return found
        tokens, i = sentence.tokens, sentence.before(quantity.start)
        whole = i >= 0 and tokens[i].form in PARTS and tokens[i].tag in ("NNB", "NNG")
        j = sentence.after(quantity.end)
        part = j < len(tokens) and tokens[j].form in PARTS and tokens[j].tag in ("NNB", "NNG")
        return self.previous[1] if (whole or part) and self._shares(sentence, quantity) \
            and self.previous[2] == quantity.unit else None

    def _frame(self, sentence: Sentence) -> Optional[tuple]:
        """The sentence's frame (`_framed`), found once per sentence, else the one the sentence
        before it opened (`…을 보면 A가 1,197kcal로 최고였고 | B와 C가 각각 …`: a list goes on)."""
        own = self._own_frame(sentence.index)
        if own or not sentence.index:
            return own
        before = self._own_frame(sentence.index - 1)
        return before and before[:2] + (sentence.start,)

    def _own_frame(self, index: int) -> Optional[tuple]:
        if index not in self.frames:
            self.frames[index] = _framed(self.sentence(index), self.lexicon["frame_verbs"])
        return self.frames[index]

    def _totals(self, sentence: Sentence, quantity) -> bool:
        """The figure totals a list (`환자 8명, … 환자 4명 등 80여 명`): it is not the last item's."""
        i = sentence.before(quantity.start)
        return i >= 0 and sentence.tokens[i].form in self.lexicon["list_ends"]

    def _shares(self, sentence: Sentence, quantity) -> bool:
        """The figure before it in the sentence has a metric this one may share: a measure or a
        topic (`관객은 12만 명으로 … 92% 감소했다`) goes with any figure after it, a counted noun only
        with a count of the same counter (`5곳 취업박람회장에서 16명이 숨지고`: not the venues)."""
        if not (self.previous and self.previous[0] is sentence and self.previous[1]):
            return False
        return self.previous[3] not in COUNTED_RULES or self.previous[2] == quantity.unit

    # -- subject -----------------------------------------------------------------------------

    def _organizations(self, sentence: Sentence) -> list:
        """The sentence's organizations that are not a source (`통계청에 따르면`, `… 발표한 조사에 따르면`)
        or the press reporting it (`… 다쳤다고 런민넷이 17일 보도했다`)."""
        if sentence.index not in self.kept_organizations:
            found = self.organizations_in.get(sentence.index, [])
            according = self.text.find("따르면", sentence.start, sentence.end) if found else -1
            press = self._press_from(sentence) if found else None
            self.kept_organizations[sentence.index] = [
                o for o in found if not (0 <= according and o.end <= according)
                and not (press is not None and o.start >= press) and not self._press_topic(sentence, o)
                and not _followed_by(self.text, o.end, self.lexicon["source_markers"], 0)]
        return self.kept_organizations[sentence.index]

    def _topic(self, sentence: Sentence, organizations: list, before: int):
        """The organization marked as the sentence's topic or subject (`삼성전자는`, `쿠팡 측은`)."""
        marked = [o for o in organizations if (_marked(sentence, o, TOPIC) or self._heads_topic(sentence, o))
                  and self._relative_head(sentence, o) is None]
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
        if metric and self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["markets"]:
            return [], "subject_market"  # `30조 위안 규모의 중국 시장`: a market is nobody's
        organizations = self._organizations(sentence)
        result = self._result_at(sentence)
        if result is not None and result < quantity.start:
            # `감사원이 … 조사한 결과 8개 부처는`: who ran the survey is the source of what it found
            organizations = [o for o in organizations if o.start > result]
        stake = metric and self.text[metric[0]:metric[1]].split()[-1] in self.lexicon["stake_words"]
        owners = [o for o in organizations if o.end <= quantity.start and (
            _marked(sentence, o, frozenset({"의"})) or self._member_genitive(sentence, o))]
        owners = owners or [o for o in organizations if o.end <= quantity.start and not stake
                            and metric and self.text[o.end:metric[0]] == " "]
        if owners:  # `삼성전자의 매출`, `SK하이닉스 주가는` (not the company a stake is in: `SK브로드밴드 지분`)
            return self._coordinated(owners[-1], organizations), "subject_genitive"
        relative = [o for o in organizations if self._owns_by_relative(sentence, o, quantity)]
        if relative:  # `혁신위가 … 내놓은 권고안의 22개 과제`
            return relative[-1:], "subject_relative"
        head = self._clause_head(sentence, quantity, organizations)
        if head is not None:
            return (self._coordinated(head, organizations) if head else []), "subject_head"
        ranked = self._ranked(sentence, organizations)
        if ranked:
            return ranked, "subject_ranked"
        if self._named_subject(sentence, quantity, organizations):
            return [], "subject_named"
        topic = self._topic(sentence, organizations, quantity.start)
        if topic is not None and (topic.start < quantity.start or self._quoted_before(sentence, quantity.end, topic.start)):
            return self._coordinated(topic, organizations), "subject_topic"
        channel = self._channel(sentence, organizations, quantity)
        if channel:
            return channel, "subject_channel"
        plan = [o for o in organizations if self._plans(sentence, o)]
        if plan:  # `… 전달한 뒤 … 확대한다는 게 서울시 계획이다`
            return plan[-1:], "subject_plan"
        if self.subject_set and sentence.index > 0 and not self._own_subject(sentence, quantity, metric) \
                and self.text.find("따르면", sentence.start, sentence.end) < 0:  # (a cited source starts afresh)
            return self.subject_set, "subject_carried"
        return [], "subject_none"

    def _relative_head(self, sentence: Sentence, organization) -> Optional[int]:
        """Index of the noun a relative clause modifies when the organization is that clause's
        subject (`농심이 출시한 제품`, `혁신위가 지난해 내놓은 권고안`): such an organization is no
        topic of the sentence. None when it is the subject of a predicate of its own."""
        if not _marked(sentence, organization, frozenset({"이", "가"})):
            return None
        tokens, i = sentence.tokens, sentence.after(organization.end)
        for k in range(i, min(i + 12, len(tokens) - 1)):
            if tokens[k].tag in CLAUSE_TAGS or tokens[k].tag == "EF":
                return None
            if tokens[k].tag == "ETM":
                return k + 1 if tokens[k + 1].tag in NOUNS else None
        return None

    def _owns_by_relative(self, sentence: Sentence, organization, quantity) -> bool:
        """The figure opens the noun phrase the organization's relative clause modifies
        (`혁신위가 … 내놓은 권고안의 22개 혁신 과제`): the organization's figure."""
        head = self._relative_head(sentence, organization)
        if head is None:
            return False
        tokens, k = sentence.tokens, head + 1
        if k < len(tokens) and tokens[k].form == "의":
            k += 1
        return k < len(tokens) and tokens[k].start == quantity.start

    def _result_at(self, sentence: Sentence) -> Optional[int]:
        """Where a survey's result is introduced (`…을 조사한 결과`, `여론조사 결과`), found once per sentence."""
        if sentence.index not in self.results:
            tokens, words = sentence.tokens, self.lexicon["result_nouns"]
            if not any(w in self.text[sentence.start:sentence.end] for w in words):
                self.results[sentence.index] = None
                return None
            self.results[sentence.index] = next(
                (t.start for k, t in enumerate(tokens) if k and t.form in self.lexicon["result_nouns"]
                 and (tokens[k - 1].tag == "ETM" or tokens[k - 1].tag == "NNG" and tokens[k - 1].end + 1 >= t.start)), None)
        return self.results[sentence.index]

    def _member_genitive(self, sentence: Sentence, organization) -> bool:
        """The organization names the owner through its members or units (`OPEC 회원국의 생산량`,
        `삼성전자 반도체 부문의 매출`): one or two nouns after it, then 의."""
        i, tokens = sentence.after(organization.end), sentence.tokens
        if i >= len(tokens) or tokens[i].start != organization.end + 1:
            return False
        for k in range(i, min(i + 3, len(tokens))):
            if tokens[k].form == "의" and tokens[k].tag == "JKG":
                return k > i and tokens[k - 1].form in self.lexicon["member_nouns"]
            if tokens[k].tag not in NOUNS:
                return False
        return False

    def _clause_head(self, sentence: Sentence, quantity, organizations: list):
        """The noun the figure's clause modifies, when it ends in an adnominal ending with no
        organization marked inside it: an organization (`5척의 유람선을 운행하는 충칭동방륜선공사`,
        `3연승을 거둔 다저스가`) is the subject; a name that is none, marked as topic (`13승 5패를
        기록한 류현진은`), says the figure is a person's or a product's: `[]`. None otherwise."""
        tokens, i = sentence.tokens, sentence.after(quantity.end)
        while i < len(tokens) and tokens[i].tag not in CLAUSE_TAGS and tokens[i].tag not in ("EF", "ETM"):
            i += 1
        if i + 1 >= len(tokens) or tokens[i].tag != "ETM" or tokens[i].form in PROSPECTIVE:
            return None
        clause_start, _ = sentence.clause(quantity.start)
        k = sentence.before(quantity.start)
        while k >= 0 and tokens[k].start >= clause_start and tokens[k].tag != "ETM":
            k -= 1
        if k >= 0 and tokens[k].tag == "ETM" and tokens[k].start >= clause_start:
            clause_start = tokens[k].end  # (`연패를 끊은 이날 삼진 9개를 잡은`: from `이날`)
        if any(clause_start <= o.start < tokens[i].start and _marked(sentence, o, TOPIC) for o in organizations):
            return None  # `삼성전자가 5조 원을 투자한 공장`: the clause has its subject
        head = tokens[i + 1]
        named = next((o for o in organizations if o.start == head.start), None)
        if named is not None:
            return named
        k = i + 1
        while k + 1 < len(tokens) and tokens[k + 1].tag in WORD_TAGS and tokens[k + 1].start == tokens[k].end:
            k += 1
        if head.tag == "NNP" and k + 1 < len(tokens) and tokens[k + 1].form in TOPIC and tokens[k + 1].tag in ("JX", "JKS") \
                and not self.taken(head.start, tokens[k].end):
            return []
        return None

    def _ranked(self, sentence: Sentence, organizations: list) -> list:
        """The organization named as the ranked one (`연체율이 가장 높은 은행은 제주은행으로 1.2%`,
        `공기업은 울산항만공사로 임원 10명 중 7명`): after a topic that names a kind of organization,
        before 로/으로."""
        found = []
        for o in organizations:
            i = sentence.before(o.start)
            if i >= 1 and sentence.tokens[i].form in ("은", "는") and sentence.tokens[i - 1].form in self.lexicon["entity_nouns"] \
                    and _marked(sentence, o, frozenset({"로", "으로"})):
                found.append(o)
        return found[-1:]

    def _named_subject(self, sentence: Sentence, quantity, organizations: list) -> bool:
        """The figure's clause has a subject of its own named by a proper noun that is no
        organization — a person, a place, a product (`선관위는 … 차베스가 744만 표를 획득해`,
        `서울이 30%로 가장 높았다`) or by a person's title (`김 후보가 52만 표를`): the figure is theirs,
        not the topic organization's."""
        clause_start, _ = sentence.clause(quantity.start)
        tokens, i = sentence.tokens, sentence.before(quantity.start)
        while i >= 1 and tokens[i].start >= clause_start:
            if tokens[i].tag == "JKS" and tokens[i].form in ("이", "가"):
                head = tokens[i - 1]
                return (head.tag == "NNP" or head.form in self.titles) \
                    and not any(o.start <= head.start < o.end for o in organizations) and not self.taken(head.start, head.end)
            i -= 1
        return False

    def _quoted_before(self, sentence: Sentence, start: int, end: int) -> bool:
        """A quotative ending lies between `start` and `end` (`…늘었다고 삼성전자가 밝혔다`: the
        organization after the quote reports its own figure)."""
        return any(start <= t.start < end and t.tag == "EC" and t.form.endswith(tuple(self.lexicon["quotative"]))
                   for t in sentence.tokens)

    def _plans(self, sentence: Sentence, organization) -> bool:
        """The sentence ends naming the organization's plan or position (`…한다는 게 서울시 계획이다`,
        `…라는 것이 회사 측 입장이다`): what it says is that organization's."""
        tokens, i = sentence.tokens, sentence.after(organization.end)
        while i < len(tokens) and tokens[i].tag in NOUNS and tokens[i].form not in self.lexicon["plan_nouns"]:
            i += 1  # (`회사 측`)
        return i + 1 < len(tokens) and tokens[i].form in self.lexicon["plan_nouns"] and tokens[i + 1].tag == "VCP" \
            and all(t.tag in ("VCP", "EP", "EF", "SF") for t in tokens[i + 1:])

    def _channel(self, sentence: Sentence, organizations: list, quantity) -> list:
        """The organization in the figure's major clause through or on which it happens (`37만 개의
        업체가 … 1688닷컴을 통해`, `2만 개의 업체가 티몰에서`): the platform whose figure it is."""
        start = sentence.major_clause_start(quantity.start)
        end = sentence.major_clause_end(quantity.end)
        return [o for o in organizations if start <= o.start < end
                and _followed_by(self.text, o.end, self.lexicon["channel_markers"], 0)][-1:]

    def _own_subject(self, sentence: Sentence, quantity, metric) -> bool:
        """The figure's clause has a subject of its own that is no organization and no measure
        (`470개가 넘는 브랜드가 …`, not `총거래액이`), or the sentence a topic of its own that is
        neither (`정부는 내년 … 예산으로`, not `영업이익은`): no subject is carried into it."""
        clause_start, clause_end = sentence.clause(quantity.start)
        tokens = sentence.tokens
        return any(k > 0 and t.start < quantity.start and (
            t.tag == "JKS" and clause_start <= t.start and not self._measure_head(sentence, _before_brackets(tokens, k - 1))
            or t.tag == "JX" and t.form in ("은", "는") and tokens[k - 1].tag in NOUNS
            and not self._measure_head(sentence, k - 1) and not self.taken(tokens[k - 1].start, tokens[k - 1].end)
            and not (metric and metric[0] <= tokens[k - 1].start < metric[1]))  # (`직원은 2,000명`: its metric)
            for k, t in enumerate(tokens) if t.start < clause_end)

    def _measure_head(self, sentence: Sentence, i: int) -> bool:
        """Token `i` ends a measure noun (`총거래액(GMV)이`, `직원 수는`, `연체율은`: the figure's own metric)."""
        if i < 0:
            return False
        token, measures = sentence.tokens[i], self.lexicon["measures"]
        word = sentence.text[_word_start(sentence, i):token.end].replace(" ", "")
        return word in measures or token.form in measures or token.form == "수" \
            or token.tag == "XSN" and token.form in self.lexicon["measure_suffixes"]

    def _coordinated(self, head, organizations: list) -> list:
        """The head, the organizations listed right before it (`A와 B는`, `A, B, C의`) and those it
        acts together with (`A는 B와 함께`, `B와 공동으로`)."""
        chosen = [head]
        for o in reversed([o for o in organizations if o.end <= head.start]):
            if self.text[o.end:chosen[0].start].strip() in ("와", "과", "및", ",", "·", "ㆍ"):
                chosen.insert(0, o)
            else:
                break
        partners = [o for o in organizations if o.start > head.end
                    and _followed_by(self.text, o.end, self.lexicon["comitative"], 0)]
        return chosen + partners

    # -- period ------------------------------------------------------------------------------

    def _dates(self, sentence: Sentence) -> list:
        """The sentence's dates that may be a figure's period: not a comparison's basis, not the
        day of a report."""
        if sentence.index in self.kept_dates:
            return self.kept_dates[sentence.index]
        found = self.dates_in.get(sentence.index, [])
        reported = bool(found) and self._reports(sentence)
        quoted = self._quote_start(sentence) if reported else None
        attributed = bool(found) and self.text.find("따르면", sentence.start, sentence.end) >= 0
        kept = self.kept_dates[sentence.index] = [
            d for k, d in enumerate(found) if d.value and not self._basis(d) and not self._since(sentence, d)
            and not _verb_after(sentence, d.end, self.lexicon["founding"], 2) and not self._report_event(sentence, d)
            and not ((reported or attributed) and (self._report_day(sentence, d, k == 0) or quoted is not None and d.end <= quoted)
                     and not _followed_by(self.text, d.end, self.lexicon["as_of"], 0))]
        return kept

    def _report_day(self, sentence: Sentence, date, first: bool) -> bool:
        """A day that dates the report (in a sentence that reports or cites one): before the
        reporting verb or `따르면` (`런민넷이 17일 보도했다`, `7일 경찰에 따르면`), or the sentence's first
        date, named before any predicate and without `지난` (`삼성전자는 29일 …고 밝혔다`). A past
        day inside the report (`지난 15일 압사사고로 16명이 숨졌다고`) dates the figure."""
        if date.granularity != "day":
            return False
        if _verb_after(sentence, date.end, self.lexicon["reporting_verbs"] | {"따르"}, 4):
            return True
        if not first or date.text.startswith("지난"):
            return False
        return not any(t.tag in PREDICATES for t in sentence.tokens[:sentence.after(date.start)])

    def _report_event(self, sentence: Sentence, date) -> bool:
        """The date of an interview, a briefing or a statement (`2013년 영국 매체 더선과의 인터뷰에서`,
        `지난달 18일 6번째 정정 발표에서`): it dates what was said, not the figure said."""
        i, tokens = sentence.after(date.end), sentence.tokens
        for k in range(i, min(i + 8, len(tokens))):
            if tokens[k].tag in PREDICATES or tokens[k].tag == "ETM":
                return False
            if tokens[k].form in self.lexicon["report_events"]:
                return True
        return False

    def _since(self, sentence: Sentence, date) -> bool:
        """A date a record is counted from (`1998년 조사 이후 가장 높았다`): the basis of a comparison."""
        i, tokens = sentence.after(date.end), sentence.tokens
        window = [t.form for t in tokens[i:i + 6]]
        since = next((k for k, form in enumerate(window) if form in self.lexicon["since"]), None)
        return since is not None and since <= 2 and any(form in self.lexicon["record_words"] for form in window[since + 1:])

    def _reports(self, sentence: Sentence) -> bool:
        """The sentence ends in a reporting verb (`…고 밝혔다`, `…을 발표했다`)."""
        return any(t.form in self.lexicon["reporting_verbs"] for t in sentence.tokens[-5:])

    def _press_from(self, sentence: Sentence) -> Optional[int]:
        """Where the press that reports a quote is named (`…다쳤다고 중국 런민넷이 17일 보도했다`,
        `…보인다고 AFP통신은 전했다`): after the last quotative ending, when a press verb ends the
        sentence. A medium that relays a figure is its source, not its subject."""
        tokens = sentence.tokens
        if not any(t.form in self.lexicon["press_verbs"] for t in tokens[-5:]):
            return None
        quotes = [t.end for t in tokens if t.tag == "EC" and t.form.endswith(tuple(self.lexicon["quotative"]))]
        return quotes[-1] if quotes else None

    def _press_topic(self, sentence: Sentence, organization) -> bool:
        """The organization is the topic of a verb only the press uses, before what it reports
        (`로스앤젤레스타임스도 … 말했다고 보도했다`) — unless the press is named after the quote
        (`테슬라는 … 인도했다고 로이터통신이 보도했다`: 테슬라 is what is reported on)."""
        tokens = sentence.tokens
        if not any(t.form in self.lexicon["press_only_verbs"] for t in tokens[-5:]):
            return False
        press = self._press_from(sentence)
        if press is not None and any(press <= o.start for o in self.organizations_in.get(sentence.index, [])):
            return False
        return _marked(sentence, organization, frozenset({"은", "는", "도"})) \
            and any(t.tag == "EC" and t.start > organization.end and t.form.endswith(tuple(self.lexicon["quotative"]))
                    for t in tokens)

    def _quote_start(self, sentence: Sentence) -> Optional[int]:
        """Where the reported content starts when the sentence reports a quote (`지난 4월 A는 … 투자한다고
        밝혔다`): at the topic that opens it. A date before it dates the report, not the figure."""
        tokens = sentence.tokens
        if not any(t.tag == "EC" and t.form.endswith(tuple(self.lexicon["quotative"])) for t in tokens[-6:]):
            return None
        return next((t.start for t in tokens if t.tag == "JX" and t.form in ("은", "는")), None)

    def period(self, sentence: Sentence, quantity, keys: tuple) -> tuple:
        date, rule = self._period(sentence, quantity, keys)
        if rule in ("period_clause", "period_as_of", "period_sentence"):
            span = self._range(sentence, date)
            if span is not None:
                return span, "period_range"
        return date, rule

    def _relative_topic_between(self, sentence: Sentence, start: int, end: int) -> bool:
        """A relative clause ends between `start` and `end` on the topic it modifies (`전날 … 32.483점을
        받았던 손연재는 … 67.733점을`): a date before it belongs to that clause, not to the figure after."""
        i, tokens = sentence.after(start), sentence.tokens
        while i + 2 < len(tokens) and tokens[i].start < end:
            if tokens[i].tag == "ETM":
                k = i + 1 + (tokens[i + 1].tag == "MM")  # (`넣었던 그 선수는`)
                if k + 1 < len(tokens) and tokens[k].tag in NOUNS and tokens[k + 1].form in ("은", "는") and tokens[k + 1].tag == "JX":
                    return True
            i += 1
        return False

    def _same_period(self, sentence: Sentence, quantity) -> bool:
        """`같은 기간`, `동기간` before the figure: the period last named."""
        before = self.text[sentence.start:quantity.start].replace(" ", "")
        return any(words in before for words in self.lexicon["same_period"])

    def _adnominal_between(self, sentence: Sentence, start: int, end: int) -> bool:
        """An adnominal ending lies between `start` and `end`: the figure's relative clause ends there
        (`207명 줄어든 외환은행은 전날 …`), and a date after it belongs to the noun it modifies."""
        i, tokens = sentence.after(start), sentence.tokens
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].tag == "ETM":
                return True
            i += 1
        return False

    def _range(self, sentence: Sentence, date) -> Optional["Range"]:
        """The range a date opens or closes (`지난 9월23일부터 10월7일까지` → 2015-09-23/2015-10-07):
        the date before `부터` and the next one in the sentence before `까지`."""
        dates = [d for d in self.dates_in.get(sentence.index, []) if d.value]
        k = next((k for k, d in enumerate(dates) if d is date), None)
        if k is None:
            return None
        if k and _followed_by(self.text, date.end, RANGE_ENDS, 0) and _followed_by(self.text, dates[k - 1].end, RANGE_STARTS, 0):
            k -= 1
        if k + 1 < len(dates) and _followed_by(self.text, dates[k].end, RANGE_STARTS, 0) \
                and _followed_by(self.text, dates[k + 1].end, RANGE_ENDS, 0):
            first, last = dates[k], dates[k + 1]
            return Range(f"{first.value}/{last.value}", first.range_start, last.range_end,
                         f"{first.mention_id};{last.mention_id}", first.start, last.end)
        return None

    def _period(self, sentence: Sentence, quantity, keys: tuple) -> tuple:
        clause_start, clause_end = sentence.clause(quantity.start)
        candidates = self._dates(sentence)
        in_clause = [d for d in candidates if clause_start <= d.start < clause_end
                     and not (d.start > quantity.end and self._adnominal_between(sentence, quantity.end, d.start))
                     and not (d.end <= quantity.start and self._relative_topic_between(sentence, d.end, quantity.start))]
        before = [d for d in in_clause if d.end <= quantity.start]
        if before or in_clause:
            return (before or in_clause)[-1 if before else 0], "period_clause"
        as_of = [d for d in candidates if _followed_by(self.text, d.end, self.lexicon["as_of"], 3)]
        if as_of:
            return as_of[-1], "period_as_of"
        before = [d for d in candidates if d.end <= quantity.start and not self._relative_topic_between(sentence, d.end, quantity.start)]
        # a date after the figure dates it only within its major clause (`16연승에 성공했으나, 지난 7월 …`: no)
        later = [d for d in candidates if quantity.end <= d.start < sentence.major_clause_end(quantity.end)
                 and not self._adnominal_between(sentence, quantity.end, d.start)]
        if before or later:
            return (before or later)[-1 if before else 0], "period_sentence"
        carried = next((self.periods[k] for k in keys if k in self.periods), None)
        if not carried and self.last_period is not None and self._same_period(sentence, quantity):
            carried = self.last_period  # `애플의 출하량은 같은 기간 5,500만 대였다`
        if carried:
            return carried, "period_carried"
        event = next((self.events[t.form] for t in sentence.tokens if t.start < quantity.start and t.form in self.events), None)
        return (event, "period_event") if event else (None, "period_none")

    def _name_events(self, sentence: Sentence) -> None:
        """Remember the events a date names (`올해 11∙11 글로벌 쇼핑 페스티벌`: 페스티벌 → 2020): a later
        sentence that speaks of the event again (`페스티벌 기간에`) is about that time."""
        tokens = sentence.tokens
        for date in self._dates(sentence):
            i = sentence.after(date.end)
            while i < len(tokens) and tokens[i].tag in ("NNG", "NNP", "SN", "SW", "SL") and tokens[i].start <= tokens[i - 1].end + 1:
                if tokens[i].form in self.lexicon["events"]:
                    self.events[tokens[i].form] = date
                i += 1

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
        bases = [d for d in self.dates_in.get(sentence.index, []) if d.start < quantity.start and d.value and self._basis(d)]
        return bases[-1].value if bases else ""

    # -- what earlier sentences set ----------------------------------------------------------

    def _advance(self, sentence: Sentence) -> None:
        """Take the sentences before `sentence` into account, in order: the subject each sets, and
        the last date each names for it; a new paragraph forgets the periods set before it."""
        while self.current < sentence.index:
            if self.current >= 0 and (self.current in self.organizations_in or self.current in self.dates_in):
                self._read(self.sentence(self.current))  # (a sentence without either sets nothing)
            self.current += 1
            start = self.raw[self.current - 1].end if self.current else 0
            if "\n" in self.text[start:self.raw[self.current].start]:
                self.periods = {}

    def _read(self, earlier: Sentence) -> None:
        organizations = self._organizations(earlier)
        topic = self._topic(earlier, organizations, earlier.end)
        if topic is not None:
            self.subject_set = self._coordinated(topic, organizations)
        elif earlier.index in self.owners:  # `하이브의 1분기 매출액이 … | 영업이익은 503억 원이다`
            self.subject_set = self.owners[earlier.index]
        self._name_events(earlier)
        dates = [] if self._reports(earlier) else self._dates(earlier)  # an announcement's date stays in it
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
            self.last_period = date
        if subject_rule == "subject_genitive":
            self.owners[sentence.index] = subjects
        self.previous = (sentence, metric, quantity.unit, metric_rule)
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
            rule_id = facts[i].rule_id.replace("subject_genitive", "subject_each").replace("subject_topic", "subject_each")
            facts[i] = replace(facts[i], subject=names[k], subject_org_ids=ids[k], subject_mention_ids=mentions[k],
                               rule_id=rule_id)
    return facts


def _sequence_labels(quantities: list) -> frozenset:
    """Ids of counts that number a sequence (`1편, 2편, 3편`: 1, 2, 3 of one counter in a row, in
    digits): they name items like ordinals, and like ordinals have no fact (native numerals count:
    `한번, 두번, 세번 놀랐다`)."""
    labels, run = set(), []
    for quantity in quantities:
        if run and quantity.unit == run[-1].unit and _number(quantity.value) == _number(run[-1].value) + 1:
            run.append(quantity)
        else:
            if len(run) >= 3:
                labels.update(q.mention_id for q in run)
            run = [quantity] if _number(quantity.value) == 1 and not quantity.value_high and quantity.text[:1].isdigit() else []
    if len(run) >= 3:
        labels.update(q.mention_id for q in run)
    return frozenset(labels)


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def link_facts(context, quantities, dates, organizations) -> list:
    """One fact per quantity that is not an ordinal or a duration, in text order; a conversion
    shares the slots of the quantity it converts (`fact.conversion`)."""
    if not any(q.category not in NO_FACT for q in quantities):
        return []
    linker = Linker(context, quantities, dates, organizations)
    facts, by_quantity = [], {}
    ordered = sorted(quantities, key=lambda q: q.start)
    labels = _sequence_labels(ordered)
    for quantity in ordered:
        if quantity.category in NO_FACT or quantity.mention_id in labels:
            continue
        source = by_quantity.get(quantity.equivalent_of) if quantity.equivalent_of else None
        if source is not None:
            fact = replace(source, start=quantity.start, end=quantity.end, text=quantity.text, quantity_id=quantity.mention_id,
                           value=quantity.value, value_high=quantity.value_high, unit=quantity.unit,
                           rule_id="fact.conversion")
        else:
            fact = linker.link(quantity)
        by_quantity[quantity.mention_id] = fact
        facts.append(fact)
    return _each(facts, context.text)
