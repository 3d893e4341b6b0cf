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


def test_a_yearless_report_day_after_the_quarter_dates_the_document():
    """`… 증가했다고 4월 5일 밝혔다`: the day of the report, later than 1분기's end, is the document's date, so the next
    sentence's 매출 carries 1분기 as with `--doc-date 2024-04-05`, not the report day (audit 37)."""
    text = "삼성전자는 2024년 1분기 영업이익이 6조 원으로 증가했다고 4월 5일 밝혔다. 매출은 71조 원이었다."
    found = extract(text)
    assert found.document.doc_date == date(2024, 4, 5)
    assert found.document.doc_date_mention == f"4월 5일 [{text.index('4월 5일')}:{text.index('4월 5일') + 5}]"
    given = extract(text, doc_date="2024-04-05")
    assert [f.period for f in found.facts] == [f.period for f in given.facts] == ["2024-Q1", "2024-Q1"]


def test_a_span_to_a_relative_year_is_never_inverted():
    """`지난 2009년부터 지난해까지` (KLUE dev 00284): the inferred date is at least a year after 2009, so the span is
    2009/2009, not 2009/2008; and a range whose end falls before its start (a given date earlier than the span's
    start) is not written as a figure's period (audit 37)."""
    found = extract("한빛전자는 지난 2009년부터 지난해까지 매출 100억 원을 올렸다고 전했다.")
    assert found.document.doc_date == date(2010, 1, 1)
    assert found.document.doc_date_mention.endswith("= 지난해 [17:20]")
    assert [(f.period, f.period_start, f.period_end) for f in found.facts] == [("2009/2009", "2009-01-01", "2009-12-31")]
    for fact in extract("한빛전자는 2010년부터 지난해까지 매출 100억 원을 올렸다.", doc_date="2009-06-01").facts:
        assert not fact.period_start or fact.period_start <= fact.period_end
