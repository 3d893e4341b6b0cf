"""A large run's report: an index page and one page per document, not one huge page."""
from __future__ import annotations

import re

from pipeline import report
from pipeline.batch import run_batch

TEXTS = ["삼성전자는 올해 매출 67조 원을 기록했다.", "서울시는 시민 1만 명에게 지원금을 준다.", "알리바바는 33억 위안을 투입했다."]


def test_a_large_run_gets_an_index_and_a_page_per_document(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    run_batch([folder], tmp_path / "run", progress=False)
    monkeypatch.setattr(report, "ONE_PAGE_MAX", 2, raising=False)  # (a large run, in miniature)
    assert report.write_report(tmp_path / "run", tmp_path / "report.html") == []
    index = (tmp_path / "report.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(report_files/[^"]+)"', index)
    assert len(links) == 3 and "<mark" not in index
    for link, text, mention in zip(links, TEXTS, ("67조 원", "1만 명", "33억 위안")):
        page = (tmp_path / link).read_text(encoding="utf-8")
        assert f">{mention}</mark>" in page and 'href="../report.html"' in page
        assert all(other not in page for other in TEXTS if other != text)
