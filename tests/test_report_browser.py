"""The HTML report in a real browser (headless Chromium through selenium and chromedriver).

Checks that the highlighted mentions are exactly the rows of the tables, that keyboard focus
shows a mention's details, that the type filters work, and that hostile text stays text.
Saves a screenshot of the first article to outputs/report/report.png (generated, not tracked).
The browser tests are skipped when selenium, chromium or chromedriver is missing (CI installs
them); the tests of the page's HTML and of finding the texts run everywhere.
"""
from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.diff import mention_kinds, read_run
from pipeline.registry import dimensions

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "alibaba_2020_recap.txt"
SCREENSHOT = ROOT / "outputs" / "report" / "report.png"
CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")
WIDTH = 1100


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                 f"--window-size={WIDTH},900", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _report(tmp_path, inputs) -> tuple:
    """Run the pipeline on `inputs`, write the report; (run folder, report path)."""
    run, page = tmp_path / "run", tmp_path / "report.html"
    assert main(["run", *map(str, inputs), "--out", str(run)]) == 0
    assert main(["report", str(run), "--out", str(page)]) == 0
    return run, page


def _highlighted(browser) -> dict:
    """{type: [mention text, …]} as highlighted on the page; the parts of a split mention are joined."""
    parts = browser.execute_script("""
        return Array.from(document.querySelectorAll('.text mark.m'), m => [m.dataset.type, m.dataset.key, m.textContent]);""")
    texts = defaultdict(str)
    for kind, key, text in parts:
        texts[(kind, key)] += text
    found = defaultdict(list)
    for (kind, _), text in texts.items():
        found[kind].append(text)
    return found


def test_highlights_match_the_tables_and_screenshot(browser, tmp_path):
    run, page = _report(tmp_path, [ARTICLE])
    browser.get(page.as_uri())
    tables = read_run(run)
    # A mention is marked at its span; a fact (a linking row) at its metric, when it has one.
    expected = {d.label: [row["metric"] if d.highlight else row["text"] for row in tables[d.table]
                          if not d.highlight or row["metric"]] for d in dimensions()}
    assert all(expected.values()), "the first article should have rows of every type"
    found = _highlighted(browser)
    for kind in expected:
        assert Counter(found[kind]) == Counter(expected[kind]), kind
    # The per-document tables list the same rows: mentions by their text, facts by their quantity.
    rows = browser.execute_script("""
        return Array.from(document.querySelectorAll('.doc tbody tr'), r => [r.className, r.cells[1].textContent,
                                                                             r.cells[2].textContent]);""")
    for d in dimensions():
        listed = Counter(quantity if d.highlight else text for cls, quantity, text in rows if cls == d.name)
        assert listed == Counter(row["text"] for row in tables[d.table]), d.label

    # Keyboard focus shows the mention's details (rule id, value, unit).
    first = browser.find_element("css selector", ".text mark.quantity[data-first]")
    browser.execute_script("arguments[0].focus()", first)
    tip = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", first)
    quantity = tables["quantities"][0]
    for field in ("rule_id", "value", "unit"):
        assert quantity[field] in tip, (field, tip)

    # So does hovering with the mouse (over another mention: the focused one keeps its tooltip).
    from selenium.webdriver import ActionChains

    date = browser.find_element("css selector", ".text mark.date[data-first]")
    ActionChains(browser).move_to_element(date).perform()
    tip = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", date)
    ActionChains(browser).move_to_element(browser.find_element("tag name", "h1")).perform()
    assert tables["dates"][0]["rule_id"] in tip and tables["dates"][0]["value"] in tip, tip
    org = browser.find_element("css selector", ".text mark.org[data-first]")
    assert browser.execute_script("return getComputedStyle(arguments[0], '::after').content", org) == "none"

    # Unticking a type removes its highlight; the others stay.
    background = "return getComputedStyle(document.querySelector('.text mark.' + arguments[0])).backgroundColor"
    browser.find_element("id", "show-date").click()
    assert browser.execute_script(background, "date") == "rgba(0, 0, 0, 0)"
    assert browser.execute_script(background, "quantity") != "rgba(0, 0, 0, 0)"
    browser.find_element("id", "show-date").click()

    # Screenshot: the page down to the end of the article, one mention focused to show its tooltip.
    height = browser.execute_script("return document.querySelector('.doc .text').getBoundingClientRect().bottom + scrollY + 16")
    browser.set_window_size(WIDTH, int(height))
    mention = browser.find_elements("css selector", ".text mark.quantity[data-first]")[7]
    browser.execute_script("arguments[0].focus({preventScroll: true}); window.scrollTo(0, 0)", mention)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    browser.set_window_size(WIDTH, 900)


HOSTILE = ("<script>window.__pwned=1</script>",
           '<img src=x onerror="window.__pwned=2">',
           "</textarea>")


def test_hostile_text_stays_text(browser, tmp_path):
    text = ("알리바바그룹은 지난 3월 말 33억 위안을 투입했다. " + HOSTILE[0] + "\n"
            "2020년 매출은 5억 달러였다 " + HOSTILE[1] + " 그리고 " + HOSTILE[2] + " 10개 기업.\n")
    article = tmp_path / "hostile.txt"
    article.write_text(text, encoding="utf-8")
    run, page = _report(tmp_path, [article])
    source = page.read_text(encoding="utf-8")
    for raw in HOSTILE:
        assert raw not in source
    browser.get(page.as_uri())
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    shown = browser.execute_script("return document.querySelector('.doc .text').textContent")
    assert shown == text.replace("\r\n", "\n")
    for raw in HOSTILE:
        assert raw in shown
    assert browser.execute_script("return document.querySelectorAll('script, img, textarea').length") == 0
    assert sum(len(texts) for texts in _highlighted(browser).values()) == sum(len(read_run(run)[t]) for t in mention_kinds())


# -- without a browser ---------------------------------------------------------------------------

def _mention(start, end, kind="QUANTITY", **row):
    return {"start": start, "end": end, "kind": kind, "key": f"{kind}{start}",
            "row": {"start": str(start), "end": str(end), "rule_id": "r", **row}}


def _marks(page: str) -> list:
    """The attributes of each opening <mark> tag."""
    return re.findall(r"<mark ([^>]*)>", page)


def test_highlight_nests_and_splits_crossing_mentions():
    from pipeline.report import highlight

    text = "0123456789"
    page = highlight(text, [_mention(0, 5), _mention(1, 3, "DATE"), _mention(4, 8, "ORG")])
    assert page.count("<mark") == page.count("</mark>") == 4  # ORG crosses the QUANTITY: two parts
    assert sum("data-first" in tag for tag in _marks(page)) == 3
    assert re.sub(r"<[^>]+>", "", page) == text
    assert page.startswith('<mark class="m quantity"')


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(["QUANTITY", "DATE", "ORG"])),
                max_size=8))
def test_highlight_keeps_the_text_and_every_mention_whole(spans):
    from html.parser import HTMLParser

    from pipeline.report import highlight

    text = "가나다<라>&마" * 5
    mentions = [_mention(start, min(start + size, len(text)), kind) | {"key": str(i)}
                for i, (start, size, kind) in enumerate(spans)]

    class Marks(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open_keys, self.texts, self.shown = [], defaultdict(str), ""

        def handle_starttag(self, tag, attributes):
            self.open_keys.append(dict(attributes)["data-key"])

        def handle_endtag(self, tag):
            self.open_keys.pop()

        def handle_data(self, data):
            self.shown += data
            for key in self.open_keys:
                self.texts[key] += data

    page = Marks()
    page.feed(highlight(text, mentions))
    assert page.shown == text and not page.open_keys
    for m in mentions:
        assert page.texts[m["key"]] == text[m["start"]:m["end"]]


def test_everything_from_the_data_is_escaped(tmp_path):
    from pipeline.report import render

    hostile = '"><script>alert(1)</script>'
    text = f"A{hostile}B"
    run = {"documents": [{"doc_id": hostile, "source": hostile, "status": "ok", "chars": str(len(text))}],
           "quantities": [{"doc_id": hostile, "mention_id": "Q1", "start": "1", "end": str(1 + len(hostile)),
                           "text": hostile, "value": hostile, "unit": hostile, "rule_id": hostile}],
           "dates": [], "organizations": []}
    page, warnings = render(run, {hostile: text})
    assert "<script" not in page and 'alert(1)</script>' not in page and not warnings
    assert page.count("&lt;script&gt;") >= 6


def test_texts_are_found_from_the_source_column(tmp_path, monkeypatch):
    from pipeline.report import load_texts

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("첫 문서 3개", encoding="utf-8")
    (tmp_path / "corpus" / "more.jsonl").write_text('{"id": "b", "text": "둘째 문서"}\n', encoding="utf-8")
    (tmp_path / "runs" / "x").mkdir(parents=True)
    documents = [{"doc_id": "a", "source": "corpus/a.txt"}, {"doc_id": "b", "source": "corpus/more.jsonl:1"},
                 {"doc_id": "c", "source": "corpus/gone.txt"}]
    monkeypatch.chdir(tmp_path / "runs")  # relative sources are found from the run folder's parents too
    texts, warnings = load_texts(documents, tmp_path / "runs" / "x")
    assert texts == {"a": "첫 문서 3개", "b": "둘째 문서"}
    assert len(warnings) == 1 and "gone.txt" in warnings[0]
    texts, warnings = load_texts(documents, tmp_path / "runs" / "x", inputs=[tmp_path / "corpus" / "a.txt"])
    assert texts == {"a": "첫 문서 3개"} and len(warnings) == 2


def test_report_command_notes_texts_it_cannot_find(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("삼성전자는 지난해 3조 원을 벌었다.\n", encoding="utf-8")
    run, page = _report(tmp_path, [article])
    assert 'class="m quantity"' in page.read_text(encoding="utf-8")
    article.unlink()
    assert main(["report", str(run), "--out", str(page)]) == 0
    assert "not found" in capsys.readouterr().err
    assert "text not available" in page.read_text(encoding="utf-8")


def test_a_fact_tip_names_its_fact_id():
    """A fact's row has no mention_id: its tooltip and aria-description name it by fact_id, as mentions are."""
    from pipeline.report import highlight

    fact = _mention(0, 2, "FACT", fact_id="F3", metric="매출")
    fact["row"]["kind"] = "level"
    page = highlight("매출 10억 원", [fact,
                                    _mention(3, 8, "QUANTITY", mention_id="Q1")])
    tags = _marks(page)
    assert 'data-tip="FACT F3\n' in tags[0] and 'aria-description="FACT F3, rule r' in tags[0]
    assert 'data-tip="QUANTITY Q1\n' in tags[1]
