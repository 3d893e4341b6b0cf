"""Typed tables: Parquet files and DataFrames carry integers, booleans, dates and exact values."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from pipeline.batch import run_batch
from pipeline.frames import extract_frame, extract_partition, split_tables
from pipeline.write import read_tables

TEXT = "알리바바그룹은 지난 3월 말 기준으로 총 33억 5600만 위안(약 5,700억 원)을 투입했다."
EXPECTED = {"documents": {"chars": "int64", "sentences": "int64", "quantities": "int64", "doc_date": "date32[day]",
                          "doc_id": "string"},
            "quantities": {"start": "int64", "sentence_id": "int64", "approx": "bool", "value": "string"},
            "dates": {"end": "int64", "relative": "bool", "range_start": "date32[day]", "value": "string"},
            "facts": {"metric_start": "int64", "period_end": "date32[day]", "value": "string"},
            "organization_summary": {"mentions": "int64", "documents": "int64"}}


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "news.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    (path.parent / "metadata.csv").write_text("doc_id,date\nnews,2020-12-31\n", encoding="utf-8")
    return path.parent


def test_parquet_columns_are_typed_and_read_back_as_the_csv_cells(article, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    run_batch([article], tmp_path / "p", fmt="parquet", progress=False)
    run_batch([article], tmp_path / "c", progress=False)
    for table, types in EXPECTED.items():
        schema = pq.read_schema(tmp_path / "p" / f"{table}.parquet")
        assert {column: str(schema.field(column).type) for column in types} == types, table
    assert pq.read_table(tmp_path / "p" / "quantities.parquet").to_pylist()[0]["value"] == "3356000000"
    assert read_tables(tmp_path / "p", "parquet") == read_tables(tmp_path / "c")


def test_frames_are_typed():
    frame = pd.DataFrame({"id": ["a"], "text": [TEXT], "date": ["2020-12-31"]})
    tables = extract_frame(frame)
    quantities, dates, documents = tables["quantities"], tables["dates"], tables["documents"]
    assert str(quantities["start"].dtype) == "Int64" and str(quantities["approx"].dtype) == "boolean"
    assert str(documents["chars"].dtype) == "Int64" and documents["doc_date"][0] == date(2020, 12, 31)
    assert dates["range_start"][0] == date(2020, 3, 21) and str(dates["relative"].dtype) == "boolean"
    assert list(quantities["value"]) == ["3356000000", "570000000000"]
    assert quantities["value"].dtype == "string"
    split = split_tables(extract_partition(frame))
    assert split["quantities"].to_dict("records") == quantities.to_dict("records")
