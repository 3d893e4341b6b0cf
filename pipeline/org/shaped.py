"""`org.shaped_subject`: a business name no gazetteer lists, standing alone (no cue word before it, no apposition) as
the topic or subject of a sentence that gives a figure (`새온통신이 올해 3분기 … 매출 …`, `청솔바이오는 … 선급금 4,500만
달러를`, `한빛방산은 … 세운다고 20일 밝혔다`). Its shape tells it: a business's word at its end (org_suffixes.yaml
`suffixes` of the `shaped_names` types, or `shaped_names.endings`) after a stem kiwipiepy does not know as a word — read
as a determiner and letters (`새`+`온`), one-letter nouns (`청`+`솔`), a particle (`청소`+`ᆯ`), or the whole one proper
noun or unknown noun — or an industry word at its start (`바이오넥스`, one unknown name). A stem that is one common noun
(`대양`+`조선해양`) makes one only as the subject of a business's act (`수주했다`, `공시했다`): `자동차보험은 손해율이`,
`결제시스템은`, `라이브커머스는 거래액이` stay common nouns."""
from __future__ import annotations

import bisect
import functools
from itertools import chain
import re
from typing import NamedTuple

import regex

from ..rules import Context
from .lexicon import cues, suffix_file, suffix_of
from .mention import _is_person, _mention, _unknown_noun
from .words import Words

# The particles of a topic or subject.
_TOPIC = frozenset({"은", "는", "이", "가"})
_PARTICLES = _TOPIC | {"의"}
# Tags of a stem's letters that no common word of kiwipiepy's is read in: a determiner or an adverb (`새`+`온`, `한`+`솔`),
# a particle inside a word (`청소`+`ᆯ`), a bound noun or a noun suffix.
_MISREAD = frozenset({"MM", "MAG", "NNB", "XSN", "NR"})
# ... and a verb or adjective whose ending kiwipiepy reads inside one written syllable (`다`+`오`+`ᆫ` of `다온식품`): no word
# is written so glued to the noun after it.
_GLUED_VERB = frozenset({"VV", "VA"})
_GLUED_ENDINGS = frozenset({"ᆫ", "ᆯ"})
_NOUNS = frozenset({"NNG", "NNP"})
_HANGUL_NAME = regex.compile(r"\p{Hangul}{3,16}")
_DIGIT = re.compile(r"[0-9]")


@functools.lru_cache(maxsize=1)
def _shaped() -> tuple:
    """(the endings, longest first, with their types; the beginnings; the acts; the sectors)."""
    data, c = suffix_file()["shaped_names"], cues()
    types = frozenset(data["types"])
    endings = {s: t for s, t in c["suffix_type"].items() if t in types}
    endings.update((str(s), "company") for s in data["endings"] if str(s) not in endings)
    return (tuple(sorted(endings.items(), key=lambda pair: -len(pair[0]))), tuple(map(str, data["beginnings"])),
            tuple(map(str, data["acts"])), frozenset(map(str, data["sectors"])))


@functools.lru_cache(maxsize=1)
def _shaped_words() -> tuple:
    """(a word ending in one of `shaped_names.endings` before a topic, subject or genitive particle, or starting with one of
    its `beginnings` after a space or a line's start; the endings' and beginnings' letters alone). Plain `re`, and the
    letters apart: `re` skips to the first letters of an alternation of words in C, where the whole pattern, which opens
    with any Hangul letter, is tried at every position of the text."""
    data = suffix_file()["shaped_names"]
    endings = "|".join(map(re.escape, sorted(map(str, data["endings"]), key=len, reverse=True)))
    beginnings = "|".join(map(re.escape, map(str, data["beginnings"])))
    return (re.compile(rf"[가-힣](?:{endings})[은는이가의](?=\s)|(?:^|(?<=\s))(?:{beginnings})[가-힣]{{2,}}", re.M),
            re.compile(rf"{endings}|{beginnings}"))


def _shaped_starts(text: str) -> list:
    """Where `_shaped_words`' words start, as its `finditer` would give them: each match opens on an ending's or a
    beginning's letters or the letter before them, so the whole pattern is tried only there."""
    whole, letters = _shaped_words()
    starts, at = [], 0
    while (found := letters.search(text, at)) is not None:
        here = found.start()
        match = here > at and whole.match(text, here - 1) or whole.match(text, here)
        if match:
            starts.append(match.start())
            at = match.end()
        else:
            at = here + 1
    return starts


@functools.lru_cache(maxsize=1)
def _owned_figures() -> tuple:
    return tuple(map(str, suffix_file()["shaped_names"]["owned_figures"]))


@functools.lru_cache(maxsize=1)
def _noun_stem_data() -> tuple:
    """(the periods that may stand between `X의` and its figure; the kinds no common-noun stem names a business by)."""
    data = suffix_file()["shaped_names"]
    return tuple(f"{p} " for p in map(str, data["genitive_periods"])), frozenset(map(str, data["kind_stems"]))


_QUARTER = re.compile(r"[1-4]분기 ")


def _owned_after(text: str, at: int, owned: tuple, c: dict) -> bool:
    """A business's own figure at `at`, or after a period word (`X의 지난달 매출이`, `X의 3분기 영업이익은`), a place or a
    modifier of the figure (`X의 유럽 생산능력은`, `X의 누적 거래액`), one of each at most."""
    if text.startswith(owned, at):
        return True
    periods, _ = _noun_stem_data()
    period = next((p for p in periods if text.startswith(p, at)), None)
    if period is None and (quarter := _QUARTER.match(text, at)) is not None:
        period = quarter.group()
    at += len(period or "")
    if period is not None and text.startswith(owned, at):
        return True
    space = text.find(" ", at, at + 8)
    return space > at and (text[at:space] in c["places"] or text[at:space] in c["figure_modifiers"]) \
        and text.startswith(owned, space + 1)


class _Piece(NamedTuple):
    start: int
    end: int
    tag: str


@functools.lru_cache(maxsize=1024)
def _read_alone(name: str) -> tuple:
    """(start, end, tag) of the tokens kiwipiepy reads in the word alone."""
    from ..segment import kiwi  # (the stage's one Kiwi, already built)

    return tuple((t.start, t.start + t.len, t.tag) for t in kiwi().tokenize(name))


# Noun suffixes that make a kind of thing of the noun before them (`차량`+`용`, `원통`+`형`): a stem ending so is a kind,
# no misread name (`차량용배터리`, `원통형배터리`).
_KIND_SUFFIXES = frozenset({"용", "형", "식"})


def _weak_stem(tokens, text: str = "") -> bool:
    """The stem's tokens are no word kiwipiepy knows: a misread letter among them (`새`+`온`, `청소`+`ᆯ`) or a noun of
    one letter (`청`+`솔`); not a noun and a suffix of a kind (`차량`+`용`)."""
    last = tokens[-1] if tokens else None
    if last is not None and last.tag == "XSN" and text[last.start:last.end] in _KIND_SUFFIXES:
        return False
    return any(t.tag in _MISREAD or t.tag[0] == "J" or t.tag in _GLUED_VERB or t.tag in _NOUNS and t.end - t.start == 1 for t in tokens)


def _name_tokens(found_words: Words, index: int):
    """(start, the tokens of the name) of a word that is a name and one topic, subject or genitive particle, or None; a word kiwipiepy starts inside the one before (`청소`+`ᆯ` of `청솔`, `다`+`오`+`ᆫ` of `다온`) starts with that one."""
    word = found_words[index]
    tokens = word.tokens
    if len(tokens) < 2 or tokens[-1].form not in _PARTICLES or tokens[-1].tag[0] != "J":
        return None
    start, before = word.start, found_words[index - 1] if index else None
    if (tokens[0].tag[0] == "J" or tokens[0].tag == "ETM" and tokens[0].form in _GLUED_ENDINGS) \
            and before is not None and before.start < start < before.end:
        tokens, start = before.tokens + tokens, before.start
    name = tokens[:-1]
    if any(t.tag not in _NOUNS and t.tag not in _MISREAD and t.tag[0] != "J" and not _glued_verb(name, i) for i, t in enumerate(name)) \
            or name[-1].tag not in _NOUNS or name[0].tag[0] == "J":
        return None
    return start, name


def _glued_verb(tokens, i: int) -> bool:
    """Token `i` is a verb whose ending is one letter of its syllable right after it (`오`+`ᆫ`), or that ending."""
    t = tokens[i]
    if t.tag in _GLUED_VERB:
        return i + 1 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 1].form in _GLUED_ENDINGS
    return t.tag == "ETM" and t.form in _GLUED_ENDINGS and i > 0 and tokens[i - 1].tag in _GLUED_VERB


def _shaped_subject(context: Context, found_words: Words, rule_id: str) -> list:
    """Names of a business's shape as the topic or subject of a sentence with a figure (a digit after them there)."""
    text = context.text
    if _DIGIT.search(text) is None:  # (cheap first: no figure, no such sentence)
        return []
    c, mentions = cues(), []
    endings, beginnings, acts, sectors = _shaped()
    owned = c["business_figures"] + _owned_figures()
    ends = [s.end for s in context.sentences]
    # (the words the indexes list with a suffix's letters at their end or no name part, `새`+`온`+`통신`, and those a scan in C
    # finds by an ending or a beginning of `shaped_names`: one proper or unknown noun, `누리방산은`, `바이오넥스는`)
    # (only those that end in a topic, subject or genitive particle, which `_name_tokens` asks first)
    candidates = {index for index in chain(found_words.adverbs, found_words.misread, found_words.suffixed)
                  if found_words[index].tokens[-1].form in _PARTICLES}
    for at in _shaped_starts(text):
        index = bisect.bisect_right(found_words.starts, at) - 1
        if index >= 0 and found_words[index] is not None:
            candidates.add(index)
    for index in sorted(candidates):
        read = _name_tokens(found_words, index)
        if read is None:
            continue
        start, name_tokens = read
        end = name_tokens[-1].end
        # (with 의, a business's own figure right after it: `새봄쇼핑의 결제 추정액은`)
        if text.startswith("의", end) and not _owned_after(text, end + 2, owned, c):
            continue
        name = text[start:end]
        if _HANGUL_NAME.fullmatch(name) is None or name in c["generic"] or name in c["places"] or name in sectors:
            continue
        sentence_end = ends[min(bisect.bisect_right(ends, end), len(ends) - 1)] if ends else len(text)
        rest = text[end:sentence_end]
        if not any(map(str.isdigit, rest)):
            continue
        one = len(name_tokens) == 1 and (name_tokens[0].tag == "NNP" or _unknown_noun(name))
        ending, kind = next(((s, t) for s, t in endings if name.endswith(s)), ("", ""))
        stem = name[:len(name) - len(ending)]
        if ending and len(stem) >= 2 and stem not in c["generic"] and stem not in c["places"]:
            if len(name_tokens) == 1 and not one:  # (one common noun here, which kiwipiepy splits alone: read it so)
                name_tokens = [_Piece(start + s, start + e, tag) for s, e, tag in _read_alone(name)]
            stem_tokens = [t for t in name_tokens if t.start < start + len(stem)]
            # (the ending starts a token, or the whole name is one)
            if not (one or any(t.start == start + len(stem) for t in name_tokens)):
                continue
            # (a stem of common nouns before a suffix of the lists, `누리`+`은행`, `누리`+`마트`+`그룹`: a business where the
            # sentence gives a business's own figure after it, `누리은행은 3분기 순이익이`; not a kind, `시중은행`, `명품백화점`)
            # (or a proper noun kiwipiepy knows before an industry word, `한빛`+`배터리`: no common word)
            if not (one or _weak_stem(stem_tokens, text) or any(act in rest for act in acts)
                    or all(t.tag == "NNP" for t in stem_tokens)
                    or ending in c["suffix_type"] and _noun_stem(text, stem_tokens, rest, owned, c)):
                continue
        elif not (one and name.startswith(beginnings) and len(name) - max(len(b) for b in beginnings if name.startswith(b)) >= 2):
            continue
        word = found_words[index]
        if word.size and _is_person(context, word, found_words[index + 1] if index + 1 < len(found_words) else None):
            continue
        mentions.append(_mention(context, start, end, rule_id, org_type=kind or "company"))
    return mentions


def _noun_stem(text: str, stem_tokens, rest: str, owned: tuple, c: dict) -> bool:
    """A stem of one or two common nouns, the first no kind of business nor a line of it (`시중`, `명품`, `석유`), before
    a business suffix, in a sentence that gives a business's own figure after the name (`매출`, `순이익`, `수주`)."""
    _, kinds = _noun_stem_data()
    forms = [text[t.start:t.end] for t in stem_tokens]
    return len(stem_tokens) <= 2 and all(t.tag in _NOUNS and t.end - t.start >= 2 for t in stem_tokens) \
        and not any(f in kinds or f in c["generic"] or f in c["industry_stems"] for f in forms) \
        and any(figure in rest for figure in owned)
