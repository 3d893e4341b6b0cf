"""ORG: named organizations (docs/annotation.md) — gazetteer names, suffix rules and context cues.

The rules look at *words*: a stretch of kiwipiepy tokens with no space or punctuation between
them, split into the name part (nouns, foreign words, numbers) and what follows it (particles,
endings). Each rule is named data in `RULES`; every mention carries the rule's name.

- `org.gazetteer`: a name or alias of `organizations.tsv` at a word start, written with or without
  a space where its forms allow one (`알리바바 그룹` finds `알리바바그룹`, `한국 은행들` is not
  `한국은행`), all found in one Aho-Corasick pass (ahocorasick-rs).
- `org.group_company`: a group's Latin initials glued to a proper noun (`SK하이닉스`).
- `org.suffix`: a proper noun ending in (or followed by) an organization suffix (`마윈공익기금회`,
  `차이냐오 네트워크`, `다모(DAMO) 아카데미`), or a business suffix glued to an adverb (`한결은행`) or to a stem kiwipiepy
  misreads with a numeral, a bound noun or a particle in it (`하나`+`은행`, `청소`+`ᆯ`+`그룹` of 청솔그룹).
- `org.suffix_cue`: a name ending in a short suffix with a cue of its kind after it (`한빛고 학생`,
  `새희망당 대변인`, `누리TV 드라마`; `pipeline.org.suffix_cues`).
- `org.group_affiliate`: a business group's Latin initials glued to any Hangul (`SK온`, `LG엔솔`).
- `org.english`: a capitalized Latin name with a corporate form (`Apple Inc.`).
- `org.figure_subject`: the topic or subject of a sentence giving a business's figure with a number
  (`크래프톤은 같은 기간 2조 원의 매출`; `pipeline.org.cues`).
- `org.headline`: the headline's first name before a comma, over a company's figures, that the story
  names again as its subject (`오리온, 3분기 영업이익 1,520억` … `오리온은`).
- `org.common_name`: a common noun two cues of different kinds name (`김용현 당근 대표`, `당근의 임직원`).
- `org.cue`: a proper noun in an organization's context (`X 산하`, `X 측은`, `X 관계자`,
  `X의 회장`, `계열사인 X`, `이커머스 플랫폼 X`, `(주)X`, `X(회장 김한규)`, `류모 X 회장`).
- `org.affiliation`: a club in parentheses after a player (`디아만티(볼로냐)`).
- `org.match`: teams around a score (`오릭스는 니혼햄을 12-3으로 꺾었다`).
- `org.reporting`: the subject of `보도했다` (`런민넷이 17일 보도했다`).
- `org.ministry`: a ministry written in full, its last noun one in 부 kiwipiepy knows (`기획재정부`).
- `org.local_gov`: a city or county that says something, does what only its government does or decides
  (`강원 강릉시는 … 밝혔다`, `군산시는 … 묶어 주기로 했다`).
- `org.company_name`: the name a company takes, after a word for its name and before 로 and a verb of naming
  (`합병 법인의 사명은 대성청운제지로 정했다`; `pipeline.org.structural`).
- `org.intro_split`: after a word introducing what it is, a name ending in a suffix whose first syllable kiwipiepy reads
  as a determiner or an adverb (`연구기관 한빛가계경제연구소는`; `pipeline.org.structural`).
- `org.headline_local_gov`: a city, county or province heading the headline before a comma that the story finds acting
  (`부산시, 내년 예산 … 편성` … `부산시가 … 밝혔다`).
- `org.topic_series`: topics that carry on an organization's figure after a comma, the figure's word left out
  (`GS25의 점포 수는 1만 8,230개로 …, 세븐일레븐은 1만 2,150개`).
- `org.peer_series`: a series of topics with figures of one unit after a phrase of the same period, peers of an
  organization given such a figure before (`같은 달 쿠팡플레이는 690만 명, 웨이브는 410만 명`).
- `org.group_brand`: a group's brand glued to a business suffix, once the group is named (`새솔금융지주` … `새솔은행`).
- `org.list`: the other proper nouns of a list with two organizations in it.
- `org.peer_list`: the other names of a list with a business in it, closed as a phrase of its own (`코스트코와 그로베일을`,
  `CJ대한통운과 로지마루 등`).
- `org.joint_local_gov`: a city, county or district partnering an organization's act (`시는 대덕구와 함께 … 짓는다`).
- `org.gloss_acronym`: the later uses of an acronym glossed after an organization's name (`부산항만공사(BPA)는 … BPA는`).
- `org.repeat`: every other use of a name a rule found, written the same way.
- `org.opponent`: the other side of a game with a known club (`리버풀 대 첼시 경기`).
- `org.ranked_ahead`: the names ranked ahead of a business before `에 이어` and a rank, in a passage on businesses'
  figures (`넷플릭스, 티빙에 이어 3위다`).
- `org.publisher`: the subject of a verb of publishing a report or statistic (`통계청이 12일 발표한 '10월 고용동향'`).
- `org.retailer`: the names before a word of stores and their count, or before `입점` (`코스트코 매장 340곳`, `아마존 입점`).
- `org.supplied`: the customer with 에 before a verb of supplying (`미국 엔비디아에 HBM4 제품을 공급하고`).
- `org.industry_rank`: the business after `업계` and a rank, and after the next ranks of its sentence (`업계 1위 배달의민족은`).
- `org.abroad`: a business abroad named right after its country (`독일 베링거인겔하임과`, `일본 고마쓰가`).
- `org.ranking_leader`: the first of a ranking broken down by a kind of business, leading with the top figure
  (`구단별로는 FC서울이 평균 2만 5,311명으로 가장 많았고`).

Between the word rules and the rule over what they kept (`org.list`), aliases in parentheses,
places or posting platforms used as such and products are dropped; after it, a parent and its unit become one
mention (`pipeline.org.filters`). Overlaps are settled afterwards, longest first.

The rules over cue words (`org.cue`) are in `pipeline.org.cues`, the rules over how news
introduces an organization (bylines, introductions, lists, government units, short forms) in
`pipeline.org.structural`, what they share in `pipeline.org.mention`; `pipeline.org.resolve`
links mentions to one canonical name and `org_id` each.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

import regex

from ..overlap import Spans
from ..rules import Context, KeptRule, WordRule, alternation, ends_word
from .lexicon import compact, cues, gazetteer_by_name, gazetteer_names, place_facility, suffix_of, suffix_type
from .cues import _after_name, _common_name, _cue, _figure_subject, _titled
from .filters import _in_breakdown, _written_as_product
from .mention import (name_end, _AFFILIATION, _HANGUL, _LATIN_WORD, _OTHER_WHITESPACE, _TOPIC_PARTICLES, _is_person, particle_in_noun, _is_place, _is_proper,
                      _korean_name, _list_items, _list_run, _market, _mention, _proper_or_unknown, _text, _unknown_noun,
                      common_compound, sentence_start, sentence_stop, word_before_space)
from .structural import (text_signs, group_brands, _byline, _defined, _company_name, _coordination, _titled_person as _person_titled, _gov_unit, _intro, _intro_split, _introduced, _split_name, gloss_acronyms, repeated_names, short_forms,
                         structural_forms, structural_words, two_word_end)
from .suffix_cues import _suffix_cue
from .shaped import _shaped_subject
from .words import NAME_TAGS, PROPER_TAGS, Word, Words

# An e-mail or web address: a name's letters inside one (`kimm@…`, `www.kimm.re.kr`) name no one.
_ADDRESS = regex.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+"
                      r"|(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|kr|io|jp|cn)\b[^\s)\]]*")
# First tokens of a list item named by its suffix: nouns and foreign words, not a verb or a number.
_FIRST_NAME_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "XPN"})


@functools.lru_cache(maxsize=1)
def _name_automaton() -> tuple:
    """Every way a text may write a gazetteer name — its letters, with a space at any subset of the
    places where one may stand — in one Aho-Corasick automaton (ahocorasick-rs): a single pass in
    Rust finds them all. Returns (automaton, compact name of each spelling)."""
    import ahocorasick_rs

    spellings, compacts = [], []
    for compact, (_, breaks) in gazetteer_names().items():
        inner = sorted(b for b in breaks if 0 < b < len(compact))
        # the name cut at its breaks, the pieces joined by a space or none at each (a join per
        # spelling, not one per letter: 22,864 spellings of 618,503 letters were built at start-up)
        pieces = [compact[a:b] for a, b in zip([0, *inner], [*inner, len(compact)])]
        for spaced in itertools.product(("", " "), repeat=len(inner)):
            spellings.append(pieces[0] + "".join(gap + piece for gap, piece in zip(spaced, pieces[1:])))
            compacts.append(compact)
    return ahocorasick_rs.AhoCorasick(spellings, implementation=ahocorasick_rs.Implementation.ContiguousNFA), compacts


def _gazetteer(context: Context, found_words: Words, rule_id: str) -> list:
    """Gazetteer names that start a word: at each start the longest one that ends a name wins."""
    names = gazetteer_names()
    if not names:
        return []
    text = context.norm.text
    automaton, compacts = _name_automaton()
    spaced = text.replace("\n", " ")
    if not spaced.isprintable():  # (a scan in C: most texts have no other whitespace than newlines)
        spaced = _OTHER_WHITESPACE.sub(" ", spaced)
    found = {}  # start → [(letters, end, compact name)]
    for index, start, end in automaton.find_matches_as_indexes(spaced, overlapping=True):
        if (start == 0 or not text[start - 1].isalnum()) and not _in_address(spaced, start):
            compact = compacts[index]
            found.setdefault(start, []).append((len(compact), end, compact))
    mentions = []
    free_from = 0  # text before this is inside a name already found
    for start in sorted(found):
        if start < free_from:
            continue
        for _, end, compact in sorted(found[start], reverse=True):
            if _ends_name(context, end):
                row = names[compact][0]
                place_start, org_id, canonical = start, row["org_id"], row["name_ko"]
                if row["type"] == "government":
                    place_start, org_id, canonical = _foreign_agency(text, start, compact, row)
                s, e = context.span(place_start, end)
                mentions.append(_mention(context, s, e, rule_id, canonical, org_id, row["type"]))
                free_from = end
                break
    return mentions


def _in_address(text: str, start: int) -> bool:
    """The name's letters are part of an address in their run of letters without a space."""
    run_start, run_end = text.rfind(" ", 0, start) + 1, text.find(" ", start)
    run_end = run_end if run_end >= 0 else len(text)
    # (every address holds an @ or a dot: most runs hold neither, and need no scan)
    if text.find("@", run_start, run_end) < 0 and text.find(".", run_start, run_end) < 0:
        return False
    return any(a.start() <= start < a.end() for a in _ADDRESS.finditer(text, run_start, run_end))


def _foreign_agency(text: str, start: int, compact: str, row: dict) -> tuple:
    """A Korean government body's name right after a foreign country or city names that country's
    agency (`영국 통계청`, `사우디아라비아 국방부`): the place is in the span and the canonical, its id the
    place and the name (`영국통계청`), not the Korean body's (docs/annotation.md, ORG). With 의 between
    (`일본의 기상청`) the place stays outside, the id still its agency's. (start, org_id, canonical):
    the row's own when no such place stands before it."""
    if start < 2 or text[start - 1] != " ":
        return start, row["org_id"], row["name_ko"]
    place = word_before_space(text, start - 1)
    place_start = start - 1 - len(place)
    foreign = cues()["foreign_places"]
    if place in cues()["partitive_words"] and place_start >= 2 and text[place_start - 1] == " " \
            and word_before_space(text, place_start - 1) in cues()["partitive_determiners"]:
        return start, row["org_id"], row["name_ko"]  # 이 중 보건복지부: among these, no China
    if place in foreign:
        return place_start, place + compact, place + " " + row["name_ko"]
    if place[-1:] == "의" and place[:-1] in foreign:
        return start, place[:-1] + compact, row["name_ko"]
    return start, row["org_id"], row["name_ko"]


def _ends_name(context: Context, norm_end: int) -> bool:
    """A name ends here: a particle, space or punctuation follows, or Hangul after Latin (`SBS홈피`).

    kiwipiepy sometimes reads an unknown name and its particle as one noun (`컬리의`, `에인절스와`).
    """
    text = context.norm.text
    if text[norm_end:norm_end + 1] in cues()["glued_after"]:  # `삼성전자向 매출`
        return True
    if text[norm_end:norm_end + 1] in cues()["glued_tails"]:  # `엔비디아용 물량`, read as one noun
        covering = context.token_covering(context.norm.index(norm_end))
        if covering is not None and covering.end == context.norm.origin_end(norm_end + 1) and covering.tag in ("NNP", "NNG"):
            return True
    if norm_end < len(text) and text[norm_end - 1].isascii() and text[norm_end - 1].isalpha() \
            and _HANGUL.match(text[norm_end]):
        return not _group_company_end(context, norm_end)
    return ends_word(context, norm_end) or particle_in_noun(context, norm_end)


def _group_company_end(context: Context, norm_end: int) -> int:
    """End of the proper noun glued right after a Latin name (`SK`+`하이닉스`), or 0: a group's
    initials and a proper noun are the name of one of its companies, not the group (`SBS홈피`, a
    common noun after, is the group's)."""
    token = context.token_at(context.norm.origin[norm_end])
    return token.end if token is not None and token.tag == "NNP" else 0


def _group_company(context: Context, found_words: Words, rule_id: str) -> list:
    """A gazetteer name in Latin letters with a proper noun glued after it (`SK하이닉스`, `HD현대미포`
    when kiwipiepy knows `현대미포`): one of the group's companies, named by the whole word
    (`org.gazetteer` leaves the initials alone there)."""
    names, mentions = gazetteer_names(), []
    for index in found_words.proper:
        word = found_words[index]
        first = word.tokens[0]
        # (cheap first: Latin initials, then a proper noun glued to them)
        if first.tag != "SL" or word.size < 2 or word.tokens[1].tag != "NNP" or word.tokens[1].start != first.end \
                or first.form not in names:
            continue
        mentions.append(_mention(context, word.start, word.name_end, rule_id, org_type="company"))
    return mentions


# Latin initials with Hangul glued after them (`LG에너지솔루션`, whether kiwipiepy reads one token or more).
_GROUP_INITIALS = regex.compile(r"[A-Z]{2,4}(?=\p{Hangul})")


def _group_affiliate(context: Context, found_words: Words, rule_id: str) -> list:
    """A business group's name with Hangul glued after it (`SK온`, `LG에너지솔루션`, `SK플래닛`, `LG엔솔`,
    `롯데글로벌로지스`): one of the group's companies, named by the whole word up to its particle; not the
    group's own things (`LG측`, `LG홈피`), not a particle alone (`LG가`). Latin initials take any Hangul,
    however kiwipiepy reads it; a Hangul name only inside one noun kiwipiepy reads, two syllables or more
    after it (not `삼성동`, `삼성맨`), no building or place."""
    names, c, mentions = gazetteer_names(), cues(), []
    text, hangul_groups = context.text, _hangul_group_names()
    for index in found_words.proper:
        word = found_words[index]
        initials = _GROUP_INITIALS.match(text, word.start, word.end)
        if initials is not None:
            prefix_end = initials.end()
            if initials.group() not in names or names[initials.group()][0]["type"] != "group":
                continue
        elif word.size == 1 and word.tokens[0].tag in ("NNP", "NNG") and word.name_end - word.start >= 4:
            name = text[word.start:word.name_end]
            prefix_end = word.start + next((n for n in range(len(name) - 2, 1, -1) if name[:n] in hangul_groups), 0)
            if prefix_end == word.start or name in names or name.endswith(c["buildings"]) \
                    or name[prefix_end - word.start:] in c["places"]:
                continue
        else:
            continue
        end = run_end = _HANGUL.match(text, prefix_end).end()
        if word.end == end:  # (kiwipiepy may split a syllable and end the word inside: `LG`+`에`+`ᆫ`+`솔`)
            for token in reversed(word.tokens):  # the particles kiwipiepy split off
                if not token.tag.startswith("J"):
                    break
                end = token.start
        rest = text[prefix_end:end]
        if end == run_end and rest.endswith(c["glued_particles"]) and len(rest) >= 2:
            rest, end = rest[:-1], end - 1  # (`SK온도`: kiwipiepy reads 온도; `LG엔솔은`: `솔`+`은`, split after `에`)
        if not rest or rest in c["group_own"] \
                or _text(context, word.start, end) in names:  # (the gazetteer has it: `SK그룹`)
            continue
        mentions.append(_mention(context, word.start, end, rule_id, org_type="company"))
    return mentions


@functools.lru_cache(maxsize=1)
def _hangul_group_names() -> frozenset:
    """The Hangul names of the business groups the gazetteer lists (`삼성`, `롯데`, `두산`)."""
    return frozenset(name for name, (row, _) in gazetteer_names().items()
                     if row["type"] == "group" and _HANGUL.fullmatch(name))


def _glossed_start(context: Context, found_words: Words, index: int) -> int:
    """Start of a name written before a suffix word: the bare proper noun right before it, or as
    many words as its Latin gloss has (`클라우드 네이티브(Cloud Native) 기술위원회`); -1 if none."""
    previous = found_words[index - 1] if index > 0 else None
    if previous is None or not previous.size:
        return -1
    if not previous.gloss:
        return previous.start if previous.bare and _is_proper(context, previous) else -1
    if previous.end != previous.gloss[1]:
        return -1
    count = max(1, len(_LATIN_WORD.findall(context.text[previous.gloss[0] + 1:previous.gloss[1] - 1])))
    start = index - 1
    while count > 1 and start > 0 and found_words[start - 1] is not None and found_words[start - 1].bare \
            and found_words[start - 1].size and found_words[start - 1].tokens[0].tag in ("NNP", "NNG", "SL"):
        start, count = start - 1, count - 1
    return found_words[start].start if count == 1 else -1


def _suffix(context: Context, found_words: Words, rule_id: str) -> list:
    """A word ending in an organization suffix after a name (`마윈공익기금회`, `국가인권위원회`), a
    suffix word after a proper noun or a place (`알리바바 그룹`, `김포 경찰서`), or a proper noun
    kiwipiepy knows that ends in a one-syllable suffix (`새누리당`)."""
    c = cues()
    mentions = []
    for index in found_words.suffixed:
        word = found_words[index]
        name = _text(context, word.start, word.name_end)
        suffix = suffix_of(name)
        stem = name[:len(name) - len(suffix)]
        if suffix and not stem:
            if suffix not in c["spaced"] and suffix not in c["after_place"]:
                continue
            start = _glossed_start(context, found_words, index) if suffix in c["spaced"] else -1
            if start >= 0 and suffix in c["job_suffixes"] and (_person_name(context, found_words[index - 1])
                                                              or _person_before(context, found_words, start)):
                continue  # `김철수 연구원`, `김철수 한빛증권 연구원`: a researcher (of that firm), no institute
            if start < 0 and suffix in c["after_place"] and _is_place(context, found_words[index - 1]) \
                    and found_words[index - 1].bare:
                start = found_words[index - 1].start
            if start < 0 and suffix in c["missions"]:  # `주상하이 총영사관`
                start = _mission_host(context, found_words, index, word.start)
                start = -1 if start == word.start else start
            if start < 0:
                continue
        elif suffix:
            start = word.start
            if not _good_stem(context, word, stem, suffix) and not _agency_of_country(context, found_words, index, stem, suffix) \
                    and not _before_head_title(context, found_words, index, stem):
                start = _event_committee_start(context, found_words, index, name) if name in c["event_committees"] else -1
                if start < 0:
                    continue
        else:
            short = name[-1:]
            if short not in c["short"] or not _known_proper_noun(context, word, name):
                continue
            start, suffix = word.start, short
        kind = c["suffix_type"].get(suffix) or c["short"].get(suffix, "")
        if start == word.start and (kind in _STATE_BODY_TYPES or suffix in _STATE_BODY_SUFFIXES):
            start = _country_before(context, found_words, index, start)
        if suffix in c["missions"]:
            start = _mission_host(context, found_words, index, start)
        elif kind == "ngo" and start == word.start:
            start = _district_before(context, found_words, index, start)
        following = found_words[index + 1] if index + 1 < len(found_words) else None
        if following is not None and following.tokens[0].form in c["events"] and word.bare:
            continue
        mentions.append(_mention(context, start, word.name_end, rule_id, org_type=kind))
    mentions += _adverb_stem(context, found_words, rule_id)
    mentions += _misread_stem(context, found_words, rule_id)
    mentions += _verb_stem(context, rule_id)
    return mentions + _glossed_suffix(context, found_words, rule_id) if found_words.glossed else mentions


def _person_before(context: Context, found_words: Words, start: int) -> bool:
    """A bare word shaped like a Korean person's name right before `start`, a space between (`김철수 한빛증권`)."""
    index = bisect.bisect_left(found_words.starts, start) - 1
    word = found_words[index] if index >= 0 else None
    return word is not None and word.bare and word.end + 1 == start and _person_name(context, word)


def _person_name(context: Context, word) -> bool:
    """A bare word shaped like a Korean person's name: a surname and one or two Hangul syllables."""
    name = _text(context, word.start, word.name_end)
    return _korean_name(name) or len(name) == 2 and name[0] in cues()["surnames"] and _HANGUL.fullmatch(name) is not None


# Suffixes of businesses (and universities: `한결대학교`) that make a name even after a stem kiwipiepy reads as an adverb.
_ADVERB_STEM_TYPES = frozenset({"company", "group", "financial", "university", "hospital"})
# ... and after a determiner read in its first letter only a university's (`한`+`결`+`대학교`), or an institution's after a
# long stem, as after a compound of common nouns (`새`+`정치추진`+`위원회`): a business suffix there ends compounds of common
# nouns as well (`수`+`열`+`에너지`, water-source heat).
_DETERMINER_STEM_TYPES = frozenset({"university"})


def _adverb_stem(context: Context, found_words: Words, rule_id: str) -> list:
    """A business suffix glued to a word kiwipiepy reads as an adverb (`한결`+`금융지주`, `한결`+`은행`), or to a
    determiner and nouns (`한`+`결`+`대학교`): written in one word with the suffix, it is no adverb but the name's
    stem. kiwipiepy gives such a word no name part, so `_suffix` never sees it. The stem is the whole adverb, two
    letters or more (`더은행`-like run-ons of a short adverb are no names), or the determiner and the nouns up to the
    suffix, two letters or more (`각대학`: no name), nouns only after it. The same
    adverb and nouns that start such a name elsewhere in the document shorten it (`한결금융` of
    `한결금융지주`; `pipeline.org.resolve` links them)."""
    c, named, others = cues(), [], []
    for word in map(found_words.__getitem__, found_words.adverbs):  # (no name part, an adverb first)
        if len(word.tokens) < 2:
            continue
        adverb, tokens = word.tokens[0], word.tokens
        nouns = 1
        # (two determiners glued, `세`+`한`+`그룹`: no Korean phrase runs two determiners together, so they are a name's
        # letters, as an adverb is: the business suffix after them names it)
        paired = adverb.tag == "MM" and tokens[1].tag == "MM" and tokens[1].start == adverb.end
        nouns += paired
        while nouns < len(tokens) and tokens[nouns].tag in ("NNG", "NNP") and tokens[nouns].start == tokens[nouns - 1].end:
            nouns += 1
        if nouns == 1 or adverb.end - adverb.start < 2 and adverb.tag == "MAG":
            continue
        end = tokens[nouns - 1].end
        name = _text(context, word.start, end)
        suffix = suffix_of(name)
        stem = name[:len(name) - len(suffix)]
        # (a determiner is a name's first letter, glued to nouns before the suffix, which starts a token: `한`+`결`+`대학교`)
        kind = c["suffix_type"].get(suffix)
        # (an adverb and nouns glued before the suffix are the stem too, `한결`+`유통`+`그룹`: the suffix starts a token)
        whole = stem.startswith(adverb.form) and kind in _ADVERB_STEM_TYPES \
            and any(t.start == word.start + len(stem) for t in tokens[1:nouns]) if adverb.tag == "MAG" \
            else stem == adverb.form + tokens[1].form and kind in _ADVERB_STEM_TYPES if paired \
            else (kind in _DETERMINER_STEM_TYPES and len(stem) >= 2 or suffix in c["institutional"] and len(stem) >= 4) \
            and any(t.start == word.start + len(stem) for t in tokens[1:nouns])
        if suffix and whole and not name.endswith(c["buildings"]):
            named.append(_mention(context, word.start, end, rule_id, org_type=c["suffix_type"][suffix]))
        else:
            others.append((word.start, end, name))
    full = {m.text for m in named}
    return named + [_mention(context, start, end, rule_id) for start, end, name in others
                    if any(f.startswith(name) for f in full)]


# Tags kiwipiepy gives an unknown name's letters that no stem of a business's word glued after it is made of: a numeral
# word (`하나`+`은행`), a bound noun, a noun suffix (`주`+`성`+`엔지니어링`) or a particle (`청소`+`ᆯ`+`그룹` of 청솔그룹).
_MISREAD_TAGS = frozenset({"NR", "NNB", "XSN"})
# ... among nouns: a stem holding anything else (digits, `4대그룹`; a verb or an ending, a phrase; a pronoun, `우리은행` read
# as `our bank`, docs/annotation.md) is left alone.
_MISREAD_STEM_TAGS = _MISREAD_TAGS | {"NNG", "NNP"}


def _misread_stem(context: Context, found_words: Words, rule_id: str) -> list:
    """A business suffix glued to a stem of two Hangul letters or more that kiwipiepy reads with a numeral word, a bound
    noun, a noun suffix or a particle in it (`하나`+`은행`, `세`+`영`+`그룹`, `청소`+`ᆯ`+`그룹`, `주`+`성`+`엔지니어링`):
    no Korean phrase glues such a piece to a business's word, so the whole word up to its particle is a name whose
    letters kiwipiepy did not know (as `_adverb_stem` reads an adverb there). The suffix starts a token and is a
    business's (`_ADVERB_STEM_TYPES` but a university's); particles or nothing follow it."""
    c, text, mentions = cues(), context.text, []
    candidates = found_words.misread + [i for i in found_words.suffixed if found_words[i].tokens[0].tag == "NR"]
    for index in candidates:
        word = found_words[index]
        tokens, start = word.tokens, word.start
        # (a particle read in a contracted letter starts a word inside the one before, `청소`+`ᆯ` of `청솔`: the stem
        # starts with that one)
        before = found_words[index - 1] if index else None
        if tokens[0].tag[0] == "J" and before is not None and before.end > start and before.start < start:
            tokens, start = before.tokens + tokens, before.start
        if tokens[0].tag in ("MAG", "MM", "NP", "SN", "SL") or len(tokens) < 2:  # (an adverb's: `_adverb_stem`)
            continue
        for k in range(len(tokens) - 1, 0, -1):  # the last noun glued that ends a business's suffix
            token = tokens[k]
            if token.tag not in ("NNG", "NNP"):
                continue
            name = text[start:token.end]
            suffix = suffix_of(name)
            suffix_start = token.end - len(suffix)
            # (or an institution's, after a long stem headed by a proper noun: `완도청정해조류수출협동조합`, `완도`/NNP+…+`해조`+
            # `류`/XSN+…; holdout116; not a kind of committee, `분양`+`가`/XSN+`심사위원회`)
            if not suffix or c["suffix_type"].get(suffix) not in _MISREAD_STEM_TYPES \
                    and not (suffix in c["institutional"] and token.end - start - len(suffix) >= _LONG_STEM and tokens[0].tag == "NNP"):
                continue
            at = next((n for n in range(1, k + 1) if tokens[n].start == suffix_start), 0)
            stem = name[:len(name) - len(suffix)]
            stem_tags = {t.tag if t.tag[0] != "J" else "NNB" for t in tokens[:at]}
            if not at or len(stem) < 2 or _HANGUL_RUN.fullmatch(stem) is None or not stem_tags <= _MISREAD_STEM_TAGS \
                    or not stem_tags & _MISREAD_TAGS or stem in c["generic"] or stem in c["places"] \
                    or any(t.tag[0] not in "JE" and t.tag != "VCP" for t in tokens[k + 1:]):
                break
            mentions.append(_mention(context, start, token.end, rule_id, org_type=c["suffix_type"][suffix]))
            break
    return mentions


_MISREAD_STEM_TYPES = frozenset({"company", "group", "financial"})
# The letters of a stem long enough to make a name before an institution's suffix, as in `_good_stem`'s compounds.
_LONG_STEM = 4
_HANGUL_RUN = regex.compile(r"\p{Hangul}+")


@functools.lru_cache(maxsize=1)
def _verb_stem_pattern():
    """A word of Hangul ending in a suffix of `verb_stem_suffixes`, a particle or a word's end after it."""
    suffixes = alternation(sorted(cues()["verb_stem_suffixes"], key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{Hangul}}\p{{Latin}}0-9])(\p{{Hangul}}{{2,10}}?)(?:{suffixes})"
                         rf"(?=[은는이가의을를와과에도로]|[\s,.)·'\"’”]|$)")


# What a stem built on a verb or an adjective holds (`나누`+`ㅁ`, `아름답`+`은`, `하`+`는`).
_VERB_TAGS = ("VV", "VA", "ETN", "ETM", "XSV", "XSA")


def _verb_stem(context: Context, rule_id: str) -> list:
    """A foundation's or cooperative's name that is a phrase, written as one word with its suffix
    (`행복나눔재단`, `아름다운재단`, `꿈을키우는장학회`): kiwipiepy reads a verb or an adjective in the
    stem, so the word has no name part for `_suffix`; the suffix starts a token of its own."""
    text = context.text
    if not any(s in text for s in cues()["verb_stem_suffixes"]):  # (cheap first)
        return []
    mentions = []
    for match in _verb_stem_pattern().finditer(text):
        stem_end = match.end(1)
        suffix_token = context.token_at(stem_end)
        if suffix_token is None or match.group(1) in cues()["generic"]:
            continue
        token = context.token_covering(match.start())
        verb = False
        while token is not None and token.end <= stem_end:
            verb = verb or token.tag.startswith(_VERB_TAGS)
            token = context.token_covering(token.end)
        if verb:
            mentions.append(_mention(context, match.start(), match.end(), rule_id, org_type="foundation"))
    return mentions


def _glossed_suffix(context: Context, found_words: Words, rule_id: str) -> list:
    """A proper noun, its gloss and a suffix glued after it (`마이니치(每日)신문`,
    `충칭동방륜선(東方輪船)공사`): the gloss is inside the name, as in `다모(DAMO) 아카데미`."""
    c, mentions = cues(), []
    for word in map(found_words.__getitem__, found_words.glossed):
        if word.end <= word.gloss[1] or word.tokens[0].tag not in PROPER_TAGS:  # (nothing glued after the gloss)
            continue
        after = word.tokens[word.size:]
        close = next((i for i, t in enumerate(after) if t.end == word.gloss[1]), None)
        if close is None:
            continue
        nouns = list(itertools.takewhile(lambda t: t.tag in ("NNG", "NNP"), after[close + 1:]))
        if not nouns or nouns[0].start != word.gloss[1]:
            continue
        end = nouns[-1].end
        suffix = _text(context, word.gloss[1], end)
        if suffix in c["suffix_type"] and suffix not in c["compound_only"]:
            mentions.append(_mention(context, word.start, end, rule_id, org_type=c["suffix_type"][suffix]))
    return mentions


def _event_committee_start(context: Context, found_words: Words, index: int, name: str) -> int:
    """Start of an event's organizing committee written after the event (`평창 동계올림픽
    조직위원회`, `여수 세계박람회 조직위`): the event word, and a proper noun (its place) before it;
    a year stays outside. -1 when it is no such name."""
    c = cues()
    if index < 1:
        return -1
    event = found_words[index - 1]
    if event is None or not event.bare or not event.size or event.end + 1 != found_words[index].start \
            or not _text(context, event.start, event.name_end).endswith(c["event_heads"]):
        return -1
    place = found_words[index - 2] if index >= 2 else None
    if place is not None and place.bare and place.size and place.end + 1 == event.start \
            and place.tokens[0].tag in PROPER_TAGS and place.name_tags() <= {"NNP", "SL"}:
        return place.start
    return event.start


def _agency_of_country(context: Context, found_words: Words, index: int, stem: str, suffix: str) -> bool:
    """After a country, a compound of common nouns ending in an institutional suffix names its
    agency (`미국 지질조사국`, `캐나다 연금투자위원회`); the country is in its span (docs/annotation.md, ORG)."""
    c, word, previous = cues(), found_words[index], found_words[index - 1]
    return suffix in c["institutional"] and len(stem) >= 2 and stem not in c["generic"] \
        and word.name_tags() <= {"NNG", "NNP"} and _is_place(context, previous) and previous.bare \
        and previous.end + 1 == word.start


# A state's bodies, by their suffix's type or the suffix (a committee, `캐나다 연금투자위원회`; not an association, which
# names a trade: `미국 반도체산업협회`): a foreign country written right before one is in its span.
_STATE_BODY_TYPES = frozenset({"government", "public_agency"})
_STATE_BODY_SUFFIXES = frozenset({"위원회"})


def _country_before(context: Context, found_words: Words, index: int, start: int) -> int:
    """Start of a foreign country written right before a state body's name, one space between
    (`사우디아라비아 국방부`, `캐나다 연금투자위원회`): independent readers keep it in the span, as KLUE does
    (docs/annotation.md, ORG); else `start`. Not with 의 (`일본의 기상청`), not a Korean place (`부산 기장경찰서`)."""
    previous = found_words[index - 1] if index > 0 else None
    if previous is None or not previous.bare or previous.end + 1 != start:
        return start
    return previous.start if _text(context, previous.start, previous.end) in cues()["foreign_places"] else start


def _before_head_title(context: Context, found_words: Words, index: int, stem: str) -> bool:
    """A word ending in an organization suffix right before the title of its head names it, even on
    a common noun (`알바노조 위원장`, `전기위원회 위원장`; not `금융노조`: a generic stem)."""
    c, word, following = cues(), found_words[index], found_words[index + 1]
    return word.bare and len(stem) >= 2 and stem not in c["generic"] and following is not None \
        and following.start == word.end + 1 and following.tokens[0].form in c["org_titles"] \
        and word.name_tags() <= {"NNG", "NNP"}


# A numbered redevelopment district (`동래3구역`, `반포1단지`, `개포4지구`): its residents' association is named by it.
_DISTRICT = regex.compile(r"\p{Hangul}{2,}\d{1,2}(?:구역|단지|지구)")


def _district_before(context: Context, found_words: Words, index: int, start: int) -> int:
    """Start of a numbered district written right before an association's name glued to its suffix, one space between
    (`동래3구역 재개발정비사업조합`, `반포1단지 재건축조합`: the district names the association; holdout96); else `start`."""
    previous = found_words[index - 1] if index > 0 else None
    if previous is None or not previous.bare or previous.end + 1 != start:
        return start
    return previous.start if _DISTRICT.fullmatch(context.text, previous.start, previous.end) else start


def _mission_host(context: Context, found_words: Words, index: int, start: int) -> int:
    """Start of an embassy's name with its host written before it (`주한 미국대사관`, `주일 한국
    대사관`, `주 오사카 한국총영사관`): `주` and a place, as one word or two, right before the name."""
    first = index if found_words[index].start == start else index - 1
    host = found_words[first - 1] if first > 0 else None
    if host is None or not host.bare or host.end + 1 != found_words[first].start:
        return start
    written = _text(context, host.start, host.end)
    if written[:1] == "주" and written[1:] in cues()["places"]:
        return host.start
    # (`주` written apart: `주 오사카 한국총영사관`, or `주 상하이 총영사관` with the place already in the name)
    if written == "주" and _is_place(context, found_words[first]):
        return host.start
    mark = found_words[first - 2] if first > 1 else None
    if written in cues()["places"] and mark is not None and mark.end + 1 == host.start \
            and _text(context, mark.start, mark.end) == "주":
        return mark.start
    return start


def _common_ending(name_tokens, name: str, c: dict) -> bool:
    """The name ends in a building's or a common word (`저비용항공사`: an airline; `한빛빌딩`), as kiwipiepy reads it: a
    token holds the word's first letter, none starts inside it (`인천국제공항`+`공사` splits `항공사`: a corporation)."""
    if not name.endswith(c["buildings"]):  # (one test in C first: most names end in none of them)
        return False
    ending = next(b for b in c["buildings"] if name.endswith(b))
    end = name_tokens[-1].end
    start = end - len(ending)
    return not any(start < t.start < end for t in name_tokens)


def _good_stem(context: Context, word: Word, stem: str, suffix: str) -> bool:
    """The part before an attached suffix names something: a proper noun, or a long compound.

    The suffix must start a token, unless kiwipiepy reads the whole name as one noun
    (`한국전력공사`): `저비용항공사` does not end in 공사.
    """
    c = cues()
    name_tokens = word.tokens[:word.size]
    # (nor a count of a class: `4대그룹`, `5대은행`, the largest four or five)
    if stem in c["generic"] or len(stem) < 2 or c["class_count"].fullmatch(stem) or _common_ending(name_tokens, stem + suffix, c) \
            or (suffix in c["sites"] and stem in c["places"]):
        return False
    if _glued_university(stem, suffix, c):
        return True
    compound = word.name_tags() <= {"NNG", "NNP", "XPN"} and len(stem) >= 4
    if suffix in c["coined_suffixes"]:  # (`누리손보`: kiwipiepy splits the coined suffix, so it starts no token of its own)
        return word.name_tags() <= {"NNG", "NNP"}
    if suffix in c["any_stem_suffixes"]:  # (`공무원`+`연금공단`, `그린웨이브인베스트먼트`: the suffix names it, any stem)
        return word.name_tags() <= {"NNG", "NNP", "SL"}
    if suffix in c["compound_only"]:
        return compound
    if suffix in c["after_local"]:  # a local government's council: its name a proper noun or a city of the list
        return len(stem) >= 3 and stem.endswith(c["local_parents"]) \
            and (name_tokens[0].tag == "NNP" or stem in c["local_governments"] or stem[:-1] in c["places"])
    suffix_start = word.name_end - len(suffix)
    # (`삼천포`+`화력`+`발전`: a plant; `한빛`+`발전`: a power company; one token a compound of common nouns read alone, `폐열발전`,
    # a way of making power)
    if suffix in c["proper_stem_only"] and (
            next((t for t in reversed(name_tokens) if t.end <= suffix_start), name_tokens[0]).tag not in PROPER_TAGS
            if word.size > 1 else common_compound(stem + suffix)):
        return False
    # (a word kiwipiepy does not know, read as one common noun, holds a name too, its stem unknown as well: `클락슨리서치`;
    # not a compound of words it knows, `바이오화학`)
    unknown = word.size == 1 and name_tokens[0].tag == "NNG" and c["suffix_type"].get(suffix) in _UNKNOWN_WORD_TYPES \
        and not any(t.start == suffix_start for t in name_tokens) and _unknown_noun(stem + suffix) and _unknown_noun(stem)
    # (or a last token kiwipiepy knows as a name holds it: `HD`+`현대중공업`, or a local government's body glued to its
    # name, `강진군`+`농업기술센터`; or a place's own token, `서울시`+`당` of `서울시당`)
    if not any(t.start == suffix_start for t in name_tokens) and not unknown \
            and not (word.size == 1 and (name_tokens[0].tag == "NNP" or suffix in c["press"])) \
            and not (name_tokens[-1].tag == "NNP" and name_tokens[-1].start < suffix_start
                     and (name_tokens[0].tag == "SL" or word.size == 2 and name_tokens[0].form in c["local_governments"])) \
            and not (stem in c["places"] and suffix in c["institutional"]):
        return False
    first = name_tokens[0]
    if first.tag in PROPER_TAGS or (first.tag == "SN" and word.size > 1) or unknown:
        return True
    if stem in c["places"] or stem in c["areas"]:
        return suffix in c["institutional"] or c["suffix_type"].get(suffix) in ("government", "university", "school")
    if suffix in c["press"] and word.name_tags() <= {"NNG", "NNP"}:
        return True
    # (a legal form's suffix names any stem: `하늘빛영농조합법인`)
    return suffix in c["institutional"] and (compound or suffix in c["legal_form_suffixes"] and len(stem) >= 3)


def _glued_university(stem: str, suffix: str, c: dict) -> bool:
    """A university's suffix glued to a stem of Hangul letters that is no generic word, or its hospital (`청람대학교`,
    `한마음대학교병원`): a name by its letters, however kiwipiepy reads them (one common noun; `대` as a prefix)."""
    if suffix in c["glued_universities"]:
        head = stem
    elif c["suffix_type"].get(suffix) == "hospital" and stem.endswith(c["glued_universities"]):
        head = next(stem[:-len(u)] for u in c["glued_universities"] if stem.endswith(u))
    else:
        return False
    return len(head) >= 2 and head not in c["generic"] and _HANGUL_RUN.fullmatch(head) is not None


# Types of the suffixes that make a name of a word kiwipiepy does not know (`클락슨리서치`, `월스트리트저널`): businesses and
# media, whose names are coined.
_UNKNOWN_WORD_TYPES = frozenset({"company", "media", "financial", "group"})


def _known_proper_noun(context: Context, word: Word, name: str) -> bool:
    """A one-syllable suffix counts only on a word kiwipiepy lists as one proper noun (새누리당),
    and 대/고 only after a place (`서울대`, `부산외대`): `해운대`, `알파고` are no schools; `short_on_long_noun` also on
    one long common noun (`메디코어랩`, read so in some sentences)."""
    c = cues()
    if word.size == 1 and word.tokens[0].tag == "NNG" and len(name) >= 5 and name[-1] in c["short_on_long_noun"] \
            and " " not in name and name[:-1] not in c["generic"]:
        return True
    if word.size != 1 or word.tokens[0].tag != "NNP" or len(name) < 3 or " " in name or name[:-1] in c["generic"] \
            or name.endswith(c["buildings"]):
        return False
    if name[-1] in c["short_after_place"]:
        return name.startswith(c["place_prefixes"])
    return not (len(name) == 3 and name[0] in c["surnames"])


@functools.lru_cache(maxsize=1)
def _english_pattern():
    """A capitalized name and its corporate forms; a form ends a word unless its dot ends it."""
    dotted = [f for f in cues()["english"] if f.endswith(".")]
    forms = rf"{alternation(dotted)}|(?:{alternation(f for f in cues()['english'] if f not in dotted)})(?![\p{{Latin}}0-9])"
    name = r"[A-Z][\p{Latin}0-9&'\-]*(?:\s[A-Z&][\p{Latin}0-9&'\-]*){0,4}"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.]){name}(?:,?\s(?:{forms}))+")


def _english(context: Context, found_words: Words, rule_id: str) -> list:
    mentions = []
    for match in _english_pattern().finditer(context.norm.text):
        s, e = context.span(match.start(), match.end())
        mentions.append(_mention(context, s, e, rule_id, org_type="company"))
    return mentions


def _affiliation(context: Context, found_words: Words, rule_id: str) -> list:
    """A club or employer in parentheses after a person's name (`디아만티(볼로냐)`,
    `아스토리(칼리아리 칼초)`), maybe after the age (`김동현(32·부산팀매드)`): a Hangul name that is
    no person, place or number; a lawmaker's party before the seat (`김한빛 의원(새누리·부산 영도)`,
    `셸비(공화·앨라배마)`)."""
    c = cues()
    mentions = []
    for word in map(found_words.__getitem__, found_words.glossed):
        party = _party_of_seat(context, word, rule_id)
        if party is not None:
            mentions.append(party)
            continue
        club = _club_after_age(context, word, rule_id)
        if club is not None:
            mentions.append(club)
            continue
        if word.tokens[word.size - 1].tag != "NNP":
            continue
        inner = [t for t in word.tokens[word.size + 1:] if t.end <= word.gloss[1] - 1]
        start, end = word.gloss[0] + 1, word.gloss[1] - 1
        name = context.text[start:end]
        # (a known organization before the parenthesis is no person: the name in it is its alias, `한국철도공사(코레일)`)
        before = gazetteer_by_name().get(compact(_text(context, word.start, word.name_end)))
        if before is not None and gazetteer_by_name().get(compact(name)) is before:
            continue
        # (kiwipiepy may end an unknown name in a bound noun glued to it: `에인트호`+`번`)
        if not inner or inner[0].tag not in PROPER_TAGS \
                or not all(t.tag in NAME_TAGS or t.tag == "NNB" and t.start == before.end for before, t in zip(inner, inner[1:])) \
                or not _AFFILIATION.fullmatch(name) or not _HANGUL.search(name) \
                or name in c["places"] or name in c["disciplines"] or _korean_name(name) and not _foreign(context, word) \
                or any(part.endswith(title) for part in name.split(" ") for title in c["titles"] | c["org_titles"]) \
                or _place_and_kind(inner, name, c):
            continue
        mentions.append(_mention(context, start, end, rule_id))
    return mentions


def _place_and_kind(inner: list, name: str, c: dict) -> bool:
    """A place and common nouns in the parenthesis (`다이궁(중국 보따리상)`): a gloss of what the word before it means, a
    kind of people or things of that place, no club (`(칼리아리 칼초)`, `(서울 삼성)` name one)."""
    first = name.split(" ", 1)[0]
    return first != name and first in c["places"] and all(t.tag == "NNG" for t in inner[1:])


def _foreign(context: Context, word: Word) -> bool:
    """The name before the parenthesis writes a foreign sound (`메르턴스`): a club after it may look
    like a Korean name (`메르턴스(나폴리)`), a Korean's other name after a Korean name would not."""
    return any(ch in cues()["foreign_syllables"] for ch in _text(context, word.start, word.name_end))


# `(32·부산팀매드)`: an age, a middle dot, then the club or employer.
_AGE_CLUB = regex.compile(r"\(\s*\d{1,3}\s?[·ㆍ]\s?([\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9&]*(?: [\p{Hangul}A-Za-z0-9&]+)?)\s*\)")


def _club_after_age(context: Context, word: Word, rule_id: str):
    """The club or employer after a person's age in parentheses (`김동현(32·부산팀매드)`), when it is
    written with proper nouns only (`(45·회사원)`, `(48·중국국적)`, `(34·초선)` are no names), no place
    or person; else None."""
    if not context.text[word.gloss[0] + 1:word.gloss[0] + 2].isdigit():  # (cheap first: an age)
        return None
    match = _AGE_CLUB.match(context.text, word.gloss[0])
    if match is None or word.tokens[0].tag != "NNP":
        return None
    start, end = match.span(1)
    inner = [t for t in word.tokens[word.size:] if start <= t.start and t.end <= end]
    name = match.group(1)
    if not inner or any(t.tag not in PROPER_TAGS for t in inner) or name in cues()["places"] or _korean_name(name):
        return None
    return _mention(context, start, end, rule_id)


# `(새누리·부산 영도)`: a party's short name, a middle dot, then the seat.
_PARTY_SEAT = regex.compile(r"\(\s*(\p{Hangul}{2,10})\s?[·ㆍᆞ・]\s?\p{Hangul}")


def _party_of_seat(context: Context, word: Word, rule_id: str):
    """The party in `(party·seat)` after a name or title (`새누리` of `(새누리·부산 영도)`), as a
    mention linked to the party the gazetteer knows by that name or that name + 당, or a name ending
    in 당; else None (`(서울·35)`, `(무소속·전남 순천)`)."""
    seat = _PARTY_SEAT.match(context.text, word.gloss[0])
    if seat is None:
        return None
    party = seat.group(1)
    rows = gazetteer_by_name()
    row = next((r for r in (rows.get(party), rows.get(party + "당")) if r and r.get("type") == "party"), None)
    if row is None and not (party.endswith("당") and len(party) >= 3):
        return None
    return _mention(context, seat.start(1), seat.end(1), rule_id, row["name_ko"] if row else party,
                    row["org_id"] if row else "", "party")


def _is_word(entry) -> bool:
    """Not a sentence separator."""
    return entry is not None


def _sentence_words(found_words: Words):
    """The words of `words()` grouped by sentence."""
    sentence = []
    for word in found_words:
        if word is None:
            yield sentence
            sentence = []
        else:
            sentence.append(word)


def _match(context: Context, found_words: Words, rule_id: str) -> list:
    """Teams around a score (`오릭스는 니혼햄을 12-3으로 꺾었다`): the subject and the object
    before a score and a verb of winning, when they are proper nouns and no person or place."""
    c = cues()
    mentions = []
    if not c["score"].search(context.text):
        return mentions
    for sentence in _sentence_words(found_words):
        if not any(w.tokens[0].form in c["winning"] for w in sentence):
            continue
        for i, word in enumerate(sentence):
            if not c["score"].fullmatch(_text(context, word.start, word.end)) or i + 1 >= len(sentence) \
                    or sentence[i + 1].tokens[0].form not in c["winning"]:
                continue
            for team in sentence[max(0, i - 3):i]:
                rest = [t.form for t in team.tokens[team.size:]]
                if rest[:1] and rest[0] in c["team_particles"] and _is_proper(context, team) \
                        and not _korean_name(_text(context, team.start, team.name_end)):
                    mentions.append(_mention(context, team.start, team.name_end, rule_id))
    return mentions


def _reporting(context: Context, found_words: Words, rule_id: str) -> list:
    """The subject of `보도했다` (`런민넷이 17일 보도했다`): a news organization."""
    c = cues()
    mentions = []
    if "보도" not in context.text:
        return mentions
    subject_particles = c["team_particles"] - {"을", "를"}
    for index in found_words.proper:  # (`_is_proper` accepts no other word)
        word = found_words[index]
        rest = word.tokens[word.size:]
        if not rest or rest[0].form not in subject_particles or not _is_proper(context, word) \
                or _is_person(context, word, None):
            continue
        later = itertools.takewhile(_is_word, found_words[index + 1:index + 3])  # within the sentence
        if any(_reports(w) for w in later) or _reporting_topic(found_words, index, rest[0].form):
            mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _ministry(context: Context, found_words: Words, rule_id: str) -> list:
    """A ministry written in full (`기획재정부`, `산업통상자원부`, `해양수산부`): common nouns, the last one a
    noun of three letters or more kiwipiepy knows that ends in 부 (`재정부`, `자원부`), five letters or more; or, right after
    a foreign country, `부` read as a noun of its own (`인도네시아 투자`+`부`: that country's ministry, the country in its span);
    not a leadership or headquarters (`당 지도부`, `not_ministries`), a common word in 부 (`영업`+`본부`,
    `가능`+`여부`), a unit kiwipiepy splits (`경영`+`지원`+`부`), nor a newsroom's desk before a reporter."""
    if "부" not in context.text:  # (cheap first)
        return []
    c, titles, mentions = cues(), structural_words()["reporter_titles"], []
    for index in found_words.suffixed:
        word = found_words[index]
        last = word.tokens[word.size - 1] if word.size >= 2 else None
        if last is None or last.tag != "NNG" or not last.form.endswith("부") or last.form in c["not_ministries"] \
                or any(t.tag != "NNG" for t in word.tokens[:word.size]):
            continue
        start = word.start
        if last.form == "부":  # (`부` a noun of its own after common nouns: a foreign country's ministry right before it)
            start = _country_before(context, found_words, index, start)
            if start == word.start:
                continue
        elif word.name_end - word.start < 5 or len(last.form) < 3:
            continue
        after = [found_words[i] for i in range(index + 1, min(index + 3, len(found_words)))
                 if found_words[i] is not None]
        if any(w.size and _text(context, w.start, w.name_end) in titles for w in after):
            continue  # (`산업경제부 홍길동 기자`: a desk)
        mentions.append(_mention(context, start, word.name_end, rule_id, org_type="government"))
    return mentions


def _local_gov(context: Context, found_words: Words, rule_id: str) -> list:
    """A city or county that says something acts as its government (`강원 강릉시는 … 20일 밝혔다`), or that decides (`deciding`)
    or plans (`planning`: `… 나눠줄 계획이다`):
    a proper noun ending in 시 or 군, a province (`local_governments`: `경상남도는`) or a state abroad (`오하이오주는`), the subject or topic, with a verb of saying or of what only a
    government does (`해제했다`, `고시했다`, `협약을 맺었다`; `governing`, `governing_verbs`) later in its sentence; or the source of what
    follows (`평창군에 따르면`), alone or with the name after it (`전주시와 늘푸른여객에 따르면`); a province before it is a place and
    stays outside (docs/annotation.md, ORG)."""
    c, text, mentions = cues(), context.text, []
    # (and `도`, a subject's too: `진주시도 올해 예산 55억 원을 들여`, one government acting beside another; holdout104)
    subject_particles = c["team_particles"] - {"을", "를"} | {"도"}
    for index in found_words.proper:
        word = found_words[index]
        rest, name_end = word.tokens[word.size:], word.name_end
        # (an unknown county's or city's ending kiwipiepy reads as a bound noun glued to its name, `가람`+`군`+`은`: the name's
        # ending, a subject's particle after it)
        if len(rest) > 1 and rest[0].tag == "NNB" and rest[0].form in c["local_endings"] and rest[0].start == name_end \
                and rest[1].form in subject_particles and word.name_tags() == {"NNP"}:
            rest, name_end = rest[1:], rest[0].end
        # (cheap first: the ending and a subject's particle, or no particle and an official's title after it)
        # (a city or county by its ending, a province by name: `경상남도는`)
        if (not rest and not _headed_unit(context, found_words, index, c)) or rest and rest[0].form not in subject_particles \
                and rest[0].form not in c["partner_particles"] and not _source(found_words, index) or name_end - word.start < 3 \
                or not (text.endswith(c["local_endings"], word.start, name_end) or text[word.start:name_end] in c["local_governments"]
                        or text[name_end - 1] == "주" and _state_name(word)) \
                or not word.name_tags() <= {"NNP", "NNG"}:
            continue
        # (no person test: `강릉시` is shaped like a person's name, but given names hardly end in 시 or 군)
        if _text(context, word.start, name_end) in c["places"]:
            continue
        if not rest:  # (`이재훈 의성군 인구정책과장은`: the official of one of its units)
            mentions.append(_mention(context, word.start, name_end, rule_id, org_type="local_government"))
            continue
        later = list(itertools.takewhile(_is_word, itertools.islice(found_words, index + 1, None)))  # within the sentence
        if rest[0].form in c["partner_particles"]:
            # (or a source with the name after it: `전주시와 늘푸른여객에 따르면`)
            if any(_partnered(w, c) for w in later) or later and _source(found_words, index + 1):
                mentions.append(_mention(context, word.start, name_end, rule_id, org_type="local_government"))
        # (not a subject: the source the gate let through, `평창군에 따르면`)
        elif rest[0].form not in subject_particles or any(w.tokens[0].form in c["local_acts"] and w.tokens[0].tag in ("VV", "NNG") and _active(w, c) for w in later) \
                or any(_decided(text, w, after) or _planned(w, after, c) for w, after in zip(later, later[1:])) \
                or _resized_budget(context, later, c):
            mentions.append(_mention(context, word.start, name_end, rule_id, org_type="local_government"))
    return mentions


def _resized_budget(context: Context, later: list, c: dict) -> bool:
    """Later in the sentence the money a government gives or spends, the object (`budgets`: `예산을`, `장려금을`), then a
    causative verb that raises or cuts it (`budget_verbs`: `원주시는 … 예산을 85억 원으로 늘렸다`): the subject spends."""
    for at, word in enumerate(later):
        if word.size and [t.form for t in word.tokens[word.size:]] in (["을"], ["를"]) \
                and _text(context, word.start, word.name_end).endswith(c["budgets"]):
            return any(w.tokens[0].form in c["budget_verbs"] and w.tokens[0].tag == "VV" and not _undergone(w) for w in later[at + 1:])
    return False


def _headed_unit(context: Context, found_words: Words, index: int, c: dict) -> bool:
    """The next word is the title of the head of a unit of it, the unit named (`의성군 인구정책과장`, `대구시 기획조정실장`:
    `unit_heads`): the official speaks for the government."""
    word, following = found_words[index], found_words[index + 1]
    if following is None or following.start != word.end + 1 or not following.size:
        return False
    title = _text(context, following.start, following.name_end)
    return title.endswith(c["unit_heads"]) and len(title) >= 4


def _partnered(word: Word, c: dict) -> bool:
    """`맺었다`, `체결했다`, `손잡고`: an agreement made (`partnering`), not undergone (`맺어진`, `체결된`)."""
    first = word.tokens[0]
    if first.form not in c["partnering"] or first.tag not in ("VV", "NNG"):
        return False
    return len(word.tokens) > 1 and word.tokens[1].form == "하" if first.tag == "NNG" else not _undergone(word)


def _undergone(word: Word) -> bool:
    """A verb's passive form (`맺어진`, `체결된` read as 맺 + 어 + 지): the act is undergone, not done."""
    return any(t.form == "지" and t.tag == "VX" for t in word.tokens)


def _source(found_words: Words, index: int) -> bool:
    """`평창군에 따르면`: the word with 에 alone, then 따르 (`according`): the source of what follows, its government."""
    word = found_words[index]
    after = found_words[index + 1] if index + 1 < len(found_words) else None
    return [t.form for t in word.tokens[word.size:]] == ["에"] and after is not None \
        and after.tokens[0].form in cues()["according"]


def _planned(word: Word, after: Word, c: dict) -> bool:
    """`나눠줄 계획이다`, `추진할 방침이다`: a verb's future form (ᆯ), then a word of planning (`planning`): the subject plans it."""
    last = word.tokens[-1]
    return last.tag == "ETM" and last.form in ("ᆯ", "을") and after.tokens[0].form in c["planning"] \
        and after.tokens[0].tag == "NNG"


def _decided(text: str, word: Word, after: Word) -> bool:
    """`주기로 했다`: a verb ending in 기로 (`deciding`), then 하다: the subject decided to do it."""
    return text.endswith(cues()["deciding"], word.start, word.end) and after.tokens[0].form == "하" \
        and after.tokens[0].tag.startswith(("VV", "VX"))


def _headline_first_word(context: Context, found_words: Words) -> tuple:
    """(end of the first line, the comma, the word) of a headline over a body that opens with a name before a comma,
    maybe after a bracketed tag (`[2025 결산] 당근, …`); the word is None when there is none (cheap first: a
    headline, a comma in it, a word's name ending right there)."""
    text = context.text
    first_line = text.find("\n")
    comma = text.find(",", 0, first_line)
    if comma < 2 or first_line < 0:
        return first_line, comma, None
    _, word = found_words.name_ending_at(comma)
    if word is None or word.end != comma or (word.start and not _TAG.fullmatch(text, 0, word.start)):
        return first_line, comma, None
    return first_line, comma, word


def _headline(context: Context, found_words: Words, rule_id: str) -> list:
    """The headline's first name, before a comma, over a company's figures (`오리온, 3분기 영업이익
    1,520억`, `메가박스, 관객 1,720만 명`): a company the story names again as its subject, topic or
    owner (`오리온은`, `메가박스의`). A business figure's word must stand in the headline
    (`headline_business`), and the name must be no person, place, market or kind of body."""
    text = context.text
    first_line, comma, word = _headline_first_word(context, found_words)
    if word is None:
        return []
    c = cues()
    headline = text[comma:first_line]
    if not word.size or not word.bare or not any(w in headline for w in c["headline_business"]):
        return []
    name = _text(context, word.start, word.name_end)
    if len(name) < 2 or not word.name_tags() <= _HEADLINE_TAGS or word.tokens[0].tag == "SN" or name in c["places"] or _market(name) or name in c["generic"] or name in c["title_qualifiers"] \
            or name in c["remainders"]:
        return []
    at = text.find(name, first_line)
    while at >= 0:  # the story names it again as a subject, topic or owner
        index, again = found_words.at(at)
        if again is not None and (again.size and (again.name_end == at + len(name) or _suffixed_again(text, again, at + len(name)))
                                  and [t.form for t in again.tokens[again.size:]] in _OWN_PARTICLES
                                  or _split_name_again(text, again, at + len(name))):
            if _korean_name(name) and _titled(context, found_words, name):
                return []
            return [_mention(context, word.start, word.name_end, rule_id)]
        at = text.find(name, at + len(name))
    return []


_HEADLINE_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN"})


def _suffixed_again(text: str, again: Word, name_end: int) -> bool:
    """The story names the headline's name again with an organization's suffix after it, the full name the headline
    shortens (`누리케이블, 3분기 …` over `누리케이블방송은`: holdout118 001); linking gives it the full name."""
    return again.name_end > name_end and suffix_type(text[name_end:again.name_end]) != ""


def _split_name_again(text: str, again: Word, name_end: int) -> bool:
    """The name again with only a particle of its own after it, where kiwipiepy reads its first syllable as no noun
    (`세원디스플레이가`: `세`/MM + `원` + `디스플레이`, a word with no name part): the letters tell it, not the tokens."""
    return not again.size and again.end == name_end + 1 and [text[name_end]] in _OWN_PARTICLES
_TAG = regex.compile(r"\s*[\[【<〈(][^\]】>〉)\n]{1,30}[\]】>〉)]\s*")
_OWN_PARTICLES = (["은"], ["는"], ["이"], ["가"], ["의"])


def _active(word: Word, c: dict) -> bool:
    """A verb of saying, or a government's act done, not undergone (`해제했다`, not `지정된`; `맺었다`, not `맺어진`)."""
    first = word.tokens[0].form
    return first in c["saying"] or len(word.tokens) > 1 and word.tokens[1].form == "하" \
        or first in c["governing_verbs"] and not _undergone(word)


def _reports(word: Word) -> bool:
    """`보도했다`, `보도한`: 보도 and the verb suffix."""
    return word.tokens[0].form == "보도" and len(word.tokens) > 1 and word.tokens[1].tag == "XSV"


def _reporting_topic(found_words: Words, index: int, particle: str) -> bool:
    """The topic of a sentence that ends in `보도했다` (`파리지엥은 총격이 30분 넘게 이어졌다고 이날
    보도했다`): the sentence's first word, with 은/는, and the sentence's last word reports."""
    if particle not in ("은", "는") or found_words[index - 1] is not None:
        return False
    last, at = index, index + 1  # (the last word with a name part: `었다` of `보도했다` may stand alone)
    while found_words[at] is not None:
        if found_words[at].size:
            last = at
        at += 1
    return last > index and _reports(found_words[last])


def list_items(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The other items of a list of organizations (`미스터피자, 도미노피자, 파파존스` when two of them
    are known; `한빛전자 및 누리화학`, `누리상사와 한빛물산이 함께` when one is): the mentions this adds.
    With two known items, or one and a word of joint action after the list (`함께`, `공동으로`), a
    proper noun is an organization; with one known item, a name ending in an organization suffix (and `peer_lists`)."""
    added, found = [], Spans((m.start, m.end) for m in mentions)
    for run in _list_items(context, found_words, mentions, smallest=2):
        known = [w for w in run if found.any(lambda s, e: s <= w.start and w.name_end <= e, w.start, w.name_end)]
        if not known or len(run) < 3 and len(known) == len(run):
            continue
        proper_too = len(known) >= 2 and len(run) >= 3 or _joint_action(context, found_words, run[-1])
        for word in run:
            name = _text(context, word.start, word.name_end)
            if word in known or found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
                continue
            if _listed_local_gov(context, found_words, word, name, run):
                added.append(_mention(context, word.start, word.name_end, rule_id, org_type="local_government"))
                continue
            # (nor a kind of body or people, even written in Chinese characters: `中企·소상공인에`)
            if _korean_name(name) or _is_person(context, word, None) or name in cues()["title_qualifiers"]:
                continue
            if proper_too and _is_proper(context, word):  # (maybe of two words: `파네라 브레드`)
                added.append(_mention(context, word.start, two_word_end(context, found_words, found_words.at(word.start)[0]),
                                      rule_id))
            elif _suffixed_name(context, word, name):
                added.append(_mention(context, word.start, word.name_end, rule_id))
    return added


def peer_lists(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The other items of a list with a named business in it (`peer_kinds`: its mention's type) that ends as a phrase of
    its own (`_closed_list`: `코스트코와 그로베일을 중심으로`, `CJ대한통운과 로지마루 등 340곳`, `삼성전자와 모렌디아로`):
    names listed with a business are its peers, proper nouns or a common noun kiwipiepy took an unknown name for
    (`_peer_name`); no person, place, product or remainder. A government's or a city's list is left alone: its items
    are as often facilities or places (`서울구치소와 국정원을 오가며`), and so is a headline's topic before its comma."""
    added, found, kinds = [], Spans((m.start, m.end) for m in mentions), cues()["peer_kinds"]
    businesses = [m for m in mentions if m.org_type in kinds]
    if not businesses:
        return []
    for run in _list_items(context, found_words, businesses, smallest=2):
        if not any(m.start <= w.start and w.name_end <= m.end for m in businesses for w in run) \
                or not _closed_list(context, found_words, run[-1]) or _headline_topic(context, found_words, run[0]):
            continue
        for word in run:
            name = _text(context, word.start, word.name_end)
            if found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end) \
                    or _korean_name(name) or name in cues()["title_qualifiers"] or not _peer_name(context, found_words, word, name):
                continue
            added.append(_mention(context, word.start, word.name_end, rule_id))
    return added


def _peer_name(context: Context, found_words: Words, word: Word, name: str) -> bool:
    """An item of a closed list with one known organization names a peer (`_series_name`): no remainder, no product
    (`products`: a product line, or a name the document writes as one, `스마트폰 갤럭시`)."""
    products = cues()["products"]
    return _series_name(context, found_words, found_words.at(word.start)[0], word) and name not in cues()["remainders"] \
        and name not in products["names"] and not _written_as_product(context.text, name, products)


def _headline_topic(context: Context, found_words: Words, first: Word) -> bool:
    """The word opens a headline before its comma (`한빛전자, 새만금에 공장 짓는다`): the headline's topic, no item of a
    list with what follows the comma."""
    newline = context.text.find("\n")
    return 0 <= first.start < newline and _headline_first_word(context, found_words)[2] is first


def _closed_list(context: Context, found_words: Words, last: Word) -> bool:
    """A list ends as a noun phrase of its own: a case particle or the topic's right after its last item's name
    (`한빛전자와 누리텍이`, `… 누리텍을 중심으로`, `… 누리텍의 점유율`), or `등` after it (`한빛전자와 누리텍 등 340곳`).
    A bare last item before a noun qualifies it (`삼성전자와 갤럭시 노트 판매량`: a product's)."""
    rest = last.tokens[last.size:]
    if rest:
        return rest[0].tag.startswith("J") and rest[0].form not in ("와", "과")
    index = found_words.at(last.start)[0]
    following = found_words[index + 1]
    return following is not None and following.start == last.end + 1 and [t.form for t in following.tokens[:1]] == ["등"]


# A figure in parentheses after a list item: a share, a count, a rank (`(14.1%)`, `(3위)`, `(1,200대)`).
_FIGURE = regex.compile(r"\(\s*[0-9][0-9.,]*\s?[%\p{Hangul}]{0,3}\s*\)")


def figure_lists(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The other items of a list whose every item carries a figure in parentheses, one of them a
    known organization (`샤오미(14.1%), 비보(9.3%), 트랜션(8.7%)이`), that `각각` gives a figure
    each (`비보와 오포가 각각 8.2%, 7.9%로`), or written as a series of names and figures
    (`배달의민족 58.1%, 쿠팡이츠 27.4%, 배달픽 9.2%`): items measured alike are peers, so the others are
    organizations too — proper nouns, or a common noun kiwipiepy took an unknown
    name for (`비보`); not a remainder (`기타(12%)`), a person, a place or a market. The known item may be a name
    found elsewhere in the document and written again in the list (`인도에서는 비보가 점유율 18%로 1위`)."""
    text = context.text
    # (cheap first: a word with a figure in parentheses after its name, then a mention ending there;
    # or `각각` in the text)
    # (a figure in parentheses in a list: `, ` after it, or `), ` before the word)
    ends = {w.name_end for w in map(found_words.__getitem__, found_words.glossed)
            if text[w.gloss[0] + 1:w.gloss[0] + 2].isdigit() and (text.startswith(", ", w.end) or text.startswith("), ", w.start - 3))}
    figured = [m for m in mentions if m.end in ends] if ends else []
    # (an item may be a name the rules found elsewhere in the document, written again here: `org.repeat` runs after
    # this rule; not a city's or a county's, which may be the place)
    again = {m.text for m in mentions if not m.text.endswith(cues()["local_parents"])}
    if ends and again:
        figured += [_Span(w.start, w.name_end) for w in map(found_words.__getitem__, found_words.glossed)
                    if w.name_end in ends and _text(context, w.start, w.name_end) in again]
    each = found_words.starting_with(text, "각각") if "각각" in text else []
    # (`배달의민족 58.1%, 쿠팡이츠 27.4%`: a figure and `, ` after a word, then a mention there or before)
    series = _series_starts(text, found_words) if ", " in text else ()
    if ends and not figured and "뒤" in text:
        # (or a ranking of such items closed by `뒤를 이었다`, in a story of a business's figures: the ranked are peers)
        listed = [_Span(w.start, w.name_end) for w in map(found_words.__getitem__, found_words.glossed) if w.name_end in ends]
        figured = [m for r in _list_items(context, found_words, listed, smallest=2) if _ranked_business(text, r[-1])
                   for m in listed if r[0].start <= m.start <= r[-1].start]
    if not figured and not each and not series:
        return []
    runs = _list_items(context, found_words, figured, smallest=2) if figured else []
    runs = [r for r in runs if all(w.gloss is not None and _FIGURE.fullmatch(text, *w.gloss) for w in r)]
    if series:
        ends, listed = None, set()
        for start in series:
            if start in listed:  # (an item of the series found last)
                continue
            run = _figure_series(context, found_words, start)
            listed.update(w.start for w in run)
            if len(run) >= 2:
                ends = {m.end for m in mentions} if ends is None else ends
                if any(w.name_end in ends or _text(context, w.start, w.name_end) in again for w in run) \
                        or _ranked_after(text, mentions, run, again) or _per_business(context, run[0].start):
                    runs.append(run)
    if not runs and not each:
        return []
    found = Spans((m.start, m.end) for m in mentions)
    for index in each:  # the list ends before `각각`, its last item the subject or topic
        if found_words[index].tokens[0].form != "각각":
            continue
        # (a time written between: `A와 B는 지난해 각각`, `… 같은 기간 각각`; at most two words, no topic)
        at = index - 1
        while at > index - 3 and at > 0 and found_words[at] is not None and (found_words[at].bare or not found_words[at].size):
            at -= 1
        last = found_words[at]
        # (a suffix before the particle: `점유`+`율`+`은`)
        # (a suffix before the particle, `점유`+`율`+`은`, or a short form in brackets, `인천글로벌게이트터미널(IGGT)이`)
        if last is not None and last.size and [t.form for t in last.tokens[last.size:] if t.tag != "XSN"
                                               and not (last.gloss and t.start < last.gloss[1])] in _TOPIC_PARTICLES:
            # (the list may own the topic, a business's figure: `SK텔레콤과 KT의 영업이익은 각각`)
            topic, owner = at, found_words[at - 1] if at > 0 else None
            if owner is not None and owner.size and last.start == owner.end + 1 \
                    and [t.form for t in owner.tokens[owner.size:]] == ["의"] \
                    and text.startswith(cues()["headline_business"], last.start):
                at -= 1
            # (... a figure of two words, the first a business's: `쿠팡과 네이버쇼핑의 결제 추정액은 각각`)
            elif owner is not None and owner.size and owner.bare and at > 1 and last.start == owner.end + 1 \
                    and text.startswith(cues()["headline_business"], owner.start):
                genitive, back = found_words[at - 2], 2
                # (... or of three, a word qualifying it first: `쿠팡플레이와 웨이브의 월간 이용자 수는 각각`; 8 of 8 second items
                # of such pairs in the read sets are organizations)
                if genitive is not None and genitive.size and genitive.bare and at > 2 and owner.start == genitive.end + 1:
                    owner, genitive, back = genitive, found_words[at - 3], 3
                if genitive is not None and genitive.size and owner.start == genitive.end + 1 \
                        and [t.form for t in genitive.tokens[genitive.size:]] == ["의"]:
                    at -= back
            framed = _each_pair_owner(text, found_words, at) if at == topic else 0  # (words back to the pair's genitive)
            at -= framed
            run = [found_words[i] for i in _list_run(text, found_words, at)]
            named = any(found.any(lambda s, e: s <= w.start and w.name_end <= e, w.start, w.name_end)
                        or _text(context, w.start, w.name_end) in again for w in run)
            if len(run) == 2 and framed and named or len(run) >= 2 and not framed and (
                    named or _per_business(context, run[0].start) or _each_ranked(text, found_words[index], run[0])):
                runs.append(run)
    if not runs:
        return []
    added = []
    breakdowns = cues()["products"]["breakdowns"]
    for run in runs:
        # (a sentence breaking its figures down by product or category lists those, no peers: `카테고리별로는 … 패션과
        # 생활용품이 각각`; as `drop_products` reads the word rules' finds)
        if _in_breakdown(context, run[0].start, breakdowns):
            continue
        for word in run:
            start = _hyphenated_start(text, word.start)
            name = _text(context, start, name_end(context, word))
            if found.any(lambda s, e: s < word.name_end and start < e, start, word.name_end) \
                    or (_korean_name(name) or _is_person(context, word, None)) and not _suffixed_found(name, mentions) \
                    or not (_figure_item(context, word, name) or _peer_place(name, run, mentions)):
                continue
            added.append(_mention(context, start, name_end(context, word), rule_id))  # (`에이블씨엔씨와`: the name)
    return added


def _each_pair_owner(text: str, found_words: Words, topic: int) -> int:
    """How many words back from the topic before `각각` the genitive of a pair owning it stands, past at most two more words
    of the figure or its time (`SK일렉링크와 채비의 급속충전기는 각각`, `A와 B의 지난해 객실 가동률은 각각`), else 0: a pair one of
    whose names is found names organizations by its place, the other too (`figure_lists`, only with one found)."""
    back, word = 1, found_words[topic]
    while back <= 3 and topic - back > 0:
        owner = found_words[topic - back]
        if owner is None or not owner.size or word.start != owner.end + 1:
            return 0
        if [t.form for t in owner.tokens[owner.size:]] == ["의"]:  # (the pair's second name: its first before it, 와/과)
            first = found_words[topic - back - 1] if topic - back > 0 else None
            return back if first is not None and first.size and [t.form for t in first.tokens[first.size:]] in (["와"], ["과"]) \
                and owner.start == first.end + 1 else 0
        if not owner.bare:
            return 0
        back, word = back + 1, owner
    return 0


def _suffixed_found(name: str, mentions: list) -> bool:
    """A name shaped like a person's that the document writes as the stem of an organization found in it, a business
    suffix after it (`현대차` of `현대차그룹`): a business's name, no person's."""
    for m in mentions:
        if len(m.text) > len(name) and m.text.startswith(name):
            suffix = suffix_of(m.text)
            if suffix and len(m.text) - len(suffix) == len(name) and suffix_type(m.text) in cues()["peer_kinds"]:
                return True
    return False


# Latin letters or digits and a hyphen glued before a word: kiwipiepy splits the name there (`S-OIL`: `S`, `-`, `OIL`).
_HYPHENATED = regex.compile(r"[A-Za-z0-9]+-$")


def _hyphenated_start(text: str, start: int) -> int:
    """Where a name starts that the word at `start` ends after a hyphen (`S-OIL과`: at `S`, not `OIL`)."""
    if start < 2 or text[start - 1] != "-":
        return start
    before = _HYPHENATED.search(text, max(0, start - 12), start)
    return before.start() if before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum()) else start


def _each_ranked(text: str, each: Word, first: Word) -> bool:
    """`A와 B가 각각 8.2%, 7.9%로 뒤를 이었다`: the list closes a ranking in its clause, in a passage on a business's
    figures (`headline_business` words in the 200 letters before it): its items are the ranked peers."""
    end = text.find("\n", each.end)
    clause = text[each.end:min(end if end >= 0 else len(text), each.end + 40)]
    if not any(closer[1:] in clause for closer in cues()["ranking_closers"] if closer != " 순"):
        return False
    window = text[max(0, first.start - 200):first.start]
    return any(word in window for word in cues()["headline_business"])


def _ranked_business(text: str, last: Word) -> bool:
    """A list closes a ranking (`…, 누리폰(8.7%)이 뒤를 이었다`) in a passage on a business's figures (`출하량`, `점유율`,
    `매출` within the 200 letters before it: `headline_business`), not a poll's."""
    if not text.startswith(tuple(c for c in cues()["ranking_closers"] if c != " 순"), last.end):
        return False
    window = text[max(0, last.start - 200):last.start]
    return any(word in window for word in cues()["headline_business"])


def _per_business(context: Context, start: int) -> bool:
    """The sentence breaks its figures down by a kind of business before `start` (`선사별로는 한빛해운과 MSL이 각각`,
    `업체별로 보면 A 41%, B 23%`): the items listed there, a figure each, are businesses of that kind."""
    text = context.text
    sentence = sentence_start(text, start)
    at = text.find("별", sentence, start)  # (cheap first: most sentences break nothing down)
    while at >= 0:
        if text.endswith(cues()["per_business"], sentence, at + 1):
            return True
        at = text.find("별", at + 1, start)
    return False



def _breakdowns(text: str):
    """(start, stop) of each stretch of the text after a word breaking figures down by a kind of business (`터미널별`,
    `운영사별로는`; `per_business`) to its sentence's end. (`별` is looked for first: most texts break nothing down.)"""
    kinds, at = cues()["per_business"], text.find("별")
    while at >= 0:
        if text.endswith(kinds, 0, at + 1):
            yield at + 1, sentence_stop(text, at + 1)
        at = text.find("별", at + 1)


def _breakdown_subjects(context: Context, found_words: Words, rule_id: str) -> list:
    """In a sentence that breaks its figures down by a kind of business (`터미널별 물동량은 …`, `운영사별 처리 물량은 …`;
    `per_business`), a subject with its figure right after it (`부산신항국제터미널(PNIT)이 412만 TEU로 가장 많았고,
    한바다컨테이너터미널(HBCT)이 305만 TEU로 뒤를 이었다`) is a business of that kind, named like one (`_figure_item`); no
    person, place or market. (The breakdown word is looked for first: most texts break nothing down.)"""
    text, mentions, starts = context.text, [], found_words.starts
    for breakdown, stop in _breakdowns(text):
        index = bisect.bisect_left(starts, breakdown)
        while index < len(found_words) and starts[index] < stop:
            word = found_words[index]
            index += 1
            if word is None:
                continue
            if not word.size:  # (a determiner read in the name's first letter, nouns glued after it: `한`+`바다`+`컨테이너`+`터미널`)
                end = _determiner_name_end(word)
                after = text.find(")", end, end + 12) + 1 if end == word.end and text[end:end + 1] == "(" else end
                if end and text[after:after + 1] in ("이", "가") and text[after + 1:after + 2] == " " \
                        and text[after + 2:after + 3].isdigit() and not _figure_word_in(text[word.start:end]):
                    mentions.append(_mention(context, word.start, end, rule_id))
                continue
            if text[word.end:word.end + 1] != " " or not text[word.end + 1:word.end + 2].isdigit() \
                    or _after_name(word)[:1] not in (["이"], ["가"]):
                continue
            name = _text(context, word.start, word.name_end)
            # (a name in Hangul, some of it a proper noun or foreign letters, or a noun kiwipiepy does not know; not the figure's
            # word, `PC 매출이 1조 원`, `음식점업 승인액이 16조 원`: common nouns; nor Latin letters alone, which name a device or a
            # kind of service as often, `플랫폼별로는 … PC가 4천억 원`)
            if _figure_item(context, word, name) and _HANGUL.search(name) \
                    and (word.name_tags() & {"NNP", "SL", "SH"} or _unknown_noun(name)) \
                    and not _figure_word_in(name) and not _is_person(context, word, found_words[index]) \
                    and not _korean_name(name) and not place_facility(name):
                mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _figure_word_in(name: str) -> bool:
    """The name holds a business's figure's word (`총영업이익`, `모바일매출`): it is the figure's, no business's."""
    return any(figure in name for figure in cues()["headline_business"])


def _determiner_name_end(word: Word) -> int:
    """End of the nouns glued after a word's first token, a determiner (`한`+`바다`+`컨테이너`+`터미널`): two nouns or more, four
    letters with it or more; 0 where there are none such."""
    tokens, at = word.tokens, 1
    if tokens[0].tag != "MM":
        return 0
    while at < len(tokens) and tokens[at].tag in ("NNG", "NNP") and tokens[at].start == tokens[at - 1].end:
        at += 1
    return tokens[at - 1].end if at >= 3 and tokens[at - 1].end - tokens[0].start >= 4 else 0

@functools.lru_cache(maxsize=1)
def _kind_after_list():
    """`등`, at most one word (`중국`, `이커머스`), and a kind of business as the phrase's head: glued to `들`, a particle
    or a comma (`업체들의`, `기업은`; not `기업 총수들`, whose head is people)."""
    kinds = alternation(cues()["listed_kinds"])
    return regex.compile(rf" 등 (?:[^\s,.()]+ )?[^\s,.()]*?(?:{kinds})(?:들|[은는이가의을를과와도에로,]|으로)")


def kind_lists(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The items of a list closed by `등` and a kind of business (`솔라폰과 미르 등 중국 업체들의 점유율`, `쿠팡, 11번가 등
    이커머스 기업은`): names of businesses of that kind, proper nouns or a common noun kiwipiepy took an unknown name
    for; no person, place or market (`미국, 중국 등 해외 기업`)."""
    text = context.text
    if " 등 " not in text:  # (cheap first)
        return []
    found, added = Spans((m.start, m.end) for m in mentions), []
    for match in _kind_after_list().finditer(text):
        last = bisect.bisect_left(found_words.starts, match.start()) - 1  # (the list's last item ends at the space)
        word = found_words[last] if last > 0 else None
        if word is None or not word.size or word.end != match.start():
            continue
        for index in _list_run(text, found_words, last):
            item = found_words[index]
            end = name_end(context, item)
            if item.size and _series_name(context, found_words, index, item) and not _korean_name(_text(context, item.start, end)) \
                    and not found.any(lambda s, e: s < end and item.start < e, item.start, end):
                added.append(_mention(context, item.start, end, rule_id))
    return added


def _peer_place(name: str, run: list, mentions: list) -> bool:
    """A place among the peers of a list that heads an organization's name found in the document, of the kind of the
    list's known items (`대구` of `대구FC` in `FC서울 …, 울산HD 1만 7,200명, 대구 1만 1,350명 순`): its short form
    (`pipeline.org.resolve` links it); not a city's or county's name (`대구시`)."""
    c = cues()
    if name not in c["places"]:
        return False
    kinds = {m.org_type for m in mentions if m.org_type and any(w.start <= m.start and m.end <= w.name_end for w in run)}
    return any(m.org_type in kinds and m.text.startswith(name) and len(m.text) > len(name)
               and not m.text.endswith(c["local_parents"]) for m in mentions)


class _Span(NamedTuple):
    """A word's name span, where a list's known item is a name written again (what `_list_items` reads of a mention)."""

    start: int
    end: int


# The unit or counter ending a figure before `, `: where an item of a series of names and figures ends
# (`58.1%, `, `2조 원, `).
_UNITS = frozenset("%원명개대곳건척러")  # (`러` of 달러)
_FIGURE_TAGS = frozenset({"SN", "NR", "NNB"})


# The first of a ranking written as a clause before the rest of it: a known name, its particle and its
# figure (`현대자동차가 12조 원으로 가장 많고, `), right before the series; its subject (이/가), not a topic: `A는
# 12조 원으로 가장 많고, 가전 6조 원, …` ranks the parts of A.
_RANKING_HEAD = regex.compile(r"(?:이|가) [0-9][^.\n]{0,30}, ")


def topic_series(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The topics that carry on, after a comma, a figure an organization was given in its clause, each
    with a figure of the same unit right after it and the figure's word left out (`GS25의 점포 수는 1만
    8,230개로 …, 세븐일레븐은 1만 2,150개, 이마트24는 6,080개로`): items measured alike are peers —
    proper nouns, or a common noun kiwipiepy took an unknown name for; no person, place or market."""
    text = context.text
    if "은 " not in text and "는 " not in text:  # (cheap first: no topic, no series)
        return []
    ends = [s.end for s in context.sentences]
    found, added, taken = Spans((m.start, m.end) for m in mentions), [], set()
    # (a name found elsewhere and written again may head the series: `org.repeat` runs after this rule)
    again = {m.text for m in mentions}
    anchors = list(mentions) + [_Span(w.start, w.name_end) for w in map(found_words.__getitem__, found_words.proper)
                                if _text(context, w.start, w.name_end) in again
                                and not found.any(lambda s, e: s < w.name_end and w.start < e, w.start, w.name_end)]
    for m in anchors:
        at = text.find(", ", m.end, _sentence_end(text, ends, m.end))
        figures = list(_FIGURE_WORD.finditer(text, m.end, at)) if at > 0 else []
        unit = _unit_of(figures[-1].group()) if figures else ""
        for index, word in _series_after(text, found_words, at, unit) if unit else ():
            if not _series_name(context, found_words, index, word):
                break
            if word.start not in taken and not found.any(lambda s, e: s < word.name_end and word.start < e,
                                                           word.start, word.name_end):
                added.append(_mention(context, word.start, word.name_end, rule_id))
                taken.add(word.start)  # (two names of one clause carry the same series)
    return added


# A rank and the word after it, written before an item of a ranking (`5위 `, `1위 `; not `1위인`, `1위를`, nor the end of
# a number, `11.5위`).
_RANK = regex.compile(r"(?<![0-9.,])[0-9]{1,2}위 ")
# ... and after a word ranking businesses, with the copula too, as an apposition (`업계 1위인 네이버웹툰과의`).
_INDUSTRY_RANK = regex.compile(r"(?<![0-9.,])[0-9]{1,2}위인? ")


def _sentence_end(text: str, ends: list, offset: int) -> int:
    """End of the sentence holding `offset` (`ends`: the sentences' ends)."""
    return ends[min(bisect.bisect_right(ends, offset), len(ends) - 1)] if ends else len(text)


def _topic_figure(text: str, word):
    """The figure right after a series' topic (`세븐일레븐은 1만 2,150개`, `… 약 740만 명`): a match of
    `_FIGURE_WORD`, or None."""
    # (a gloss may stand between the name and its particle: `미르(Mir)는`)
    if word is None or not word.size or _after_name(word) not in _SERIES_TOPIC \
            or text[word.end:word.end + 1] != " ":
        return None
    return _FIGURE_WORD.match(text, word.end + (3 if text.startswith(" 약 ", word.end) else 1))


def _series_after(text: str, found_words: Words, at: int, unit: str) -> list:
    """(index, word) of the topics that carry on a series of figures of `unit` from `at`: each a `, `, a
    topic and a figure of that unit (`, 한빛마트는 1만 2,150개, 누리스토어는 6,080개`)."""
    items = []
    while text.startswith(", ", at):
        rank = _RANK.match(text, at + 2)  # (a rank before the topic: `, 5위 미르는 2,710만 대`)
        index, word = found_words.at(rank.end() if rank else at + 2)
        figure = _topic_figure(text, word)
        if figure is None or _unit_of(figure.group()) != unit:
            break
        items.append((index, word))
        at = figure.end()
    return items


def _series_name(context: Context, found_words: Words, index: int, word: Word) -> bool:
    """A series' topic is a name: a proper noun, or a common noun kiwipiepy took an unknown name for; no
    person, place or market."""
    name = _text(context, word.start, word.name_end)
    # (or a common noun glossed in foreign letters, which names it: `미르(Mir)는`)
    unknown = word.tokens[0].tag == "NNG" and word.size == 1 and (_unknown_noun(name) or _foreign_gloss(word))
    return (_is_proper(context, word) or unknown) and not _is_person(context, word, found_words[index + 1]) \
        and name not in cues()["places"] and not _market(name)


def peer_series(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A series of topics, each with a figure of one unit, right after a phrase of the same period (`같은 달
    쿠팡플레이는 690만 명, 웨이브는 410만 명이었다`), compares peers of an organization found before it that was
    given a figure of that unit in its sentence (`티빙이 … 유료 가입자 520만 명`). The first topic may hold the
    figure's word that organization had (`같은 기간 bhc 가맹점은 2,210곳, BBQ는`, `멜론의 유료 이용자는 약 690만
    명, …` after `플로의 … 유료 이용자는 210만 명`). With a name among them (`_series_name`), the items are ORG,
    a common noun too (`웨이브`); no person, place, local government, product, remainder or figure's word."""
    text, phrases = context.text, cues()["same_period"]
    if not any(phrase in text for phrase in phrases):  # (cheap first)
        return []
    ends, found, added = [s.end for s in context.sentences], Spans((m.start, m.end) for m in mentions), []
    for phrase in phrases:
        at = text.find(phrase + " ")
        while at >= 0:
            series, slot, unit = _peer_topics(text, found_words, at + len(phrase) + 1)
            if len(series) >= 2 and any(_series_name(context, found_words, i, w) for i, w in series) \
                    and any(_given(text, ends, m, unit, slot) for m in mentions if m.end <= series[0][1].start):
                for index, word in series:
                    name = _text(context, word.start, word.name_end)
                    if _peer_item(context, found_words, index, word, name) \
                            and not found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
                        added.append(_mention(context, word.start, word.name_end, rule_id))
            at = text.find(phrase + " ", at + 1)
    return added


def _peer_topics(text: str, found_words: Words, start: int) -> tuple:
    """(the items, the figure's word written with the first, the unit) of a series of topics from `start`: the first a
    topic with a figure (`쿠팡플레이는 690만 명`), or a name before the figure's word and its topic (`bhc 가맹점은
    2,210곳`, `멜론의 유료 이용자는 약 690만 명`); ([], "", "") where none starts there."""
    index, first = found_words.at(start)
    if first is None or not first.size:
        return [], "", ""
    topic, slot = index, ""
    figure = _topic_figure(text, first)
    if figure is None:  # (the figure's word, at most two words, after the bare name or its 의)
        if [t.form for t in first.tokens[first.size:]] not in ([], ["의"]):
            return [], "", ""
        topic = index + 1
        while topic <= index + 2 and found_words[topic] is not None and found_words[topic].size \
                and (figure := _topic_figure(text, found_words[topic])) is None and found_words[topic].bare:
            topic += 1
        if figure is None:
            return [], "", ""
        slot = text[found_words[index + 1].start:found_words[topic].name_end]
    unit = _unit_of(figure.group())
    if not unit:
        return [], "", ""
    return [(index, first), *_series_after(text, found_words, figure.end(), unit)], slot, unit


def _given(text: str, ends: list, m, unit: str, slot: str) -> bool:
    """Mention `m` was given a figure of `unit` in its sentence, after it, with the figure's word `slot` there if any."""
    clause = text[m.end:_sentence_end(text, ends, m.end)]
    return (not slot or slot in clause) and any(_unit_of(f.group()) == unit for f in _FIGURE_WORD.finditer(clause))


def _foreign_gloss(word: Word) -> bool:
    """The word's name is glossed in parentheses in foreign letters (`미르(Mir)`, `솔라폰(索拉)`)."""
    return word.gloss is not None and any(t.tag in ("SL", "SH") for t in word.tokens[word.size:])


def _peer_item(context: Context, found_words: Words, index: int, word: Word, name: str) -> bool:
    """An item of a series of peers is named like an organization (`_figure_item`): no person, local government,
    product or figure's word."""
    c = cues()
    return _figure_item(context, word, name) and not _is_person(context, word, found_words[index + 1]) \
        and not name.endswith(c["local_parents"]) and name not in c["products"]["names"] \
        and name not in c["products"]["nouns"] and not name.startswith(c["business_figures"])


# Topics of a series that leaves the figure's word out (`세븐일레븐은 1만 2,150개`).
_SERIES_TOPIC = (["은"], ["는"])


def _unit_of(figure: str) -> str:
    """The first letter of a figure's last Hangul word, its unit (`1만 8,230개로` → 개), or ""."""
    words = _HANGUL.findall(figure)
    return words[-1][0] if words and not figure.endswith("%") else ""


def _ranked_after(text: str, mentions: list, run: list, again: set = frozenset()) -> bool:
    """The series closes a ranking (`… 순이다`, `… 뒤를 이었다`) whose first item, a known name, is the clause before it
    (`현대자동차가 12조 원으로 가장 많고, 기아 6조 원, 현대모비스 2조 원 순이다`): the items are its peers. The first
    item may be a name found elsewhere in the document, written again there (`again`)."""
    start, figure = run[0].start, _FIGURE_WORD.match(text, run[-1].end + 1)
    if figure is None:
        return False
    at = figure.end()
    at += next((len(p) for p in _CLOSER_PARTICLES if text.startswith(p + " ", at)), 0)  # (`58만 건이 뒤를 이었다`)
    if not text.startswith(cues()["ranking_closers"], at):
        return False
    if any(m.end < start and _RANKING_HEAD.fullmatch(text, m.end, start) for m in mentions):
        return True
    heads = [m.start() for m in _HEAD_PARTICLE.finditer(text, max(0, start - 40), start)]
    return any(_RANKING_HEAD.fullmatch(text, at, start) and any(text.endswith(name, 0, at) for name in again) for at in heads)


_HEAD_PARTICLE = regex.compile(r"(?<=\S)[이가] ")


# The particles a ranking's last figure may take before the word closing it (`… 58만 건이 뒤를 이었다`).
_CLOSER_PARTICLES = ("으로", "로", "이", "가")


def _series_starts(text: str, found_words: Words) -> list:
    """Starts of the names before a figure and `, ` (`배달의민족` of `배달의민족 58.1%, `): each may
    start a series of names and figures."""
    starts, found = found_words.starts, []
    at = text.find(", ")
    while at > 0:  # (`, ` by `str.find`, in C; most have no figure before them)
        unit, at = at - 1, text.find(", ", at + 2)
        latin = text[unit] not in _UNITS
        if latin and not ("A" <= text[unit] <= "Z" and text[unit - 1:unit].isupper()):
            continue
        index = bisect.bisect_right(starts, unit) - 1  # the figure's last word
        if latin:  # (a Latin unit written after the number: `395만 TEU, `)
            index -= 1
        while index > 0 and found_words[index] is not None and found_words[index].tokens[0].tag in _FIGURE_TAGS:
            index -= 1
        word = found_words[index] if index > 0 else None
        if word is not None and word.size and word.bare and (not found or found[-1] != word.start):
            found.append(word.start)
    return found


def _figure_series(context: Context, found_words: Words, start: int) -> list:
    """The items of a series `name figure, name figure, …` from the name that starts at `start`
    (`배달의민족 58.1%, 쿠팡이츠 27.4%, 배달픽 9.2%`): each a bare name, a space and a figure, the
    figures but the last followed by a comma; [] if that name heads no figure."""
    text = context.text
    index, word = found_words.at(start)

    def figure_after(i: int) -> int:
        """End of the figure after the name of word `i` (`58.1%`), or -1."""
        name, figure = found_words[i], found_words[i + 1] if 0 <= i < len(found_words) - 1 else None
        if name is None or figure is None or not name.size or not name.bare or figure.start != name.end + 1 \
                or figure.tokens[0].tag != "SN":
            return -1
        match = _FIGURE_WORD.match(text, figure.start)
        return match.end() if match else -1

    def chain(i: int) -> list:
        """The items from word `i` on: each figure but the last followed by `, ` and the next name."""
        items = [i]
        while text.startswith(", ", at := figure_after(items[-1])):
            following, _ = found_words.at(at + 2)
            if following < 0 or figure_after(following) < 0:
                break
            items.append(following)
        return items

    if word is None or figure_after(index) < 0:
        return []
    return [found_words[j] for j in chain(index)]


# A figure of a series: a number and its unit or counter (`58.1%`, `1,720만 명`, `3조 5천억 원`).
# (the parts of a number may be glued: `6조3천억 원`)
_FIGURE_WORD = regex.compile(r"[0-9][0-9.,]*\s?(?:%p?|\p{Hangul}{1,4})(?:\s?[0-9][0-9.,]*\s?\p{Hangul}{1,4})*"
                             r"(?:\s(?:원|달러|위안|엔|유로|대|명|개|곳|건|편|[A-Z]{2,4}\b))?")


# A figure of a unit and a comma after it (`45명, `, `2,210곳, `): a list of figures may be in the text.
_LISTED_FIGURE = regex.compile(r"[0-9]\p{Hangul}{1,2}, ")

# After a subject or topic in a list that gives each its figure: the particle, at most one short word of what is measured
# (`지분`), then the figure (`한밭정밀이 45명`, `대원건설이 지분 60%`).
_SUBJECT_FIGURE = regex.compile(r"(?:이|가|은|는) (?:\p{Hangul}{1,3} )?(?=[0-9])")


def _subject_figure(text: str, at: int):
    """The figure given to a subject or topic ending at `at` (`_SUBJECT_FIGURE`), a match of `_FIGURE_WORD`, or None."""
    particle = _SUBJECT_FIGURE.match(text, at)
    return _FIGURE_WORD.match(text, particle.end()) if particle else None


def _figure_unit(figure: str) -> str:
    """A list's figures are alike where their units are (`45명`, `30명`; `60%`, `40%를`)."""
    return "%" if "%" in figure else _unit_of(figure)


def _subject_item(context: Context, found_words: Words, at: int):
    """(index, word) of an item of a subjects' list that starts at `at`, past an introduction of what it is (`바이오 벤처
    에코바이오랩이`: the written word before it ends in an introducing noun, `intro_nouns`), or (-1, None)."""
    index, word = found_words.at(at)
    for _ in range(2):
        if word is None or not word.bare or any(t.tag != "NNG" for t in word.tokens):  # (a bare proper noun is the item)
            break
        following = found_words[index + 1]
        if following is None or following.start != word.end + 1:
            return -1, None
        if _introduced(context.text[at:word.end], cues()):
            return index + 1, following
        index, word = index + 1, following
    return index, word


def subject_series(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The subjects or topics listed after an organization, each with its figure of the same unit and a comma between them
    (`한밭정밀이 45명, 성심당이 30명, 바이오 벤처 에코바이오랩이 18명을`, `대원건설이 지분 60%, 세하종합건설이 40%를`): the
    items after an organization so listed are its peers (11 of 11 in the read sets; the lists of common nouns, `영어가 41.9%,
    수학이`, have no organization first) — a proper noun or an unknown name kiwipiepy split (`_split_name`); no person,
    place or market."""
    text = context.text
    if "%, " not in text and not _LISTED_FIGURE.search(text):  # (cheap first: no figure before a comma)
        return []
    found, added, c = Spans((m.start, m.end) for m in mentions), [], cues()
    for m in mentions:
        figure = _subject_figure(text, m.end)
        if figure is None:
            continue
        unit = _figure_unit(figure.group())
        at = figure.end()
        while unit and text.startswith(", ", at):
            index, word = _subject_item(context, found_words, at + 2)
            if word is None or not word.size or text[word.name_end:word.name_end + 1] == "(":
                break
            end = word.name_end
            # (kiwipiepy may read an unknown name and its particle as one proper noun: `한결당이` `20명`)
            if word.size == 1 and text[end - 1:end] in ("이", "가") and text[end:end + 1] == " " and word.tokens[0].tag == "NNP" \
                    and end - word.start >= 3:
                end -= 1
            item = _subject_figure(text, end)
            if item is None or _figure_unit(item.group()) != unit:
                break
            name = _text(context, word.start, end)
            # (a person's shape is no person here, a figure right after it and an organization first: `성심당이 30명`)
            if not (_is_proper(context, word) or word.size == 1 and word.tokens[0].tag == "NNG" and _unknown_noun(name)
                    or word.size >= 2 and _split_name(word, name, c)) or name in c["places"] or _market(name):
                break
            if not found.any(lambda s, e: s < end and word.start < e, word.start, end):
                added.append(_mention(context, word.start, end, rule_id))
                found = Spans([*((a.start, a.end) for a in mentions), *((a.start, a.end) for a in added)])
            at = item.end()
    return added



def _figure_item(context: Context, word: Word, name: str) -> bool:
    """A list item named like an organization (`figure_lists`)."""
    c = cues()
    return len(name) >= 2 and word.name_tags() <= _FIGURE_ITEM_TAGS and word.tokens[0].tag != "SN" \
        and name not in c["remainders"] and name not in c["places"] and name not in c["generic"] \
        and name not in c["title_qualifiers"] and not _market(name)


_FIGURE_ITEM_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN"})


def headline_local_gov(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A city or county that heads the headline before a comma (`부산시, 내년 예산 16조 원 편성`) is the government the
    story finds acting (`부산시가 … 편성했다고 밝혔다`, `org.local_gov`): the same name, a local government, kept in the
    body; so is a province (`local_governments`), found in the body in full or short (`경남도, …` over `경상남도는 …
    밝혔다`: `region_short_forms`). Alone a headline's city may be the place (`양주시, 폭설로 …`). With no comma, the
    headline's first word bare (`영암군 농식품 수출 …` over `전남 영암군은 … 밝혔다`)."""
    first_line, comma, word = _headline_first_word(context, found_words)
    if word is not None:
        start, name = word.start, _text(context, word.start, word.name_end)
    else:  # (or the headline's first word, bare, with no comma: `영암군 농식품 수출 …`, holdout7, 46, 69, 72, 94)
        comma = context.text.find(" ", 0, first_line)
        start, name = 0, context.text[:max(comma, 0)]
        if comma < 3 or not name.isalpha():
            return []
    c = cues()
    if not (name.endswith(c["local_endings"]) or name in c["local_governments"]) \
            or any(m.start < comma and start < m.end for m in mentions):
        return []
    # (a province is found under its name in full or short: `경남도, …` over `경상남도는 … 밝혔다`)
    names = {name} | {full for full, short in c["region_short_forms"] if short == name} \
        | {short for full, short in c["region_short_forms"] if full == name and short in c["local_governments"]}
    if any(m.text in names and m.start > first_line and m.org_type == "local_government" for m in mentions):
        return [_mention(context, start, start + len(name), rule_id, org_type="local_government")]
    return []


def joint_local_gov(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A city's, county's or district's name with 와/과 right before a word of joint action (`대덕구와 함께 산후조리원 2곳을
    짓는다`), in a sentence whose topic or subject before it is an organization or a government (`시는`, `한빛전자는`):
    the doer's partner, a government (as one listed with an organization, `org.list`); with no such doer it may be the
    place (`강남구와 함께 서초구도 지정됐다`)."""
    text, c = context.text, cues()
    joint = structural_forms("joint_action")
    if not any(j in text for j in joint):  # (cheap first)
        return []
    found, added = Spans((m.start, m.end) for m in mentions), []
    for index in found_words.proper:
        word = found_words[index]
        tokens = word.tokens
        # (one proper noun, or a place and its ending as two: `유성`+`구`, `청양`+`군`)
        if tokens[-1].form not in ("와", "과") or not 2 <= len(tokens) <= 3 or tokens[0].tag != "NNP" \
                or len(tokens) == 3 and tokens[1].form not in c["local_parents"]:
            continue
        end, following = tokens[-2].end, found_words[index + 1]
        name = _text(context, word.start, end)
        if len(name) < 3 or not name.endswith(c["local_parents"]) or name in c["places"] \
                or following is None or following.start != word.end + 1 or not text.startswith(joint, following.start) \
                or found.any(lambda s, e: s < end and word.start < e, word.start, end):
            continue
        if _doer_before(context, found_words, index, found, c):
            added.append(_mention(context, word.start, end, rule_id, org_type="local_government"))
    return added


def _doer_before(context: Context, found_words: Words, index: int, found: Spans, c: dict) -> bool:
    """The topic or subject before word `index` in its sentence is an organization found or a local government's bare
    noun (`시는`, `구가`)."""
    at = index - 1
    while found_words[at] is not None:  # (within the sentence; a separator ends the list of words too)
        word = found_words[at]
        if word.size and [t.form for t in word.tokens[word.size:]] in _TOPIC_PARTICLES:
            return _text(context, word.start, word.name_end) in c["local_parents"] \
                or found.any(lambda s, e: s <= word.start and word.name_end <= e, word.start, word.name_end)
        at -= 1
    return False


def opponents(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The other side of a game with a known club (`리버풀 대 첼시 경기`, `세인트루이스 카디널스와
    피츠버그 파이어리츠의 경기`): a name of one or two proper nouns, no person or place."""
    c, text, added = cues(), context.text, []
    clubs = [m for m in mentions if m.org_type == "sports_club"]  # (the gazetteer's mentions carry its type)
    if not clubs or " 대 " not in text and "경기" not in text and not any(g in text for g in c["games"]):
        return added
    found = Spans((m.start, m.end) for m in mentions)
    for m in clubs:
        index, word = found_words.at(m.start)
        if word is None:
            continue
        last = index
        while found_words[last] is not None and found_words[last].name_end < m.end:
            last += 1
        club = found_words[last]
        if club is None or club.name_end != m.end:
            continue
        rest = [t.form for t in club.tokens[club.size:]]
        side = None
        if rest in (["와"], ["과"]):  # `A와 B의 경기`, `A와 B 경기`
            side = _other_side(context, found_words, last + 1, forward=True)
        elif not rest and _form(found_words[last + 1]) == "대":  # `A 대 B 경기`
            side = _other_side(context, found_words, last + 2, forward=True)
        elif not rest and _form(found_words[index - 1]) == "대" and _game_after(club, found_words[last + 1], c):
            side = _other_side(context, found_words, index - 2, forward=False)  # `B 대 A 경기`
        # (a name found inside the side's, its last word read by a suffix, `파이어리츠` of `피츠버그 파이어리츠`, yields to it: the
        # longer mention wins the overlap)
        if side and not found.any(lambda s, e: s < side[1] and side[0] < e
                                  and not (side[0] <= s and e <= side[1] and e - s < side[1] - side[0]), *side):
            added.append(_mention(context, side[0], side[1], rule_id, org_type="sports_club"))
    return added


def _form(word) -> str:
    """The first form of a word, "" for none."""
    return word.tokens[0].form if word is not None and word.tokens else ""


def _game_after(last: Word, following, c: dict) -> bool:
    """A game word right after the name (`경기`), or after its 의."""
    rest = [t.form for t in last.tokens[last.size:]]
    return rest in ([], ["의"]) and _form(following) in c["games"]


def _other_side(context: Context, found_words: Words, index: int, forward: bool):
    """(start, end) of the team at word `index` (its first word going forward, its last going back):
    one or two bare proper nouns, the last followed by a game word; None if it is no such name."""
    c = cues()
    candidates = ((index, index), (index, index + 1)) if forward else ((index, index), (index - 1, index))
    for first, last in candidates:
        words = found_words[first:last + 1] if first >= 0 else []
        if len(words) != last - first + 1 or any(w is None or not _is_proper(context, w) or _is_person(context, w, None)
                                                  for w in words):
            continue
        if any(not w.bare for w in words[:-1]) or (forward and not _game_after(words[-1], found_words[last + 1], c)):
            continue
        if not forward and not words[-1].bare:
            continue
        return words[0].start, words[-1].name_end
    return None


def _listed_local_gov(context: Context, found_words: Words, word: Word, name: str, run: list) -> bool:
    """A city or county listed with an organization acts with it as its government (`진도군과 안산시,
    안전행정부 등이 협조하도록`, `양주시와 크라운해태제과가 함께`): one of Korea's cities and counties
    (`local_governments`: `갤럭시` is no city), whatever a name's shape; not where the list is where
    something happens (a locative particle after its last item)."""
    c = cues()
    if not name.endswith(c["local_endings"]) or name not in c["local_governments"]:
        return False
    last = run[-1]
    if last.bare:  # (`진도군과 한빛전자 연수원에서`: the word the list qualifies)
        index, last = found_words.at(last.start)
        last = found_words[index + 1]
        if last is None:
            return True
    return not any(t.form in c["locative"] for t in last.tokens[last.size:last.size + 1])



def _joint_action(context: Context, found_words: Words, last: Word) -> bool:
    """The list's last item is a subject and a word of joint action follows (`…와 한빛물산이 함께`), or the object
    of a verb of adding up (`…와 한빛마트를 합쳐`)."""
    index = bisect.bisect_left(found_words.starts, last.start)
    following = found_words[index + 1]
    rest = [t.form for t in last.tokens[last.size:]]
    if following is None:
        return False
    if rest[:1] in (["이"], ["가"], ["은"], ["는"]):
        return context.text.startswith(structural_forms("joint_action"), following.start)
    # (... or the object of adding up: `코스트코와 한빛마트를 합쳐`)
    return rest[:1] in (["을"], ["를"]) and context.text.startswith(structural_forms("summing_action"), following.start)


def _suffixed_name(context: Context, word: Word, name: str) -> bool:
    """A name ending in an organization suffix after a stem that names something (`누리화학`), no
    place or market."""
    c = cues()
    suffix = suffix_of(name)
    stem = name[:len(name) - len(suffix)]
    return bool(suffix) and len(stem) >= 2 and stem not in c["generic"] and stem not in c["places"] \
        and not name.endswith(c["buildings"]) and not _market(name) and word.tokens[0].tag in _FIRST_NAME_TAGS


def _hanja_suffix(context: Context, found_words: Words, rule_id: str) -> list:
    """A name with a Chinese character glued after it that stands for its business suffix, as headlines shorten names
    (`신세계百`: 신세계백화점, `한빛銀`: 한빛은행; `hanja_suffixes`): the whole word is the organization, and its name is
    the suffix written out (the gazetteer's row of that name where it lists one). The name before the character is a
    proper noun or a gazetteer name (`전기車` is no company)."""
    text, table = context.text, cues()["hanja_suffixes"]
    if not text_signs(text)[5]:  # (cheap first: the characters found in one pass with others; most texts have none)
        return []
    names, mentions = gazetteer_by_name(), []
    for index in found_words.proper:
        word = found_words[index]
        last = word.tokens[word.size - 1]
        if word.size < 2 or last.tag != "SH" or last.end - last.start != 1 or text[last.start] not in table:
            continue
        stem = text[word.start:last.start]
        if len(stem) < 2 or (any(t.tag not in ("NNP", "SL") for t in word.tokens[:word.size - 1]) and stem not in names):
            continue
        full = stem + table[text[last.start]]
        row = names.get(full)
        mentions.append(_mention(context, word.start, last.end, rule_id, full, row["org_id"] if row else "",
                                 row["type"] if row else suffix_type(full)))
    return mentions



@functools.lru_cache(maxsize=1)
def _partitive_kinds() -> tuple:
    """The kinds of business a partitive phrase may pick names from (`listed_kinds`, `subsidiary_words`,
    `partitive_counterparties`), and with 들."""
    kinds = [*cues()["listed_kinds"], *cues()["subsidiary_words"], *cues()["partitive_counterparties"]]
    return tuple(kinds + [k + "들" for k in kinds])


@functools.lru_cache(maxsize=1)
def _partitive_markers() -> tuple:
    """The words that pick names from a kind of business, after a space, as one pattern (the text scanned once), and
    each one's (endings, the letters after it): the partitive words (`가운데서는`, `중`) and the contributions a kind of
    business makes (`기업 기부로는`: `contribution_words`)."""
    c, markers = cues(), {}
    for words, endings in ((c["partitive_words"], c["partitive_endings"]), (c["contribution_words"], c["contribution_endings"])):
        nexts = frozenset({" "} | {ending[:1] for ending in endings if ending})  # (a space or an ending's first letter)
        markers.update((word, (frozenset(endings), nexts)) for word in words)
    return re.compile(" (" + alternation(sorted(markers, key=len, reverse=True)) + ")"), markers


def _partitive(context: Context, found_words: Words, rule_id: str) -> list:
    """The names after a kind of business and a partitive word (`지역 기업 가운데서는 누리에너지가 5억 원, 한빛정밀이
    3억 원을`, `자회사 중 누리로그는`; `partitive_words`), or a contribution of that kind topicalized (`기업 기부로는
    누리정밀이 50억 원을`; `contribution_words`): picked from businesses of that kind, they are businesses; each a
    topic or subject, the first right after the phrase, the others after a figure and a comma; a proper noun, a common
    noun kiwipiepy took an unknown name for, or a word ending in an organization suffix; no person, place or market."""
    c, text, mentions = cues(), context.text, []
    kinds = _partitive_kinds()
    pattern, markers = _partitive_markers()
    for match in pattern.finditer(text):  # (one scan in C: few texts pick names so)
        marker, start = match.group(1), match.start(1)
        endings, nexts = markers[marker]
        if text[start + len(marker):start + len(marker) + 1] not in nexts:  # (cheap first: `중국`, `중소` go)
            continue
        index, word = found_words.at(start)
        if word is None or index < 1 or text[start + len(marker):word.end] not in endings:
            continue
        before, first = found_words[index - 1], found_words[index + 1]
        if before is None or before.end + 1 != start or not text.endswith(kinds, before.start, before.end) \
                or first is None or first.start != word.end + 1:
            continue
        item = _after_place(context, found_words, index + 1)
        while item > 0:
            named = found_words[item]
            if named is None or not named.size or _particles_after(named) not in _TOPIC_PARTICLES \
                    or not _picked_name(context, found_words, item, named):
                break
            mentions.append(_mention(context, named.start, named.name_end, rule_id))
            figure = _FIGURE_WORD.match(text, named.end + 1)  # (the next item after its figure and a comma)
            item = found_words.at(figure.end() + 2)[0] if figure and text.startswith(", ", figure.end()) \
                else _next_clause(context, found_words, item)
            item = _after_place(context, found_words, item) if item > 0 else item
    return mentions


def _particles_after(word: Word) -> list:
    """The forms after a word's name part and its gloss (`미쓰이OSK라인(MOL)이`: [이])."""
    rest = word.tokens[word.size:]
    if word.gloss:
        rest = [t for t in rest if t.start >= word.gloss[1]]
    return [t.form for t in rest]


def _after_place(context: Context, found_words: Words, index: int) -> int:
    """The word after `index` where `index` is a place written before a name, bare or with 의 (`일본 미쓰이OSK라인이`: a
    buyer's country, `안산의 한빛정밀이`: a firm's town; outside its span), else `index`."""
    word = found_words[index] if 0 <= index < len(found_words) else None
    if word is not None and (word.bare or _particles_after(word) == ["의"]) and _is_place(context, word) \
            and index + 1 < len(found_words) \
            and found_words[index + 1] is not None and found_words[index + 1].start == word.end + 1:
        return index + 1
    return index


# The most words a partitive phrase's item's clause may run on past its figure to the comma before the next item (`발주처
# 가운데는 A가 6척으로 가장 많았고, B가 컨테이너선 5척을, …`).
_CLAUSE_WORDS = 6


def _next_clause(context: Context, found_words: Words, item: int) -> int:
    """The word after the comma that ends an item's clause, a figure in it, within `_CLAUSE_WORDS` words (`A가 6척으로 가장
    많았고, B가 …`, `A가 컨테이너선 5척을, B가 …`), in the same sentence; else -1."""
    text, figure = context.text, False
    for index in range(item + 1, min(item + 1 + _CLAUSE_WORDS, len(found_words) - 1)):
        word = found_words[index]
        if word is None:
            return -1
        figure = figure or word.tokens[0].tag == "SN"
        if text.startswith(", ", word.end) and not word.tokens[-1].tag.startswith("EF"):
            return found_words.at(word.end + 2)[0] if figure else -1
    return -1


def _picked_name(context: Context, found_words: Words, index: int, word: Word) -> bool:
    """An item a partitive phrase picks is a name (`_series_name`), or a word of nouns of three letters or more that
    kiwipiepy reads as no one noun it knows (`누리로그`: 누리+로그; not `대부분`, `절반`, `일부`), no generic word, place,
    person or kind of business (`중소기업`)."""
    if _series_name(context, found_words, index, word):
        return True
    name, c = _text(context, word.start, word.name_end), cues()
    return len(name) >= 3 and word.name_tags() <= {"NNG", "NNP"} and not _one_known_noun(name) \
        and name not in c["generic"] and name not in c["places"] and not name.endswith(_partitive_kinds()) \
        and not _market(name) and not _is_person(context, word, found_words[index + 1])


@functools.lru_cache(maxsize=4096)
def _one_known_noun(name: str) -> bool:
    """Read alone, the word is one noun kiwipiepy knows, maybe with a prefix or a suffix (`상당수`, `대`+`부분`,
    `상위`+`권`)."""
    from ..segment import kiwi  # (the stage's one Kiwi, already built)

    tokens = kiwi().tokenize(name)
    return all(t.tag in ("NNG", "XPN", "XSN") and not t.oov for t in tokens) and sum(t.tag == "NNG" for t in tokens) == 1


def _state_government(context: Context, found_words: Words, rule_id: str) -> list:
    """A state's government, written as a word after the state's name (`오리건 주정부는`; `state_governments`): the
    state's name and the word are one name, the state a proper noun (a place: it is the government's name here)."""
    c, text, mentions = cues(), context.text, []
    for written in c["state_governments"]:
        at = text.find(" " + written)
        while at >= 0:
            start, at = at + 1, text.find(" " + written, at + 1)
            index, word = found_words.at(start)
            if word is None or index < 1 or text[word.start:word.name_end] != written:
                continue
            state = found_words[index - 1]
            if state is not None and state.bare and state.size and state.end + 1 == start \
                    and (_state_name(state) if written in c["state_words"]
                         else state.name_tags() <= {"NNP", "SL"} and state.name_end - state.start >= 2):
                mentions.append(_mention(context, state.start, word.name_end, rule_id, org_type="government"))
    return mentions


def _state_name(word: Word) -> bool:
    """A state's name written with 주 after it: a proper noun of two letters or more and 주 (`켄터키`+`주`), or one proper noun
    of three letters or more ending so (`캘리포니아주`); not a Korean city or a country, `광주`, `전주`, `호주`."""
    tokens = word.tokens[:word.size]
    if len(tokens) == 1:
        return tokens[0].tag == "NNP" and len(tokens[0].form) >= 3 and tokens[0].form[-1] == "주" \
            and tokens[0].form not in cues()["places"]
    return len(tokens) == 2 and tokens[0].tag == "NNP" and len(tokens[0].form) >= 2 and tokens[1].form == "주" \
        and tokens[1].start == tokens[0].end


# A rank after the names ranked ahead (`3위를`, `4위다`, `3위였다`, `2위 자리`), not a word in 위 (`위원회`, `위치`, `위안`).
_RANK_AFTER = regex.compile(r"(?<![0-9.,])[0-9]{1,2}위(?![원치험상기안탁반협해조])")


def _ranked_ahead(context: Context, found_words: Words, rule_id: str) -> list:
    """The names ranked ahead of a business in a ranking of businesses' figures, before `에 이어` and a rank in its clause
    (`480만 명으로 넷플릭스, 티빙, 쿠팡플레이에 이어 4위다`, `한빛(25.3%)에 이어 누리식품이 11.8%로 3위였다`;
    `ranked_ahead`): peers of the ranked, businesses too, where the sentence ranks a business's figures (`headline_business`
    in it, before the rank). A proper noun or a noun kiwipiepy does not know; no person, place,
    market or time (`지난해에 이어 2위`, `미국, 중국에 이어 3위`)."""
    text, c, mentions = context.text, cues(), []
    for phrase in c["ranked_ahead"]:
        at = text.find(phrase)
        while at >= 0:
            particle, at = at, text.find(phrase, at + 1)
            after = particle + len(phrase)
            # (the clause's end: a sentence's, not a decimal point's, `11.8%로 3위`)
            stop = sentence_stop(text, after)
            rank = _RANK_AFTER.search(text, after, min(stop, after + 40))
            if rank is None:
                continue
            index = bisect.bisect_right(found_words.starts, particle) - 1
            word = found_words[index] if index >= 0 else None
            # (the particle may follow a figure in parentheses: `비트누리(18.1%)에`)
            if word is None or not word.size or word.end != particle + 1 or word.tokens[-1].form != "에" \
                    or len(word.tokens) > word.size + 1 and word.gloss is None:
                continue
            run = [found_words[i] for i in _list_run(text, found_words, index)]
            sentence = sentence_start(text, run[0].start)
            window = text[sentence:rank.end()]
            if not any(figure in window for figure in c["headline_business"]):
                continue
            for item in run:
                name = _text(context, item.start, name_end(context, item))
                if name[-1].isdigit() or name in c["adverbial_nouns"] or _korean_name(name) \
                        or _is_person(context, item, None) or not _figure_item(context, item, name) \
                        or not _proper_or_unknown(context, item, name):
                    continue
                mentions.append(_mention(context, item.start, name_end(context, item), rule_id))
    return mentions


def _ranking_leader(context: Context, found_words: Words, rule_id: str) -> list:
    """The first of a ranking that breaks a figure down by a kind of business (`구단별로는 FC서울이 평균 2만 5,311명으로
    가장 많았고`, `운영사별 처리 물량은 신항의 부산신항만(PNC)이 612만 TEU로 가장 많았고`; `per_business`,
    `ranking_leads`): the topic or subject that leads with the top figure is a business of that kind (its followers are its
    peers, org.figure_list). A proper noun or a noun kiwipiepy does not know; no person, place, market or time."""
    text, c, mentions = context.text, cues(), []
    # (only the sentences that break a figure down by a kind of business are searched, from the breakdown on)
    for match in (m for span in _breakdowns(text) for m in _leader_pattern().finditer(text, *span)):
        particle = match.start()
        index = bisect.bisect_right(found_words.starts, particle - 1) - 1
        word = found_words[index] if index >= 0 else None
        # (the particle may follow a gloss in parentheses: `부산신항만(PNC)이`)
        if word is None or not word.size or word.end != particle + 1 or word.tokens[-1].form not in ("이", "가", "은", "는") \
                or len(word.tokens) > word.size + 1 and word.gloss is None or not _per_business(context, word.start):
            continue
        name = _text(context, word.start, name_end(context, word))
        if name[-1].isdigit() or name in c["adverbial_nouns"] or _korean_name(name) or _is_person(context, word, None) \
                or not _figure_item(context, word, name) or not _proper_or_unknown(context, word, name):
            continue
        # (a name of two words, its first a bare proper noun or Latin letters: `LG 트윈스가`; not a place, `중국 CATL이`)
        before = found_words[index - 1] if index > 0 else None
        start = word.start
        if before is not None and before.size and before.bare and before.end + 1 == word.start \
                and before.name_tags() <= {"NNP", "SL"} and not _is_place(context, before):
            start = before.start
        mentions.append(_mention(context, start, name_end(context, word), rule_id))
    return mentions


@functools.lru_cache(maxsize=1)
def _leader_pattern():
    """A topic's or subject's particle, at most one word (`경기당`, `평균`), a figure and 로, then a word that makes it the
    ranking's first (`가장`, `1위`): the particle's letter is where the match starts. (A Latin unit is glued to 로: `612만
    TEU로`.)"""
    leads = alternation(cues()["ranking_leads"])
    return regex.compile(rf"(?<=\S)[이가은는] (?:\p{{Hangul}}{{1,4}} )?(?:{_FIGURE_WORD.pattern})(?: ?[A-Z]{{2,4}})?(?:으로|로) (?:{leads})")


@functools.lru_cache(maxsize=1)
def _publishing_gap():
    """What may stand between a report's publisher and the verb, read backwards from the verb: a day (`12일`, `지난 18일`)
    or a time word (`최근`, `앞서`), then the subject particle."""
    times = alternation(cues()["publishing_times"])
    return regex.compile(rf"[이가] (?:(?:지난 )?[0-9]{{1,2}}일 |(?:{times}) )?$")


def _publisher(context: Context, found_words: Words, rule_id: str) -> list:
    """The subject of a verb of publishing whose object is a report or statistic (`통계청이 12일 발표한 '10월 고용동향'에`,
    `카날리스(Canalys)가 최근 발표한 보고서에`; `publishing`, `publications`): the body that publishes it. A proper noun, a
    compound that starts with one (`한국`+`부동산`+`원`), a noun kiwipiepy does not know, or a common noun ending in an
    organization's suffix after a stem (`통계청`); no person, place or generic word (`정부가`, `회사가`)."""
    text, c, mentions = context.text, cues(), []
    for verb in c["publishing"]:
        at = text.find(" " + verb + " ")
        while at >= 0:
            verb_at, at = at + 1, text.find(" " + verb + " ", at + 1)
            after = verb_at + len(verb) + 1
            stop = sentence_stop(text, after)
            if not any(word in text[after:min(stop, after + 30)] for word in c["publications"]):
                continue
            gap = _publishing_gap().search(text, max(0, verb_at - 12), verb_at)
            if gap is None:
                continue
            index = bisect.bisect_right(found_words.starts, gap.start()) - 1
            word = found_words[index] if index >= 0 else None
            if word is None or not word.size or word.end != gap.start() + 1 or word.tokens[-1].tag != "JKS":
                continue
            name = _text(context, word.start, word.name_end)
            first = word.tokens[0].tag
            if name in c["generic"] or name in c["places"] or _korean_name(name) or _is_person(context, word, None) \
                    or name[-1].isdigit():
                continue
            if _is_proper(context, word) or word.size >= 2 and first == "NNP" and _HANGUL.fullmatch(name) \
                    or word.size == 1 and first == "NNG" and (_unknown_noun(name) or len(suffix_of(name)) < len(name) - 1
                                                           and suffix_of(name) != ""):
                mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


# What may stand before a source at the start of its clause: the line's or sentence's start, a day (`21일`) or `한편`.
_CLAUSE_OPENING = regex.compile(r"(?:^|\n|[.!?][\"'”’]?\s|[0-9]{1,2}일\s|한편\s)$")


def _source_name(name: str, word: Word, c: dict) -> str:
    """The type a source's name shows, or "" for none: an organization's suffix after a stem of two letters or more
    (`방위사업청`, `전력거래소`, `환경부`, the one-letter ones too), or Hangul glued to Latin letters or digits (`부동산R114`),
    as no common noun is written."""
    suffix = suffix_of(name) or (name[-1] if name[-1] in c["short"] else "")
    if suffix and len(name) - len(suffix) >= 2 and name not in c["not_ministries"]:
        return c["suffix_type"].get(suffix) or c["short"][suffix]
    tags = {t.tag for t in word.tokens[:word.size]}
    return "company" if _HANGUL.search(name) and tags & {"SL", "SN"} and tags & {"NNG", "NNP"} else ""


def _cited_source(context: Context, found_words: Words, rule_id: str) -> list:
    """The word that opens a clause before `에 따르면` or `에 의하면` (`according`; `한국방위산업진흥회에 따르면 올해 …`,
    `21일 부동산R114에 따르면`): the source of the figures that follow, an organization where its name shows one
    (`_source_name`); a report or a trade before it is no name (`업계에 따르면`, `통계에 따르면`: no suffix), nor one
    after a modifier (`발표한 자료에 따르면`: not at the clause's start). With no list, 20 of 20 it finds in the read sets are
    gold ORG."""
    text, c, mentions = context.text, cues(), []
    for verb in c["according"]:
        at = text.find("에 " + verb + "면")  # (`따르면`, `의하면`: a source; not `규정에 따라`, in accordance with)
        while at >= 0:
            end, at = at, text.find("에 " + verb + "면", at + 1)
            index = bisect.bisect_right(found_words.starts, end) - 1
            word = found_words[index] if index >= 0 else None
            if word is None or not word.size or word.name_end != end or not _source(found_words, index) \
                    or not _CLAUSE_OPENING.search(text, max(0, word.start - 4), word.start):
                continue
            name = _text(context, word.start, word.name_end)
            if name in c["generic"] or name in c["places"] or _korean_name(name) or _is_person(context, word, None):
                continue
            kind = _source_name(name, word, c)
            if kind:
                mentions.append(_mention(context, word.start, word.name_end, rule_id, org_type=kind))
    return mentions


@functools.lru_cache(maxsize=1)
def _store_count():
    """A count of stores right after the store word (`매장 340곳`, `점포 1만 2,000개`, `매장 3천500개`: `store_counts`)."""
    return regex.compile(rf" [0-9][0-9,.]*(?:[만천] ?[0-9,]*)?(?:{alternation(cues()['store_counts'])})")


def _retailer(context: Context, found_words: Words, rule_id: str) -> list:
    """A retailer or platform: the names right before a word of stores with their count after it (`코스트코 매장 340곳에서`,
    `한빛마트와 누리마트 등 매장 4,800곳에`: `store_words`), or right before `입점` (`아마존 입점 제품`: `entering`). A
    proper noun or a noun kiwipiepy does not know; no person, place, market or generic word (`중국 매장 40곳`, `오프라인
    매장`, `대형마트 입점`)."""
    text, c, mentions = context.text, cues(), []
    for cue in c["store_words"] + c["entering"]:
        at = text.find(" " + cue)
        while at >= 0:
            cue_at, at = at + 1, text.find(" " + cue, at + 1)
            if cue in c["store_words"] and not _store_count().match(text, cue_at + len(cue)):
                continue
            index, word = found_words.at(cue_at)
            if word is None or not word.size or word.tokens[0].form != cue:
                continue
            last = index - 1
            # (`A와 B 등 매장`: the list ends before 등)
            if found_words[last] is not None and [t.form for t in found_words[last].tokens] == ["등"] \
                    and found_words[last].end + 1 == found_words[last + 1].start:
                last -= 1
            item = found_words[last]
            if item is None or not item.size or not item.bare or item.end + 1 != found_words[last + 1].start:
                continue
            for i in _list_run(text, found_words, last):
                item = found_words[i]
                name = _text(context, item.start, name_end(context, item))
                if name in c["generic"] or _titled_person(context, found_words, item, name) \
                        or not _figure_item(context, item, name) \
                        or not _proper_or_unknown(context, item, name):
                    continue
                mentions.append(_mention(context, item.start, name_end(context, item), rule_id))
    return mentions


def _supplied(context: Context, found_words: Words, rule_id: str) -> list:
    """The customer a business supplies: a name with 에 at most three words before a verb of supplying in its clause
    (`미국 엔비디아에 HBM4 제품을 공급하고`, `누리차에 시트 부품을 납품하는 협력사`: `supplying`). A proper noun or a noun
    kiwipiepy does not know; no person, place or market (`대구에 가스를 공급한`, `매장 3,200곳에`)."""
    text, c, mentions = context.text, cues(), []
    for verb in c["supplying"]:
        at = text.find(verb)
        while at >= 0:
            verb_at, at = at, text.find(verb, at + 1)
            index, word = found_words.at(verb_at)
            if word is None or len(word.tokens) < 2 or word.tokens[0].form != verb or word.tokens[1].tag != "XSV":
                continue
            for back in range(index - 1, max(index - 5, -1), -1):
                item = found_words[back]
                if item is None or text.find(",", item.end, verb_at) >= 0:  # (the clause's start)
                    break
                if item.size and [t.form for t in item.tokens[item.size:]] == ["에"]:
                    name = _text(context, item.start, item.name_end)
                    if (_is_proper(context, item) or item.size == 1 and item.tokens[0].tag == "NNG" and _unknown_noun(name)) \
                            and name not in c["generic"] and name not in c["places"] and not name[-1].isdigit() \
                            and not _titled_person(context, found_words, item, name):
                        mentions.append(_mention(context, item.start, item.name_end, rule_id))
                    break
    return mentions


# The particles after a business abroad named right after its country (`org.abroad`): it acts or partners; not 에, 에서 or
# 의, after which a region abroad no list holds is as likely (`일본 후쿠오카에`, `중국 광둥의 공장`).
_ABROAD_PARTICLES = frozenset({"은", "는", "이", "가", "과", "와"})
# ... and the endings of a region's name abroad (`텍사스주`, `광둥성`, `아이치현`), none a business's.
_REGION_ENDINGS = ("시", "군", "주", "성", "현")
# ... and the words of a kind of business, after a common noun no name (`일본 화학사와`, `중국 배터리업체가`).
_KIND_ENDINGS = ("사", "업체", "기업", "회사")


def _abroad(context: Context, found_words: Words, rule_id: str) -> list:
    """A business abroad named right after its country, which stays outside the span (`독일 베링거인겔하임과 라이선스 계약을`,
    `일본 고마쓰가 점유율 약`, `중국 CATL과 BYD가`, `일본 후지TV는`): the topic, subject, partner or owner. A proper noun or a
    noun kiwipiepy does not know, two letters or more, in a sentence with a word of a deal or a market (`abroad_business`);
    no place (nor one listed with a place, `일본 후쿠오카와 부산을`), titled person, market, generic word or kind of business
    (`일본 화학사와`); a country of one
    letter (`미`, `중`) is no such word."""
    c, mentions = cues(), []
    countries = c["foreign_places"]
    for index in found_words.proper:
        country = found_words[index]
        if not country.bare or country.name_end - country.start < 2 or _text(context, country.start, country.name_end) not in countries:
            continue
        word = found_words[index + 1]
        if word is None or not word.size or word.start != country.end + 1 or word.bare \
                or word.tokens[word.size].form not in _ABROAD_PARTICLES:
            continue
        name = _text(context, word.start, word.name_end)
        # (a person's title after it, not a Korean name's shape: no Korean is named right after a country abroad, `일본 고마쓰가`)
        if len(name) < 2 or name[-1].isdigit() or name.endswith(_REGION_ENDINGS) or name in c["places"] or name in c["generic"] \
                or _market(name) or not _proper_or_unknown(context, word, name) or _person_titled(found_words, index + 1, c):
            continue
        kind = next((k for k in _KIND_ENDINGS if name.endswith(k)), "")
        if kind and common_compound(name[:-len(kind)], 1):
            continue
        partner = found_words[index + 2] if word.tokens[word.size].form in c["partner_particles"] else None
        if _is_place(context, partner):  # (listed with a place it is one: `일본 후쿠오카와 부산을 잇는`)
            continue
        text = context.text
        sentence = text[sentence_start(text, word.start):sentence_stop(text, word.end)]
        if not any(cue in sentence for cue in c["abroad_business"]):
            continue
        mentions.append(_mention(context, word.start, word.name_end, rule_id, org_type="company"))
    return mentions


def _industry_rank(context: Context, found_words: Words, rule_id: str) -> list:
    """The business ranked after a word that ranks businesses (`업계 1위 배달의민족은`: `industry_ranks`), and the one after
    another rank later in that sentence (`…, 2위 쿠팡이츠는`). The written word before its particles, so a name with 의
    glued inside it stays whole (`배달의민족`); a proper noun, a noun kiwipiepy does not know or such a compound, no person,
    place, market or generic word (`업계 1위 자리를`, `업계 1위 업체`)."""
    text, c, mentions = context.text, cues(), []
    for cue in c["industry_ranks"]:
        at = text.find(cue + " ")
        while at >= 0:
            after, at = at + len(cue) + 1, text.find(cue + " ", at + 1)
            rank = _INDUSTRY_RANK.match(text, after)
            if rank is None:
                continue
            stop = sentence_stop(text, after)
            ranks = [rank.end()] + [r.end() for r in _INDUSTRY_RANK.finditer(text, rank.end(), stop)]
            for start in ranks:
                index, word = found_words.at(start)
                if word is None or not word.tokens or word.tokens[-1].tag[0] != "J" or word.end > stop:
                    continue
                # (a figure or an alias in parentheses after the name ends it, `1위 파리바게뜨(7억 8천만 원)와`, else its
                # particles, one or two, `1위인 네이버웹툰과의`)
                last = len(word.tokens) - 1
                if last > word.size and word.tokens[last - 1].tag[0] == "J":
                    last -= 1
                end = word.gloss[0] if word.gloss is not None else word.tokens[last].start
                name = text[start:end]
                inside = [t for t in word.tokens if t.start < end]
                glued = len(inside) == 3 and inside[1].form == "의" and all(t.tag in ("NNG", "NNP") for t in inside[::2])
                if not name or name in c["generic"] or name in c["places"] or _market(name) \
                        or _titled_person(context, found_words, word, name) \
                        or not (glued or end == word.name_end and (_proper_or_unknown(context, word, name) or _latin_inside(word))):
                    continue
                mentions.append(_mention(context, start, end, rule_id))
    return mentions


def _latin_inside(word: Word) -> bool:
    """Latin letters between Hangul nouns in the name part make it a brand's name, whatever kiwipiepy tags the Hangul
    (`메가MGC커피`: NNG, SL, NNG)."""
    tags = [t.tag for t in word.tokens[:word.size]]
    return len(tags) >= 3 and "SL" in tags[1:-1] and tags[0] != "SL" and tags[-1] != "SL" \
        and all(tag in ("NNG", "NNP", "SL") for tag in tags)


def _titled_person(context: Context, found_words: Words, word: Word, name: str) -> bool:
    """The word reads as a person: a title after it, or a Korean name's shape where the story gives that name a title
    (`현대차` is shaped like one, and no one is titled so)."""
    return _is_person(context, word, None) and not (_korean_name(name) and not _titled(context, found_words, name))


def also_local_gov(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A city or county of `local_governments` with 도 (also) as the topic of the sentence right after one whose topic or
    subject is a government found (`경기도는 … 18억 원을 투입했다. 화성시도 … 6억 원을 보탰다`): it does the same, as its
    government (as `org.local_gov`'s cities that act)."""
    c, ends, added = cues(), [s.end for s in context.sentences], []
    governments = [m for m in mentions if m.org_type in ("local_government", "government")]
    if not governments:  # (cheap first: most documents have no government acting)
        return added
    found = Spans((m.start, m.end) for m in mentions)
    for index in found_words.proper:
        word = found_words[index]
        if found_words[index - 1] is not None or len(word.tokens) != word.size + 1 or word.tokens[-1].form != "도":
            continue  # (the sentence's first word, with 도 alone after it)
        name = _text(context, word.start, word.name_end)
        if name not in c["local_governments"] or found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
            continue
        sentence = bisect.bisect_right(ends, word.start)  # (the sentence before ends before the word)
        previous_start = ends[sentence - 2] if sentence >= 2 else 0
        if any(previous_start <= m.start and m.end < word.start and [context.text[m.end:m.end + 1]] in _TOPIC_PARTICLES
               for m in governments):
            added.append(_mention(context, word.start, word.name_end, rule_id, org_type="local_government"))
    return added


# A name in Latin capitals (and `&`), as a group's initials or a company's acronym are written (`SBS`, `M&C`).
_LATIN_CAPITALS = regex.compile(r"[A-Z][A-Z&]{1,7}")


def group_latin(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A gazetteer name in Latin capitals and, after one space, an acronym in Latin capitals the rules found as an
    organization of its own (`한빛 M&C 관계자` after `한빛`'s initials: `SBS M&C`): the group's company, one name
    (settled longest first, it replaces the two)."""
    text, added = context.text, []
    starts = {m.start: m for m in mentions if m.rule_id != "org.gazetteer"}
    if not starts:  # (cheap first: most organizations are the gazetteer's)
        return added
    for m in mentions:
        other = starts.get(m.end + 1)
        if other is not None and m.rule_id == "org.gazetteer" and text[m.end] == " " \
                and _LATIN_CAPITALS.fullmatch(m.text) and _LATIN_CAPITALS.fullmatch(other.text):
            added.append(_mention(context, m.start, other.end, rule_id, org_type="company"))
    return added


def siblings(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """A financial group's other names: where a name of a `sibling_types` type ends in one of `sibling_suffixes`
    (`누리은행`), the same stem glued to another of them (`누리카드`, `누리금융지주`, `누리금융`) is a name of the same
    family, however kiwipiepy reads the stem (a common noun `누리` there). The stem is two Hangul letters or more, no
    place and no generic word (`한국`+`투자증권` gives none)."""
    c, text, added = cues(), context.text, []
    stems = set()
    for m in mentions:
        if m.org_type in c["sibling_types"] and " " not in m.text:
            suffix = next((s for s in c["sibling_suffixes"] if m.text.endswith(s)), "")
            stem = m.text[:len(m.text) - len(suffix)]
            if suffix and len(stem) >= 2 and _HANGUL.fullmatch(stem) and stem not in c["places"] and stem not in c["generic"]:
                stems.add(stem)
    if not stems:
        return added
    found = Spans((m.start, m.end) for m in mentions)
    for stem in stems:
        for at in regex.finditer(regex.escape(stem), text):
            at = at.start()
            if at and _HANGUL.match(text, at - 1):
                continue  # (inside a word)
            # (read off the text, not kiwipiepy's words: it reads `하나로금융` as 하나/NR+로/JKB+금융, `한마음` as 하+ᆫ+마음)
            rest = next((x for x in c["sibling_suffixes"] if text.startswith(x, at + len(stem))), "")
            end = at + len(stem) + len(rest)
            if not rest or not _name_ends(text, found_words, end) \
                    or found.any(lambda s, e: s < end and at < e, at, end):
                continue
            added.append(_mention(context, at, end, rule_id, org_type=c["suffix_type"].get(rest) or "financial"))
    return added


def _name_ends(text: str, found_words: Words, end: int) -> bool:
    """A name ends at `end`: no letter follows, or only particles (and a copula's endings) of the word that holds it
    (`누리카드는`), not a longer noun (`누리카드사업`)."""
    if end >= len(text) or not _HANGUL.match(text, end):
        return True
    last = bisect.bisect_right(found_words.starts, end - 1) - 1
    for index in range(last, max(-1, last - 3), -1):  # (kiwipiepy's words may overlap: `냈`, `냈다`)
        word = found_words[index]
        if word is not None and word.end > end:
            rest = [t for t in word.tokens if t.end > end]
            return bool(rest) and rest[0].start == end and all(t.tag[0] in "JE" or t.tag == "VCP" for t in rest)
    return False


RULES = (
    WordRule("org.gazetteer", _gazetteer),
    WordRule("org.suffix", _suffix),
    WordRule("org.group_company", _group_company),
    WordRule("org.group_affiliate", _group_affiliate),
    WordRule("org.english", _english),
    WordRule("org.cue", _cue),
    WordRule("org.affiliation", _affiliation),
    WordRule("org.match", _match),
    WordRule("org.reporting", _reporting),
    WordRule("org.local_gov", _local_gov),
    WordRule("org.ministry", _ministry),
    WordRule("org.byline", _byline),
    WordRule("org.intro", _intro),
    WordRule("org.intro_split", _intro_split),
    WordRule("org.company_name", _company_name),
    WordRule("org.coordination", _coordination),
    WordRule("org.gov_unit", _gov_unit),
    WordRule("org.suffix_cue", _suffix_cue),
    WordRule("org.common_name", _common_name),
    WordRule("org.headline", _headline),
    WordRule("org.figure_subject", _figure_subject),
    WordRule("org.hanja_suffix", _hanja_suffix),
    WordRule("org.partitive", _partitive),
    WordRule("org.state_government", _state_government),
    WordRule("org.breakdown_subject", _breakdown_subjects),
    WordRule("org.ranked_ahead", _ranked_ahead),
    WordRule("org.publisher", _publisher),
    WordRule("org.cited_source", _cited_source),
    WordRule("org.retailer", _retailer),
    WordRule("org.supplied", _supplied),
    WordRule("org.industry_rank", _industry_rank),
    WordRule("org.abroad", _abroad),
    WordRule("org.ranking_leader", _ranking_leader),
    WordRule("org.defined", _defined),
    # (after the rules that read a name's place in its sentence: where they find the same name, theirs is the reading)
    WordRule("org.shaped_subject", _shaped_subject),
)
# Run on the mentions the word rules found and the filters kept.
KEPT_RULES = (KeptRule("org.kind_list", kind_lists), KeptRule("org.group_brand", group_brands), KeptRule("org.list", list_items), KeptRule("org.figure_list", figure_lists),
              KeptRule("org.peer_list", peer_lists),
              KeptRule("org.topic_series", topic_series), KeptRule("org.subject_series", subject_series), KeptRule("org.peer_series", peer_series),
              KeptRule("org.headline_local_gov", headline_local_gov),
              KeptRule("org.joint_local_gov", joint_local_gov), KeptRule("org.also_local_gov", also_local_gov),
              KeptRule("org.group_latin", group_latin), KeptRule("org.sibling", siblings),
              KeptRule("org.short_form", short_forms), KeptRule("org.gloss_acronym", gloss_acronyms),
              KeptRule("org.repeat", repeated_names), KeptRule("org.opponent", opponents))


def rules() -> tuple:
    """The ORG rules: word rules, then the rules over what they kept."""
    return RULES + KEPT_RULES
