"""The dimension registry: a new kind of row is a package and one registry entry.

A toy dimension (hashtags), defined here and registered for the test, appears in the library
result, the tables `koie run` writes, `koie eval`, `koie diff`, `koie report` and `koie explain`
with no other change anywhere.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass

import pytest
import regex

from pipeline import extract
from pipeline.cli import main
from pipeline.explain import explain
from pipeline.registry import Dimension, dimensions, registered
from pipeline.rules import Rule, run_rules

TEXT = "삼성전자는 #반도체 투자를 3조 원 늘렸다. #실적"


@dataclass(frozen=True)
class Hashtag:
    start: int
    end: int
    text: str
    rule_id: str
    tag: str = ""
    mention_id: str = ""
    sentence_id: int = -1


def _produce(match, context, rule_id):
    start, end = context.span(*match.span())
    return Hashtag(start, end, context.text[start:end], rule_id)


RULES = (Rule("tag.hash", regex.compile(r"#(\w+)"), _produce),)


def _resolve(mentions, state):
    return [Hashtag(m.start, m.end, m.text, m.rule_id, tag=m.text[1:]) for m in mentions]


TOY = Dimension("hashtag", "HASHTAG", "hashtags", "H", ("mention_id", "sentence_id", "start", "end", "text", "tag", "rule_id"),
                extract=lambda context: run_rules(RULES, context), resolve=_resolve,
                value_key=lambda row: (row.get("tag", ""),), rules=lambda: RULES, shown=("tag",))


@pytest.fixture
def toy():
    with registered(TOY) as dimension:
        yield dimension
    assert TOY not in dimensions()


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_registered_dimension_is_extracted(toy):
    result = extract(TEXT, doc_date="2020-12-31")
    assert [(h.text, h.tag, h.mention_id) for h in result.hashtags] == [("#반도체", "반도체", "H1"), ("#실적", "실적", "H2")]
    assert [q.text for q in result.quantities] == ["3조 원"]  # the others go on as before


def test_a_registered_dimension_reaches_tables_eval_diff_report_and_explain(toy, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["run", str(article), "--out", str(tmp_path / "run"), "--doc-date", "2020-12-31"]) == 0
    rows = _read(tmp_path / "run" / "hashtags.csv")
    assert [(r["text"], r["tag"], r["rule_id"]) for r in rows] == [("#반도체", "반도체", "tag.hash"), ("#실적", "실적", "tag.hash")]
    assert all(TEXT[int(r["start"]):int(r["end"])] == r["text"] for r in rows)
    assert _read(tmp_path / "run" / "documents.csv")[0]["hashtags"] == "2"

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "documents.csv").write_text("doc_id,doc_date\na,2020-12-31\n", encoding="utf-8")
    (gold / "hashtags.csv").write_text("doc_id,start,end,text,tag,status\na,6,10,#반도체,반도체,required\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", "--gold", str(gold), "--pred", str(tmp_path / "run"), "--quiet"]) == 0
    scores = capsys.readouterr().out
    assert "HASHTAG" in scores and "(tp 1, fp 1, fn 0)" in scores  # one hit, one false alarm (#실적)

    changed = tmp_path / "later" / "a.txt"  # the same document, one hashtag fewer
    changed.parent.mkdir()
    changed.write_text(TEXT.replace(" #실적", ""), encoding="utf-8")
    assert main(["run", str(changed), "--out", str(tmp_path / "run2"), "--doc-date", "2020-12-31"]) == 0
    capsys.readouterr()
    main(["diff", str(tmp_path / "run"), str(tmp_path / "run2")])
    assert "removed  a       HASHTAG   tag.hash" in capsys.readouterr().out

    assert main(["report", str(tmp_path / "run"), "--out", str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'class="m hashtag"' in page and 'id="show-hashtag"' in page and "mark.hashtag" in page

    assert "HASHTAG: 2 matches, 2 kept" in explain(TEXT, "2020-12-31")


def test_without_registration_nothing_of_it_is_left(tmp_path):
    result = extract(TEXT, doc_date="2020-12-31")
    with pytest.raises(AttributeError):
        result.hashtags
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["run", str(article), "--out", str(tmp_path / "run"), "--doc-date", "2020-12-31"]) == 0
    assert not (tmp_path / "run" / "hashtags.csv").exists()


def test_fresh_records_are_numbered_in_place():
    """A `fresh` dimension's records (the facts: made by its `resolve` for the call, held by nothing else) get their ids
    and sentences set on themselves by `numbered`, no copy; the others get copies. Either way the same fields."""
    from pipeline.model import Sentence, Token
    from pipeline.rules import Context, numbered

    text = "가 #나. #다"
    context = Context.build(text, [Sentence(0, 0, 4, (Token("가", "NNG", 0, 1),)), Sentence(1, 6, 8, (Token("다", "NNG", 7, 8),))])
    made = [Hashtag(6, 8, "#다", "tag.hash"), Hashtag(2, 4, "#나", "tag.hash")]
    copies = numbered(made, "H", context)
    assert [(h.mention_id, h.sentence_id) for h in copies] == [("H1", 0), ("H2", 1)] and made[0].mention_id == ""
    own = numbered(made, "H", context, own=True)
    assert own == copies and own[0] is made[1] and made[0].mention_id == "H2"
    assert next(d for d in dimensions() if d.name == "fact").fresh and not any(d.fresh for d in dimensions() if d.name != "fact")
