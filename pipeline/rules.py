"""The rule machinery every dimension's extractor shares: rules as named data, the context they read.

A rule is data: a stable `name` (its id in every output row), a `pattern` of the `regex` module matched
on the normalized text, and a `produce` function that turns a match into mentions or nothing (as in
Duckling's rules). A rule may name a `trigger`, a cheap pattern that every match of it contains or
touches: the full pattern then runs only on the stretches of text around the trigger's hits (`REACH`
characters on each side, or the rule's own `reach`). A trigger is a compiled pattern, or a tuple of
literal words (`literal_trigger`): the words of all the rules are found together in one
Aho-Corasick pass, where each pattern would cost a scan (QUANTITY's and DATE's in the same pass:
`share_trigger_pass`). A rule whose every match starts where a word
of its literal trigger starts says so (`at_trigger`): its pattern is then tried at those starts
only, not searched through the stretches. Likewise a pattern trigger whose every hit starts with one of a
few literal words names them (`trigger_starts`): the words are found in the same Aho-Corasick pass and the
trigger is matched where one starts, not searched through the whole text (a scan of a pattern that opens
with a choice of letters or a lookbehind costs the `regex` module ~100 instructions a letter); a trigger whose hits
start with a digit a character or two before such a word (a digit, maybe a space, before a separator: `\d\s?[,·]\s?\d`)
names those distances too (`digit_lead`). A rule may also drop the hits of a literal word that no match of it
can hold (`unless`: `설` is 설날 only before `연휴` and the like, not in `설명`), so no stretch is searched around them.
Overlaps are settled afterwards by the named, separately tested functions of `pipeline.overlap`.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, Sequence

import regex

from .budget import check
from .model import Sentence, replace
from .normalize import Normalized, normalize

# How far a match may reach from the trigger hit it contains: longer than any amount or date
# with the context its lookarounds read.
REACH = 80
# A reach after a trigger hit up to the end of the text (a match of no bounded length: `\p{Hangul}+`).
TO_THE_END = sys.maxsize


@dataclass(frozen=True)
class Rule:
    """A named pattern rule: `produce(match, context, rule_id)` turns each match of `pattern` on the
    normalized text into mentions (maybe none)."""

    name: str
    pattern: object
    produce: Callable
    trigger: object = None  # a pattern or a tuple of words (module docstring); None: the whole text
    reach: tuple = (REACH, REACH)  # (before, after) a trigger hit: where a match and its lookarounds may reach
    at_trigger: bool = False  # every match starts where a word of the (literal) trigger starts (module docstring)
    # A pattern that, matched on a hit of the literal trigger (from its start to its end, its lookarounds past them),
    # makes it no hit: a word that names the thing only before certain words (`설` before `연휴`, not in `설명`).
    # Where it matches, no match of the rule may hold the hit.
    unless: object = None
    # Literal words every hit of the (pattern) trigger starts with (module docstring): `("~", "-", "에서")`.
    trigger_starts: tuple = ()
    # How many characters before one of `trigger_starts` a hit starts, with a digit: `(1, 2)` for a digit and maybe a
    # space before the word (`\d\s?[,·]\s?\d` at `,` and `·`); empty: at the word itself.
    digit_lead: tuple = ()


@dataclass(frozen=True)
class WordRule:
    """A named rule over a document's words (ORG: `pipeline.org.words`):
    `produce(context, words, rule_id)` returns mentions."""

    name: str
    produce: Callable


@dataclass(frozen=True)
class KeptRule:
    """A named rule over what the other rules kept (`org.list`: the other items of a list of
    organizations): `produce(mentions, context, words, rule_id)` returns the mentions it adds."""

    name: str
    produce: Callable


@dataclass(frozen=True)
class Context:
    """What every rule may look at: the original text, its normalized copy and the tokens."""

    text: str
    norm: Normalized
    sentences: tuple

    @classmethod
    def build(cls, text: str, sentences: Sequence[Sentence] = ()) -> "Context":
        return cls(text, normalize(text), tuple(sentences))

    # Token indexes, derived once per document, set as attributes when the context is made. (Not
    # `cached_property`s: its value is stored through `instance.__dict__`, which gives a context a
    # dict of its own part way through its document, so every read of `norm`, `text`, … at a site that
    # had seen the other layout, and every read of a cached value (a Python descriptor on the class),
    # took Python 3.11's generic attribute look-up.)
    tokens: tuple = dataclasses.field(init=False, repr=False, compare=False)
    token_starts: list = dataclasses.field(init=False, repr=False, compare=False)  # each token's start, in order (the linker slices a sentence's from it)
    sentence_starts: list = dataclasses.field(init=False, repr=False, compare=False)  # each sentence's start, in order (`sentence_at`; the linker bisects it too)
    # start → the first token there (filled backwards, so the first one stays; tokens, not their indexes:
    # no number object to make per token), made only for a document whose token starts are out of order: `token_at`
    # bisects `token_starts` otherwise (None)
    _token_of_start: Optional[dict] = dataclasses.field(init=False, repr=False, compare=False)
    _starts_index: dict = dataclasses.field(init=False, repr=False, compare=False)  # `_index_of_start`'s, once asked
    _trigger_hits: tuple = dataclasses.field(init=False, repr=False, compare=False)  # `rules._trigger_hits`' (literals, hits)

    def __post_init__(self):
        tokens = tuple(itertools.chain.from_iterable(s.tokens for s in self.sentences))
        starts = [t.start for t in tokens]
        set_field = functools.partial(object.__setattr__, self)  # (past the frozen dataclass's own __setattr__)
        set_field("tokens", tokens)
        set_field("token_starts", starts)
        set_field("sentence_starts", [s.start for s in self.sentences])
        set_field("_token_of_start", None if starts == sorted(starts) else dict(zip(reversed(starts), reversed(tokens))))
        set_field("_starts_index", None)
        set_field("_trigger_hits", None)

    def _index_of_start(self) -> dict:
        """start → index of the first token there (`tokens_from`, where the starts are out of order)."""
        if self._starts_index is None:
            starts = self.token_starts
            object.__setattr__(self, "_starts_index", dict(zip(reversed(starts), range(len(starts) - 1, -1, -1))))
        return self._starts_index

    def span(self, start: int, end: int) -> tuple:
        """Original offsets of a normalized slice."""
        return self.norm.span(start, end)

    def token_at(self, offset: int):
        """The token that starts at original `offset` (the first there), or None.

        By bisection where the starts are in order (all but ~1 in 60 dense documents): a dict of every token's start
        cost ~500 instructions a token (`dict(zip(…))`, ~31 M on dense 60) for ~65 asks per document."""
        if self._token_of_start is None:
            starts = self.token_starts
            i = bisect.bisect_left(starts, offset)
            return self.tokens[i] if i < len(starts) and starts[i] == offset else None
        return self._token_of_start.get(offset)

    def tokens_from(self, token) -> Iterator:
        """The tokens after `token` (one `token_at` returned), in order, without copying them.

        (Not `itertools.islice`: it steps through every token before the start, quadratic over a
        long document.)"""
        index = bisect.bisect_left(self.token_starts, token.start)  # (the first token there, as `token_at`'s)
        if index == len(self.tokens) or self.tokens[index] is not token:
            index = self._index_of_start()[token.start]
        return map(self.tokens.__getitem__, range(index + 1, len(self.tokens)))

    def token_covering(self, offset: int):
        """The token whose [start, end) holds original `offset`, or None."""
        i = bisect.bisect_right(self.token_starts, offset) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end else None

    def sentence_of(self, offset: int) -> int:
        return self.sentence_at(offset).index if self.sentences else 0

    def sentence_at(self, offset: int):
        """The sentence holding original `offset` (the first one before any); needs sentences."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]


def alternation(forms, optional_spaces: bool = False) -> str:
    r"""A regex alternation of the literal `forms`, longest first (`억원` is tried before `억`), each
    escaped; a space in a form matches one space, or with `optional_spaces` also none.

    >>> alternation(["억", "억 원", "a.b"], optional_spaces=True)
    '억\\s?원|a\\.b|억'
    """
    escaped = [regex.escape(str(form)) for form in sorted(dict.fromkeys(forms), key=len, reverse=True)]
    return "|".join(e.replace("\\ ", "\\s?") for e in escaped) if optional_spaces else "|".join(escaped)


def compile_rule(pattern: str):
    r"""`regex.compile(pattern)` with each optional non-capturing group `(?:X)?` written `(?:X|)`: the
    same matches, tried in the same order, but the regex module resets a guard for every repeated
    group of a pattern at each position it tries, and a quantity pattern has 175 of them.

    >>> compile_rule(r"(?:a(?:b)?)?[)?](?P<c>d)?").pattern
    '(?:a(?:b|)|)[)?](?P<c>d)?'
    """
    out, groups, i = [], [], 0
    while i < len(pattern):
        character = pattern[i]
        if character == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if character == "[":  # a set: its brackets and marks are characters
            j = i + 1 + (pattern[i + 1] == "^")
            j += pattern[j] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if character == "(":
            groups.append(pattern.startswith("(?:", i))
        elif character == ")" and groups.pop() and pattern[i + 1:i + 2] == "?" and pattern[i + 2:i + 3] not in ("?", "+"):
            out.append("|)")  # (greedy only: `??` and `?+` stay)
            i += 2
            continue
        out.append(character)
        i += 1
    return regex.compile("".join(out))


@functools.lru_cache(maxsize=None)
def _group_indexes(pattern) -> tuple:
    """(name, index) of each named group of a compiled pattern."""
    return tuple(pattern.groupindex.items())


def named_groups(match) -> dict:
    """`match.groupdict()`, a tenth of its cost: the regex module reads a group's name first as a
    number, and the exception it raises and clears costs more than the rest of the lookup.
    (`match.start(name)` and `match.group(name)` pay the same: a hot producer reads this dict.)"""
    values = match.groups()
    return {name: values[index - 1] for name, index in _group_indexes(match.re)}


def named_spans(match) -> dict:
    """Name → (start, end) of each named group ((-1, -1): it took no part), as cheaply (`named_groups`)."""
    spans = match.regs
    return {name: spans[index] for name, index in _group_indexes(match.re)}


# Tags that continue a word: a unit or name followed directly by one of these is part of a longer word.
WORD_CONTINUES = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XR"})


def ends_word(context: Context, norm_end: int, allowed_next: frozenset = frozenset()) -> bool:
    """The match ends a word: a space, punctuation, a particle or an ending follows (kiwipiepy decides)."""
    text = context.norm.text
    if norm_end >= len(text) or not text[norm_end].isalnum():
        return True
    end = context.norm.index(norm_end)
    following = context.token_at(end)
    if following is not None:
        return following.form in allowed_next or following.tag not in WORD_CONTINUES
    covering = context.token_covering(end)
    return covering is None or covering.tag not in ("NNG", "NNP", "SL")


def starts_word(context: Context, norm_start: int) -> bool:
    """The match does not continue a name or code (`코로나19`, `한광800`)."""
    if norm_start == 0 or not context.norm.text[norm_start - 1].isalpha():
        return True
    previous = context.token_covering(context.norm.index(norm_start - 1))
    return previous is not None and previous.tag not in WORD_CONTINUES


def regions(trigger, text: str, reach: tuple = (REACH, REACH)) -> list:
    """(start, end) of the stretches within `reach` of a hit of the pattern `trigger`, merged; the
    whole text when there is no trigger.

    >>> import regex
    >>> regions(regex.compile("~"), "a" * 100 + "~" + "b" * 200 + "~")
    [(20, 181), (221, 302)]
    """
    if trigger is None:
        return [(0, len(text))]
    return _stretches((hit.span() for hit in trigger.finditer(text)), len(text), reach)


def _stretches(hits, length: int, reach: tuple = (REACH, REACH)) -> list:
    """Hits (start, end), sorted by start, widened by `reach` (before, after) and merged."""
    before, after = reach
    stretches, low, high = [], -1, -1
    for start, end in hits:
        end = min(length, end + after)
        if high >= 0 and start - before <= high:
            if end > high:
                high = end
        else:
            if high >= 0:
                stretches.append((low, high))
            low, high = max(0, start - before), end
    if high >= 0:
        stretches.append((low, high))
    return stretches


def literal_trigger(words) -> tuple:
    """A trigger of literal words for a rule that matches one of `words`, where a space may also be
    none (`이번 달`, `이번달`): each word's longest piece without a space (the last of equals)."""
    return tuple(sorted({max(reversed(word.split()), key=len) for word in words}))


def first_pieces(words) -> tuple:
    """Each word's piece before its first space: what a match of the word starts with, its spaces written or not
    (`Rule.trigger_starts` of a trigger that is an alternation of `words`); a piece that starts with another is left
    out (`주일` with `주`: the same starts)."""
    pieces = {word.split()[0] for word in words}
    return tuple(sorted(piece for piece in pieces if not any(piece != other and piece.startswith(other) for other in pieces)))


@dataclass(frozen=True)
class _Plan:
    """How `run_rules` runs a set of rules, worked out once per set: the automaton of every word of
    the literal triggers (`literals`: the distinct ones) with, for each word, the positions of the
    triggers that hold it; for each rule, the slot of its stretches (rules with the same trigger and
    reach share one) and the position of its literal trigger (-1: a pattern or none). Positions and
    slots are list indexes: a trigger as a dict key would be hashed, all its words, at each look-up."""

    literals: tuple
    automaton: object
    holders: list
    steps: tuple  # (rule, slot, literal position, position of its pattern trigger's starts)
    slots: int


def _plan(rules: tuple, shared: Optional[_Plan] = None) -> _Plan:
    """The plan of `rules`; with `shared` (a plan of the joint rule sets, `share_trigger_pass`), its
    literal triggers, automaton and holders, in which this set's triggers are found."""
    if shared is not None:
        literals, automaton, holders = shared.literals, shared.automaton, shared.holders
    else:
        literals = tuple(dict.fromkeys([*(r.trigger for r in rules if isinstance(r.trigger, tuple)),
                                        *(r.trigger_starts for r in rules if r.trigger_starts)]))
        automaton, holders = _sets_automaton(literals) if literals else (None, [])
    position = {trigger: i for i, trigger in enumerate(literals)}
    slot_of, steps = {}, []
    for rule in rules:
        literal = position.get(rule.trigger, -1) if isinstance(rule.trigger, tuple) else -1
        if rule.at_trigger and literal < 0:
            raise ValueError(f"{rule.name}: at_trigger needs a trigger of literal words")
        if rule.unless is not None and (literal < 0 or rule.at_trigger):  # (`_matches_at` takes every hit's start)
            raise ValueError(f"{rule.name}: unless needs a trigger of literal words, and no at_trigger")
        if rule.trigger_starts and not hasattr(rule.trigger, "match"):
            raise ValueError(f"{rule.name}: trigger_starts needs a pattern trigger")
        if rule.digit_lead and not rule.trigger_starts:
            raise ValueError(f"{rule.name}: digit_lead needs trigger_starts")
        key = literal if literal >= 0 else getattr(rule.trigger, "pattern", None)
        starts = position[rule.trigger_starts] if rule.trigger_starts else -1
        steps.append((rule, slot_of.setdefault((key, rule.reach, rule.unless), len(slot_of)), literal, starts))
    return _Plan(literals, automaton, holders, tuple(steps), len(slot_of))


_PLANS: dict = {}  # id of a rules tuple → (the tuple, its plan): `rules()` returns the same tuple each time
_SHARED: list = []  # functions that return rule sets whose literal triggers one pass finds (`share_trigger_pass`)
_JOINT: list = []  # [the rule sets `_SHARED` returned, the plan of them all], once planned


def share_trigger_pass(*rule_sets: Callable) -> None:
    """The literal triggers of these rule sets (each a function that returns the same tuple at every call,
    QUANTITY's and DATE's `rules`) are found in one Aho-Corasick pass per document, kept on its context for
    the others: a pass costs about as much for 240 words as for 110 (measured, 300 dense articles: 8.7 ms
    for both sets' words against 16.3 ms for two passes; the work after tokenization of dense 60, 9.1 M instructions
    less), most of it handing the text to the automaton."""
    _SHARED[:] = rule_sets
    _JOINT.clear()
    _PLANS.clear()


def _plan_of(rules: tuple) -> _Plan:
    known = _PLANS.get(id(rules))
    if known is None or known[0] is not rules:
        if len(_PLANS) > 16:  # (tuples made anew for each call, a test's say: keep a few)
            _PLANS.clear()
        sets = tuple(rule_set() for rule_set in _SHARED)
        shared = None
        if any(rules is s for s in sets):
            if not (_JOINT and len(_JOINT[0]) == len(sets) and all(a is b for a, b in zip(_JOINT[0], sets))):
                _JOINT[:] = [sets, _plan(tuple(itertools.chain.from_iterable(sets)))]
            shared = _JOINT[1]
        known = _PLANS[id(rules)] = (rules, _plan(rules, shared))
    return known[1]


def _trigger_hits(plan: _Plan, context: Context) -> list:
    """`_literal_hits` of the context's normalized text, kept on the context for the next rule set of the
    same automaton (`share_trigger_pass`)."""
    kept = context._trigger_hits
    if kept is not None and kept[0] is plan.literals:
        return kept[1]
    hits = _literal_hits(plan, context.norm.text)
    object.__setattr__(context, "_trigger_hits", (plan.literals, hits))
    return hits


def _literal_hits(plan: _Plan, text: str) -> list:
    """For each literal trigger of the plan, its hits (start, end) in `text`, all found in one pass."""
    hits = [[] for _ in plan.literals]
    if plan.literals:
        holders = plan.holders
        for index, start, end in plan.automaton.find_matches_as_indexes(text, overlapping=True):
            for position in holders[index]:
                hits[position].append((start, end))
    return hits


def run_rules(rules: Iterable[Rule], context: Context) -> list:
    """Every mention every rule produces, before overlaps are settled."""
    found, rules = [], tuple(rules)
    text = context.norm.text
    plan = _plan_of(rules)
    literal = _trigger_hits(plan, context)
    stretches = [None] * plan.slots  # each slot's stretches, computed once for the rules that share them
    for rule, slot, position, starts in plan.steps:
        if stretches[slot] is None:
            if starts >= 0:
                stretches[slot] = _stretches(_hits_at(rule.trigger, text, literal[starts], rule.digit_lead), len(text),
                                             rule.reach)
            elif position < 0:
                stretches[slot] = regions(rule.trigger, text, rule.reach)
            else:
                hits = literal[position]
                if rule.unless is not None:  # (`설` in `설명`: no stretch searched around it)
                    unless = rule.unless.match
                    hits = [(start, end) for start, end in hits
                            if not ((bare := unless(text, start)) and bare.end() == end)]
                stretches[slot] = _stretches(sorted(hits), len(text), rule.reach)
        if rule.at_trigger:
            matches = _matches_at(rule.pattern, text, sorted({start for start, _ in literal[position]}), stretches[slot])
        else:
            # (overlapped=False, concurrent=False: else the regex module lets go of the GIL and takes it
            # back for every match it looks for, a third of the cost of a short search; `_matches_at` too)
            matches = (m for start, end in stretches[slot] for m in rule.pattern.finditer(text, start, end, False, False))
        for match in matches:
            check()  # (a document past its time budget stops here: `pipeline.budget`)
            produced = rule.produce(match, context, rule.name)
            if produced:
                found.extend(produced if isinstance(produced, (list, tuple)) else [produced])
    return found


def _hits_at(trigger, text: str, words: list, digit_lead: tuple = ()) -> list:
    """(start, end) of each hit `trigger.finditer(text)` finds, when every hit starts where one of the `words` hits
    (start, end) does, or with a digit `digit_lead` characters before it (`Rule.trigger_starts`, `Rule.digit_lead`): the
    trigger tried at each of those starts, in order, past the last hit. (Tried only where a digit stands, or a letter
    Python does not know: `\d` of the `regex` module knows the digits of a later Unicode than Python's, which are
    unassigned, so unprintable, to Python; checked over every code point. Most `.` and `,` follow a word or a `.`.)"""
    hits, last = [], 0
    starts = {start - back for start, _ in words for back in digit_lead
              if start >= back and ((lead := text[start - back]).isdecimal() or not lead.isprintable())} \
        if digit_lead else {start for start, _ in words}
    for start in sorted(starts):
        if start >= last and (hit := trigger.match(text, start)):
            last = hit.end()
            hits.append((start, last))
    return hits


def _matches_at(pattern, text: str, starts: list, stretches: list) -> Iterator:
    """What `pattern.finditer` finds in the stretches when its matches start only at `starts` (sorted):
    the pattern tried at each start past the last match, up to the end of the start's stretch. (A
    search tries every position of a stretch, and there a try costs about what a call does.)"""
    stretch, end, last = iter(stretches), -1, 0
    for start in starts:
        while end <= start:  # (each start lies in the stretch of its own hit)
            end = next(stretch)[1]
        if start >= last and (match := pattern.match(text, start, end, False)):  # (concurrent=False: `run_rules`)
            last = match.end()
            yield match


def word_automaton(words: list):
    """An Aho-Corasick automaton (ahocorasick-rs) of a few hundred words, built as a DFA: its search runs in about
    half the time of the NFA the library picks for such a list (300 dense texts: QUANTITY's and DATE's 238 words
    5.3 ms against 11.5, org.intro's nouns 3.8 against 7.8). Not for the gazetteer's 22,864 spellings, whose DFA
    takes ~260 MB."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)


def _sets_automaton(sets: tuple) -> tuple:
    """One automaton of the words of all `sets` (`word_automaton`), and for each word's index the indexes of the sets
    that hold it: a word found is handed to each of its sets."""
    words = sorted({word for word_set in sets for word in word_set})
    return word_automaton(words), [[i for i, word_set in enumerate(sets) if word in word_set] for word in words]


def literal_spans(*word_sets, starts_of: tuple = ()) -> Callable:
    """A function of a text that returns, for each of `word_sets`, the spans (start, end) that `re.finditer` of
    `alternation(words)` finds: the first place one of the words starts, the longest word there, then on from its
    end. One Aho-Corasick pass finds every set's words (overlapping: one set's word may hold another's, `사진` in
    `사진기자`), each set's then taken in that order: a few whole-text `re` scans cost more than one pass. After
    them, for each set of `starts_of`, every place one of its words starts, sorted, each once (`matches_from`)."""
    sets = tuple(tuple(word_set) for word_set in (*word_sets, *starts_of))
    automaton, holders = _sets_automaton(sets)

    def spans(text: str) -> list:
        hits = [[] for _ in sets]
        for index, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
            for i in holders[index]:
                hits[i].append((start, -end))  # (sorted: by start, the longest first)
        found = []
        for own in hits[:len(word_sets)]:
            kept, last = [], 0
            for start, end in sorted(own):
                if start >= last:
                    last = -end
                    kept.append((start, last))
            found.append(kept)
        found.extend(sorted({start for start, _ in own}) for own in hits[len(word_sets):])
        return found
    return spans


def matches_from(pattern, text: str, starts: Iterable) -> Iterator:
    """What `pattern.finditer(text)` finds when each of its matches starts at one of `starts` (sorted) and none is
    empty: the pattern tried at each start past the last match. (A pattern that opens with an alternation of many words
    scans every letter of the text against their first letters; the words' starts cost one pass of `literal_spans`.)"""
    last = 0
    for start in starts:
        if start >= last and (match := pattern.match(text, start)):
            last = match.end()
            yield match


def numbered(mentions: Iterable, prefix: str, context: Context, id_field: str = "mention_id", own: bool = False) -> list:
    """The mentions in text order with their ids (`Q1`, `Q2`, …) and sentence numbers.

    Each is a copy with these two fields set, made as `model.replace` makes one but without a call
    per mention (every mention of a run passes here: measured, a third less time). `own`: the
    mentions were made for this call and nothing else holds them (a dimension's `fresh` records,
    the facts): the two fields are set on them, no copy."""
    ordered = in_text_order(mentions)
    if ordered:
        replace(ordered[0], **{id_field: "", "sentence_id": -1})  # (fails on a field the records lack)
    # (the sentence as `Context.sentence_of` finds it, its bisect without the two calls around it per mention)
    sentences, starts, records = context.sentences, context.sentence_starts, []
    for i, mention in enumerate(ordered, start=1):
        record = mention if own else object.__new__(type(mention))  # (own: its fields exist, set in place)
        fields = record.__dict__
        if not own:
            fields.update(mention.__dict__)
        at = bisect.bisect_right(starts, mention.start) - 1
        fields[id_field], fields["sentence_id"] = f"{prefix}{i}", sentences[at if at > 0 else 0].index if sentences else 0
        records.append(record)
    return records


_SPAN = operator.attrgetter("start", "end")  # (text order)


def in_text_order(mentions: Iterable) -> list:
    """The mentions in the order `numbered` gives them their ids: the i-th (from 1) gets `{prefix}{i}`."""
    return sorted(mentions, key=_SPAN)
