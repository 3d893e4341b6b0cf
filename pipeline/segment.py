"""Stage 3: sentences and tokens with kiwipiepy, over the original text.

One `Kiwi` per process (loading it takes a second or two), built once with the user words the
lexicons ask for. Text goes to kiwipiepy a paragraph at a time, a long paragraph (a document in
one line) in pieces of at most `PIECE` characters cut at sentence ends or spaces: kiwipiepy slows
down more than linearly on long strings. Token offsets are shifted back to document offsets.
"""
from __future__ import annotations

import functools
import operator
import re
import warnings
from bisect import bisect_right

from .budget import check
from .model import Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")
# The longest string kiwipiepy is given (the corpus's paragraphs are all shorter).
PIECE = 2000
# Where a long paragraph may be cut: after a sentence end and its spaces, else after spaces.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def kiwi():
    """The process's one Kiwi, single-threaded (parallelism comes from worker processes)."""
    from kiwipiepy import Kiwi

    from .lexicons import user_words

    with warnings.catch_warnings():  # kiwipiepy warns that 0 now means one thread, which we want
        warnings.simplefilter("ignore", DeprecationWarning)
        analyzer = Kiwi(num_workers=0)
    for word, tag, score in user_words():
        analyzer.add_user_word(word, tag, score)
    return analyzer


def paragraphs(text: str) -> list:
    """(start, paragraph) for each non-empty line of the text, a long one in pieces (`pieces`)."""
    return [piece for m in _PARAGRAPH.finditer(text) if m.group().strip() for piece in pieces(m.start(), m.group())]


def pieces(offset: int, line: str):
    """(start, piece) of a line at `offset`, each piece at most `PIECE` characters long."""
    start = 0
    while len(line) - start > PIECE:
        end = _cut(line, start)
        yield offset + start, line[start:end]
        start = end
    yield offset + start, line[start:]


def _cut(line: str, start: int) -> int:
    """Where the piece from `start` ends: after the last sentence end in its second half, else
    after its last space there, else `PIECE` characters on (a word longer than half a piece)."""
    low, high = start + PIECE // 2, start + PIECE
    for boundary in (_SENTENCE_END, _SPACE):
        ends = [m.end() for m in boundary.finditer(line, low, high)]
        if ends:
            return ends[-1]
    return high


def segment(text: str) -> tuple:
    """Sentences of the text, numbered from 0, with tokens in document offsets."""
    analyzer = kiwi()
    sentences = []
    for offset, paragraph in paragraphs(text):
        check()  # (a document past its time budget stops here: `pipeline.budget`)
        found = analyzer.tokenize(paragraph)
        at = _shifted(offset, len(paragraph))
        first, size = 0, len(found)
        while first < size:  # a sentence at a time: its tokens are found[first:last]
            last = bisect_right(found, found[first].sent_position, first, size, key=_SENTENCE_NUMBER)
            tokens = []
            for t in found[first:last]:
                token = _Made()  # (a store per slot: one assignment of a tuple of four counted 7% more)
                token.form = t.form
                token.tag = t.tag
                token.start = at[t.start]
                token.end = at[t.end]
                tokens.append(token)
            sentences.append(Sentence(len(sentences), tokens[0].start, tokens[-1].end, tuple(tokens)))
            first = last
    return tuple(sentences)


class _Made(Token):
    """A `Token` as `segment` makes one: called with no arguments, its slots set after. Without an `__init__` of its own
    (object's, which CPython then calls directly) a class called so is the cheapest way to a new object in 3.11:
    `object.__new__(Token)`, the way before, makes an argument tuple and checks it (~280 instructions more a token). It
    is a `Token` in every other way (its fields, `repr`, and pickled as one); a copy of a token is made as `Token(…)`."""

    __slots__ = ()
    __init__ = object.__init__


# Document offsets as int objects made once: `start + offset` made a new int (over 256) for each token's
# start and end, freed again with the tokens (segment's own work ~10% less without them). A paragraph's
# offsets are read from a slice of this list instead, grown to the longest document seen up to
# `_SHARED_OFFSETS` (2.6 MB); past it, a range makes them as the addition did.
_OFFSETS = []
_SHARED_OFFSETS = 1 << 16


def _shifted(offset: int, size: int):
    """The document offsets of a paragraph's offsets 0 … `size`, at `offset`."""
    end = offset + size + 1
    if end > _SHARED_OFFSETS:
        return range(offset, end)
    if len(_OFFSETS) < end:
        _OFFSETS.extend(range(len(_OFFSETS), end))
    return _OFFSETS[offset:end]


# Sentences as `tokenize(…, split_sents=True)` makes them, a run of tokens with one `sent_position`
# each. kiwipiepy numbers a paragraph's sentences in order, so a sentence's end is found by bisection
# over the numbers (a few reads a sentence, ~28 tokens on the dense corpus), not by reading every
# token's (a getter call each, and `itertools.groupby`'s per token).
_SENTENCE_NUMBER = operator.attrgetter("sent_position")
