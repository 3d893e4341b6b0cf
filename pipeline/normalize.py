"""Stage 2: a normalized working copy of the text with a map back to original offsets.

Rules that work on characters match against `Normalized.text` (NFKC, one middle dot, one
tilde, plain spaces) and call `Normalized.span` to turn a match into original offsets.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters NFKC leaves alone but Korean news uses interchangeably.
_UNIFY = {
    **dict.fromkeys("∙•‧・·ㆍ", "·"),
    **dict.fromkeys("∼〜～˜", "~"),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t", " "),
    **dict.fromkeys("“”„‟«»", '"'),
    **dict.fromkeys("‘’‚‛`´", "'"),
}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff"}


@dataclass(frozen=True)
class Normalized:
    """`text` is the working copy; `origin[i]` is the original index of its character i.

    `origin` has one extra entry, the original length, so that end offsets map too.
    """

    text: str
    origin: tuple

    def span(self, start: int, end: int) -> tuple:
        """Original (start, end) of the normalized slice [start, end)."""
        return self.origin[start], self.origin_end(end)

    def origin_end(self, end: int) -> int:
        # The end of a slice is just past the original character of its last character.
        return self.origin[end - 1] + 1 if end > 0 else 0


def normalize(text: str) -> Normalized:
    """NFKC per character (so every output character knows its source), then unify marks.

    >>> n = normalize("３３억 ５６００만 위안")
    >>> n.text
    '33억 5600만 위안'
    """
    out, origin = [], []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        if ch.isascii():
            mapped = ch
        else:
            mapped = _UNIFY.get(ch) or unicodedata.normalize("NFKC", ch)
            mapped = "".join(_UNIFY.get(c, c) for c in mapped)
        out.append(mapped)
        origin.extend([i] * len(mapped))
    origin.append(len(text))
    return Normalized("".join(out), tuple(origin))
