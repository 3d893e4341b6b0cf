"""`koie explain`: tokens, then every rule match, kept or dropped."""
from __future__ import annotations

from pipeline.api import extract
from pipeline.cli import main
from pipeline.explain import candidates, explain
from pipeline.quantity import rules as quantity
from pipeline.registry import dimensions

TEXT = "알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했고 3~5개 기업이 참여했다."


def test_kept_matches_are_exactly_what_extract_returns():
    result, found = candidates(TEXT, "2020-12-31")
    expected = extract(TEXT, "2020-12-31")
    for dimension in dimensions():
        kind, field = dimension.label, dimension.table
        kept = [(w.start, w.end, w.rule_id) for _, w, _ in found[kind] if w]
        assert sorted(kept) == sorted((m.start, m.end, m.rule_id) for m in getattr(expected, field)), kind
        assert all(why for _, winner, why in found[kind] if winner is None), kind


def test_a_match_that_lost_an_overlap_names_the_winner():
    text = explain(TEXT, "2020-12-31")
    dropped = [line for line in text.splitlines() if line.lstrip().startswith("dropped")]
    assert any("'5개'" in line and "lost to" in line and "'3~5개'" in line for line in dropped), text


def test_tokens_and_kept_mentions_are_printed():
    text = explain(TEXT, "2020-12-31")
    assert text.splitlines()[0].startswith("text: ")
    assert "tokens" in text and "위안" in text
    assert any(line.lstrip().startswith("kept") and "'33억 5600만 위안'" in line and "value=3356000000" in line
               and "unit=CNY" in line for line in text.splitlines())
    assert any(line.startswith("DATE:") for line in text.splitlines())


def test_a_broken_rule_is_reported_not_raised(monkeypatch):
    def broken():
        raise KeyError("missing_word_list")

    monkeypatch.setattr(quantity, "rules", broken)
    text = explain("3개", None)
    assert "QUANTITY: error in the rules: KeyError" in text


def test_cli(capsys):
    assert main(["explain", "3~5개 기업", "--doc-date", "2020-12-31"]) == 0
    assert "qty.range" in capsys.readouterr().out
    assert main(["explain", "3개", "--doc-date", "2020-13-01"]) == 2


def test_cli_reads_standard_input(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("3~5개 기업\n"))
    assert main(["explain", "-"]) == 0
    assert "qty.range" in capsys.readouterr().out
