"""Subject helpers: which organization a figure is about, read from the particles and clauses
around it (`삼성전자는`, `삼성전자의 매출`, `3연승을 거둔 다저스가`, `A와 B는`, `티몰에서`).
`link.Linker.subject` tries them in order; `taken` is the Linker's test for a DATE or ORG mention."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..org.lexicon import cues, gazetteer_by_id
from .metric import cause_clause  # (a clause of cause: its subject is not the figure's, nor its noun the measure)
from .sentence import (
    CLAUSE_TAGS, CLOSING_QUOTES, JOINING, NOUNS, OPENING_QUOTES, PROSPECTIVE, SUBJECT, TO, Sentence, TOPIC, TOPIC_MARKS, TOPIC_OR_SUBJECT, WORD_TAGS, before_brackets, followed_by, is_marked, is_quotative,
    past_figure, starts_in, word_start)


def topics(sentence: Sentence, organizations: list, members: frozenset = frozenset(), analysts: frozenset = frozenset(),
           venues: frozenset = frozenset()) -> list:
    """The organizations marked as topic or subject (`삼성전자는`, `쿠팡 측은`, `한국전력공사 임직원 1,830명은`: its
    `members`), not as the subject of a relative clause (`농심이 출시한 제품`): what `topic_organization` chooses from."""
    found = []  # (a loop: a comprehension made cells of the arguments on every call, of a sentence without organizations too)
    for o in organizations:
        if (is_marked(sentence, o, TOPIC) or heads_topic(sentence, o, members, analysts, venues)) and relative_head(sentence, o) is None:
            found.append(o)
    return found


def topic_organization(sentence: Sentence, marked: list, before: int, clause_start: int = -1, causes: frozenset = frozenset()):
    """The organization marked as the sentence's topic or subject (`삼성전자는`, `쿠팡 측은`):
    of those `marked` (`topics`), the one closest before `before` when it is a subject or stands in
    the clause from `clause_start` (`A는 …했고 B는 9억 개를`: B's clause) or in the figure's major clause, whose minor
    clauses share its topic (`A는 …짓고, B는 2,700억 원을 투자해 320명을 뽑는다`: B's; rule fact.subject_topic_major), else
    the first topic; not the subject of a clause of cause before the figure (`causes`: `B가 … 넘은 데 힘입어`)."""
    if not marked:
        return None
    earlier = []  # (a loop: a comprehension made cells of `sentence` and `before` on every call)
    for o in marked:
        if o.start < before:
            earlier.append(o)
    earlier = earlier or marked
    if causes and len(earlier) > 1 and earlier[-1].start < before and is_marked(sentence, earlier[-1], SUBJECT):
        # (`현대백화점은 더현대서울이 … 넘은 데 힘입어 거래액이 7%`: the subject of a clause of cause is not the figure's)
        i, figure = sentence.after(earlier[-1].end), sentence.before(before)
        if cause_clause(sentence.tokens, i, figure, causes):
            earlier = earlier[:-1]
    closest = earlier[-1]
    if len(earlier) > 1 and closest.start < before < sentence.end and is_marked(sentence, closest, SUBJECT) \
            and _joined_after(sentence, closest.end, before):
        # (`리버티셀에너지는 A와 B가 각각 51%, 49%의 지분을 갖고 있으며, 공장의 생산능력은 50GWh다`: a subject with 이/가 holds
        # its own major clause only; the topic with 은/는 before it is the later clauses' again)
        for topic in reversed(earlier[:-1]):  # (a loop: a generator made a cell of `sentence` on every call)
            if is_marked(sentence, topic, TOPIC_MARKS):
                return topic
    if len(earlier) > 1 and closest.start < before < sentence.end and is_marked(sentence, closest, TOPIC_MARKS) \
            and sentence.major_clause_start(closest.start) >= earlier[-2].end:
        # (`A는 410억 원으로 줄었고, B는 수수료가 늘면서 380억 원으로 뛰었다`: a topic with 은/는 that opens a clause joined
        # after another topic's holds the clauses after it, its minor ones too; rule fact.subject_topic)
        return closest
    return closest if closest.start >= clause_start >= 0 or is_marked(sentence, closest, SUBJECT) \
        or clause_start >= 0 and closest.start < before and closest.start >= sentence.major_clause_start(before) else earlier[0]


def heads_topic(sentence: Sentence, organization, members: frozenset = frozenset(), analysts: frozenset = frozenset(),
                venues: frozenset = frozenset()) -> bool:
    """The organization names the topic it stands before (`쿠팡 측은`, `알리바바그룹 디지털 경제체는`):
    one or two nouns after it, then 은/는/이/가; or its members counted (`한국전력공사 임직원 1,830명은`: a noun of
    `members`, then a count). Not the firm of an analyst (`하나증권 연구원은`: `analysts`), who forecasts others' figures,
    nor a venue the things are placed in (`아마존 입점 제품이 140개로`: `venues`), whose they are not."""
    i, tokens = sentence.after(organization.end), sentence.tokens
    if i >= len(tokens) or tokens[i].start != organization.end + 1 or tokens[i].form in venues:
        return False
    k, last = i, i + 4 if i + 4 < len(tokens) else len(tokens)
    while k < last:
        if tokens[k].tag in {"JX", "JKS"} and tokens[k].form in TOPIC:
            return k > i and tokens[k - 1].form not in analysts
        if tokens[k].tag == "SN" and k > i and tokens[k - 1].form in members:
            k = past_figure(tokens, k)  # (the count of its members: `임직원 1,830명은`)
            last = min(k + 1, len(tokens))
            continue
        if tokens[k].tag == "SSO" and k > i and k + 2 < len(tokens) and tokens[k + 2].tag == "SSC" \
                and tokens[k + 1].tag in ("SL", "NNP", "NNG"):
            # (the title's short form in brackets: `세온에너지 최고재무책임자(CFO)는`, still the title before its topic mark)
            close = k + 3
            return close < len(tokens) and tokens[close].tag in {"JX", "JKS"} and tokens[close].form in TOPIC \
                and tokens[k - 1].form not in analysts
        if tokens[k].tag not in WORD_TAGS and tokens[k].tag != "NNB":
            return False
        k += 1
    return False


def relative_head(sentence: Sentence, organization) -> Optional[int]:
    """Index of the noun a relative clause modifies when the organization is that clause's
    subject (`농심이 출시한 제품`, `혁신위가 지난해 내놓은 권고안`): such an organization is no
    topic of the sentence. None when it is the subject of a predicate of its own. Also past 등 (`보건복지부와 한국보건산업진흥원
    등이 지원한 국가 과제가`: rule fact.subject_relative_etc, the list left open names the clause's subject all the same).
    Found once per organization (by its end, all it reads of it) and sentence: `topics`, `owns_by_relative` and the owner
    rules ask again for each figure (per 100 dense articles 1,056 of 2,432 asks were repeats)."""
    heads, end = sentence.relative_heads, organization.end
    if end not in heads:
        heads[end] = _relative_head(sentence, organization)
    return heads[end]


def _relative_head(sentence: Sentence, organization) -> Optional[int]:
    """`relative_head`, worked out."""
    tokens, i = sentence.tokens, sentence.after(organization.end)
    if not is_marked(sentence, organization, SUBJECT):
        if not (i + 1 < len(tokens) and tokens[i].form in ETC and tokens[i].start == organization.end + 1
                and tokens[i + 1].tag == "JKS" and tokens[i + 1].start == tokens[i].end) \
                and not _heads_subject(tokens, i, organization.end):
            return None
    dated = False  # (past a date's adnominal: `컴투스가 지난 10월 1일 출시한 게임`)
    subjects = 0  # (subject marks 이/가 passed: the first is the organization's own)
    for k in range(i, i + 12 if i + 13 < len(tokens) else len(tokens) - 1):
        if (tokens[k].tag in CLAUSE_TAGS or tokens[k].tag == "EF") and not _compound_link(tokens, k):
            return None
        if tokens[k].tag == "JKS" and tokens[k].form in SUBJECT:
            subjects += 1
            if subjects > 1:  # the adnominal after has a subject of its own (`한마음유통이 … 수익성이 낮은 점포 12곳을
                return None  # 폐점한다`): the organization is the main clause's subject (fact.subject_relative_own)
        if tokens[k].tag == "ETM" and tokens[k + 1].tag == "SN" and not dated:
            if tokens[k - 1].tag == "VCP":
                continue  # (a copula's adnominal on the figure, `A가 … 최대 규모인 350억 원의 투자를 유치했다`: it tells what the
                # figure is, no clause of the organization's; the organization's verb comes after)
            if tokens[k - 1].form not in _DATING_VERBS:
                head = _sized_head(tokens, k + 1)
                if head is not None:
                    return head  # (`서울시가 발주한 3,150억 원 규모의 지하차도 공사`: the clause modifies the noun the figure
                    # sizes, not the figure itself: `모빌테라가 유치한 1,200억 원이`, `… 5.6% 늘어난 16조 원 규모로` stay their own)
            dated = True
        elif tokens[k].tag == "ETM" and not (tokens[k - 1].tag == "VA" and any(
                t.tag == "JKB" and t.form in TO for t in tokens[i:k - 1])):
            # (not an adjective after the organization's figure with 로: `LG 트윈스가 152만 명으로 가장 많은 관중을 모았고`)
            if tokens[k + 1].tag not in NOUNS:
                return None
            if dated:  # the clause past a date is the organization's only when what it modifies is a subject or topic
                # (`… 출시한 모바일 게임 '…'가`; not `알리바바그룹이 지난 1년간 진행한 사업을 … 발표했다`: its own verb)
                j = k + 1
                while j < len(tokens) and tokens[j].tag in _PHRASE_TAGS | {"SP"}:
                    j += 1
                return k + 1 if j < len(tokens) and tokens[j].tag in ("JKS", "JX") and tokens[j].form in TOPIC else None
            return k + 1
    return None


def _compound_link(tokens: list, k: int) -> bool:
    """Token `k` is the 아/어 that joins two verbs written as one word (`내려보내는`: 내리+어+보내), no end of a clause."""
    return tokens[k].tag == "EC" and tokens[k].form in ("어", "아") and 0 < k < len(tokens) - 1 \
        and tokens[k - 1].tag == "VV" and tokens[k + 1].tag in ("VV", "VX") and tokens[k + 1].start == tokens[k].end


# Verbs whose adnominal opens a date (`지난 10월`, `오는 3월`), not a figure a relative clause modifies.
_DATING_VERBS = frozenset({"지나", "오"})


def _sized_head(tokens: list, i: int) -> Optional[int]:
    """Index of the noun after a figure from token `i` and its genitive, `규모` at most between (`3,150억 원 규모의 지하차도
    공사`, `2천억 원의 사업`), else None."""
    while i < len(tokens) and tokens[i].tag in ("SN", "NR", "NNB", "SW", "SC"):
        i += 1
    if i < len(tokens) and tokens[i].form == "규모":
        i += 1
    return i + 1 if i + 1 < len(tokens) and tokens[i].tag == "JKG" and tokens[i + 1].tag in NOUNS else None


def _heads_subject(tokens: list, i: int, end: int) -> bool:
    """The organization before token `i` heads its clause's subject with one or two nouns (`카이스트 출신 연구진이 창업한 …`,
    `서울대 연구팀이 개발한 …`): a relative clause's subject when an adnominal follows (`relative_head`,
    fact.subject_relative)."""
    if i >= len(tokens) or tokens[i].start != end + 1:
        return False
    for k in range(i, i + 3 if i + 3 < len(tokens) else len(tokens)):
        if tokens[k].tag == "JKS" and tokens[k].form in SUBJECT:
            return k > i
        if tokens[k].tag not in WORD_TAGS:
            return False
    return False


def owns_by_relative(sentence: Sentence, organization, quantity) -> bool:
    """The figure opens the noun phrase the organization's relative clause modifies
    (`혁신위가 … 내놓은 권고안의 22개 혁신 과제`): the organization's figure."""
    head = relative_head(sentence, organization)
    if head is None:
        return False
    tokens, k = sentence.tokens, head + 1
    if k < len(tokens) and tokens[k].form == "의":
        k += 1
    return k < len(tokens) and tokens[k].start == quantity.start


def member_genitive(sentence: Sentence, organization, lexicon: dict) -> bool:
    """The organization names the owner through its members or units (`OPEC 회원국의 생산량`,
    `삼성전자 반도체 부문의 매출`): one or two nouns after it, then 의; or its units counted (`신라스테이 16곳의 평균
    점유율`, `이마트 150개 점포의 매출`)."""
    i, tokens = sentence.after(organization.end), sentence.tokens
    if i >= len(tokens) or tokens[i].start != organization.end + 1:
        return False
    if tokens[i].tag == "SN":
        k = past_figure(tokens, i)
        while k < min(i + 6, len(tokens)) and tokens[k].tag in NOUNS:
            k += 1
        return k < len(tokens) and tokens[k].form == "의" and tokens[k].tag == "JKG"
    for k in range(i, min(i + 3, len(tokens))):
        if tokens[k].form == "의" and tokens[k].tag == "JKG":
            # (the word glued to 의, also when the analyser splits it: `배급작` read as 배급 + 작)
            return k > i and (tokens[k - 1].form in lexicon["member_nouns"] or sentence.text[
                sentence.text.rfind(" ", 0, tokens[k].start) + 1:tokens[k].start] in lexicon["member_nouns"])
        if tokens[k].tag not in NOUNS:
            return False
    return False


def apposed(sentence: Sentence, organization, organizations: list) -> bool:
    """The organization's genitive only says what another organization is, named right after a copula (`호텔신라의 면세
    부문인 신라면세점이`, `A그룹의 계열사인 B는`) or right after the nouns in apposition (`톈허그룹의 이커머스 플랫폼
    톈허몰이`): B is the one named, A owns none of its figures."""
    tokens, i = sentence.tokens, sentence.after(organization.end)
    if not (i < len(tokens) and tokens[i].form == "의" and tokens[i].tag == "JKG"):
        if not (0 < i and tokens[i - 1].start < organization.end and sentence.particle_after(organization.end) == "의"):
            return False
        i -= 1  # (kiwipiepy may read the name and its 의 as one noun: `대원금융지주의 증권 자회사 대원증권이`)
    k = i + 1
    starts = {o.start for o in organizations}
    while k < min(i + 5, len(tokens)) and tokens[k].start not in starts and (tokens[k].tag in NOUNS or tokens[k].tag == "MM" and k + 1 < len(tokens)
                                           and tokens[k + 1].start == tokens[k].end):  # (`이커머스`: 이 read as MM)
        k += 1
    if k > i + 1 and k < len(tokens) and tokens[k].start in starts and tokens[k - 1].end + 1 == tokens[k].start:
        return True  # (in apposition, with no copula: `톈허그룹의 이커머스 플랫폼 톈허몰이`, `A의 자회사 B는`)
    if k == i + 1 and k < len(tokens) and tokens[k].start in starts:
        # `한성유통그룹의 한성백화점이 거래액 …`: a parent's genitive right on the name of the clause's topic or subject
        # only says whose it is; not on a name before a noun (`SK텔레콤의 SK브로드밴드 지분`: the holder's stake)
        named = next(o for o in organizations if o.start == tokens[k].start)
        return is_marked(sentence, named, SUBJECT | TOPIC)
    return k > i + 1 and k + 2 < len(tokens) and tokens[k].tag == "VCP" and tokens[k + 1].tag == "ETM" \
        and any(o.start == tokens[k + 2].start for o in organizations)


# The bound noun that leaves a list open (`A와 B 등이`).
ETC = frozenset({"등"})


# Where the figure's clause ends: a clause bound, a final ending, or an adnominal one (`clause_head`).
CLAUSE_OR_ADNOMINAL_ENDS = CLAUSE_TAGS | {"EF", "ETM"}


def clause_head(sentence: Sentence, quantity, organizations: list, taken):
    """The noun the figure's clause modifies, when it ends in an adnominal ending with no
    organization marked inside it: an organization (`5척의 유람선을 운행하는 충칭동방륜선공사`,
    `3연승을 거둔 다저스가`) is the subject; a name that is none, marked as topic (`13승 5패를
    기록한 류현진은`), says the figure is a person's or a product's: `[]`. None otherwise."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    # (the sentence's adnominal endings, indexed with its clause bounds, which `named_subject` after this asks for anyway:
    # a figure with none after it has no clause head, no walk; 1,436 asks per 100 dense articles, none found)
    adnominals = sentence.adnominals
    a = bisect.bisect_left(adnominals, i)
    if a == len(adnominals):
        return None
    while i < len(tokens) and tokens[i].tag not in CLAUSE_OR_ADNOMINAL_ENDS:
        i += 1
    if i + 1 >= len(tokens) or tokens[i].tag != "ETM" or tokens[i].form in PROSPECTIVE:
        return None
    clause_start, _ = sentence.clause(quantity.start)
    a = bisect.bisect_right(adnominals, sentence.before(quantity.start)) - 1  # (the last adnominal ending before the figure)
    if a >= 0 and tokens[adnominals[a]].start >= clause_start:
        clause_start = tokens[adnominals[a]].end  # (`연패를 끊은 이날 삼진 9개를 잡은`: from `이날`)
    for o in organizations:  # (loops, no generators: those would make a cell of each local they read on every call)
        if clause_start <= o.start < tokens[i].start and is_marked(sentence, o, TOPIC):
            return None  # `삼성전자가 5조 원을 투자한 공장`: the clause has its subject
    head = tokens[i + 1]
    for o in organizations:
        if o.start == head.start:
            return o
    k = i + 1
    while k + 1 < len(tokens) and tokens[k + 1].tag in WORD_TAGS and tokens[k + 1].start == tokens[k].end:
        k += 1
    if head.tag == "NNP" and k + 1 < len(tokens) and tokens[k + 1].form in TOPIC and tokens[k + 1].tag in {"JX", "JKS"} \
            and not taken(head.start, tokens[k].end):
        return []
    return None


def ranked_organization(sentence: Sentence, organizations: list, lexicon: dict) -> list:
    """The organization named as the ranked one (`연체율이 가장 높은 은행은 제주은행으로 1.2%`,
    `공기업은 울산항만공사로 임원 10명 중 7명`, `3위는 샤오미로`): after a topic that names a kind of
    organization or a rank, before 로/으로."""
    found = []
    for o in organizations:
        if not is_marked(sentence, o, TO):
            continue
        listed = coordinated(sentence.text, o, organizations, lexicon, partners=False)  # (`1위와 2위는 A와 B로`: each its own)
        i = sentence.before(listed[0].start)
        if i >= 1 and sentence.tokens[i].form in ("은", "는") and (
                sentence.tokens[i - 1].form in lexicon["entity_nouns"]
                or sentence.tokens[i - 1].form in lexicon["rank_nouns"] and sentence.tokens[i - 2].tag == "SN"):
            found = listed
    return found


def measured_by_relative(sentence: Sentence, organizations: list, metric, lexicon: dict) -> list:
    """The organization that is the subject of a relative clause on the figure's measure noun
    (`대경에너지가 지역사회에 내놓은 기부금은 12억 원`): its figure. (Not a product's: `오리온이 출시한
    과자` names no measure.)"""
    if not metric:
        return []
    for o in reversed(organizations):
        head = relative_head(sentence, o)
        if head is not None and metric[0] <= sentence.tokens[head].start < metric[1] \
                and sentence.text[metric[0]:metric[1]].split()[-1] in lexicon["measures"] \
                and not _handed_on(sentence, head, lexicon):
            return [o]
    return []


def _handed_on(sentence: Sentence, head: int, lexicon: dict) -> bool:
    """The relative clause before the noun at `head` ends in a verb of handing money on to another (`transfer_verbs`:
    `교육부가 내려보내는 보통교부금이`, `도와 시·군이 넘기는 전입금은`): its subject gives, the figure is the receiver's."""
    verb = sentence.tokens[head - 2]
    word = sentence.text[sentence.text.rfind(" ", 0, verb.start) + 1:verb.end]
    return any(word.startswith(w) for w in lexicon["transfer_verbs"])


def operated_by_relative(sentence: Sentence, organizations: list, quantity, lexicon: dict) -> list:
    """The organization that is the subject of a relative clause of operating (`계열사 한빛아울렛이 운영하는 여주 프리미엄
    아울렛은 지난해 매출 4,350억 원`, `회사가 운영하는 풍력단지 7곳의 발전량은`: `brand_operators`) on the sentence's topic or
    subject, a facility that is no organization: the operator earns its figures (FACTS: the company that earned the
    revenue; holdout40, holdout13). Not a product a company launched (`오리온이 출시한 과자`: none)."""
    tokens, text = sentence.tokens, sentence.text
    for o in organizations:
        if o.end >= quantity.start or text[o.end:o.end + 2] not in {"이 ", "가 "} \
                or not text[o.end + 2:o.end + 12].replace(" ", "").startswith(tuple(lexicon["brand_operators"])):
            continue
        head = relative_head(sentence, o)
        if head is None:
            continue
        k = head
        while k < len(tokens) and tokens[k].start < quantity.start and tokens[k].tag in NOUNS:
            k += 1
        if k < len(tokens) and tokens[k].start < quantity.start and tokens[k].tag in ("JX", "JKS") \
                and tokens[k].form in TOPIC_MARKS | SUBJECT and not starts_in(organizations, o.end + 1, quantity.start):
            return [o]
    return []


def bracketed_owner(text: str, organizations: list, quantity) -> list:
    """The organization a figure stands in brackets after (`샤오미(14.1%)`, `네이버(17%)에 이어`)."""
    return [o for o in organizations if o.end == quantity.start - 1 and text[o.end] == "("][-1:]


def anaphor_tokens(sentence: Sentence, lexicon: dict) -> list:
    """Indexes of the sentence's tokens that stand for an organization named before: a word of
    `anaphors` that opens a word of its own as a topic or subject (`시는`, `회사가`), or before 전체
    (`그룹 전체 순이익`), or as a genitive opening the sentence (`그룹의 보통주자본비율은`: the owner of what it tells; also
    after a connecting adverb, `그러나 공사의`);
    not `시 관계자`, nor one a relative clause modifies (`적자를 낸 조합은`: a kind) or a number counts (`10개 구단`)."""
    if sentence.forms.isdisjoint(lexicon["anaphors"]):  # (cheap first: most sentences hold none; their forms are made anyway)
        return []
    return _anaphor_tokens(sentence, lexicon["anaphors"])


def _anaphor_tokens(sentence: Sentence, anaphors: frozenset) -> list:
    """`anaphor_tokens` of a sentence that holds a word of `anaphors` (a function of its own: the cells its comprehension
    takes are made on every call, and most sentences hold none)."""
    tokens, text = sentence.tokens, sentence.text
    return [k for k, token in enumerate(tokens[:-1]) if token.form in anaphors and token.tag in {"NNG", "NNP"}
            and (token.start == sentence.start or text[token.start - 1].isspace())
            and (tokens[k + 1].start == token.end and tokens[k + 1].form in TOPIC
                 or tokens[k + 1].form == "전체" and not _SHARE_OF.match(text, tokens[k + 1].end)
                 or _opens(sentence, k) and tokens[k + 1].start == token.end and tokens[k + 1].tag == "JKG")
            and not (k and tokens[k - 1].tag in {"ETM", "NNB", "SN"})]
    # (`적자를 낸 조합은 214곳`: a kind a clause picks out, counted; `10개 구단 전체 관중은`: a kind counted, all of them)


# After `전체` the whole a share is of (`그룹 전체의 75%가량을 차지했다`): the word names the whole, not the figure's owner.
_SHARE_OF = re.compile(r"의 (?:약 )?\d")


def _opens(sentence: Sentence, k: int) -> bool:
    """The k-th token opens the sentence, or only a connecting adverb stands before it (`그러나 공사의 지난해 당기순손실은`,
    `한편 회사의 매출은`), or a source the sentence opens with (`대전세종연구원에 따르면 시의 재정자립도는`: the source is
    no subject, `_organizations`): a genitive there owns what the sentence tells."""
    tokens, start = sentence.tokens, sentence.tokens[k].start
    return start == sentence.start or k == 1 and tokens[0].start == sentence.start and tokens[0].tag in ("MAJ", "MAG") \
        or start - len(_SOURCE_OPENED) >= sentence.start and sentence.text.startswith(_SOURCE_OPENED, start - len(_SOURCE_OPENED))


# The end of a source clause opening a sentence (`…에 따르면 `).
_SOURCE_OPENED = "따르면 "


def partner_anaphors(sentence: Sentence, lexicon: dict) -> list:
    """Indexes of the sentence's tokens that stand for an organization named before as a partner (`시와 손잡고`, `도와
    함께`: a word of `anaphors` opening a word of its own, then `comitative`)."""
    if sentence.forms.isdisjoint(lexicon["anaphors"]):  # (cheap first, as `anaphor_tokens`)
        return []
    tokens, anaphors, text = sentence.tokens, lexicon["anaphors"], sentence.text
    return [k for k, token in enumerate(tokens) if token.form in anaphors and token.tag in {"NNG", "NNP"}
            and token.start > sentence.start and text[token.start - 1].isspace()
            and followed_by(text, token.end, lexicon["comitative"], 0)]


def anaphor_organization(sentence: Sentence, quantity, candidates: list, earlier: list, lexicon: dict,
                         current=()) -> list:
    """The organization the last of the `candidates` (`anaphor_tokens`) before the figure stands
    for, with where that word starts: of the `current` subject (what the text is about) the one
    that fits, else the latest of the `earlier` organizations (in text order) whose name ends as the
    word asks (`시` → `부산시`; also by its gazetteer name: `공단` → `국민연금`, 국민연금공단), or of its type (`회사` → a
    company; not a customer named since)."""
    before = [k for k in candidates if sentence.tokens[k].end <= quantity.start]
    if not before:
        return []
    token = sentence.tokens[before[-1]]
    wanted = lexicon["anaphors"][token.form]

    def fits(o, untyped: bool = False) -> bool:  # (`untyped`: a name no list types, `스타트업 한빛로보틱스`, may be a company)
        return o.end <= token.start and any(o.org_type == w[5:] or untyped and not o.org_type if w.startswith("type:")
                                            else o.canonical.endswith(w) or gazetteer_name(o).endswith(w) for w in wanted)
    referent = next((o for o in current if fits(o, untyped=True)), None) \
        or next((o for o in reversed(earlier) if fits(o, untyped=True)), None)
    return [(referent, token.start)] if referent is not None else []


def gazetteer_name(organization) -> str:
    """The organization's name in the gazetteer (`국민연금` → 국민연금공단), or ""."""
    row = gazetteer_by_id().get(organization.org_id)
    return row["name_ko"] if row else ""


# Determiners that point back to something named before (`이 게임의`).
POINTERS = frozenset({"이", "그", "해당"})


def named_subject(sentence: Sentence, quantity, organizations: list, titles: frozenset, taken, lexicon: dict,
                  metric=None) -> bool:
    """The figure's clause has a subject of its own named by a proper noun that is no
    organization — a person, a place, a product (`선관위는 … 차베스가 744만 표를 획득해`,
    `서울이 30%로 가장 높았다`, `앨범 '블룸'은`) or by a person's title (`김 후보가 52만 표를`), or owned by a thing pointed
    back to (`pointed_thing`): the figure is theirs, not the topic organization's. Not the figure's own measure that
    kiwipiepy tags as a name (`서부낙협은 지난해 집유량이 21만4천t으로`: the `metric` span holds it)."""
    clause_start, _ = sentence.clause(quantity.start)
    tokens, figure = sentence.tokens, sentence.before(quantity.start)
    # the clause's subject and topic particles before the figure, from the last back (the sentence's index of them, made
    # with its clause bounds: not a walk over every token of the clause per figure; 1,423 asks per 100 dense articles)
    particles = sentence.subject_particles
    p = bisect.bisect_right(particles, figure) - 1
    while p >= 0 and tokens[particles[p]].start >= clause_start:
        i = particles[p]
        p -= 1
        token = tokens[i]
        # (a quoted title as topic, `앨범 '블룸'은`: a product's figure, not its maker's)
        quoted = token.tag == "JX" and token.form in {"은", "는"} and i >= 2 and tokens[i - 1].form in CLOSING_QUOTES \
            and tokens[i - 2].tag in NOUNS
        if token.tag == "JKS" and token.form in {"이", "가"} or quoted:
            head = tokens[i - 2 if quoted else i - 1]
            if not quoted and head.form not in titles and listed_part(sentence, i, quantity, lexicon):
                return False  # (`이 가운데 컨테이너선이 46척, 벌크선이 38척`: parts of the figure before, no names of their own)
            if i + 1 < len(tokens) and tokens[i + 1].form in lexicon["share_verbs"] and tokens[i + 1].tag == "NNG":
                return False  # (`해외 매출에서 북미가 차지하는 비중은 31%`: the part a share is of, not its owner; holdout48, 56)
            # (a measure kiwipiepy tags as a name, `특별회계가 2조 6,330억 원`, is no name of its own)
            if metric and organizations and metric[0] <= head.start and head.end <= metric[1]:
                return False  # (the subject is the figure's measure: no name of its own, the sentence's organization's)
            return (head.tag == "NNP" and head.form not in lexicon["measures"] or quoted or head.form in titles
                    or not quoted and product_named(tokens, i - 1, lexicon)) \
                and not _holding(organizations, head.start) and not taken(head.start, head.end)
    i = sentence.before(clause_start)  # (the token before the clause: where the walk over it stopped)
    return pointed_thing(sentence, i if i > 0 else 0, figure, lexicon)


def _holding(mentions: list, offset: int) -> bool:
    """One of `mentions` holds `offset` (a loop: a generator made a function object and a cell per call)."""
    for m in mentions:
        if m.start <= offset < m.end:
            return True
    return False


def doer_after_topic(sentence: Sentence, quantity, organizations: list, taken, lexicon: dict):
    """The figure is the topic of its clause (`480발은`, `나머지 220억 원은`) and a subject marked 이/가 after it names who acts
    on it, in a clause of its own that ends in a connective or a final ending, not an adnominal (`현지 업체 안디노 디펜사가 …
    조립한다`, `연기금과 공제회 등이 채웠다`; not `41곳은 도내 기업이 사업을 넓힌 경우였고`): that doer is the figure's
    subject — an organization (with those listed with it), else none (`[]`: institutions unnamed, a person). None when the
    figure is no topic, the doer is a measure or a word that stands for an organization named before (`회사가`: the anaphor
    rule's)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if not (i < len(tokens) and tokens[i].start == quantity.end and tokens[i].tag == "JX" and tokens[i].form in TOPIC_MARKS):
        return None
    end = sentence.major_clause_end(quantity.end)
    for k in range(i + 1, len(tokens)):
        t = tokens[k]
        if t.start >= end or t.tag in CLAUSE_OR_ADNOMINAL_ENDS:
            return None
        if t.tag == "JKS" and t.form in SUBJECT:
            m = next((m for m in range(k + 1, len(tokens)) if tokens[m].tag in CLAUSE_OR_ADNOMINAL_ENDS), None)
            if m is None or tokens[m].tag == "ETM":
                return None
            head = k - 1 if tokens[k - 1].form not in ETC else k - 2
            named = [o for o in organizations if o.end == tokens[k].start or o.start <= tokens[head].start < o.end]
            if named:
                return coordinated(sentence.text, named[-1], organizations, lexicon, partners=False)
            if head < 0 or tokens[head].tag not in NOUNS or tokens[head].form in lexicon["anaphors"] \
                    or measure_head(sentence, head, lexicon) or taken(tokens[head].start, tokens[head].end):
                return None
            return []
    return None


# How many words a product's name may have after the word for its kind (`중형 SUV 그랑 콜레오스가`).
PRODUCT_NAME_WORDS = 2


def product_named(tokens: list, i: int, lexicon: dict) -> bool:
    """Token `i` ends a name written right after a word for a kind of product (ORG's `products` nouns: `중형 SUV 그랑
    콜레오스가`, which kiwipiepy may read as common nouns): a product named, no organization — not the kind itself
    (`하이브리드 모델이`) nor a measure of it (`전기차 판매가`)."""
    nouns = cues()["products"]["nouns"]
    if tokens[i].form in nouns or tokens[i].form in lexicon["measures"] or tokens[i].tag not in {"NNG", "NNP", "SL"}:
        return False
    k, words = i - 1, 1  # (words of the name so far, past tokens glued into one: `블루윙` read as 블루 + 윙)
    while k >= 0 and tokens[k].tag in {"NNG", "NNP", "SL"} and tokens[k].end + 1 >= tokens[k + 1].start:
        spaced = tokens[k].end + 1 == tokens[k + 1].start
        if spaced and tokens[k].form in nouns:
            return True
        words += spaced
        if words > PRODUCT_NAME_WORDS:
            return False
        k -= 1
    return False


def pointed_thing(sentence: Sentence, first: int, last: int, lexicon: dict) -> bool:
    """`이 게임의 누적 다운로드는`: a demonstrative, a noun that names no organization (not `이 회사의`, `이 은행의`) and 의,
    within the tokens `first` … `last` — the figure is that thing's (a product's), not an organization's."""
    tokens = sentence.tokens
    for k in sentence.determiners:  # (the sentence's index of them, made with its clause bounds: no walk per figure)
        if k > last - 2:
            break
        if k >= first and tokens[k].form in POINTERS and tokens[k + 1].tag == "NNG" and tokens[k + 2].tag == "JKG":
            form = tokens[k + 1].form
            if form not in lexicon["anaphors"] and form not in lexicon["entity_nouns"] and form not in lexicon["member_nouns"]:
                return True
    return False


def quoted_before(sentence: Sentence, start: int, end: int, lexicon: dict) -> bool:
    """A quotative ending lies between `start` and `end` (`…늘었다고 삼성전자가 밝혔다`: the
    organization after the quote reports its own figure)."""
    tokens = sentence.tokens
    for k in range(sentence.after(start), len(tokens)):  # (from `start` on, a loop: no generator thrown out at the first)
        if tokens[k].start >= end:
            return False
        if is_quotative(tokens[k], lexicon):
            return True
    return False


def plans(sentence: Sentence, organization, lexicon: dict) -> bool:
    """The sentence ends naming the organization's plan or position (`…한다는 게 서울시 계획이다`,
    `…라는 것이 회사 측 입장이다`): what it says is that organization's."""
    tokens, i = sentence.tokens, sentence.after(organization.end)
    while i < len(tokens) and tokens[i].tag in NOUNS and tokens[i].form not in lexicon["plan_nouns"]:
        i += 1  # (`회사 측`)
    return i + 1 < len(tokens) and tokens[i].form in lexicon["plan_nouns"] and tokens[i + 1].tag == "VCP" \
        and all(t.tag in ("VCP", "EP", "EF", "SF") for t in tokens[i + 1:])


def channel_organization(sentence: Sentence, organizations: list, quantity, lexicon: dict) -> list:
    """The organization in the figure's major clause through or on which it happens (`37만 개의
    업체가 … 1688닷컴을 통해`, `2만 개의 업체가 티몰에서`): the platform whose figure it is. A route (`routes`) owns
    only the figure of those who act through it (`acting_through`), not what a seller sells through it (`농협경제지주를
    통한 계통 판매는 57만t`)."""
    if not organizations:
        return []
    start = sentence.major_clause_start(quantity.start)
    end = sentence.major_clause_end(quantity.end)
    for o in reversed(organizations):  # (the last; a loop: a comprehension made cells of five locals on every call)
        if start <= o.start < end and followed_by(sentence.text, o.end, lexicon["channel_markers"], 0) \
                and (not followed_by(sentence.text, o.end, lexicon["routes"], 0) or acting_through(sentence, quantity, o)) \
                and not (sentence.text.startswith("에는", o.end) and given_to(sentence, quantity)):
            return [o]
    return []


def given_to(sentence: Sentence, quantity) -> bool:
    """The figure is the object of its verb (`뉴클리어핏에는 지난달 40억 원을 투자했다`): an organization marked 에는 before it
    is where the amount goes, the counterparty of the deal, not a platform it happens on (`티몰에는 2만 개 업체가 입점했다`)."""
    i = sentence.after(quantity.end)
    return i < len(sentence.tokens) and sentence.tokens[i].tag == "JKO" and sentence.tokens[i].start == quantity.end


def acting_through(sentence: Sentence, quantity, organization) -> bool:
    """The figure stands before the route as its clause's subject (`37만 개의 수출입 업체가 … 1688닷컴을 통해`): a
    subject particle lies between them."""
    tokens = sentence.tokens
    return quantity.end <= organization.start and any(
        t.tag == "JKS" for t in tokens[sentence.after(quantity.end):sentence.after(organization.start)])


def own_subject(sentence: Sentence, quantity, metric, taken, lexicon: dict, metrics_before=()) -> bool:
    """`own_subject_at` finds one (see there)."""
    return own_subject_at(sentence, quantity, metric, taken, lexicon, metrics_before) >= 0


def own_subject_at(sentence: Sentence, quantity, metric, taken, lexicon: dict, metrics_before=(), after: int = -1) -> int:
    """The index of the particle marking it (the first past token `after`), else -1. The figure's clause has a subject of its own that is no organization and no measure
    (`470개가 넘는 브랜드가 …`, not `총거래액이` nor a part of the figure before: `이 중 첫 기부자가 1,150명이었다`, nor an age
    bracket: `30대가 34.2%로`), or the sentence a topic of its own that is
    neither (`정부는 내년 … 예산으로`, not `영업이익은`, nor the metric of a figure before it in the
    sentence: `일반회계는 12조 원, 특별회계는 4조 원이다`, nor a unit of the organization: `반도체
    부문은`): no subject is carried into it."""
    clause_start, _ = sentence.clause(quantity.start)
    tokens, figure = sentence.tokens, sentence.after(quantity.start)
    for k in sentence.subject_particles:  # (those before the figure)
        if k >= figure:
            break
        if k <= after:
            continue
        t = tokens[k]
        if t.tag == "JKS":
            if clause_start <= t.start and not measure_head(sentence, before_brackets(tokens, k - 1), lexicon) \
                    and not _in_relative_clause(sentence, k, figure, lexicon, metric if quantity.category == "count" else None) \
                    and not cause_clause(sentence.tokens, k, figure, lexicon["cause_nouns"]) \
                    and not _on_a_time(sentence, k, figure, taken) \
                    and tokens[k - 1].form not in lexicon["member_nouns"] and not age_bracket(tokens, k - 1, lexicon) \
                    and not (metric and metric[0] <= tokens[k - 1].start < metric[1] and part_of_before(sentence, k - 1, lexicon)) \
                    and not category_part(sentence, k - 1, lexicon) \
                    and not listed_part(sentence, k, quantity, lexicon):
                # (`이 중 개발 인력이 58%다`: its people; `이 중 첫 기부자가 1,150명이었다`: a part of the figure before)
                return k
        elif tokens[k - 1].tag in NOUNS and not measure_head(sentence, k - 1, lexicon) \
                and tokens[k - 1].form not in lexicon["member_nouns"] and not ranking_topic(sentence, k - 1, taken, lexicon) \
                and not speaker_quoting(sentence, k - 1, figure, lexicon) and tokens[k - 1].form not in lexicon["analysts"] \
                and not taken(tokens[k - 1].start, tokens[k - 1].end) \
                and not (metric and metric[0] <= tokens[k - 1].start < metric[1]) \
                and not _in_spans(metrics_before, tokens[k - 1].start) \
                and not category_part(sentence, k - 1, lexicon) \
                and not _repeats_metric(sentence, k - 1, metrics_before) \
                and not _figure_as_topic(tokens, k - 1):  # (`직원은 2,000명`: its metric)
            return k
    return -1


def _in_spans(spans, offset: int) -> bool:
    """`offset` lies in one of the (start, end) `spans` (a loop: a generator made cells per call)."""
    for start, end in spans:
        if start <= offset < end:
            return True
    return False


def age_bracket(tokens: list, i: int, lexicon: dict) -> bool:
    """Token `i` ends an age or an age bracket (`30대`, `20~30대`, `60세 이상`: `age_brackets`, `age_units`): as a subject
    (`예매자는 30대가 34.2%로`, `이 가운데 20~30대가 18%를`) it names a category of the people counted, no subject of its own."""
    if i >= 1 and tokens[i].form in lexicon["bound_words"]:
        i -= 1  # (`60세 이상이`)
    return i >= 1 and tokens[i].tag == "NNB" and tokens[i - 1].tag == "SN" \
        and (tokens[i].form in lexicon["age_brackets"] or tokens[i].form in lexicon["age_units"])


def speaker_quoting(sentence: Sentence, i: int, figure: int, lexicon: dict) -> bool:
    """The topic at token `i` is someone who speaks for an organization and the figure is in their quote (`김민수 대표는
    "지난해 수출액은 320만 달러로 …"`, `회사 관계자는 "…"`): the speaker, not the figure's subject — the organization
    carried keeps it. Not one outside it (`업계 관계자는`)."""
    tokens = sentence.tokens
    form = tokens[i].form
    head = form in lexicon["speakers"] or tokens[i].tag == "NNP" and any(  # (`김도현 강릉시장은 "…"`: a head's title on the name)
        form.endswith(title) and len(form) > len(title) + 1 for title in lexicon["head_titles"]) \
        or form in lexicon["head_titles"] and i > 0 and tokens[i - 1].tag == "NNP" \
        and tokens[i].start - tokens[i - 1].end in (0, 1) \
        or form == "장" and i > 0 and tokens[i - 1].end == tokens[i].start \
        and (tokens[i - 1].form + form).endswith(tuple(lexicon["head_titles"]))
    # (`서정호 병원장은 "…"`: the name, glued or a space apart; `동남은행장은`: the title split off the name it heads)
    return head and (i == 0 or tokens[i - 1].form not in lexicon["outside_speakers"] and not _outside_glued(tokens, i - 1, lexicon)) \
        and any(t.form in OPENING_QUOTES for t in tokens[i + 2:figure])


def _outside_glued(tokens: list, j: int, lexicon: dict) -> bool:
    """The word ending at token `j` ends in a word of those outside the organization, glued to what it is of (`증권업계
    관계자는`, which kiwipiepy reads 증권업 + 계; `유통업계`): an industry's speaker as `업계 관계자` is (not a head's title on a
    place, `부산시장`, which `head_titles` holds)."""
    if tokens[j].tag not in ("NNG", "XSN") or j == 0 or tokens[j - 1].end != tokens[j].start:
        return False
    word = tokens[j].form
    while j > 0 and tokens[j - 1].end == tokens[j].start and len(word) < 8:
        j -= 1
        word = tokens[j].form + word
    return any(word.endswith(w) and len(word) > len(w) for w in lexicon["outside_speakers"] if w not in lexicon["head_titles"])


def speaks_for(sentence: Sentence, organization, lexicon: dict) -> bool:
    """Someone who speaks for the organization is named right after it, past their name, and a quote opens next
    (`정미경 한울김치 대표 "…"`, `한울김치 정미경 대표 "…"`): an interview's headline, about that organization."""
    tokens, k = sentence.tokens, sentence.after(organization.end)
    if k < len(tokens) and tokens[k].tag == "NNP" and tokens[k].form not in lexicon["speakers"]:
        k += 1  # (the speaker's name)
    return k + 1 < len(tokens) and tokens[k].form in lexicon["speakers"] and tokens[k + 1].form in OPENING_QUOTES


def ranking_topic(sentence: Sentence, i: int, taken, lexicon: dict) -> bool:
    """The topic at token `i` is what a ranking ranks, a record word in the relative clause before it, and its first item a
    common noun (`가장 많이 주문된 메뉴는 치킨(17.2%)`): the items are categories, no subject of their own. (Not a named
    product: `가장 많이 팔린 상품은 애플 아이폰17로, … 2만3천 대가` is the product's figure.)"""
    tokens, k = sentence.tokens, i - 1
    if k < 1 or tokens[k].tag != "ETM" or i + 2 >= len(tokens) or tokens[i + 2].tag != "NNG" \
            or taken(tokens[i + 2].start, tokens[i + 2].end):
        return False
    for token in tokens[max(0, k - 5):k]:
        if token.form in lexicon["record_words"]:
            return True
    return False


def listed_part(sentence: Sentence, k: int, quantity, lexicon: dict) -> bool:
    """The subject particle at token `k` stands right before the figure, in a sentence that opens with a word of
    `part_openers` (`이 가운데 컨테이너선이 46척, 벌크선이 38척이다`): the parts of the figure before, listed with their
    figures, are categories of it, whose owner they keep (not a subject with a verb of its own: `이 중 정부가 후보지 3곳을`)."""
    tokens = sentence.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].start != quantity.start:
        return False
    return opens_part(sentence, lexicon)


def opens_part(sentence: Sentence, lexicon: dict) -> bool:
    """The sentence opens with a word of `part_openers` (`이 가운데`, `이 중`): its figures are parts of the whole told
    before."""
    words = sentence.text[sentence.start:min(sentence.end, sentence.start + 12)].split()[:2]
    return bool(words) and (words[0] in lexicon["part_openers"] or "".join(words) in lexicon["part_openers"])  # (its first
    # word or two; no generator: it made a cell of `lexicon` on every call)


def category_part(sentence: Sentence, i: int, lexicon: dict) -> bool:
    """Token `i` ends a category of the figure before taken as its part (`이 가운데 건강보험이`, `…, 이 가운데 청년층이`, and
    the next item of a sentence that opens so, `종신보험은`: `part_categories`): no subject of its own, its owner kept."""
    form = sentence.text[word_start(sentence, i):sentence.tokens[i].end]  # (the word: `공공분양` is two tokens)
    if not form.endswith(tuple(lexicon["part_categories"])):
        return False
    if part_of_before(sentence, i, lexicon):
        return True
    words = sentence.text[sentence.start:min(sentence.end, sentence.start + 12)].split()[:2]
    return bool(words) and (words[0] in lexicon["part_openers"] or "".join(words) in lexicon["part_openers"])


def part_of_before(sentence: Sentence, i: int, lexicon: dict) -> bool:
    """The noun phrase ending at token `i` opens with a word of `part_openers`, past one modifier at most (`이 중 첫
    기부자가`): it names a part of the figure before, whose owner it keeps."""
    words = sentence.text[sentence.start:word_start(sentence, i)].split()[-3:]  # (the lexicon's words lose their spaces)
    return any("".join(words[len(words) - n - skip:len(words) - skip]) in lexicon["part_openers"]
               for skip in (0, 1) for n in (1, 2) if len(words) >= n + skip)


# The endings that close a clause inside a sentence: adnominal, connective, final (`_first_ending`).
ENDINGS = frozenset({"ETM", "EC", "EF"})


def _first_ending(tokens: list, start: int, end: int) -> Optional[int]:
    """The index of the first ending, adnominal, connective or final, among `tokens[start:end]`; None if none (a loop: a
    generator thrown out at the first raises `GeneratorExit` inside it)."""
    for m in range(start, end):
        if tokens[m].tag in ENDINGS and not _compound_link(tokens, m):  # (not inside `내려보내는`)
            return m
    return None


def _on_a_time(sentence: Sentence, k: int, figure: int, taken) -> bool:
    """The subject marked at token `k` is that of a relative clause on a date before the figure (`프로야구 중계가 끝난
    10월에도 가입 해지율은`): it tells when, it is not the figure's clause's."""
    tokens = sentence.tokens
    m = _first_ending(tokens, k + 1, figure)
    return m is not None and tokens[m].tag == "ETM" and m + 1 < figure and tokens[m + 1].tag in ("SN", "NNG", "MM") \
        and taken(tokens[m + 1].start, tokens[m + 1].end) and not taken(tokens[k - 1].start, tokens[k - 1].end)


def _in_relative_clause(sentence: Sentence, k: int, figure: int, lexicon: dict, metric=None) -> bool:
    """The subject marked at token `k` is a relative clause's on the figure's measure as topic (`무비자 입국이 허용된 9월 한 달
    외국인 투숙객은`): the first ending after it, before the figure, is adnominal, and only a noun phrase that ends in a
    measure noun and is marked as topic or subject follows it (not `검찰이 … 수수한 혐의로 기소된 의원에게 …`, the sentence's own
    subject, nor `물체가 발견된 지점은`, no measure), or ends in the noun a count counts (`교원과 학생이 세운 창업 기업은
    27곳으로`: the founders pick out the things counted, the owner carried; not by a subject that acts, `agent_nouns`: `이들
    기업이 약속한 신규 고용은`, the firms' own; not a measure's, `경비정이 침범한 거리는 300m`); or the clause modifies the noun right before
    the figure (`LH가 발주한 공공주택 사업 4건도 따냈다`: the orderer's clause picks out the things counted)."""
    tokens = sentence.tokens
    m = _first_ending(tokens, k + 1, figure)
    if m is None or tokens[m].tag != "ETM":
        return False
    n = m + 1
    while n < figure and tokens[n].tag in _PHRASE_TAGS:
        n += 1
    if n == figure and n > m + 1 and tokens[m + 1].tag in ("NNG", "NNP") and tokens[m + 1].start == tokens[m].end + 1:
        return True  # `LH가 발주한 공공주택 사업 4건을 따냈다`: the clause modifies the counted noun, its subject is not the figure's
    return n < figure and tokens[n].tag in ("JX", "JKS") and n > m + 1 \
        and (measure_head(sentence, before_brackets(tokens, n - 1), lexicon)
             or metric is not None and metric[0] <= tokens[n - 1].start < metric[1]
             and tokens[k - 1].form not in lexicon["agent_nouns"])


# Tags of the words of a noun phrase a relative clause modifies (`9월 한 달 외국인 투숙객`, `'무제한 듣기' 상품 가입자`).
_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "MM", "SSO", "SSC", "SW"})


def measure_head(sentence: Sentence, i: int, lexicon: dict) -> bool:
    """Token `i` ends a measure noun (`총거래액(GMV)이`, `직원 수는`, `연체율은`: the figure's own metric)."""
    if i < 0:
        return False
    token, measures = sentence.tokens[i], lexicon["measures"]
    word = sentence.text[word_start(sentence, i):token.end].replace(" ", "")
    return word in measures or token.form in measures or token.form == "수" \
        or token.tag == "XSN" and token.form in lexicon["measure_suffixes"] \
        or token.form in lexicon["amount_heads"] and i > 0 and sentence.tokens[i - 1].end == token.start \
        or token.form in lexicon["measure_sizes"] and i > 0 and measure_head(sentence, i - 1, lexicon)  # (`적자 폭이`)


# `와`/`과`, then the next name's rank (`업계 1위 삼성화재와 2위 DB손해보험의`): the two names are listed together.
RANKED_NEXT = re.compile(r"[와과] (?:업계 )?\d+위 ")


def coordinated(text: str, head, organizations: list, lexicon: dict, partners: bool = True, keep=None) -> list:
    """The head, the organizations listed right before it (`A와 B는`, `A, B, C의`) and those it
    acts together with (`A는 B와 함께`, `B와 공동으로`; those `keep` keeps when given: `partner_in`), unless `partners`
    is false (a subject carried to the next sentence: the partner was the activity's)."""
    chosen = [head]
    for o in reversed(organizations):  # (no comprehensions: they made cells of `head` and `keep` on every call)
        if o.end > head.start:
            continue
        if text[o.end:chosen[0].start].strip() in {"와", "과", "및", ",", "·", "ㆍ"} \
                or _described_after(text[o.end:chosen[0].start], lexicon) \
                or RANKED_NEXT.fullmatch(text, o.end, chosen[0].start):
            chosen.insert(0, o)
        else:
            break
    if not partners:
        return chosen
    together = partners_after(text, head.end, organizations, lexicon)
    return chosen + (together if keep is None else list(filter(keep, together)))


def partner_in(sentence: Sentence, partner, within: tuple) -> bool:
    """The partner (a mention or a token) is in the figure's major clause `within`, or before it in one whose subject is
    the topic's (`A는 B와 함께 …을 발표했으며 … 20가지 지원 조치를`, `B와 손잡고 … 3,000곳에`); not in one with a subject of
    its own after it (`…B와 함께 … 적립해 준 혜택이 효과를 냈다'며 '… 100억 원어치`) nor after the figure's."""
    if partner.end > within[1]:
        return False
    if partner.start >= within[0]:
        return True
    tokens, end = sentence.tokens, sentence.major_clause_end(partner.end)
    return not any(t.tag == "JKS" for t in tokens[sentence.after(partner.end):sentence.after(end)])


def partners_after(text: str, start: int, organizations: list, lexicon: dict) -> list:
    """The organizations after `start` that act together with the one named there (`B와 함께`, `B와 손잡고`: `comitative`)."""
    found, comitative = [], lexicon["comitative"]  # (a loop: a comprehension made cells of three arguments on every call)
    for o in organizations:
        if o.start > start and followed_by(text, o.end, comitative, 0):
            found.append(o)
    return found


def quoted_topic(sentence: Sentence, taken, measures: frozenset = frozenset()) -> bool:
    """The sentence's last topic or subject is a title in quotes that is no organization (`출시한 모바일 게임 '서머너즈 워:
    레거시'가 … 420억 원의 매출을 올렸다`, `앨범 '블룸'은`), or one of the product's `measures` it owns (`… 게임 '크라운
    오브 에덴'의 누적 다운로드가 312만 건을 넘어섰다고`), with no topic or subject of a noun after it: the sentence is
    about a product, and one that goes on with it (`누적 다운로드는 850만 건을`) is the product's too, no organization's."""
    if sentence.forms.isdisjoint(CLOSING_QUOTES):  # (cheap first: most sentences close no quote)
        return False
    tokens, particles = sentence.tokens, sentence.subject_particles
    last = None
    for k in reversed(particles):  # (a loop: a generator made a cell of `tokens` on every call)
        if tokens[k - 1].tag in NOUNS or tokens[k - 1].form in CLOSING_QUOTES:
            last = k
            break
    if last is not None and tokens[last - 1].form in measures:
        return _quoted_owner(tokens, last, taken)
    return last is not None and last >= 2 and tokens[last - 1].form in CLOSING_QUOTES \
        and (tokens[last - 2].tag in NOUNS or tokens[last - 2].tag == "XSN") \
        and not taken(tokens[last - 2].start, tokens[last - 2].end)  # (a title ending in a suffix too: `'별의 항해자'는`)


def pointed_product_topic(sentence: Sentence, products: frozenset) -> bool:
    """The sentence's last topic or subject is a product's noun pointed back to by 이 (`이 게임은 3분기에만 매출 1,260억 원을
    올려`: `product_nouns`), as a title in quotes is for `quoted_topic`: the sentence is about the product, and one that goes on
    with it (`월간 이용자 수는 320만 명으로`) is the product's too, no organization's."""
    tokens, particles = sentence.tokens, sentence.subject_particles
    last = None
    for k in reversed(particles):  # (a loop, as `_first_ending`)
        if tokens[k - 1].tag in NOUNS or tokens[k - 1].form in CLOSING_QUOTES:
            last = k
            break
    return last is not None and last >= 2 and tokens[last].tag == "JX" and tokens[last - 1].form in products \
        and tokens[last - 2].form == "이" and tokens[last - 2].tag == "MM"


def product_topic_before(sentence: Sentence, quantity, taken, products: frozenset) -> bool:
    """A product is the topic (은/는: of every clause of its sentence) before the figure: a title in quotes that is no
    organization (`'아스트라 크로니클'은 … 1,200만 건을 넘었고, DAU는 최고 180만 명`), or a product's noun pointed back to by 이
    (`이 드라마는 평균 14.3%`, `이 게임은 … 620만 장이 팔렸고, 관련 매출은 3,100억 원`: `product_nouns`), or a measure a
    title in quotes owns (`'스타 원정대'의 매출은`): the sentence is
    about the product, whose figures are no organization's (FACTS.md). A product as subject (이/가) is only its clause's
    (`앨범 '블루'가 120만 장 팔렸고, 해외 공연 매출은 150억 원으로`: the label's)."""
    tokens = sentence.tokens
    for k in sentence.subject_particles:
        if tokens[k].start >= quantity.start:
            return False
        if k >= 2 and tokens[k].tag == "JX" and (tokens[k - 1].form in CLOSING_QUOTES and tokens[k - 1].end == tokens[k].start
                       and (tokens[k - 2].tag in NOUNS or tokens[k - 2].tag == "XSN")
                       and not taken(tokens[k - 2].start, tokens[k - 2].end)
                       or tokens[k - 1].form in products and tokens[k - 2].form == "이" and tokens[k - 2].tag == "MM"
                       or _quoted_owner(tokens, k, taken)):
            return True
        if tokens[k].tag == "JKS" and _quoted_owner(tokens, k, taken) and _same_clause(sentence, k, quantity.start):
            return True  # `주력 게임 '스텔라 원정대'의 매출이 410억 원에서 305억 원으로 감소한`: the product's, in its clause
    return False


def _same_clause(sentence: Sentence, k: int, end: int) -> bool:
    """No connective ending and no other topic or subject stands between token `k` and the character `end`: what `k` marks
    is the subject of the clause the figure at `end` is in."""
    for t in sentence.tokens[k + 1:sentence.after(end)]:  # (a loop: a generator made cells of its locals on every call)
        if t.tag == "EC" or t.tag in ("JKS", "JX") and t.form in TOPIC_OR_SUBJECT:
            return False
    return True


def _quoted_owner(tokens: list, k: int, taken) -> bool:
    """The topic particle at `k` closes a measure owned by a title in quotes (`장기 흥행작 '스타 원정대'의 매출은`): one or two
    nouns after the title's 의, the title no organization — the product is the topic, as its title alone would be."""
    j = k - 1
    while j > k - 4 and j >= 3 and (tokens[j].tag in NOUNS or tokens[j].tag == "XSN"):  # (`사전 예약자는`: 자 a suffix)
        j -= 1
    return j < k - 1 and tokens[j].tag == "JKG" and tokens[j - 1].form in CLOSING_QUOTES \
        and tokens[j - 1].end == tokens[j].start and (tokens[j - 2].tag in NOUNS or tokens[j - 2].tag == "XSN") \
        and not taken(tokens[j - 2].start, tokens[j - 2].end)


def _repeats_metric(sentence: Sentence, i: int, metrics_before) -> bool:
    """The topic noun at token `i` is the last word of the metric of a figure before it in the sentence (`개발 마일스톤은
    최대 3억 달러, 판매 마일스톤은 5억 달러이며`): the same measure of another part, listed on, no subject of its own."""
    form = sentence.tokens[i].form
    return any(sentence.text[start:end].endswith(form) for start, end in metrics_before)


def _figure_as_topic(tokens: list, i: int) -> bool:
    """Token `i` is the counter of a figure right before it (`협약 기업 가운데 41곳은 …, 27곳은 …`): a part of a whole
    listed as topic, no subject of its own for the figures after it."""
    return i > 0 and tokens[i - 1].tag in ("SN", "NR") and tokens[i].start == tokens[i - 1].end


def _described_after(between: str, lexicon: dict) -> bool:
    """`와`/`과`, then a description of the next name of one to three words ending in a kind of organization (`메디스텝과 지역
    협동조합 한마음의료생협은`: `descriptor_heads`): the two names are listed together."""
    words = between.split()
    return 2 <= len(words) <= 4 and between.startswith(("와 ", "과 ")) and between.endswith(" ") \
        and words[-1].endswith(tuple(lexicon["descriptor_heads"])) and all(w.isalpha() for w in words) \
        and not any(w.endswith(_NOT_DESCRIPTIONS) for w in words[1:-1])  # (`A와 손잡은 지역 협동조합 B는`: a clause)


# The endings of a word that is no noun of a description (an adnominal verb, a particle): `손잡은`, `함께한`, `지역의`.
_NOT_DESCRIPTIONS = ("은", "는", "한", "된", "던", "을", "를", "의", "에", "로", "고", "며", "서", "도")


def _joined_after(sentence: Sentence, start: int, end: int) -> bool:
    """A connective ending joins two clauses between `start` and `end` (`갖고 있으며,`): not a comma in a list of figures
    (`각각 51%, 49%의`), nor the end of a reported clause (`…기록했다고 밝혔다`)."""
    return any(t.tag == "EC" and t.form in JOINING for t in sentence.tokens[sentence.after(start):sentence.after(end)])
