"""Documents without a date (issue 16, item 1): where each document's date came from, the counts
of undated documents and unresolved dates in run.json and the summary, the warning, the library
API, facts and `koie eval` on unresolved values. The DATE values themselves are cases in
tests/corpus/date.yaml (a document without a date)."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from pipeline import extract
from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.evaluate import agrees_where_known, format_report, score_type
from pipeline.frames import extract_frame
from pipeline.write import read_tables

# dated: its date in metadata.csv; yearly: a year in the text to infer from; bare: neither, and
# two dates (`지난 19일`, `3분기`) that cannot be placed without one.
TEXTS = {
    "dated": "서울시는 지난 19일 시민 1만 명에게 지원금을 줬다.",
    "yearly": "삼성전자는 2019년 3월 5일 새 공장을 세웠다.",
    "bare": "경찰은 지난 19일 용의자를 붙잡았다. 회사의 3분기 매출은 늘었다.",
}


@pytest.fixture
def folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in TEXTS.items():
        (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
    (inputs / "metadata.csv").write_text("doc_id,date\ndated,2021-03-25\n", encoding="utf-8")
    return inputs


def _sources(out) -> dict:
    return {row["doc_id"]: row["doc_date_source"] for row in read_tables(out)["documents"]}


def test_documents_say_where_their_date_came_from(folder, tmp_path):
    run_batch([folder], tmp_path / "a", progress=False)
    assert _sources(tmp_path / "a") == {"dated": "metadata", "yearly": "inferred", "bare": "none"}
    run_batch([folder], tmp_path / "b", doc_date=date(2020, 12, 31), progress=False)
    assert _sources(tmp_path / "b") == {"dated": "metadata", "yearly": "option", "bare": "option"}


def test_unresolved_dates_are_written_and_counted(folder, tmp_path):
    out = tmp_path / "o"
    summary = run_batch([folder], out, progress=False)
    bare = [row for row in read_tables(out)["dates"] if row["doc_id"] == "bare"]
    assert [(r["text"], r["value"], r["range_start"], r["anchor_date"], r["unresolved_reason"]) for r in bare] == [
        ("지난 19일", "XXXX-XX-19", "", "", "no_doc_date"), ("3분기", "XXXX-Q3", "", "", "no_doc_date")]
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    assert (counts["undated_documents"], counts["unresolved_dates"], counts["unresolved_by_reason"]) == (1, 2, {"no_doc_date": 2})
    assert (summary.undated, sum(summary.unresolved.values())) == (1, 2)


def test_a_run_with_a_date_for_every_document_counts_none(folder, tmp_path):
    out = tmp_path / "o"
    run_batch([folder], out, doc_date=date(2020, 12, 31), progress=False)
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    assert (counts["undated_documents"], counts["unresolved_dates"], counts["unresolved_by_reason"]) == (0, 0, {})


def test_the_summary_counts_them_and_one_line_warns(folder, tmp_path, capsys):
    assert main(["run", str(folder), "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    summary = next(line for line in err if line.startswith("koie: complete run:"))
    assert "1 without a date" in summary and "(2 unresolved)" in summary
    warnings = [line for line in err if "without a date" not in line and "no date" in line]
    assert len(warnings) == 1 and warnings[0].startswith("koie: warning: no date for 1 of 3 documents")
    assert "--doc-date" in warnings[0] and "metadata.csv" in warnings[0]


def test_no_warning_when_every_document_has_a_date(folder, tmp_path, capsys):
    assert main(["run", str(folder), "--out", str(tmp_path / "o"), "--doc-date", "2020-12-31"]) == 0
    err = capsys.readouterr().err
    assert "koie: warning" not in err and "0 without a date" in err and "(0 unresolved)" in err


def test_library_records_the_date_source():
    assert extract(TEXTS["bare"]).document.doc_date_source == "none"
    assert extract(TEXTS["bare"], doc_date="2021-03-25").document.doc_date_source == "option"
    assert extract(TEXTS["yearly"]).document.doc_date_source == "inferred"
    frame = pd.DataFrame({"id": ["a", "b"], "text": [TEXTS["bare"], TEXTS["bare"]], "date": ["2021-03-25", None]})
    tables = extract_frame(frame)
    documents = tables["documents"].set_index("doc_id")
    assert list(documents.loc[["a", "b"], "doc_date_source"]) == ["metadata", "none"]
    dates = tables["dates"][tables["dates"]["doc_id"] == "b"]
    assert list(dates["value"]) == ["XXXX-XX-19", "XXXX-Q3"] and dates["range_start"].isna().all()
    dated = tables["dates"][tables["dates"]["doc_id"] == "a"]
    assert list(dated["value"]) == ["2021-03-19", "2020-Q3"] and dated["range_start"].notna().all()


def test_an_unresolved_period_neither_crashes_nor_vanishes_in_facts():
    facts = extract("LG전자의 3분기 영업이익은 7,466억 원이었다.").facts
    assert [(f.text, f.period, f.period_start, f.period_end) for f in facts] == [("7,466억 원", "XXXX-Q3", "", "")]
    assert facts[0].date_mention_id == extract("LG전자의 3분기 영업이익은 7,466억 원이었다.").dates[0].mention_id


def _date_row(value, **more):
    return {"doc_id": "d", "start": "0", "end": "6", "text": "10월 10일", "status": "required", "value": value, **more}


def test_eval_scores_an_unresolved_value_as_it_is():
    resolved_gold = [_date_row("2016-10-10")]
    found = score_type("DATE", resolved_gold, [_date_row("XXXX-10-10", unresolved_reason="no_doc_date")])
    assert (found.strict.tp, found.value_correct, found.value.fp, found.value.fn) == (1, 0, 1, 1)
    assert (found.unresolved_wrong, found.unresolved_agree) == (1, 1)
    report = format_report("t", {"DATE": found})
    assert "1 wrong values unresolved" in report and "unresolved: no_doc_date" in report
    wrong_day = score_type("DATE", resolved_gold, [_date_row("XXXX-10-11", unresolved_reason="no_doc_date")])
    assert (wrong_day.unresolved_wrong, wrong_day.unresolved_agree) == (1, 0)
    unresolved_gold = [_date_row("XXXX-10-10")]
    same = score_type("DATE", unresolved_gold, [_date_row("XXXX-10-10", unresolved_reason="no_doc_date")])
    assert same.value_correct == 1 and same.unresolved_wrong == 0


@pytest.mark.parametrize("unresolved, value, agrees", [
    ("XXXX-10-10", "2016-10-10", True), ("XXXX-XX-19", "2016-01-19", True), ("XXXX-Q3", "2016-Q3", True),
    ("XXXX-Q3", "2016-Q4", False), ("XXXX-WXX-5", "2016-01-08", False), ("XXXX", "2016-01", False),
    ("XXXX-11-01/XXXX-11-03", "2015-11-01/2015-11-03", True)])
def test_agreement_where_the_text_gives_the_value(unresolved, value, agrees):
    assert agrees_where_known(unresolved, value) is agrees
