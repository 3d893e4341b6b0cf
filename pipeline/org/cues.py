"""`org.cue`: a proper noun in an organization's context, read from one table of cue kinds
(`CUE_KINDS`) that also gives the rule's cheap pre-filter (`_cue_signs`)."""
from __future__ import annotations

import bisect
import re
import functools
from typing import Callable, NamedTuple, Optional


from ..rules import Context
from .lexicon import LEGAL_FORM, LEGAL_FORMS, cues, has_legal_form
from .mention import common_compound, _is_person, _is_proper, _korean_name, _mention, _text, _unknown_noun, name_end
from .structural import text_signs, two_word_end
from .words import PROPER_TAGS, Word, Words


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


_GLOSS_TAGS = frozenset({"SSO", "SSC", "SL", "SH"})  # a gloss's parentheses and foreign letters


def _after_name(word: Word) -> list:
    """The forms after the name part, leaving out a gloss's parentheses and foreign letters."""
    return [t.form for t in word.tokens[word.size:] if t.tag not in _GLOSS_TAGS]


def _first_after_name(word: Word) -> str:
    """The first form of `_after_name`, or "" (`_cue` asks it of every proper noun: no list built)."""
    if word.gloss is None:  # (then no parenthesis or foreign letter follows the name: `words` ends or extends it there)
        return word.tokens[word.size].form if word.size < len(word.tokens) else ""
    for token in word.tokens[word.size:]:
        if token.tag not in _GLOSS_TAGS:
            return token.form
    return ""


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


def _genitive_noun(a: Around, c: dict) -> bool:
    """`X의 회장`, `X의 점유율`: a word of a business's own figures may run on past its first token
    (`점유`+`율`, `점포 수`), so those are read as the text the next word starts with; a word may stand
    before it (`X의 유료 가입자는`), or a period of its reporting and maybe such a word and its basis, the figure given after
    it (`X의 3분기 매출은 1조 원`, `X의 1~3분기 누적 거래액은 9조 원`, `X의 1분기 연결 기준 영업손실은`)."""
    if a.then in c["after_genitive"] or a.following is None:
        return a.then in c["after_genitive"]
    text, figures = a.context.text, c["business_figures"]
    if text.startswith(figures, a.following.start):
        return True
    if not a.following.bare:
        return False
    at, period = a.index + 1, a.following
    # (`1~3분기`: kiwipiepy ends a word at the tilde)
    if text.startswith("~", period.end) and period.tokens[0].tag == "SN" and at + 1 < len(a.found_words) \
            and a.found_words[at + 1] is not None and a.found_words[at + 1].start == period.end + 1:
        at, period = at + 1, a.found_words[at + 1]
    dated = period.bare and _period(text, period, c)
    if dated:
        at += 1
        modifier = a.found_words[at] if at < len(a.found_words) else None
        if modifier is not None and modifier.bare and modifier.start == a.found_words[at - 1].end + 1 \
                and modifier.size and modifier.tokens[0].form in c["figure_modifiers"]:
            at += 1
            # (the basis the modifier gives, `연결 기준`, `별도 기준`: `X의 1분기 연결 기준 영업손실은`)
            basis = a.found_words[at] if at < len(a.found_words) else None
            if basis is not None and basis.bare and basis.start == modifier.end + 1 and text[basis.start:basis.end] in c["figure_bases"]:
                at += 1
    elif at == a.index + 1 and a.then in c["figure_modifiers"]:
        at += 1
    else:
        return False
    after = a.found_words[at] if at < len(a.found_words) else None
    if after is None or after.start != a.found_words[at - 1].end + 1 or not text.startswith(figures, after.start):
        return False
    # (after a period, the figure itself follows in the clause: `X의 3분기 매출은 1조 원`)
    return not dated or any(ch.isdigit() for ch in text[after.end:after.end + 30].split("\n")[0].split(". ")[0])


_PERIOD_NUMBER = re.compile(r"[0-9]{1,2}(?:~[0-9]{1,2})?")


def _period(text: str, word: Word, c: dict) -> bool:
    """The word is a period a figure is given for, alone or after a number (`상반기`, `3분기`, `1~3분기`: `figure_periods`)."""
    name = text[word.start:word.name_end]
    number = _PERIOD_NUMBER.match(name)
    return (name[number.end():] if number else name) in c["figure_periods"]


def _genitive_org_figure(a: Around, c: dict) -> bool:
    """`X의 점포`, `X의 영업이익`: a figure no product or work has (a name ending in a digit may stand here)."""
    return a.following is not None and a.context.text.startswith(c["org_figures"], a.following.start)


def _genitive_same_period(a: Around, c: dict) -> bool:
    """`X의 같은 기간 낙찰총액은 540억 원`: X's figure over the period just given to another, a peer compared with it;
    a number follows in the clause."""
    text = a.context.text
    if a.following is None or not text.startswith(c["same_period"], a.following.start):
        return False
    return any(ch.isdigit() for ch in text[a.following.start:a.following.start + 40].split("\n")[0])


def _genitive_parent(a: Around, c: dict) -> bool:
    """`X의 반려동물 사료 자회사 펫누리`, `X의 백화점 부문 자회사인 누리백화점`: X owns the company named after a company
    word (bare, or with the copula as written before a name), at most two bare common words of its line of business between
    (`X의 자회사` itself: `after_genitive`)."""
    words = a.found_words
    for at in range(a.index + 2, min(a.index + 5, len(words) - 1)):
        word, before = words[at], words[at - 1]
        # (a proper noun between is the parent itself: `네바다주의 애플의 투자 자회사인 X`, kiwipiepy's one NNP `애플의`)
        if word is None or before is None or not before.bare or not before.size or "NNP" in before.name_tags():
            return False
        if word.tokens[0].form in c["subsidiary_words"]:
            after = words[at + 1]
            # (kiwipiepy gives the copula's ending, `자회사`+`이` then `ᆫ`, an entry of its own, no name in it)
            copula = [t.form for t in word.tokens[1:]] == ["이"] and after is not None and not after.size \
                and [t.form for t in after.tokens] == ["ᆫ"] and at + 2 < len(words)
            after = words[at + 2] if copula else after
            return (word.bare or copula) and after is not None and after.size > 0 and after.tokens[0].tag in ("NNP", "SL")
    return False


def _after_object(a: Around) -> bool:
    """The word before the cue word ends in an object particle (`터미널을 운영하는 X`)."""
    before = a.found_words[a.index - 2] if a.index >= 2 else None
    return before is not None and before.size < len(before.tokens) and before.tokens[-1].form in ("을", "를")


def _report_according(a: Around, c: dict) -> bool:
    """`X 보도에 따르면`: the next word is a report with 에, the one after it `따르`."""
    after = a.found_words[a.index + 2] if a.index + 2 < len(a.found_words) else None
    return a.word.bare and [t.form for t in a.following.tokens[1:]] == ["에"] \
        and after is not None and after.tokens[0].form in c["according"]


def _line_of_business(a: Around, c: dict) -> bool:
    """`클라우드 자회사 톈허클라우드`: the name after the cue word ends in the word before it, which is then the line of
    business the company is named by, not its parent (a parent starts its company's name: `한빛 자회사 한빛바이오`)."""
    after = a.found_words[a.index + 2] if a.index + 2 < len(a.found_words) else None
    if after is None or not after.size:
        return False
    text = a.context.text
    name, other = text[a.word.start:a.word.name_end], text[after.start:after.name_end]
    # (or, before a company word and a name, a compound of common nouns: `폐열발전 자회사 누리클린`)
    return len(other) > len(name) and other.endswith(name) \
        or a.then in c["subsidiary_words"] and after.tokens[0].tag in ("NNP", "SL") and common_compound(name)


# Tried in order; the first whose sign is there and whose test holds names the context. `_cue`'s
# cheap pre-filter is the union of the signs (`_cue_signs`), and `_cue_kind` tries only the kinds
# whose sign stands there (`_kinds_by_sign`): both come from this table, so they cannot drift apart.
CUE_KINDS = (
    CueKind("head in parenthesis", "gloss", None, "", _head_in_parenthesis),
    CueKind("between person and title", "next", "org_titles", "alone", _between_person_and_title),
    CueKind("genitive before person and title", "particle", ("의",), "alone", _before_person_and_title),
    CueKind("after name", "next", "after_name", "with_next", lambda a, c: a.word.bare and not _line_of_business(a, c)),
    CueKind("spokesman side", "particle", ("측",), "with_next", lambda a, c: True),
    CueKind("genitive of a business's own figure", "particle", ("의",), "with_next", _genitive_org_figure, numbered=True),
    CueKind("genitive", "particle", ("의",), "with_next", _genitive_noun),
    CueKind("reporting", "particle", ("의",), "with_next", lambda a, c: a.then in c["reporting"]),
    CueKind("genitive of a parent", "particle", ("의",), "with_next", _genitive_parent),
    CueKind("genitive over the same period", "particle", ("의",), "with_next", _genitive_same_period),
    CueKind("report according", "next", "reporting", "alone", _report_according),
    CueKind("deal", "next", "deals", "with_next", lambda a, c: "".join(a.rest) in c["deal_particles"] and a.rest != []),
    CueKind("before name", "before", "before_name", "with_next", lambda a, c: True, numbered=True),
    CueKind("operator", "before", "operating", "with_next", lambda a, c: _after_object(a)),
)


@functools.lru_cache(maxsize=1)
def _kinds_by_sign() -> dict:
    """(sign, word) → the positions in `CUE_KINDS` of the kinds that word is a sign of (the gloss
    sign's word is None): a word's kinds are looked up, not every kind tested."""
    c, found = cues(), {}
    for position, kind in enumerate(CUE_KINDS):
        words = (None,) if kind.sign == "gloss" else kind.words if kind.sign == "particle" else c[kind.words]
        for word in words:
            found.setdefault((kind.sign, word), []).append(position)
    return found


@functools.lru_cache(maxsize=1)
def _cue_signs() -> tuple:
    """(particles after a name, cue words next to it, cue words before it) some kind needs."""
    words = {sign: set() for sign in ("particle", "next", "before")}
    for sign, word in _kinds_by_sign():
        if sign != "gloss":
            words[sign].add(word)
    return frozenset(words["particle"]), frozenset(words["next"]), frozenset(words["before"])


def _written_before(text: str, found_words: Words, index: int) -> str:
    """The written word before word `index`: the entry before it, or that entry and the one before it where kiwipiepy
    gave a contracted ending's letter to both (`인수`+`하` and `ᆫ` of `인수한`: the ending starts inside the verb)."""
    previous, start = found_words[index - 1], found_words[index - 1].start
    before = found_words[index - 2] if index >= 2 else None
    if before is not None and before.start < start < before.end:
        start = before.start
    return text[start:previous.end]


def _signed_kinds(a: Around) -> list:
    """The kinds whose sign stands around the word, in `CUE_KINDS` order."""
    by_sign, none = _kinds_by_sign(), []
    positions = (by_sign.get(("gloss", None), none) if a.word.gloss is not None else none) \
        + (by_sign.get(("particle", a.rest[0]), none) if a.rest else none) + by_sign.get(("next", a.then), none) \
        + (by_sign.get(("before", _written_before(a.context.text, a.found_words, a.index)), none) if a.previous is not None else none)
    return [CUE_KINDS[p] for p in sorted(positions)]


def _cue_kind(context: Context, found_words: Words, index: int) -> Optional[CueKind]:
    """Which organization context surrounds word `index` (`CUE_KINDS`), or None."""
    c = cues()
    word = found_words[index]
    previous = found_words[index - 1] if index > 0 else None
    following = found_words[index + 1] if index + 1 < len(found_words) else None
    around = Around(context, found_words, index, word, previous, following, _after_name(word),
                    following.tokens[0].form if following is not None else "")
    person = {"": False}
    for kind in _signed_kinds(around):
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
    has_legal_forms = has_legal_form(text)
    # Without a legal form in the text, only words `_is_proper` may accept (its first test).
    candidates = _named(found_words) if has_legal_forms else found_words.proper
    for index in candidates:
        # (A word is never last: its sentence's separator follows, and the last entry stands before the first.)
        word, previous, following = found_words[index], found_words[index - 1], found_words[index + 1]
        # (`(주)` is three letters, `㈜` one: the form ends where the name starts)
        legal_form = has_legal_forms and (text.endswith(LEGAL_FORMS, 0, word.start) or LEGAL_FORM.match(text, word.name_end))
        then = following.tokens[0].form if following is not None else ""
        # A cue kind needs one of the signs: most proper nouns have none, so this cheap test comes first.
        if not (legal_form or word.gloss or then in next_words
                or _first_after_name(word) in particles
                or (previous is not None and _written_before(text, found_words, index) in before_words)):
            continue
        kind = None
        if not legal_form:  # (the cheaper test first)
            if not _is_proper(context, word) or (kind := _cue_kind(context, found_words, index)) is None:
                continue
        if following is not None and following.tokens[0].form in c["events"]:
            continue
        if text[word.name_end - 1].isdigit() and not (kind and kind.numbered):
            continue
        # (after a word that introduces it, a name may have two words: `프로농구팀 클리블랜드 캐벌리어스`)
        end = two_word_end(context, found_words, index) if kind is not None and kind.sign == "before" else name_end(context, word)
        if text[end - 1:end] in c["glued_after"] and end - 1 > word.start:  # (`고객사인 삼성전자向`: the name ends before 向)
            end -= 1
        # (a kind of business before it marks a business: the items listed with it are its peers, `org.peer_list`:
        # `중국 업체인 룽지, 진코솔라, 트리나솔라가`)
        business = kind is not None and kind.sign == "before" \
            and _written_before(text, found_words, index).removesuffix("인").endswith(c["listed_kinds"])
        mentions.append(_mention(context, word.start, end, rule_id, org_type="company" if business else ""))
    return mentions + _unknown_dealt(context, found_words, rule_id) + _unknown_parents(context, found_words, rule_id) \
        + _named_after_parent(context, found_words, rule_id)


# The tags of a subsidiary's name kiwipiepy misreads: nouns, and a determiner or an adverb it took a letter for.
_PARENT_NAMED_TAGS = frozenset({"NNP", "NNG", "SL", "MM", "MAG", "XSN", "XPN"})


def _named_after_parent(context: Context, found_words: Words, rule_id: str) -> list:
    """A subsidiary named after its parent, after a company word (`자회사 볼트온에너지를 통해`, the parent a proper noun
    elsewhere in the document, `볼트온은`): kiwipiepy splits such a new name into common nouns (`볼트`+`온`+`에너지`), so cue
    kind `before name` finds no proper noun there, but its first letters are the parent's name and more follow."""
    c, text, mentions = cues(), context.text, []
    if not any(word in text for word in c["subsidiary_words"]):  # (cheap first)
        return []
    parents = None
    for subsidiary in c["subsidiary_words"]:
        at = text.find(subsidiary)
        while at >= 0:
            index, word = found_words.at(at)
            following = found_words[index + 1] if 0 <= index < len(found_words) - 1 else None
            if word is not None and word.bare and word.end == at + len(subsidiary) and following is not None \
                    and following.size and following.tokens[0].tag not in PROPER_TAGS:
                if parents is None:  # (the document's one-token proper nouns, built once)
                    parents = {text[w.start:w.name_end] for w in (found_words[i] for i in found_words.proper)
                               if w.size == 1 and w.name_end - w.start >= 2}
                # (the letters up to its particle: the name part stops at the misread determiner, `볼트`+`온`)
                end = next((t.start for t in following.tokens if t.tag.startswith("J")), following.end)
                name = text[following.start:end]
                if any(name.startswith(parent) and len(name) >= len(parent) + 2 for parent in parents) \
                        and all(t.tag in _PARENT_NAMED_TAGS for t in following.tokens if t.start < end):
                    mentions.append(_mention(context, following.start, end, rule_id, org_type="company"))
            at = text.find(subsidiary, at + 1)
    return mentions


def _unknown_parents(context: Context, found_words: Words, rule_id: str) -> list:
    """A word kiwipiepy does not know (one common noun out of its dictionary, three letters or more) as the genitive before a
    company word and the subsidiary's name (`서원유통의 면세 자회사 서원면세점은`: cue kind `genitive of a parent`): the parent,
    as a proper noun there is (16 of 16 such genitives in the read sets are organizations)."""
    c, text, mentions = cues(), context.text, []
    if not any(word in text for word in c["subsidiary_words"]):  # (cheap first)
        return []
    for subsidiary in c["subsidiary_words"]:
        at = text.find(subsidiary)
        while at >= 0:
            index, _ = found_words.at(at)
            # (the genitive is one to three words before the company word, `_genitive_parent`)
            for back in range(index - 1, max(index - 4, 0) - 1, -1) if index > 0 else ():
                word = found_words[back]
                if word is None or not word.size:
                    break
                if word.bare:
                    continue
                name = text[word.start:word.name_end]
                if word.size == 1 and word.tokens[0].tag == "NNG" and [t.form for t in word.tokens[1:]] == ["의"] \
                        and len(name) >= 3 and name not in c["generic"] and _unknown_noun(name):
                    around = Around(context, found_words, back, word, found_words[back - 1] if back else None,
                                    found_words[back + 1], ["의"], found_words[back + 1].tokens[0].form)
                    if _genitive_parent(around, c):
                        mentions.append(_mention(context, word.start, word.name_end, rule_id))
                break
            at = text.find(subsidiary, at + 1)
    return mentions


_QUOTES = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))


def _quoted(text: str, name: str) -> bool:
    """The text writes `name` alone in quotes somewhere (`'플릭스온'`)."""
    return any(f"{left}{name}{right}" in text for left, right in _QUOTES)


def _unknown_dealt(context: Context, found_words: Words, rule_id: str) -> list:
    """A word kiwipiepy does not know (one common noun out of its dictionary, three letters or more) that a deal is done
    with or to (`플릭스온을 운영하는 자회사`, `X를 인수`), and that the document quotes as a name alone (`스트리밍 서비스
    '플릭스온'의`): a name, as a proper noun there is (cue kind `deal`); a noun it knows is none (`식당을 운영하는`), nor an
    unknown one never quoted so (`메타버스를 운영하는 회사`: a new common word)."""
    c, text, mentions = cues(), context.text, []
    for start, _ in text_signs(text)[4]:  # (the deals that only organizations make, as a word after a space)
        index, following = found_words.at(start + 1)
        word = found_words[index - 1] if index >= 1 else None
        if word is None or word.size != 1 or word.tokens[0].tag != "NNG" or word.end + 1 != following.start:
            continue
        name = text[word.start:word.name_end]
        if len(name) < 3 or name in c["generic"] or not _quoted(text, name) or not _unknown_noun(name):
            continue
        kind = _cue_kind(context, found_words, index - 1)
        if kind is not None and kind.name == "deal":
            mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


@functools.lru_cache(maxsize=1)
def _spaced_titles() -> tuple:
    """The titles of a business's head with the space before it: where `org.common_name` looks
    (`str.find`, in C; ` 대표` finds ` 대표이사` too)."""
    return tuple(" " + title for title in sorted(cues()["common_name_titles"]))


def _common_name(context: Context, found_words: Words, rule_id: str) -> list:
    """A common noun that names an organization, told by two cues of different kinds: it stands
    between a person's name and a head's title (`김용현 당근 대표`), and elsewhere in the document
    another organization cue stands around it (`당근의 임직원`, `당근 측은`). kiwipiepy reads names
    that are everyday words (`당근`, carrot) as common nouns, which the other cue rules never take;
    one cue is not enough (`김한빛 공동 대표`), nor a word that qualifies a title or names a kind
    of body or people (`title_qualifiers`, `generic_stems`). `org.repeat` then finds its other uses."""
    c, text, mentions, seen = cues(), context.text, [], set()
    titled = []
    for spaced in _spaced_titles():  # (a few scans in C: most texts name no head)
        at = text.find(spaced)
        while at >= 0:
            titled.append(at + 1)
            at = text.find(spaced, at + 1)
    for start in titled:
        index, title = found_words.at(start)
        if index < 2 or title.tokens[0].form not in c["org_titles"]:  # (`대표적`: no title)
            continue
        word, person = found_words[index - 1], found_words[index - 2]
        # (cheap first: one common noun, bare, right after a bare word, a space on each side)
        if word is None or person is None or word.size != 1 or not word.bare or word.tokens[0].tag != "NNG" \
                or word.end + 1 != start or person.end + 1 != word.start:
            continue
        name = _text(context, word.start, word.name_end)
        if len(name) < 2 or name in seen or name in c["title_qualifiers"] or name in c["generic"] \
                or name in c["org_titles"] or name in c["titles"] or not _person_shaped(context, person):
            continue
        seen.add(name)
        if _cued_elsewhere(context, found_words, name, index - 1):
            mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _cued_elsewhere(context: Context, found_words: Words, name: str, skip: int) -> bool:
    """Another word written `name` has an organization cue around it (`CUE_KINDS`), not the one of
    a person and a title."""
    text, at = context.text, context.text.find(name)
    while at >= 0:
        index, word = found_words.at(at)
        if word is not None and index != skip and word.size and word.name_end == at + len(name):
            kind = _cue_kind(context, found_words, index)
            if kind is not None and kind.name != "between person and title":
                return True
        at = text.find(name, at + len(name))
    return False


def _titled(context: Context, found_words: Words, name: str) -> bool:
    """A person's title follows the name somewhere in the text, maybe after one more word (`이한빛
    회장`, `이한빛 누리전자 회장`): a name shaped like a person's is a company's (`오리온`) only where the
    story never gives it a title."""
    text, titles = context.text, cues()["titles"]
    at = text.find(name)
    while at >= 0:
        index, word = found_words.at(at)
        if word is not None and word.bare:
            after = found_words[index + 1:index + 3]
            if after and after[0] is not None and after[0].tokens[0].form in titles \
                    or len(after) == 2 and after[0] is not None and after[0].bare and after[1] is not None \
                    and after[1].tokens[0].form in titles:
                return True
        at = text.find(name, at + len(name))
    return False


# The particles of a sentence's topic or subject.
_TOPIC = (["은"], ["는"], ["이"], ["가"])


def _figure_subject(context: Context, found_words: Words, rule_id: str) -> list:
    """The topic or subject of a sentence that gives a business's own figure with a number after it
    (`크래프톤은 같은 기간 2조 970억 원의 매출`, `비보가 점유율 18%로 1위`, `SK하이닉스는 … 매출이 24조`),
    or that sells, carries or wins a count (`기아는 26만 대를 팔아`): only a business has such figures
    (`business_figures`) and does such acts (`business_acts`). A proper noun only, no person, place, market
    or kind of body; a name shaped like a person's only where the story never gives it a title."""
    text, c = context.text, cues()
    # (cheap first: the figures' words in the text, a few scans in C; most sentences give none)
    at = sorted(i for word in c["business_figures"] + c["business_acts"] for i in _find_all(text, word))
    if not at:
        return []
    ends = [s.end for s in context.sentences]
    mentions, titled = [], {}
    for index in sorted(set(found_words.proper).union(_unknown_topics(context, found_words, at))):
        word = found_words[index]
        # (a gloss may stand between the name and its particle: `KG모빌리티(KGM)는 … 1만 대를 팔았다`)
        if (_after_name(word) if word.gloss is not None else [t.form for t in word.tokens[word.size:]]) not in _TOPIC:
            continue
        sentence_end = ends[min(bisect.bisect_right(ends, word.end), len(ends) - 1)] if ends else len(text)
        figure = bisect.bisect_right(at, word.end)
        if figure == len(at) or at[figure] >= sentence_end or not any(ch.isdigit() for ch in text[word.end:sentence_end]):
            continue
        if _owned_by_other(found_words, index, at[figure]) or _phrase_head(text, found_words, index, c):
            continue
        name = _text(context, word.start, word.name_end)
        following = found_words[index + 1] if index + 1 < len(found_words) else None
        # (a name ending in a digit only with a figure no model or sequel has: `GS25는 점포 수가`)
        if name in c["generic"] or name in c["title_qualifiers"] or name in c["remainders"] \
                or name[-1].isdigit() and not text.startswith(c["org_figures"], at[figure]) \
                or not (_is_proper(context, word) or word.tokens[0].tag == "NNG" and _unknown_noun(name)) \
                or _is_person(context, word, following):
            continue
        if _korean_name(name):
            if name not in titled:
                titled[name] = _titled(context, found_words, name)
            if titled[name]:
                continue
        mentions.append(_mention(context, word.start, word.name_end, rule_id))
    return mentions


def _phrase_head(text: str, found_words: Words, index: int, c: dict) -> bool:
    """The word comes right after a bare common noun (`판매 마일스톤은`, `단계별 마일스톤은`: NNG, XSN): the head of a noun phrase,
    a thing measured (a deal's terms), not a name — unless that noun says what kind of organization follows (`편의점
    하루마트는`, `플랫폼 마켓온은`, `제약사 펠리온은`: `before_name`, `listed_kinds`, a word ending in 사), qualifies it
    (`신생 누리랩스는`) or ends a phrase of the same period, an adverbial (`같은 기간 누리타이어는 매출`: `same_period`)."""
    before = found_words[index - 1] if index > 0 else None
    word = found_words[index]
    if before is None or before.end + 1 != word.start \
            or not all(t.tag in ("NNG", "XSN") for t in before.tokens):
        return False
    last = before.tokens[-1].form
    if before.size == 1 and last in c["adverbial_nouns"]:  # (`반면 누리테크는`, `지난해 누리테크는`: the noun stands alone)
        return False
    if text.endswith(c["same_period"], 0, before.end):  # (`같은 기간 누리테크는`: a time, not the phrase's first noun)
        return False
    return last not in c["before_name"] and not last.endswith(c["listed_kinds"]) and not last.endswith("사") \
        and last not in c["generic"]  # (nor a word that qualifies a body, `신생`, `국내`, `중소`: `generic_stems`)


def _unknown_topics(context: Context, found_words: Words, figures: list) -> list:
    """Indexes of the words before a business's figure in its sentence that are one common noun and a topic
    or subject particle (`누리소프트는 … 매출을`): kiwipiepy may tag a name it does not know NNG there."""
    found, walked = [], -1  # (the words up to `walked` were looked at already)
    for figure in figures:
        index = bisect.bisect_right(found_words.starts, figure) - 1
        stop = index
        while index > 0 and index - 1 > walked and found_words[index - 1] is not None:  # back to the sentence's start
            index -= 1
            word = found_words[index]
            if word.size == 1 and word.tokens[0].tag == "NNG" and len(word.tokens) == 2 and [word.tokens[1].form] in _TOPIC:
                found.append(index)
        walked = max(walked, stop - 1)
    return found


def _owned_by_other(found_words: Words, index: int, figure: int) -> bool:
    """The figure's word comes right after another name or a genitive (`머스크는 테슬라 매출이`,
    `트럼프는 미국 기업들의 매출이`): it is that one's figure, not the topic's."""
    at, word = found_words.at(figure)
    before = found_words[at - 1] if word is not None and at - 1 > index else None
    # (a figure's own genitive is no owner: `143억 원의 영업손실`)
    return before is not None and before.size > 0 and before.tokens[0].tag != "SN" \
        and (before.tokens[0].tag in ("NNP", "SL", "SH") or before.tokens[-1].form == "의")


def _find_all(text: str, word: str) -> list:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found
