"""Reading runs and gold sets (`eval`, `diff`, `report`) and writing `--out`: a bad table, folder or
limit is one line naming the file and the problem, exit status 2; Parquet runs read like CSV runs."""
from __future__ import annotations

import resource
import shutil

import pytest

from pipeline.cli import main

DOCUMENTS = "doc_id,source,chars,status\nd,,12,ok\n"
QUANTITIES = "doc_id,mention_id,sentence_id,start,end,text,value,unit,rule_id\nd,Q1,0,0,2,3개,3,개,qty.number_unit\n"
TEXT = "삼성전자는 올해 매출 67조 원을 기록했다."


def _folder(path, quantities=QUANTITIES.encode("utf-8")):
    path.mkdir(parents=True, exist_ok=True)
    (path / "documents.csv").write_text(DOCUMENTS, encoding="utf-8")
    (path / "quantities.csv").write_bytes(quantities)
    return path


BAD = {
    "missing column": (b"doc_id,mention_id,end,text\nd,Q1,2,3\xea\xb0\x9c\n", "missing column start"),
    "non-numeric offset": (QUANTITIES.replace(",0,2,", ",zero,2,").encode("utf-8"), "start 'zero' is not a whole number"),
    "negative offset": (QUANTITIES.replace(",0,2,", ",-1,2,").encode("utf-8"), "start -1 is out of range"),
    "start after end": (QUANTITIES.replace(",0,2,", ",5,2,").encode("utf-8"), "start 5 is after end 2"),
    "binary": (b"\x00\x01PK\x03\x04" * 10, "binary file"),
    "not UTF-8": (QUANTITIES.encode("cp949"), "not UTF-8"),
}


def _one_line_error(capsys, *words) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert all(word in err for word in words), err
    return err


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
@pytest.mark.parametrize("command", ["eval", "diff", "report"])
def test_a_bad_table_is_one_line_naming_it(tmp_path, capsys, case, command):
    content, problem = BAD[case]
    good, bad = _folder(tmp_path / "good"), _folder(tmp_path / "bad", content)
    argv = {"eval": ["eval", "--gold", str(good), "--pred", str(bad)], "diff": ["diff", str(good), str(bad)],
            "report": ["report", str(bad), "--out", str(tmp_path / "r.html")]}[command]
    assert main(argv) == 2
    _one_line_error(capsys, str(bad / "quantities.csv"), problem)


def test_a_bad_gold_table_is_one_line_naming_it(tmp_path, capsys):
    gold, pred = _folder(tmp_path / "gold", BAD["not UTF-8"][0]), _folder(tmp_path / "pred")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 2
    _one_line_error(capsys, str(gold / "quantities.csv"), "not UTF-8")


def test_out_that_is_a_file(tmp_path, capsys):
    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "taken").write_text("", encoding="utf-8")
    assert main(["run", str(tmp_path / "news.txt"), "--out", str(tmp_path / "taken")]) == 2
    _one_line_error(capsys, str(tmp_path / "taken"), "not a folder")


def test_out_not_writable(tmp_path, capsys, monkeypatch):
    import tempfile

    def refuse(*args, dir=None, **kwargs):
        raise PermissionError(13, "Permission denied", str(dir))

    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as root, a folder's mode would not stop us
    assert main(["run", str(tmp_path / "news.txt"), "--out", str(tmp_path / "out")]) == 2
    _one_line_error(capsys, str(tmp_path / "out"), "Permission denied")


def test_out_hits_the_file_size_limit(tmp_path, capsys):
    (tmp_path / "news.txt").write_text(TEXT * 200, encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))  # Python ignores SIGXFSZ: writes fail with EFBIG
    try:
        status = main(["run", str(tmp_path / "news.txt"), "--out", str(tmp_path / "out")])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert status == 2
    _one_line_error(capsys, str(tmp_path / "out"), "File too large")
    assert not list((tmp_path / "out").glob(".*.partial"))


def test_eval_with_an_empty_gold_folder_fails(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    pred = _folder(tmp_path / "pred")
    assert main(["eval", "--gold", str(tmp_path / "gold"), "--pred", str(pred), "--min-f1", "0.9"]) == 2
    _one_line_error(capsys, str(tmp_path / "gold"), "no gold")


def test_eval_without_predictions_fails(tmp_path, capsys):
    gold = _folder(tmp_path / "gold")
    (tmp_path / "empty").mkdir()
    assert main(["eval", "--gold", str(gold), "--pred", str(tmp_path / "empty")]) == 2
    _one_line_error(capsys, str(tmp_path / "empty"), "not a run folder")
    other = tmp_path / "other"
    _folder(other)
    (other / "documents.csv").write_text("doc_id,source,chars,status\nelse,,12,ok\n", encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--pred", str(other)]) == 2
    _one_line_error(capsys, str(other), "none of the 1 gold documents")


def test_eval_diff_and_report_read_a_parquet_run(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.txt").write_text(TEXT, encoding="utf-8")
    csv_run, parquet_run = tmp_path / "c", tmp_path / "p"
    assert main(["run", str(tmp_path / "in"), "--out", str(csv_run)]) == 0
    assert main(["run", str(tmp_path / "in"), "--out", str(parquet_run), "--format", "parquet"]) == 0
    gold = tmp_path / "gold"
    gold.mkdir()
    for table in ("documents", "quantities"):
        shutil.copy(csv_run / f"{table}.csv", gold / f"{table}.csv")
    capsys.readouterr()
    assert main(["eval", "--gold", str(gold), "--pred", str(parquet_run), "--min-f1", "1.0", "--quiet"]) == 0
    assert "QUANTITY     1.000  1.000  1.000" in capsys.readouterr().out
    assert main(["diff", str(csv_run), str(parquet_run), "--fail-on-change"]) == 0
    assert main(["report", str(parquet_run)]) == 0 and "67조 원" in (parquet_run / "report.html").read_text(encoding="utf-8")


GOLD_FACTS = "doc_id,q_start,q_end,q_text,metric_start,metric_end,metric_text,subject,period,kind,status\n"


@pytest.mark.parametrize("facts, problem", [
    # a run's facts.csv passed as gold (a run folder given to --gold): no q_start
    ("doc_id,fact_id,quantity_id,value,metric,subject,period,kind\nd,F1,Q1,3,매출,,,level\n", "missing column q_start"),
    (GOLD_FACTS + "d,zero,2,3개,,,,,,level,required\n", "q_start 'zero' is not a whole number"),
    (GOLD_FACTS + "d,5,2,3개,,,,,,level,required\n", "q_start 5 is after q_end 2"),
], ids=["run facts as gold", "non-numeric q_start", "q_start after q_end"])
def test_a_bad_gold_facts_table_is_one_line_naming_it(tmp_path, capsys, facts, problem):
    gold, pred = _folder(tmp_path / "gold"), _folder(tmp_path / "pred")
    (gold / "facts.csv").write_text(facts, encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 2
    _one_line_error(capsys, str(gold / "facts.csv"), problem)
