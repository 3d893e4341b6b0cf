"""What every ORG rule shares: reading a word (a person's name? a proper noun? a place?) and
making a mention of it (with a legal form glued to it and the alias written after it)."""
from __future__ import annotations

import bisect
import functools
import re

import regex

from ..model import Organization, replace
from ..rules import Context
from .lexicon import LEGAL_FORM, compact, cues, gazetteer_by_name
from .words import _PROPER_NAME_TAGS, PROPER_TAGS, Word, Words

# A parenthesized alias right after a name: Latin or Chinese characters (`(Lazada)`, `(菜鸟网络)`).
_ALIAS = regex.compile(r"\(\s*([\p{Latin}\p{Han}0-9][\p{Latin}\p{Han}0-9 &.,'·\-]{0,60}?)\s*\)")
# A Hangul alias after a Latin name (`IMF(국제통화기금)`).
_HANGUL_ALIAS = regex.compile(r"\(\s*(\p{Hangul}[\p{Hangul}\p{Latin}0-9 ·\-]{1,40}?)\s*\)")
_PARTICLE = regex.compile(r"의|은|는|이|가|을|를|와|과|에|에서|에게|도|만|로|으로|부터|까지|이다|처럼")
_HANGUL = regex.compile(r"\p{Hangul}+")
# The particles of a topic or a subject after a word's name part.
_TOPIC_PARTICLES = (["이"], ["가"], ["은"], ["는"])
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
    # (or a surname and 모, a person left unnamed: `박모(45)씨`)
    return _korean_name(name) or len(name) == 2 and name[1] == "모" and name[0] in c["surnames"]


def _korean_name(name: str) -> bool:
    """Shaped like a Korean personal name: a surname and two Hangul syllables, none of them one that
    writes a foreign sound (`오릭스`, `유튜브` are no names), nor the two an English word (`진에어`)."""
    c = cues()
    return len(name) == 3 and name[0] in c["surnames"] and _HANGUL.fullmatch(name) is not None \
        and name[1] not in c["foreign_syllables"] and name[2] not in c["foreign_syllables"] \
        and name[1:] not in c["foreign_pairs"]


def _is_proper(context: Context, word: Word) -> bool:
    """The name part is made of proper nouns or foreign words, and is no place."""
    if not word.size or word.tokens[0].tag not in PROPER_TAGS or word.name_end - word.start < 2:
        return False
    if word.size > 1 and not word.name_tags() <= _PROPER_NAME_TAGS:  # (one token passed the test above)
        return False
    name = _text(context, word.start, word.name_end)
    return name not in cues()["places"] and not _market(name)


@functools.lru_cache(maxsize=4096)
def _unknown_noun(name: str) -> bool:
    """kiwipiepy knows no noun written so (`누리소프트`, `크래프톤`; not `반도체`, `스마트홈`, nor a compound
    of known nouns, `가전부문`): read alone, the word is one token out of its dictionary. kiwipiepy tags
    such a word NNP or NNG as the sentence around it leads it; the rules ask this of a few common nouns
    only, where a name may stand."""
    from ..segment import kiwi  # (the stage's one Kiwi, already built)

    tokens = kiwi().tokenize(name)
    return len(tokens) == 1 and tokens[0].oov and tokens[0].tag in ("NNG", "NNP")


def _proper_or_unknown(context, word, name: str) -> bool:
    """The word reads as a name: a proper noun, or one noun kiwipiepy does not know (`크래프톤`)."""
    return _is_proper(context, word) or word.size == 1 and _unknown_noun(name)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last `. ` or line break before it."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def word_before_space(text: str, space: int) -> str:
    """The written word that ends at the space `space` (from the space or line break before it, else the text's start)."""
    return text[max(text.rfind(" ", 0, space), text.rfind("\n", 0, space)) + 1:space]


def sentence_stop(text: str, at: int) -> int:
    """Where the sentence holding `at` stops: its next `. ` or line break (not a decimal point's `.`), else the text's end."""
    return min((e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0), default=len(text))


@functools.lru_cache(maxsize=4096)
def common_compound(name: str, smallest: int = 2) -> bool:
    """Read alone, the word is a compound of common nouns kiwipiepy knows (`폐열발전`: 폐+열+발전), however the
    sentence around it led kiwipiepy to tag it: it names a line of business, not a company (`smallest` 1: or
    one such noun, `클라우드`)."""
    from ..segment import kiwi  # (the stage's one Kiwi, already built)

    tokens = kiwi().tokenize(name)
    return len(tokens) >= smallest and all(t.tag in ("NNG", "XPN", "XSN") and not t.oov for t in tokens)


# A particle and the Hangul letter it follows: with a final consonant (은, 과, 을) or without (는, 와, 를).
_AFTER_CONSONANT, _AFTER_VOWEL = frozenset("은과을"), frozenset("는와를")


def _has_final(syllable: str) -> bool:
    """A Hangul syllable ending in a consonant (`샤` no, `본` yes)."""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 != 0


def name_end(context: Context, word: Word) -> int:
    """End of the word's name part in `context` (`_glued_end`)."""
    return _glued_end(context.text, word)


def _glued_end(text: str, word: Word) -> int:
    """End of the word's name part, before a particle kiwipiepy left inside a proper noun it does
    not know (`코단샤와 작품 …`: one NNP `코단샤와`): the word's last letter is a particle
    (`glued_particles`) that fits the letter before it (와 after a vowel, 과 after a consonant; 의 and 도, which
    follow any letter, where the document writes the name without it too), a space follows, the word without it is two letters or more, and the name does not end so itself
    (`particle_like_endings`: `카도카와 작품`)."""
    end = word.name_end
    if word.size != 1 or not word.bare or word.tokens[0].tag != "NNP" or text[end:end + 1] != " ":
        return end
    name = text[word.start:end]
    last = name[-1]
    if last in cues()["recurring_particles"]:
        return end - 1 if _glued_subject(text, name) else end
    harmony = last in _AFTER_CONSONANT or last in _AFTER_VOWEL
    if len(name) < 3 or last not in cues()["glued_particles"] or harmony and (last in _AFTER_CONSONANT) != _has_final(name[-2]) \
            or name.endswith(cues()["particle_like_endings"]) or not _unknown_noun(name):
        return end
    # (의 and 도 follow any letter, and names end in them too: cut off only where the document writes the name without it,
    # `저비용항공사 누리에어의 주식` … `누리에어는`)
    return end - 1 if harmony or _glued_subject(text, name) else end


def _glued_subject(text: str, name: str) -> bool:
    """A subject particle (`recurring_particles`: 가 after a vowel, 이 after a consonant) kiwipiepy read into an unknown
    name (`게임사 넥스트플레이가 …`: one NNP), which names end in too (`CJ프레시웨이`): cut off only where the document
    writes the name without it elsewhere too (`넥스트플레이는`, the headline's `넥스트플레이,`)."""
    stem, last = name[:-1], name[-1]
    # (이 after a final consonant, 가 after a vowel; 의 and 도 after any letter)
    fits = (last == "이") == _has_final(stem[-1]) if last in ("이", "가") else True
    return len(stem) >= 2 and fits and text.count(stem) > text.count(name)


def particle_in_noun(context: Context, norm_end: int) -> bool:
    """A particle ends the noun kiwipiepy read over normalized `norm_end`: it took an unknown name and its particle
    for one noun (`컬리의`, `에인절스와`, `웨이브와의`)."""
    end = context.norm.origin[norm_end]
    token = context.token_covering(end)
    return token is not None and token.tag in ("NNP", "NNG") and _PARTICLE.fullmatch(context.text[end:token.end]) is not None


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


# What `_mention` fills in (`model.replace` copies fields: faster than a frozen dataclass's __init__,
# which sets them one by one through object.__setattr__).
_BLANK = Organization(start=0, end=0, text="", rule_id="")


def _mention(context: Context, start: int, end: int, rule_id: str, canonical: str = "", org_id: str = "",
             org_type: str = "") -> Organization:
    """An Organization over original [start, end), with a legal form `(주)` glued to it kept inside; the sign `㈜` only
    where the gazetteer's name keeps it (`㈜한화`): the readers leave it outside (`㈜핀다오`, holdout75, 94), KLUE's gold
    keeps `(주)` inside (`(주)플로섬`) and writes no `㈜`."""
    text = context.text  # (each pattern only after a cheap test of the character it needs)
    before = text[start - 1:start] in (")", "㈜") and LEGAL_FORM.search(text, max(0, start - 3), start)
    if before and before.end() == start and (before.group() != "㈜" or _form_kept(text[start:end])):
        start = before.start()
    after = text[end:end + 1] in ("(", "㈜") and LEGAL_FORM.match(text, end)
    if after and (after.group() != "㈜" or _form_kept(text[start:end])):
        end = after.end()
    norm_end, alias = _norm_index(context, end), ""
    if context.norm.text[norm_end:norm_end + 1] == "(":
        alias, _ = _aliases(context, norm_end, _LATIN_NAME.fullmatch(text[start:end]) is not None)
    return replace(_BLANK, start=start, end=end, text=text[start:end], rule_id=rule_id, canonical=canonical,
                   org_id=org_id, aliases=alias, org_type=org_type)


def _form_kept(name: str) -> bool:
    """The gazetteer's name for `name` keeps a legal form (`한화` → `㈜한화`, the holding company)."""
    row = gazetteer_by_name().get(compact(name))
    return row is not None and LEGAL_FORM.search(row["name_ko"]) is not None


def _coordinated(word) -> bool:
    """The word is followed by another item of a list: nothing after its name, or 와/과."""
    return word is not None and word.size and [t.form for t in word.tokens[word.size:]] in ([], ["와"], ["과"])


def _is_place(context: Context, word) -> bool:
    return word is not None and word.size and _text(context, word.start, word.name_end) in cues()["places"]


def _has_name(word) -> bool:
    """A word (not a sentence separator) with a name part."""
    return word is not None and word.size > 0


def _listed(text: str, previous, word) -> bool:
    """Two entries of `words()` are consecutive items of a list: words with a name, and a list mark
    between them, maybe with spaces (`닥터자르트, 차앤박`), or one particle 와/과 after the first
    one's name, then a space; a parenthesis after the first one's name (its figure or alias:
    `샤오미(14.1%), 비보`) stands aside."""
    if previous is None or word is None or not previous.size or not word.size:
        return False
    tokens, size = previous.tokens, previous.size
    if previous.gloss is not None:  # a figure or alias in parentheses after an item (`샤오미(14.1%), 비보`)
        tokens = [t for t in tokens[size:] if t.start >= previous.gloss[1]]
        size = 0
    if size == len(tokens):
        # (or 와/과 kiwipiepy read into an unknown name before the next item: `에이블씨엔씨와 토니모리가`, one NNP `에이블씨엔씨와`)
        return text[previous.end:word.start].strip() in _LIST_MARKS \
            or word.start == previous.end + 1 and text[previous.end - 1] in ("와", "과") and _glued_end(text, previous) < previous.end
    return len(tokens) == size + 1 and tokens[-1].form in ("와", "과") \
        and word.start == previous.end + 1 and text[previous.end] == " "


def _and_word(word) -> bool:
    """The word `및` ("and") alone, between two items of a list."""
    return word is not None and len(word.tokens) == 1 and word.tokens[0].form == "및"


def _next_item(text: str, found_words: Words, index: int) -> int:
    """Index of the item listed right after word `index` (after a list mark, 와/과 or `및`), or -1."""
    word, following = found_words[index], found_words[index + 1]
    if _listed(text, word, following):
        return index + 1
    if _and_word(following) and _has_name(word) and word.bare and _has_name(found_words[index + 2]):
        return index + 2
    return -1


def _previous_item(text: str, found_words: Words, index: int) -> int:
    """Index of the item listed right before word `index`, or -1."""
    if _listed(text, found_words[index - 1], found_words[index]):
        return index - 1
    if index >= 2 and _and_word(found_words[index - 1]) and _has_name(found_words[index - 2]) \
            and found_words[index - 2].bare and _has_name(found_words[index]):
        return index - 2
    return -1


def _list_run(text: str, found_words: Words, index: int) -> list:
    """Indexes of the words listed with word `index`, itself included, in text order (not to be changed: several list
    rules ask for the same word's, `org.list`, then `org.peer_list` for the businesses among them, so each word's is read
    once)."""
    run = found_words.runs.get(index)
    if run is None:
        run = found_words.runs[index] = _read_run(text, found_words, index)
    return run


def _read_run(text: str, found_words: Words, index: int) -> list:
    run = [index]
    # (found_words[-1] is a sentence separator: the walk stops at 0; the last entry is one too)
    while (before := _previous_item(text, found_words, run[0])) >= 0:
        run.insert(0, before)
    while (after := _next_item(text, found_words, run[-1])) >= 0:
        run.append(after)
    return run


def _list_items(context: Context, found_words: Words, mentions: list, smallest: int = 3) -> list:
    """Runs of `smallest` or more words listed with `,` `·`, 와/과 or `및` (`닥터자르트, 차앤박,
    아이소이`), in text order; only runs holding a word that starts inside a mention (other runs
    list nothing known)."""
    starts, runs, listed = found_words.starts, [], set()
    for m in mentions:
        for index in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)):
            if index not in listed and _has_name(found_words[index]):
                run = _list_run(context.text, found_words, index)
                listed.update(run)
                if len(run) >= smallest:
                    runs.append(run)
    return [[found_words[i] for i in run] for run in sorted(runs)]
