"""Stage 3: sentences and tokens with kiwipiepy, over the original text.

One `Kiwi` per process (loading it takes a second or two), built once with the user words the
lexicons ask for. Text goes to kiwipiepy a paragraph at a time (it slows down on very long
strings), and token offsets are shifted back to document offsets.
"""
from __future__ import annotations

import functools
import re
import warnings
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
    analyzer = kiwi()
    sentences = []
    make = tuple.__new__  # builds a Token without the Python-level `Token.__new__` (every token of a batch)
    for offset, paragraph in paragraphs(text):
        for sentence_tokens in analyzer.tokenize(paragraph, split_sents=True):
            tokens = tuple([make(Token, (t.form, t.tag, t.start + offset, t.end + offset)) for t in sentence_tokens])
            if tokens:
                sentences.append(Sentence(len(sentences), tokens[0].start, tokens[-1].end, tokens))
    return tuple(sentences)
