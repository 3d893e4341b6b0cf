"""Hostile lengths: one huge line, long lists of digits, thousands of dates in one clause, and a
document that takes too long. Time grows linearly, and a slow document fails alone."""
from __future__ import annotations

import gc
import io
import json
import time

import pytest

from pipeline import budget, extract, segment
from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.date.resolve import resolve_dates
from pipeline.date.rules import rules as date_rules
from pipeline.model import DateMention
from pipeline.rules import Context, run_rules
from pipeline.write import read_tables

ORDINARY = "삼성전자는 올해 3분기 영업이익이 12조 원을 넘었다고 9일 밝혔다. 서울시는 오는 5월 1일부터 시민 1만 명에게 지원금을 준다. "


def _seconds(function, *args) -> float:
    """Processor seconds `function` takes in this thread (other processes and threads do not count).
    The objects the earlier tests left alive are frozen out of the collector first: its full passes over
    them grew with the input (inside the whole suite a 20,000-sentence run took 11.5 times a 4,000 one; alone,
    or with them frozen, under the tests' bound of 10)."""
    gc.collect()
    gc.freeze()
    try:
        started = time.thread_time()
        function(*args)
        return time.thread_time() - started
    finally:
        gc.unfreeze()


def _date_rules_on(text: str) -> float:
    context = Context.build(text)  # (no tokens: the list rule's scan is what is timed)
    return _seconds(run_rules, date_rules(), context)


def test_date_list_scan_is_linear_in_a_long_list_of_numbers():
    hostile = "1," * 4000 + "1원"
    ordinary = (ORDINARY * (len(hostile) // len(ORDINARY) + 1))[:len(hostile)]
    assert _date_rules_on(hostile) < 0.5 + 5 * _date_rules_on(ordinary)


def test_a_short_list_of_dates_still_takes_the_last_unit():
    values = [d.value for d in extract("2007·2008·2009년, 8, 9일", doc_date="2020-12-31").dates]
    assert values[:3] == ["2007", "2008", "2009"]


def test_resolving_thousands_of_dates_in_one_clause_is_linear():
    text = "2020년 " * 20_000
    mentions = [DateMention(start=i * 6, end=i * 6 + 5, text="2020년", rule_id="date.calendar", parts=(("year", 2020),))
                for i in range(20_000)]
    assert _seconds(resolve_dates, mentions, None, text) < 2.0


def test_future_cues_read_the_rest_of_the_clause_only():
    text = "4월 1일 계획을 세웠고 5월 1일 판매했다. 6월 1일 출시한다."
    found = {d.text: d.value for d in extract(text, doc_date="2020-03-10").dates}
    assert found == {"4월 1일": "2020-04-01", "5월 1일": "2019-05-01", "6월 1일": "2020-06-01"}


def test_kiwipiepy_never_sees_more_than_a_piece(monkeypatch):
    seen = []
    analyzer = segment.kiwi()
    tokenize = analyzer.tokenize

    class Recording:
        def tokenize(self, text, **options):
            seen.append(len(text))
            return tokenize(text, **options)

    monkeypatch.setattr(segment, "kiwi", lambda: Recording())
    text = ORDINARY * 300 + "가" * 5000 + " 끝."  # one line of 40,000 characters, and a word with no space in it
    sentences = segment.segment(text)
    assert max(seen) <= segment.PIECE
    starts = [t.start for s in sentences for t in s.tokens]
    assert starts == sorted(starts) and sentences[-1].tokens[-1].end == len(text) - 1 + 1


def test_pieces_of_a_long_line_cover_it_at_sentence_ends_or_spaces():
    text = ORDINARY * 200
    pieces = segment.paragraphs(text)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[start:start + len(piece)] == piece and len(piece) <= segment.PIECE for start, piece in pieces)
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])


def test_mentions_of_a_long_line_point_into_it():
    text = ORDINARY * 200
    result = extract(text, doc_date="2020-12-31")
    for table in ("quantities", "dates", "organizations"):
        rows = getattr(result, table)
        assert len(rows) >= 200
        assert all(text[m.start:m.end] == m.text for m in rows)
    assert len(result.quantities) == 400


def _slow_for(word: str, seconds: float, monkeypatch) -> None:
    """Tokenizing a piece that holds `word` takes `seconds` more of the processor (the budget's clock:
    a document that only waits, as on a busy machine, spends none of it)."""
    analyzer = segment.kiwi()
    tokenize = analyzer.tokenize

    class Slow:
        def tokenize(self, text, **options):
            if word in text:
                busy_until = time.process_time() + seconds
                while time.process_time() < busy_until:
                    pass
            return tokenize(text, **options)

    monkeypatch.setattr(segment, "kiwi", lambda: Slow())


def test_waiting_for_the_processor_spends_no_budget():
    clock = budget.Clock(0.2)
    with clock.running():
        time.sleep(0.4)  # a busy machine: the process waits, it does not work
        budget.check()
    assert clock.left > 0.1


def test_a_document_over_its_time_budget_fails_and_the_run_goes_on(tmp_path, monkeypatch):
    _slow_for("느림보", 0.6, monkeypatch)
    source = tmp_path / "docs.jsonl"
    lines = [{"id": "slow", "text": "느림보 회사가 3억 원을 냈다."}, {"id": "fast", "text": "빠른 회사가 5억 원을 냈다."}]
    source.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    summary = run_batch([source], tmp_path / "out", time_budget=0.25, progress=False, log=io.StringIO())
    documents = {row["doc_id"]: row for row in read_tables(tmp_path / "out", "csv")["documents"]}
    assert (summary.documents, summary.failed) == (2, 1)
    assert documents["fast"]["status"] == "ok"
    assert documents["slow"]["status"] == "error"
    assert "time budget" in documents["slow"]["error"] and f"{source}:1" in documents["slow"]["error"]
    assert "\n" not in documents["slow"]["error"]


@pytest.mark.parametrize("value", ["-1", "soon"])
def test_time_budget_option_rejects_what_is_no_duration(value, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--time-budget", value])
    assert stop.value.code == 2
    assert "--time-budget" in capsys.readouterr().err


def _copies(result, count: int):
    """The context and mentions of `count` copies of one extracted text, one after the other."""
    from pipeline.model import Sentence, Token, replace

    text, width = result.document.text, len(result.document.text)
    sentences = tuple(Sentence(k * len(result.sentences) + s.index, s.start + k * width, s.end + k * width,
                               tuple(Token(t.form, t.tag, t.start + k * width, t.end + k * width) for t in s.tokens))
                      for k in range(count) for s in result.sentences)

    def shifted(rows):  # (each copy's mentions numbered to its own sentences, as `rules.numbered` does)
        return [replace(m, start=m.start + k * width, end=m.end + k * width, mention_id=f"{m.mention_id}_{k}",
                        sentence_id=m.sentence_id + k * len(result.sentences) if m.sentence_id >= 0 else -1)
                for k in range(count) for m in rows]

    return Context.build(text * count, sentences), shifted(result.quantities), shifted(result.dates), shifted(result.organizations)


def test_linking_facts_reads_only_the_mentions_of_each_sentence():
    from pipeline.fact.link import link_facts

    result = extract(ORDINARY, doc_date="2020-12-31")
    context, quantities, dates, organizations = _copies(result, 2000)
    assert _seconds(link_facts, context, quantities, dates, organizations) < 2.0


def test_a_year_reaches_thousands_of_months_after_it_in_linear_time():
    text = "2020년 " + "3월 " * 20_000
    mentions = [DateMention(start=0, end=5, text="2020년", rule_id="date.calendar", parts=(("year", 2020),))]
    mentions += [DateMention(start=6 + i * 3, end=8 + i * 3, text="3월", rule_id="date.calendar", parts=(("month", 3),))
                 for i in range(20_000)]
    resolved = resolve_dates(mentions, None, text)
    assert len(resolved) == 20_001 and resolved[-1].value == "2020-03"
    assert _seconds(resolve_dates, mentions, None, text) < 2.0


def test_a_year_does_not_reach_past_the_end_of_its_sentence():
    found = [d.value for d in extract("2013년 3월에 열렸다. 11월 6일에는 닫혔다! 5월.", doc_date="2020-12-31").dates]
    assert found == ["2013-03", "2020-11-06", "2020-05"]


def test_counted_nouns_of_a_long_document_take_linear_time():
    from pipeline.model import Token
    from pipeline.quantity import extract as quantities

    unit = "두 사람이 왔다. "
    tokens = segment.segment(unit)
    width = len(unit)

    def repeated(times: int) -> Context:
        sentences = tuple(type(s)(k, s.start + k * width, s.end + k * width,
                                  tuple(Token(t.form, t.tag, t.start + k * width, t.end + k * width) for t in s.tokens))
                          for k in range(times) for s in tokens)
        return Context.build(unit * times, sentences)

    # Five times the text in about five times the time (a quadratic cost would take 25), relative to
    # this machine's speed rather than an absolute number of seconds; the old copy of the token
    # tuple took 323 s, and a skip through every earlier token (`islice`) made 20,000 sentences
    # take four times as long as 10,000. A first call loads the lexicons, so it is not timed.
    quantities(repeated(10))
    small, large = _seconds(quantities, repeated(4_000)), _seconds(quantities, repeated(20_000))
    assert large < 10 * small
