"""The regression gate: a run of corpus/ must reach the floors on both gold sets."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.evaluate import Score, evaluate, score_type

ROOT = Path(__file__).resolve().parents[1]
GOLD = {"article": ROOT / "corpus/gold", "klue": ROOT / "corpus/klue/gold", "klue_facts": ROOT / "corpus/klue_facts/gold"}
FLOORS = yaml.safe_load((Path(__file__).parent / "floors.yaml").read_text(encoding="utf-8"))


# The dev half of the held-back news articles (annotation/articles_holdout/), run as hidden articles
# come: bare .txt files, no metadata (the document dates are inferred). Its other half stays unseen.
ARTICLES_DEV = ROOT / "annotation/articles_holdout/dev"


@pytest.mark.parametrize("gold", sorted(GOLD))
def test_scores_reach_the_floors(corpus_run, gold):
    _reach_floors(gold, evaluate(GOLD[gold], corpus_run))


def test_articles_without_metadata_reach_their_floors(tmp_path):
    from pipeline.cli import main

    assert main(["run", str(ARTICLES_DEV / "texts"), "--out", str(tmp_path / "out")]) == 0
    _reach_floors("articles_dev", evaluate(ARTICLES_DEV / "gold", tmp_path / "out"))


def _reach_floors(gold: str, results: dict) -> None:
    for kind, floor in FLOORS[gold].items():
        assert results[kind].strict.f1 >= floor, f"{gold} {kind}: strict F1 {results[kind].strict.f1:.3f} < floor {floor}"


def _row(doc, start, end, text, status="required", **values):
    return {"doc_id": doc, "start": str(start), "end": str(end), "text": text, "status": status, **values}


def test_optional_gold_is_neither_rewarded_nor_penalized():
    gold = [_row("d", 0, 3, "abc"), _row("d", 5, 8, "xyz", status="optional")]
    found = score_type("ORG", gold, [_row("d", 5, 8, "xyz", canonical="xyz")])
    assert (found.strict.tp, found.strict.fp, found.strict.fn) == (0, 0, 1)
    found = score_type("ORG", gold, [_row("d", 0, 3, "abc", canonical="abc")])
    assert (found.strict.tp, found.strict.fp, found.strict.fn) == (1, 0, 0)
    assert found.strict.f1 == 1.0


def test_strict_overlap_and_value_scores_differ():
    gold = [_row("d", 0, 8, "33억 위안", value="3300000000", value_high="", unit="CNY")]
    pred = [_row("d", 0, 4, "33억 ", value="3300000000", value_high="", unit="CNY")]
    found = score_type("QUANTITY", gold, pred)
    assert (found.strict.tp, found.overlap.tp) == (0, 1)
    same_span_wrong_unit = [_row("d", 0, 8, "33억 위안", value="3.3E+9", value_high="", unit="KRW")]
    found = score_type("QUANTITY", gold, same_span_wrong_unit)
    assert found.strict.tp == 1 and found.value_accuracy == 0.0
    decimal_equal = [_row("d", 0, 8, "33억 위안", value="3.3E+9", value_high="", unit="CNY")]
    assert score_type("QUANTITY", gold, decimal_equal).value_accuracy == 1.0


def test_f1_of_an_empty_score_is_perfect_and_of_misses_zero():
    assert Score().f1 == 1.0
    assert Score(tp=0, fp=2, fn=3).f1 == 0.0


def test_a_subject_named_by_an_alias_the_gold_lists_is_the_same_organization():
    from pipeline.fact.score import score

    def fact(subject):
        return {"doc_id": "d", "q_start": "0", "q_end": "5", "q_text": "3억 원", "metric_start": "", "metric_end": "",
                "metric_text": "", "subject": subject, "period": "", "kind": "level", "status": "required"}

    def run(subject):
        return {"quantities": [{"doc_id": "d", "mention_id": "Q1", "start": 0, "end": 5, "text": "3억 원"}],
                "facts": [{"doc_id": "d", "quantity_id": "Q1", "metric_start": "", "metric_end": "", "subject": subject,
                           "period": "", "kind": "level"}]}

    orgs = [{"doc_id": "d", "text": text, "canonical": "한밭신용협동조합", "aliases": ""} for text in ("한밭신협", "한밭신용협동조합")]
    orgs.append({"doc_id": "d", "text": "다른신협", "canonical": "다른신협", "aliases": ""})
    gold_tables = {"organizations": orgs}
    assert score([fact("한밭신용협동조합")], run("한밭신협"), gold_tables).tp == 1
    assert score([fact("한밭신용협동조합")], run("다른신협"), gold_tables).tp == 0
    assert score([fact("한밭신용협동조합")], run("한밭신협")).tp == 0  # no gold ORG table: names as written
