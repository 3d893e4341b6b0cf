"""Bad input: each case gets a one-line error naming the file (and line), loses no other document,
and sets the exit status; the tables are still written."""
from __future__ import annotations

import csv
import json

import pytest

from pipeline.cli import main
from pipeline.load import Failure, load

GOOD = "알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다."


def _run(tmp_path, capsys, *inputs, extra=()):
    out = tmp_path / "out"
    status = main(["run", *map(str, inputs), "--out", str(out), *extra])
    err = capsys.readouterr().err
    with (out / "documents.csv").open(encoding="utf-8") as handle:
        documents = list(csv.DictReader(handle))
    return status, err, documents


def _good_file(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


BAD_FILES = {
    "empty": (b"", "empty document"),
    "blank": (b"  \n\n ", "empty document"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    "invalid-utf8": (b"abc \xff\xfe def", "invalid UTF-8"),
    # a text saved as UTF-16 (Windows' "Unicode") has NUL bytes but is no binary file: say what it is
    "utf16": ("매출 3억 원".encode("utf-16"), "UTF-16 text (byte-order mark); save it as UTF-8"),
    "utf16-be": ("\ufeff매출 3억 원".encode("utf-16-be"), "UTF-16 text (byte-order mark); save it as UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_txt_file_is_reported_and_others_processed(tmp_path, capsys, case):
    content, message = BAD_FILES[case]
    bad = tmp_path / f"{case}.txt"
    bad.write_bytes(content)
    status, err, documents = _run(tmp_path, capsys, _good_file(tmp_path), bad)
    assert status == 1
    error_lines = [line for line in err.splitlines() if "error" in line]
    assert len(error_lines) == 1 and str(bad) in error_lines[0] and message in error_lines[0]
    by_id = {row["doc_id"]: row for row in documents}
    assert by_id["good"]["status"] == "ok" and int(by_id["good"]["quantities"]) == 1
    assert by_id[case]["status"] == "error" and message in by_id[case]["error"]


def test_cp949_file_is_decoded_with_a_warning(tmp_path, capsys):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(GOOD.encode("cp949"))
    status, err, documents = _run(tmp_path, capsys, legacy)
    assert status == 0
    assert "warning" in err and str(legacy) in err and "CP949" in err
    assert documents[0]["status"] == "ok" and "CP949" in documents[0]["warning"]
    quantities = list(csv.DictReader((tmp_path / "out" / "quantities.csv").open(encoding="utf-8")))
    assert quantities[0]["text"] == "33억 5600만 위안"


def test_missing_path(tmp_path, capsys):
    missing = tmp_path / "nowhere.txt"
    status = main(["run", str(_good_file(tmp_path)), str(missing), "--out", str(tmp_path / "out")])
    assert status == 2 and capsys.readouterr().err == f"koie: {missing}: no such file or folder\n"
    assert not (tmp_path / "out").exists()
    assert [item.error for item in load([missing])] == [f"{missing}: no such file or folder"]


def test_folder_without_articles(tmp_path, capsys):
    empty = tmp_path / "empty_folder"
    empty.mkdir()
    (empty / "notes.md").write_text("not an article", encoding="utf-8")
    status, err, documents = _run(tmp_path, capsys, empty)
    assert status == 1 and "holds no articles" in err and str(empty) in err
    assert documents[0]["status"] == "error"


def test_jsonl_bad_lines_name_file_and_line(tmp_path, capsys):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD, "date": "2020-12-31"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "body": "no text field"}),
        json.dumps({"id": "d", "text": GOOD, "date": "2020-13-45"}, ensure_ascii=False),
        json.dumps({"id": "e", "text": GOOD}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, err, documents = _run(tmp_path, capsys, path)
    assert status == 1
    assert f"{path}:2: not valid JSON" in err
    assert f"{path}:3: no 'text' field" in err
    assert f"{path}:4: invalid date '2020-13-45'" in err
    by_id = {row["doc_id"]: row for row in documents}
    assert by_id["a"]["status"] == "ok" and by_id["a"]["doc_date"] == "2020-12-31"
    assert by_id["e"]["status"] == "ok"
    assert by_id["d"]["status"] == "ok" and by_id["d"]["doc_date"] == "" and "without a date" in by_id["d"]["warning"]
    assert sum(row["status"] == "error" for row in documents) == 2


def test_csv_and_tsv_inputs(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "date"])
        writer.writerow(["x1", GOOD, "2020-12-31"])
        writer.writerow(["x2", "", ""])
    tsv = tmp_path / "docs.tsv"
    tsv.write_text("id\ttext\tdate\ny1\t" + GOOD + "\t2021-01-05\n", encoding="utf-8")
    status, err, documents = _run(tmp_path, capsys, table, tsv)
    assert status == 1 and f"{table}:3: empty document" in err
    assert [(row["doc_id"], row["status"]) for row in documents] == [("x1", "ok"), ("x2", "error"), ("y1", "ok")]


def test_invalid_doc_date_option(tmp_path, capsys):
    status = main(["run", str(_good_file(tmp_path)), "--out", str(tmp_path / "o"), "--doc-date", "yesterday"])
    assert status == 2 and "invalid date 'yesterday'" in capsys.readouterr().err


def test_outputs_are_replaced_atomically(tmp_path, capsys):
    status, _, _ = _run(tmp_path, capsys, _good_file(tmp_path))
    assert status == 0
    leftovers = [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_loader_reads_metadata_and_skips_gold(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "quantities.csv").write_text("doc_id,text\nx,y\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("첫 줄\r\n둘째 줄", encoding="utf-8-sig")
    (tmp_path / "metadata.csv").write_text("doc_id,date,title\na,2020-12-31,제목\n", encoding="utf-8")
    items = list(load([tmp_path]))
    assert len(items) == 1 and not isinstance(items[0], Failure)
    document = items[0]
    assert document.text == "첫 줄\n둘째 줄" and str(document.doc_date) == "2020-12-31"
    assert document.meta["title"] == "제목" and document.doc_date_source == "metadata"


def test_jsonl_line_in_a_bad_encoding_fails_alone(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok1", "text": GOOD}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "cp", "text": GOOD}, ensure_ascii=False).encode("cp949")
    broken = b'{"id": "bad", "text": "\xff\xfe\xfd"}'
    empty = json.dumps({"id": "empty", "text": "  "}).encode("utf-8")
    path.write_bytes(b"\n".join([good, legacy, broken, empty, good.replace(b"ok1", b"ok2")]) + b"\n")
    status, err, documents = _run(tmp_path, capsys, path)
    assert status == 1
    assert f"{path}:3: invalid UTF-8" in err and f"{path}:4: empty document" in err
    assert f"{path}:2: not UTF-8, decoded as CP949/EUC-KR" in err
    assert {row["doc_id"]: row["status"] for row in documents} == {
        "ok1": "ok", "cp": "ok", "mixed-3": "error", "empty": "error", "ok2": "ok"}
