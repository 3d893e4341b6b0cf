"""`koie diff`: pairing mentions of two runs, on small hand-made tables and on real runs."""
from __future__ import annotations

import csv

import pytest

from pipeline.cli import main
from pipeline.diff import diff_runs, diff_tables, pair_mentions, summarize
from pipeline.quantity import rules as quantity


def q(start, end, text, value, unit="개", rule="qty.number_unit", doc="d", mention_id="Q1", **more):
    return {"doc_id": doc, "mention_id": mention_id, "sentence_id": "0", "start": str(start), "end": str(end),
            "text": text, "value": value, "unit": unit, "equivalent_of": "", "rule_id": rule, **more}


def org(start, end, text, doc="d", rule="org.suffix"):
    return {"doc_id": doc, "mention_id": "O1", "start": str(start), "end": str(end), "text": text,
            "canonical": text, "rule_id": rule}


def doc(doc_id="d", **more):
    return {"doc_id": doc_id, "source": f"{doc_id}.txt", "chars": "100", "sentences": "2", "quantities": "1",
            "status": "ok", **more}


def changes(a, b):
    return [(c.change, c.kind, c.doc_id, c.text, c.fields) for c in diff_tables(a, b)]


def test_identical_runs_have_no_differences():
    run = {"documents": [doc()], "quantities": [q(0, 2, "3개", "3")], "organizations": [org(5, 9, "삼성전자")]}
    assert diff_tables(run, run) == []
    assert summarize([]) == "no differences"


@pytest.mark.parametrize("after, expected", [
    (q(0, 2, "3개", "4"), ("value",)),                                   # same span, new value
    (q(0, 2, "3개", "3", unit="명"), ("unit",)),                          # new unit
    (q(0, 4, "3개 반", "3.5"), ("end", "text", "value")),                  # overlapping span
    (q(0, 2, "3개", "3", rule="qty.range"), ("rule_id",)),                # another rule found it
], ids=["value", "unit", "span", "rule"])
def test_a_matched_mention_that_differs_is_changed(after, expected):
    found = changes({"quantities": [q(0, 2, "3개", "3")]}, {"quantities": [after]})
    assert found == [("changed", "QUANTITY", "d", "3개", expected)]


def test_unmatched_mentions_are_added_or_removed():
    a = {"quantities": [q(0, 2, "3개", "3"), q(10, 13, "5만 원", "50000", "KRW")]}
    b = {"quantities": [q(10, 13, "5만 원", "50000", "KRW"), q(20, 22, "7명", "7", "명")]}
    assert changes(a, b) == [("removed", "QUANTITY", "d", "3개", ()), ("added", "QUANTITY", "d", "7명", ())]


def test_mentions_pair_only_within_a_document_and_a_type():
    a = {"quantities": [q(0, 4, "삼성전자", "1")], "organizations": [org(20, 24, "삼성전자", doc="e")]}
    b = {"organizations": [org(0, 4, "삼성전자")], "quantities": [q(20, 24, "삼성전자", "1", doc="e")]}
    assert sorted(c[:3] for c in changes(a, b)) == [("added", "ORG", "d"), ("added", "QUANTITY", "e"),
                                                  ("removed", "ORG", "e"), ("removed", "QUANTITY", "d")]


def test_pairing_is_one_to_one_exact_span_first():
    before = [q(0, 6, "3~5개", "3"), q(2, 6, "5개", "5")]
    after = [q(2, 6, "5개", "5")]
    pairs, removed, added = pair_mentions(before, after)
    assert [(x["text"], y["text"]) for x, y in pairs] == [("5개", "5개")]
    assert [r["text"] for r in removed] == ["3~5개"] and added == []


def test_renumbered_ids_and_conversion_links_are_not_changes():
    a = {"quantities": [q(0, 5, "1억 위안", "100000000", "CNY", mention_id="Q1"),
                        q(6, 12, "170억 원", "17000000000", "KRW", mention_id="Q2", equivalent_of="Q1")]}
    b = {"quantities": [q(30, 32, "2개", "2", mention_id="Q0"),
                        q(0, 5, "1억 위안", "100000000", "CNY", mention_id="Q2"),
                        q(6, 12, "170억 원", "17000000000", "KRW", mention_id="Q3", equivalent_of="Q2")]}
    assert changes(a, b) == [("added", "QUANTITY", "d", "2개", ())]
    b["quantities"][2]["equivalent_of"] = ""
    assert ("changed", "QUANTITY", "d", "170억 원", ("equivalent_of",)) in changes(a, b)


def test_documents_added_removed_and_changed():
    a = {"documents": [doc("d"), doc("e")]}
    b = {"documents": [doc("d", sentences="3", quantities="5", source="elsewhere/d.txt"), doc("f")]}
    found = diff_tables(a, b)
    assert [(c.change, c.doc_id, c.fields) for c in found] == [
        ("changed", "d", ("sentences",)), ("removed", "e", ()), ("added", "f", ())]


def test_summary_counts_per_type_and_rule():
    a = {"quantities": [q(0, 2, "3개", "3"), q(5, 8, "세 번", "3", "번", rule="qty.native_unit")]}
    b = {"quantities": [q(0, 2, "3개", "4")]}
    summary = summarize(diff_tables(a, b))
    assert summary.splitlines()[0] == "0 added, 1 removed, 1 changed in 1 document"
    assert "qty.native_unit" in summary and "qty.number_unit" in summary


def _write_run(folder, tables):
    folder.mkdir()
    for table, rows in tables.items():
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(dict.fromkeys(k for r in rows for k in r)))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def test_cli_prints_a_table_and_fails_on_change_only_when_asked(tmp_path, capsys):
    a = _write_run(tmp_path / "a", {"documents": [doc()], "quantities": [q(0, 2, "3개", "3")]})
    b = _write_run(tmp_path / "b", {"documents": [doc()], "quantities": [q(0, 2, "3개", "4")]})
    assert main(["diff", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "changed" in out and "value 3→4" in out and "qty.number_unit" in out
    assert main(["diff", str(a), str(b), "--fail-on-change", "--csv", str(tmp_path / "changes.csv")]) == 1
    assert (tmp_path / "changes.csv").read_text(encoding="utf-8").startswith("change,doc_id,type,rule_id")
    assert main(["diff", str(a), str(a), "--fail-on-change"]) == 0
    assert main(["diff", str(a), str(tmp_path / "missing")]) == 2


TEXT = ("알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다. 세 번의 행사에 한 명도 빠지지 않았고 "
        "전 세계 150개 이상의 국가에 2억 건을 보냈다. 두 명이 3~5개 기업을 세 곳에서 만났다.\n")
REMOVED = "qty.native_unit"


def test_removing_one_rule_shows_exactly_that_rules_rows(tmp_path, monkeypatch):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["run", str(article), "--out", str(tmp_path / "before"), "--doc-date", "2020-12-31"]) == 0
    all_rules = quantity.rules()
    assert REMOVED in {rule.name for rule in all_rules}
    monkeypatch.setattr(quantity, "rules", lambda: tuple(r for r in all_rules if r.name != REMOVED))
    assert main(["run", str(article), "--out", str(tmp_path / "after"), "--doc-date", "2020-12-31"]) == 0
    monkeypatch.undo()

    changes = diff_runs(tmp_path / "before", tmp_path / "after")
    found = [c for c in changes if c.kind == "QUANTITY"]
    with (tmp_path / "before" / "quantities.csv").open(encoding="utf-8") as handle:
        expected = [row["text"] for row in csv.DictReader(handle) if row["rule_id"] == REMOVED]
    assert len(expected) >= 3
    assert all(REMOVED in c.rule_id.split("→") for c in found), [(c.change, c.rule_id, c.text) for c in found]
    assert sorted(c.text for c in found) == sorted(expected)
    # The facts of those quantities go with them, and nothing else changes.
    assert {c.kind for c in changes} <= {"DOCUMENT", "QUANTITY", "FACT"}
    facts = [c for c in changes if c.kind == "FACT"]
    assert all(c.change == "removed" for c in facts) and {c.text for c in facts} <= set(expected), [(c.change, c.text, c.details()) for c in facts]


def test_a_parquet_run_compares_with_a_csv_run(tmp_path):
    pytest.importorskip("pyarrow")
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    for fmt in ("csv", "parquet"):
        assert main(["run", str(article), "--out", str(tmp_path / fmt), "--format", fmt, "--doc-date", "2020-12-31"]) == 0
    assert diff_runs(tmp_path / "csv", tmp_path / "parquet") == []
    assert main(["diff", str(tmp_path / "csv"), str(tmp_path / "parquet"), "--fail-on-change"]) == 0


def test_the_table_and_summary_stay_aligned_with_long_rule_ids():
    """Fact rule ids run to 60 characters and more: every column after rule_id starts at one place."""
    from pipeline.diff import format_table

    long_rule = "fact.metric_measure+subject_topic+period_clause+kind_change"
    a = {"quantities": [q(0, 2, "3개", "3"), q(5, 8, "세 번", "3", "번", rule=long_rule, mention_id="Q2")]}
    b = {"quantities": [q(0, 2, "3개", "4"), q(5, 8, "세 번", "5", "번", rule=long_rule, mention_id="Q2")]}
    found = diff_tables(a, b)
    lines = format_table(found).splitlines()
    assert len({line.index("span") if i == 0 else line.index(" 0:2" if "3개" in line else " 5:8") + 1
                for i, line in enumerate(lines)}) == 1
    counts = [line.index(" +0 -0 ~1") for line in summarize(found).splitlines()[1:3]]
    assert counts[0] == counts[1]


def test_limit_shows_that_many_changes_and_refuses_a_negative(tmp_path, capsys):
    rows_a = [q(i * 4, i * 4 + 2, "3개", "3", mention_id=f"Q{i}") for i in range(5)]
    rows_b = [q(i * 4, i * 4 + 2, "3개", "4", mention_id=f"Q{i}") for i in range(5)]
    a = _write_run(tmp_path / "a", {"documents": [doc()], "quantities": rows_a})
    b = _write_run(tmp_path / "b", {"documents": [doc()], "quantities": rows_b})
    assert main(["diff", str(a), str(b), "--limit", "2"]) == 0
    assert capsys.readouterr().out.count("value 3→4") == 2
    assert main(["diff", str(a), str(b), "--limit", "0"]) == 0  # none: the summary alone
    out = capsys.readouterr().out
    assert "value 3→4" not in out and "5 changed" in out
    with pytest.raises(SystemExit) as exit_:
        main(["diff", str(a), str(b), "--limit", "-2"])
    assert exit_.value.code == 2 and "--limit" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`koie diff … | head -1`: the pipe closes while the table is printed; no traceback, a quiet exit."""
    import subprocess
    import sys

    rows_a = [q(i * 4, i * 4 + 2, "3개", "3", mention_id=f"Q{i}") for i in range(3000)]
    rows_b = [q(i * 4, i * 4 + 2, "3개", "4", mention_id=f"Q{i}") for i in range(3000)]
    a = _write_run(tmp_path / "a", {"documents": [doc()], "quantities": rows_a})
    b = _write_run(tmp_path / "b", {"documents": [doc()], "quantities": rows_b})
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "diff", str(a), str(b)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith(b"change")
    process.stdout.close()
    error = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in error and error == ""
