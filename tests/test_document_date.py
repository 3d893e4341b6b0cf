"""The inferred document date (docs/annotation.md, Document date): only years the text reports as
past or present count, and the mention the date came from is named in `documents.csv` and in
`koie explain`. The values themselves are example cases in tests/corpus/date.yaml (`infer-…`)."""
from __future__ import annotations

import csv
from datetime import date

from pipeline.api import extract
from pipeline.cli import main
from pipeline.date.document_date import is_stamp
from pipeline.explain import explain

TARGET = "정부는 2025년까지 전기차 100만 대를 보급할 계획이다. 2019년 11월 판매량은 작년보다 늘었다."
AT = TARGET.index("2019년 11월")
WHERE = f"2019년 11월 [{AT}:{AT + 9}]"
AS_OF = "2023년 12월 31일 기준 가계부채는 1800조 원이다.\n회사는 2022년 5월 3일 설립됐다."


def test_a_target_year_is_not_the_document_year():
    document = extract(TARGET).document
    assert (document.doc_date, document.doc_date_source) == (date(2019, 11, 30), "inferred")
    assert document.doc_date_mention == WHERE


def test_an_as_of_day_is_not_the_document_date():
    document = extract(AS_OF).document
    assert document.doc_date == date(2022, 5, 3) and document.doc_date_mention.startswith("2022년 5월 3일 [")


def test_a_revision_stamp_dates_the_page_not_the_publication():
    # (`수정` dates the page's last revision: a stamp, so never a figure's period, but the document's date is
    # the publication's, even when the revision is named first)
    text = "한빛전지 실적\n수정 2024.02.01. 09:00 | 입력 2024.01.31. 18:00\n회사는 매출이 늘었다."
    found = extract(text)
    assert found.document.doc_date == date(2024, 1, 31)
    assert found.document.doc_date_mention.startswith("2024.01.31 [")
    assert all(is_stamp(text, d) for d in found.dates) and len(found.dates) == 2


def test_a_plan_in_the_title_is_skipped_for_a_reported_year():
    document = extract("신공장 2030년 가동 목표\n회사는 2021년 매출이 늘었다고 밝혔다.").document
    assert document.doc_date == date(2021, 12, 31) and document.doc_date_mention.startswith("2021년 [")


def test_a_title_year_is_recorded_as_the_title():
    document = extract("[2019년 결산] 국내 증시 총정리\n코스피는 반등했다.").document
    assert document.doc_date == date(2019, 12, 31) and document.doc_date_mention == "2019년 [1:6]"


def test_only_future_years_give_no_date():
    document = extract("정부는 2025년까지 전기차를 보급할 계획이다.").document
    assert document.doc_date is None and document.doc_date_source == "none" and document.doc_date_mention == ""


def test_a_given_date_names_no_mention():
    assert extract(TARGET, doc_date="2020-01-01").document.doc_date_mention == ""


def test_documents_table_and_explain_name_the_mention(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(TARGET, encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    assert (row["doc_date"], row["doc_date_source"], row["doc_date_mention"]) == ("2019-11-30", "inferred", WHERE)
    assert f"(inferred, from {WHERE})" in explain(TARGET).splitlines()[0]


def test_the_first_article_without_its_metadata_gets_the_date_it_has_with_it():
    """The recap names no day of its writing, only `2020년 연말을 맞이하여`: its year's end. (A fiscal
    range ending `2020년 3월 말` must not date it in March, as it did before the year's parts counted.)"""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpus"
    with (root / "metadata.csv").open(encoding="utf-8") as handle:
        given = next(row["date"] for row in csv.DictReader(handle) if row["doc_id"] == "alibaba_2020_recap")
    document = extract((root / "alibaba_2020_recap.txt").read_text(encoding="utf-8")).document
    assert (document.doc_date.isoformat(), document.doc_date_source) == (given, "inferred")
    assert document.doc_date_mention.startswith("2020년 연말 [")
