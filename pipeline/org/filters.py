"""The steps after the ORG rules: aliases in parentheses dropped (`drop_inside_aliases`), places
and posting platforms used as such dropped (`drop_places`), products dropped (`drop_products`), kinds of body counted
dropped (`drop_kind_readings`), names inside an incident's or a
building's name dropped (`drop_inside_names`), a parent and its unit made one mention
(`with_units`)."""
from __future__ import annotations

import regex

from ..model import replace
from ..overlap import Spans
from ..rules import Context
from .lexicon import compact, cues, gazetteer_by_name
from .mention import _ALIAS, _aliases, _coordinated, _is_place, _list_run, _mention, _norm_index, _text, sentence_start, word_before_space
from .structural import _OPENING_QUOTES, _QUOTES as _QUOTE_LETTERS, abbreviates, structural_forms
from .words import Words

_TITLE_REACH = 30  # (a title's quote closes within this many letters after the name)


def drop_inside_aliases(mentions: list, context: Context, found_words: Words) -> list:
    """A name inside a parenthesis glued to a word or to a mention (`라자다(Lazada)`,
    `티몰슈퍼(天猫超市)`) is an alias, not a mention; a Hangul parenthesis after a word is not an
    alias but, say, a player's club (`아자르(첼시)`)."""
    spans = [w.gloss for w in map(found_words.__getitem__, found_words.glossed)
             if _ALIAS.fullmatch(context.norm.text, _norm_index(context, w.gloss[0]), _norm_index(context, w.gloss[1]))]
    for m in mentions:
        if m.aliases:
            _, end = _aliases(context, _norm_index(context, m.end), True)
            spans.append((m.end, context.norm.origin_end(end)))
    if found_words.glossed:
        mentions = _abbreviations_in_parenthesis(_same_in_parenthesis(mentions, context.text, found_words), context.text)
    if not spans:
        return mentions
    parentheses = Spans(spans)
    return [m for m in mentions if not parentheses.any(lambda s, e: s < m.start and m.end < e, m.start, m.end)]


def _same_in_parenthesis(mentions: list, text: str, found_words: Words) -> list:
    """A known name alone in a parenthesis right after another name of the same organization
    (`사회복지공동모금회(사랑의열매)`, `기획재정부(기재부)`) is its alias, not a mention: it goes
    into the first one's `aliases`."""
    # (cheap first: a parenthesis holding a known Hangul name only — a Latin or Chinese one is an
    # alias already, `_ALIAS` — then a known name right before it)
    names = gazetteer_by_name()
    inside = {w.gloss[0] + 1 for w in map(found_words.__getitem__, found_words.glossed)
              if "가" <= text[w.gloss[0] + 1:w.gloss[0] + 2] <= "힣" and compact(text[w.gloss[0] + 1:w.gloss[1] - 1]) in names}
    if not inside:
        return mentions
    inner = {m.start: m for m in mentions if m.start in inside and m.org_id and text[m.end:m.end + 1] == ")"}
    if not inner:
        return mentions
    dropped, kept = set(), []
    for m in mentions:
        alias = inner.get(m.end + 1) if m.org_id and text[m.end:m.end + 1] == "(" else None
        if alias is not None and alias.org_id == m.org_id:
            dropped.add(alias.start)
            m = replace(m, aliases=m.aliases or alias.text)
        kept.append(m)
    return [m for m in kept if m.start not in dropped or inner.get(m.start) is not m] if dropped else kept


# A Hangul name alone in a parenthesis (`(대덕과기대)`).
_HANGUL_PARENTHESIS = regex.compile(r"\(([\p{Hangul}]{2,10})\)")


def _abbreviations_in_parenthesis(mentions: list, text: str) -> list:
    """A Hangul name alone in a parenthesis glued to a mention, which abbreviates it (`대덕과학기술대학교(대덕과기대)`,
    `완도군수산업협동조합(완도군수협)`), is its alias, not a mention: it goes into the mention's `aliases` (its later uses, and
    a headline's, are the mention's short form: `org.short_form`), and a rule's reading of it there is dropped."""
    dropped, kept = set(), []
    for m in mentions:
        match = _HANGUL_PARENTHESIS.match(text, m.end) if text[m.end:m.end + 1] == "(" and not m.aliases else None
        if match and abbreviates(match.group(1), m.text) and match.group(1) not in cues()["places"]:
            dropped.add(match.span(1))
            m = replace(m, aliases=match.group(1))
        kept.append(m)
    return [m for m in kept if (m.start, m.end) not in dropped] if dropped else kept


def drop_common_readings(mentions: list, context: Context) -> list:
    """A known name that is also an everyday word, read as that word where one of its words stands
    around it (`common_readings`): `원재료인 카카오 가격` is cocoa, `아마존 열대우림` the forest."""
    readings, text = cues()["common_readings"], context.text
    if not any(m.text in readings for m in mentions):  # (cheap first: few names have another reading)
        return mentions
    kept = []
    for m in mentions:
        words = readings.get(m.text)
        if words is not None:
            after = _word_after(text, m.end) if text[m.end:m.end + 1] == " " else ""
            before = text[text.rfind(" ", 0, max(0, m.start - 1)) + 1:m.start - 1] if text[m.start - 1:m.start] == " " else ""
            if after.startswith(words["after"]) or before in words["before"]:
                continue
        kept.append(m)
    return kept


# A count of bodies written as a word (`870개`, `58곳의`, `1,100여 곳`): before or after a kind's name it counts the kind.
_COUNT_WORD = regex.compile(r"[0-9][0-9,]*(?:여|\s)?(?:개|곳)(?:의|이|가|은|는|을|를|에서|에)?")


def _word_after(text: str, end: int) -> str:
    """The word after the space at `end` (to the next space or the end of the text)."""
    stop = text.find(" ", end + 1)
    return text[end + 1:stop if stop >= 0 else len(text)]


def drop_kind_readings(mentions: list, context: Context) -> list:
    """A known name that is also the kind of body it federates (`kind_names`: `신협`, `수협`), read as the kind where a
    count stands right before or after it or a word of the kind's members before it (`전국 870개 신협 가운데`, `지역 신협
    58곳의`): local cooperatives counted, no organization."""
    kinds, text = cues()["kind_names"], context.text
    if not any(m.text in kinds["names"] for m in mentions):  # (cheap first)
        return mentions
    kept = []
    for m in mentions:
        if m.text in kinds["names"]:
            after = _word_after(text, m.end) if text[m.end:m.end + 1] == " " else ""
            before = text[text.rfind(" ", 0, max(0, m.start - 1)) + 1:m.start - 1] if text[m.start - 1:m.start] == " " else ""
            if before in kinds["before"] or _COUNT_WORD.fullmatch(before) or _COUNT_WORD.fullmatch(after) \
                    or text.startswith("들", m.end):
                continue
        kept.append(m)
    return kept


def drop_products(mentions: list, context: Context) -> list:
    """A name no gazetteer lists that the document writes as a product is no organization, whatever
    rule took it (`갤럭시는 점유율 20%로`; `products`): a product line, or a name with a word for a kind
    of product right before it (`스마트폰 갤럭시`, `신차 아반떼`) or `시리즈` right after it somewhere in
    the document, or the topic of a sentence that breaks figures down by product (`차종별로는 그랜저가`). A name, even
    a known one, that opens a quoted title after such a word and is not all of it is part of the product's name
    (`야구 게임 'MLB 9이닝스'`)."""
    products, text = cues()["products"], context.text
    kept, seen = [], {}
    for m in mentions:
        if text[m.start - 1:m.start] in _OPENING_QUOTES and _in_product_title(text, m, products):
            continue
        if m.rule_id != "org.gazetteer":
            if m.text not in seen:
                seen[m.text] = m.text in products["names"] or _written_as_product(text, m.text, products) \
                    or _abbreviates_common_noun(text, m.text, mentions)
            if seen[m.text] or _in_breakdown(context, m.start, products["breakdowns"]):
                continue
        kept.append(m)
    return kept


def _abbreviates_common_noun(text: str, name: str, mentions: list) -> bool:
    """Latin capitals the document glosses a Hangul word with, no name over that word, abbreviate a kind of business or
    thing (`저비용항공사(LCC)`, `인터넷TV(IPTV)`), not a name: no organization anywhere in the document (`LCC 자회사 별에어`);
    an organization's own alias keeps it (`부산항만공사(BPA)`)."""
    if not (name.isascii() and name.isupper() and name.isalpha()):  # (cheap first: capitals only)
        return False
    at = text.find("(" + name + ")")
    if at < 2:
        return False
    start = at
    while start > 0 and "가" <= text[start - 1] <= "힣":
        start -= 1
    return at - start >= 2 and not any(m.start < at and m.end > start for m in mentions)


def _in_product_title(text: str, m, products: dict) -> bool:
    """The mention opens a quote that goes on after it (a title, `'MLB 9이닝스'`), written right after a word for a kind
    of product and a space (`게임 'MLB 9이닝스'`)."""
    quote = m.start - 1
    if m.end >= len(text) or text[m.end] in _QUOTE_LETTERS or quote < 2 or text[quote - 1] != " ":
        return False
    close = next((at for at in range(m.end, min(len(text), m.end + _TITLE_REACH)) if text[at] in _QUOTE_LETTERS), -1)
    return close > m.end and word_before_space(text, quote - 1) in products["nouns"]


def _written_as_product(text: str, name: str, products: dict) -> bool:
    """Somewhere in `text` a word for a kind of product stands right before `name`, or `시리즈` after it."""
    at = text.find(name)
    while at >= 0:
        if text.startswith(products["after"], at + len(name)):
            return True
        if at > 1 and text[at - 1] == " " and word_before_space(text, at - 1) in products["nouns"]:
            return True
        at = text.find(name, at + len(name))
    return False


def _in_breakdown(context: Context, start: int, breakdowns: tuple) -> bool:
    """The sentence before `start` breaks figures down by product (`차종별로는 …`)."""
    text = context.text
    sentence = sentence_start(text, start)
    return any(text.find(word, sentence, start) >= 0 for word in breakdowns)


def _listed_place(context: Context, found_words: Words, index: int) -> bool:
    """Word `index` names a place: a place, or a province or city next to one in a list
    (`경기도와 강원도, 충남`)."""
    word = found_words[index] if 0 <= index < len(found_words) else None
    if _is_place(context, word):
        return True
    row = word is not None and word.size and gazetteer_by_name().get(_text(context, word.start, word.name_end))
    if not row or row.get("type") != "local_government":
        return False
    following = found_words[index + 1] if index + 1 < len(found_words) else None
    return _coordinated(word) and _is_place(context, following)


def drop_places(mentions: list, context: Context, found_words: Words) -> list:
    """A city or province named as a place and a social platform named as where something is
    posted are not organizations here: `경기도에서 열린`, `경기도 양평`, `강원도의 한 업체`,
    `서울과 경기도, 강원도`, `서울·경기도·강원도는 맑겠다`, `페이스북에 올렸다`, `페이스북 글`
    (but `경기도에 따르면`, `경기도는 밝혔다`)."""
    c = cues()
    if not any(m.org_type == "local_government" or m.text in c["platforms"] for m in mentions):
        return mentions
    kept = []
    for m in mentions:
        index, word = found_words.name_ending_at(m.end) if m.org_type == "local_government" or m.text in c["platforms"] \
            else (-1, None)
        if word is None:
            kept.append(m)
            continue
        rest = [t.form for t in word.tokens[word.size:]]
        previous = found_words[index - 1] if index > 0 else None
        following = found_words[index + 1] if index + 1 < len(found_words) else None
        then = following.tokens[0].form if following is not None else ""
        if rest[:1] and rest[0] in c["locative"] and then not in c["according"]:
            continue
        if m.text in c["platforms"] and following is not None and following.size and rest in ([], ["을"], ["를"]) \
                and context.text.startswith(c["posting_nouns"], following.start):  # `페이스북 글`, `페이스북을 사용`
            continue
        if m.org_type == "local_government" and (
                # (a place right after it, a space between: `경기도 양평`; not the next item of a list, `경상남도, 경남신용보증재단과`)
                (not rest and following is not None and following.size and following.tokens[0].tag == "NNP"
                 and context.text[word.end:following.start] == " ")
                or (rest == ["의"] and then == "한")
                # (after a breakdown by region: `지역별로는 경기도가 …`)
                or (previous is not None and context.text.startswith(c["region_breakdowns"], previous.start))
                # (before its residents or homes, the whole word: `세종시 가구가`; not `인구정책과장`)
                or (not rest and following is not None and following.size and context.text[word.end:following.start] == " "
                    and _text(context, following.start, following.name_end) in c["resident_nouns"])
                or (_coordinated(previous) and not _province_of(context, previous, word, m)
                    and _listed_place(context, found_words, index - 1))
                or (_coordinated(word) and _listed_place(context, found_words, index + 1))
                or any(_is_place(context, found_words[i]) for i in _list_run(context.text, found_words, index))):
            continue  # (the last: in a list with a place, `서울·경기도·강원도`)
        kept.append(m)
    return kept


def _province_of(context: Context, previous, word, m) -> bool:
    """The bare word before a city or county is its province, no other item of a list (`강원
    강릉시는`, `경기 고양시는`)."""
    return previous.bare and context.text[previous.end:word.start] == " " and m.text.endswith(cues()["local_endings"])


def drop_inside_names(mentions: list, context: Context, found_words: Words) -> list:
    """An organization named only inside an incident's or a building's name is optional, not
    emitted (`삼풍백화점 참사`, `대구지검 청사 앞`; docs/annotation.md, ORG project decisions)."""
    c = cues()
    if not mentions or not c["inside_name_words"].search(context.text):  # (one scan in C first)
        return mentions
    kept = []
    for m in mentions:
        if context.text[m.end:m.end + 1] == " ":
            _, word = found_words.at(m.end + 1)
            if word is not None and word.size and _text(context, word.start, word.name_end) in c["inside_names"]:
                continue
        kept.append(m)
    return kept


def with_units(mentions: list, context: Context, found_words: Words) -> list:
    """A parent name followed by one of its units is one mention (`고려대학교 총학생회`,
    `서울중앙지검 조사부`, `국회 법제사법위원회`, `인천지법 형사14부`)."""
    merged = []
    for m in mentions:
        index, word = found_words.at(m.end + 1) if context.text[m.end:m.end + 1] == " " else (-1, None)
        if word is not None and (word.size or word.tokens[0].tag == "MM"):
            end = _unit_end(context, found_words, index) if word.size else _determiner_unit_end(context, word)
            if end and context.text[word.start:end].endswith(cues()["branch_units"]) \
                    and not m.text.endswith(cues()["courts"]):  # (`제작지원` is no branch court)
                end = 0
            if end and context.text[word.start:end].endswith(cues()["office_units"]) and _governor(m.text, context.text[word.start:end]):
                end = 0
            if end and m.org_type == "government" and context.text[word.start:end].endswith(cues()["government_designations"]):
                end = 0  # (`보건복지부 연구중심병원`: a hospital the ministry designates, no unit of it)
            if not end and m.text.endswith(cues()["store_parents"]):
                end = _store_branch_end(context, word)
            if end:
                m = _mention(context, m.start, end, m.rule_id)
        merged.append(m)
    return merged


def _determiner_unit_end(context: Context, word) -> int:
    """End of a unit whose first letter kiwipiepy read as a determiner (`총`+`동문회`: `총동문회`), the nouns glued after it
    ending in a unit word; or 0."""
    end = word.tokens[0].end
    for token in word.tokens[1:]:
        if token.start != end or token.tag not in ("NNG", "NNP"):
            break
        end = token.end
    unit = _text(context, word.start, end)
    return end if end > word.tokens[0].end and unit.endswith(cues()["units"]) and unit not in cues()["generic"] else 0


def _governor(parent: str, unit: str) -> bool:
    """A local government's `지사` or `부지사` is its governor, no office (`경기도 부지사`): only other parents have
    regional offices (`한국공항공사 청주지사`)."""
    return unit.endswith(cues()["not_office_units"]) or parent.endswith(tuple(structural_forms("local_parents")))


def _store_branch_end(context: Context, word) -> int:
    """End of a store's branch written after its retailer (`잠실점`), or 0."""
    ending, not_branches = cues()["store_branch"]
    unit = _text(context, word.start, word.name_end)
    if word.size == 1 and unit.endswith(ending) and len(unit) > 2 and unit not in not_branches:
        return word.name_end
    return 0


def _unit_end(context: Context, found_words: Words, index: int) -> int:
    """End of a unit name starting at word `index` (`조사부`, `형사14부`, or a division word and a
    numbered unit: `형사 3단독`), or 0."""
    c = cues()
    word = found_words[index]
    unit = _text(context, word.start, word.name_end)
    if unit.endswith(c["units"]) and unit not in c["generic"] and unit not in c["events"]:
        return word.name_end
    row = gazetteer_by_name().get(unit)  # a unit's short form (`국회 정보위`: 정보위원회)
    if row and row["name_ko"].endswith(c["units"]):
        return word.name_end
    numbered = c["numbered_unit"].match(context.text, word.start, word.end)
    if numbered and (numbered.group(1) or unit in c["divisions"] or numbered.end() >= word.name_end):
        return numbered.end()
    following = found_words[index + 1] if index + 1 < len(found_words) else None
    if word.bare and unit in c["divisions"] and following is not None:
        numbered = c["numbered_unit"].match(context.text, following.start, following.end)
        return numbered.end() if numbered and not numbered.group(1) else 0
    return 0
