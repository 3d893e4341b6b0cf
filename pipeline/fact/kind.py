"""A figure's kind: a change (`12.5% 증가`, `%p`, a sign) or a level."""
from __future__ import annotations

import functools
import re

from .sentence import AROUND, BRIDGE_FORMS, TOPIC_OR_SUBJECT, Sentence, compound_head, past_figure, per_table

# Particles after a change noun that make it an argument of another predicate (`반등의 계기가`, `반등을 이끌`).
ARGUMENT_PARTICLES = frozenset({"JKG", "JKO", "JKB"})


def rate_topic(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """The figure's topic or subject right before it is a rate (`청년 실업률은 7.2%로`: a noun in `measure_suffixes`, or
    `rate_nouns`): its figure is the rate's level."""
    tokens, k = sentence.tokens, sentence.after(quantity.start) - 1
    if k < 1 or tokens[k].tag not in ("JKS", "JX"):
        return False
    return names_rate(tokens[k - 1].form, lexicon)


def names_rate(word: str, lexicon: dict) -> bool:
    """The word names a rate, which measures percentages only: it ends in a noun of `rate_nouns` (`점유율`, `비중`) or in
    `measure_suffixes` (율, 률: `실업률`)."""
    return word.endswith(tuple(lexicon["rate_nouns"])) or word.endswith(tuple(lexicon["measure_suffixes"]))


def most_changed(tokens: list, i: int, lexicon: dict) -> bool:
    """Tokens from `i` say a thing changed the most (`가장 많이 올랐고`, `가장 크게 늘었다`: `superlatives`, `degree_adverbs`
    and a change word)."""
    if i + 2 >= len(tokens) or tokens[i].form not in lexicon["superlatives"] or tokens[i + 1].form not in lexicon["degree_adverbs"]:
        return False
    i += 2 if tokens[i + 1].form == "많이" else 3  # (`크게` is 크 + 게)
    return i < len(tokens) and tokens[i].form in lexicon["change_words"]


# Points written bare (`1,612포인트로`): an index's level as often as a difference (`700포인트 넘게 빠졌다`), which a
# change word tells; `%포인트`, `%p` are differences of rates by their unit.
INDEX_POINTS = frozenset({"포인트"})


def is_change(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """A change: `%p`, a sign, or a change word after the figure (`12.5% 증가`, `100곳을 줄였다`,
    `2조 원(22%) 늘었다`, `17% 임금 인상`) — not a new level (`…으로 늘었다`, `…까지 올랐다`), not how
    often (`한 번밖에 인상되지 않았다`, `하루에 한 번씩`)."""
    if quantity.unit == "%p" and quantity.unit_text not in INDEX_POINTS or sentence.text[quantity.start:quantity.start + 1] in "+±" \
            or sentence.text[quantity.end:quantity.end + 1] in lexicon["change_signs"] \
            or sentence.text[quantity.start - 1:quantity.start] in lexicon["change_signs"] and quantity.start > 0:
        return True  # `10.6%↑`, `▲3.2%`: an arrow after or before the figure is its sign
    if quantity.unit in lexicon["frequency_units"]:
        return False
    if quantity.unit == "%" and sentence.text[quantity.start:quantity.start + 1] in "-−" and quantity.start < len(sentence.text):
        return not rate_before(sentence, quantity, lexicon)  # `석유제품(-23.9%)`, not `수익률 -8.2%`
    if sentence.text[quantity.start - 1:quantity.start] == "(" and items_changed(sentence.text, quantity, lexicon):
        return True  # `제조업(11만 9천 명), 건설업(5만 2천 명)에서 늘었고`: the items' figures in brackets are what changed there
    if price_raised(sentence, quantity, lexicon):
        return True  # `열연강판 유통 가격을 t당 3만 원 올려`: what a seller raises its price by
    if sentence.forms.isdisjoint(_change_forms((lexicon["change_words"], lexicon["change_nouns"], lexicon["difference_nouns"],
                                                lexicon["comparatives"], lexicon["exceed_verbs"], lexicon["object_change_verbs"],
                                                lexicon["bare_change_verbs"]))) \
            and (sentence.forms.isdisjoint(_net_heads(lexicon["net_changes"])) or not net_change_in(sentence.text, lexicon)):
        return False  # (cheap first: each test below needs a word of these tables among the sentence's; most have none)
    i, tokens = sentence.after(quantity.end), sentence.tokens
    if i < len(tokens) and tokens[i].form in lexicon["difference_nouns"] and tokens[i].start == quantity.end + 1:
        return True  # `1점 차로 뒤진`: a difference
    if compared_by(sentence, quantity, lexicon) and quantity.unit not in lexicon["ratio_units"]:
        return True  # `정상가보다 20% 싸게`: a difference from the basis
    if i < len(tokens) and tokens[i].form in lexicon["exceed_verbs"] and tokens[i].start == quantity.end + 1 \
            and marked_object_before(sentence, quantity):
        return True  # `목표로 잡은 10조 원을 24% 웃돈`: the margin over the basis its verb takes as object
    if object_changed(tokens, i, lexicon):
        return True  # `연간 350억 원의 비용을 줄이고`: the amount a cost is cut by
    while i + 1 < len(tokens) and (tokens[i].tag == "JC" and tokens[i + 1].tag == "SN"
                                   or tokens[i].form == "," and based(sentence, quantity, lexicon) and next_basis(tokens, i, lexicon)
                                   or tokens[i].form == "," and tokens[i + 1].tag == "SN" and (
                                       each_listed(sentence, quantity)
                                       or (quantity.unit == "%" or based(sentence, quantity, lexicon)) and next_rate(sentence, quantity))
                                   or tokens[i].form == "," and next_item_rate(tokens, i)
                                   or tokens[i].form == LIST_DOT and next_dotted(tokens, i)
                                   or tokens[i].form in (",", LIST_DOT) and next_same_unit(sentence, quantity, i, lexicon)):
        # `29%와 18%씩 급감했다`, `전년 대비 39.1%, 전 분기 대비 10.2% 늘었고`, `각각 11.3%, 7.8% 증가했다`,
        # `12.3%, 21.7% 늘었다`, `서울이 0.08%, 전국이 0.03% 올랐다`, `보건업이 13만 명, 정보통신업이 5만 명 늘었다`,
        # `본예산보다 8,680억 원, 6.0% 늘어난`, `병상 420개·의료진 150명 늘려`, `근로소득은 …으로 2.9%, 사업소득은 …으로 4.1%
        # 늘었다`: coordinated figures share the verb
        same = tokens[i].tag != "JC" and next_same_unit(sentence, quantity, i, lexicon)  # (past an item's name: `…·5분위 4.8%`)
        i = past_figure(tokens, same or (i + 1 if tokens[i].tag == "JC" or tokens[i + 1].tag == "SN"
                                         else next_basis(tokens, i, lexicon) or next_item_rate(tokens, i) or next_dotted(tokens, i)))
        if i < len(tokens) and tokens[i].tag == "NNG" and tokens[i - 1].tag == "SN" and tokens[i].start == tokens[i - 1].end:
            i += 1  # (a counter kiwipiepy reads as a noun, glued to the next figure: `각각 120곳, 340곳 줄였다`)
    if i < len(tokens) and tokens[i].form == ",":  # (counts too: `제조업은 6만 1천 명, 건설업은 8만 4천 명 각각 줄었다`)
        i = each_after(sentence, i) or i  # `A는 …으로 3.8%, B는 …으로 5.7% 각각 증가했다`: the rates share the verb after 각각
    if i < len(tokens) and tokens[i].tag == "SSO":  # a conversion or a rate in brackets
        while i < len(tokens) and tokens[i].tag != "SSC":
            i += 1
        i += 1
    for _ in range(4):
        if i >= len(tokens):
            return False
        token = tokens[i]
        if token.form == "수준" and token.tag == "NNG":
            i += 1  # `세 배 수준으로 뛰었다`, `3천 명 수준으로`: how near, as 가량
            continue
        if token.form in lexicon["further_nouns"] and token.tag == "NNG" and i + 1 < len(tokens) \
                and tokens[i + 1].form == "로" and tokens[i + 1].tag == "JKB":
            i += 2  # `5~8% 추가로 오를 것`: further, no level reached
            continue
        if token.form in {"로", "으로"} and token.tag == "JKB" and quantity.unit in lexicon["ratio_units"]:
            i += 1  # `2배로 인상`: a multiple reached is a change
            continue
        if token.form in {"로", "으로"} and token.tag == "JKB" and quantity.unit == "%" and most_changed(tokens, i + 1, lexicon) \
                and not rate_topic(sentence, quantity, lexicon):
            return True  # `송파구가 0.21%로 가장 많이 올랐고`: how much the item changed, the most of them; not a rate reached
        if token.form in {"로", "으로", "에서", "까지"} and token.tag in {"JKB", "JX"}:
            return False
        if token.form == "늘" and sentence.text[token.start:token.end] == "는":
            i += 2 if i + 1 < len(tokens) and tokens[i + 1].tag == "ETM" else 1
            continue  # `30%는 미국에서`: the topic particle, read by kiwipiepy as 늘+ᆫ
        if net_change_at(sentence.text, token.start, lexicon):
            return True  # `470개 순증했다`: a net change (kiwipiepy splits 순증)
        if (token.form in lexicon["change_words"] or token.form in lexicon["change_nouns"]) and not compound_head(tokens, i, lexicon["change_nouns"]):
            # (`1조 원 규모의 성장펀드`: a compound noun's first part is no change word) `피서객 100명이 불어난 물에`: a change word of the figure's subject clause that modifies a noun
            return not (tokens[i - 1].tag == "JKS" and i + 1 < len(tokens) and tokens[i + 1].tag in ("ETM", "XSV")
                        or subject_argument(tokens, i, quantity.end))
        if token.form in lexicon["bare_change_verbs"] and token.tag == "VV" and tokens[i - 1].tag[0] != "J":
            return True  # `가격을 톤당 5만 원 올린`: the amount raised by (not `매출 1조 원을 올렸다`: a level earned)
        if token.tag == "NNG" and i + 1 < len(tokens) and tokens[i + 1].form in lexicon["change_nouns"]:
            return not subject_argument(tokens, i + 1, quantity.end)  # the changed thing between (`17% 임금 인상`)
        bound_ending = token.tag == "EC" and tokens[i - 1].tag == "VV" and tokens[i - 1].form in BRIDGE_FORMS
        if token.tag not in {"JKS", "JKO", "JX", "JKG", "SSC", "NNB", "MAG", "XSN", "SW"} and token.form not in BRIDGE_FORMS \
                and not bound_ending:  # (`35% 넘게 늘면서`: a bound verb's ending)
            return False
        i += 1
    return False


def net_change_at(text: str, at: int, lexicon: dict) -> bool:
    """A net change word (`순증`, `순감`: `net_changes`) starts at `at` (`470개 순증했다`)."""
    return text.startswith(_net_words(lexicon["net_changes"]), at)


@per_table
def _net_words(net_changes: frozenset) -> tuple:
    """`net_changes` as the tuple `str.startswith` takes (made once)."""
    return tuple(net_changes)


def net_change_in(text: str, lexicon: dict) -> bool:
    """The text holds a net change word (`순증`, `순감`: `net_changes`), which kiwipiepy splits into forms of no table."""
    return any(word in text for word in lexicon["net_changes"])


@per_table
def _net_heads(net_changes: frozenset) -> frozenset:
    """The forms kiwipiepy starts a net change word with (`순` of 순증): a sentence with none holds none (made once)."""
    return frozenset(word[:1] for word in net_changes)


@per_table
def _change_forms(tables: tuple) -> frozenset:
    """The words of `is_change`'s tables (a tuple of them: `per_table` takes one key), together (made once)."""
    return frozenset().union(*tables)


def items_changed(text: str, quantity, lexicon: dict):
    """The match after a figure in brackets of the items listed after it, each with its figure in brackets (joined by a
    comma or by 와/과), then 에서, the subject of the change when named (group 1: `…(7만 9천 명)에서 취업자가 늘었다`) and a
    change word; None when they do not follow."""
    return _items_changed(lexicon["change_words"]).match(text, quantity.end)


@functools.lru_cache(maxsize=None)
def _items_changed(change_words: frozenset) -> re.Pattern:
    """After a figure in brackets: the items listed after it, each with its figure in brackets, then 에서, a subject
    (a noun or two marked 이/가) and a change word (`change_words`; made once per table)."""
    words = "|".join(re.escape(word) for word in sorted(change_words, key=len, reverse=True))
    return re.compile(rf"[^()]{{0,4}}\)(?:(?:, ?|[와과] )[^,()]{{1,24}}\([^()]{{1,20}}\))*(?: 등)?에서 (?:각각 )?"
                      rf"(?:([가-힣]+(?: [가-힣]+)?)[이가] (?:각각 )?)?(?:{words})")


# The adverb that pairs listed nouns with the figures after it in order (`A와 B는 각각 X, Y`), and the words that end a
# basis put between 각각 and its figures (`각각 전년 동기 대비 31%, 45%`, `각각 1년 전보다`).
EACH = "각각"
EACH_BASIS_ENDS = frozenset({"대비", "보다"})


def each_listed(sentence: Sentence, quantity) -> bool:
    """The figure opens or goes on a list after 각각 (`각각 11.3%, 7.8%`), also past a basis put between them (`각각 전년 동기
    대비 31%, 45%`: `each_position`)."""
    if not sentence.each:  # (cheap first: every way below needs a 각각 before the figure in its sentence)
        return False
    text, before = sentence.text, sentence.text[quantity.start - 3:quantity.start]
    return (before == EACH + " " or before[1:] == ", ") and text.rfind(EACH, sentence.start, quantity.start) >= 0 \
        or before[2:] == " " and before[:2] in EACH_BASIS_ENDS \
        and text.rfind(EACH, max(sentence.start, quantity.start - 24), quantity.start) >= 0


def next_rate(sentence: Sentence, quantity) -> bool:
    """A rate follows the figure right after a comma (`12.3%, 21.7% 늘었다`): rates listed so share the verb after the last."""
    return _NEXT_RATE.match(sentence.text, quantity.end) is not None


_NEXT_RATE = re.compile(r", ?[-−+]?\d[\d,.]*%")


def next_item_rate(tokens: list, i: int) -> int:
    """After the comma at token `i`, an item named by a noun or a few as its clause's subject or topic, then a figure of the
    unit of the one before the comma (`서울이 0.08%, 전국이 0.03% 올랐다`, `보건업이 13만 2,000명, 정보통신업이 5만 4,000명
    늘었다`): the index of that figure's number, else 0. Figures listed so share the change word after the last; a copula
    or 로 after it leaves them levels (`A가 58.2%, B가 31.5%였고`, `한국이 174만 건, 일본이 138만 건이다`)."""
    k = i + 1
    while k < min(i + 4, len(tokens)) and tokens[k].tag in ("NNG", "NNP", "XSN", "SL"):
        k += 1
    if k == i + 1 or k + 2 >= len(tokens) or tokens[k].form not in TOPIC_OR_SUBJECT or tokens[k].tag not in ("JKS", "JX") \
            or tokens[k + 1].tag != "SN" or not (tokens[i - 1].tag in ("SW", "NNB")
                                                 or tokens[i - 1].tag == "NNG" and tokens[i - 1].start == tokens[i - 2].end):
        return 0  # (a counter kiwipiepy reads as a noun, glued to its number: `3만 대`)
    end = past_figure(tokens, k + 1)  # (its counter, glued or after a space: `5만 4,000명`, `1만 2천 대`)
    return k + 1 if tokens[i - 1].form in (tokens[end - 1].form, tokens[end].form if end < len(tokens) else "") else 0


# The middle dot that lists items in a headline (`병상 420개·의료진 150명 늘려`).
LIST_DOT = "·"


def next_dotted(tokens: list, i: int) -> int:
    """After a middle dot at token `i`, an item named by a noun or a few, then a figure (`병상 420개·의료진 150명 늘려`): the
    index of that figure's number, else 0. Items listed so with their figures share the change word after the last."""
    if tokens[i].form != LIST_DOT:
        return 0
    k = i + 1
    while k < min(i + 4, len(tokens)) and tokens[k].tag in ("NNG", "NNP"):
        k += 1
    return k if k > i + 1 and k < len(tokens) and tokens[k].tag == "SN" else 0


# How many tokens past a comma the next figure of a list may stand (its item's name, another figure of its item between).
SAME_UNIT_REACH = 12


def next_same_unit(sentence: Sentence, quantity, i: int, lexicon: dict) -> int:
    """After the comma or middle dot at token `i`, the next figure of the figure's own unit with no predicate between
    (`톤당 3만 원, 4만 원 인상했다`, `1분위 2.1%·5분위 4.8% 늘어`, `근로소득은 331만 원으로 2.9%, 사업소득은 98만 원으로 4.1%
    늘었다`; figures of other units and the items' names past): the index of its number, else 0. Figures listed so share the
    change word after the last; one with a basis of its own opens a figure of its own (`30%, 전년 대비 5% 늘어`)."""
    tokens = sentence.tokens
    unit = tokens[i - 1].form
    if quantity.unit == "%p" or not unit or tokens[i - 1].tag not in ("SW", "NNB", "NNG"):
        return 0
    k = i + 1
    while k < min(i + SAME_UNIT_REACH, len(tokens)):
        token = tokens[k]
        if token.tag[0] in "VEX" and token.tag not in ("XSN", "XPN") or token.tag in ("SF", "SP") or token.form == EACH:
            return 0  # (a predicate of its own, or the list's next item: each step goes to the next figure only)
        if token.tag == "SN":
            end = past_figure(tokens, k)
            if unit in (tokens[end - 1].form, tokens[end].form if end < len(tokens) else ""):
                return 0 if based_at(tokens, k, lexicon) and not based(sentence, quantity, lexicon) else k
            k = end
            continue
        k += 1
    return 0


def based_at(tokens: list, k: int, lexicon: dict) -> bool:
    """A comparison word right before the number at token `k` (`전년 대비 5%`)."""
    return k > 0 and tokens[k - 1].form in lexicon["comparison"] and tokens[k - 1].tag in ("NNG", "JKB")


def each_after(sentence: Sentence, i: int) -> int:
    """After the comma at token `i`, the index of a `각각` that a rate ends right before, with no predicate between
    (`3.8%, 특별회계는 1조 4,420억 원으로 5.7% 각각 증가했다`): the listed rates share what follows it; else 0."""
    tokens = sentence.tokens
    for k in range(i + 1, min(i + 16, len(tokens))):
        token = tokens[k]
        if token.form == "각각" and (tokens[k - 1].form == "%" or tokens[k - 1].tag in {"NNB", "NNG"} and tokens[k - 2].tag in {"SN", "NR"}):
            return k
        if token.tag[0] in "VE" or token.tag == "SF":  # (a predicate of its own: `…했고`, `…이며`)
            return 0
    return 0


def based(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """A comparison word right before the figure (`전년 대비 39.1%`, `전년 동기보다 61.5%`): it has a basis of its own."""
    tokens, k = sentence.tokens, sentence.before(quantity.start)
    return k >= 0 and tokens[k].form in lexicon["comparison"] and tokens[k].tag in ("NNG", "JKB")


def next_basis(tokens: list, i: int, lexicon: dict) -> int:
    """After a comma at token `i`, the figure a basis of its own opens (`, 전 분기 대비 10.2%`, `, 전 분기보다 7.3%`):
    the index of its number, else 0. Only a figure with a basis of its own goes on to it (`전년 대비 39.1%, …`; not
    `판매 12만 대, 전년보다 8% 증가`)."""
    if tokens[i].tag != "SP" or tokens[i].form != ",":
        return 0
    for k in range(i + 1, min(i + 6, len(tokens) - 1)):
        if tokens[k].form in lexicon["comparison"] and tokens[k].tag in ("NNG", "JKB"):
            return k + 1 if tokens[k + 1].tag == "SN" else 0
        if tokens[k].tag not in ("NNG", "MM"):
            return 0
    return 0


def rate_before(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """The noun before a signed figure, past particles and brackets, names a rate (`수익률 -8.2%`, `성장률은
    -0.3%로`): the signed figure is that rate's level."""
    tokens, k = sentence.tokens, sentence.before(quantity.start)
    while k >= 0 and tokens[k].tag in ("JX", "JKS", "SSO", "SP") and k > 0:
        k -= 1
    if k < 0 or tokens[k].tag not in ("NNG", "NNP", "XSN"):
        return False
    return tokens[k].form[-1] in "률율" or tokens[k].tag == "XSN" and tokens[k].form in lexicon["measure_suffixes"]


def subject_argument(tokens: list, k: int, end: int) -> bool:
    """The change noun at `k` is an argument of another predicate of a figure (ending at `end`) marked as subject
    (`신작 5종이 반등의 발판이 될`, `매장 30곳이 매출 증가를 이끌`): a particle follows it, so it is
    no predicate of the figure."""
    return k + 1 < len(tokens) and tokens[k + 1].tag in ARGUMENT_PARTICLES \
        and any(t.tag == "JKS" and t.start >= end for t in tokens[max(0, k - 3):k])


def compared_by(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """`…보다` before the figure, or another word of comparison (`comparison`: `한 달 전(5,620원)과 비교하면 27.8% 비싸다`,
    holdout33), and a comparative adjective right after it (`정상가보다 20∼30% 싸게`, `이보다 4.5%포인트 높은`), past an approximator (`25%가량 많은`)."""
    tokens, i = sentence.tokens, sentence.after(quantity.end)
    if i + 1 < len(tokens) and tokens[i].form in AROUND and tokens[i].tag == "NNG":
        i += 1  # `지난해보다 25%가량 많은`: how near, the comparative after it
    if not (i < len(tokens) and tokens[i].form in lexicon["comparatives"] and tokens[i].tag == "VA"):
        return False
    k = sentence.before(quantity.start)
    return any(t.form == "보다" and t.tag == "JKB" for t in tokens[max(0, k - 2):k + 1]) \
        or sentence.text[max(0, quantity.start - 12):quantity.start].replace(" ", "").endswith(_phrases(lexicon["comparison"]))


@per_table
def _phrases(table: frozenset) -> tuple:
    """A table of the lexicon as a tuple, for `str.endswith` (made once, not per call)."""
    return tuple(table)


def price_raised(sentence: Sentence, quantity, lexicon: dict) -> bool:
    """Right after the figure a verb that sets a price (`price_setting_verbs`: `올려`), a price marked 을/를 (`set_prices`) its object before
    the figure, a rate word at most between (`유통 가격을 t당 3만 원 올려 86만 원 안팎으로`, `톤당 5만 원 올린 88만 원으로`): the
    amount the price moves by, a change (the price it comes to stays a level)."""
    i, tokens = sentence.after(quantity.end), sentence.tokens
    if i >= len(tokens) or tokens[i].tag != "VV" or tokens[i].start != quantity.end + 1 \
            or tokens[i].form not in lexicon["price_setting_verbs"]:
        return False
    k = sentence.before(quantity.start)
    for j in range(k, max(k - 4, 0), -1):  # (`가격을 t당 3만 원`: the particle, the rate word's two tokens)
        if tokens[j].tag == "JKO":
            return any(tokens[j - 1].form.endswith(word) for word in lexicon["set_prices"])
    return False


def marked_object_before(sentence: Sentence, quantity) -> bool:
    """The token right before the figure is an object particle (`10조 원을 24% 웃돈`): what the figure exceeds by."""
    k = sentence.before(quantity.start)
    return k >= 0 and sentence.tokens[k].tag == "JKO"


def object_changed(tokens: list, i: int, lexicon: dict) -> bool:
    """From token `i` (right after a figure): 의, one noun, an object particle and a verb that changes the object by the
    figure (`350억 원의 비용을 줄이고`, `200명의 인력을 감축한다`: `object_change_verbs`); not a verb of earning or posting
    (`1조 원의 매출을 올렸다`, `126억 원의 영업손실을 냈다`: levels)."""
    if i + 3 >= len(tokens) or tokens[i].tag != "JKG" or tokens[i + 1].tag != "NNG" or tokens[i + 2].tag != "JKO":
        return False
    return tokens[i + 3].form in lexicon["object_change_verbs"]
