"""ORG: named organizations (docs/annotation.md) — gazetteer names, suffix rules and context cues.

The rules look at *words*: a stretch of kiwipiepy tokens with no space or punctuation between
them, split into the name part (nouns, foreign words, numbers) and what follows it (particles,
endings). Each rule is named data in `RULES`; every mention carries the rule's name.

- `org.gazetteer`: a name or alias of `organizations.tsv` at a word start, written with or without
  a space where its forms allow one (`알리바바 그룹` finds `알리바바그룹`, `한국 은행들` is not
  `한국은행`), all found in one Aho-Corasick pass (ahocorasick-rs).
- `org.suffix`: a proper noun ending in (or followed by) an organization suffix (`마윈공익기금회`,
  `차이냐오 네트워크`, `다모(DAMO) 아카데미`).
- `org.english`: a capitalized Latin name with a corporate form (`Apple Inc.`).
- `org.cue`: a proper noun in an organization's context (`X 산하`, `X 측은`, `X 관계자`,
  `X의 회장`, `계열사인 X`, `이커머스 플랫폼 X`, `(주)X`, `X(회장 김한규)`, `류모 X 회장`).
- `org.affiliation`: a club in parentheses after a player (`디아만티(볼로냐)`).
- `org.match`: teams around a score (`오릭스는 니혼햄을 12-3으로 꺾었다`).
- `org.reporting`: the subject of `보도했다` (`런민넷이 17일 보도했다`).
- `org.list`: the other proper nouns of a list with two organizations in it.

Between the word rules and the rule over what they kept (`org.list`), aliases in parentheses and
places or posting platforms used as such are dropped; after it, a parent and its unit become one
mention (`pipeline.org.filters`). Overlaps are settled afterwards, longest first.

`pipeline.org.resolve` links mentions to one canonical name and `org_id` each.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Callable, NamedTuple, Optional

import regex

from ..model import Organization
from ..overlap import Spans
from ..rules import Context, KeptRule, WordRule, alternation, ends_word
from .lexicon import LEGAL_FORM, compact, cues, gazetteer_by_name, gazetteer_names, suffix_of
from .words import _PROPER_NAME_TAGS, NAME_TAGS, PROPER_TAGS, Word, Words

# A parenthesized alias right after a name: Latin or Chinese characters (`(Lazada)`, `(菜鸟网络)`).
_ALIAS = regex.compile(r"\(\s*([\p{Latin}\p{Han}0-9][\p{Latin}\p{Han}0-9 &.,'·\-]{0,60}?)\s*\)")
# A Hangul alias after a Latin name (`IMF(국제통화기금)`).
_HANGUL_ALIAS = regex.compile(r"\(\s*(\p{Hangul}[\p{Hangul}\p{Latin}0-9 ·\-]{1,40}?)\s*\)")
_PARTICLE = regex.compile(r"의|은|는|이|가|을|를|와|과|에|에서|에게|도|만|로|으로|부터|까지|이다|처럼")
_HANGUL = regex.compile(r"\p{Hangul}+")
_NUMBERS = regex.compile(r"[0-9 .,\-]+")
_LATIN_NAME = regex.compile(r"[\p{Latin}0-9 &.\-]+")
# A club or employer's name: Hangul syllables and Latin letters, no numbers or list marks.
_AFFILIATION = regex.compile(r"[가-힣A-Za-z][가-힣A-Za-z ]+")
_LIST_MARKS = frozenset(",·ㆍ")
_OTHER_WHITESPACE = re.compile(r"[^\S ]")  # a newline, say: a name may run across it as across a space
_LATIN_WORD = regex.compile(r"[\p{Latin}0-9][\p{Latin}0-9&.'\-]*")


def _text(context: Context, start: int, end: int) -> str:
    return context.text[start:end]


def _is_person(context: Context, word: Word, following) -> bool:
    """A proper noun that reads as a person: a title or 씨 after it, or a Korean name's shape."""
    c = cues()
    name = _text(context, word.start, word.name_end)
    rest = word.tokens[word.size:]
    if rest and rest[0].form in c["titles"]:
        return True
    if following is not None and following.tokens[0].form in c["titles"] and word.bare:
        return True
    return _korean_name(name)


def _korean_name(name: str) -> bool:
    """Shaped like a Korean personal name: a surname and two Hangul syllables."""
    return len(name) == 3 and _HANGUL.fullmatch(name) is not None and name[0] in cues()["surnames"]


def _is_proper(context: Context, word: Word) -> bool:
    """The name part is made of proper nouns or foreign words, and is no place."""
    if not word.size or word.tokens[0].tag not in PROPER_TAGS or word.name_end - word.start < 2:
        return False
    if not word.name_tags() <= _PROPER_NAME_TAGS:
        return False
    name = _text(context, word.start, word.name_end)
    return name not in cues()["places"] and not _market(name)


def _market(name: str) -> bool:
    """A market or index (`도쿄증시`, `코스피`): no organization, whatever cue stands around it."""
    markets = cues()["markets"]
    return name in markets or name[-2:] in markets


def _aliases(context: Context, norm_end: int, latin_name: bool) -> tuple:
    """(alias text, end of the parenthesis) written right after a name, or ("", norm_end)."""
    text = context.norm.text
    match = _ALIAS.match(text, norm_end) or (latin_name and _HANGUL_ALIAS.match(text, norm_end))
    if not match or _NUMBERS.fullmatch(match.group(1)):
        return "", norm_end
    return match.group(1).strip(), match.end()


def _norm_index(context: Context, offset: int) -> int:
    """Normalized index of original `offset` (identity when normalization changed nothing)."""
    origin = context.norm.origin_map
    if origin is None or offset < len(origin) and origin[offset] == offset:
        return offset
    return bisect.bisect_left(origin, offset)


def _mention(context: Context, start: int, end: int, rule_id: str, canonical: str = "", org_id: str = "",
             org_type: str = "") -> Organization:
    """An Organization over original [start, end), with a legal form `(주)` glued to it kept inside."""
    text = context.text  # (each pattern only after a cheap test of the character it needs)
    before = text[start - 1:start] in (")", "㈜") and LEGAL_FORM.search(text, max(0, start - 3), start)
    if before and before.end() == start:
        start = before.start()
    after = text[end:end + 1] in ("(", "㈜") and LEGAL_FORM.match(text, end)
    if after:
        end = after.end()
    norm_end, alias = _norm_index(context, end), ""
    if context.norm.text[norm_end:norm_end + 1] == "(":
        alias, _ = _aliases(context, norm_end, _LATIN_NAME.fullmatch(text[start:end]) is not None)
    return Organization(start=start, end=end, text=text[start:end], rule_id=rule_id, canonical=canonical,
                        org_id=org_id, aliases=alias, org_type=org_type)


def _coordinated(word) -> bool:
    """The word is followed by another item of a list: nothing after its name, or 와/과."""
    return word is not None and word.size and [t.form for t in word.tokens[word.size:]] in ([], ["와"], ["과"])


def _is_place(context: Context, word) -> bool:
    return word is not None and word.size and _text(context, word.start, word.name_end) in cues()["places"]


@functools.lru_cache(maxsize=1)
def _name_automaton() -> tuple:
    """Every way a text may write a gazetteer name — its letters, with a space at any subset of the
    places where one may stand — in one Aho-Corasick automaton (ahocorasick-rs): a single pass in
    Rust finds them all. Returns (automaton, compact name of each spelling)."""
    import ahocorasick_rs

    spellings, compacts = [], []
    for compact, (_, breaks) in gazetteer_names().items():
        inner = sorted(b for b in breaks if 0 < b < len(compact))
        for spaced in itertools.product((False, True), repeat=len(inner)):
            at = {b for b, space in zip(inner, spaced) if space}
            spellings.append("".join((" " if k in at else "") + ch for k, ch in enumerate(compact)))
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
        if start == 0 or not text[start - 1].isalnum():
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
                s, e = context.span(start, end)
                mentions.append(_mention(context, s, e, rule_id, row["name_ko"], row["org_id"], row.get("type", "")))
                free_from = end
                break
    return mentions


def _ends_name(context: Context, norm_end: int) -> bool:
    """A name ends here: a particle, space or punctuation follows, or Hangul after Latin (`SBS홈피`).

    kiwipiepy sometimes reads an unknown name and its particle as one noun (`컬리의`, `에인절스와`).
    """
    text = context.norm.text
    if norm_end < len(text) and text[norm_end - 1].isascii() and text[norm_end - 1].isalpha() \
            and _HANGUL.match(text[norm_end]):
        return True
    if ends_word(context, norm_end):
        return True
    end = context.norm.origin[norm_end]
    token = context.token_covering(end)
    return token is not None and token.tag in ("NNP", "NNG") and _PARTICLE.fullmatch(context.text[end:token.end]) is not None


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
            if start < 0 and suffix in c["after_place"] and _is_place(context, found_words[index - 1]) \
                    and found_words[index - 1].bare:
                start = found_words[index - 1].start
            if start < 0:
                continue
        elif suffix:
            if not _good_stem(context, word, stem, suffix):
                continue
            start = word.start
        else:
            short = name[-1:]
            if short not in c["short"] or not _known_proper_noun(context, word, name):
                continue
            start, suffix = word.start, short
        kind = c["suffix_type"].get(suffix) or c["short"].get(suffix, "")
        following = found_words[index + 1] if index + 1 < len(found_words) else None
        if following is not None and following.tokens[0].form in c["events"] and word.bare:
            continue
        mentions.append(_mention(context, start, word.name_end, rule_id, org_type=kind))
    return mentions


def _good_stem(context: Context, word: Word, stem: str, suffix: str) -> bool:
    """The part before an attached suffix names something: a proper noun, or a long compound.

    The suffix must start a token, unless kiwipiepy reads the whole name as one noun
    (`한국전력공사`): `저비용항공사` does not end in 공사.
    """
    c = cues()
    name_tokens = word.tokens[:word.size]
    if stem in c["generic"] or len(stem) < 2 or (stem + suffix).endswith(c["buildings"]) \
            or (suffix in c["sites"] and stem in c["places"]):
        return False
    compound = word.name_tags() <= {"NNG", "NNP", "XPN"} and len(stem) >= 4
    if suffix in c["compound_only"]:
        return compound
    suffix_start = word.name_end - len(suffix)
    if not any(t.start == suffix_start for t in name_tokens) and not (word.size == 1 and name_tokens[0].tag == "NNP"):
        return False
    first = name_tokens[0]
    if first.tag in PROPER_TAGS or (first.tag == "SN" and word.size > 1):
        return True
    if stem in c["places"] or stem in c["areas"]:
        return suffix in c["institutional"] or c["suffix_type"].get(suffix) in ("government", "university", "school")
    if suffix in c["press"] and word.name_tags() <= {"NNG", "NNP"}:
        return True
    return suffix in c["institutional"] and compound


def _known_proper_noun(context: Context, word: Word, name: str) -> bool:
    """A one-syllable suffix counts only on a word kiwipiepy lists as one proper noun (새누리당),
    and 대/고 only after a place (`서울대`, `부산외대`): `해운대`, `알파고` are no schools."""
    c = cues()
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


def _person_shaped(context: Context, word) -> bool:
    """A Korean personal name: a surname and one or two syllables (`이재용`), or `류모`."""
    if word is None or not word.size or not word.bare:
        return False
    name = _text(context, word.start, word.name_end)
    return _korean_name(name) or (len(name) == 2 and name[0] in cues()["surnames"] and name.endswith("모"))


def _name_then_title(context: Context, found_words: Words, index: int) -> bool:
    """Words from `index` are a person's name (one to three bare proper nouns) and a head's title."""
    for size in (1, 2, 3):
        names = found_words[index:index + size]
        title = found_words[index + size] if index + size < len(found_words) else None
        if len(names) < size or any(w is None or not w.bare or w.tokens[0].tag != "NNP" for w in names):
            return False
        if title is not None and title.tokens[0].form in cues()["org_titles"]:
            return True
    return False


def _after_name(word: Word) -> list:
    """The forms after the name part, leaving out a gloss's parentheses and foreign letters."""
    return [t.form for t in word.tokens[word.size:] if t.tag not in ("SSO", "SSC", "SL", "SH")]


class Around(NamedTuple):
    """A word and what the cue kinds read around it: the words before and after, the forms after its
    name (`rest`) and the first form of the next word (`then`)."""

    context: Context
    found_words: Words
    index: int
    word: Word
    previous: Optional[Word]
    following: Optional[Word]
    rest: list
    then: str


class CueKind(NamedTuple):
    """One organization context of `org.cue`: the cheap sign it needs — a gloss after the name, a
    particle after it (`의`, `측`), a cue word next to it or before it (a key of `cues()`) — whether
    the name must not read as a person (alone, or with the next word's title), and its full test.
    `numbered`: a name ending in a digit may stand there (`매체 로켓뉴스24`; elsewhere it is a work,
    `'어벤져스2' 측`)."""

    name: str
    sign: str  # gloss, particle, next or before
    words: object  # the particles, or the cues() key of the cue words
    not_person: str  # "", "alone" or "with_next"
    test: Callable
    numbered: bool = False


def _head_in_parenthesis(a: Around, c: dict) -> bool:
    return a.context.text[a.word.gloss[0] + 1:a.word.gloss[1] - 1].split(" ")[0] in c["org_titles"]


def _between_person_and_title(a: Around, c: dict) -> bool:
    return a.word.bare and _person_shaped(a.context, a.previous)


def _before_person_and_title(a: Around, c: dict) -> bool:
    return _name_then_title(a.context, a.found_words, a.index + 1)


def _report_according(a: Around, c: dict) -> bool:
    """`X 보도에 따르면`: the next word is a report with 에, the one after it `따르`."""
    after = a.found_words[a.index + 2] if a.index + 2 < len(a.found_words) else None
    return a.word.bare and [t.form for t in a.following.tokens[1:]] == ["에"] \
        and after is not None and after.tokens[0].form in c["according"]


# Tried in order; the first whose sign is there and whose test holds names the context. `_cue`'s
# cheap pre-filter is the union of the signs (`_cue_signs`), so the two cannot drift apart.
CUE_KINDS = (
    CueKind("head in parenthesis", "gloss", None, "", _head_in_parenthesis),
    CueKind("between person and title", "next", "org_titles", "alone", _between_person_and_title),
    CueKind("genitive before person and title", "particle", ("의",), "alone", _before_person_and_title),
    CueKind("after name", "next", "after_name", "with_next", lambda a, c: a.word.bare),
    CueKind("spokesman side", "particle", ("측",), "with_next", lambda a, c: True),
    CueKind("genitive", "particle", ("의",), "with_next", lambda a, c: a.then in c["after_genitive"]),
    CueKind("reporting", "particle", ("의",), "with_next", lambda a, c: a.then in c["reporting"]),
    CueKind("report according", "next", "reporting", "alone", _report_according),
    CueKind("deal", "next", "deals", "with_next", lambda a, c: len(a.rest) == 1 and a.rest[0] in c["deal_particles"]),
    CueKind("before name", "before", "before_name", "with_next", lambda a, c: True, numbered=True),
)


@functools.lru_cache(maxsize=1)
def _cue_signs() -> tuple:
    """(particles after a name, cue words next to it, cue words before it) some kind needs."""
    c = cues()
    words = {sign: set() for sign in ("particle", "next", "before")}
    for kind in CUE_KINDS:
        if kind.sign != "gloss":
            words[kind.sign].update(kind.words if kind.sign == "particle" else c[kind.words])
    return frozenset(words["particle"]), frozenset(words["next"]), frozenset(words["before"])


def _has_sign(kind: CueKind, a: Around, c: dict) -> bool:
    if kind.sign == "gloss":
        return a.word.gloss is not None
    if kind.sign == "particle":
        return a.rest[:1] != [] and a.rest[0] in kind.words
    if kind.sign == "next":
        return a.then in c[kind.words]
    return a.previous is not None and _text(a.context, a.previous.start, a.previous.end) in c[kind.words]


def _cue_kind(context: Context, found_words: Words, index: int) -> Optional[CueKind]:
    """Which organization context surrounds word `index` (`CUE_KINDS`), or None."""
    c = cues()
    word = found_words[index]
    previous = found_words[index - 1] if index > 0 else None
    following = found_words[index + 1] if index + 1 < len(found_words) else None
    around = Around(context, found_words, index, word, previous, following, _after_name(word),
                    following.tokens[0].form if following is not None else "")
    person = {"": False}
    for kind in CUE_KINDS:
        if not _has_sign(kind, around, c):
            continue
        if kind.not_person not in person:  # (each person test at most once)
            person[kind.not_person] = _is_person(context, word, following if kind.not_person == "with_next" else None)
        if not person[kind.not_person] and kind.test(around, c):
            return kind
    return None


def _named(found_words: Words) -> list:
    """Indexes of the words with a name part."""
    return [i for i, w in enumerate(found_words) if w is not None and w.size]


def _cue(context: Context, found_words: Words, rule_id: str) -> list:
    """A proper noun in an organization's context: `X 산하`, `X 측은`, `X 관계자`, `X의 회장`,
    `계열사인 X`, `플랫폼 X`, `(주)X`, `X(회장 김한규)`, `류모 X 회장`, `X의 로리 스콧 대변인`."""
    c = cues()
    mentions = []
    text = context.text
    particles, next_words, before_words = _cue_signs()
    has_legal_forms = LEGAL_FORM.search(text) is not None
    # Without a legal form in the text, only words `_is_proper` may accept (its first test).
    candidates = _named(found_words) if has_legal_forms else found_words.proper
    for index in candidates:
        # (A word is never last: its sentence's separator follows, and the last entry stands before the first.)
        word, previous, following = found_words[index], found_words[index - 1], found_words[index + 1]
        legal_form = has_legal_forms and (LEGAL_FORM.fullmatch(text[max(0, word.start - 3):word.start])
                                          or LEGAL_FORM.match(text, word.name_end))
        then = following.tokens[0].form if following is not None else ""
        # A cue kind needs one of the signs: most proper nouns have none, so this cheap test comes first.
        if not (legal_form or word.gloss or then in next_words
                or (not word.bare and _after_name(word)[:1] and _after_name(word)[0] in particles)
                or (previous is not None and text[previous.start:previous.end] in before_words)):
            continue
        kind = None if legal_form else _cue_kind(context, found_words, index)
        if not legal_form and (kind is None or not _is_proper(context, word)):
            continue
        if following is not None and following.tokens[0].form in c["events"]:
            continue
        if text[word.name_end - 1].isdigit() and not (kind and kind.numbered):
            continue
        mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _affiliation(context: Context, found_words: Words, rule_id: str) -> list:
    """A club or employer in parentheses after a person's name (`디아만티(볼로냐)`,
    `아스토리(칼리아리 칼초)`): a Hangul name that is no person, place or number."""
    c = cues()
    mentions = []
    for word in map(found_words.__getitem__, found_words.glossed):
        if word.tokens[word.size - 1].tag != "NNP":
            continue
        inner = [t for t in word.tokens[word.size + 1:] if t.end <= word.gloss[1] - 1]
        start, end = word.gloss[0] + 1, word.gloss[1] - 1
        name = context.text[start:end]
        if not inner or inner[0].tag not in PROPER_TAGS or not all(t.tag in NAME_TAGS for t in inner) \
                or not _AFFILIATION.fullmatch(name) or not _HANGUL.search(name) \
                or name in c["places"] or _korean_name(name) \
                or any(part.endswith(title) for part in name.split(" ") for title in c["titles"] | c["org_titles"]):
            continue
        mentions.append(_mention(context, start, end, rule_id))
    return mentions


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
        if any(w.tokens[0].form == "보도" and len(w.tokens) > 1 and w.tokens[1].tag == "XSV" for w in later):
            mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _has_name(word) -> bool:
    """A word (not a sentence separator) with a name part."""
    return word is not None and word.size > 0


def _listed(text: str, previous, word) -> bool:
    """Two entries of `words()` are consecutive items of a list: words with a name, and a list mark
    between them, maybe with spaces (`닥터자르트, 차앤박`), or one particle 와/과 after the first
    one's name, then a space."""
    if previous is None or word is None or not previous.size or not word.size:
        return False
    tokens, size = previous.tokens, previous.size
    if size == len(tokens):
        return text[previous.end:word.start].strip() in _LIST_MARKS
    return len(tokens) == size + 1 and tokens[-1].form in ("와", "과") \
        and word.start == previous.end + 1 and text[previous.end] == " "


def _list_run(text: str, found_words: Words, index: int) -> range:
    """Indexes of the words listed with word `index`, itself included."""
    first, last = index, index
    while _listed(text, found_words[first - 1], found_words[first]):
        first -= 1  # (found_words[-1] is a sentence separator: the walk stops at 0)
    while _listed(text, found_words[last], found_words[last + 1]):
        last += 1  # (the last entry is a separator too)
    return range(first, last + 1)


def _list_items(context: Context, found_words: Words, mentions: list) -> list:
    """Runs of three or more words listed with `,` `·` or 와/과 (`닥터자르트, 차앤박, 아이소이`), in text
    order; only runs holding a word that starts inside a mention (other runs list nothing known)."""
    starts, runs, listed = found_words.starts, [], set()
    for m in mentions:
        for index in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)):
            if index not in listed and _has_name(found_words[index]):
                run = _list_run(context.text, found_words, index)
                listed.update(run)
                if len(run) >= 3:
                    runs.append(run)
    return [[found_words[i] for i in run] for run in sorted(runs, key=lambda run: run.start)]


def list_items(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """In a list where two or more items are organizations, the other proper nouns are too
    (`미스터피자, 도미노피자, 파파존스` when two of them are known): the mentions this adds."""
    added, found = [], Spans((m.start, m.end) for m in mentions)
    for run in _list_items(context, found_words, mentions):
        known = [w for w in run if found.any(lambda s, e: s <= w.start and w.name_end <= e, w.start, w.name_end)]
        if len(known) < 2:
            continue
        for word in run:
            name = _text(context, word.start, word.name_end)
            if word not in known and _is_proper(context, word) and not _korean_name(name) \
                    and not found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
                added.append(_mention(context, word.start, word.name_end, rule_id))
    return added


@functools.lru_cache(maxsize=1)
def _byline_pattern():
    """Bylines, datelines, credits and copyright lines (org_suffixes.yaml `structural`), the
    organization in the group `name`: (cheap signs, pattern) pairs — a pattern is searched only in
    a text with one of its signs (a plain substring test)."""
    from .lexicon import suffix_file

    s = suffix_file()["structural"]
    name = r"(?P<name>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9&]{1,24})"
    person = r"\p{Hangul}{2,4}(?:\s?[·,]\s?\p{Hangul}{2,4})*"
    titles = alternation(s["reporter_titles"])
    credits = alternation(s["credits"], optional_spaces=True)
    marks = "[" + "".join(regex.escape(m) for m in s["credit_marks"]) + "＝：]"
    # (sign, pattern): each pattern is searched only in a text where its cheap sign is.
    bylines = regex.compile("|".join((
        rf"[\[(【]\s*{name}\s*(?:[=＝]|\s)\s*{person}\s*(?:{titles})(?!\p{{Hangul}})",  # [매체 홍길동 기자]
        rf"(?<![\p{{Hangul}}A-Za-z0-9.@/]){name}\s?[=＝]\s?{person}\s?(?:{titles})(?!\p{{Hangul}})",  # 매체=홍길동 기자
    )), flags=regex.V1)
    # (a credit word, or a copyright mark)
    marks_and_copyright = tuple(w.split(" ")[0] for w in s["credits"]) + ("\u24d2", "\u00a9", "(c)", "(C)")
    return (
        (tuple(s["reporter_titles"]), bylines),
        (("=", "＝"), regex.compile(rf"\(\s*\p{{Hangul}}{{1,8}}\s?[=＝]\s?{name}\s*\)")),  # (서울=매체)
        (marks_and_copyright, regex.compile(
            rf"(?<![\p{{Hangul}}A-Za-z0-9])(?:{credits})\s?{marks}\s?{name}"  # 사진=매체, 출처: 기관
            rf"|(?:{s['copyright']})\s?{name}")),  # ⓒ 매체
    )


def _byline(context: Context, found_words: Words, rule_id: str) -> list:
    """The outlet or agency in a byline, dateline, credit or copyright line: `[한빛일보 홍길동 기자]`,
    `한빛일보=홍길동 기자`, `(서울=한빛통신)`, `사진=한빛통신`, `자료=통계청`, `ⓒ 한빛일보`,
    `출처: 한빛연구원` — never the person of a credit (`사진=홍길동 기자`) nor an e-mail or web
    domain (`hong@hanbit.co.kr`, `출처: hanbit.com`)."""
    text = context.text
    c, mentions, seen = cues(), [], set()
    titles = tuple(suffix_file_structural()["reporter_titles"])
    (titles_sign, bylines), *others = _byline_pattern()
    found = [match for signs, pattern in others if any(sign in text for sign in signs) for match in pattern.finditer(text)]
    for title in titles_sign:  # a byline ends in a reporter's title: search just before each one
        at = text.find(title)
        while at >= 0:
            found.extend(bylines.finditer(text, max(0, at - 60), at + len(title) + 1))
            at = text.find(title, at + 1)
    for match in found:
        start, end = match.span("name")
        if start in seen:
            continue
        after = text[end:end + 2]
        if after[:1] in ("@", ".") and after[1:2].isalnum() or text[start - 1:start] in ("@", "."):
            continue  # a domain or an address
        # The name part of the word there: particles and endings stay out.
        index = bisect.bisect_left(found_words.starts, start)
        word = found_words[index] if index < len(found_words.starts) and found_words.starts[index] == start else None
        if word is not None and word.size and word.name_end < end:
            end = word.name_end
        name = text[start:end]
        if len(name) < 2 or _korean_name(name) or name in c["places"] or _market(name) \
                or name in suffix_file_structural()["credits"] or text[end:].lstrip().startswith(titles) or name.endswith(titles):
            continue
        seen.add(start)
        mentions.append(_mention(context, start, end, rule_id))
    return mentions


@functools.lru_cache(maxsize=1)
def suffix_file_structural() -> dict:
    from .lexicon import suffix_file

    return suffix_file()["structural"]


@functools.lru_cache(maxsize=1)
def _stock_code_pattern():
    return regex.compile(suffix_file_structural()["stock_code"])


_QUOTED = regex.compile(r"\s?['\"‘“「『<《〈]([\p{Hangul}A-Za-z0-9][\p{Hangul}A-Za-z0-9&·. ]{0,24}[\p{Hangul}A-Za-z0-9])['\"’”」』>》〉]")
_OPENING_QUOTES = "'\"‘“「『<《〈"
_QUOTES = frozenset("'\"‘’“”「」『』<>《》〈〉")


def _introduced(before: str, c: dict) -> bool:
    """The word before introduces an organization: a legal entity word (`주식회사`, `법무법인`) or a
    word ending in an introducing noun (`결혼정보회사`, `IT기업`, `전문매체`, `스타트업인`)."""
    if before[-1:] == "인" and before[:-1].endswith(c["intro_nouns"]):  # `제약사인 ○○`: the copula
        return True
    return before in c["legal_entities"] or before.endswith(c["intro_nouns"])


def _intro(context: Context, found_words: Words, rule_id: str) -> list:
    """An organization introduced by what it is, or by its stock code: `결혼정보회사 비에나래`,
    `IT기업 한빛소프트`, `인터넷신문 '한빛소리'`, `주식회사 한빛`, `법무법인 한빛`, `한빛테크[123450]`.
    The name must be a proper noun (or quoted), and no person, place or market."""
    c, text, mentions = cues(), context.text, []
    quotes, starts = "".join(_QUOTES), found_words.starts
    # Candidates: proper nouns, and the first word inside an opening quote (both few).
    candidates = set(found_words.proper)
    for quote in _OPENING_QUOTES:
        at = text.find(quote)
        while at >= 0:
            index = bisect.bisect_left(starts, at + 1)
            if 0 < index < len(starts) - 1 and starts[index] == at + 1:
                candidates.add(index)
            at = text.find(quote, at + 1)
    ends = c["intro_ends"]
    for index in sorted(candidates):
        word = found_words[index]
        before_end = word.start
        while before_end > 0 and (text[before_end - 1] == " " or text[before_end - 1] in quotes):
            before_end -= 1
        # (cheap first: the written word before ends in an introducing noun's last letter, or 인)
        if before_end < 2 or text[before_end - 1] not in ends:
            continue
        # The written word before (kiwipiepy may split `스타트업인` into two of our words).
        before = text[text.rfind(" ", 0, before_end) + 1:before_end]
        if not _introduced(before, c):
            continue
        quoted = _QUOTED.match(text, before_end)
        if quoted:  # `인터넷신문 '바른목소리'`: the quoted name, whatever its words
            name = quoted.group(1)
            # (only after a compound: a bare noun and a quote is a word in quotes, `업체 '갑질'`)
            if quoted.start(1) == word.start or text[word.start - 1:word.start] in quotes:
                if before not in c["intro_noun_set"] and not (
                        _market(name) or name in c["places"] or _korean_name(name)):
                    mentions.append(_mention(context, quoted.start(1), quoted.end(1), rule_id))
            continue
        if not word.size or text[before_end:word.start] != " " or word.tokens[0].tag not in PROPER_TAGS:
            continue
        name = _text(context, word.start, word.name_end)
        following = found_words[index + 1]
        if len(name) < 2 or name in c["places"] or _market(name) or _korean_name(name) \
                or _is_person(context, word, following) \
                or (following is not None and following.tokens[0].form in c["events"]):
            continue
        end = word.name_end
        # A name of two proper nouns (`커플예감 필링유`): the next one joins when nothing ends the first.
        if word.bare and following is not None and following.size and following.tokens[0].tag == "NNP" \
                and following.start == word.end + 1 and not _is_person(context, following, found_words[index + 2]) \
                and _text(context, following.start, following.name_end) not in c["places"]:
            end = following.name_end
        mentions.append(_mention(context, word.start, end, rule_id))
    if "[" in text or "(" in text:
        for match in _stock_code_pattern().finditer(text):  # the code, then the name written before it
            end = match.start()
            start = end
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "&"):
                start -= 1
            name = text[start:end]
            if len(name) >= 2 and not name[0].isdigit() and not _market(name) and name not in c["places"]:
                mentions.append(_mention(context, start, end, rule_id))
    return mentions


@functools.lru_cache(maxsize=1)
def _list_anchor():
    """What follows `등` at the end of a list of organizations: a count with `개사` or an
    organization noun, or an organization noun after at most one modifier word."""
    nouns = alternation(suffix_file_structural()["list_nouns"])
    return regex.compile(rf"\s(?:\d+\s?(?:개사|개\s?(?:{nouns}))|(?:\p{{Hangul}}{{1,6}}\s)?(?:{nouns}))(?![인원장])")


def _coordination(context: Context, found_words: Words, rule_id: str) -> list:
    """The items of a list that ends in `등` and an organization noun: `○○, ○○ 등 보수 단체`,
    `○○·○○ 등 4개사`, `○○, ○○ 등 5개 저축은행` (split at `,`, `·` and 와/과). An item must be a
    proper noun or end in an organization suffix, and no person, place or market."""
    c, text, mentions = cues(), context.text, []
    if "등" not in text:
        return mentions
    for index in range(1, len(found_words) - 1):
        word = found_words[index]
        if word is None or word.tokens[0].form != "등" or word.tokens[0].tag != "NNB" or len(word.tokens) != 1 \
                or not _list_anchor().match(text, word.end):
            continue
        last = found_words[index - 1]
        if last is None or not last.bare or not last.size or last.end + 1 != word.start:
            continue
        run = _list_run(text, found_words, index - 1)
        for item in map(found_words.__getitem__, run):
            name = _text(context, item.start, item.name_end)
            if len(name) < 2 or not (item.tokens[0].tag in PROPER_TAGS or len(suffix_of(compact(name))) < len(name) > 0
                                     and suffix_of(compact(name))) \
                    or name in c["places"] or _market(name) or _korean_name(name) or item.tokens[0].tag == "SN":
                continue
            mentions.append(_mention(context, item.start, item.name_end, rule_id))
    return mentions


@functools.lru_cache(maxsize=1)
def _short_name_pattern():
    """`(이하 ○○)` right after a name, after its alias in parentheses or inside them (`(Blue·이하 ○○)`)."""
    words = alternation(suffix_file_structural()["short_name_words"])
    return regex.compile(rf"(?:\([^()]{{1,40}}\))?\(\s*(?:[^()]{{1,40}}?[·,;]\s*)?(?:{words})\s*['\"‘“]?([\p{{Hangul}}A-Za-z0-9&][^()'\"’”]{{0,20}}?)['\"’”]?\s*\)")


def _full_name(m) -> tuple:
    """(canonical, org_id) a short form of mention `m` links to."""
    from .resolve import canonical_spacing

    written = canonical_spacing(m.text)
    row = gazetteer_by_name().get(compact(written))
    return (row["name_ko"], row["org_id"]) if row else (written, m.org_id)


def short_forms(mentions: list, context: Context, found_words: Words, rule_id: str) -> list:
    """Short forms of an organization found in full earlier in the document, with its canonical name:
    the later uses of a short name defined with `이하` (`씨제스 엔터테인먼트(이하 씨제스)` → `씨제스`),
    and a later proper noun that shortens a name (`누리바이오로직스` → `누리바이오`). The definition
    in parentheses itself is optional (docs/annotation.md, ORG) and left out."""
    c, text = cues(), context.text
    found = Spans((m.start, m.end) for m in mentions)
    added, taken = [], set()
    defined = []  # (short name, from, canonical, org_id)
    if "(" in text:
        for m in mentions:
            if text[m.end:m.end + 1] == "(":
                match = _short_name_pattern().match(text, m.end)
                if match and match.group(1) not in c["places"]:
                    defined.append((match.group(1).strip(), match.end(), *_full_name(m)))
    # Names of one word (`누리바이오로직스`): the head of a name of several (`클라우드` of `클라우드
    # 네이티브 기술위원회`) is often a common word.
    full = [(compact(canonical_spacing_of(m)), m) for m in mentions if len(m.text) >= 4 and " " not in m.text]
    if not defined and not full:
        return added
    for short, after, canonical, org_id in defined:  # later uses of a defined short name, as written
        at = text.find(short, after)
        while at >= 0:
            end = at + len(short)
            if (at == 0 or not text[at - 1].isalnum()) and ends_word(context, _norm_index(context, end)) \
                    and not found.any(lambda s, e: s < end and at < e, at, end):
                taken.add(at)
                added.append(_mention(context, at, end, rule_id, canonical=canonical, org_id=org_id))
            at = text.find(short, end)
    for index in found_words.proper:
        word = found_words[index]
        name = _text(context, word.start, word.name_end)
        if word.start in taken or found.any(lambda s, e: s < word.name_end and word.start < e, word.start, word.name_end):
            continue
        link = None
        if len(name) >= 3 and word.name_tags() <= {"NNP"} and name not in c["places"] \
                and not _korean_name(name) and not _is_person(context, word, found_words[index + 1]):
            link = next((_full_name(m) for key, m in full
                         if m.end <= word.start and key.startswith(name) and len(key) > len(name)), None)
        if link is not None:
            taken.add(word.start)
            added.append(_mention(context, word.start, word.name_end, rule_id, canonical=link[0], org_id=link[1]))
    return added


def canonical_spacing_of(m) -> str:
    from .resolve import canonical_spacing

    return canonical_spacing(m.text)


def _gov_unit(context: Context, found_words: Words, rule_id: str) -> list:
    """A unit of a named local government, with its parent: `부산시 교통국`, `속초시 환경자원사업소`,
    `강남구 위생과`. The parent is a proper noun ending in 시, 군, 구 or 도 (or a local government of
    the gazetteer); the unit a compound whose last token is a unit word (`교통`+`국`), so that
    everyday words (`결과`, `화장실`) are none."""
    c, mentions = cues(), []
    parents, units = c["local_parents"], c["gov_units"]
    for index in found_words.proper:
        parent = found_words[index]
        unit = found_words[index + 1]
        # (cheap first: a bare word ending in a parent suffix, then a word ending in a unit word)
        if not parent.bare or unit is None or not unit.size or unit.start != parent.end + 1:
            continue
        if unit.size >= 2:  # `교통`+`국`
            if unit.tokens[unit.size - 1].form not in units:
                continue
        # one proper noun ending in a unit word, after a stem of two letters or more, three before a
        # one-letter unit (`환경자원사업소`, `농업기술센터`, `시민안전실`)
        elif unit.tokens[0].tag != "NNP" or not any(unit.tokens[0].form.endswith(u)
                                                     and len(unit.tokens[0].form) >= len(u) + (2 if len(u) >= 2 else 3)
                                                     for u in units):
            continue
        name = _text(context, parent.start, parent.name_end)
        row = gazetteer_by_name().get(name)
        if not (name.endswith(parents) and len(name) >= 2 and parent.size == 1 or row and row.get("type") == "local_government"):
            continue
        if not all(t.tag in ("NNG", "NNP") for t in unit.tokens[:unit.size]) \
                or (found_words[index + 2] is not None and found_words[index + 2].tokens[0].form in c["events"]):
            continue
        mentions.append(_mention(context, parent.start, unit.name_end, rule_id))
    return mentions


RULES = (
    WordRule("org.gazetteer", _gazetteer),
    WordRule("org.suffix", _suffix),
    WordRule("org.english", _english),
    WordRule("org.cue", _cue),
    WordRule("org.affiliation", _affiliation),
    WordRule("org.match", _match),
    WordRule("org.reporting", _reporting),
    WordRule("org.byline", _byline),
    WordRule("org.intro", _intro),
    WordRule("org.coordination", _coordination),
    WordRule("org.gov_unit", _gov_unit),
)
# Run on the mentions the word rules found and the filters kept.
KEPT_RULES = (KeptRule("org.list", list_items), KeptRule("org.short_form", short_forms))


def rules() -> tuple:
    """The ORG rules: word rules, then the rules over what they kept."""
    return RULES + KEPT_RULES
