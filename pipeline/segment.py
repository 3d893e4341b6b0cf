"""Stage 3: sentences and tokens with kiwipiepy, over the original text.

One `Kiwi` per process (loading it takes a second or two), built once with the user words the
lexicons ask for. Text goes to kiwipiepy a paragraph at a time (it slows down on very long
strings), and token offsets are shifted back to document offsets.
"""
from __future__ import annotations

import functools
import re
import warnings
from typing import Iterable

from .model import Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")


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
    """(start, paragraph) for each non-empty line of the text."""
    return [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def segment(text: str) -> tuple:
    """Sentences of the text, numbered from 0, with tokens in document offsets."""
    return segment_many([text])[0]


def segment_many(texts: Iterable[str]) -> list:
    """Segment several texts; kiwipiepy sees one paragraph at a time."""
    texts = list(texts)
    spans = [paragraphs(text) for text in texts]
    flat = [para for doc in spans for _, para in doc]
    analyzer = kiwi()
    analyzed = (analyzer.tokenize(para, split_sents=True) for para in flat)
    result = []
    for doc in spans:
        sentences = []
        for offset, _ in doc:
            for sentence_tokens in next(analyzed):
                tokens = tuple(Token(t.form, str(t.tag), t.start + offset, t.end + offset) for t in sentence_tokens)
                if tokens:
                    sentences.append(Sentence(len(sentences), tokens[0].start, tokens[-1].end, tokens))
        result.append(tuple(sentences))
    return result
