"""`org.suffix_cue`: a name ending in a short suffix that makes an organization only with a cue
of its kind after it (org_suffixes.yaml `structural.suffix_cues`): schools and universities
(`한빛고 학생`, `청솔고를 졸업한`, `누리대 총장`), parties (`새희망당 대변인`), business groups (`대양유통그룹 계열`) and broadcasters
(`누리TV 드라마`). Alone, such words are common words and places (`해운대`, `알파고`, `회의중`,
`스마트TV`)."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from ..rules import Context, alternation, matches_from
from .lexicon import cues, gazetteer_by_name
from .mention import _korean_name, _market, _mention
from .structural import structural_words, text_signs
from .words import Words

# Particles between the name and a verb cue (`청솔고를 졸업한`, `한빛대에 입학했다`,
# `누리TV가 편성했다`).
_VERB_PARTICLES = ("을", "를", "에", "에서", "에도", "으로", "로", "에서도", "이", "가", "은", "는")
_NAME_LETTER = regex.compile(r"[\p{Hangul}A-Za-z0-9]")
# Cue words that also follow a person's name (`김영대 교수`, `이상중 교사`).
_PERSON_CUES = ("교수", "교사", "교장", "교감", "총장", "학생")
# Tags a suffix's first letter may carry: a noun or a prefix, not an ending (`먹었고`, `했대`).
_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "XPN", "XSN", "XR", "SL", "NR"})
# A first token of the name: a noun, a foreign word or a determiner (`새희망당`), not a verb.
_FIRST_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XPN", "XR", "MM", "SN"})


class SuffixKind(NamedTuple):
    """One kind of `suffix_cues`: its name (also the pattern's group of its suffix) and the type it gives."""

    name: str
    type: str


@functools.lru_cache(maxsize=1)
def suffix_kinds() -> tuple:
    """(the kinds of `suffix_cues`, one pattern for them all, the pattern with words between, its
    cheap sign): per kind a suffix (in a group named after the kind) and the cue after it — a cue
    word (`next`, maybe after 의), or a particle and a verb cue (`verbs`). The pattern starts at the
    suffix, so that the text is scanned once for a few letters; the name's start is found after.
    Between a school and its cue word a department and a person's name may stand (`한빛대 경영학과
    교수`, `한빛대 김철수 교수`): that second pattern is searched only in a text with a cue word of
    such a kind (its sign), so that most texts pay nothing for it."""
    kinds, branches, between, signs, firsts = [], [], [], [], set()
    for name, kind in structural_words()["suffix_cues"].items():
        next_words = rf"(?:{alternation(kind['next'])}|\d+학년)"
        verb = rf"(?:{alternation(_VERB_PARTICLES)})\s(?:{alternation(kind['verbs'])})"
        branches.append(rf"(?P<{name}>{alternation(kind['suffixes'])})(?:의?\s{next_words}|{verb})")
        kinds.append(SuffixKind(name, kind["type"]))
        if kind.get("departments"):
            department = rf"\s[가-힣]{{0,10}}(?:{alternation(kind['departments'])})"
            between.append(rf"(?P<{name}>{alternation(kind['suffixes'])})"
                           rf"(?:{department}(?:\s[가-힣]{{2,4}})?|\s[가-힣]{{2,4}})\s{next_words}")
            signs.extend(kind["next"])
        firsts.update(suffix[0] for suffix in kind["suffixes"])
    # (plain words: `re` scans faster than `regex`; the look-ahead at the suffixes' first letters
    # rejects most places at once, where the alternation of groups would be tried: 2× faster)
    starts = "[" + "".join(map(re.escape, sorted(firsts))) + "]"
    return (tuple(kinds), re.compile(rf"(?={starts})(?:{'|'.join(branches)})"), re.compile("|".join(between)) if between else None,
            re.compile(alternation(signs)) if signs else None)


def _name_start(text: str, end: int) -> int:
    """Start of the name that ends at `end`: back over letters and digits (at most 16), or -1 when
    the word is longer or starts with a digit."""
    start = end
    while start > 0 and end - start <= 16 and _NAME_LETTER.match(text[start - 1]):
        start -= 1
    return -1 if end - start > 16 or start == end or text[start].isdigit() else start


def _common_stem(context: Context, start: int, stem_end: int) -> bool:
    """The stem is one common noun kiwipiepy knows (`회의` of `회의중`, during a meeting)."""
    token = context.token_covering(start)
    return token is not None and token.tag == "NNG" and token.start == start and token.end == stem_end


def _person_cue(cue: str) -> bool:
    """After a name-shaped school, the cue is a person's (`김영대 교수`, `김영대 경영학과 교수`)."""
    return cue.startswith(_PERSON_CUES) or cue.split(" ")[0].endswith(_departments())


@functools.lru_cache(maxsize=1)
def _departments() -> tuple:
    """Department words of the school kind (`경영학과`, `법대`)."""
    return tuple(structural_words()["suffix_cues"]["school"].get("departments", ()))


@functools.lru_cache(maxsize=1)
def _stems() -> frozenset:
    """Stems that are no name before a suffix cue: the cue stems and the generic ones (built once)."""
    return frozenset(structural_words()["suffix_cue_stems"]) | cues()["generic"]


def _suffix_cue(context: Context, found_words: Words, rule_id: str) -> list:
    """Names ending in a suffix of `suffix_cues` with a cue of its kind after them, no common word,
    place, market or person's name (`김영대 교수`)."""
    c, text, mentions = cues(), context.text, []
    stems = _stems()
    kinds, pattern, between, sign = suffix_kinds()
    # (every match starts with a suffix: tried at the suffixes' starts, not scanned for through the text, `matches_from`)
    matches = list(matches_from(pattern, text, text_signs(text)[7]))  # (where its suffixes start)
    if between is not None and sign.search(text):
        seen = {m.start() for m in matches}
        matches.extend(m for m in between.finditer(text) if m.start() not in seen)
    for match in matches:
        kind = next(k for k in kinds if k.name == match.lastgroup)  # (the branch's only named group)
        suffix = match.group(kind.name)
        stem_end, end = match.span(kind.name)
        start = _name_start(text, stem_end)
        if start < 0:
            continue
        stem = text[start:stem_end]
        first, suffix_token = context.token_covering(start), context.token_covering(stem_end)
        if len(stem) < 2 or stem in stems or stem.isdigit() or stem in c["places"] and kind.name != "school" \
                or first is None or first.tag not in _FIRST_TAGS or suffix_token is None \
                or suffix_token.tag not in _NOUN_TAGS or _market(stem) or text[start:end].endswith(c["buildings"]):
            continue
        # `회의중 학생`: during a meeting; `김영대 교수`, `이상중 교사`, `김영대 경영학과 교수`: a person's name.
        if suffix == "중" and _common_stem(context, start, stem_end):
            continue
        if kind.name == "school" and _korean_name(text[start:end]) and len(suffix) == 1 and suffix != "고" \
                and _person_cue(text[end:match.end()].lstrip("의 ")):
            continue
        row = gazetteer_by_name().get(text[start:end])
        mentions.append(_mention(context, start, end, rule_id, row["name_ko"] if row else "",
                                 row["org_id"] if row else "", kind.type))
    return mentions
