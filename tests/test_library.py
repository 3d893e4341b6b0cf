"""The library API on what callers hand it: wrong text types, dates of every kind, pandas frames."""
from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from pipeline import extract
from pipeline.frames import extract_frame

TEXT = "내일 3개 은행이 참여한다."


@pytest.mark.parametrize("text, hint", [(None, "NoneType"), (b"3\xea\xb0\x9c", "decode")])
def test_extract_rejects_what_is_not_a_str(text, hint):
    with pytest.raises(TypeError, match=f"text must be a str.*{hint}"):
        extract(text)


@pytest.mark.parametrize("when", [date(2021, 6, 1), datetime(2021, 6, 1, 9, 30), pd.Timestamp("2021-06-01 09:30"),
                                  "2021-06-01", "2021-06-01T09:30:00"])
def test_doc_date_of_every_kind_is_a_calendar_day(when):
    result = extract(TEXT, doc_date=when)
    assert type(result.document.doc_date) is date and result.document.doc_date == date(2021, 6, 1)
    assert [d.value for d in result.dates] == ["2021-06-02"]


@pytest.mark.parametrize("when, problem", [(pd.NaT, "NaT"), ("20210601", "YYYY-MM-DD"), (20210601, "int")])
def test_doc_date_rejects_missing_and_ambiguous_dates(when, problem):
    with pytest.raises((TypeError, ValueError), match=f"doc_date.*{problem}"):
        extract(TEXT, doc_date=when)


def test_frame_with_a_datetime64_date_column_and_a_doc_id_column():
    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [TEXT] * 3,
                          "date": pd.to_datetime(["2021-06-01", "2020-12-31", None])})
    documents = extract_frame(frame)["documents"]
    assert list(documents["doc_id"]) == ["a", "b", "c"]
    assert list(documents["status"]) == ["ok"] * 3
    assert [str(d) if not pd.isna(d) else "" for d in documents["doc_date"]] == ["2021-06-01", "2020-12-31", ""]


def test_a_frame_without_its_text_column_is_refused_naming_the_columns():
    """A misnamed text column is the caller's mistake, said once, not one failed document per row."""
    import pandas as pd

    from pipeline.frames import extract_partition

    frame = pd.DataFrame({"id": ["a", "b"], "body": ["매출 3억 원", "직원 5명"]})
    for call in (extract_frame, extract_partition):
        with pytest.raises(ValueError, match=r"no column 'text'.*body.*text_column="):
            call(frame)
    assert len(extract_frame(frame, text_column="body")["quantities"]) == 2
