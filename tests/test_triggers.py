"""Rule triggers: a rule runs only near its trigger's hits, and must find there every match it
would find scanning the whole text."""
import json
from pathlib import Path

import pytest
import regex

from pipeline.date import rules as date
from pipeline.quantity import rules as quantity
from pipeline.rules import REACH, Context, _hits_at, _matches_at, _stretches, first_pieces, literal_trigger, run_rules
from pipeline.segment import segment

ROOT = Path(__file__).resolve().parent.parent


def test_literal_trigger_takes_the_longest_piece_without_a_space():
    assert literal_trigger(["이번 달", "지난달", "그 날", "스승의 날"]) == ("날", "스승의", "이번", "지난달")


def test_overlapping_hits_merge_into_one_stretch_that_keeps_the_farther_end():
    # `지난해` and `해` overlap; the second ends first, and must not cut the stretch short.
    assert _stretches([(200, 203), (202, 203)], 1000) == [(200 - REACH, 203 + REACH)]
    assert _stretches([(0, 2), (500, 502)], 510) == [(0, 2 + REACH), (500 - REACH, 510)]


def test_a_rule_may_reach_less_far_and_unevenly_around_its_hits():
    # (before, after): the offset ends at its direction word, the calendar holds its 년/월/일.
    assert _stretches([(100, 102), (150, 151)], 1000, (30, 8)) == [(70, 110), (120, 159)]
    assert _stretches([(100, 102), (120, 121)], 1000, (30, 8)) == [(70, 129)]


def _without_triggers(rules):
    return tuple(type(rule)(rule.name, rule.pattern, rule.produce) for rule in rules)


def _texts():
    sentences = [json.loads(line)["text"] for line in open(ROOT / "corpus/klue/sentences.jsonl", encoding="utf-8")]
    article = (ROOT / "corpus/alibaba_2020_recap.txt").read_text(encoding="utf-8")
    return [article, "\n".join(sentences)]


@pytest.mark.parametrize("module", [quantity, date], ids=["quantity", "date"])
def test_triggered_rules_find_what_a_whole_text_scan_finds(module):
    """A trigger (a pattern or literal words) may only skip text where its rule cannot match."""
    for text in _texts():
        context = Context.build(text, segment(text))
        found = {(m.start, m.end, m.rule_id) for m in run_rules(module.rules(), context)}
        scanned = {(m.start, m.end, m.rule_id) for m in run_rules(_without_triggers(module.rules()), context)}
        assert found == scanned


def test_every_literal_trigger_word_is_in_what_its_rule_matches():
    """Each match of a rule with literal words holds one of them (else the rule could miss it)."""
    for rule in quantity.rules() + date.rules():
        if isinstance(rule.trigger, tuple):
            for text in _texts():
                for match in rule.pattern.finditer(Context.build(text).norm.text):
                    assert any(word in match.group() for word in rule.trigger), (rule.name, match.group())


def test_a_native_range_reaches_no_farther_from_its_dash_than_its_rule_says():
    """`qty.native_range` runs a few characters around a dash (`Rule.reach`): its longest match,
    the longest native numerals and unit, lies within them."""
    rule = next(r for r in quantity.rules() if r.name == "qty.native_range")
    unit = max(quantity._units(), key=len)
    text = f"올해는 스무남은 ~ 서른다섯 {unit} 정도"
    match = rule.pattern.search(text)
    assert match.group("number", "high", "unit") == ("스무남은", "서른다섯", unit)
    dash = text.index("~")
    assert _stretches([(dash, dash + 1)], len(text), rule.reach) == [(match.start(), match.end())]


def test_a_rule_tried_at_its_trigger_words_starts_every_match_with_one():
    """`Rule.at_trigger`: the pattern is tried only where a trigger word starts."""
    rules = [rule for rule in quantity.rules() + date.rules() if rule.at_trigger]
    assert {rule.name for rule in rules} >= {"qty.native_unit", "qty.counted_noun"}
    for rule in rules:
        for text in _texts():
            for match in rule.pattern.finditer(Context.build(text).norm.text):
                assert match.group().startswith(rule.trigger), (rule.name, match.group())


def test_matches_tried_at_starts_are_those_a_search_of_the_stretches_finds():
    """Past a match the next start is skipped; each start's match ends within its own stretch."""
    pattern = regex.compile(r"(?<!a)ab+c?")
    text = "xabbbcabbcxxab abc"
    starts = [m.start() for m in regex.finditer("ab", text)] + [text.index("bb")]  # (a start that cannot match)
    stretches = [(0, 9), (12, 15), (15, len(text))]
    expected = [m.span() for start, end in stretches for m in pattern.finditer(text, start, end)]
    assert [m.span() for m in _matches_at(pattern, text, sorted(set(starts)), stretches)] == expected == [(1, 6), (6, 9), (12, 14), (15, 18)]


def test_a_trigger_matched_at_its_start_words_hits_what_its_scan_hits():
    """`Rule.trigger_starts`: a pattern trigger matched only where one of its start words starts finds the hits a
    scan of the whole text finds (every hit starts with one of the words)."""
    rules = [rule for rule in quantity.rules() + date.rules() if rule.trigger_starts]
    assert {rule.name for rule in rules} >= {"qty.range", "date.calendar", "date.offset", "qty.list", "date.list"}
    for rule in rules:
        for text in [*_texts(), "3~5일, 2020년 3월 15일 이듬해 그 해 사흘 전 1년 6개월 반 년 후 제3조 천구백년 2-3분기",
                     "1,2,3개 4 , 5 · 6명 2024.3.1 ~ 2024.3.15 1/2/3 3 - 4 7·8월 8, 9일 10,000원 2.5%-3 1 ~2 ~3~4"]:
            text = Context.build(text).norm.text
            words = [(i, i + len(word)) for word in rule.trigger_starts for i in range(len(text)) if text.startswith(word, i)]
            assert _hits_at(rule.trigger, text, words, rule.digit_lead) == [m.span() for m in rule.trigger.finditer(text)], \
                rule.name


def test_start_words_are_the_pieces_before_a_space_and_the_shortest_of_shared_starts():
    assert first_pieces(["그 해", "그해", "이듬해", "반 년", "반년", "주", "주일"]) == ("그", "반", "이듬해", "주")


def test_a_digit_the_regex_module_knows_is_one_a_digit_lead_tries():
    """`Rule.digit_lead` tries a start only where Python reads a digit or an unassigned letter: every letter `\\d` of
    the `regex` module matches is one (its Unicode may be later than Python's)."""
    digit = regex.compile(r"\d")
    assert all(c.isdecimal() or not c.isprintable() for c in map(chr, range(0x110000)) if digit.match(c))
