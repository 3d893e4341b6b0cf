"""A newcomer's audit (session 37): a run folder given as input, a report whose texts moved, the
summary's speed, the README's Parquet reading and facts with empty slots."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _articles(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"삼성전자는 2024년 매출 {i + 1}00조 원을 기록했다.\n", encoding="utf-8")
    return folder


def test_a_run_folder_given_as_input_is_not_read_as_articles(tmp_path, capsys):
    first = tmp_path / "first"
    assert main(["run", str(_articles(tmp_path / "in")), "--out", str(first)]) == 0
    capsys.readouterr()
    # `koie run outputs/ --out x`: its dates.csv has a text column, but it is a run's table, no article
    assert main(["run", str(first), "--out", str(tmp_path / "second")]) != 0
    err = capsys.readouterr().err
    assert f"{first}: a koie run's output folder (run.json)" in err, err
    assert "no 'text' column" not in err


def test_a_report_whose_texts_moved_suggests_inputs_once(tmp_path, capsys):
    articles = _articles(tmp_path / "in", 12)
    out = tmp_path / "o"
    assert main(["run", str(articles), "--out", str(out)]) == 0
    moved = shutil.move(str(articles), str(tmp_path / "moved"))
    capsys.readouterr()
    assert main(["report", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if "text not found" in line]) <= 5, err
    assert any("12 documents" in line and "--inputs" in line for line in err), err
    assert main(["report", str(out), "--inputs", moved]) == 0
    assert "text not found" not in capsys.readouterr().err


def test_the_summary_gives_the_time_with_the_start_up_it_counts(tmp_path, capsys):
    assert main(["run", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "o")]) == 0
    line = capsys.readouterr().err.strip().splitlines()[0]
    assert re.search(r", \d+(\.\d)? s \([\d,]+ chars/s, start-up included\)", line), line


def test_the_readme_reads_parquet_with_integer_columns(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    call = re.search(r'pd\.read_parquet\("outputs/facts\.parquet"(.*?)\)', README)
    assert call, "the README shows how to read a Parquet table with pandas"
    out = tmp_path / "o"
    assert main(["run", str(_articles(tmp_path / "in")), "--out", str(out), "--format", "parquet"]) == 0
    facts = eval(f'pd.read_parquet(r"{out / "facts.parquet"}"{call.group(1)})', {"pd": pd})
    assert str(facts["metric_start"].dtype) == "Int64" and str(facts["start"].dtype if "start" in facts else "Int64") == "Int64"


def test_the_readme_says_what_an_empty_slot_of_a_fact_is():
    assert re.search(r"empty `subject`, `metric` or `period`", README)
    assert "subject_none" in README


def test_extract_frame_gives_the_organization_summary_koie_run_writes(tmp_path):
    pd = pytest.importorskip("pandas")
    from pipeline import extract_frame
    from pipeline.frames import extract_partition, split_tables

    texts = ["삼성전자는 2024년 매출 300조 원을 기록했다. 삼성전자 주가는 5% 올랐다.",
             "카카오의 3분기 영업이익은 1500억 원이다.", "삼성전자와 카카오가 손잡았다."]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"d{i}.txt").write_text(text, encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "o")]) == 0
    written = pd.read_csv(tmp_path / "o" / "organization_summary.csv", dtype=str, keep_default_na=False)
    frame = pd.DataFrame({"id": [f"d{i}" for i in range(len(texts))], "text": texts})
    for tables in (extract_frame(frame), split_tables(extract_partition(frame))):
        summary = tables["organization_summary"]
        assert str(summary["mentions"].dtype) == "Int64"
        assert summary.astype(str).to_dict("records") == written.to_dict("records")
