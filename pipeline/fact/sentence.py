"""The sentence view the linking rules read (`Sentence`: tokens, clause bounds) and the token
helpers they share: where a word starts, brackets, particles after a mention, words after an offset."""
from __future__ import annotations

import bisect
import functools
import operator
import re

# Quotes that close around a name (`'듀오'가`); a bracket after a name (`보아텡(AC밀란)이`) is an aside.
CLOSING_QUOTES = frozenset("'\"’”」』》〉")
OPENING_QUOTES = frozenset("'\"‘“「『《〈")
NOUNS = frozenset({"NNG", "NNP"})
# Tokens a metric word is made of (`연체`+`율`, `고객 수`); a word that ends in a proper noun names a
# person or a product (`손연재는`, `페리에 3.4배`), not what is measured.
WORD_TAGS = frozenset({"NNG", "NNP", "XSN"})
COMMON = frozenset({"NNG", "XSN"})
TOPIC = frozenset({"은", "는", "이", "가", "도", "께서"})
# The particles `is_marked` is asked about besides the topic ones (made once, not per call).
SUBJECT = frozenset({"이", "가"})
GENITIVE = frozenset({"의"})
TO = frozenset({"로", "으로"})
TOPIC_ONLY = frozenset({"은", "는", "도"})
TOPIC_MARKS = frozenset({"은", "는"})
# The particles of a topic or a subject (`JX` 은/는, `JKS` 이/가).
TOPIC_OR_SUBJECT = TOPIC_MARKS | SUBJECT
# Particles kiwipiepy may swallow into a noun with a name's last syllable (`particle_after`).
SWALLOWED_PARTICLES = frozenset({"은", "는", "이", "가", "도", "의"})
# Tags of a verb kiwipiepy may read a particle glued to a name as, with an adnominal ending (`BOE는` → `늘` + `ᆫ`).
MISREAD_VERBS = frozenset({"VV", "VA"})
# Approximators after a figure before its particle (`4만 대 안팎을 판`) or its adjective (`25%가량 많은`).
AROUND = frozenset({"안팎", "내외", "가량", "남짓", "정도"})
# Words between a figure and the noun it modifies (`이상의`, `규모의`, `에 달하는`, `가 넘는`).
BRIDGE_FORMS = frozenset({"의", "이상", "이하", "미만", "초과", "가량", "정도", "남짓", "규모", "상당", "어치", "짜리",
                          "에", "달하", "이르", "넘", "넘어서", "웃돌", "가", "이", "는", "ᆫ", "은", "여", "안팎", "내외", "씩"})
# The prospective adnominal endings (`넘을 것으로`, `쓸 계획`, `이를 전망이다`): what they tell of is yet to come, not
# what is measured.
PROSPECTIVE = frozenset({"ᆯ", "을"})
# Connective endings that join two clauses, each with its own predicate (`…했으며`, `…했고`).
JOINING = frozenset({"고", "며", "으며", "지만", "는데", "은데", "ᆫ데", "나", "으나", "면서", "으면서", "어서", "아서", "서"})
# Clause ends: connective endings and commas (and the sentence's own end).
CLAUSE_TAGS = frozenset({"EC", "SP", "SF"})
# Tags of the tokens that may end a clause or a major one (a quote's end, `JKQ`, ends only a major one).
BOUNDING_TAGS = CLAUSE_TAGS | {"JKQ"}
# The tags `Sentence.bounds` indexes: the clause bounds, adnominal endings, subject particles and topic ones (`JX`), and
# determiners (`MM`: `이 게임의`, `pointed_thing`).
INDEXED_TAGS = BOUNDING_TAGS | {"ETM", "JKS", "JX", "MM"}


# (The hottest rules write `x if x > 0 else 0`, not `max(0, x)`: Python 3.11 calls `max` and `min` through the generic
# call with its argument parsing, about fifty times what the comparison costs.)

# A token's or a mention's start: the key they are sorted and bisected by (a getter in C, not a Python call each).
START = operator.attrgetter("start")


class once:
    """A property computed when first asked and then kept on the instance: `functools.cached_property`
    without the lock it takes on every first access (Python 3.11), which cost as much as the
    computing — a sentence view is read by one linker only."""

    def __init__(self, function):
        self.function, self.name, self.__doc__ = function, function.__name__, function.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.function(instance)
        setattr(instance, self.name, value)  # (not through `__dict__`, which would make the instance's a dict of its own:
        # the attribute reads of the other sentences, whose values stay in their class's shared table, would miss)
        return value


class _After(dict):
    """Offset → the index of the first token starting at or after it (`Sentence.after`): a bisect of the starts when first
    asked, then kept. Read through the dict's own `__getitem__` (a C call, no frame of a method around it): a kept answer
    is one look-up, where a bisect made five generic comparisons and `before` a method call too. Per 100 dense articles,
    `after` is asked 22,400 times of 5,400 offsets, `before` 10,300 times of 1,900."""

    __slots__ = ("starts",)  # (set by `Sentence`: no `__init__` of its own, whose call cost more than the dict's making)

    def __missing__(self, offset: int) -> int:
        found = self[offset] = bisect.bisect_left(self.starts, offset)
        return found


class _PerTable(dict):
    """A function of one lexicon table (a frozenset), its value kept per table (`per_table`)."""

    __slots__ = ("function",)

    def __missing__(self, table):
        made = self[table] = self.function(table)
        return made


def per_table(function):
    """`function` of one table, made once per table and then read through the dict's own `__getitem__`: a C call that takes
    its argument as it is, where `functools.lru_cache` (no vectorcall in 3.11) made a tuple of the arguments and a key of
    them on every call — ~400 instructions each, and the tables' tuples and patterns are asked ~17,000 times per 100 dense
    articles (`followed_by`, `_opened_measure`, `is_change`, …)."""
    kept = _PerTable()
    kept.function = function
    return kept.__getitem__


class _Before(_After):
    """Offset → the index of the last token starting before it, -1 if none (`Sentence.before`), kept as `_After`'s."""

    __slots__ = ()

    def __missing__(self, offset: int) -> int:
        found = self[offset] = bisect.bisect_right(self.starts, offset - 1) - 1
        return found


class Sentence:
    """A sentence's tokens with what the rules look up: token starts, clause bounds, the words
    (maximal stretches without a space), the particle after a mention. The clause bounds are
    made when first asked: the sentences read only for the subject and dates they set need none."""

    def __init__(self, sentence, text: str, starts: list, text_has_each: bool = True):
        """`starts`: its tokens' starts (a slice of the document's, not a pass over the tokens); `text_has_each`: whether
        the document's text holds 각각 at all (one search per document: most hold none, and their sentences need no search
        of their own)."""
        self.tokens = sentence.tokens
        self.start, self.end, self.index = sentence.start, sentence.end, sentence.index
        self.starts = starts
        # after(offset): index of the first token starting at or after `offset`; before(offset): of the last token ending
        # at or before it (-1 if none). Each a bisect of the starts, kept per offset (`_After`, `_Before`): the rules ask
        # about the same few offsets (a figure's start and end, a mention's end) four or five times each
        after, before = _After(), _Before()
        after.starts = before.starts = starts
        self.after, self.before = after.__getitem__, before.__getitem__
        self.text = text
        # the forms of all its tokens: a rule that looks for a word of a table none of them is needs not scan its tokens (a
        # cheap first test). Made here, not when first asked: nearly every sentence built is asked (1,776 of 2,033 per 100
        # dense articles), and a plain attribute is read specialized, where a `once` value is read through the generic
        # getattr (13,000 reads)
        self.forms = {t.form for t in sentence.tokens}
        # the forms of the last five tokens, where the predicate ends (`…고 밝혔다`, `…라고 보도했다`): what the report rules
        # ask about (`table.isdisjoint(ending)`: one list, not a scan per table asked); and whether it holds 각각
        # (`each_listed`' cheap first test: one find per sentence, not a slice per figure). Made here, not when first asked:
        # most views built are asked (1,124 and 968 of 1,741 per 100 dense articles), and a `once` value's first read costs
        # a Python `__get__` and a generic `setattr`, more than the work
        ending = self.ending = []  # (a loop, no comprehension: its function object and frame cost more than these five)
        for t in sentence.tokens[-5:]:
            ending.append(t.form)
        self.each = text_has_each and text.find("각각", sentence.start, sentence.end) >= 0
        self.particles = {}  # a mention's end → the particle after it (`particle_after`)
        self.clauses = {}  # offset → its clause (`clause`: asked by several rules per figure)
        self.relative_heads = {}  # an organization's end → `subject.relative_head` of it (asked again per figure)

    @once
    def bounds(self) -> list:
        """Ends of the tokens that end a clause (`clause`). The same scan indexes what the rules look up in a sentence
        whose clauses they ask about: the ends of the major clauses (`major_bounds`), the adnominal endings (`adnominals`)
        and the subject and topic particles (`subject_particles`), and the determiners (`determiners`): one scan where there
        were four (per 100 dense articles 1,005 sentences ask for their clauses, 643 for their particles, 353 for their
        adnominals)."""
        bounds, major, adnominals, particles, determiners = [], [], [], [], []
        for k, t in enumerate(self.tokens):
            tag = t.tag
            if tag in INDEXED_TAGS:
                if tag in CLAUSE_TAGS:
                    bounds.append(t.end)
                    if tag != "EC" or t.form in JOINING:
                        major.append(t.end)
                elif tag == "JKQ":  # (a quote's end ends only a major clause)
                    major.append(t.end)
                elif tag == "ETM":
                    adnominals.append(k)
                elif tag == "MM":
                    determiners.append(k)
                elif k and (tag == "JKS" or t.form in TOPIC_MARKS):  # (`JX`: a topic's 은/는; after a first token)
                    particles.append(k)
        self.major_bounds, self.adnominals, self.subject_particles, self.determiners = major, adnominals, particles, determiners
        return bounds

    @once
    def major_bounds(self) -> list:
        """Ends of the tokens that end a major clause (`major_clause_start`): commas, a sentence's end, a quote's end and
        the endings that join two clauses (`JOINING`); set by `bounds`."""
        self.bounds  # (sets it)
        return self.major_bounds

    @once
    def adnominals(self) -> list:
        """Indexes of its adnominal endings (ETM), in order: where a relative clause ends (`relative_topic_between` reads
        these, not every token between a date and a figure); set by `bounds`."""
        self.bounds  # (sets it)
        return self.adnominals

    @once
    def final_ending(self) -> int:
        """The index of its last final ending (EF), where its last predicate ends; -1 when it has none."""
        tokens, k = self.tokens, len(self.tokens) - 1  # (from the end: it is mostly among the last tokens)
        while k >= 0 and tokens[k].tag != "EF":
            k -= 1
        return k

    @once
    def subject_particles(self) -> list:
        """Indexes of the subject particles (`JKS`) and the topic ones (`은`, `는`) after a first
        token: where `own_subject` looks, instead of every token before each figure; set by `bounds`."""
        self.bounds  # (sets it)
        return self.subject_particles

    @once
    def determiners(self) -> list:
        """Indexes of its determiners (MM), in order: where `pointed_thing` looks, instead of every token of a figure's
        clause; set by `bounds`."""
        self.bounds  # (sets it)
        return self.determiners

    def clause(self, offset: int) -> tuple:
        """(start, end) of the clause holding `offset`."""
        if offset not in self.clauses:
            bounds = self.bounds
            i = bisect.bisect_right(bounds, offset)
            self.clauses[offset] = (bounds[i - 1] if i else self.start), (bounds[i] if i < len(bounds) else self.end)
        return self.clauses[offset]

    def major_clause_start(self, offset: int) -> int:
        """Start of the major clause holding `offset`: bounded by commas, the endings that join
        two clauses (`…했으며`, `…했고`, `…지만`) and the end of a quote (`…하겠다'고`), not by the
        endings inside one clause (`올해 들어`, `가파르게`)."""
        i = bisect.bisect_right(self.major_bounds, offset)
        return self.major_bounds[i - 1] if i else self.start

    def major_clause_end(self, offset: int) -> int:
        """End of the major clause holding `offset`."""
        i = bisect.bisect_left(self.major_bounds, offset)
        return self.major_bounds[i] if i < len(self.major_bounds) else self.end

    def particle_after(self, end: int):
        """The form of the token glued after a mention that ends at `end`, past the brackets glued
        to it (`차이냐오 네트워크(菜鸟网络)도`) and the quote that closes around it (`'듀오'가`); None
        when no token is glued there. Found once per mention: the rules ask about each mention again
        and again (`is_marked`)."""
        if end not in self.particles:
            tokens = self.tokens
            i = self.after(end)
            if i >= len(tokens) or tokens[i].start != end:
                # kiwipiepy may read a name's last syllable and its particle as one noun (`SK온도` → `SK` `온도`):
                # what is left of that token past the name is the particle
                rest = self.text[end:tokens[i - 1].end] if 0 < i and tokens[i - 1].start < end < tokens[i - 1].end else ""
                self.particles[end] = rest if rest in SWALLOWED_PARTICLES else None
                return self.particles[end]
            while i + 1 < len(tokens) and tokens[i].form in CLOSING_QUOTES and tokens[i + 1].start == tokens[i].end:
                i += 1
            i = past_brackets(tokens, i)
            glued = i < len(tokens) and tokens[i].start == tokens[i - 1].end
            if glued and tokens[i].tag in MISREAD_VERBS and i + 1 < len(tokens) and tokens[i + 1].tag == "ETM" \
                    and tokens[i + 1].start == tokens[i].start and self.text[tokens[i].start:tokens[i + 1].end] in TOPIC_MARKS:
                # kiwipiepy may read a topic particle glued to a Latin name as a verb's adnominal (`BOE는` → `늘` + `ᆫ`):
                # one syllable glued to a name, written 은/는, is the particle
                self.particles[end] = self.text[tokens[i].start:tokens[i + 1].end]
                return self.particles[end]
            self.particles[end] = tokens[i].form if glued else None
        return self.particles[end]


def starts_in(mentions, low: int, high: int) -> bool:
    """One of `mentions` starts at `low` or after it and before `high` (a loop: a generator made a function object and a
    cell per call)."""
    for m in mentions:
        if low <= m.start < high:
            return True
    return False


def holds_tag(tokens: list, tags: frozenset, start: int, end: int) -> bool:
    """One of `tokens[start:end]` has a tag of `tags` (a loop, no copy: `any` over a generator made one per call, and threw
    it out unfinished at the first found, which raises `GeneratorExit` inside it)."""
    for k in range(start, end):
        if tokens[k].tag in tags:
            return True
    return False


def word_start(sentence: Sentence, i: int) -> int:
    """Start of the nouns glued before and up to token `i` (`총거래액`), and of a noun before `수`
    (`고객 수`)."""
    tokens = sentence.tokens
    if tokens[i].form == "수" and i > 0 and tokens[i - 1].tag in NOUNS and tokens[i - 1].end + 1 == tokens[i].start:
        i -= 1
    while i > 0 and tokens[i - 1].tag in WORD_TAGS and tokens[i - 1].end == tokens[i].start:
        i -= 1
    return tokens[i].start


def final_verb(sentence: Sentence) -> str:
    """The stem (or verbal noun) of the sentence's last predicate, before its final ending and prefinal ones (`내다봤다` →
    내다보, `투입한다` → 투입), else ""."""
    tokens, k = sentence.tokens, sentence.final_ending - 1
    while k >= 0 and tokens[k].tag == "EP":
        k -= 1
    if k >= 1 and tokens[k].tag == "XSV":
        k -= 1
    return tokens[k].form if k >= 0 and tokens[k].tag in {"VV", "NNG"} else ""


def compound_head(tokens: list, i: int, change_nouns: frozenset) -> bool:
    """Token `i` only starts a compound noun, a noun glued after it (`유지`+`보수` of `유지보수 계약`, `성장`+`펀드`): a change
    or light word there names no change nor a verb (`42억 원 규모의 유지보수 계약`); not before a suffix (`증가세`, `달성률`),
    nor in a compound that is itself a change noun (`증가폭`)."""
    return i + 1 < len(tokens) and tokens[i + 1].tag in NOUNS and tokens[i + 1].start == tokens[i].end \
        and tokens[i].form + tokens[i + 1].form not in change_nouns


def past_brackets(tokens: list, i: int) -> int:
    """Index after the brackets that open at token `i` (`(약 84조 원)`, `((약167억 원))`): a
    conversion or an aside between a figure and the word it goes with; `i` when none opens."""
    depth = 0
    while i < len(tokens) and (depth or tokens[i].tag == "SSO"):
        tag = tokens[i].tag
        depth += 1 if tag == "SSO" else -1 if tag == "SSC" else 0  # (no dict made per token)
        i += 1
    return i


def before_brackets(tokens: list, i: int) -> int:
    """Index of the last token before the brackets that close at token `i` (`총거래액(GMV)`: 거래액)."""
    depth = 0
    while i >= 0 and (depth or tokens[i].tag == "SSC"):
        tag = tokens[i].tag
        depth += 1 if tag == "SSC" else -1 if tag == "SSO" else 0
        i -= 1
    return i


def adjectival(tokens: list, i: int) -> int:
    """Index after a noun made an adjective (`대표적인`: noun, 적, 이, ᆫ), or `i` when token `i`
    starts none: such a noun only modifies the head that follows."""
    k = i + 1
    if k + 2 < len(tokens) and tokens[k].form == "적" and tokens[k].tag == "XSN" and tokens[k + 1].tag == "VCP" \
            and tokens[k + 2].tag == "ETM":
        return k + 3
    return i


def past_figure(tokens: list, i: int) -> int:
    """Index after the figure that starts at token `i` (`18%씩`: the number, its unit and `씩`)."""
    while i < len(tokens) and (tokens[i].tag in {"SN", "NR", "SW", "SO"} or tokens[i].tag in ("NNB", "XSN")
                               and tokens[i].start == tokens[i - 1].end):
        i += 1
    return i


def is_marked(sentence: Sentence, mention, marks: frozenset) -> bool:
    """The mention is followed by one of the particles `marks` (`삼성전자는`, `삼성전자의`), past
    the brackets glued to it (`차이냐오 네트워크(菜鸟网络)도`) and the quote that closes around it
    (`'듀오'가`)."""
    particles, end = sentence.particles, mention.end  # (found before: no call of `particle_after`)
    return (particles[end] if end in particles else sentence.particle_after(end)) in marks


def followed_by(text: str, end: int, forms: frozenset, reach: int) -> bool:
    """A word of `forms` (written without spaces) starts within `reach` letters after `end`,
    spaces aside (`전년 대비`, `전년 동기 대비`, `말 기준`)."""
    following = text[end:end + 2 * reach + 12].replace(" ", "")
    if not reach:  # (a word right after: one `startswith` of the table's words, no pattern match set up per call)
        return following.startswith(_words(forms))
    return starting_within(forms, reach).match(following) is not None


@per_table
def _words(forms: frozenset) -> tuple:
    return tuple(sorted(forms))  # (str.startswith wants a tuple; made once per word table)


@functools.lru_cache(maxsize=None)
def starting_within(forms: frozenset, reach: int) -> re.Pattern:
    """Up to `reach` letters, then a word of `forms`: made once per table, not tried word by word per call."""
    words = "|".join(re.escape(form) for form in sorted(forms)) or "(?!)"
    return re.compile(f"(?s:.{{0,{reach}}})(?:{words})")


def verb_after(sentence: Sentence, end: int, stems: frozenset, count: int = 3) -> bool:
    """One of the next `count` tokens is a verb or verbal noun of `stems` (`9일 밝혔다`)."""
    i = sentence.after(end)
    for token in sentence.tokens[i:i + count]:  # (a loop: `any` over a generator costs more than these few tokens)
        if token.form in stems:
            return True
    return False


def is_quotative(token, lexicon: dict) -> bool:
    """A quotative connective ending (`…늘었다고`, `…하겠다라고`): what comes before it is a quote."""
    return token.tag == "EC" and token.form.endswith(_endings(lexicon["quotative"]))


@per_table
def _endings(words: frozenset) -> tuple:
    return tuple(sorted(words))  # (str.endswith wants a tuple; made once per word table)


def bare_nouns(sentence: Sentence, start: int, end: int) -> bool:
    """The tokens of `text[start:end]` are nouns alone, no particle nor verb among them (`판매 비중`; not `매출이 늘어난 비중`)."""
    return all(t.tag in WORD_TAGS or t.tag in ("SL", "XPN") for t in sentence.tokens if start <= t.start < end)
