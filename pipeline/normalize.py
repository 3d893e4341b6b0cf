"""Stage 2: a normalized working copy of the text with a map back to original offsets.

Rules that work on characters match against `Normalized.text` (NFKC, one middle dot, one
tilde, one dash, plain spaces and quotes) and call `Normalized.span` to turn a match into
original offsets.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Optional

import regex

# Characters NFKC leaves alone but Korean news uses interchangeably.
_UNIFY = {
    **dict.fromkeys("∙•‧・·ㆍ", "·"),
    **dict.fromkeys("∼〜～˜", "~"),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t", " "),
    **dict.fromkeys("“”„‟«»", '"'),
    **dict.fromkeys("‘’‚‛`´", "'"),
    **dict.fromkeys("\u200b\u200c\u200d\ufeff", ""),
}
# Only these characters can change: everything else (ASCII, Hangul syllables) is kept as is. (The
# same set as `[^\x00-\x7f\uac00-\ud7a3]`, written as the ranges it holds and found by `regex`: stdlib
# `re` tests a negated set at every character of every document, measured 1.7 times slower.)
_CANDIDATES = regex.compile("[\x80-\uabff\ud7a4-\U0010ffff]+")


# Combining marks NFKC leaves standing (`3\u0301`): in the working copy they would split a number
# or a word in two, so they go, and the letter or digit they sit on is read as written.
_MARKS = frozenset({"Mn", "Me"})


@functools.lru_cache(maxsize=4096)
def _map_char(ch: str) -> str:
    if ch in _UNIFY:
        return _UNIFY[ch]
    return "".join(_UNIFY.get(c, c) for c in unicodedata.normalize("NFKC", ch) if unicodedata.category(c) not in _MARKS)


@dataclass(frozen=True)
class Normalized:
    """`text` is the working copy; `origin[i]` is the original index of its character i.

    `origin` is None when every character kept its place (the common case), and otherwise has
    one extra entry, the original length, so that end offsets map too.
    """

    text: str
    origin_map: Optional[tuple] = None

    def index(self, i: int) -> int:
        """Original index of normalized character i (or the original length at the end)."""
        return i if self.origin_map is None else self.origin_map[i]

    @property
    def origin(self):
        return range(len(self.text) + 1) if self.origin_map is None else self.origin_map

    def span(self, start: int, end: int) -> tuple:
        """Original (start, end) of the normalized slice [start, end)."""
        return self.index(start), self.origin_end(end)

    def origin_end(self, end: int) -> int:
        # The end of a slice is just past the original character of its last character.
        return self.index(end - 1) + 1 if end > 0 else 0


def normalize(text: str) -> Normalized:
    """NFKC per character (so every output character knows its source), then unify marks.

    >>> n = normalize("３３억 ５６００만 위안")
    >>> n.text, n.span(0, 3)
    ('33억 5600만 위안', (0, 3))
    """
    changes = [(i, mapped) for match in _CANDIDATES.finditer(text) for i in range(*match.span())
               if (mapped := _map_char(text[i])) != text[i]]
    if not changes:
        return Normalized(text)
    pieces, last = [], 0
    for i, mapped in changes:  # slices between the changes: a few joins, not one per character
        pieces += (text[last:i], mapped)
        last = i + 1
    pieces.append(text[last:])
    if all(len(mapped) == 1 for _, mapped in changes):
        return Normalized("".join(pieces))
    origin, last = [], 0
    for i, mapped in changes:
        origin.extend(range(last, i))
        origin.extend([i] * len(mapped))
        last = i + 1
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return Normalized("".join(pieces), tuple(origin))
