"""Batch runs: workers, resume, Parquet, the manifest, interruption and the pandas/Dask/Spark paths."""
from __future__ import annotations

import json
import os
from datetime import date

import pandas as pd
import pytest

from pipeline import batch
from pipeline.batch import run_batch
from pipeline.frames import extract_frame, extract_partition, partition_meta, split_tables
from pipeline.write import read_tables, table_columns, typed_frame

TEXTS = [
    "알리바바그룹은 지난 3월 말 기준으로 총 33억 5600만 위안을 투입했다.",
    "삼성전자는 올해 3분기 영업이익이 12조 원을 넘었다고 밝혔다.",
    "서울시는 오는 5월 1일부터 14일 동안 시민 1만 명에게 지원금을 준다.",
    "매출은 전년 동기 대비 26% 늘어난 4,982억 위안(약 84조 원)이었다.",
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS * 3):
        (folder / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "doc_id,date\n" + "".join(f"doc{i:02d},2020-12-31\n" for i in range(len(TEXTS) * 3)), encoding="utf-8")
    return folder


def _tables(out, fmt="csv"):
    return read_tables(out, fmt)


def test_two_workers_write_the_same_tables_in_the_same_order(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch([corpus], one, workers=1, progress=False)
    run_batch([corpus], two, workers=2, progress=False)
    for table in ("quantities", "dates", "organizations"):
        assert _tables(one)[table] == _tables(two)[table]
    assert [r["doc_id"] for r in _tables(two)["documents"]] == [f"doc{i:02d}" for i in range(12)]


def test_manifest_records_the_run(corpus, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([corpus], out, progress=False)
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete" and manifest["counts"]["documents"] == 12 == summary.documents
    assert manifest["counts"]["quantities"] == len(_tables(out)["quantities"]) > 0
    assert len(manifest["fingerprint"]) == 16 and manifest["inputs"] == [str(corpus)]
    assert manifest["timings"]["seconds"] > 0 and manifest["errors"] == []


def test_resume_skips_documents_already_done(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch([corpus], out, progress=False)
    first = _tables(out)
    (corpus / "doc03.txt").write_text("내년 1월부터 3개 은행이 참여한다.", encoding="utf-8")
    processed = []
    real = batch.map_documents
    monkeypatch.setattr(batch, "map_documents", lambda function, items, workers=1: real(
        function, (processed.append(getattr(item, "doc_id", None)) or item for item in items), workers=workers))
    summary = run_batch([corpus], out, resume=True, progress=False)
    assert summary.reused == 11 and summary.documents == 12
    second = _tables(out)
    assert [r for r in second["quantities"] if r["doc_id"] != "doc03"] == [r for r in first["quantities"] if r["doc_id"] != "doc03"]
    assert [r["text"] for r in second["quantities"] if r["doc_id"] == "doc03"] == ["3개"]
    assert [r["doc_id"] for r in second["documents"]] == [r["doc_id"] for r in first["documents"]]


def test_interrupted_run_is_marked_partial_and_resumable(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = batch.map_documents

    def interrupted(function, items, workers=1):
        for n, result in enumerate(real(function, items, workers=workers)):
            if n == 5:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(batch, "map_documents", interrupted)
    summary = run_batch([corpus], out, progress=False)
    assert summary.status == "partial" and summary.documents == 5
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["status"] == "partial"
    monkeypatch.setattr(batch, "map_documents", real)
    summary = run_batch([corpus], out, resume=True, progress=False)
    assert summary.status == "complete" and summary.reused == 5 and summary.documents == 12


def test_killed_run_leaves_previous_tables(corpus, tmp_path):
    from pipeline.write import TableWriter

    out = tmp_path / "out"
    run_batch([corpus], out, progress=False)
    before = (out / "quantities.csv").read_bytes()
    writer = TableWriter(out)  # a run that dies before commit()
    writer.add_rows({"quantities": [{"doc_id": "half-written"}]})
    assert (out / "quantities.csv").read_bytes() == before
    run_batch([corpus], out, progress=False)  # the next run clears the dead run's temporary files
    assert not list(out.glob(".*.partial"))


def test_rows_lacking_columns_get_empty_cells(tmp_path):
    from pipeline.write import TableWriter, column_kind

    writer = TableWriter(tmp_path)
    full = {c: "1" if column_kind(c) == "int" else "x" for c in table_columns()["quantities"]}  # offsets are read back checked
    writer.add_rows({"quantities": [{**full, "doc_id": "a"}, {"doc_id": "b", "text": "3명"}]})
    writer.commit()
    complete, partial = read_tables(tmp_path)["quantities"]
    assert complete["doc_id"] == "a" and complete["unit"] == "x"
    assert partial == {**{c: "" for c in table_columns()["quantities"]}, "doc_id": "b", "text": "3명"}


def test_parquet_tables_equal_csv_tables(corpus, tmp_path):
    run_batch([corpus], tmp_path / "csv", progress=False)
    run_batch([corpus], tmp_path / "pq", fmt="parquet", progress=False)
    csv_tables, parquet_tables = _tables(tmp_path / "csv"), _tables(tmp_path / "pq", "parquet")
    for table in table_columns():
        assert parquet_tables[table] == csv_tables[table]


def test_cli_summary_line_when_not_a_terminal(corpus, tmp_path, capsys):
    from pipeline.cli import main

    assert main(["run", str(corpus), "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("koie: complete run: 12 documents (0 failed)") and "chars/s" in err[-1]


def _frame():
    return pd.DataFrame({"id": [f"r{i}" for i in range(len(TEXTS))], "text": TEXTS, "date": ["2020-12-31"] * len(TEXTS)})


def test_pandas_entry_point_matches_the_cli_tables(corpus, tmp_path):
    tables = extract_frame(_frame())
    assert list(tables["quantities"].columns) == table_columns()["quantities"]
    values = dict(zip(tables["quantities"]["text"], tables["quantities"]["value"]))
    assert values["33억 5600만 위안"] == "3356000000" and values["84조 원"] == "84000000000000"
    out = tmp_path / "cli"
    run_batch([corpus], out, progress=False)
    cli_rows = typed_frame(pd.DataFrame([r for r in _tables(out)["quantities"] if r["doc_id"] == "doc00"], dtype="string"))
    frame_rows = tables["quantities"][tables["quantities"]["doc_id"] == "r0"].drop(columns="doc_id").to_dict("records")
    assert cli_rows.drop(columns="doc_id").to_dict("records") == frame_rows


def test_partition_stacks_and_splits_back():
    stacked = extract_partition(_frame())
    assert list(stacked.columns) == list(partition_meta().columns)
    tables = split_tables(stacked)
    assert tables["quantities"].to_dict("records") == extract_frame(_frame())["quantities"].to_dict("records")


def test_dask_map_partitions_on_a_local_cluster():
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    frame = pd.concat([_frame()] * 2, ignore_index=True).assign(id=lambda f: [f"r{i}" for i in range(len(f))])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        stacked = dd.from_pandas(frame, npartitions=2).map_partitions(extract_partition, meta=partition_meta()).compute()
    tables = split_tables(stacked)
    expected = extract_frame(frame)
    for name in ("quantities", "dates", "organizations"):
        assert sorted(map(tuple, tables[name].astype(str).values.tolist())) == sorted(map(tuple, expected[name].astype(str).values.tolist()))


def _spark_session(monkeypatch):
    """A local Spark session whose Python workers run this interpreter (pandas, pyarrow, koie);
    skipped only where pyspark or Java is missing (`.ci/run` installs both)."""
    import shutil
    import sys

    sql = pytest.importorskip("pyspark.sql", reason="pyspark is not installed (pip install '.[spark]')")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    return (sql.SparkSession.builder.master("local[1]").appName("koie-test")
            .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
            .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate())


def test_spark_map_in_pandas(monkeypatch):
    from pipeline.frames import spark_schema

    spark = _spark_session(monkeypatch)
    try:
        frame = spark.createDataFrame(_frame())
        stacked = frame.mapInPandas(lambda frames: map(extract_partition, frames), schema=spark_schema()).toPandas()
    finally:
        spark.stop()
    assert sorted(split_tables(stacked)["quantities"]["text"]) == sorted(extract_frame(_frame())["quantities"]["text"])


def _sigterm_is_default(batch: list) -> list:
    import signal

    return [signal.getsignal(signal.SIGTERM) is signal.SIG_DFL for _ in batch]


def test_workers_die_on_sigterm_whatever_the_parent_handles():
    """The pool stops its workers with SIGTERM and waits for them: a worker that inherited the
    batch's SIGTERM handler (a partial run) could outlive the stop and hang the run."""
    import signal

    from pipeline.parallel import map_documents

    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        assert all(map_documents(_sigterm_is_default, range(4), workers=2, batch_size=1))
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_a_second_run_into_the_same_folder_fails_at_once(corpus, tmp_path, monkeypatch, capsys):
    """Two runs into one --out: the second must not delete the first's temporary files."""
    from pipeline.cli import main

    out, real, answers = tmp_path / "out", batch.map_documents, []

    def with_a_second_run(function, items, workers=1):
        for n, result in enumerate(real(function, items, workers=workers)):
            if n == 2 and not answers:  # (the second run goes through here too)
                answers.append(None)
                answers[0] = main(["run", str(corpus), "--out", str(out)])
            yield result

    monkeypatch.setattr(batch, "map_documents", with_a_second_run)
    summary = run_batch([corpus], out, progress=False)
    assert answers == [2]
    assert summary.status == "complete" and len(_tables(out)["documents"]) == 12
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith(f"koie: {out}: another koie run is writing into this folder")


def _child(script: str, *args, **popen):
    """`script` in a fresh Python (from the repository root, the pipeline importable), started."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=root, stderr=subprocess.PIPE,
                            text=True, **popen)


# A child run without kiwipiepy (fast): every document is one sentence of one noun, with no mentions.
NO_KIWI = """
import pipeline.api, pipeline.segment
from pipeline.model import Sentence, Token
def one_noun(text):
    return (Sentence(0, 0, len(text), (Token(text, "NNG", 0, len(text)),)),)
pipeline.api.segment, pipeline.segment.kiwi = one_noun, lambda: None
"""

KILLED_BETWEEN_RENAMES = NO_KIWI + """
import os, signal, sys
from pipeline.batch import run_batch
real, renamed = os.replace, []
def replace(source, target):
    renamed.append(str(target))
    if sum(name.endswith(".csv") for name in renamed) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    real(source, target)
os.replace = replace
run_batch([sys.argv[1]], sys.argv[2], progress=False)
"""


def test_kill_between_the_final_renames_leaves_a_run_marked_unfinished(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, progress=False)
    child = _child(KILLED_BETWEEN_RENAMES, corpus, out)
    assert child.wait(timeout=60) == -9, child.stderr.read()
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["status"] != "complete"
    summary = run_batch([corpus], out, resume=True, progress=False)  # nothing of the mixed tables is reused
    assert summary.status == "complete" and summary.reused == 0
    run_batch([corpus], tmp_path / "fresh", progress=False)
    assert _tables(out) == _tables(tmp_path / "fresh")


def _counts(out):
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    return counts["reused"], counts["redone"]


def test_resume_redoes_documents_whose_metadata_or_rules_changed(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    (corpus / "metadata.csv").write_text("doc_id,date\ndoc00,2020-12-31\ndoc01,2020-12-31\n", encoding="utf-8")
    run_batch([corpus], out, doc_date=date(2019, 1, 1), progress=False)
    assert run_batch([corpus], out, doc_date=date(2019, 1, 1), resume=True, progress=False).reused == 12
    run_batch([corpus], out, doc_date=date(2021, 6, 30), resume=True, progress=False)  # a new --doc-date
    assert {r["doc_date"] for r in _tables(out)["documents"][2:]} == {"2021-06-30"}
    assert _counts(out) == (2, 10)
    (corpus / "metadata.csv").write_text("doc_id,date,title\ndoc00,2020-12-31,새 제목\ndoc01,2020-12-31\n", encoding="utf-8")
    run_batch([corpus], out, doc_date=date(2021, 6, 30), resume=True, progress=False)  # metadata changed
    assert _counts(out) == (11, 1)
    monkeypatch.setattr(batch, "fingerprint", lambda: "another-rule-set")
    summary = run_batch([corpus], out, doc_date=date(2021, 6, 30), resume=True, progress=False)  # rules changed
    assert summary.reused == 0 and _counts(out) == (0, 12)


# A child `koie run --workers 1` in batches of 2 whose tokenizer, on doc03, stays minutes in C code
# (as kiwipiepy does on a huge document), where Python runs no signal handler.
STUCK_IN_C = NO_KIWI + """
import functools, hashlib, pathlib, sys
import pipeline.batch, pipeline.parallel
from pipeline.cli import main

def segment(text):
    if "4,982억" in text:
        pathlib.Path(sys.argv[1]).touch()
        hashlib.pbkdf2_hmac("sha256", b"koie", b"salt", 2 * 10 ** 9)
    return one_noun(text)

pipeline.api.segment = segment
pipeline.batch.map_documents = functools.partial(pipeline.parallel.map_documents, batch_size=2)
sys.exit(main(["run", sys.argv[2], "--out", sys.argv[3], "--workers", "1"]))
"""


@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_signal_stops_one_worker_inside_a_long_document(corpus, tmp_path, signum):
    import os
    import signal
    import time

    out, stuck = tmp_path / "out", tmp_path / "stuck"
    child = _child(STUCK_IN_C, stuck, corpus, out, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not stuck.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert stuck.exists(), child.stderr.read() if child.poll() is not None else "the child never got stuck"
        sent = time.monotonic()
        if signum == "SIGINT":  # Ctrl-C in a terminal: the whole foreground group
            os.killpg(child.pid, signal.SIGINT)
        else:  # kill PID
            os.kill(child.pid, signal.SIGTERM)
        # The stuck call lasts many minutes: a stop within seconds shows the worker was not waited
        # for. The bound leaves room for a loaded machine (it once took over 3 s with 8 processes on 2 cores).
        assert child.wait(timeout=30) == 130, child.stderr.read()
        assert time.monotonic() - sent < 20
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    done = manifest["counts"]["documents"]  # (doc00 and doc01, unless the signal came first)
    assert manifest["status"] == "partial" and done <= 2
    summary = run_batch([corpus], out, resume=True, progress=False)
    assert summary.status == "complete" and summary.documents == 12 and summary.reused == done


def test_cli_summary_says_one_in_the_singular(tmp_path, capsys):
    from pipeline.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("한빛전자, 3분기 실적\n한빛전자는 3분기 매출이 1,200억 원이라고 밝혔다.\n", encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "o"), "--doc-date", "2025-10-20"]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("koie: complete run: 1 document (0 failed)"), summary
    assert "1 quantity, " in summary and "1 fact," in summary and "1 documents" not in summary, summary
