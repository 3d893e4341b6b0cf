"""How Korean news introduces an organization, as rules: bylines and credits (`org.byline`),
introductions and stock codes (`org.intro`, `org.intro_split`), lists ending in an organization noun
(`org.coordination`), units of a named place's government (`org.gov_unit`) and short forms of
a name written in full (`org.short_form`)."""
from __future__ import annotations

import bisect
import functools
import re

import regex

from ..overlap import Spans
from ..rules import Context, _stretches, alternation, ends_word, literal_spans, matches_from, regions
from .lexicon import compact, cues, gazetteer_by_name, long_suffix_forms, place_facility, suffix_file, suffix_of
from .resolve import canonical_spacing, local_government
from .mention import (common_compound, _TOPIC_PARTICLES, _is_person, _korean_name, _list_run, _market, _mention, _norm_index, _text, _unknown_noun, name_end,
                      particle_in_noun, word_before_space)
from .words import PROPER_TAGS, Words


@functools.lru_cache(maxsize=1)
def _byline_pattern():
    """Bylines, datelines, credits and copyright lines (org_suffixes.yaml `structural`), the
    organization in the group `name`: (signs, pattern) pairs — a pattern is searched only around its signs,
    plain strings all found in one pass (`_sign_pass`)."""
    s = structural_words()
    name = r"(?P<name>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9&]{1,24})"
    person = r"\p{Hangul}{2,4}(?:\s?[·,]\s?\p{Hangul}{2,4})*"
    titles = alternation(s["reporter_titles"])
    credits = alternation(s["credits"], optional_spaces=True)
    marks = "[" + "".join(regex.escape(m) for m in s["credit_marks"]) + "＝：]"
    # (sign, pattern): each pattern is searched only in a text where its cheap sign is.
    bylines = regex.compile("|".join((
        rf"[\[(【]\s*{name}\s*(?:[=＝]|\s)\s*{person}\s*(?:{titles})(?!\p{{Hangul}})",  # [매체 홍길동 기자]
        rf"(?<![\p{{Hangul}}A-Za-z0-9.@/]){name}\s?[=＝]\s?{person}\s?(?:{titles})(?!\p{{Hangul}})",  # 매체=홍길동 기자
        # a line of its own: `매체 홍길동 기자`, maybe an e-mail after it; or the end of a line of its own after
        # the posting time or a bar (`입력 2026.01.15 09:30 | 매체 홍길동 기자`); the line may be set between slashes
        # (`/매체 홍길동 기자/`, holdout110)
        rf"(?:(?m:^)[ \t]*/?|(?<=[|｜][ \t]*)|(?<=\d:\d\d[ \t]+))[ \t]*{name}[ \t]+\p{{Hangul}}{{2,4}}[ \t]?(?:{titles})(?:[ \t]+[\w.\-]+@[\w.\-]+)?[ \t]*/?[ \t]*(?m:$)",
    )), flags=regex.V1)
    # (a credit word, or a copyright mark)
    marks_and_copyright = tuple(w.split(" ")[0] for w in s["credits"]) + ("\u24d2", "\u00a9", "(c)", "(C)")
    return (
        (tuple(s["reporter_titles"]), bylines),
        (("=", "＝"), regex.compile(rf"\(\s*\p{{Hangul}}{{1,8}}\s?[=＝]\s?{name}\s*\)")),  # (서울=매체)
        # a press release's dateline: the place, two dashes and the wire (`서울--(뉴스와이어) 2025년 11월 04일 --`)
        (("--(",), regex.compile(rf"(?<!\p{{Hangul}})\p{{Hangul}}{{1,8}}\s?--\s?\(\s*{name}\s*\)")),
        (marks_and_copyright, regex.compile(
            rf"(?<![\p{{Hangul}}A-Za-z0-9])(?:{credits})\s?{marks}\s?{name}"  # 사진=매체, 출처: 기관
            rf"|(?:{s['copyright']})\s?{name}")),  # ⓒ 매체
    )


@functools.lru_cache(maxsize=1)
def _signoff_pattern():
    """A story's sign-off on a line of its own, the reporter first (`홍길동 매체 기자`): searched apart from the bylines,
    whose line `매체 홍길동 기자` it may also read (the name of four letters or fewer either way)."""
    s = structural_words()
    return regex.compile(rf"(?m:^)[ \t]*(?P<signer>\p{{Hangul}}{{2,4}})[ \t]+(?P<name>[\p{{Hangul}}A-Za-z][\p{{Hangul}}A-Za-z0-9&]{{1,24}})"
                         rf"[ \t]+(?:{alternation(s['reporter_titles'])})(?:[ \t]+[\w.\-]+@[\w.\-]+)?[ \t]*(?m:$)", flags=regex.V1)


@functools.lru_cache(maxsize=1)
def _sign_pass():
    """The plain strings some ORG rules look for through a document's text, each set once a `re` scan of its own
    (several scans of the whole text cost more than one pass, `literal_spans`): the byline patterns' four sets of
    signs, the deals after a space (`cues._unknown_dealt`), the characters of `hanja_suffixes` (`org.hanja_suffix`);
    then the starts of the introducing nouns (`_intro_mark_ends`), of the suffix cues' suffixes (`org.suffix_cue`), and
    of the suffixes' one-letter forms and last two letters (`suffix_tail_ends`)."""
    c = cues()
    suffixes = (suffix for kind in structural_words()["suffix_cues"].values() for suffix in kind["suffixes"])
    return literal_spans(*(signs for signs, _ in _byline_pattern()), tuple(" " + deal for deal in c["deals"]),
                         tuple(c["hanja_suffixes"]),
                         starts_of=(c["intro_nouns"], suffixes, c["one_letter_suffixes"], c["suffix_pairs"]))


@functools.lru_cache(maxsize=1)
def text_signs(text: str) -> tuple:
    """`_sign_pass` of a document's text (its rules ask in turn): the spans of (titles, equals, dashes, credits,
    deals, hanja), each set's as `re.finditer` of its alternation finds them; the starts of (intro nouns, suffixes)."""
    return tuple(_sign_pass()(text))


def suffix_tail_ends(text: str) -> set:
    """The offsets of `text` where a one-letter suffix or a suffix's last two letters end: where a name part ending
    there may end in a suffix (`words`' `suffixed`). Found in the one pass of `text_signs`: a test per word read each
    word's last letter (a new string) and then often its last two, ~30 M instructions a 60-article count."""
    *_, ones, pairs = text_signs(text)
    return {start + 1 for start in ones}.union([start + 2 for start in pairs])


def _byline(context: Context, found_words: Words, rule_id: str) -> list:
    """The outlet or agency in a byline, dateline, credit or copyright line: `[한빛일보 홍길동 기자]`,
    `한빛일보=홍길동 기자`, a line `한빛일보 홍길동 기자`, `(서울=한빛통신)`, `사진=한빛통신`, `자료=통계청`, `ⓒ 한빛일보`,
    `출처: 한빛연구원` — never the person of a credit (`사진=홍길동 기자`) nor an e-mail or web
    domain (`hong@hanbit.co.kr`, `출처: hanbit.com`)."""
    text = context.text
    c, mentions, seen = cues(), [], set()
    titles = structural_forms("reporter_titles")
    (_, bylines), *others = _byline_pattern()
    title_hits, *sign_hits = text_signs(text)[:4]
    # (each pattern only around its signs, as a rule's trigger: `regions`)
    found = [match for hits, (_, pattern) in zip(sign_hits, others) for start, end in _stretches(hits, len(text))
             for match in pattern.finditer(text, start, end)]
    for title_start, title_end in title_hits:  # a byline ends in a reporter's title: search just before each one
        found.extend(bylines.finditer(text, max(0, title_start - 60), title_end + 1))
        found.extend(_signoff_pattern().finditer(text, max(0, title_start - 60), title_end + 1))
    for match in found:
        start, end = match.span("name")
        if start in seen:
            continue
        after = text[end:end + 2]
        if after[:1] in ("@", ".") and after[1:2].isalnum() or text[start - 1:start] in ("@", "."):
            continue  # a domain or an address
        # The name part of the word there: particles and endings stay out.
        _, word = found_words.at(start)
        if word is not None and word.size and word.name_end < end and _cut_off(word, end):
            end = word.name_end
        name = text[start:end]
        signed = match.groupdict().get("signer") is not None  # (the outlet between the reporter and the title)
        if signed and (not _korean_name(match.group("signer")) or name in c["title_qualifiers"]):
            continue  # (the sign-off's reporter is a person's name; `홍길동 수석 기자`: no outlet)
        if len(name) < 2 or _korean_name(name) or name in c["places"] or _market(name) \
                or name in structural_forms("credits") or not signed and text[end:].lstrip().startswith(titles) or name.endswith(titles) \
                or name.endswith(structural_forms("desk_endings")) and any(t in match.group(0) for t in titles) \
                and not _place_ending(name, c):
            continue  # (the last: a desk before its reporter, `사회부 홍길동 기자`; not an outlet named by a country, `스포츠한국`)
        seen.add(start)
        mentions.append(_mention(context, start, end, rule_id))
    return mentions


def _place_ending(name: str, c: dict) -> bool:
    """The name ends in a place's name of two letters or more (`스포츠한국`, `데일리중국`: 국 of a country, no desk's)."""
    return any(name[-n:] in c["places"] for n in range(2, min(len(name) - 1, 5)))


def _cut_off(word, end: int) -> bool:
    """What follows the word's name part up to `end` is a particle or an ending (`한빛일보의`), not a part of
    the outlet's name kiwipiepy read as another word (`중부매일`: 중부 + the adverb 매일)."""
    return any(t.tag[:1] in ("J", "E", "X") for t in word.tokens[word.size:] if t.start < end)


def structural_words() -> dict:
    """The `structural` section of org_suffixes.yaml (cue words of bylines, introductions, lists)."""
    return suffix_file()["structural"]


@functools.lru_cache(maxsize=None)
def structural_forms(key: str) -> tuple:
    """The words of one list of `structural_words`, as a tuple (what `startswith` takes), made once."""
    return tuple(structural_words()[key])


@functools.lru_cache(maxsize=1)
def _stock_code_pattern():
    return regex.compile(structural_words()["stock_code"])


# Six characters in brackets, which every stock code is: its pattern is searched only around these
# (`regions`; one scan in C).
_STOCK_CODE_SIGN = re.compile(r"[\[(].{6}[\])]", re.DOTALL)


_QUOTED = regex.compile(r"\s?['\"‘“「『<《〈]([\p{Hangul}A-Za-z0-9][\p{Hangul}A-Za-z0-9&·. ]{0,24}[\p{Hangul}A-Za-z0-9])['\"’”」』>》〉]")
_OPENING_QUOTES = "'\"‘“「『<《〈"
_QUOTES = frozenset("'\"‘’“”「」『』<>《》〈〉")


def _introduced(before: str, c: dict) -> bool:
    """The word before introduces an organization: a legal entity word (`주식회사`, `법무법인`) or a
    word ending in an introducing noun (`결혼정보회사`, `IT기업`, `전문매체`, `스타트업인`), maybe glossed in brackets before
    the copula (`저비용항공사(LCC)인 ○○`: the gloss abbreviates the kind)."""
    if ")" in before:
        before = _INTRO_GLOSS.sub("", before)
    if before[-1:] == "인" and before[:-1].endswith(c["intro_nouns"]):  # `제약사인 ○○`: the copula
        return True
    return before in c["legal_entities"] or before.endswith(c["intro_nouns"])


def _own_brand(text: str, before_start: int, before: str, c: dict) -> bool:
    """The introducing word is a retailer's own label, maybe glossed (`자체 브랜드(PB) '데일리온리'`): it names goods."""
    bare = _INTRO_GLOSS.sub("", before) if ")" in before else before
    if not bare.endswith(c["own_brand_nouns"]):  # (cheap first)
        return False
    return (text[text.rfind(" ", 0, max(before_start - 1, 0)) + 1:before_start] + bare).endswith(c["own_brands"])


# A gloss in brackets closing an introducing word, before its copula if any (`저비용항공사(LCC)인`).
_INTRO_GLOSS = re.compile(r"\([^()\s]{1,20}\)(?=인?$)")
_OPENING_QUOTE = re.compile("[" + re.escape(_OPENING_QUOTES) + "]")  # (one scan in C for all of them)
_QUOTE_LETTERS = "".join(_QUOTES)
_SPACE_AND_QUOTES = _QUOTES | {" "}  # (what stands between an introducing word and the name)


@functools.lru_cache(maxsize=1)
def _legal_entity_marks() -> tuple:
    """(a legal entity word and a space, its length): the word after it is a candidate name. Every
    such word ends in 법인 or 회사 (checked on load), which `_intro` looks for in the text first."""
    return tuple((entity + " ", len(entity) + 1) for entity in sorted(cues()["legal_entities"]))


def _legal_slot(word, name: str, before: str, c: dict) -> bool:
    """A common noun in the slot after a legal entity word is the entity's name (`법무법인 로고스`),
    unless it is a word about the entity (`주식회사 형태로`, `사단법인 설립`)."""
    return before in c["legal_entities"] and word.size == 1 and word.tokens[0].tag == "NNG" \
        and name not in c["legal_entity_nouns"] and name not in c["org_titles"] and name not in c["titles"]


@functools.lru_cache(maxsize=1)
def _intro_marks():
    """An introducing noun (maybe glossed in brackets, maybe with the copula `인`: `저비용항공사(LCC)인`) and a space: the
    word after it is a candidate name. (By `re`, whose scan skips to the nouns' first letters: a third of `regex`'s time
    over the text.)"""
    return re.compile(rf"(?:{alternation(cues()['intro_nouns'])})(?:\([^()\s]{{1,20}}\))?인? ")


@functools.lru_cache(maxsize=1)
def _intro_mark_ends(text: str) -> tuple:
    """Where the word after each introducing noun starts (`_intro_marks`): the document's text scanned once for
    `org.intro` and `org.intro_split`, which run one after the other on it.

    (What `_intro_marks().finditer(text)` finds, tried only where a noun starts — every mark starts with one: the nouns
    found in one pass, `matches_from`. `re`'s scan tested every letter against the nouns' 67 first letters, 1% of the
    work after tokenization.)"""
    return tuple(mark.end() for mark in matches_from(_intro_marks(), text, text_signs(text)[6]))


# Particles after a name introduced as a compound kiwipiepy split (`스타트업 페이온은`): it acts or owns.
_COMPOUND_PARTICLES = frozenset({"은", "는", "이", "가", "의", "와", "과", "을", "를", "도"})


# ... and, after a word kiwipiepy does not know at all (one common noun out of its dictionary, `테마파크 해오름파크에`), 에 or
# 에서: such a word right after its introduction is the name wherever it stands (a split compound needs an act of giving).
_PLACE_PARTICLES = ("에", "에서")


# ... and 에 before an act of giving to it (`recipient_acts`), within this many letters of its clause.
_RECIPIENT_REACH = 30


def _latin_tailed(word, name: str) -> bool:
    """A Hangul noun with Latin capitals glued after it (`자회사 스튜디오S는`, `운영사 누리AI가`): kiwipiepy reads the
    first part as a common noun, but news writes no common word so; right after its introduction it is the name."""
    tokens = word.tokens[:word.size]
    # (a particle after it, and no common stem before the letters: `스마트TV 매장` is a thing, `suffix_cue_stems`)
    return len(tokens) >= 2 and tokens[-1].tag == "SL" and tokens[-1].form.isupper() and len(name) >= 3 and not word.bare \
        and all(t.tag in ("NNG", "NNP") for t in tokens[:-1]) and tokens[0].form not in structural_forms("suffix_cue_stems")


def _mixed_name(word, name: str, c: dict) -> bool:
    """A name kiwipiepy reads as a common noun glued to a proper noun (`블루`+`하버`): right after its introduction it is
    the name (the first noun no generic word, no line of business, `업체 해외미국법인`), not a place or a market."""
    tokens = word.tokens[:word.size]
    return len(tokens) >= 2 and len(name) >= 3 and tokens[0].tag == "NNG" and all(t.tag in ("NNG", "NNP") for t in tokens) \
        and any(t.tag == "NNP" for t in tokens) and tokens[0].form not in c["generic"] and tokens[0].form not in c["industry_stems"] \
        and name not in c["places"] and not tokens[0].form in c["places"] and not _market(name)


def _unknown_before_business(context: Context, found_words: Words, index: int, name: str, c: dict) -> bool:
    """A word kiwipiepy does not know at all (one common noun out of its dictionary, `골드하버`), a business's suffix written
    as the next word (`유통사 골드하버 트레이딩을`): the name's first word."""
    word = found_words[index]
    return word.size == 1 and word.tokens[0].tag == "NNG" and len(name) >= 3 and name not in c["generic"] \
        and _spaced_business_end(context, word, found_words[index + 1], c) > 0 and _unknown_noun(name)


# The kinds of business a suffix word written after a name makes it (`블루하버 트레이딩`, `한빛 파트너스`).
_SPACED_BUSINESS = frozenset({"company", "financial", "group"})


def _spaced_business_end(context: Context, word, following, c: dict) -> int:
    """End of a business suffix written as the word right after an introduced name (`유통사 블루하버 트레이딩을`: one name of
    two words), a suffix of the `spaced` ones and alone in its word; else 0."""
    if following is None or not following.size or not word.bare or following.start != word.end + 1:
        return 0
    suffix = _text(context, following.start, following.name_end)
    return following.name_end if suffix in c["spaced"] and c["suffix_type"].get(suffix) in _SPACED_BUSINESS else 0


def _recipient(context: Context, word, name: str, c: dict) -> bool:
    """A name kiwipiepy split (as `_split_name` reads it) with 에, an act of giving to it later in its clause
    (`게임사 픽셀하우스에 30억 원을 투자했다`): a business receives the investment."""
    tokens = word.tokens
    if len(tokens) != word.size + 1 or tokens[word.size].form != "에":
        return False
    clause = context.text[word.end:word.end + _RECIPIENT_REACH]
    clause = clause[:min((at for at in (clause.find(m) for m in ".?!\n,") if at >= 0), default=len(clause))]
    return any(act in clause for act in structural_forms("recipient_acts")) and _split_name(word, name, c, ("에",))


def _cited(found_words: Words, index: int, name: str, c: dict) -> bool:
    """A name kiwipiepy split (as `_split_name` reads it) with 에, `따르` as the next word (`데이터 분석 업체 모바일인덱스에
    따르면`): the source cited after its introduction is the business that gave the figures (13 of 13 in the read sets)."""
    word, following = found_words[index], found_words[index + 1]
    tokens = word.tokens
    return len(tokens) == word.size + 1 and tokens[word.size].form == "에" and following is not None \
        and following.tokens[0].form in c["according"] and _split_name(word, name, c, ("에",), cited=True)


def _split_name(word, name: str, c: dict, particles=None, cited: bool = False) -> bool:
    """An unknown name kiwipiepy read as one common noun it does not know (`누리소프트`), or split into
    common nouns (`페이`+`온` of `스타트업 페이온은`, `모아`+`클라우드`): two nouns or more glued, three
    letters or more, one of them a single syllable or writing a foreign sound (a compound of two-syllable words is an everyday one: `기업 가치평가는`,
    `IT기업 인수합병이`), a particle after them; not a word about the business (`관계자`, `대표`, `매출`:
    its last noun) nor a kind of body or people. A source `cited` after its introduction (`_cited`) may be a compound of common
    loanwords too (`시장조사업체 글로벌데이터에 따르면`: 글로벌+데이터), not one ending in a report's noun (`업체 조사결과에 따르면`)."""
    tokens = word.tokens
    if len(tokens) == word.size or tokens[word.size].form not in (particles or _COMPOUND_PARTICLES):
        return False
    if word.size == 1:  # (or one noun kiwipiepy does not know: `스타트업 하우스핏은` read as NNG)
        return tokens[0].tag == "NNG" and len(name) >= 2 and name not in c["intro_noun_set"] and (
            _unknown_noun(name) or _business_suffixed(name, tokens[1].form, c))
    if len(name) < 3 or any(t.tag != "NNG" for t in tokens[:word.size]):
        return False
    foreign = c["foreign_syllables"]
    last, first = tokens[word.size - 1].form, tokens[0].form
    # (... or two nouns of two letters or more ending in a business's suffix, the topic or subject: `경쟁사 세원디스플레이는`,
    # `자회사 미래화학이`; a line of business before it is no name, `industry_stems`: `업체 석유화학은`)
    if c["suffix_type"].get(last) == "company" and tokens[word.size].form in _ACTOR_PARTICLES and tokens[word.size].form != "의" \
            and first not in c["industry_stems"] and first not in c["generic"]:
        return name not in c["generic"] and name not in c["places"]
    if cited and last in c["cited_reports"]:
        return False
    if not cited and not any(len(t.form) == 1 or any(ch in foreign for ch in t.form) for t in tokens[:word.size]):
        return False
    return not (name in c["generic"] or name in c["title_qualifiers"] or first in c["generic"] and not cited
                or last in c["titles"] or last in c["org_titles"] or last in c["after_name"] or last in c["intro_noun_set"]
                or last in c["title_qualifiers"] or name.startswith(c["business_figures"]) or name in c["places"]
                or last in c["figure_endings"]
                or name in c["after_name"])  # (a word of the business's own: `업체 웹사이트에`)


# The particles after a name made of what its business is: it acts or owns (`동행복권은`), not an object (`모바일게임을`).
_ACTOR_PARTICLES = frozenset({"은", "는", "이", "가", "의"})


def _business_suffixed(name: str, particle: str, c: dict) -> bool:
    """One noun that kiwipiepy read whole but that is a word and a company's suffix (`메인 스폰서 청운건설이`: 청운 + 건설), the
    topic or subject: like two such nouns (`_split_name`), a name; its stem two letters or more, no line of business."""
    suffix = suffix_of(name)
    stem = name[:-len(suffix)] if suffix else ""
    return particle in _ACTOR_PARTICLES and particle != "의" and c["suffix_type"].get(suffix) == "company" and len(stem) >= 2 \
        and stem not in c["industry_stems"] and stem not in c["generic"] and name not in c["generic"] and name not in c["places"]


def _business_named(text: str, word, name: str, before_start: int, c: dict) -> bool:
    """A compound of common nouns ending in the word of the business written before the introducing one, a particle after
    it (`복권 수탁사업자 동행복권은`, `택배 업체 한빛택배가`): a name made of what the business is, the topic, subject or
    owner; its stem two letters or more, no generic word (`지역복권`)."""
    tokens = word.tokens
    if word.size < 2 or len(tokens) == word.size or tokens[word.size].form not in _ACTOR_PARTICLES \
            or any(t.tag != "NNG" for t in tokens[:word.size]) or text[before_start - 1:before_start] != " ":
        return False
    business = word_before_space(text, before_start - 1)
    stem = name[:-len(business)] if len(business) >= 2 and name.endswith(business) else ""
    return len(stem) >= 2 and stem not in c["generic"] and tokens[word.size - 1].form == business


def _titled_person(found_words: Words, index: int, c: dict) -> bool:
    """A person's title or 씨 right after word `index`, glued or as the next word (`김철수 대표`; kiwipiepy may
    split a name's last letter into a jamo after it, a word of its own: `최성지`+`ᆫ` `기자`)."""
    word, following = found_words[index], found_words[index + 1]
    rest = word.tokens[word.size:]
    if rest and rest[0].form in c["titles"]:
        return True
    if following is not None and all("\u1100" <= t.form <= "\u11ff" for t in following.tokens):
        following = found_words[index + 2]
    return word.bare and following is not None and following.tokens[0].form in c["titles"]


def _shareholder(before: str) -> bool:
    """The introducing word is a shareholder's (`최대주주 ○○`): a person holds stakes too, so a person's shape after it is a
    person, titled or not (`최대주주 김철수는`)."""
    return before.endswith(structural_forms("shareholder_intros"))


def _intro(context: Context, found_words: Words, rule_id: str) -> list:
    """An organization introduced by what it is, or by its stock code: `결혼정보회사 비에나래`,
    `IT기업 한빛소프트`, `인터넷신문 '한빛소리'`, `주식회사 한빛`, `법무법인 한빛`, `한빛테크[123450]`.
    The name must be a proper noun (or quoted), and no person, place or market."""
    c, text, mentions = cues(), context.text, []
    quotes, starts = _QUOTE_LETTERS, found_words.starts
    # Candidates: proper nouns, the first word inside an opening quote and the word after a legal
    # entity word (all few).
    candidates = set(found_words.proper)
    after_marks = [quote.end() for quote in _OPENING_QUOTE.finditer(text)]
    if "법인" in text or "회사" in text:
        for mark, skip in _legal_entity_marks():
            at = text.find(mark)
            while at >= 0:
                after_marks.append(at + skip)
                at = text.find(mark, at + 1)
    after_marks += _intro_mark_ends(text)  # (a name kiwipiepy split: `스타트업 페이온은`)
    for at in after_marks:
        index = bisect.bisect_left(starts, at)
        if 0 < index < len(starts) - 1 and starts[index] == at:
            candidates.add(index)
    ends = c["intro_ends"]
    for index in sorted(candidates):
        word = found_words[index]
        before_end, letter = word.start, ""
        while before_end > 0 and (letter := text[before_end - 1]) in _SPACE_AND_QUOTES:  # (each letter read once)
            before_end -= 1
        # (cheap first: the written word before ends in an introducing noun's last letter, or 인)
        if before_end < 2 or letter not in ends and letter != ")":  # (`)`: a glossed one, `저비용항공사(LCC) ○○`)
            continue
        # The written word before (kiwipiepy may split `스타트업인` into two of our words).
        before = text[text.rfind(" ", 0, before_end) + 1:before_end]
        introduced = _introduced(before, c)
        if not introduced and not before.endswith(c["operated_intros"]):
            continue
        if introduced and _own_brand(text, before_end - len(before), before, c):
            continue
        quoted = _QUOTED.match(text, before_end)
        if quoted:  # `인터넷신문 '바른목소리'`: the quoted name, whatever its words
            name = quoted.group(1)
            # (only after a compound: a bare noun and a quote is a word in quotes, `업체 '갑질'`)
            if quoted.start(1) == word.start or text[word.start - 1:word.start] in quotes:
                # (... or one the sentence says is run: `프랜차이즈 '한모금'을 운영하는`, a business's brand; an app only so,
                # `배달앱 '배달가온'을 운영하는`: `operated_intros`)
                operated = text.startswith(("을 ", "를 "), quoted.end()) and text.startswith(c["operated"], quoted.end() + 2)
                if not introduced and not operated:
                    continue
                if (before not in c["intro_noun_set"] or operated) and not (
                        _market(name) or name in c["places"] or _korean_name(name) and not operated):
                    mentions.append(_mention(context, quoted.start(1), quoted.end(1), rule_id))
            continue
        if not introduced:  # (an app's unquoted name is no name it introduces)
            continue
        name = _text(context, word.start, word.name_end)
        if not word.size or text[before_end:word.start] != " " or not (
                word.tokens[0].tag in PROPER_TAGS or _legal_slot(word, name, before, c) or _split_name(word, name, c)
                or word.size == 1 and _split_name(word, name, c, _PLACE_PARTICLES) or _recipient(context, word, name, c)
                or _cited(found_words, index, name, c) or _business_named(text, word, name, before_end - len(before), c)
                or _latin_tailed(word, name) or _mixed_name(word, name, c) or _unknown_before_business(context, found_words, index, name, c)):
            continue
        following = found_words[index + 1]
        end = two_word_end(context, found_words, index)
        if end <= word.name_end:  # (a business's word after it, spaced: `유통사 블루하버 트레이딩을`)
            end = _spaced_business_end(context, word, following, c) or end
        if text[end - 1:end] in c["glued_after"] and end - 1 > word.start:  # (`고객사인 삼성전자向`: the name ends before 向)
            end -= 1
        # (a name of two words is no person's, whatever its first word looks like: `마니카 포스트`; nor one
        # right after a bare introducing noun, without a title: `스타트업 차지온(ChargeOn)은` — `기업인 김철수`,
        # with the copula, may be a businessman)
        if len(name) < 2 or name in c["places"] or _market(name) \
                or end <= word.name_end and (_is_person(context, word, following)
                                             if before[-1:] == "인" or not _korean_name(name) or _shareholder(before)
                                             else _titled_person(found_words, index, c)) \
                or (following is not None and following.tokens[0].form in c["events"]):
            continue
        # (a legal person's word before its name is part of the name, `법무법인 광장`, `재단법인 나라`; a company's form is none,
        # `주식회사 한빛` as `(주)한빛`: `named_entities`)
        start = before_end - len(before) if before in c["named_entities"] else word.start
        mentions.append(_mention(context, start, _dotted_end(context, found_words, end), rule_id))
    stock_codes = (match for start, end in regions(_STOCK_CODE_SIGN, text)
                   for match in _stock_code_pattern().finditer(text, start, end))
    for match in stock_codes:  # the code, then the name written before it
        end = match.start()
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "&"):
            start -= 1
        name = text[start:end]
        if len(name) >= 2 and not name[0].isdigit() and not _market(name) and name not in c["places"]:
            mentions.append(_mention(context, start, end, rule_id))
    return mentions


def _dotted_end(context: Context, found_words: Words, end: int) -> int:
    """End of an introduced name that runs on past a middle dot into a common word kiwipiepy knows (`시장조사업체
    다온앱·리테일에 따르면`: one firm, `리테일` no name of its own), else `end`; a second name after the dot lists
    two firms (`통신업체 누리텔·한빛텔레콤`)."""
    if context.text[end:end + 1] != "·":
        return end
    _, word = found_words.at(end + 1)
    if word is None or word.size != 1 or word.tokens[0].tag != "NNG":
        return end
    part = _text(context, word.start, word.name_end)
    return word.name_end if len(part) >= 2 and not _unknown_noun(part) else end


@functools.lru_cache(maxsize=1)
def _company_name_pattern():
    """A word for a company's name, its particle, then the name and 로/으로 before a verb of naming (`사명은 대성청운제지로
    정했다`, `사명을 한빛테크로 바꿨다`): group 1 is the name."""
    words, verbs = alternation(structural_words()["company_name_words"]), alternation(structural_words()["naming_verbs"])
    return regex.compile(rf"(?<![\p{{Hangul}}])(?:{words})(?:은|는|을|를|이|가|도) (?:새로 |새롭게 )?"
                         rf"([\p{{Hangul}}A-Za-z0-9&][\p{{Hangul}}A-Za-z0-9&]{{1,19}}?)(?:으로|로) (?:{verbs})")


# Tags of what no name holds: verbs, adjectives and their endings, particles.
_NOT_NAME_TAGS = ("V", "E", "J", "XSV", "XSA")


def _company_name(context: Context, found_words: Words, rule_id: str) -> list:
    """The name a company takes, written after a word for its name and before 로 and a verb of naming (`합병 법인의 사명은
    대성청운제지로 정했다`, `사명을 한빛테크로 바꾼다`): a new or merged company's name, which no list holds yet. Not a place, a
    person or a word kiwipiepy knows as one common noun (`사명을 미래로 바꿨다`)."""
    text = context.text
    if not any(w in text for w in structural_forms("company_name_words")):  # (cheap first)
        return []
    c, mentions = cues(), []
    for match in _company_name_pattern().finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name in c["places"] or name in c["generic"] or _market(name) or _korean_name(name):
            continue
        _, word = found_words.at(start)
        if word is None or word.start != start:
            continue
        inside = [t for t in word.tokens if t.start < end]
        known_noun = len(inside) == 1 and inside[0].tag == "NNG" and not suffix_of(name) and not _unknown_noun(name)
        # (a verb's nominal form is no name: `사명을 다하기로 결정했다`)
        if not known_noun and not any(t.tag.startswith(_NOT_NAME_TAGS) for t in inside):
            mentions.append(_mention(context, start, end, rule_id, org_type="company"))
    return mentions


# The tags kiwipiepy gives an invented name's first syllable it reads as a word of its own (`한`+`빛`, `늘`+`봄`).
_SPLIT_FIRST_TAGS = frozenset({"MM", "MAG"})


def _intro_split(context: Context, found_words: Words, rule_id: str) -> list:
    """Right after a word introducing what it is, a name ending in an organization suffix whose first syllable kiwipiepy
    reads as a determiner or an adverb, so that the word has no name part (`연구기관 한빛가계경제연구소는`: `한`+`빛`…;
    `사회적기업 늘봄케어협동조합은`: `늘`+`봄`…): nouns after it, the last one a suffix (`연구소`, `협동조합`), and a
    stem of two letters or more; a particle or nothing after the name. A whole adverb glued to nouns is the name too, with
    no suffix (`사회적협동조합 함께일터 등`, `같이일터와`): a particle or the `등` of a list after it (`다시한번 도전`: a phrase)."""
    c, text, mentions = cues(), context.text, []
    for at in _intro_mark_ends(text):
        index, word = found_words.at(at)
        tied = _tied_genitive_end(text, at, c)
        if tied:
            mentions.append(_mention(context, at, tied, rule_id))
            continue
        if word is not None and _misread_name(word, c):
            mentions.append(_mention(context, word.start, word.tokens[1].end, rule_id))
            continue
        if word is None or word.size or word.tokens[0].tag not in _SPLIT_FIRST_TAGS:
            continue
        tokens, nouns = word.tokens, 1
        while nouns < len(tokens) and tokens[nouns].tag in ("NNG", "NNP") and tokens[nouns].start == tokens[nouns - 1].end:
            nouns += 1
        if nouns == 1 or any(t.tag[0] != "J" for t in tokens[nouns:]):
            continue
        end, last = tokens[nouns - 1].end, tokens[nouns - 1].form
        name = text[word.start:end]
        if (last in c["suffix_type"] or last in c["verb_stem_suffixes"]) and len(name) - len(last) >= 2 \
                and not name.endswith(c["buildings"]):
            mentions.append(_mention(context, word.start, end, rule_id, org_type=c["suffix_type"].get(suffix_of(last), "")))
        elif tokens[0].tag == "MAG" and len(tokens[0].form) >= 2 and not name.endswith(c["buildings"]) \
                and (nouns < len(tokens) or _list_end(found_words[index + 1])):
            mentions.append(_mention(context, word.start, end, rule_id))
    return mentions


_HANGUL_WORD = regex.compile(r"\p{Hangul}{3,}")


def _tied_genitive_end(text: str, at: int, c: dict) -> int:
    """End of a name written at `at` after a word for its tie to the story's company (`tie_intros`: `경쟁사 세한타이어의`), before
    `의` and a business's figure (`business_figures`, maybe after a modifier or a period: `경쟁사 치킨명가의 해외 매장은`), read
    by its letters: kiwipiepy splits such a name into common nouns (`치킨`+`명가`) or a verb (`세`+`하`+`ㄴ`+`타이어`); or 0.
    Not one noun it knows (`경쟁사 제품의 매출`), a plural (`경쟁사들의`), a place or a generic word (holdout111, 114)."""
    before = word_before_space(text, at - 1)
    if before.removesuffix("인") not in c["tie_intros"]:
        return 0
    space = text.find(" ", at, at + 20)
    name = text[at:space - 1]
    if space < 0 or text[space - 1] != "의" or not _HANGUL_WORD.fullmatch(name) or name.endswith("들") \
            or name in c["generic"] or name in c["places"] or name.startswith(c["business_figures"]):
        return 0
    after = text[space + 1:space + 40]
    first = after.split(" ", 1)[0]
    if not after.startswith(c["business_figures"]) and not (
            (first in c["figure_modifiers"] or first in c["figure_periods"]) and after[len(first) + 1:].startswith(c["business_figures"])):
        return 0
    from .rules import _one_known_noun  # (rules reads this module)

    return 0 if _one_known_noun(name) else space - 1


def _misread_name(word, c: dict) -> bool:
    """A coined name of two parts right after its introduction that kiwipiepy reads as a determiner and a noun (`퍼블리셔
    요스타가`: `요`+`스타`) or a noun and an adverb (`플랫폼 마켓바로는`: `마켓`+`바로`), a particle right after it: no
    phrase of common words is so written glued (a determiner that heads common compounds is none: `misread_determiners`,
    `총매출`, `전직원`), three letters or more; the noun no generic word or business figure (`업체 매출보다`)."""
    tokens = word.tokens
    if len(tokens) != 3 or tokens[2].tag[:1] != "J" or tokens[2].form not in _COMPOUND_PARTICLES \
            or tokens[1].start != tokens[0].end or tokens[2].start != tokens[1].end:
        return False
    first, second = tokens[0], tokens[1]
    if word.size == 0 and first.tag == "MM" and len(first.form) == 1 and first.form not in structural_forms("misread_determiners"):
        noun = second
        if second.tag != "NNG" or len(second.form) < 2:
            return False
    elif word.size == 1 and first.tag == "NNG" and second.tag == "MAG" and len(first.form) >= 2 and len(second.form) >= 2:
        noun = first
    else:
        return False
    return noun.form not in c["generic"] and not noun.form.startswith(c["business_figures"]) \
        and first.form + second.form not in c["places"]


def _list_end(word) -> bool:
    """The word is the `등` that ends a list."""
    return word is not None and word.tokens[0].form == "등" and word.tokens[0].tag == "NNB"


def two_word_end(context: Context, found_words: Words, index: int) -> int:
    """End of a name introduced at word `index`: the next proper noun joins it when nothing ends the
    first (`커플예감 필링유`, `클리블랜드 캐벌리어스`), unless it is a person or a place; else `name_end`."""
    word, following = found_words[index], found_words[index + 1]
    if word.bare and following is not None and following.size and following.tokens[0].tag == "NNP" \
            and following.start == word.end + 1 and context.text[word.end] == " " \
            and not _is_person(context, following, found_words[index + 2]) \
            and _text(context, following.start, following.name_end) not in cues()["places"]:
        return following.name_end
    return name_end(context, word)


@functools.lru_cache(maxsize=1)
def _list_anchor():
    """What follows `등` at the end of a list of organizations: a count with `개사` or an
    organization noun, or an organization noun after at most three modifier words (`쿠르드 계열의
    주요 정당`) — none ending in another particle (`스마트폰을 만드는 기업`: the list is of products)."""
    nouns = alternation(structural_words()["list_nouns"])
    modifier = r"\p{Hangul}{1,6}(?<![은는을를이가에도와과])\s"
    return regex.compile(rf"\s(?:\d+\s?(?:개사|개\s?(?:{nouns}))|(?:{modifier}){{0,3}}(?:{nouns}))(?![인원장])")


def _coordination(context: Context, found_words: Words, rule_id: str) -> list:
    """The items of a list that ends in `등` and an organization noun: `○○, ○○ 등 보수 단체`,
    `○○·○○ 등 4개사`, `○○, ○○ 등 5개 저축은행` (split at `,`, `·` and 와/과). An item must be a
    proper noun or end in an organization suffix, and no person, place or market."""
    c, text, mentions = cues(), context.text, []
    for index in found_words.starting_with(text, "등"):
        word = found_words[index]
        if not _list_end(word) or len(word.tokens) != 1 \
                or not _list_anchor().match(text, word.end):
            continue
        last = found_words[index - 1]
        if last is None or not last.bare or not last.size or last.end + 1 != word.start:
            continue
        run = _list_run(text, found_words, index - 1)
        names = [_text(context, item.start, item.name_end) for item in map(found_words.__getitem__, run)]
        for item, name in zip(map(found_words.__getitem__, run), names):
            if len(name) < 2 or not (item.tokens[0].tag in PROPER_TAGS or len(suffix_of(compact(name))) < len(name) > 0
                                     and suffix_of(compact(name))) \
                    or name in c["places"] or _market(name) or item.tokens[0].tag == "SN" \
                    or _korean_name(name) and not _shares_short_suffix(name, names, c):
                continue
            mentions.append(_mention(context, item.start, item.name_end, rule_id))
    return mentions


def _shares_short_suffix(name: str, names: list, c: dict) -> bool:
    """A name-shaped item ends in a short suffix another item of its list ends in too: it is named
    like the others (`충남대·한밭대 등 지역 대학`), no person."""
    return name[-1] in c["short"] and sum(other[-1:] == name[-1] for other in names) >= 2


@functools.lru_cache(maxsize=1)
def _short_name_pattern():
    """`(이하 ○○)` right after a name, after its alias in parentheses or inside them (`(Blue·이하 ○○)`), maybe before
    another note in them (`(이하 ○○, 이사장 …)`)."""
    words = alternation(structural_words()["short_name_words"])
    return regex.compile(rf"(?:\([^()]{{1,40}}\))?\(\s*(?:[^()]{{1,40}}?[·,;]\s*)?(?:{words})\s*['\"‘“]?([\p{{Hangul}}A-Za-z0-9&][^()'\"’”,;]{{0,20}}?)['\"’”]?\s*(?:[,;][^()]{{1,40}})?\)")


def _full_name(m) -> tuple:
    """(canonical, org_id) a short form of mention `m` links to."""
    written = canonical_spacing(m.text)
    row = gazetteer_by_name().get(compact(written))
    return (row["name_ko"], row["org_id"]) if row else (written, m.org_id)


def abbreviates(short: str, full: str) -> bool:
    """`short` abbreviates `full` (spaces aside): shorter, the same first letter, its letters drawn from `full` in order
    (`대덕과기대` of `대덕과학기술대학교`, `완도군수협` of `완도군수산업협동조합`, `사학연금` of `사립학교교직원연금공단`)."""
    full = compact(full)
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    at = 1
    for letter in short[1:]:
        at = full.find(letter, at) + 1
        if not at:
            return False
    return True


def _defined(context: Context, found_words: Words, rule_id: str) -> list:
    """A proper noun the story gives a short name with `이하` that abbreviates it (`대성첨단소재(이하 대성첨단)`,
    `abbreviates`): news defines such short names for the bodies it names again. Not a title in quotes (`'마리텔'(이하 …)`),
    a person (`사이먼디(이하 쌈디)`: no abbreviation), a time (`1일(이하 한국시각)`) nor a place."""
    text, c, mentions = context.text, cues(), []
    for short_word in structural_words()["short_name_words"]:  # (cheap first: the word defining a short name)
        at = text.find("(" + short_word)
        while at > 0:
            index, word = found_words.name_ending_at(at)
            match = _short_name_pattern().match(text, at) if word is not None else None
            if match:
                name, short = _text(context, word.start, word.name_end), match.group(1).strip()
                # (a short name may drop the country or place the name opens with: `지방연금` of `한국지방공제연금`)
                if (abbreviates(short, name) or any(name.startswith(p) and abbreviates(short, name[len(p):])
                                                    for p in c["place_prefixes"] if short[0] == name[len(p):len(p) + 1])) \
                        and (word.name_tags() <= PROPER_TAGS or _headed_note(match, c) and word.tokens[0].tag in PROPER_TAGS
                             and word.size >= 3) \
                        and name not in c["places"] and not _korean_name(name):
                    mentions.append(_mention(context, word.start, word.name_end, rule_id))
            at = text.find("(" + short_word, at + 1)
    return mentions


def _headed_note(match, c: dict) -> bool:
    """The brackets that define a short name also name a head of the body (`(이하 지방연금, 이사장 오명석)`): a compound of
    common nouns after a proper one is then a body's name (`한국`+`지방`+`공제`+`연금`), not a program's (`서울청년수당`)."""
    note = match.group(0)[match.end(1) - match.start(0):].lstrip("'\"’” ,;")
    return note.split(" ")[0] in c["org_titles"]


def short_forms(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """Short forms of an organization found in full earlier in the document, with its canonical name:
    the later uses of a short name defined with `이하` (`씨제스 엔터테인먼트(이하 씨제스)` → `씨제스`),
    and a later proper noun that shortens a name (`누리바이오로직스` → `누리바이오`), or one in the
    headline, which shortens what the body names in full (`스타플렉스엔터, 1분기 …`). The definition
    in parentheses itself is an optional mention (docs/annotation.md, ORG): it is emitted too, linked
    to the full name."""
    c, text = cues(), context.text
    found = Spans((m.start, m.end) for m in mentions)
    added, taken = [], set()
    defined = []  # (short name, from, canonical, org_id)
    if "(" in text:
        for m in mentions:
            if text[m.end:m.end + 1] == " ":
                m = _with_defined_unit(m, context, found_words)
            if text[m.end:m.end + 1] == "(":
                match = _short_name_pattern().match(text, m.end)
                if match and match.group(1) not in c["places"]:
                    defined.append((match.group(1).strip(), match.end(), *_full_name(m)))
                    short, at = match.group(1).rstrip(), match.start(1)
                    if not found.any(lambda s, e: s < at + len(short) and at < e and (s, e) != (at, at + len(short)),
                                     at, at + len(short)):
                        added.append(_mention(context, at, at + len(short), rule_id, canonical=defined[-1][2],
                                              org_id=defined[-1][3]))
    # (a Hangul abbreviation in parentheses after a name, its alias, `대덕과학기술대학교(대덕과기대)`: its uses anywhere, a
    # headline's too, are the name's short form; the alias itself is no mention)
    abbreviated = [(m.aliases, 0, *_full_name(m)) for m in mentions if m.aliases and abbreviates(m.aliases, m.text)]
    if abbreviated:
        found = Spans([*((m.start, m.end) for m in mentions),
                       *((m.end + 1, m.end + 1 + len(m.aliases)) for m in mentions if m.aliases)])
        defined += abbreviated
    # Names of one word (`누리바이오로직스`): the head of a name of several (`클라우드` of `클라우드
    # 네이티브 기술위원회`) is often a common word.
    # (not a state acting as its government, `오하이오주`: its head is the state, a place)
    full = [(compact(canonical_spacing(m.text)), m) for m in mentions if len(m.text) >= 4 and " " not in m.text
            and not (m.rule_id == "org.local_gov" and m.text.endswith("주"))]
    if not defined and not full and " " not in "".join(m.text for m in mentions):
        return added
    added += _uses_and_headline(context, found, defined, rule_id, taken, frozenset((m.start, m.end) for m in mentions))
    added += _first_words(context, found_words, mentions, found, rule_id, taken)
    # The heads a later proper noun may be (`누리바이오`): the rest is tested only on those.
    heads = {key[:size] for key, _ in full for size in range(3, len(key))}
    # (and two letters that start two names the document gives one organization, its brand: `교촌` of `교촌에프앤비` and
    # `교촌치킨`; one name's two letters are often a word of their own, `조선` of `조선일보`)
    shared = _shared_heads(full)
    for index in found_words.proper:
        word = found_words[index]
        name = _text(context, word.start, word.name_end)
        if name not in heads and name not in shared or word.start in taken or found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
            continue
        link = None
        # (a university's short form, `X대` of `X대학교`, is the university, not its hospital `X대병원`, and may look like a
        # person's name, `한결대`: the full name tells)
        university = _university_short_form(name, full)
        if (len(name) >= 3 or name in shared) and word.name_tags() <= {"NNP"} and name not in c["places"] and not place_facility(name) \
                and (university or not _korean_name(name) and not _is_person(context, word, found_words[index + 1])):
            headline = "\n" not in text[:word.start] and "\n" in text  # (a headline shortens what the body names in full)
            link = next((_full_name(m) for key, m in full
                         if (m.end <= word.start or headline) and (key in (name + "학교", name + "학") if university else
                                                                    key.startswith(name) and len(key) > len(name)
                                                                    and key[len(name):] not in c["subsidiary_regions"])),
                        None)  # (`X재팬` is X's branch: no full name of X)
        if link is not None:
            taken.add(word.start)
            # (a city's, county's or province's name heading a body's is the local government, its own body, not that
            # body's short form: `의성군` … `의성군농업기술센터`, `충북도` … `충북도의회`; linking resolves its name)
            local = local_government(name)
            added.append(_mention(context, word.start, word.name_end, rule_id, canonical="" if local else link[0],
                                  org_id="" if local else link[1]))
    # (a kind's name the gazetteer reads as the federation, `수협`, gives way where it stands for the one local body: `kind_names`)
    kinds = cues()["kind_names"]["names"]
    federations = frozenset((m.start, m.end) for m in mentions if m.rule_id == "org.gazetteer" and m.text in kinds)
    return added + _suffix_uses(context, found_words, full, found, rule_id, taken, federations)


def _with_defined_unit(m, context: Context, found_words: Words):
    """`m` with the unit written after it where a bracket right after the unit defines a short name (`기획재정부 복권위원회(이하
    복권위)`: the unit's short name, the unit's name in full its parent's and its own; `with_units` joins the two only after
    these rules; holdout112); else `m`."""
    index, word = found_words.at(m.end + 1)
    if word is None or not word.size or context.text[word.name_end:word.name_end + 1] != "(":
        return m
    from .filters import _unit_end  # (filters reads this module)

    return _mention(context, m.start, word.name_end, m.rule_id) if _unit_end(context, found_words, index) == word.name_end else m


def _university_short_form(name: str, full: list) -> bool:
    """`name` is the short form (`X대`) of a university named in full in the document (`X대학교`, `X대학`)."""
    return name.endswith("대") and any(key in (name + "학교", name + "학") for key, _ in full)


def _first_words(context: Context, found_words: Words, mentions: list, found: Spans, rule_id: str, taken: set) -> list:
    """Later uses of the first word of a name of two words the rules found unknown to the gazetteer (`미국 제약사 솔리안
    바이오사이언스` … `솔리안은`): its short form, as news writes a foreign company's. The first word is a name of three letters
    or more, not a common noun (`클라우드` of `클라우드 네이티브`) or a place; the later word has no person's title after it."""
    c, text, added = cues(), context.text, []
    firsts = {}
    for m in mentions:
        first, space, rest = m.text.partition(" ")
        # (a foundation or an institute named after a person, `김철수 장학재단`: its first word alone is the person; a
        # government's first word is its place, `오리건 주정부`)
        if space and " " not in rest and not m.org_id and len(first) >= 3 and first not in c["places"] and m.org_type != "government" \
                and not common_compound(first, 1) and not (_korean_name(first) and rest.endswith(tuple(c["institutional"]))):
            firsts.setdefault(first, m)
    headline_end = text.find("\n")
    for first, m in firsts.items():
        for at in _uses_of_first(text, first, m, headline_end):
            end = at + len(first)
            index, word = found_words.at(at)
            if word is not None and word.size and word.name_end == end and at not in taken \
                    and not found.any(lambda s, e: s < end and at < e, at, end) \
                    and not _titled_word(found_words, index, c):  # (a name shaped like a person's, `솔리안`, too: no title, no person)
                taken.add(at)
                canonical, org_id = _full_name(m)
                added.append(_mention(context, at, end, rule_id, canonical=canonical, org_id=org_id))
    return added


def _uses_of_first(text: str, first: str, m, headline_end: int):
    """Where `first` is written after the name `m` in full, and in the headline above a body that gives it in full (`美
    노바스펜에 기술수출` over `미국 제약사 노바스펜 테라퓨틱스`: a headline shortens what the body names in full)."""
    if 0 < headline_end < m.start:
        at = text.find(first, 0, headline_end)
        while at >= 0:
            yield at
            at = text.find(first, at + len(first), headline_end)
    at = text.find(first, m.end)
    while at >= 0:
        yield at
        at = text.find(first, at + len(first))


def _titled_word(found_words: Words, index: int, c: dict) -> bool:
    """A person's title follows word `index` (`솔리안 대표`)."""
    following = found_words[index + 1] if index + 1 < len(found_words) else None
    return following is not None and following.size > 0 and following.tokens[0].form in c["titles"]


def _shared_heads(full: list) -> frozenset:
    """The first two letters of two different names (`full`: (compact name, mention)) of one organization of the
    gazetteer (`교촌에프앤비`, `교촌치킨`: `교촌`)."""
    by_org = {}
    for key, m in full:
        if m.org_id and len(key) >= 4:
            by_org.setdefault((m.org_id, key[:2]), set()).add(key)
    return frozenset(head for (_, head), keys in by_org.items() if len(keys) >= 2)


def _suffix_uses(context: Context, found_words: Words, full: list, found: Spans, rule_id: str, taken: set,
                 federations: frozenset = frozenset()) -> list:
    """Later uses of the suffix of a name written in full (`full`: (compact name, mention)), alone as a topic or subject
    (`저축은행중앙회에 따르면 … 중앙회는`, `완도금일수협은 … 수협은`): its short form, where the document names one organization
    ending in that suffix (`standing_suffixes`), or in the suffix it shortens (`신협` of `…신용협동조합`: `suffix_short_forms`).
    Such a use may stand where the gazetteer read the federation (`federations`: their spans), which it replaces."""
    c, text = cues(), context.text
    firsts = {}  # suffix → {name: its first mention}
    for key, m in full:
        suffix = suffix_of(key)
        if suffix not in c["standing_suffixes"] and key.endswith(long_suffix_forms()):  # (one test in C first)
            suffix = next((short for long, short in c["suffix_short_forms"] if key.endswith(long)
                           and short in c["standing_suffixes"] and len(key) - len(long) >= 2), suffix)
        if suffix in c["standing_suffixes"] and len(key) - len(suffix) >= 2:
            names = firsts.setdefault(suffix, {})
            if key not in names or m.start < names[key].start:
                names[key] = m
    added = []
    for suffix, names in firsts.items():
        if len(names) != 1:  # (two names end in it: the suffix alone names neither)
            continue
        (m,) = names.values()
        for index in found_words.starting_with(text, suffix):
            word = found_words[index]
            following = found_words[index + 1]
            if word.start < m.end or word.start in taken or _text(context, word.start, word.name_end) != suffix \
                    or [t.form for t in word.tokens[word.size:]] not in _TOPIC_PARTICLES \
                    and not (word.bare and following is not None and following.tokens[0].form in c["after_name"]) \
                    or (word.start, word.name_end) not in federations \
                    and found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
                continue
            taken.add(word.start)
            canonical, org_id = _full_name(m)
            added.append(_mention(context, word.start, word.name_end, rule_id, canonical=canonical, org_id=org_id))
    return added


def _later_uses(context: Context, found: Spans, defined: list, rule_id: str, taken: set, named: frozenset = frozenset()) -> list:
    """Mentions of each defined short name (short name, from, canonical, org_id) written as a word of its own
    after its definition, where no other mention overlaps it (one of the same span, of `named`, gives way: `_found`);
    their starts go into `taken`."""
    text, added = context.text, []
    for short, after, canonical, org_id in defined:
        at = text.find(short, after)
        while at >= 0:
            end = at + len(short)
            # (a use another rule read as a name of its own, `VC협회` by its suffix, is still the defined short form)
            # (not the first letters of the full name written out, `한결` of a headline's `한결양조,`, where kiwipiepy splits it)
            if (at == 0 or not text[at - 1].isalnum()) and ends_word(context, _norm_index(context, end)) \
                    and not (len(canonical) > len(short) and text.startswith(canonical, at)) \
                    and not found.any(lambda s, e: s < end and at < e and ((s, e) != (at, end) or (s, e) not in named), at, end):
                taken.add(at)
                added.append(_mention(context, at, end, rule_id, canonical=canonical, org_id=org_id))
            at = text.find(short, end)
    return added


# An acronym in capitals glossed right after a name (`부산항만공사(BPA)`).
_ACRONYM_GLOSS = regex.compile(r"\(\s*([A-Z][A-Z&]{1,5})\s*\)")


def gloss_acronyms(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """Later uses of an acronym glossed after an organization's name (`부산항만공사(BPA)는 … BPA는
    하반기`), and its uses in the headline above (`美 BMS에 기술수출`): the organization's short form, with its
    canonical name and org_id (the gloss itself is its alias, no mention)."""
    text = context.text
    if "(" not in text:
        return []
    defined, glosses = [], []
    for m in mentions:
        match = text[m.end:m.end + 1] == "(" and _ACRONYM_GLOSS.match(text, m.end)
        if match and match.group(1) not in cues()["ampersand_words"]:
            defined.append((match.group(1), match.end(), *_full_name(m)))
            glosses.append(match.span(1))
    if not defined:
        return []
    # (a gloss is no use, also where the name is glossed again: a headline's `한국야구위원회(KBO)`, then the lead's)
    found = Spans([*((m.start, m.end) for m in mentions), *glosses])
    return _uses_and_headline(context, found, defined, rule_id, set())


def _uses_and_headline(context: Context, found: Spans, defined: list, rule_id: str, taken: set,
                       named: frozenset = frozenset()) -> list:
    """`_later_uses`, and the uses in the headline above the body that defines the short name (`美 BMS에 기술수출` over
    `브리스톨마이어스스퀴브(BMS)와`; `설악수협 지난해 …` over `설악연안수산업협동조합(이하 설악수협)은`, holdout96, 97)."""
    added = _later_uses(context, found, defined, rule_id, taken, named)
    headline_end = context.text.find("\n")
    above = [(short, 0, canonical, org_id) for short, after, canonical, org_id in defined if 0 < headline_end < after]
    if above:
        headline = [m for m in _later_uses(context, found, above, rule_id, set(), named) if m.end <= headline_end]
        added += [m for m in headline if all(m.start != a.start for a in added)]
    return added


def repeated_names(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """Every other use of a name a rule found in the document, written the same way (`삼이실업은 …
    삼이실업 기업 로고`): a cue names an organization once, and the name keeps naming it where no
    cue stands (kiwipiepy may even read it there as common nouns). Gazetteer names are found
    everywhere already; a use before an incident's or a building's word (`○○ 사옥`) stays out,
    as it does for the first (`drop_inside_names`)."""
    c, text = cues(), context.text
    # (not a city's or a county's name: elsewhere it may be the place, `논산시 덕지동`)
    # (each name looked for once: a name found twice is the common case here)
    # (nor an acronym glossed after a name: its later uses are found, its gloss is an alias, `부산항만공사(BPA)`)
    # (nor a local government's or a state's found acting: `_local_repeats` finds it where it acts again)
    names = {m.text for m in mentions if m.rule_id not in ("org.gazetteer", "org.gloss_acronym", "org.local_gov")
             and len(compact(m.text)) >= 2
             and "(" not in m.text and not m.text.endswith(c["local_parents"])}
    # (and a legal person's name without its kind, `광장` of `법무법인 광장`: its short form)
    # (or a foreign state body's without its country, `투자부` of `인도네시아 투자부`: the country is written once)
    bare = {m.text.split(" ", 1)[1] for m in mentions if " " in m.text and (m.text.split(" ", 1)[0] in c["named_entities"]
            or m.rule_id == "org.ministry" and m.text.split(" ", 1)[0] in c["foreign_places"])}
    names = {name for name in names | bare if _written_twice(text, name)}
    local = _local_repeats(mentions, context, found_words, c)
    if not names:  # (most documents name each organization the rules found once)
        return local
    found = Spans((m.start, m.end) for m in mentions)
    # (not a name found only inside a longer one: `한울파마` of `한울파마 엔터테인먼트`)
    names = {m.text for m in mentions if m.text in names
             and not found.any(lambda s, e: s <= m.start and m.end <= e and e - s > m.end - m.start, m.start, m.end)} \
        | (names & bare)
    defined = structural_forms("short_name_words")
    added = []
    # (a name of two words written again over the pieces other rules read there, `안디노`, `디펜사` of `안디노 디펜사`: the name)
    for name in sorted(names, key=len, reverse=True):  # (a longer name first: `한빛전자` before `한빛`)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            # (kiwipiepy may read the name and its particle as one noun there: `웨이브와의`)
            if (at == 0 or not text[at - 1].isalnum()) and (ends_word(context, norm_end := _norm_index(context, end))
                                                            or particle_in_noun(context, norm_end)
                                                            or _headed(context, text, at, end)) \
                    and not text[max(0, at - 4):at].rstrip(" '\"‘“").endswith(defined) \
                    and not found.any(lambda s, e: s < end and at < e and not (" " in name and at <= s and e <= end and e - s < end - at), at, end) \
                    and not any(m.start < end and at < m.end for m in added) \
                    and not (text[at - 1:at] == "(" and _glossed_before(mentions, at - 1, name)) \
                    and not _before_name_word(context, found_words, end, c):
                added.append(_mention(context, at, end, rule_id))
            at = text.find(name, end)
    return added + [m for m in local if not any(a.start < m.end and m.start < a.end for a in added)]


def _headed(context: Context, text: str, at: int, end: int) -> bool:
    """The name written again with its head's title `장` glued after a person's name (`정민수 가야은행장은`): the name."""
    return text[end:end + 1] == "장" and ends_word(context, _norm_index(context, end + 1)) and text[at - 1:at] == " " \
        and _korean_name(text[max(0, at - 4):at - 1])


def _local_repeats(mentions: list, context: Context, found_words: Words, c: dict) -> list:
    """Other uses of a city or county the document found acting as its government (`org.local_gov`: `전주시는 … 밝혔다`)
    where it acts again: the subject or topic (`전주시가 … 분석한 결과`), or before a word of its people or side
    (`after_name`: `전주시 관계자는`). Elsewhere its name may be the place (`전주시 완산구`, `전주시에서`)."""
    names = {m.text for m in mentions if m.rule_id == "org.local_gov" and " " not in m.text}
    names = {name for name in names if _written_twice(context.text, name)}
    if not names:
        return []
    text, added = context.text, []
    subject_particles = c["team_particles"] - {"을", "를"}
    found = Spans((m.start, m.end) for m in mentions)
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and not found.any(lambda s, e: s < end and at < e, at, end) \
                    and _acting(context, found_words, at, end, subject_particles, c):
                added.append(_mention(context, at, end, "org.repeat", org_type="local_government"))
            at = text.find(name, end)
    return added


def _acting(context: Context, found_words: Words, at: int, end: int, subject_particles: frozenset, c: dict) -> bool:
    """The name over [at, end) is a subject or topic (a particle glued after it), or a word of its people follows."""
    _, word = found_words.at(at)
    if word is None or word.start != at:
        return False
    if word.name_end == end:
        rest = word.tokens[word.size:]
        if rest and rest[0].start == end and rest[0].form in subject_particles and word.end == rest[0].end:
            return True
    if word.end == end and context.text[end:end + 1] == " ":
        _, following = found_words.at(end + 1)
        return following is not None and following.size > 0 and following.tokens[0].form in c["after_name"]
    return False


def _glossed_before(mentions: list, paren: int, name: str) -> bool:
    """The name in brackets is the alias of the mention right before them (`제너럴모터스(GM)`: an alias, no mention of its
    own), looked up only at a `(` before a use."""
    return any(m.end == paren and name in m.aliases for m in mentions)


_BRAND_STEM = regex.compile(r"[\p{Hangul}A-Za-z]{2,8}")


def group_brands(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """The companies a group's brand names: once the document names a group or a holding company (`새솔금융지주`), its stem
    glued to a business suffix, a few letters between (`새솔은행`, `새솔카드`, `새솔투자증권`, `새솔자산운용`), is one of its
    companies, however kiwipiepy reads the stem there (`새`+`솔`+`은행`). Only a stem that names nothing else: no place, no
    generic word, no pronoun (`한국금융지주` … `한국은행` is no brand of it; `우리재단`)."""
    c, text, brand_words = cues(), context.text, structural_words()["group_brands"]
    brands, endings = set(), tuple(brand_words["endings"])
    for m in mentions:
        # (one test in C first: most names end in none of them)
        ending = next((e for e in endings if m.text.endswith(e)), "") if m.text.endswith(endings) else ""
        stem = m.text[:len(m.text) - len(ending)]
        if ending and _BRAND_STEM.fullmatch(stem) and stem not in c["places"] and stem not in c["generic"] \
                and stem not in structural_forms("suffix_cue_stems"):  # (`우리`+`재단` is a word of its own)
            brands.add(stem)
    if not brands:  # (most documents name no group)
        return []
    types = frozenset(brand_words["types"])
    found = Spans((m.start, m.end) for m in mentions)
    added = []
    for brand in brands:
        at = text.find(brand)
        while at >= 0:
            rest = _HANGUL_RUN.match(text, at + len(brand))
            at, next_at = (at, text.find(brand, at + len(brand)))
            if rest is None or (at > 0 and text[at - 1].isalnum()):
                at = next_at
                continue
            end = _before_particles(found_words, at, rest.end())
            name = text[at:end]
            suffix = suffix_of(name)
            if suffix and c["suffix_type"][suffix] in types and 0 <= len(name) - len(brand) - len(suffix) <= brand_words["between"] \
                    and len(name) > len(brand) and not found.any(lambda s, e: s < end and at < e, at, end):
                added.append(_mention(context, at, end, rule_id, org_type=c["suffix_type"][suffix]))
            at = next_at
    return added


_HANGUL_RUN = regex.compile(r"\p{Hangul}+")


def _before_particles(found_words: Words, start: int, end: int) -> int:
    """`end`, or the start of the particles kiwipiepy split off the end of the word at `start` (`새솔생명`+`과`)."""
    index = bisect.bisect_right(found_words.starts, start) - 1
    word = found_words[index] if index >= 0 else None
    if word is None or word.start != start:
        return end
    cut = end
    for token in reversed(word.tokens):
        if token.end > end:
            continue
        if not token.tag.startswith("J"):
            break
        cut = token.start
    return cut


def _written_twice(text: str, name: str) -> bool:
    """`text.count(name) > 1`, without reading the text past the second time."""
    first = text.find(name)
    return first >= 0 and text.find(name, first + len(name)) >= 0


def _before_name_word(context: Context, found_words: Words, end: int, c: dict) -> bool:
    """An incident's, a building's or an event's word follows, after a space (`○○ 사옥`, `○○ 컨퍼런스`)."""
    if context.text[end:end + 1] != " ":
        return False
    _, word = found_words.at(end + 1)
    return word is not None and word.size > 0 and (
        _text(context, word.start, word.name_end) in c["inside_names"] or word.tokens[0].form in c["events"])


@functools.lru_cache(maxsize=1)
def _local_parent_last_letters() -> frozenset:
    """The last letters of the parents `_gov_unit` accepts: a parent suffix's, a local government's
    of the gazetteer (most proper nouns end in none of them)."""
    return frozenset({parent[-1] for parent in cues()["local_parents"]}
                     | {name[-1] for name, row in gazetteer_by_name().items() if row.get("type") == "local_government"})


def _gov_unit(context: Context, found_words: Words, rule_id: str) -> list:
    """A unit of a named local government, with its parent: `부산시 교통국`, `속초시 환경자원사업소`,
    `강남구 위생과`, `관악구청 복지과`. The parent is a proper noun ending in 시, 군, 구 or 도 (or a local government of
    the gazetteer); the unit a compound whose last token is a unit word (`교통`+`국`), so that
    everyday words (`결과`, `화장실`) are none."""
    c, mentions, text = cues(), [], context.text
    parents, units = c["local_parents"], c["gov_units"]
    unit_words = structural_forms("gov_units")  # (one `endswith` before the test of each unit word)
    last_letters = _local_parent_last_letters()
    for index in found_words.proper:
        parent = found_words[index]
        # (cheap first: the last letter a parent may end in, a bare word, then a word ending in a unit word)
        if text[parent.name_end - 1] not in last_letters:
            continue
        unit = found_words[index + 1]
        if not parent.bare or unit is None or not unit.size or unit.start != parent.end + 1:
            continue
        if unit.size >= 2:  # `교통`+`국`
            if unit.tokens[unit.size - 1].form not in units:
                continue
        # one proper noun ending in a unit word, after a stem of two letters or more, three before a
        # one-letter unit (`환경자원사업소`, `농업기술센터`, `시민안전실`)
        elif unit.tokens[0].tag != "NNP" or not unit.tokens[0].form.endswith(unit_words) \
                or not any(unit.tokens[0].form.endswith(u) and len(unit.tokens[0].form) >= len(u) + (2 if len(u) >= 2 else 3)
                           for u in units):
            continue
        name = _text(context, parent.start, parent.name_end)
        row = gazetteer_by_name().get(name)
        # (one token, or a place and its office as two: `관악`+`구청`)
        if not (name.endswith(parents) and len(name) >= 2 and (parent.size == 1 or parent.tokens[parent.size - 1].form in parents)
                or row and row.get("type") == "local_government"):
            continue
        if not all(t.tag in ("NNG", "NNP") for t in unit.tokens[:unit.size]) \
                or (found_words[index + 2] is not None and found_words[index + 2].tokens[0].form in c["events"]):
            continue
        mentions.append(_mention(context, parent.start, unit.name_end, rule_id))
    return mentions
