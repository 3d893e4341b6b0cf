"""Every offset points into the original text: `text[start:end] == row.text`, always."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.fact.link import _sequence_labels
from pipeline.normalize import _map_char, normalize

# Text that looks like the news we read: Hangul, digits, units, marks that normalization rewrites.
PIECES = st.sampled_from([
    "33억 5600만 위안", "약 ", "(약 84조 원)", "지난 1월 말", "2020년", "알리바바그룹", "의 ", "은 ", " ",
    "１２３", "，", "３만", "～", "∙", "\u00a0", "\u200b", "㎞", "①", "%", "개", "명", "이상", "넘는", "\n",
    "11∙11", "코로나19", "$", "3.5", "천만", "한 번", "오는 3월", "이날", "(Lazada)", "'20년", "ﾀ", "ｱｲ",
    "매출은 ", "영업이익이 ", "삼성전자는 ", "의 매출", "전년 대비 ", "증가했다. ", "각각 ", "규모의 ", "기준 ",
])
KOREANISH = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=25).map("".join)


def _check(text: str) -> None:
    result = extract(text, doc_date="2020-12-31")
    assert result.ok, result.error
    # The text as read: line endings made `\n` (`0\rL` is `0\nL`, as a file's would be); nothing else changes.
    assert result.document.text == text.replace("\r\n", "\n").replace("\r", "\n")
    text = result.document.text
    for mention in (*result.quantities, *result.dates, *result.organizations):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
    _check_facts(text, result)


def _check_facts(text: str, result) -> None:
    """Every fact's quantity, metric span, subject and period point to rows and offsets that exist."""
    quantities = {q.mention_id: q for q in result.quantities}
    dates = {d.mention_id: d for d in result.dates}
    organizations = {o.mention_id: o for o in result.organizations}
    labels = _sequence_labels(sorted(result.quantities, key=lambda q: q.start))  # (`1편, 2편, 3편` name items)
    assert [f.quantity_id for f in result.facts] == [q.mention_id for q in result.quantities
                                                     if q.category not in ("ordinal", "duration") and q.mention_id not in labels]
    for fact in result.facts:
        quantity = quantities[fact.quantity_id]
        assert (quantity.start, quantity.end, quantity.text) == (fact.start, fact.end, fact.text)
        if fact.metric_start is None:
            assert fact.metric == "" and fact.metric_end is None
        else:
            assert 0 <= fact.metric_start < fact.metric_end <= len(text)
            assert text[fact.metric_start:fact.metric_end] == fact.metric
        assert (fact.date_mention_id == "") == (fact.period == "")
        if fact.date_mention_id:  # one DATE, or the two that bound a range (`A부터 B까지`: "A/B")
            assert "/".join(dates[m].value for m in fact.date_mention_id.split(";")) == fact.period
        mentions = [m for m in fact.subject_mention_ids.split(";") if m]
        assert {organizations[m].canonical for m in mentions} == set(filter(None, fact.subject.split(";")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(KOREANISH)
def test_offsets_point_into_the_original_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode_never_raises(text):
    _check(text)


def test_a_lone_carriage_return_is_a_line_break_the_offsets_see():
    """Found by hypothesis (`0\rL`): the offsets index the text as read, where `\r` is `\n`."""
    for text in ("0\rL", "매출 3\r\n억 원", "2020년\r3월 1일"):
        _check(text)


@given(st.text(max_size=40))
def test_normalized_offsets_map_back(text):
    norm = normalize(text)
    assert len(norm.origin) == len(norm.text) + 1
    for i in range(len(norm.text)):
        start, end = norm.span(i, i + 1)
        assert 0 <= start < end <= len(text)


@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=25).map("".join))
def test_normalized_text_is_each_character_mapped(text):
    """The working copy is the characters mapped one by one (NFKC, then one mark of each kind;
    ASCII and Hangul syllables stay as written), and each maps back to the character it came from."""
    def mapped(ch: str) -> str:
        return ch if ch.isascii() or "가" <= ch <= "힣" else _map_char(ch)

    norm = normalize(text)
    assert norm.text == "".join(map(mapped, text))
    assert all(norm.text[i] in mapped(text[norm.index(i)]) for i in range(len(norm.text)))


def test_fullwidth_digits_map_back_to_the_original():
    text = "총 ３３억 ５６００만 위안을 썼다"
    (quantity,) = extract(text).quantities
    assert quantity.text == "３３억 ５６００만 위안" and quantity.value == "3356000000"
