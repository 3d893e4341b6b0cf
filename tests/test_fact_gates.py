"""The linker's gates (session 39, spd39c): a cheap test, asked once per story, that skips a whole rule family where its
conditions cannot hold. Each test here is a story where the family must still run: a gate that skipped it wrongly fails
(the facts corpus, tests/corpus/fact.yaml, holds the family's own cases end to end)."""
from __future__ import annotations

import pytest

import pipeline.fact as fact
from pipeline import extract
from pipeline.fact.link import Linker


def _linker(monkeypatch, text: str, doc_date: str = "2025-11-07", keep=lambda quantity: True) -> Linker:
    """The linker the pipeline makes for `text`, with only the quantities `keep` keeps."""
    calls = []
    original = fact.link_facts
    monkeypatch.setattr(fact, "link_facts", lambda *args: calls.append(args) or original(*args))
    extract(text, doc_date=doc_date)
    context, quantities, dates, organizations, found_date = calls[0]
    return Linker(context, [q for q in quantities if keep(q)], dates, organizations, found_date)


GROUP_STORY = "LG유플러스는 3분기 영업이익이 2,700억 원이라고 7일 밝혔다.\n통신 3사의 영업이익 합계는 1조 2,800억 원이다."


def test_a_story_without_a_group_word_skips_the_family(monkeypatch):
    linker = _linker(monkeypatch, "LG유플러스는 3분기 영업이익이 2,700억 원이라고 7일 밝혔다.\n매출은 3조 8천억 원이다.")
    assert linker._may_group() is False


@pytest.mark.parametrize("text", [GROUP_STORY, "양사의 지난해 매출은 384조 원이었다.", "두 회사의 매출은 26조 원이다."])
def test_each_group_cue_keeps_the_family(monkeypatch, text):
    assert _linker(monkeypatch, text)._may_group()


def test_a_count_of_companies_that_is_no_quantity_keeps_the_family(monkeypatch):
    # (`_groups` reads `통신 3사의` from the tokens too, where the extractor kept no QUANTITY of it)
    linker = _linker(monkeypatch, GROUP_STORY, keep=lambda quantity: "사" not in quantity.text)
    assert linker._may_group()
