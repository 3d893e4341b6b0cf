"""Metric finders: the noun a figure measures, read from the tokens around it (`23개 언어`, `매출
236조 원`, `관람객은 300명`, `투자했다`). `link.Linker.metric` tries them in order."""
from __future__ import annotations

import functools
import re
from typing import Optional

from .kind import EACH, EACH_BASIS_ENDS, compared_by, net_change_at
from .lexicon import words
from .sentence import (
    AROUND, BRIDGE_FORMS, CLOSING_QUOTES, COMMON, JOINING, NOUNS, OPENING_QUOTES, PROSPECTIVE, Sentence, TOPIC, WORD_TAGS, adjectival, before_brackets, compound_head,
    past_brackets, past_figure, TOPIC_OR_SUBJECT, word_start)

# Nouns that take a part of a whole (`네티즌 중 1명`).
PARTS = frozenset({"중", "가운데"})
# Tokens a noun phrase may start with (`고해상도 사진`: a prefix).
METRIC_START = NOUNS | {"XPN"}
# A metric is also marked by `만` (`피해자만 2만 명에 달한다`).
METRIC_TOPIC = TOPIC | {"만"}
# Bridges that make a figure modify the noun after it (`2개의 전문팀`, `64쪽짜리 보고서`, `1억 원어치 주식`).
ADNOMINAL_BRIDGES = frozenset({"의", "짜리", "어치", "규모"})
# Words of a figure's value between a counted noun and its figure (`전기차 연 200만 대`), not of scope (`시내 10구의`).
VALUE_WORDS = frozenset({"연", "월", "연간", "월간", "하루", "평균", "총", "최대", "최소", "누적"})
# Tags of the words of a whole a share is of (`전체 D램 매출의`, `가계대출 신규 취급액의`).
WHOLE_TAGS = frozenset({"NNG", "NNP", "SL", "XSN", "XPN"})
# Approximators (MM, MAG) between a noun and its figure (`증거금 약 6조 원`).
APPROXIMATORS = frozenset({"약", "총", "한", "대략"})
# Tags of a figure's unit or counter a suffix may be glued to (`29조 원어치`, `50%대`).
UNIT_TAGS = frozenset({"NNB", "NR", "SN", "SW"})
# Counters that name no kind of thing: the noun after them is what they count (`2개 팀`, `23개 언어`).
GENERIC_COUNTERS = frozenset({"개", "가지", "종"})
# Tags of the words of a name (an organization, a place, a person: `신한투자증권은`, `한결 투자 증권이`).
NAMES = frozenset({"NNP", "NNG", "SL", "SH"})
# Native numerals that start a figure (`세 배`, `두 차례`).
NUMERALS = frozenset({"한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"})
NOT_METRIC = frozenset({"이상", "이하", "미만", "수준", "규모", "가량", "정도", "이후", "전", "후", "동안", "만", "대비",
                        "기준", "현재", "등", "중", "때", "당시", "가운데", "명", "개", "곳", "건", "기간", "새", "사이",
                        "아래", "밑"})  # (a threshold passed: `3년 만에 900만t 아래로 내려갔다` measures the output before it)


# How many figures after a figure a comma-joined list is followed to the noun they share (`past_listed`).
LIST_REACH = 4
# How many tokens after an object and a comma the next clause's object is looked for (`_gapped_object_end`).
GAP_REACH = 14
# Words that join the names of one item of a list (`우리은행과 하나증권이`, `토목·플랜트 부문에서`).
ITEM_JOINS = frozenset({"과", "와", "·"})


def past_listed(tokens: list, i: int, quantity, lexicon: dict) -> int:
    """Past the figures listed right after this one by commas (`각각 5천870억원, 8천860억원의 매출`, `각각 150억 원, 80억
    원을 투자했다`: all share the noun or the verb after the last), also ones a name as topic opens (`신한카드는 1,420억
    원, 신한투자증권은 1,150억 원의 순이익을`, `한결카드가 1,420억 원, 한결투자증권이 1,180억 원의 순이익을`, three or more
    items: `A는 410억 원, B는 230억 원, C는 60억 원의 순이익을`; not a measure: `매출은 1조 원, 영업이익은 …`), else `i` (the
    token after the figure)."""
    end = quantity.end
    for _ in range(LIST_REACH):
        if not (i + 1 < len(tokens) and tokens[i].form == "," and tokens[i].tag == "SP" and tokens[i].start == end):
            return i
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].tag == "MM" and tokens[k + 1].start == tokens[k].end and tokens[k + 1].tag in NAMES:
            k += 1  # (a name whose first syllable reads as a determiner, glued to the rest: `한마음저축은행은` → 한/MM 마음 …)
        k = _past_item_names(tokens, k)
        if k > i + 1:
            mark = tokens[k] if k < len(tokens) else None  # (None: the sentence ends)
            marked = mark is not None and (mark.tag in ("JX", "JKS") and mark.form in TOPIC_OR_SUBJECT
                                           or mark.tag == "JKB" and mark.form == "에서")
            if mark is None or not (marked or mark.tag == "SN") or tokens[k - 1].form in lexicon["measures"] \
                    or tokens[k - 1].tag == "XSN":
                return i  # (not a measure: `매출은 1조 원, 영업이익은 …`, `매출 1조 원, 영업이익 …` — each its own)
            k += marked
            if k + 1 < len(tokens) and tokens[k].form == "각각" and tokens[k].tag == "MAG":
                k += 1  # `우리은행과 하나증권이 각각 150억 원과`
        if not (k < len(tokens) and tokens[k].tag == "SN"):
            return i
        k = past_figure(tokens, k)
        i = past_brackets(tokens, k + 1 if k < len(tokens) and tokens[k].tag == "NNB" else k)  # (`2조 원의`: a spaced unit)
        end = tokens[i - 1].end
    return i


def _past_item_names(tokens: list, k: int) -> int:
    """Index after the words that name an item of a list at token `k`: a name or a noun phrase (`토목·플랜트 부문`), names
    joined by 와/과 (`우리은행과 하나증권`); `k` when none starts there."""
    start = k
    while k < len(tokens) and (tokens[k].tag in NAMES or k > start and tokens[k].form in ITEM_JOINS
                               and tokens[k].start == tokens[k - 1].end and k + 1 < len(tokens) and tokens[k + 1].tag in NAMES):
        k += 1
    return k


def metric_after(sentence: Sentence, quantity, lexicon: dict, dates=()) -> Optional[tuple]:
    """The noun a figure modifies: right after a count (`23개 언어`), or after a bridge
    (`2개의 전문팀`, `1억 위안 이상의 매출`, `5조 원 규모의 국내 커피 시장`, `8개의 대표적인 키워드`, `4천억 원대 순이익`),
    or the thing a change word after it changes (`17% 임금 인상`); past a DATE mention (`dates`, the sentence's) between a
    bridge and the noun, which dates the noun and names nothing (`9조 원 규모의 2027년도 예산안`, `규모의 내년 예산안` → 예산안).
    Only an adnominal ending bridges (`470개가 넘는 브랜드`), not a topic (`1명은 형사구류`)."""
    tokens = sentence.tokens
    i, bridged = past_listed(tokens, past_brackets(tokens, sentence.after(quantity.end)), quantity, lexicon), False
    sized = False  # (past `규모`: the figure is the size of the whole phrase after it)
    acronym = None
    if i < len(tokens) and tokens[i].start == quantity.end and tokens[i].form == "대" and tokens[i].tag == "XSN":
        i, bridged = i + 1, True  # `4천억 원대 순이익`: a range modifies the noun after it
    elif i + 3 < len(tokens) and quantity.category != "count" and tokens[i].start == quantity.end and tokens[i].form in {"로", "으로"} \
            and tokens[i + 1].form in lexicon["estimates"] and tokens[i + 2].form == "되" and tokens[i + 3].tag == "ETM":
        i, bridged = i + 4, True  # `142%로 예상되는 부채비율`: the estimated value of the noun after it (not `50대로 추정되는 남성`)
    for _ in range(5):
        if i >= len(tokens):
            return None
        token = tokens[i]
        if token.tag == "XPN" and i + 1 < len(tokens) and tokens[i + 1].form in NOT_METRIC:
            i += 2  # `대규모 공사`: a prefixed size word modifies the noun after it
            continue
        if bridged and token.form in OPENING_QUOTES:
            name = quoted_name(tokens, i)
            if name:  # `규모의 '한결 AI 혁신 펀드'를`, `지상 7층 규모의 '청암정밀의료센터'를`: the named thing sized, whole
                return name
        if bridged and dates:
            date_end = None  # (a loop: a generator made a cell of `token` on every call)
            for d in dates:
                if d.start == token.start:
                    date_end = d.end
                    break
            if date_end is not None:  # `규모의 2027년도 예산안`: the date before the noun dates it, the noun after is the metric
                while i < len(tokens) and tokens[i].start < date_end:
                    i += 1
                continue
        if token.tag in METRIC_START and token.form not in BRIDGE_FORMS:
            if (token.form in lexicon["change_nouns"] or token.form in lexicon["change_words"]
                    or token.form in lexicon["light_verbs"]) and not compound_head(tokens, i, lexicon["change_nouns"]) \
                    or token.form in NOT_METRIC or bridged and token.form in lexicon["cause_nouns"] \
                    or net_change_at(sentence.text, token.start, lexicon):  # (`가입자 1,200만 명 돌파`: the figure is only
                # reached; `연체율이 14.6%에 달한 탓이다`: the clause gives a cause, the noun is no measure; `470개 순증했다`: the kind)
                return None
            adjacent = token.start in (quantity.end, quantity.end + 1) or bound_between(tokens, i, quantity, lexicon)
            changed = i + 1 < len(tokens) and tokens[i + 1].form in lexicon["change_nouns"]  # `17% 임금 인상`
            if not (bridged or adjacent and (quantity.category in {"count", "measure"} or changed)):
                return None
            if adjectival(tokens, i) == i:
                span = noun_phrase_end(sentence, i)
                if sentence.text[span[0]:span[1]] in lexicon["not_metrics"]:
                    return None  # `병상 1천 개 시대`, `21만원대 '강세'`: a word alone that never names a measure
                span = (sized and step_head(sentence, span)) or span
                return (acronym, span[1]) if acronym is not None and span[0] == tokens[i].start else span
            i = adjectival(tokens, i)
            continue
        if token.tag == "MM" and token.form in NUMERALS:
            return None  # `(64억 원)의 세 배`: another figure follows, whose unit is no metric
        if bridged and token.tag == "SL" and i + 1 < len(tokens) and tokens[i + 1].tag in NOUNS \
                and tokens[i + 1].start - token.end in (0, 1):
            i, acronym = i + 1, token.start  # `4조 원 규모의 HBM 공급 계약`, `2개의 AI 모델`: an acronym before a noun
            continue  # is part of its phrase, as is one written onto it (`6만 장 규모의 D램 생산라인`)
        if sized and token.tag == "SL" and i + 2 < len(tokens) and tokens[i + 1].tag == "SN" and tokens[i + 1].start == token.end \
                and tokens[i + 2].tag in METRIC_START and tokens[i + 2].start == tokens[i + 1].end + 1:
            i += 2  # `규모의 K77 자주포`: a model code before the thing sized names its model, not the thing
            continue
        if sized and token.tag == "SN":  # `1조 원 규모의 155㎜ 자주포 수출 계약`, `규모의 1만 3,000TEU급 컨테이너선`: a figure in
            j = i + 1  # a unit of symbols or Latin letters that specifies the thing (a calibre, a size class) does not part
            while j < len(tokens) and tokens[j].tag in ("SN", "NR", "SP") and tokens[j].form != ",":  # the size from it
                j += 1
            if j < len(tokens) and tokens[j].tag in ("SW", "SL") and tokens[j].start == tokens[j - 1].end:
                j += 1 + (j + 1 < len(tokens) and tokens[j + 1].tag == "XSN" and tokens[j + 1].start == tokens[j].end)
                if j < len(tokens) and tokens[j].tag in METRIC_START and tokens[j].start == tokens[j - 1].end + 1:
                    i = j
                    continue
        adnominal = token.tag == "ETM" and token.form not in PROSPECTIVE
        if token.form not in BRIDGE_FORMS and token.tag not in {"SSO", "SSC", "MM", "EP"} and not adnominal:
            return None
        bridged = bridged or token.form in ADNOMINAL_BRIDGES or adnominal
        sized = sized or token.form == "규모"
        # (not past a name in quotes after a bridge: `1천500억 원 규모의 '한결 AI 혁신 펀드'를` → the name, the thing sized)
        i = i + 1 if bridged and i + 1 < len(tokens) and tokens[i + 1].form in OPENING_QUOTES \
            and quoted_name(tokens, i + 1) else past_brackets(tokens, i + 1)
    return None


def quoted_name(tokens: list, i: int) -> Optional[tuple]:
    """The span inside the quotes that open at token `i` and close within a few words, on a noun (a name: `'한결 AI 혁신
    펀드'`); None past a figure or a clause inside (a quote of words said)."""
    for j in range(i + 2, min(i + 10, len(tokens))):
        tag = tokens[j].tag
        if tokens[j].form in CLOSING_QUOTES and tag == "SSC":
            return (tokens[i + 1].start, tokens[j - 1].end) if tokens[j - 1].tag in NOUNS or tokens[j - 1].tag == "SL" else None
        if tag.startswith(("V", "E", "J", "SN", "SF")):
            return None
    return None


def bound_between(tokens: list, i: int, quantity, lexicon: dict) -> bool:
    """Only a bound word stands between the figure and token `i` (`월 1만 대 이상 판매를 이어갈`: `bound_words`): the
    noun is as near the figure as one right after it; not for a count of times, which goes with the verb (`한 번 이상 성인용
    콘텐츠를 이용하고` → 이용)."""
    return quantity.unit not in lexicon["frequency_units"] and i >= 1 and tokens[i - 1].form in lexicon["bound_words"] and tokens[i - 1].start == quantity.end + 1 \
        and tokens[i].start == tokens[i - 1].end + 1


# Nouns of a step in a compound that names a process (`주주배정 후 실권주 일반공모 유상증자`): the head comes after them.
STEP_NOUNS = frozenset({"후", "전"})
# Particles that close a noun phrase (not the genitive 의, after which the phrase goes on).
CASE_PARTICLES = frozenset({"JKS", "JKO", "JKB", "JKC", "JX"})


def step_head(sentence: Sentence, span: tuple) -> Optional[tuple]:
    """The head compound of a noun phrase that goes on past a step noun (`STEP_NOUNS`) up to its case particle
    (`1,100억 원 규모의 주주배정 후 실권주 일반공모 유상증자를` → `실권주 일반공모 유상증자`: a size is of the thing the whole
    phrase names, its head), or past a count of the thing before (`1조 9,400억 원 규모의 155㎜ 자주포 96문 수출 계약을`,
    `규모의 K77 자주포 2차 수출 이행계약을` → the contract, not the guns it is for), else None (`규모의 투자 후 3년간`: no
    particle closes the phrase there)."""
    tokens = sentence.tokens
    k = sentence.after(span[1])
    if k + 1 < len(tokens) and tokens[k].form in STEP_NOUNS and tokens[k].tag == "NNG" and tokens[k].start == span[1] + 1:
        return _head_to_particle(tokens, k + 1, tokens[k].end)
    if k + 2 < len(tokens) and tokens[k].tag == "SN" and tokens[k].start == span[1] + 1 and tokens[k + 1].tag == "NNB" \
            and tokens[k + 1].start == tokens[k].end:
        return _head_to_particle(tokens, k + 2, tokens[k + 1].end)
    return None


def _head_to_particle(tokens: list, k: int, end: int) -> Optional[tuple]:
    """The compound from token `k` (one space after `end`) up to the case particle that closes it, else None."""
    head = None
    for j in range(k, min(len(tokens), k + 8)):
        t = tokens[j]
        if t.tag in NOUNS or t.tag in ("XSN", "SL"):
            if t.start > end + 1 or t.form in NOT_METRIC:
                return None
            head = t.start if head is None else head
            end = t.end
            continue
        return (head, end) if head is not None and t.tag in CASE_PARTICLES and t.start == end else None
    return None


def noun_phrase_end(sentence: Sentence, i: int) -> Optional[tuple]:
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


def measure_before(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The nearest measure noun before the figure in its sentence (`매출 236조 원`, `총거래액이 …
    26% 성장한`) in its major clause (not past `…을 처리했으며`), heading its word (not
    `데이터센터`), not an example a list gives of another noun (`희망퇴직 비용 등 일회성 요인 탓에`), nor the
    whole a share is of when a measure before it names the part (`편의점 매출은 … 유통업체 매출의 17.1%`), nor the
    basis of a comparison (`올해 당초예산보다 6,080억 원 늘어난`), nor the whole of a part a copula names (`상금의 절반인`); for `규모`
    the thing whose size it is (`국내 라면 시장 규모는 2조 원`)."""
    i = sentence.before(quantity.start)
    tokens = sentence.tokens
    clause_start = sentence.major_clause_start(quantity.start)
    whole = None  # `전체 유통업체 매출의 17.1%`: the whole a share is of, taken only when nothing else is named
    part_of = whole_of_part(sentence, quantity)  # `상금의 절반인 360만 원을 기부했다`, `매출의 24%인 446억 원`: not the metric
    edge, figure = quantity.start, i + 1
    if i >= 2 and tokens[i].tag in {"MM", "MAG"} and tokens[i].form in {"약", "대략"} and tokens[i].end + 1 == quantity.start:
        i, edge = i - 1, tokens[i].start  # `전체 D램 매출의 약 40%`
    if quantity.unit == "%" and i >= 1 and tokens[i].form == "의" and tokens[i].tag == "JKG" and tokens[i].end + 1 == edge:
        k = before_brackets(tokens, i - 1) if tokens[i - 1].tag == "SSC" else i - 1  # (`전체 매출(3,120억 원)의 59%`)
        whole = measure_at(sentence, k, lexicon) if k >= 0 else None
        i = k - 1 if whole else i
        while whole and i >= 0 and tokens[i].tag in WHOLE_TAGS and tokens[i].end + 1 >= tokens[i + 1].start:
            i -= 1  # (the words of the whole: `가계대출 신규 취급액의 38%` names no part in 가계대출)
        if whole and occupied(sentence, quantity):
            clause_start = sentence.start  # `중국 수출은 … 돌아섰고, 전체 수출의 18.8%를 차지했다`: the sentence's topic is the part
    elif edge != quantity.start:
        i += 1
    listed = past_list_of_figures(tokens, i, edge, lexicon)
    if listed != i:  # (the list's commas part no clause of the total's: `판매량은 내수 3,100대, 수출 2,200대 등 총 5,300대`)
        i, clause_start = listed, sentence.major_clause_start(tokens[listed + 1].start)
    basis = None  # `연결 순이익 기준`: a measure the figure is taken on, the metric only when no other is named
    glossed, gloss_end = -1, -1  # `벤치마크(기준 수익률) 13.9%`: the words in brackets gloss the noun glued before them, right before the figure
    if whole is None and i >= 2 and tokens[i].tag == "SSC" and tokens[i].end + 1 == edge:
        o = before_brackets(tokens, i)
        if o >= 0 and tokens[o].tag in ("NNG", "NNP", "SL") and tokens[o].end == tokens[o + 1].start:
            glossed, gloss_end = word_start(sentence, o), tokens[i].end  # (the metric is that noun with its gloss, whose measure names it)
    while i >= 0 and tokens[i].start >= clause_start:
        token = tokens[i]
        if token.tag == "SSC" and token.form == ")" and i + 1 < len(tokens) and tokens[i + 1].tag in {"JX", "JKS"} \
                and tokens[i + 1].start == token.end:
            i = before_brackets(tokens, i)  # the words glossing a topic name no measure of it (`에틸렌 스프레드(제품과
            continue  # 원료 가격 차이)가 t당 평균 248달러로` → the topic)
        if whole and (i + 1 < len(tokens) and tokens[i + 1].tag == "XSV"
                      or token.form == "규모" and not (i > 0 and tokens[i - 1].tag in NOUNS)):
            pass  # a part is named by a noun, not a verb (`1만 8,400대가 판매돼 국내 판매의 29.1%`) nor a size of nothing
            # named (`늘어난 규모로`; `프리미엄 시장 규모는` is the market's)
        elif token.tag in WORD_TAGS or token.tag == "SL" and token.form in lexicon["measures"]:  # (an acronym: `3월 MAU는`)
            start = word_start(sentence, i)
            word = sentence.text[start:token.end]
            measures = lexicon["measures"]
            suffixed = token.tag == "XSN" and token.form in lexicon["measure_suffixes"]  # `전세가율`
            counted = token.form == "수" and i > 0 and tokens[i - 1].tag in {"NNG", "NNP"} \
                and tokens[i - 1].end + 1 == token.start  # `직원 수를 80명에서`: the number of what the noun names
            headed = len(word) >= 3 and word[-1] in lexicon["measure_heads"] and word[-2:] not in lexicon["not_measure_heads"] \
                and (token.start == start and token.tag in ("NNG", "NNP") or token.form in lexicon["measure_heads"])  # (`발전량 31%↑`, `방류+량`)
            # (a measure first, then what makes it none: most words before a figure are no measure)
            if (word in measures or token.form in measures or suffixed or counted or headed) \
                    and not glued_noun_after(tokens, i, lexicon["change_nouns"]) and not recipient(tokens, i) \
                    and not included(tokens, i, lexicon["inclusion_verbs"]) \
                    and not listed_example(tokens, i) and not compared_basis(tokens, i, lexicon["comparison"]) \
                    and i != part_of and not cause_clause(tokens, i, figure, lexicon["cause_nouns"]) \
                    and not (made_by_clause(sentence, quantity, lexicon["light_verbs"]) and marked_object(tokens, i)) \
                    and not verb_of_figure(tokens, i):
                if basis_qualified(tokens, i, figure, lexicon["basis_words"]):
                    basis = basis or (word_start(sentence, i) if word in measures or suffixed or headed else token.start, token.end)
                    i -= 1  # `배당성향은 연결 순이익 기준 31.5%`: the measure a figure is taken on is its basis, not its measure
                    continue
                h = before_brackets(tokens, i - 1) if i > 0 and tokens[i - 1].tag == "SSC" else i - 1  # (`설비투자(CAPEX) 규모를`)
                if word == "규모":
                    total = h >= 1 and tokens[h].form == "총" and tokens[h].end + 1 >= token.start
                    if total:
                        h -= 1  # (`계약 총규모는`, `계약 총 규모는`: the whole's size is still the 계약's)
                    if h >= 0 and tokens[h].tag in NOUNS and tokens[h].start < token.start \
                            and (h < i - 1 and not total or tokens[h].end + 1 == tokens[h + 1].start):
                        return word_start(sentence, h), tokens[h].end
                    i -= 1  # a size of nothing named before it is no metric (FACTS.md: the thing whose size it is)
                    continue
                if counted:
                    return word_start(sentence, i - 1), token.end
                if glossed >= 0 and start > glossed:
                    return glossed, gloss_end
                return (start, token.end) if word in measures or suffixed or headed else (token.start, token.end)
        i -= 1
    return whole or basis  # (`시가총액 기준 500조 원` with no other measure: the basis is all that names it)


def basis_qualified(tokens: list, i: int, figure: int, basis_words: frozenset) -> bool:
    """The measure noun at `i` is followed by a basis word, past a bound time noun (`연결 순이익 기준 31.5%`, `투자 전 기준 약
    2,800억 원`: `basis_words`), before the figure: it says what the figure is taken on."""
    j = i + 1
    if j < figure and tokens[j].tag == "NNG" and tokens[j].form in NOT_METRIC and tokens[j].form not in basis_words:
        j += 1  # (`투자 전 기준`)
    return j < figure and tokens[j].form in basis_words and tokens[j].tag == "NNG"


def taken_on(sentence: Sentence, span: tuple, quantity, lexicon: dict) -> bool:
    """The measure at `span` is the basis the figure is taken on (`basis_qualified`), not a measure of it."""
    figure = sentence.before(quantity.start) + 1
    i = next((k for k in range(figure - 1, -1, -1) if sentence.tokens[k].end == span[1]), -1)
    return i >= 0 and basis_qualified(sentence.tokens, i, figure, lexicon["basis_words"])


def verb_of_figure(tokens: list, i: int) -> bool:
    """The noun at token `i` is the verb of a clause whose object is another figure (`2,700억 원을 투자해 320명을 새로
    뽑는다`: 투자 is what was done with 2,700억 원, not what 320명 counts)."""
    return i >= 2 and i + 1 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i - 1].tag == "JKO" \
        and tokens[i - 2].tag in FIGURE_TAGS and tokens[i - 1].end == tokens[i].start - 1


# Tags of the words of a list of figures a total closes (`내수 5,120대, 수출 7,040대 등 모두`): its items and their figures.
LIST_ITEM_TAGS = frozenset({"NNG", "NNP", "SL", "XSN", "SN", "NR", "NNB", "SW", "JC"})


def copula_noun_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The noun a change's adnominal clause modifies as the sentence's copula, right after the figure (`…보다 32% 많은
    물량이다`, `12.9% 늘어난 분기 최대 실적이다` → 물량, 실적): what the change is of — not a size, a level or a figure that
    only restates the figure before (`restating_nouns`: `늘어난 규모다`, `증가한 수치다`, `역대 최대치다`); the linker takes
    it only when it names a measure or results (not a cause: `31달러 개선된 영향이다`)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    k = i
    while k < len(tokens) and k - i < 3 and tokens[k].tag in {"VV", "VA", "NNG", "XSV"}:
        k += 1
    if k == i or k >= len(tokens) or tokens[k].tag != "ETM" or tokens[k].form in PROSPECTIVE:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].tag in ("NNG", "XSN") and j - k <= 4:
        j += 1
    if j == k + 1 or j + 1 >= len(tokens) or tokens[j].tag not in ("VCP", "EF") \
            or not any(t.tag == "EF" for t in tokens[j:j + 2]) or tokens[j - 1].tag != "NNG":
        return None
    start = word_start(sentence, j - 1)
    word = sentence.text[start:tokens[j - 1].end]
    if word in lexicon["restating_nouns"] or word in NOT_METRIC or sentence.text[start - 1:start] != " ":
        return None
    return start, tokens[j - 1].end


def past_list_of_figures(tokens: list, i: int, edge: int, lexicon: dict) -> int:
    """`i` (the token before the figure, which starts at `edge`), moved before a list of figures the figure totals
    (`내수 5,120대, 수출 7,040대 등 모두 1만 2,160대를 판매했다`: `list_ends`, a total's word as `모두`, `총` between): the
    items' nouns are no measure of the total (a measure before the list is: `판매량은 내수 …`), else `i`."""
    k = i
    if k >= 1 and tokens[k].tag in {"MM", "MAG"} and tokens[k].form in lexicon["not_metrics"] and tokens[k].end + 1 == edge:
        k -= 1
    if not (k >= 2 and tokens[k].form in lexicon["list_ends"] and tokens[k].tag == "NNB"):
        return i
    j, figures = k - 1, 0
    while j >= 0 and (tokens[j].tag in LIST_ITEM_TAGS or tokens[j].form == "," and tokens[j].tag == "SP"):
        figures += tokens[j].tag == "SN"
        j -= 1
    return j if figures else i


def listed_example(tokens: list, i: int) -> bool:
    """The noun at token `i` is an example a list gives of another noun (`희망퇴직 비용 등 일회성 요인 탓에`)."""
    return i + 1 < len(tokens) and tokens[i + 1].form in ("등", "등등") and tokens[i + 1].tag == "NNB"


def compared_basis(tokens: list, i: int, comparison: frozenset) -> bool:
    """The noun at token `i` is the basis of a comparison (`올해 당초예산보다`, `본예산 10조 원보다`)."""
    return i + 1 < len(tokens) and tokens[i + 1].form in comparison or named_basis(tokens, i, comparison)


def relative_head(tokens: list, i: int) -> bool:
    """Token `i` is a proper noun a relative clause modifies right before an amount (`반환 의무가 없는 선급금 8천만 달러`): a
    common noun kiwipiepy read as a name (not as a topic: a person's name takes a relative clause, `받았던 손연재는`)."""
    return tokens[i].tag == "NNP" and i >= 1 and tokens[i - 1].tag == "ETM" and tokens[i - 1].end + 1 == tokens[i].start \
        and tokens[i - 1].form not in PROSPECTIVE


def relative_thing(tokens: list, i: int, quantity, taken) -> bool:
    """Token `i` is a proper noun a relative clause modifies, the topic of a count of things (`볼트온이 운영하는 충전기는 8월 말
    기준 2만 1,400기로`): a common noun kiwipiepy read as a name (`relative_head`); a name so modified is a person's, counted
    in people or in what a person does (`받았던 손연재는 … 4종목`, `67.733점`, `세 시즌`), or an organization's (`taken`):
    only a counter of made or built things (`object_counters`)."""
    return quantity.category == "count" and quantity.unit_text in words()["object_counters"] and relative_head(tokens, i) \
        and not taken(tokens[i].start, tokens[i].end)


def in_relative_clause(tokens: list, i: int, figure: int, taken) -> bool:
    """The noun at token `i`, marked as subject (이/가: a topic's 은/는 stands outside a relative clause), is the subject of
    a relative clause that modifies a noun before the figure (`동네 가게가 당근에 개설한 비즈프로필은`, `반환 의무가 없는
    선급금`): the clause's first ending is adnominal and a noun follows it."""
    m = next((m for m in range(i + 1, figure) if tokens[m].tag in {"ETM", "ETN", "EC", "EF"}), None)
    return m is not None and tokens[m].tag == "ETM" and m + 1 < figure and tokens[m + 1].tag in ("NNG", "NNP") \
        and tokens[m + 1].start == tokens[m].end + 1 and tokens[m + 1].form not in NOT_METRIC \
        and not taken(tokens[m].start, tokens[m].end)  # (`지난해 같은 기간`: a time, no noun a clause describes)


def named_basis(tokens: list, i: int, comparison: frozenset) -> bool:
    """The noun at token `i` names a figure right after it, bare or in brackets, that a comparison word follows
    (`올해 본예산 10조 3,200억 원보다`, `지난해 연간 해외 수주액(3조 1,800억 원)보다`): the basis, not what the figure after
    the comparison measures."""
    j = i + 1
    if j < len(tokens) and tokens[j].tag == "SSO" and tokens[j].start == tokens[i].end:
        j += 1
    if not (j < len(tokens) and tokens[j].tag == "SN"):
        return False
    while j < len(tokens) and tokens[j].tag in FIGURE_TAGS:
        j += 1
    j += j < len(tokens) and tokens[j].tag == "SSC"
    return j < len(tokens) and tokens[j].form in comparison


def cause_clause(tokens: list, i: int, figure: int, causes: frozenset) -> bool:
    """The noun at token `i` is in a clause of cause before the figure (`택배 물량이 늘어난 덕에 4,180억 원으로`, `수요가 줄었기
    때문에`: the clause's first ending adnominal or nominal, then a noun of `cause_nouns`): it names the cause, not the
    figure's measure."""
    m = i + 1  # (the clause's first ending; a loop: a generator made a cell of `tokens` on every call)
    while m < figure and tokens[m].tag not in {"ETM", "ETN", "EC", "EF"}:
        m += 1
    return m < figure and tokens[m].tag in {"ETM", "ETN"} and m + 1 < figure and tokens[m + 1].form in causes


def occupied(sentence: Sentence, quantity) -> bool:
    """The share is the object of `차지하다` (`전체 수출의 18.8%를 차지했다`): the part that takes it is the sentence's topic."""
    tokens, j = sentence.tokens, sentence.after(quantity.end)
    return j + 1 < len(tokens) and tokens[j].tag == "JKO" and tokens[j].start == quantity.end and tokens[j + 1].form == "차지"


def split_object(tokens: list, j: int) -> bool:
    """Token `j` starts the object particle after a sign as kiwipiepy may read it, 르 + ᆯ (`72%를`): the particle is the
    next token."""
    return j + 1 < len(tokens) and tokens[j].form == "르" and tokens[j + 1].form == "ᆯ" and tokens[j + 1].tag == "JKO"


def share_of(sentence: Sentence, quantity, taken, marks=TOPIC_OR_SUBJECT) -> Optional[tuple]:
    """The group a rate is a share of, right before it with 의, when the rate is its clause's subject or topic
    (`참여 기관의 98.7%가 …`, `응답자의 30%는`), or, with `marks` 을/를, the object a verb of its own does something with
    (`선수금의 50%를 은행에 예치하고`): the noun phrase before 의, not a DATE or an ORG."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    j = sentence.after(quantity.end)
    if quantity.unit != "%" or i < 1 or tokens[i].form != "의" or tokens[i].tag != "JKG" or tokens[i].end + 1 != quantity.start \
            or not (j < len(tokens) and tokens[j].start == quantity.end
                    and (tokens[j].form in marks or "를" in marks and split_object(tokens, j))):
        return None
    k = i - 1
    if tokens[k].tag not in COMMON or tokens[k].end != tokens[i].start or taken(tokens[k].start, tokens[k].end):
        return None
    start = word_start(sentence, k)
    if k > 0 and tokens[k - 1].tag in COMMON and tokens[k - 1].end + 1 == start and not taken(tokens[k - 1].start, tokens[k - 1].end):
        start = word_start(sentence, k - 1)  # (`참여 기관`)
    return start, tokens[k].end


# Tags of a figure's tokens, read back from the word after it (`목표 90억 5,000만 달러의`).
FIGURE_TAGS = frozenset({"SN", "NR", "NNB", "SW", "SO"})


def target_of_rate(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The target a rate is taken of, right before it with 의, past the target's own figure in brackets or not
    (`연간 목표(144억 달러)의 112%를 채웠다`, `목표의 83%에 머물렀다`, `연간 수주 목표 120억 달러의 87%`): the target's words
    (`수주 목표`; not a value word, `연간`), the rate's metric — not the measure that reached it (fact.metric_target)."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if quantity.unit != "%" or i < 1 or tokens[i].form != "의" or tokens[i].tag != "JKG" or tokens[i].end + 1 != quantity.start:
        return None
    k = i - 1
    if tokens[k].tag == "SSC":
        k = before_brackets(tokens, k)
    else:
        j = k
        while j >= 0 and tokens[j].tag in FIGURE_TAGS:
            j -= 1
        if j < k and any(tokens[n].tag == "SN" for n in range(j + 1, k + 1)):
            k = j  # (`목표치 85억 달러의`: the target's own figure between)
    if k < 0 or tokens[k].tag not in WORD_TAGS or taken(tokens[k].start, tokens[k].end):
        return None
    start = word_start(sentence, k)
    if "".join(sentence.text[start:tokens[k].end].split()) not in lexicon["target_nouns"]:
        return None
    h = k - 1
    if h >= 0 and tokens[h].tag in NOUNS and tokens[h].end + 1 == start and tokens[h].form not in VALUE_WORDS \
            and tokens[h].form not in lexicon["not_metrics"] and not taken(tokens[h].start, tokens[h].end):
        start = word_start(sentence, h)  # (`수주 목표`: what the target is of)
    return start, tokens[k].end


def measure_at(sentence: Sentence, i: int, lexicon: dict) -> Optional[tuple]:
    """Token `i` heads a measure noun (`매출`, `연체율`): its span, else None."""
    tokens = sentence.tokens
    if tokens[i].tag not in WORD_TAGS:
        return None
    start = word_start(sentence, i)
    word = sentence.text[start:tokens[i].end]
    if word in lexicon["measures"] or tokens[i].tag == "XSN" and tokens[i].form in lexicon["measure_suffixes"]:
        return start, tokens[i].end
    return (tokens[i].start, tokens[i].end) if tokens[i].form in lexicon["measures"] else None


def made_by_clause(sentence: Sentence, quantity, light: frozenset) -> bool:
    """An adnominal clause right before the figure says how it came about (`급여 끝전을 모아 마련한 2,400만 원`),
    with a verb that is not light (`매출을 기록한`: a light verb only reports a figure)."""
    tokens, k = sentence.tokens, sentence.before(quantity.start)
    return k >= 2 and tokens[k].tag == "ETM" and tokens[k].end + 1 == quantity.start \
        and not (tokens[k - 1].tag == "XSV" and tokens[k - 2].form in light)


def marked_object(tokens: list, i: int) -> bool:
    """The noun phrase that token `i` is in is an object (`급여 끝전을`)."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag in NOUNS and tokens[k].start <= tokens[k - 1].end + 1:
        k += 1
    return k < len(tokens) and tokens[k].tag == "JKO"


def recipient(tokens: list, i: int) -> bool:
    """The noun phrase that token `i` is in is marked as where something goes (`스타트업 펀드에 1억
    유로를 출자했다`, `수해 피해 지역에 3억 원을`): a recipient, not what the figure measures."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag in NOUNS and tokens[k].start <= tokens[k - 1].end + 1:
        k += 1
    return k < len(tokens) and tokens[k].tag == "JKB" and tokens[k].form in ("에", "에게")


def included(tokens: list, i: int, verbs: frozenset) -> bool:
    """The noun phrase that token `i` is in is the object of a verb of including that opens an adverbial clause (`운용자산은 이번
    펀드를 포함해 6,800억 원으로`, `수출을 비롯해`: `inclusion_verbs` with a connective ending): a part the figure takes in,
    not what it measures."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag in NOUNS and tokens[k].start == tokens[k - 1].end:
        k += 1
    if not (k + 2 < len(tokens) and tokens[k].tag == "JKO" and tokens[k + 1].form in verbs):
        return False
    k += 2 if tokens[k + 1].tag.startswith("VV") else 3 if tokens[k + 2].tag == "XSV" else len(tokens)
    return k < len(tokens) and tokens[k].tag == "EC"


def glued_noun_after(tokens: list, i: int, change_nouns: frozenset) -> bool:
    """Token `i` is not the head of its word: a noun follows with no space (`데이터` in
    `데이터센터`), so a measure noun there names something else — unless that noun only says it
    changes (`금리인상`)."""
    return i + 1 < len(tokens) and tokens[i + 1].tag in WORD_TAGS and tokens[i + 1].start == tokens[i].end \
        and tokens[i + 1].form not in change_nouns


def points_back(tokens: list, i: int, lexicon: dict) -> bool:
    """Token `i` ends a word of the same part of an earlier time (`전년 동기`, `전년 동월`, `지난해 같은 달`: `same_part_back`),
    a date's that its DATE mention may leave out: no noun a figure counts or measures."""
    return tokens[i].form in lexicon["same_part_back"] or i >= 1 and tokens[i - 1].form + tokens[i].form in lexicon["same_part_back"]


# Tags of a count's noun read as a name or a code (`기술이전` NNP, `VLCC` SL, `B737-8` SL + W_SERIAL).
NAMED_COUNTED = frozenset({"NNP", "SL", "W_SERIAL"})
CODE_TAGS = NAMED_COUNTED | {"SN"}


def place_names() -> frozenset:
    from ..org.lexicon import cues  # (ORG's places: read once, cached there)
    return cues()["places"]


def counted_before(sentence: Sentence, quantity, taken, lexicon: dict) -> Optional[tuple]:
    """The counted noun right before a count, with no particle between (`전기차 5,200대`, `매장 40곳`),
    and the noun an amount stands beside (`추징금 8천만원`, `현금 1억원`) — not a time or a
    qualifier (`시즌 19골`, `하루 12편`, `평균 3억 원`)."""
    i = sentence.before(quantity.start)
    if i > 0 and sentence.tokens[i].tag == "SSO" and sentence.tokens[i].end == quantity.start \
            and sentence.tokens[i - 1].end == sentence.tokens[i].start and quantity.category == "count":
        i -= 1  # `양말(3족)`: the count in brackets after its noun
        if points_back(sentence.tokens, i, lexicon):
            return None  # (`전년 동월(1,200대)`: a date's, `bracketed_after`)
    elif i > 0 and sentence.tokens[i].form == "각" and sentence.tokens[i].tag == "MM" \
            and sentence.tokens[i - 1].end + 1 == sentence.tokens[i].start:
        i -= 1  # `남녀 각 266명`
    elif i > 0 and sentence.tokens[i].form == "등" and sentence.tokens[i].tag == "NNB" and quantity.category == "count" \
            and sentence.tokens[i].end + 1 == quantity.start and sentence.tokens[i - 1].end + 1 == sentence.tokens[i].start \
            and sentence.tokens[i - 1].tag == "NNG" and sentence.text[quantity.end:quantity.end + 1] not in ("", " ", "의") \
            and quantity.unit_text != "명" and not agent_topic(sentence, i, lexicon):
        i -= 1  # `하수처리장 공사 등 4건,`, `도시락과 음료 등 1,200여 종을`: the noun a list left open by 등 ends with is what
        # is counted — not where a noun after the count names it (`자동차 등 3개 품목`, `… 지원'팀 등 2개의 전문팀` → 품목, 전문팀),
        # nor a name (`가수 이하은 등 5팀`), nor people, whom a title or a unit before 등 only exemplifies (`회장 등 200여명`),
        # nor after an agent's topic, whose verb names the count (`경찰은 … 사무실과 자택 등 3곳을 압수수색했다` → 압수수색)
    elif i > 0 and sentence.tokens[i].tag == "SSC" and sentence.tokens[i].end + 1 == quantity.start:
        k = before_brackets(sentence.tokens, i)  # `초대형원유운반선(VLCC) 4척`: the noun before its name in brackets
        if k < 0 or sentence.tokens[k].end != sentence.tokens[k + 1].start \
                or any(t.tag == "SN" for t in sentence.tokens[k + 1:i]):
            return None
        i = k
    elif i < 0 or sentence.tokens[i].end + 1 != quantity.start:
        return None
    elif i > 0 and (sentence.tokens[i].form in VALUE_WORDS or sentence.tokens[i].form in APPROXIMATORS
                    and sentence.tokens[i].tag in ("MM", "MAG")) and sentence.tokens[i - 1].end + 1 == sentence.tokens[i].start \
            and sentence.tokens[i - 1].tag in COMMON:
        i -= 1  # `증거금 약 6조 원`, `전기차 연 200만 대`: an approximator or a rate's span between the noun and its figure
    # a count taken as object whose noun was read as a name or a code, no ORG or DATE mention (`기술이전 185건을 성사시켜`,
    # `VLCC 2척을`, `B737-8 2대를 들여와`): what it counts; not a list's items (`에코스 2,150대, EV 1,280대`: places, models)
    named = quantity.category == "count" and sentence.tokens[i].tag in NAMED_COUNTED and sentence.tokens[i].end + 1 == quantity.start \
        and sentence.text[quantity.end:quantity.end + 1] in NAMED_COUNT_MARKS
    if sentence.tokens[i].tag not in COMMON and not named and not misread_name(sentence, i, taken, lexicon) \
            and not counter_glued(sentence.tokens, i, quantity) \
            or sentence.tokens[i].form == "간" and sentence.tokens[i].tag == "XSN" \
            or sentence.tokens[i].form in NOT_METRIC or sentence.tokens[i].form in lexicon["not_metrics"] \
            or rate_word(sentence, i, lexicon) or taken(sentence.tokens[i].start, sentence.tokens[i].end):
        return None  # (`노선을 주 14회로`: how often, not what is counted)
    start = word_start(sentence, i)
    k = sentence.after(start)
    while named and k > 0 and sentence.tokens[k - 1].tag in CODE_TAGS and sentence.tokens[k - 1].end == sentence.tokens[k].start:
        k -= 1  # (a code's letters and digits glued: `B737-8`, `A321neo`)
        start = sentence.tokens[k].start
    if sentence.tokens[sentence.after(start)].tag not in (NAMED_COUNTED if named else NOUNS) \
            or start > sentence.start and sentence.text[start - 1].isdigit():
        return None  # a suffix of a figure (`5년간 1억 달러`) or a particle read as a noun (`이마트24가`)
    if named and (taken(start, sentence.tokens[i].end) or sentence.text[start:sentence.tokens[i].end] in place_names()):
        return None  # (an organization's or a place's name: `서울 82곳` is where the things counted are)
    k = sentence.after(start) - 1
    if named and k >= 0 and sentence.tokens[k].end + 1 == start and sentence.tokens[k].tag == "NNP":
        return None  # (a product of a maker named before it, `삼성 갤럭시 300대를 구매했다`: a name's phrase, the verb's noun)
    return start, sentence.tokens[i].end


# What may follow a count whose noun kiwipiepy read as a name (`counted_before`): an object particle, or 과/와 that lists it
# with another count (`자주포 96문과 탄약운반차 48대를`, `계약 물량은 자주포 54문과 탄약운반차 36대로`: holdout76, 87, 96).
NAMED_COUNT_MARKS = ("을", "를", "과", "와")


def agent_topic(sentence: Sentence, i: int, lexicon: dict) -> bool:
    """A noun of `agent_nouns` marked as topic before token `i` (`경찰은`): who acts on the figure (`acted_on`)."""
    tokens = sentence.tokens
    for k in range(1, i):
        if tokens[k].tag == "JX" and tokens[k - 1].form in lexicon["agent_nouns"]:
            return True
    return False


def counter_glued(tokens: list, i: int, quantity) -> bool:
    """Token `i` is the figure's own counter glued to a common noun before it (`임시편 48편`, `운항편은 7,020편으로`):
    kiwipiepy splits the noun the counter names into the noun and a bound noun (`임시`+`편`); together they are the
    counted noun (holdout17, 42, 45, shared-only)."""
    return tokens[i].tag == "NNB" and tokens[i].form == quantity.unit_text and i >= 1 and tokens[i - 1].tag in COMMON \
        and tokens[i - 1].end == tokens[i].start


def misread_name(sentence: Sentence, i: int, taken, lexicon: dict) -> bool:
    """Token `i` is a proper noun that heads a phrase of common nouns (`공공 산후조리원`, `저소득층 에너지 바우처`): a common
    noun kiwipiepy read as a name (a name's phrase starts with a name, an organization or a date: `삼성 갤럭시`, `같은 달
    쿠팡플레이`)."""
    tokens = sentence.tokens
    if relative_head(tokens, i) and not taken(tokens[i].start, tokens[i].end):
        return True  # (`반환 의무가 없는 선급금 8천만 달러`: a relative clause modifies no name)
    return tokens[i].tag == "NNP" and i >= 1 and tokens[i - 1].tag in COMMON and tokens[i - 1].end + 1 == tokens[i].start \
        and tokens[i - 1].form not in NOT_METRIC and tokens[i - 1].form not in lexicon["not_metrics"] \
        and not taken(tokens[i - 1].start, tokens[i - 1].end)


def headline_part_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The bare nouns a headline's part after an ellipsis opens with, right before a percentage (`1분기 매출 5천억
    넘어…국제선 여객 28% 늘어` → 국제선 여객): what that part measures, not a measure of the part before the ellipsis."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i < 1 or tokens[i].end + 1 != quantity.start:
        return None
    end = tokens[i].end
    while i >= 0 and tokens[i].tag in HEADLINE_NOUNS and not taken(tokens[i].start, tokens[i].end):
        i -= 1
    if i < 0 or tokens[i].tag != "SE" or tokens[i + 1].start >= end:
        return None
    return tokens[i + 1].start, end


def headline_noun_before(sentence: Sentence, taken, end: int, lexicon: dict) -> Optional[tuple]:
    """The bare nouns a headline names right before a figure, from `end` (the figure's start, or that of a date or a
    figure of one unit between: `외국인 관광객 1~11월 312만명`, `배춧값 한 포기 7천원`), with a particle 만 or 도 glued to
    them (`…선급금만 8천만 달러`): from the headline's start, an ellipsis, a comma, a quote or a name (`FC서울 평균
    2만5천명`), what the figure measures; not a word of a comparison (`전년 대비 14%`: `comparison`) nor one that says
    when or which value (`추석 연휴 12만 명`, `최대 1조 원`: `not_metrics`)."""
    tokens, i = sentence.tokens, sentence.before(end)
    if i < 0 or tokens[i].end + 1 != end:
        return None
    if tokens[i].tag == "JX" and tokens[i].form in HEADLINE_PARTICLES and i >= 1 and tokens[i - 1].end == tokens[i].start:
        i -= 1
    last = i
    while i >= 0 and tokens[i].tag in HEADLINE_NOUNS and not taken(tokens[i].start, tokens[i].end):
        i -= 1
    if i == last or i >= 0 and tokens[i].tag not in HEADLINE_BOUNDS and not taken(tokens[i].start, tokens[i].end) \
            or tokens[last].form in lexicon["comparison"] or tokens[last].form in lexicon["not_metrics"] \
            or tokens[last].form in lexicon["as_of"]:  # (`11월 말 기준 12개국`: the day the figure is as of)
        return None
    return tokens[i + 1].start, tokens[last].end


# Particles glued to a headline's noun before its figure (`선급금만 8천만 달러`, `수출도 5% 늘어`), and the tags that bound
# those nouns before them: an ellipsis, a comma, quotes, and an adnominal ending, whose relative clause says which of the
# nouns after it are meant (`광주 찾은 관광객 1~9월 1,420만명`, `강원 찾은 관광객 지난해 1억 명 돌파` → 관광객: holdout41 003,
# 70 005, as `부산 외국인 관광객 1~11월 312만명`: 33 002, 49 003, 78 004) (`headline_noun_before`).
HEADLINE_PARTICLES = frozenset({"만", "도"})
HEADLINE_BOUNDS = frozenset({"SE", "SP", "SSO", "SSC", "ETM"})

# The tags of the bare nouns a headline's part names its measure with (`headline_part_before`).
HEADLINE_NOUNS = frozenset({"NNG", "NNP", "SL", "XSN"})


def _word_before_figure(sentence: Sentence, quantity, marks) -> int:
    """The index of the token right before the figure, a space apart, bare or with a particle glued to it that
    `marks` accepts (`그랜저가 7,120대로`), or -1."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i >= 1 and marks(tokens[i]) and tokens[i].end + 1 == quantity.start and tokens[i - 1].end == tokens[i].start:
        return i - 1
    return i if i >= 0 and tokens[i].end + 1 == quantity.start else -1


def item_named_before(sentence: Sentence, quantity, taken, common: bool = False) -> Optional[tuple]:
    """The proper noun a count stands right after, bare or as the subject (`그랜저가 7,120대로`, `아반떼 5,480대`):
    in a breakdown, the item counted — a name that is no organization or date (a product, a model); with `common`,
    a common noun too (a part taken of the figure before: `이 가운데 컨테이너선이 46척`)."""
    tokens, i = sentence.tokens, _word_before_figure(sentence, quantity, lambda t: t.tag == "JKS")
    if i < 0 or tokens[i].tag not in (("NNP", "NNG") if common else ("NNP",)) or taken(tokens[i].start, tokens[i].end):
        return None
    return word_start(sentence, i), tokens[i].end


def ranking_measure(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The measure a ranking names after its first item's figure (`해외주식이 19.7%로 가장 높은 수익률을 냈고`): the
    measure noun that a record word and an adjective modify right after the figure's 로 (past an adverb: `여전히
    가장 많은 매출을`), as an object; for a count, the noun counted too (`가장 많은 공고를`)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if not (i + 1 < len(tokens) and tokens[i].start == quantity.end and tokens[i].form in {"로", "으로"}):
        return None
    record = i + 2 if tokens[i + 1].tag == "MAG" and tokens[i + 1].form not in lexicon["record_words"] else i + 1
    if not (record + 3 < len(tokens) and tokens[record].form in lexicon["record_words"] and tokens[record + 1].tag == "VA"
            and tokens[record + 2].tag == "ETM" and tokens[record + 3].tag in NOUNS):
        return None
    span = noun_phrase_end(sentence, record + 3)
    k = record + 3
    while k + 1 < len(tokens) and tokens[k + 1].start < span[1]:
        k += 1
    if not (k + 1 < len(tokens) and tokens[k + 1].tag == "JKO"
            and (measure_at(sentence, k, lexicon) or quantity.category == "count")):
        return None  # (a count's may be the thing counted: `286만 건으로 가장 많은 공고를 확보했고`)
    return span


def acronym_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """A measure named by a Latin acronym right before the figure, bare or as topic or subject (`RevPAR 12% 상승`,
    `지난해 ROE는 8.7%였다`, past an adverb: `ARPU는 각각 3만 200원`): that name — not an organization's (`LG 10%`)."""
    tokens = sentence.tokens
    marks = lambda t: t.tag in {"JX", "JKS"} and t.form in TOPIC_OR_SUBJECT
    i = _word_before_figure(sentence, quantity, marks)
    k = sentence.before(quantity.start)
    if i >= 0 and tokens[i].tag in {"MAG", "MM"} and i == k and i >= 2 and marks(tokens[i - 1]) \
            and tokens[i - 1].end + 1 == tokens[i].start and tokens[i - 2].end == tokens[i - 1].start:
        i -= 2  # an adverb between does not part them (`ARPU는 각각 3만 200원, 3만 1,500원`)
    if i < 0 or tokens[i].tag != "SL" or taken(tokens[i].start, tokens[i].end) \
            or i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].tag in WORD_TAGS | {"SN", "SL", "SH", "NR"}:
        return None  # (not a name glued to a word before it: `5G`, `아이폰17`)
    return tokens[i].start, tokens[i].end


def bracketed_after(sentence: Sentence, quantity, taken, lexicon: dict) -> Optional[tuple]:
    """The noun a figure stands in brackets after, alone in them (`석유제품(-23.9%)`, `희망 범위(1만4천~1만6천원)`,
    `올해 실적(22조 원)보다`): that noun's figure — not an organization's or a date's (`샤오미(14.1%)`, `1분기(64억 원)`,
    `전년 동기(124억 원)`, where the DATE mention may leave the pointing-back word out)."""
    if sentence.text[quantity.start - 1:quantity.start] != "(" or sentence.text[quantity.end:quantity.end + 1] != ")":
        return None
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    j = sentence.after(quantity.end)
    if not (i >= 1 and tokens[i].tag == "SSO" and tokens[i].end == quantity.start and j < len(tokens)
            and tokens[j].tag == "SSC" and tokens[j].start == quantity.end and tokens[i - 1].end == tokens[i].start):
        return None
    head = tokens[i - 1]
    # (`한식` read as 한/MM 식/NNB: a noun split into a determiner and a bound noun glued to it)
    split = head.tag == "NNB" and i >= 2 and tokens[i - 2].tag == "MM" and tokens[i - 2].end == head.start
    # (a qualifier as the head of a phrase names the figure: `업계 평균(3억 2천만 원)`; alone it is one: `평균(3억 원)`)
    # (a word of the whole heads an average: `전국 평균(20.3%)`, a group's average as `업계 평균` is; reader-conventions #39)
    opener = tokens[i - 2].form in lexicon["whole_openers"] and head.form in lexicon["aggregate_words"]
    headed = i >= 2 and tokens[i - 2].tag in COMMON and tokens[i - 2].end + 1 == head.start \
        and not taken(tokens[i - 2].start, tokens[i - 2].end) and (tokens[i - 2].form not in lexicon["not_metrics"] or opener)
    if head.form == "규모" and headed:  # `지난해 협약 규모(1,500억 원)보다`: the size of the thing named before it (FACTS.md)
        return word_start(sentence, i - 2), tokens[i - 2].end
    if head.tag not in COMMON and not split or head.form in NOT_METRIC \
            or head.form in lexicon["not_metrics"] and not headed or taken(head.start, head.end):
        return None
    if points_back(tokens, i - 1, lexicon):
        return None  # `전년 동기(124억 원)`: the compared time's figure of the measure in force
    if headed and head.form in lexicon["not_metrics"]:
        return word_start(sentence, i - 2), head.end
    return (tokens[i - 2].start if split else word_start(sentence, i - 1)), head.end


def noun_right_after(sentence: Sentence, quantity) -> bool:
    """A noun follows the figure after a space, with no bridge (`1,200만 명 돌파`, `200만 대 생산 체제`), or past a bound
    word only (`500명 이상 입장`: `bound_between`)."""
    tokens, j = sentence.tokens, sentence.after(quantity.end)
    bound = j + 1 < len(tokens) and bound_between(tokens, j + 1, quantity, words())
    j += bound
    return quantity.unit not in GENERIC_COUNTERS and j < len(tokens) and tokens[j].tag == "NNG" \
        and (bound or tokens[j].start == quantity.end + 1) and tokens[j].form not in BRIDGE_FORMS and tokens[j].form not in NOT_METRIC


# Dots that join the words of one name (`교통·에너지·환경세`).
MIDDLE_DOTS = frozenset({"·", "∙", "ㆍ"})
# How many tokens back 각각 may stand before the end of a basis put between it and its figures (`EACH_BASIS_ENDS`).
EACH_BASIS_REACH = 7
FIGURE_TAGS = frozenset({"SN", "NR", "SW", "SO", "NNB"})


def each_position(sentence: Sentence, quantity) -> Optional[tuple]:
    """(k, n, i): the figure is the k-th of the n figures joined by commas after 각각 (token i), or None."""
    tokens, i, k = sentence.tokens, sentence.before(quantity.start), 0
    while i >= 1 and tokens[i].form == "," and tokens[i].tag == "SP":  # the figures of the list before this one
        j = i - 1
        while j >= 0 and tokens[j].tag in FIGURE_TAGS:
            j -= 1
        if j == i - 1:
            return None
        i, k = j, k + 1
    basis = -1
    if i >= 3 and tokens[i].form in EACH_BASIS_ENDS and tokens[i].end + 1 == tokens[i + 1].start:
        # `각각 전년 동기 대비 31%, 45%`: a basis between 각각 and its figures (a few words back, no figure in it)
        h = i - 1
        while h > max(0, i - EACH_BASIS_REACH) and tokens[h].form != EACH and tokens[h].tag not in ("SP", "EC"):
            h -= 1
        if tokens[h].form == EACH:
            i, basis = h, i
    if not (i >= 2 and tokens[i].form == EACH and tokens[i].tag == "MAG"):
        return None
    j, n = (basis if basis >= 0 else i) + 1, 0
    while j < len(tokens) and tokens[j].tag == "SN":
        while j < len(tokens) and tokens[j].tag in FIGURE_TAGS:  # (a spaced unit too: `2,900만 명`)
            j += 1
        n += 1
        if not (j + 1 < len(tokens) and tokens[j].form == "," and tokens[j + 1].tag == "SN"):
            break
        j += 1
    return (k, n, i) if k < n and n >= 2 else None


def each_item(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """`소스류(…)와 과자류(…)도 각각 11.3%, 7.8% 증가했다`: the k-th figure after 각각 is the k-th noun listed
    before it (joined by 와/과 or a comma, past a figure in brackets), unless the nouns are organizations. A middle dot
    joins the words of one item (`교육세와 교통·에너지·환경세는 각각`), or lists items when the figures are as many
    (`부가세·법인세는 각각 5조 원, 3조 원`)."""
    position = each_position(sentence, quantity)
    if position is None:
        return None
    k, n, i = position
    tokens = sentence.tokens
    if i >= 3 and tokens[i - 1].form in EACH_BASIS_ENDS:
        # `매출과 영업이익은 전년보다 각각 31%, 45%`: the nouns listed before a basis put before 각각
        h = i - 2
        while h > max(0, i - EACH_BASIS_REACH) and tokens[h].tag not in ("JX", "JKS", "SP", "EC"):
            h -= 1
        i = h + 1 if tokens[h].tag in ("JX", "JKS") else i
    for dotted in (True, False):
        items = _listed_before(sentence, i, dotted)
        if len(items) == n:
            return None if any(taken(*item) for item in items) else items[k]
    return None


def _listed_before(sentence: Sentence, i: int, dotted: bool) -> list:
    """The nouns listed right before token `i`, in text order; `dotted`: a middle dot joins the words of one."""
    tokens = sentence.tokens
    j, items = i - 1 - (tokens[i - 1].tag in ("JX", "JKS")), []
    while j >= 0:
        if tokens[j].tag == "SSC":  # (`소스류(5,230만 달러)와`)
            while j >= 0 and tokens[j].tag != "SSO":
                j -= 1
            j -= 1
        if j < 0 or tokens[j].tag not in COMMON or tokens[j].form in NOT_METRIC:  # (`지난달 말 기준 각각`)
            break
        start, end = word_start(sentence, j), tokens[j].end
        while j >= 0 and tokens[j].start >= start:
            j -= 1
            if dotted and j >= 1 and tokens[j].start < start and tokens[j].form in MIDDLE_DOTS and tokens[j].end == start \
                    and tokens[j - 1].tag in COMMON and tokens[j - 1].end == tokens[j].start:
                start = word_start(sentence, j - 1)  # one item of words joined by a middle dot (`교통·에너지·환경세`)
        items.append((start, end))
        if not (j >= 0 and (tokens[j].tag == "JC" or tokens[j].tag == "SP" and (
                tokens[j].form == "," or not dotted and tokens[j].form in MIDDLE_DOTS and tokens[j].end == start))):
            break
        j -= 1
    items.reverse()
    return items


def qualifier(token, words: frozenset) -> bool:
    """An approximator or a word of `words` before a figure (`약`, `연`, `월`, `총`; `전국` among the `not_metrics`):
    it says how the figure is meant, not what it counts."""
    return token.tag in {"MM", "MAG"} and token.form in APPROXIMATORS or token.form in words


@functools.lru_cache(maxsize=None)
def proper_measure(form: str) -> bool:
    """A word kiwipiepy reads as a proper noun in context that is a measure noun of the lexicon, or ends in one after two
    syllables or more (`지방교부세`, `보통교부세`; or in a price word, `값`: `배춧값이`, holdout33): a common noun of what
    is measured (`topic_before`); not a name of three syllables that happens to end so (`이수익`), nor one ending in a
    suffix (`박지율`)."""
    measures, prices = words()["measures"], words()["price_words"]
    return form in measures or any(form.endswith(m) and len(form) >= len(m) + 2 for m in measures if len(m) >= 2 or m in prices)


def proper_in_compound(tokens: list, k: int) -> bool:
    """Token `k` is a proper noun, one of at most two, that a common noun opens a compound with (`국내 반도체 전구체 시장은`,
    `국내 이차전지 전구체 시장은`): common nouns kiwipiepy read as names, so `시장` after them is a market, not a mayor (`무스카
    시장`, `브라질 무스카 시장`: names alone)."""
    for j in (k, k - 1):
        if j < 1 or tokens[j].tag != "NNP":
            return False
        if tokens[j - 1].tag == "NNG":
            return tokens[j - 1].form not in NOT_METRIC
    return False


def topic_before(sentence: Sentence, quantity, taken, titles: frozenset, markets: frozenset,
                 causes: frozenset = frozenset()) -> Optional[tuple]:
    """The nearest noun marked as topic or subject before the figure in its clause (`관람객은 300명`,
    `고객 수는 지난달 말 1,800만 명`), not an organization, a date or — unless the people counted right
    after it (`의원이 25명`) — a person's title (`무스카 시장이 … 35명이 사망한`), nor the subject of a clause of cause
    (`택배 물량이 늘어난 덕에 4,180억 원으로`: `causes`, `cause_clause`)."""
    clause_start, _ = sentence.clause(quantity.start)
    tokens = sentence.tokens
    i = sentence.before(quantity.start)
    figure = i + 1
    if quantity.category == "count" and i >= 1 and tokens[i].tag in {"JX", "JKS"}:
        titles = frozenset()  # the marker right before the count
    while i >= 1 and tokens[i].start >= clause_start:
        h = before_brackets(tokens, i - 1) if tokens[i].form in METRIC_TOPIC else -1  # (`국내총생산(GDP)은`)
        if tokens[i].form in METRIC_TOPIC and tokens[i].tag in {"JX", "JKS"} and h >= 0 \
                and (tokens[h].tag in COMMON or tokens[h].tag == "NNP" and proper_measure(tokens[h].form)
                     or counter_glued(tokens, h, quantity) or relative_thing(tokens, h, quantity, taken)) \
                and not (h > 0 and tokens[h - 1].tag == "JKO"):  # (`음악을 아는`: a verb read as a noun)
            head = tokens[h]
            person = head.form in titles and not (head.form in markets and h > 0 and (tokens[h - 1].tag in ("NNG", "SL")
                                                                                     or proper_in_compound(tokens, h - 1)))
            if head.form in NOT_METRIC or person or taken(head.start, head.end):  # (`무스카 시장`, not `밀키트 시장`, `CDMO 시장`)
                return None
            if not cause_clause(tokens, h, figure, causes) and not (tokens[i].tag == "JKS" and in_relative_clause(tokens, h, figure, taken)):
                return word_start(sentence, h), head.end
        i -= 1
    return None


def given_as(sentence: Sentence, quantity, taken, lexicon: Optional[dict] = None, dates=()) -> Optional[tuple]:
    """The noun a figure is given as, right before it with 로/으로 (`개인종합 전체 점수로 67.733점을
    받아`), or past a DATE of `dates` that says when (`신규 노선 운항 장려금으로 올해 15억원을 편성했다`) — tried after the
    verbal noun, which a means takes (`상장으로 46억 달러를 조달했다`); not a word of record
    (`처음으로 1천억 원을 넘어섰다`: `not_metrics`), which says when the figure was first reached, not what it is."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    j = past_brackets(tokens, sentence.after(quantity.end))
    if not (j < len(tokens) and tokens[j].tag in {"JKO", "VCP"}):
        return None  # the figure is what is given (`…점을 받아`), not a limit (`선착순으로 100명까지`)
    edge = quantity.start
    for d in dates:  # (a loop: a generator made cells of `sentence` and `quantity` on every call)
        if d.end + 1 == quantity.start:
            while i >= 1 and tokens[i].start >= d.start:
                i -= 1
            edge = d.start
            break
    if i >= 1 and tokens[i].form in ("로", "으로") and tokens[i].tag == "JKB" and tokens[i].end + 1 == edge \
            and tokens[i - 1].tag in COMMON and tokens[i - 1].form not in NOT_METRIC and not taken(tokens[i - 1].start, tokens[i - 1].end) \
            and not (lexicon and tokens[i - 1].form in lexicon["not_metrics"]) \
            and not (tokens[i - 1].tag == "XSN" and tokens[i - 2].tag in UNIT_TAGS and tokens[i - 2].end == tokens[i - 1].start):
        # (not a suffix on another figure's unit: `약 29조 원어치로 60%를 차지한다` names no noun the share is given as)
        return word_start(sentence, i - 1), tokens[i - 1].end
    return None


def copula_noun(sentence: Sentence, quantity) -> Optional[int]:
    """The index of the noun a copula right before the figure says it is (`올해 목표인 417만 대` → 목표; past, `연간 목표였던
    9조 원`), or None."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i < 2 or tokens[i].tag != "ETM" or tokens[i].end + 1 != quantity.start:
        return None
    if tokens[i - 1].tag == "EP":  # (`였던`: 이 + 었 + 던)
        i -= 1
    if tokens[i - 1].tag == "VCP" and i >= 2 and tokens[i - 2].tag in COMMON and tokens[i - 2].end == tokens[i - 1].start:
        return i - 2
    return None


def whole_of_part(sentence: Sentence, quantity) -> Optional[int]:
    """The index of the whole a figure is said by a copula to be a part of — a part's noun (`상금의 절반인 360만 원` → 상금)
    or a share or multiple (`매출의 24%인 446억 원`, `전체 결성액의 40%인 480억 원을 출자했다`, `지금의 2배인 400MW로`) — or
    None: the whole is not what the figure measures (the verb after it says what is done with the part), nor is the
    share's unit (`배`)."""
    tokens, k = sentence.tokens, copula_noun(sentence, quantity)
    if k is not None and k >= 2 and tokens[k - 1].tag == "JKG" and tokens[k - 1].end + 1 == tokens[k].start:
        return k - 2
    i = sentence.before(quantity.start)
    if not (i >= 5 and tokens[i].tag == "ETM" and tokens[i - 1].tag == "VCP" and tokens[i].end + 1 == quantity.start
            and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 2].form in ("%", "배") and tokens[i - 3].tag == "SN"
            and tokens[i - 3].end == tokens[i - 2].start and tokens[i - 4].tag == "JKG" and tokens[i - 4].end + 1 == tokens[i - 3].start):
        return None
    k = before_brackets(tokens, i - 5) if tokens[i - 5].tag == "SSC" else i - 5
    return k if k >= 0 and tokens[k].tag in NOUNS else None


def named_by_copula(sentence: Sentence, quantity, taken, lexicon: dict) -> Optional[tuple]:
    """The noun a figure is said to be by a copula right before it (`올해 목표인 417만 대`): that noun — not a word of
    time, scope or record (`역대 최대인 25조 원`), nor a part of a whole named with 의 (`금액의 절반인`), nor the unit of
    a share or multiple of a whole (`지금의 2배인 400MW`)."""
    k = copula_noun(sentence, quantity)
    if k is None or whole_of_part(sentence, quantity) is not None:
        return None  # (nor a part of a whole: `합한 금액의 절반인 135만원`)
    noun = sentence.tokens[k]
    if noun.form in NOT_METRIC or noun.form in lexicon["not_metrics"] or noun.form in lexicon["record_words"] \
            or taken(noun.start, noun.end):
        return None
    return word_start(sentence, k), noun.end


def taken_as(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The noun a figure is taken as (`200억원을 목표로 하고 있다`, `3%를 기준으로 삼아`): the object of 하다/삼다
    with the noun marked by 로 right after it — unless a noun right before the figure names what it measures
    (`해외 매출 비중 60%를 목표로`: the share is the metric, 목표 only says it is aimed at)."""
    if sentence.text[quantity.end:quantity.end + 1] not in ("을", "를", "("):
        return None
    tokens, j = sentence.tokens, past_brackets(sentence.tokens, sentence.after(quantity.end))
    i = sentence.before(quantity.start)
    if i >= 0 and tokens[i].tag in COMMON and tokens[i].end + 1 == quantity.start and tokens[i].form not in NOT_METRIC \
            and tokens[i].form not in VALUE_WORDS and not taken(tokens[i].start, tokens[i].end):
        # (not a date or a time the figure is per: `올해 500억원을 목표로` → 목표, `하루 30건을 한도로 삼아` → 한도)
        return None
    if j + 3 < len(tokens) and tokens[j].tag == "JKO" and tokens[j + 1].tag == "NNG" and tokens[j + 2].form in ("로", "으로") \
            and tokens[j + 2].tag == "JKB" and tokens[j + 3].tag.startswith("VV") and tokens[j + 3].form in ("하", "삼") \
            and tokens[j + 1].form not in NOT_METRIC and not taken(tokens[j + 1].start, tokens[j + 1].end):
        return tokens[j + 1].start, tokens[j + 1].end
    return None


def set_as_before(sentence: Sentence, quantity, taken, lexicon: dict) -> Optional[tuple]:
    """The noun a relative clause right before a figure says it was set as (`당초 목표로 잡은 10조 원`, `상한으로 정한 30%`:
    a verb of `set_verbs`): that noun, as a copula's is (`올해 목표인 417만 대`)."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if not (i >= 3 and tokens[i].tag == "ETM" and tokens[i].end + 1 == quantity.start and tokens[i - 1].tag.startswith("VV")
            and tokens[i - 1].form in lexicon["set_verbs"] and tokens[i - 2].form in ("로", "으로") and tokens[i - 2].tag == "JKB"
            and tokens[i - 3].tag in COMMON and tokens[i - 3].end == tokens[i - 2].start):
        return None
    noun = tokens[i - 3]
    if noun.form in NOT_METRIC or noun.form in lexicon["not_metrics"] or taken(noun.start, noun.end):
        return None
    return word_start(sentence, i - 3), noun.end


# A figure's level an object is set at: marked by 로, past a size word (`4조 원 규모로 편성해`).
SET_AT = re.compile(r"(?: ?규모)?(?:으로|로)")


def object_right_before(sentence: Sentence, quantity, taken, lexicon: dict, dates=()) -> Optional[tuple]:
    """The object right before a figure that changes or sets it (`출고가를 1,166원에서 1,247원으로
    올렸다`, `직원 수를 2,000명 줄였다`, past an approximator or a span: `인력을 약 4천 명에서`, `생산능력을 월 150대로`,
    `특별관을 전국 25곳으로`, `인재를 전체의 35%`), or past a DATE of `dates` that says when (`인력을 연초 140명에서`,
    `직원을 올해 말 300명으로`, `인력을 2030년까지 350명으로`): what the figure measures."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    edge = quantity.start
    date = None
    for d in dates:  # (a loop: a generator made cells of `sentence` and `quantity` on every call)
        if d.end + 1 == quantity.start or sentence.text.startswith("까지 ", d.end) and d.end + 3 == quantity.start:
            date = d
            break
    if date is not None:  # (the time it is set for does not part the object from its figure)
        while i >= 1 and tokens[i].start >= date.start:
            i -= 1
        edge = date.start
    if i >= 2 and (tokens[i].tag in {"MM", "MAG"} or qualifier(tokens[i], lexicon["not_metrics"]) or rate_word(sentence, i, lexicon)) \
            and tokens[i].end + 1 == quantity.start:
        i, edge = i - 1, tokens[i].start  # an approximator between (`본사 인력을 약 4천 명에서`)
    elif i >= 3 and tokens[i].tag == "ETM" and tokens[i].end + 1 == quantity.start and SET_AT.match(sentence.text, quantity.end):
        j = _past_comparison(tokens, i, "JKO")  # how the level set compares (`예산안을 올해보다 3.8% 늘어난 4조 원 규모로`)
        i, edge = j, (tokens[j].end + 1 if j != i else edge)
    if i >= 3 and tokens[i].form == "의" and tokens[i].tag == "JKG" and tokens[i].end + 1 == edge \
            and tokens[i - 1].form in lexicon["not_metrics"] and tokens[i - 1].end == tokens[i].start:
        i, edge = i - 2, tokens[i - 1].start  # the whole it is a share of (`지역 인재를 전체의 35% 이상 채용한다`)
    if i >= 1 and tokens[i].tag == "JKO" and tokens[i].end + 1 == edge and tokens[i - 1].tag in COMMON | {"NNB"} \
            and not (tokens[i - 1].tag == "NNB" and i >= 2 and tokens[i - 2].tag in ("SN", "NR")) \
            and tokens[i - 1].form not in NOT_METRIC and not taken(tokens[i - 1].start, tokens[i - 1].end):
        # (not a figure's unit: `10조 원을 24% 웃돈` compares the figure, the unit is no object noun)
        return word_start(sentence, i - 1), tokens[i - 1].end
    return None


def object_past_modifier(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The object of a verb that fixes it at the figure marked by 로 (`fixing_verbs`), past a modifier of the figure between
    them (`공모가를 희망 범위 상단인 2만 원으로 확정했다`, `공모가를 … 상단을 넘는 2만 4,000원으로`, `목표주가를 20% 높은 12만 원으로
    올렸다`): what the figure measures — the object nearest before the modifier, not the modifier's own (`상단을`)."""
    tokens, j = sentence.tokens, sentence.after(quantity.end)
    if not (j + 1 < len(tokens) and tokens[j].form in ("로", "으로") and tokens[j].tag == "JKB" and tokens[j].start == quantity.end):
        return None
    verb = tokens[j + 1]
    if verb.form not in lexicon["fixing_verbs"]:
        return None
    i = sentence.before(quantity.start)
    if not (i >= 2 and tokens[i].tag == "ETM" and tokens[i].end + 1 == quantity.start):
        return None  # (an object right before the figure is `object_right_before`'s)
    clause_start = sentence.clause(quantity.start)[0]
    # (the nearest object before the modifier that is not the modifier's own, right before its verb: `상단을 넘는`)
    k = next((k for k in range(i - 2, 0, -1) if tokens[k].start >= clause_start and tokens[k].tag == "JKO"
              and not (k + 1 < i and tokens[k + 1].tag.startswith("VV") and k + 2 >= i - 1)), None)
    if k is None:
        return None
    if tokens[k - 1].tag not in COMMON or tokens[k - 1].form in NOT_METRIC or taken(tokens[k - 1].start, tokens[k - 1].end):
        return None
    return word_start(sentence, k - 1), tokens[k - 1].end


def rated(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """A word of a rate stands right before the figure (`주 14회`, `하루 12회`: `rate_words`): a count of times per week or
    day, which the object before it sets (`노선을 주 14회로 늘리고`), unlike a bare count of times (`인생을 두 번 살`)."""
    i = sentence.before(quantity.start)
    return i >= 0 and rate_word(sentence, i, lexicon) and sentence.tokens[i].end + 1 == quantity.start


def rate_word(sentence: Sentence, i: int, lexicon: dict) -> bool:
    """Token `i` is a word of `rate_words` standing alone (`주 14회`; not the end of a noun: `자사주 300억 원어치`)."""
    return sentence.tokens[i].form in lexicon["rate_words"] and word_start(sentence, i) == sentence.tokens[i].start


def may_frame(text: str) -> bool:
    """Whether a sentence's text may hold a frame: every frame ends in 면 (`보면`, `살펴보면`, `…으면`),
    so a sentence without it is not read token by token (nor built) to find none."""
    return "면" in text


def framed(sentence: Sentence, verbs: frozenset) -> Optional[tuple]:
    """The object of a frame in the sentence (`햄버거세트 평균 열량을 보면 버거킹이 1,197kcal`,
    `업종별 영업이익을 살펴보면`): what the figures after it measure; (start, end, where it ends)."""
    tokens = sentence.tokens
    for k in range(2, len(tokens) - 1):
        if tokens[k + 1].form not in {"면", "으면"}:
            continue
        verb = k  # (the verb's first token: `더하면` is 더 MAG + 하 XSV to kiwipiepy)
        if tokens[k].form == "하" and tokens[k].tag == "XSV" and tokens[k - 1].tag == "MAG" \
                and tokens[k - 1].end == tokens[k].start and tokens[k - 1].form + "하" in verbs:
            verb = k - 1
        elif not (tokens[k].form in verbs and tokens[k].tag.startswith("VV")):
            continue
        if verb >= 2 and tokens[verb - 1].tag == "JKO" and tokens[verb - 2].tag in COMMON \
                and not (verb >= 3 and tokens[verb - 3].tag == "MM" and tokens[verb - 3].end + 1 >= tokens[verb - 2].start):
            # (not the companies summed, `두 회사를 합치면`, `양사를 합치면`: a group, no measure)
            return word_start(sentence, verb - 2), tokens[verb - 2].end, tokens[k + 1].end
    return None


def partitive_before(sentence: Sentence, quantity, taken) -> Optional[tuple]:
    """The whole a count is part of (`구속된 네티즌 중 1명은`): the noun before the `중` or `가운데`
    right before it (the counts listed after it share it: `metric_shared`); not a DATE's word, where `중` says
    within when (`상반기 중 14대를 출하할`: no whole, holdout88 001)."""
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i > 0 and tokens[i].form in PARTS and tokens[i].tag in {"NNB", "NNG"} and tokens[i - 1].tag in COMMON \
            and tokens[i - 1].form not in NOT_METRIC and not taken(tokens[i - 1].start, tokens[i - 1].end):
        return word_start(sentence, i - 1), tokens[i - 1].end
    return None


def _verbal(tokens: list, light: frozenset, k: int) -> bool:
    """Token `k` is a verbal noun (`입건`+`했다`) that is no light verb (`verbal_after`)."""
    return k + 1 < len(tokens) and tokens[k].tag == "NNG" and tokens[k + 1].tag == "XSV" and tokens[k].form not in light


def decided_change_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """A price's decided change written as a noun right after the figure (`decided_changes`: `당초 5.2% 인상을 요청했으나`,
    `아메리카노 200원 인상`), ending its phrase (a particle, a mark, the end): the verbal noun that serves as the metric when
    no other noun names it; not a verb (`5% 인상했다`, `인상된`: the kind) nor a compound's first noun (`인상안`, `인상 효과`)."""
    tokens = sentence.tokens
    i = sentence.after(quantity.end)
    if not (i < len(tokens) and tokens[i].form in lexicon["decided_changes"] and tokens[i].tag == "NNG"
            and tokens[i].start - quantity.end in (0, 1)):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].tag[0] not in "JS":
        return None
    return tokens[i].start, tokens[i].end


def verbal_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun of the verb that takes the figure as its object (`16명을 … 입건했다`), its
    subject or price (`35명이 사망했다`, `25만 달러에 판매한`, `79달러에 A 1개와 B 2개, … 구매할`), or as
    an adverbial count (`1회씩 도전할`, `3차례 방문했다`, `수십 차례에 걸쳐 필로폰을 투약한`); the object
    of a verb that only carries it (`압수수색을 당했다`, `시위를 벌였다`: lexicon `object_verbs`) — not a
    verb that only says a figure was reached (`기록했다`, `달성했다`: lexicon `light_verbs`)."""
    light, carriers = lexicon["light_verbs"], lexicon["object_verbs"]
    tokens = sentence.tokens
    start = past_brackets(tokens, sentence.after(quantity.end))
    i = past_listed(tokens, start, quantity, lexicon)
    _, clause_end = sentence.clause(quantity.end if i == start else tokens[i - 1].start)  # (the last figure's clause)
    while i < len(tokens) and (tokens[i].tag == "XSN" or tokens[i].tag == "JX" and tokens[i].form in {"밖에", "만"}):
        i += 1  # `씩`, `한 번밖에`
    verbal = functools.partial(_verbal, tokens, light)  # (no lambda: it made cells of `tokens` and `light` on every call)
    if verbal(i) and quantity.category == "count":
        return tokens[i].start, tokens[i].end
    if i + 1 < len(tokens) and tokens[i].tag == "JX" and tokens[i].form in {"도", "은", "는"} \
            and quantity.unit not in lexicon["frequency_units"]:  # (`한 번도 발생하지 않았다`: how often)
        k = i + 1
        while k < len(tokens) and tokens[k].tag == "MAG":
            k += 1
        if verbal(k):  # `2,400만 원도 함께 기부했다`: an object marked as topic
            return tokens[k].start, tokens[k].end
    if i < len(tokens) and (tokens[i].tag == "JKS" or tokens[i].tag == "JKB" and tokens[i].form == "에"):
        if verbal(i + 1):
            return tokens[i + 1].start, tokens[i + 1].end
        if i + 2 < len(tokens) and tokens[i + 1].form == "걸치":
            i += 3  # `2차례에 걸쳐 … 압수수색을 당했다`: the clause after `걸쳐`
            _, clause_end = sentence.clause(tokens[i].start)
        elif tokens[i].tag == "JKB" and quantity.category == "currency":
            return price_of(sentence, i + 1, verbal)
    seen_object = False
    while i < len(tokens) and tokens[i].start < clause_end:
        token = tokens[i]
        if token.tag == "JKO":
            seen_object = True
            if i + 2 < len(tokens) and tokens[i + 1].form == "," and tokens[i + 1].tag == "SP":
                clause_end = max(clause_end, _gapped_object_end(sentence, i + 2))
        elif seen_object and verbal(i):
            if i >= 2 and tokens[i - 1].form in ("로", "으로") and tokens[i - 1].tag == "JKB" and tokens[i - 2].tag in COMMON \
                    and tokens[i - 2].form not in lexicon["not_metrics"]:  # (not an adverb's noun: `2천900명을 추가로 감원`)
                return word_start(sentence, i - 2), tokens[i - 2].end  # `11곳을 약정대상 기업으로 선정`
            return token.start, token.end
        elif token.tag.startswith("VV") and seen_object and token.form in carriers and tokens[i - 1].tag == "JKO" \
                and tokens[i - 2].tag in COMMON:
            return word_start(sentence, i - 2), tokens[i - 2].end
        elif token.tag.startswith(("VV", "VA")) and seen_object:
            return None
        i += 1
    return None


def _gapped_object_end(sentence: Sentence, k: int) -> int:
    """End of the clause whose object closes a list of clauses that share the verb after the last, from token `k` past an
    object and a comma (`2위 A증권은 9건, 7,820억 원을, 3위 B증권은 8건, 6,150억 원을 주관했다` → 주관 for all): the next object
    within a few words, after a figure and before any verb or ending; the sentence's start when there is none."""
    tokens = sentence.tokens
    for j in range(k, min(len(tokens), k + GAP_REACH)):
        tag = tokens[j].tag
        if tag == "JKO":
            return sentence.clause(tokens[j].start)[1] if any(t.tag == "SN" for t in tokens[k:j]) else sentence.start
        if tag in ("EC", "EF", "ETM", "ETN") or tag.startswith(("VV", "VA", "XSV")):
            break
    return sentence.start


def verbal_of_subject(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun right after a figure marked as its subject (`274경기가 매진됐다` → 매진): what happened to what it
    counts — not a light verb (`기록됐다`) nor a change word (`증가했다`: the kind)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if not (i + 2 < len(tokens) and tokens[i].tag == "JKS" and tokens[i].start == quantity.end and tokens[i + 1].tag == "NNG"
            and tokens[i + 2].tag == "XSV" and tokens[i + 1].end == tokens[i + 2].start):
        return None
    noun = tokens[i + 1]
    if noun.form in lexicon["light_verbs"] or noun.form in lexicon["change_words"] or noun.form in lexicon["change_nouns"]:
        return None
    return noun.start, noun.end


def verbal_right_after(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun right after a figure (`최대 30% 적립해 준`, `25조 원 투자…`: a headline's verbal noun ends its
    clause), or after an amount's 에 (`지분 4.9%를 약 350억 원에 취득하기로`: the deal a price pays for) — not a light
    verb (`기록`) nor a change word (`30% 증가했다`: the kind)."""
    if sentence.text[quantity.end:quantity.end + 1] not in (" ", "에", "("):
        return None
    tokens, i = sentence.tokens, past_brackets(sentence.tokens, sentence.after(quantity.end))
    if quantity.category == "currency" and i < len(tokens) and tokens[i].form == "에" and tokens[i].tag == "JKB" \
            and tokens[i].start == quantity.end:
        i += 1
        if i < len(tokens) and tokens[i].form in lexicon["closing_verbs"]:
            return None  # (`주가는 … 4만 6,150원에 마감했다`: the price the market closed at, a measure named before, no deal)
    elif not (i < len(tokens) and tokens[i].start == quantity.end + 1):
        return None
    if not (i < len(tokens) and tokens[i].tag == "NNG" and tokens[i].form not in lexicon["light_verbs"] and tokens[i].form not in NOT_METRIC
            and tokens[i].form not in lexicon["change_words"] and tokens[i].form not in lexicon["change_nouns"]):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].tag == "XSV" \
            or (i + 1 == len(tokens) or tokens[i + 1].tag in ("SE", "SF")) and quantity.category == "currency":
        return tokens[i].start, tokens[i].end
    return None


def price_of(sentence: Sentence, i: int, verbal) -> Optional[tuple]:
    """The deal a price is paid in (`79달러에 킨지 1개와 실린더 2개, 155달러에 …, … 구매할 수 있다`):
    the first verbal noun of the sentence's predicate after it, past the list of what it buys."""
    tokens = sentence.tokens
    while i < len(tokens) and not tokens[i].tag.startswith(("VV", "VA", "EF")) \
            and not (tokens[i].tag == "EC" and tokens[i].form in JOINING):
        if verbal(i):
            return tokens[i].start, tokens[i].end
        i += 1
    return None


def object_before(sentence: Sentence, quantity, carriers: frozenset) -> Optional[tuple]:
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
        return word_start(sentence, i - 1), tokens[i - 1].end
    return None


def sold_at(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The verbal noun a comparison's adverb modifies (`정상가보다 20∼30% 싸게 판매한다` → 판매)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if compared_by(sentence, quantity, lexicon) and i + 3 < len(tokens) and tokens[i + 1].form == "게" \
            and tokens[i + 2].tag == "NNG" and tokens[i + 3].tag == "XSV":
        return tokens[i + 2].start, tokens[i + 2].end
    return None


def object_of_own_verb(sentence: Sentence, quantity, light: frozenset, bounds: frozenset = frozenset(),
                       earning: frozenset = frozenset()) -> bool:
    """The figure is the object of a verb that says what was done with it (`농심이 19억 개를 팔았고`): a
    verb of its own, so no metric is carried to it from a list before (`애플은 5,710만대로`, `…를
    기록했다`: a light verb only reports the figure). The object particle may stand past the figures listed after it by a
    comma (`각각 1만 2,017대, 9,845대를 팔았다`) and past a bound word (`2조 원 이상을 따내겠다`: `bound_words`); a native
    verb of earning only reports it (`각각 1조 4,300억 원, 9,870억 원을 올렸고`: `earning_verbs`)."""
    tokens = sentence.tokens
    j = past_brackets(tokens, sentence.after(quantity.end))
    while j + 2 < len(tokens) and (tokens[j].form == "," and tokens[j].tag == "SP" or tokens[j].form == "등" and tokens[j].tag == "NNB"):
        k = j + 2 if tokens[j + 1].tag == "NNG" and tokens[j].form == "," else j + 1  # (a label before the next figure: `, 해외 27만 대`)
        if tokens[k].tag != "SN":
            break
        j = past_figure(tokens, k)  # (the figures listed share the particle after the last, also past the total closing them:
        # `국내 5만 대, 해외 27만 대 등 33만 대를 팔아`; a spaced unit too: `5억 원을`)
        j = past_brackets(tokens, j + 1 if j < len(tokens) and tokens[j].tag == "NNB" and tokens[j].form != "등" else j)
    if j < len(tokens) and (tokens[j].form in bounds and tokens[j].tag == "NNG" or tokens[j].form in AROUND):
        j += 1
    if not (j < len(tokens) and tokens[j].tag == "JKO"):
        return False
    for k in range(j + 1, len(tokens)):
        if tokens[k].tag.startswith(("VV", "VA")):
            return tokens[k].form not in earning
        if tokens[k].tag == "NNG" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV":
            return tokens[k].form not in light
    return False


def acted_on(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """The figure is the object of a verb of its own that does something with it (`경찰은 … 2곳을 압수수색했다`, `회사는
    2천900명을 감원할`), not one that only records it (`light_verbs`) nor a bound reached (`1억 명을 넘어섰다`:
    `threshold_verbs`): the clause's topic, then, is who acts."""
    tokens = sentence.tokens
    j = past_brackets(tokens, sentence.after(quantity.end))
    if split_object(tokens, j):
        j += 1
    if not (j < len(tokens) and tokens[j].tag == "JKO"):
        return False
    for k in range(j + 1, len(tokens)):
        if tokens[k].tag.startswith(("VV", "VA")):
            return tokens[k].form not in lexicon["threshold_verbs"] and tokens[k].form not in lexicon["exceed_verbs"]
        if tokens[k].tag == "NNG" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV":
            return tokens[k].form not in lexicon["light_verbs"]
    return False


# An amount spent and the object a verb of the next clause builds with it, right after (`…을 들여 엔진 부품 공장을 짓고`):
# up to four words with no figure (`allotted_to`, `built_verbs`).
BUILT = re.compile(r"[을를] (?:들여|투입해) ((?:[^\s\d,.'\"]+ ){0,3}[^\s\d,.'\"]+?)[을를] (\S+)")


def allotted_to(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The purpose an amount of a budget is allotted to (`청년 일자리와 창업 지원에 2,850억 원, 저출생 대응에
    3,120억 원이 배정됐다`, `교통망 구축에는 680억 원이 반영됐다`): the noun phrase marked by 에 before the
    amount, after the figure before it, when the amount's predicate is a verb of allotting (lexicon
    `allot_verbs`), back to a comma (`A에 X원, B에 Y원`) — the field marked 에는 before the items it lists (`교통 분야에는 … 지원 등에 1조 원이
    편성됐다` → 교통 분야), or when the amount is the object of a verb of spending (`spend_verbs`: `물류센터 증설에
    1,200억 원을 투입해` → 물류센터 증설) or the subject of its passive (`바이오·헬스케어에 350억원이 투입됐고`). Not a
    recipient of other verbs (`펀드에 1억 유로를 출자했다` → 출자)."""
    if quantity.category != "currency":
        return None
    after = sentence.text[quantity.end:quantity.end + 1]
    if after == "(":  # past a conversion in brackets (`설비 투자에 4억 달러(약 5,880억 원)를 쓸`)
        j = past_brackets(sentence.tokens, sentence.after(quantity.end))
        after = sentence.tokens[j].form[:1] if j < len(sentence.tokens) and sentence.tokens[j].tag == "JKO" else after
    elif after not in ("을", "를"):  # past an approximator (`신약 개발에 1,000억 원가량을 썼다`, `… 원 안팎을`: AROUND)
        j = sentence.after(quantity.end)
        if j + 1 < len(sentence.tokens) and sentence.tokens[j].form in AROUND and sentence.tokens[j + 1].tag == "JKO":
            after = sentence.tokens[j + 1].form[:1]
    spend = lexicon["spend_verbs"] if after in ("을", "를") else frozenset()
    passive = lexicon["spend_verbs"] if after in ("이", "가", ",") else frozenset()  # (`AI에 410억원, 바이오에 350억원이 투입됐고`)
    given = False  # (`농업 분야에 4,860억 원을 지원한다`: a field a verb of giving puts money in is its purpose too)
    if not allotted(sentence, quantity, lexicon["allot_verbs"], spend, passive):
        if not (spend and allotted(sentence, quantity, frozenset(), lexicon["give_verbs"])):
            return None
        given = True
    tokens = sentence.tokens
    marked = []  # indexes of the 에 of each phrase, in text order
    k = sentence.before(quantity.start)
    while k >= 1 and tokens[k].tag != "SP" and tokens[k].start >= sentence.major_clause_start(quantity.start):
        if tokens[k].form == "에" and tokens[k].tag == "JKB":
            marked.append(k)
        k -= 1
    marked.reverse()
    topic = [k for k in marked if k + 1 < len(tokens) and tokens[k + 1].form in ("는", "은") and tokens[k + 1].tag == "JX"]
    field = phrase_before(sentence, topic[0], taken) if topic else None  # (not a date: `내년에는 … 프로그램에 100억 원을`)
    nearest = sentence.before(quantity.start)
    if nearest >= 1 and tokens[nearest].tag in ("MM", "MAG") and qualifier(tokens[nearest], lexicon["not_metrics"]):
        nearest -= 1  # `공장 건설에 약 2,400억 원을`, `… 구매에 모두 8천억 원을`: an approximator or a total's word does not part them
    if nearest >= 2 and tokens[nearest].form in lexicon["duration_marks"] and tokens[nearest - 2].tag == "SN" \
            and tokens[nearest - 1].tag in ("NNB", "NNG"):
        nearest -= 3  # `해양관광단지에 3년간 4,200억 원을 투입한다`: the time it is spent over does not part them either
    if nearest >= 1 and tokens[nearest].tag == "JX" and tokens[nearest].form in ("까지", "부터") \
            and taken(tokens[nearest - 1].start, tokens[nearest - 1].end):
        nearest -= 1  # `공장 증설에 내년까지 1조 원을 투입`: nor the date by which it is spent
    while nearest >= 1 and taken(tokens[nearest].start, tokens[nearest].end) and tokens[nearest].tag != "JKB":
        nearest -= 1
    if nearest >= 3 and tokens[nearest].tag == "ETM":
        nearest = _past_comparison(tokens, nearest)  # `시설투자에 지난해보다 25% 많은 8조 원을 투입`: nor how it compares
    if nearest >= 2 and tokens[nearest].form in lexicon["list_ends"] and tokens[nearest].tag == "NNB":
        k = nearest - 1  # `위판장 현대화에 국비와 도비 등 48억 원을 투입`: nor a list of the funds it is paid from
        while k >= 1 and (tokens[k].tag in ("NNG", "NNP") or tokens[k].tag == "JC" or tokens[k].form == "," and tokens[k].tag == "SP"):
            k -= 1
        nearest = k if tokens[k].form == "에" and tokens[k].tag == "JKB" else nearest
    if field or not marked or marked[-1] != nearest:
        found = field  # the nearest phrase marks the amount right before it (`지원에 2,850억 원`)
    else:
        found = phrase_before(sentence, marked[-1], taken)
        built = BUILT.match(sentence.text, quantity.end) if found else None
        if built and built.group(2).startswith(tuple(lexicon["built_verbs"])) and not taken(built.start(1), built.end(1)):
            return built.span(1)  # `평택에 1,200억 원을 들여 특수가스 공장을 짓는다`: the building, not where it stands
    if given and found and sentence.text[found[0]:found[1]].split()[-1] not in lexicon["field_words"]:
        return None  # (a recipient of a verb of giving keeps the verb's noun: `공사에 현물출자 등으로 500억 원을 지원` → 지원)
    return found


def _past_comparison(tokens: list, k: int, tag: str = "JKB") -> int:
    """The 에 (`tag` JKB) or the object particle (`tag` JKO) before an adnominal comparison ending at `k` that modifies the
    figure (`시설투자에 지난해보다 25%가량 많은 8조 원을`, `본예산안을 올해보다 3.8%(1,510억 원) 늘어난 4조 원 규모로` → the 에
    of 시설투자, the 을 of 본예산안): the comparison says how the figure compares, it names nothing of its own; `k` itself
    when the words back to that particle are not a comparison by 보다 (an object, a subject or a topic of their own)."""
    compared = False
    for j in range(k - 1, max(k - 12, 0), -1):
        token = tokens[j]
        if token.tag == tag and (tag != "JKB" or token.form == "에"):
            return j if compared else k
        if token.tag == "JKB" and token.form == "보다":
            compared = True
        elif token.tag in ("JKO", "JKS", "JX", "SP", "EC", "ETM", "EF"):
            return k
    return k


def spent_doing(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The act an amount is spent in doing, a verbal noun's clause closed by 데 right before it (`매장 12곳을 새로 단장하는
    데 80억 원을 들인다`, `안전요원을 추가 배치하는 데 60억 원을 쓴다` → 단장, 배치), when the amount is the object of a
    verb of spending (`spend_verbs`): the purpose, as one marked by 에 is; not a plain verb's (`짓는 데`: none)."""
    if quantity.category != "currency" or sentence.text[quantity.end:quantity.end + 1] not in ("을", "를"):
        return None
    tokens, i = sentence.tokens, sentence.before(quantity.start)
    if i >= 1 and tokens[i].tag in ("MM", "MAG") and qualifier(tokens[i], lexicon["not_metrics"]):
        i -= 1  # (`단장하는 데 약 80억 원을`)
    i -= i >= 1 and tokens[i].form == "에" and tokens[i].tag == "JKB"  # (`… 데에`)
    if not (i >= 3 and tokens[i].form == "데" and tokens[i].tag == "NNB" and tokens[i - 1].tag == "ETM"
            and tokens[i - 2].tag == "XSV" and tokens[i - 3].tag == "NNG" and tokens[i - 3].end == tokens[i - 2].start
            and tokens[i - 3].form not in lexicon["light_verbs"]):
        return None
    if not allotted(sentence, quantity, frozenset(), lexicon["spend_verbs"]):
        return None
    return tokens[i - 3].start, tokens[i - 3].end


def spent_on(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The purpose an amount is spent on, marked by 에 after it (`320억원을 제2공장 증설에, 나머지를 연구개발에 쓸`):
    the amount is the object of a verb of spending (lexicon `spend_verbs`) that the purpose goes with, or the topic or
    subject of its passive (`620억 원은 진해신항 공사에 쓰인다`, `… 연구개발에 사용된다`: `spend_passives`, or 되), past a
    relative clause on the purpose (`87억 원은 내년 3월 착공하는 암센터 증축에 쓰인다`)."""
    if quantity.category != "currency" or sentence.text[quantity.end:quantity.end + 1] not in ("을", "를", "(", "은", "는", "이", "가"):
        return None
    tokens, j = sentence.tokens, past_brackets(sentence.tokens, sentence.after(quantity.end))
    if not (j < len(tokens) and tokens[j].tag in ("JKO", "JX", "JKS")):
        return None
    passive = tokens[j].tag != "JKO"
    # an amount marked as topic is the object of an active verb of spending as well (`150억 원은 해외 진출에 쓴다`: the
    # object put first; holdout17, 33, 38, shared-only), as of its passive
    topic = tokens[j].tag == "JX"
    purpose = None
    for k in range(j + 1, len(tokens)):
        token = tokens[k]
        if token.form == "에" and token.tag == "JKB" and purpose is None:
            purpose = k
        elif token.tag.startswith("VV") or token.tag == "XSV":
            if passive and purpose is None and _adnominal_next(tokens, k):
                continue  # a relative clause on the purpose (`87억 원은 내년 3월 착공하는 암센터 증축에 쓰인다`)
            if not passive:  # (a verb of allotting too: `3,200억 원을 저소득층 주거 지원에 배분했다`)
                spent = token.form in lexicon["spend_verbs"] if token.tag.startswith("VV") \
                    else tokens[k - 1].form in lexicon["spend_verbs"] or tokens[k - 1].form in lexicon["allot_verbs"]
            elif token.tag.startswith("VV"):
                spent = token.form in lexicon["spend_passives"] or topic and token.form in lexicon["spend_verbs"]
            else:
                spent = (token.form == "되" or topic and token.form == "하") and tokens[k - 1].form in lexicon["spend_verbs"]
            if not spent and _adnominal_next(tokens, k):
                continue  # a relative clause in a later item (`950억 원을 일자리 사업을 운영하는 … 기관에 배분했다`)
            return phrase_before(sentence, purpose, taken) if purpose and spent else None
        elif token.tag in ("EF", "VCP") or token.tag == "EC" and token.form in JOINING:
            return None
    return None


def paid_as(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The noun an amount is paid or given as, marked by 로 before it (`소아 환자 치료비로 12억 원을 기탁했다`, `해약
    환급금으로는 올해 612억 원을 지급했다`, `구입비로 각각 10억 원, 2억 원을 기부했다`: past adverbs, a date, a rate's
    span and the figures listed before it), when the amount is the object of a verb of giving or paying (`give_verbs`):
    what the money is, not the verb; not a means of raising it (`유상증자로 500억 원을 조달했다`: no such verb)."""
    if quantity.category != "currency" or sentence.text[quantity.end:quantity.end + 1] not in ("을", "를", ","):
        return None
    tokens, k = sentence.tokens, sentence.before(quantity.start)
    while k >= 1 and (
            tokens[k].tag in ("MAG", "MM", "SN", "NR") or tokens[k].tag == "NNB" and tokens[k - 1].tag in ("SN", "NR")
            or tokens[k].form == "," and tokens[k].tag == "SP" and tokens[k - 1].tag in ("NNB", "NR")
            or taken(tokens[k].start, tokens[k].end)
            or tokens[k].form == "당" and tokens[k].tag == "XSN"):  # (`각각 10억 원, 2억 원을`, `올해`, `주당`)
        k -= 1 + (tokens[k].form == "당" and tokens[k].tag == "XSN")
    if k >= 1 and tokens[k].tag == "JX" and tokens[k].form in ("는", "은", "도"):
        k -= 1  # (`환급금으로는`)
    if not (k >= 1 and tokens[k].form in ("로", "으로") and tokens[k].tag == "JKB") \
            or not allotted(sentence, quantity, lexicon["give_verbs"], lexicon["give_verbs"]):
        return None
    found = phrase_before(sentence, k, taken)
    if found is None or sentence.text[found[0]:found[1]] in lexicon["not_metrics"]:
        return None
    return found


def received_as(sentence: Sentence, quantity, lexicon: dict, taken) -> Optional[tuple]:
    """The noun a figure is received or paid as, marked by 로 right after its object (`순매출의 8~12%를 로열티로 받는다`, `최대
    7억 달러를 단계별 기술료(마일스톤)로 받는다`, `1,200억 원을 배당금으로 지급한다`: past adverbs, `별도로`), when the verb is one of
    receiving or giving (`receive_verbs`, `give_verbs`): what the figure is, not the whole it is a share of; a figure listed
    before it by a comma shares it (`최대 4억 2천만 달러, … 최대 7억 달러를 … 기술료로 받는다`)."""
    tokens, j = sentence.tokens, past_brackets(sentence.tokens, sentence.after(quantity.end))
    if split_object(tokens, j):
        j += 1
    if j < len(tokens) and tokens[j].form == "," and tokens[j].tag == "SP":
        k = j + 1  # (the next figure's object in the same list: units before the particle, no predicate's end between)
        while k < j + 16 and k < len(tokens) and not (tokens[k].tag == "JKO" and tokens[k - 1].tag in {"NNB", "NR", "SW"}):
            if tokens[k].tag in {"EF", "ETM", "SF"} or tokens[k].tag == "EC" and tokens[k - 1].form not in lexicon["adverbial_verbs"]:
                return None
            k += 1
        j = k
    if not (j < len(tokens) and tokens[j].tag == "JKO"):
        return None
    r = j + 1  # the 로 that marks what the figure is
    while r < j + 8 and r < len(tokens) and (tokens[r].tag in WORD_TAGS or tokens[r].tag in {"XSN", "SSO", "SSC", "SL", "NNP"}):
        r += 1
    if r == j + 1 or r >= len(tokens) or tokens[r].form not in ("로", "으로") or tokens[r].tag != "JKB":
        return None
    v = r + 1  # (past adverbs: `별도로`, `각각`)
    while v + 1 < len(tokens) and (tokens[v].tag == "MAG" or tokens[v].tag == "NNG" and tokens[v + 1].form == "로"
                                   and tokens[v + 1].tag == "JKB"):
        v += 1 if tokens[v].tag == "MAG" else 2
    if v >= len(tokens):
        return None
    verb = tokens[v].form if tokens[v].tag.startswith("VV") else \
        tokens[v].form if tokens[v].tag == "NNG" and v + 1 < len(tokens) and tokens[v + 1].tag == "XSV" else ""
    if verb not in lexicon["receive_verbs"] and verb not in lexicon["give_verbs"]:
        return None
    found = phrase_before(sentence, r, taken)
    if found is None or sentence.text[found[0]:found[1]] in lexicon["not_metrics"]:
        return None
    return found


def paid_object(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The object an amount paid to each is given as, right after its 씩 (`가구당 20만 원씩 난방비를 지원했다`, `5천만 원씩
    연구비를 지급했다`), when the verb is one of giving or paying (`give_verbs`): what the money is, not the verb."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if not (quantity.category == "currency" and i + 2 < len(tokens) and tokens[i].form == "씩" and tokens[i].start == quantity.end):
        return None
    j = i + 1  # (past the time it is paid over: `월 110만 원씩 최장 3년간 정착지원금을 지급한다`)
    if j + 3 < len(tokens) and qualifier(tokens[j], lexicon["not_metrics"]) and tokens[j + 1].tag == "SN":
        j += 1
    if j + 3 < len(tokens) and tokens[j].tag == "SN" and tokens[j + 1].tag in {"NNB", "NNG"} \
            and tokens[j + 1].form in lexicon["span_units"] and tokens[j + 2].form in lexicon["duration_marks"]:
        i = j + 2
    if not (tokens[i + 1].tag in COMMON and tokens[i + 1].start == tokens[i].end + 1):
        return None
    span = noun_phrase_end(sentence, i + 1)
    k = i + 1
    while k + 1 < len(tokens) and tokens[k + 1].start < span[1]:
        k += 1
    if not (k + 2 < len(tokens) and tokens[k + 1].tag == "JKO" and tokens[k + 1].start == span[1]):
        return None
    verb = tokens[k + 2]
    given = verb.tag.startswith("VV") and verb.form in lexicon["give_verbs"] \
        or verb.tag == "NNG" and k + 3 < len(tokens) and tokens[k + 3].tag == "XSV" and verb.form in lexicon["give_verbs"]
    return span if given and tokens[i + 1].form not in lexicon["light_verbs"] else None


def paid_named(sentence: Sentence, quantity, lexicon: dict) -> Optional[tuple]:
    """The noun a clause of giving modifies, the amount its object (`월 80만 원씩 주는 '청년 영농정착지원금'`, `1인당 30만 원을
    지급하는 출산장려금`: a verb of `give_verbs` with an adnominal ending, the noun right after it, in quotes or not): what
    the money given is (the caller asks that it be money, `_money_noun`)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if quantity.category != "currency" or i >= len(tokens) or tokens[i].start != quantity.end:
        return None
    if tokens[i].form == "씩" and i + 1 < len(tokens):
        i += 1
    if tokens[i].tag == "JKO" and i + 1 < len(tokens) and tokens[i].start == tokens[i - 1].end:
        i += 1
    if i + 2 >= len(tokens):
        return None
    verb = tokens[i]
    if verb.tag == "NNG" and tokens[i + 1].tag == "XSV" and verb.form in lexicon["give_verbs"]:
        i += 1  # (`지급하는`)
    elif not (verb.tag.startswith("VV") and verb.form in lexicon["give_verbs"]):
        return None
    if not (tokens[i + 1].tag == "ETM" and tokens[i + 1].form not in PROSPECTIVE):
        return None
    j, quoted = i + 2, tokens[i + 2].tag == "SSO"
    if quoted and j + 1 < len(tokens):
        j += 1  # (`주는 '청년 영농정착지원금'`: a program's title in quotes, a name in it too)
    if tokens[j].tag not in (NOUNS if quoted else COMMON) or tokens[j].start > tokens[j - 1].end + 1:
        return None
    return noun_phrase_end(sentence, j)


def _adnominal_next(tokens: list, k: int) -> bool:
    """The verb at `k` ends in an adnominal ending (past its pre-final endings): it opens no predicate of the figure."""
    k += 1
    while k < len(tokens) and tokens[k].tag == "EP":
        k += 1
    return k < len(tokens) and tokens[k].tag == "ETM"


def allotted(sentence: Sentence, quantity, verbs: frozenset, spend: frozenset = frozenset(),
             passive: frozenset = frozenset()) -> bool:
    """The predicate after the amount (past the list it closes, `A에 X원, B에 Y원이 배정됐다`) is a verb of `verbs`, or
    of `spend` (the verbs of spending, asked when the amount is their object: `…에 450억 원을 투입한다`, `…에 쓴다`), or
    the passive with 되 of a verbal noun of `passive` (asked when the amount is its subject: `…에 350억원이 투입됐고`)."""
    tokens = sentence.tokens
    for k in range(sentence.after(quantity.end), len(tokens) - 1):
        if tokens[k].tag == "NNG" and tokens[k + 1].tag == "XSV":
            return tokens[k].form in verbs or tokens[k].form in spend or tokens[k + 1].form == "되" and tokens[k].form in passive
        if tokens[k].tag == "VV" and (tokens[k].form in spend or spend and _auxiliary_stem(tokens, k) in spend):
            return True
        if tokens[k].tag.startswith(("VV", "VA", "VCP", "EF")) or tokens[k].tag == "EC" and tokens[k].form in JOINING:
            return False
    return False


def _auxiliary_stem(tokens, k: int) -> str:
    """The stem of a verb kiwipiepy splits before an auxiliary (`내놨다` → 내/VV 어/EC 놓/VX: 내놓), else ""."""
    if k + 2 < len(tokens) and tokens[k + 1].tag == "EC" and tokens[k + 1].form in ("어", "아") and tokens[k + 2].tag == "VX":
        return tokens[k].form + tokens[k + 2].form
    return ""


def phrase_before(sentence: Sentence, k: int, taken) -> Optional[tuple]:
    """The noun phrase that ends right before token `k` (a particle), coordinated nouns in (`청년 일자리와
    창업 지원`), a closing `등` out, and its name in brackets (`연구개발(R&D)에` → 연구개발); none when it is a DATE or an ORG."""
    tokens = sentence.tokens
    i = before_brackets(tokens, k - 1)
    if i >= 1 and tokens[i].form in ("등", "등등") and tokens[i].tag == "NNB":
        i -= 1
    if i < 0 or tokens[i].tag not in WORD_TAGS or taken(tokens[i].start, tokens[i].end) or tokens[i].form in NOT_METRIC:
        return None
    end, j = tokens[i].end, i
    while j >= 1 and tokens[j - 1].end + 1 >= tokens[j].start and not taken(tokens[j - 1].start, tokens[j - 1].end) \
            and tokens[j - 1].form not in NOT_METRIC and (  # (`예산 48조 원 가운데 복지 분야에`: not past 가운데)
            tokens[j - 1].tag in WORD_TAGS or tokens[j - 1].tag == "XPN"
            or tokens[j - 1].tag == "JC" and tokens[j - 1].form in ("와", "과") and j >= 2 and tokens[j - 2].tag in WORD_TAGS):
        j -= 1
    return tokens[j].start, end


def followed_by_genitive(sentence: Sentence, quantity) -> bool:
    """의 right after the figure (`저소득층 1,200가구의 난방비`, `2개의 전문팀`)."""
    tokens, j = sentence.tokens, sentence.after(quantity.end)
    return j < len(tokens) and tokens[j].start == quantity.end and tokens[j].form == "의" and tokens[j].tag == "JKG"
