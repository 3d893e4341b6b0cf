"""ORG words: a stretch of kiwipiepy tokens with no space or punctuation between them, split into
the name part (nouns, foreign words, numbers) and what follows it (particles, endings). The ORG
rules look at words, not tokens.
"""
from __future__ import annotations

import bisect

from ..rules import Context
from .lexicon import cues

# Tags of the name part of a word; everything after it (particles, endings) is left out.
NAME_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN", "NR", "XPN", "XR"})
PROPER_TAGS = frozenset({"NNP", "SL", "SH"})
_PROPER_NAME_TAGS = PROPER_TAGS | {"SN", "NNG"}
_NOUN_TAGS = frozenset({"NNP", "NNG", "SL"})
# Tokens that split words although nothing separates them in the text.
PUNCT_TAGS = frozenset({"SF", "SP", "SE", "SO", "SW", "SSO", "SSC", "SB"})


class Word:
    """A word of a sentence: `tokens[:size]` are its name part, the rest follow it.

    `gloss` is the (start, end) of a parenthesis right after the name part (`다모(DAMO)`), or None.
    Offsets are fields, not properties: the rules read them hundreds of thousands of times.

    A class with slots, not a named tuple (as `model.Token`): Python 3.11 does not specialize the
    read of a named tuple's field (every `word.start` took the generic attribute look-up, some
    176,000 a 60-article count), a slot's read it does. Words are not changed once made and compare
    by identity (each is one stretch of one document's tokens).

    No `__init__`: `words()` makes each as `Word()` and sets its slots. A class called with no arguments
    and no `__init__` of its own is the cheapest way to a new object in 3.11 (`object.__new__(Word)`, the
    way before, makes an argument tuple and checks it: ~280 instructions more a word, ~9 M a 60-article count).
    """

    __slots__ = ("tokens", "size", "gloss", "start", "name_end", "end")

    def __repr__(self) -> str:
        return (f"Word(tokens={self.tokens!r}, size={self.size!r}, gloss={self.gloss!r}, start={self.start!r}, "
                f"name_end={self.name_end!r}, end={self.end!r})")

    @property
    def bare(self) -> bool:
        """Nothing but the name: no particle or ending after it."""
        return self.size == len(self.tokens)

    def name_tags(self) -> set:
        """The tags of the name part, but the `&` joining Latin letters (`C&E`): a name is read by its letters."""
        return {t.tag for t in self.tokens[:self.size] if t.tag != "SW"}

class Words(tuple):
    """The words of a document, `None` between sentences (see `words`), with what rules look up,
    gathered while the words are built so that no rule has to scan them all:

    - `starts`: the start of each entry (a separator repeats the last one, so it stays sorted);
    - `proper`: indexes of the words whose name part starts with a proper noun or foreign word;
    - `suffixed`: indexes of the words whose name part may end in an organization suffix (its last
      letter or two are a suffix's);
    - `glossed`: indexes of the words with a gloss;
    - `adverbs`: indexes of the words with no name part that start with an adverb or a determiner (`MAG`, `MM`);
    - `misread`: indexes of the words with a noun glued after what follows their name part, or after a start that is
      no name part (`청소`+`ᆯ`+`그룹`, `세`+`영`+`그룹`): kiwipiepy misread an unknown name's letters there.

    `runs` keeps the list each word was read to be an item of (`mention._list_run`), by the word's index.

    A tuple, not a list (the words are not changed once made): the rules read `found_words[i]` some 98,000 times a
    60-article count, and a list subclass's `[i]` goes through Python's generic slot (list's `__getitem__` is a method,
    not a slot wrapper, so a subclass cannot inherit the C one: ~260 instructions an index, `slot_mp_subscript`); a
    tuple subclass's is tuple's own.
    """

    def __init__(self, entries=()):
        self.starts, self.proper, self.suffixed, self.glossed, self.adverbs, self.misread = [], [], [], [], [], []
        self.runs = {}

    def at(self, offset: int):
        """(index, word) of the word that starts at original `offset`, or (-1, None)."""
        index = bisect.bisect_left(self.starts, offset)
        return (index, self[index]) if index < len(self.starts) and self.starts[index] == offset else (-1, None)

    def name_ending_at(self, offset: int):
        """(index, word) of the last word whose name part ends at original `offset`, or (-1, None).

        It is among the last words that start before `offset` and reach it: kiwipiepy gives the two
        morphemes of a contracted syllable the same letter (`케이`+`ᆯ라` of `케일라`), so a word may
        start inside the one before; word ends never decrease, so the walk stops at a word that
        ends before `offset`."""
        index = bisect.bisect_left(self.starts, offset) - 1
        while index >= 0:
            word = self[index]
            if word is not None:
                if word.size and word.name_end == offset:
                    return index, word
                if word.end < offset:
                    break
            index -= 1
        return -1, None

    def starting_with(self, text: str, letters: str) -> list:
        """Indexes of the words (first and last entries aside) that start where `letters` stand in
        `text`: a rule about one word (`등`) looks at those instead of every word."""
        found, at = [], text.find(letters)
        while at >= 0:
            index = bisect.bisect_left(self.starts, at)  # (a word comes before its separator)
            if 0 < index < len(self) - 1 and self.starts[index] == at:
                found.append(index)
            at = text.find(letters, at + 1)
        return found

def words(context: Context) -> Words:
    """Every word of the document, sentence by sentence; `None` separates sentences.

    (Runs over every token of the document, so it keeps tokens, offsets and bound `append`s in locals.)
    """
    from .structural import suffix_tail_ends  # (structural imports this module)

    entries, starts, proper, suffixed, glossed, adverbs, misreads = [], [], [], [], [], [], []  # (a `Words` at the end)
    add, add_start = entries.append, starts.append
    add_proper, add_suffixed = proper.append, suffixed.append
    text, c = context.text, cues()
    suffix_pairs = c["suffix_pairs"]
    tail_ends = suffix_tail_ends(text)
    ampersand_words, split_titles = c["ampersand_words"], c["split_titles"]
    suffixed_particles = c["suffixed_particles"]
    for sentence in context.sentences:
        tokens = sentence.tokens
        count, i = len(tokens), 0
        while i < count:
            first = tokens[i]
            tag = first.tag
            if tag in PUNCT_TAGS:
                i += 1
                continue
            j = i + 1  # (names set one by one: one assignment of a tuple of five, per word, counted more)
            size, gloss = 0, None
            start, end = first.start, first.end
            name_end = start
            if tag in NAME_TAGS:  # the name part: name tags with nothing between them
                while j < count:
                    token = tokens[j]
                    if token.start != end or token.tag not in NAME_TAGS:
                        # (Latin letters joined by `&` are one name, `쌍용C&E`, `P&G`; not `M&A`, `R&D`, but glued to a
                        # name before them, `선라이즈F&B`)
                        if token.form == "&" and tokens[j - 1].tag == "SL" and j + 1 < count \
                                and tokens[j + 1].tag == "SL" and tokens[j + 1].start == token.end \
                                and (text[tokens[j - 1].start:tokens[j + 1].end] not in ampersand_words or j - 1 > i):
                            end, j = tokens[j + 1].end, j + 2
                            continue
                        # (a title glued between nouns is a syllable of a name kiwipiepy split: `그로우`+`씨`+`드`)
                        if token.form in split_titles and token.start == end and j + 1 < count \
                                and tokens[j + 1].start == token.end and tokens[j + 1].tag in _NOUN_TAGS:
                            end, j = tokens[j + 1].end, j + 2
                            continue
                        break
                    end, j = token.end, j + 1
                size, name_end = j - i, end
                # (a particle kiwipiepy read into an unknown name's last letter, `한울금융지주의` as one NNP: the name
                # ends before it where the rest ends in a suffix of two letters or more; without a suffix, `_glued_end`
                # cuts one only where the document also writes the name without it)
                if end - start >= 4 and text[end - 1] in suffixed_particles and text[end - 3:end - 1] in suffix_pairs \
                        and tokens[j - 1].tag == "NNP":  # (the token's tag last: reading it makes a string)
                    name_end = end - 1
                if j < count and tokens[j].form == "(" and tokens[j].start == end:
                    close = next((k for k in range(j + 1, min(j + 12, count)) if tokens[k].form == ")"), None)
                    if close is not None:
                        gloss, j, end = (tokens[j].start, tokens[close].end), close + 1, tokens[close].end
                        glossed.append(len(entries))
                if tag in PROPER_TAGS:
                    add_proper(len(entries))
                if name_end in tail_ends:  # (its last letter a one-letter suffix, or its last two a suffix's)
                    add_suffixed(len(entries))
            elif tag == "MAG" or tag == "MM":  # (an adverb or a determiner kiwipiepy read a name's first letters as)
                adverbs.append(len(entries))
            misread = False
            while j < count:  # what follows the name part, up to a space or punctuation
                token = tokens[j]
                if token.start != end or token.tag in PUNCT_TAGS:
                    break
                misread = misread or token.tag in _NOUN_TAGS
                end, j = token.end, j + 1
            if misread:
                misreads.append(len(entries))
            word = Word()  # (a store per slot: one assignment of a tuple of six counted 10% more of this loop)
            word.tokens = tokens[i:j]
            word.size = size
            word.gloss = gloss
            word.start = start
            word.name_end = name_end
            word.end = end
            add(word)
            add_start(start)
            i = j
        add(None)
        add_start(starts[-1] if starts else -1)
    found = Words(entries)
    found.starts, found.proper, found.suffixed, found.glossed, found.adverbs, found.misread = \
        starts, proper, suffixed, glossed, adverbs, misreads
    return found
