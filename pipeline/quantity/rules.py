"""QUANTITY: a number together with its unit or counter (docs/annotation.md).

Rules match on the normalized text; numbers come from `pipeline.numerals`, units from the
lexicon files. Every match goes through the same checks (`_accept`): the number does not continue
a name or code (`코로나19`), a Hangul numeral is one to kiwipiepy (`천장` is a ceiling, not
1000장), the unit ends a word (`3시간공익플랫폼` is a name) and is not a particle (`1만도`), and
the reading is not a date, a clock time, a score or a rate denominator (`1초당`). Qualifiers
around the span (약, 이상, 넘는 …) become `approx`/`bound`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from decimal import Decimal
from typing import Optional

import regex

from ..model import Quantity, replace
from ..numerals import (FIRST, FRACTION, NATIVE, NATIVE_LONGEST, NATIVE_WORDS, NUMBER, POINT_WORDS, SINO_DIGIT, SINO_DIGITS, SINO_PAIR,
                        SLASH_FRACTION, SPOKEN_DECIMAL, Number, big_units_descend, exactly, parse_number, plain)
from ..rules import (TO_THE_END, Context, Rule, alternation, compile_rule, ends_word, literal_trigger, named_groups,
                     named_spans, starts_word)
from . import lexicon

# Words before the number (outside the span) → attribute; None: outside the span, no attribute.
BEFORE = {
    "약": ("approx", True), "대략": ("approx", True), "줄잡아": ("approx", True), "어림잡아": ("approx", True),
    "최대": ("bound", "max"), "최고": ("bound", "max"), "많게는": ("bound", "max"),
    "최소": ("bound", "min"), "최저": ("bound", "min"), "적어도": ("bound", "min"), "적게는": ("bound", "min"),
    "총": None, "무려": None, "단": None, "불과": None, "겨우": None, "고작": None,
}
# Words after the unit (outside the span, maybe after a particle and a space) → attribute.
AFTER = {
    "이상": ("bound", "min"), "이하": ("bound", "max"), "미만": ("bound", "lt"), "초과": ("bound", "gt"),
    "이내": ("bound", "max"), "내": ("bound", "max"), "까지": ("bound", "max"), "돌파": ("bound", "gt"), "넘": ("bound", "gt"),
    "웃도": ("bound", "gt"), "웃돈": ("bound", "gt"), "밑도": ("bound", "lt"), "밑돈": ("bound", "lt"),
    "도 더": ("bound", "gt"),
    "가량": ("approx", True), "정도": ("approx", True), "안팎": ("approx", True), "내외": ("approx", True),
    "남짓": ("approx", True), "쯤": ("approx", True), "가까이": ("approx", True), "께": ("approx", True),
}
# Suffixes glued to the unit (`1시간여`, `원대`, `달러어치`): outside the span, approx.
GLUED_AFTER = {"여": ("approx", True), "대": ("approx", True), "어치": ("approx", True), "치": ("approx", True)}
# Verb stems (넘는, 넘게, 넘어 …) take any ending; the other words end there or take a particle.
_STEMS = ("넘", "웃도", "웃돈", "밑도", "밑돈", "돌파", "도 더")
_AFTER_WORD = alternation(w for w in AFTER if w not in _STEMS)
_GLUED = alternation(GLUED_AFTER)
_AFTER_PATTERN = compile_rule(
    rf"(?P<glued>{_GLUED})(?![가-힣])|(?P<glued2>{_GLUED})(?=[의를은는로인에])"
    rf"|\)*(?:이|가|을|를|은|는|에|로|으로)?\s?"
    rf"(?:(?P<word>{_AFTER_WORD})(?=$|[^가-힣]|[의을를이가은는도에으로과와다였인면])"
    rf"|(?:조금|좀|훨씬|한참|훌쩍)?\s?(?P<stem>{'|'.join(_STEMS)}))"
)
_BEFORE_PATTERN = regex.compile(r"(?:^|[^가-힣])(" + "|".join(BEFORE) + r")\s?\(?$")
# One of these (the last characters of the words before) is among the three characters before the
# number when `_BEFORE_PATTERN` matches: a cheap test first, as most numbers have no such word.
_BEFORE_ENDS = frozenset(word[-1] for word in BEFORE)

# What may follow a unit directly (no space) without making it part of a longer word.
_ALLOWED_NEXT = frozenset({"여", "간", "째", "대", "씩", "짜리", "가량", "정도", "남짓", "쯤", "이상", "이하", "미만",
                           "초과", "내", "이내", "만", "동안", "치", "어치", "안팎", "내외", "가까이", "께", "여의",
                           "대의", "급", "권", "분", "때", "적", "중반", "초반", "후반", "만점",
                           "서"})  # (`3곳서`: a headline's 에서 shortened)
# Tags a Hangul numeral may carry as a token of its own (`천`/NR, `두`/MM).
_NUMERAL_TAGS = frozenset({"NR", "MM", "SN"})
# Not inside another number or a Latin/Han code. Hangul may come right before digits (unspaced
# writing; `_starts_number` then asks kiwipiepy), but a Hangul numeral after a letter is part of
# a word (`이재민만 45만명`: 만 is a particle).
# The first lookahead is the cheap test (a character a number can start with) that lets the scan
# skip most positions before the lookbehinds run.
_LEFT = (r"(?=[\d+\-십백천만억조경]|[영공일이삼사오육칠팔구수몇]\s?(?:[십백천만억조경점쩜삼사오육륙칠팔구]|분의))"
         r"(?<![\p{N}/\p{Latin}\p{Han}\p{Greek}\p{Cyrillic}]|\d[.,])(?!(?<=\p{L})[^\d+-])")

_PARTICLE_AFTER = regex.compile(
    r"(?:을|를|이|가|은|는|의|에|에서|에게|로|으로|도|만|와|과|까지|부터|보다|씩|이나|나|인|이며|이고|이다|입니다|였다|이었다"
    r"|라|라니|라고|라는|라면|라서|이라|이라니|이라고|이라는)"
    r"(?![\p{L}\p{N}])")
# The characters of a number spelled in Hangul, read aloud (`육십`, `삼십육 점 오`).
_SPELLED = "영공일이삼사오육칠팔구십백천만억점쩜"
# Before minutes or seconds: an hour of the clock (`7시 30분`, `3시 20분 15초`, `10:`).
_CLOCK_BEFORE = compile_rule(
    rf"(?:\d{{1,2}}|(?<![가-힣])(?:{NATIVE}))\s?시\s?(?:(?:\d{{1,2}}|[이삼사오]?십\s?[일이삼사오육칠팔구]?)\s?분\s?)?$|\d{{1,2}}:$")
# After 분: a fraction (`3분의 1`). After 대: the other side of a score (`3대 1`).
_FRACTION_AFTER = regex.compile(r"의\s?(?:\d|[일이삼사오육칠팔구십]|한|두|세|네)")
_SCORE_AFTER = regex.compile(r"\s?\d")
# After `A에서 B`: B is where a change ends (`10달러에서 15달러로`, `32명에서 50명 이상으로`: a bound word between), not the
# top of a range.
_CHANGE_TO = regex.compile(r"(?:\s?(?:이상|이하|미만|초과|가량|정도|수준|안팎|내외|남짓))?(?:으로|로)(?![가-힣])|(?:이|가)\s?(?:되|돼|됐|된|될)")
# A length after 시속/초속 is a speed: unit → (word before the number, speed unit).
_SPEEDS = {unit: (regex.compile(rf"{word}\s?(?:최대|최고|약)?\s?[\d.,{_SPELLED}\s]+$"), speed)
           for unit, word, speed in (("km", "시속", "km/h"), ("m", "초속", "m/s"))}
_GLUED_BEFORE = regex.compile(r"(?:^|[^가-힣])(?:약|총|단|무려|불과|최대|최소)$")
_SPACED_YEAR = regex.compile(r"\s\d{4}$")
_PERCENT = regex.compile(r"%|퍼센트")
_NATIVE_WORD = regex.compile(NATIVE)
# A Sino digit written alone (`오 달러`, `일년`): a number only before the unit of an amount.
# The number of a piece of a duration: any number, a native one, or a Sino digit (`일년 반`).
_PIECE_NUMBER = rf"(?:(?>{NUMBER})|{NATIVE}|{SINO_DIGIT})"
_POINT = regex.compile(rf"[{''.join(POINT_WORDS)}]\s?")
_BIG_TAIL = regex.compile(r"([만억조경])\s?(?:여)?$")
_PLAIN_DIGITS = regex.compile(r"[\d.,]+")
_DIGIT_RUN = regex.compile(r"\d+")
# Degrees (도) after these words are temperatures; after 영하 the value is below zero.
_TEMPERATURE_BEFORE = compile_rule(
    r"(?:영하|영상|섭씨|기온|체온|수온|온도)(?:은|는|이|가|도|을|를)?\s?(?:최고|최저|약|마이너스)?\s?"
    rf"[\d.,~∼\-{_SPELLED}\s]+$")
_BELOW_ZERO = regex.compile(r"영하\s?(?:최고|최저|약)?\s?$")
# `만 65세`: 만 before an age in years is "full" (international age), not ten thousand.
_FULL_AGE = regex.compile(r"만\s(?=\d)")
_AGE_UNITS = frozenset({"세", "살"})
# `$10k`, `15K$`, `50k 달러`: a k after the digits of an amount of money is a thousand.
_KILO = r"(?:(?<=\d)(?P<kilo>[kK])(?!\p{Latin}))?"
# What may follow a one-syllable currency glued to a Sino digit (`일불에`, `오원짜리`).
_SHORT_MONEY_NEXT = "(?:에|을|를|이|가|은|는|만|도|씩|짜리|어치|이다|이야|입니다|이었|였)(?![가-힣])|짜리"
# Tags of words a unit may not be cut out of.
_CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NP", "VV", "VA", "MAG", "MAJ", "MM", "XR"})
# Categories whose units are never part of a name, so digits glued to a noun may take them.
_MEASURING = frozenset({"currency", "percent", "measure", "data"})
# A count of times that names an edition (`올해 12회를 맞이한`) is an ordinal.
_EDITION_COUNTERS = frozenset({"회", "번", "차"})
_EDITION_AFTER = regex.compile(r"(?:를|을)?\s?맞(?:이|은|는|아|았|을)")
# `8년째`, `18개월째`, `두 분기째`, `이틀째`: 째 after an amount of time or a count makes it the n-th, an ordinal with
# 째 in the span and the counter as written as its unit, like `12회째` (the shared guideline's ordinal; the reading
# of holdout24, 30, 32, 37 and 40's shared-only readers; session 24). `10년 째`, spaced, is the same word.
_NTH_OF = frozenset({"duration", "count"})
_NTH_AFTER = regex.compile(r"\s?째(?=$|[^가-힣]|[에의을를은는이가도로다인였])")
# `5개 분기째`: a noun counted by 개 between the count and 째 (like `다섯 분기째`): the n-th, the noun its unit and `개 분기`
# as written (holdout71).
_NTH_COUNTED = regex.compile(r"(\s?)(\p{Hangul}{1,3}?)\s?째(?=$|[^가-힣]|[에의을를은는이가도로다인였])")
# `기` numbers a cohort (`16기`) or counts machines (`원전 2기`: `counted_devices` shortly before).
_DEVICE_COUNTER = "기"
# `터빈 26기가 들어선다`: after such a noun a bare `기가` is that counter and the particle 가, not gigabytes.
_DEVICE_AND_PARTICLE = "기가"
# `호` numbers a fund, an issue or a room (`2호 펀드`, `1203호`), written bare, or counts households and homes in thousands
# (`농가 16만 8천 호`, `만원주택 2,000호`: a digit group or a big unit in the number; holdout17, holdout40).
_HOME_COUNTER = "호"
# `동` counts buildings after a building noun (`주택 1천240동`; lexicons/nouns.yaml), else it is Vietnamese dong.
_BUILDING_COUNTER = "동"
_GROUPED_NUMBER = regex.compile(r"\d,\d{3}|[천만억]")
# Units that are also particles (`2도` the sequel, too): kiwipiepy must read them as nouns.
_PARTICLE_LIKE_UNITS = frozenset({"도", "과"})
# `5월 둘째 주`: an ordinal inside a date (after a month; `축제 둘째 날` is an ordinal); before any other word a
# bare ordinal word is a birth order and counts nothing (`첫째 아이 300만원`, `셋째 이상`; `첫째,` opening a list stays one).
_WEEK_OF_MONTH = regex.compile(r"\s?(?:주|날|주말)(?=$|[^가-힣]|[에의을를은는이가도])")
_MONTH_BEFORE = regex.compile(r"(?:월|달)\s?$")
# `12월 한 달 물동량`: a month named right before `한 달` makes it that whole month, no rate (holdout10, 60, 73).
_MONTH_NAMED_BEFORE = regex.compile(r"(?<!\d)\d{1,2}월\s$")
# Units read with Sino or Arabic numbers only: after a native numeral they mean something else.
_SINO_ONLY = frozenset({"년", "일", "분", "초", "세"})
# `1박 2일`: days of a stay (at most 4 characters before the number: searched there, not in all the text before).
_NIGHTS_BEFORE = regex.compile(r"\d\s?박\s?$")
# After 일/해: the words that make an amount of time of them (`11일 동안`; a bare `31일` is a date),
# or a verb of taking time (`3일 걸린다`, lexicon `taking_verbs`).
_DURATION_MARK = compile_rule(
    r"\s?(?:(?:간|동안|만에|만|째|이내|안에|내|여|가량|정도|남짓|넘게|이상|씩|가까이|안팎|내외|새|소요)(?=$|[^가-힣]|[에의을를은는이가도로과와])"
    rf"|(?:이|가)?\s?(?:{alternation(lexicon.taking_verbs())}))")
# Each duration unit → the next smaller one and the exact factor to it (months do not convert to days).
DURATION_STEPS = {"year": ("month", 12), "month": None, "week": ("day", 7), "day": ("hour", 24),
                  "hour": ("minute", 60), "minute": ("second", 60), "second": None}


def _plus_half(unit: str, total: Decimal) -> tuple:
    """(unit, value) of `total` units and a half, in the next smaller unit where there is one (`두 시간
    반` → 150 minute, `이틀 반` → 60 hour); months do not convert to days (`두 달 반` → 2.5 month)."""
    step = DURATION_STEPS.get(unit)
    return (step[0], total * step[1] + Decimal(step[1]) / 2) if step else (unit, total + Decimal("0.5"))


def _trie(forms) -> str:
    r"""What `alternation(forms)` matches, tried in the same order (the longest first), written as a
    trie after a test of the first character: the regex module tries the branches of an alternation
    one by one, and the 460 unit forms are tried after every number (about 2 µs a try, 0.5 as a trie).

    >>> _trie(["억", "억 원", "만"])
    '(?=[만억])(?:억(?:\\ 원)?|만)'

    The first characters come in groups of at most `_FIRST_GROUP`, each group after a test of its
    own: the branches of an alternation are tried one by one even after the test, and a unit far
    down the list (the units have 190 first characters) cost 3 µs a try.
    """
    root = {}
    for form in forms:
        node = root
        for character in str(form):
            node = node.setdefault(character, {})
        node[""] = {}  # a form ends here
    firsts = list(root)
    groups = [firsts[i:i + _FIRST_GROUP] for i in range(0, len(firsts), _FIRST_GROUP)]
    tries = [f"(?=[{''.join(sorted(regex.escape(c) for c in group))}])" + _branches({c: root[c] for c in group})
             for group in groups]
    return tries[0] if len(tries) == 1 else "(?:" + "|".join(tries) + ")"


# First characters per test in `_trie` (of 16, 24, 32, 48, 64, 96: 48 and 64 scanned fastest).
_FIRST_GROUP = 48


def _branches(node: dict) -> str:
    """A trie node's pattern: its longer forms first, then the end of a form."""
    longer = [regex.escape(character) + _branches(child) for character, child in node.items() if character]
    if not longer:
        return ""
    if len(longer) == 1 and "" not in node:
        return longer[0]
    return "(?:" + "|".join(longer) + (")?" if "" in node else ")")


@functools.lru_cache(maxsize=1)
def _units() -> dict:
    """form → Unit for units written after the number."""
    return {u.form: u for u in lexicon.units() if not u.prefix}


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict:
    return {u.form: u for u in lexicon.units() if u.prefix}


def _around_native_dash() -> tuple:
    """(before, after) its dash, what a native range reaches (`Rule.reach`): a native numeral and a
    space before it; a space, a native numeral, a space and the longest unit after it. (The dash is
    most often elsewhere: in dates, codes, names.)"""
    return 1 + NATIVE_LONGEST, 1 + NATIVE_LONGEST + 1 + max(map(len, _units()))


def _after_native() -> tuple:
    """(before, after) a native numeral, what a match that starts with one reaches (`Rule.reach`): the
    numeral, a space and 여, a space and the longest unit. (Scanned only there: the whole text cost a
    test of the numerals' 20 first characters at every character.)"""
    return 0, NATIVE_LONGEST + 2 + 1 + max(map(len, _units()))


@functools.lru_cache(maxsize=1)
def rules() -> tuple:
    """The QUANTITY rules, compiled once."""
    units = _trie(_units())
    currencies = _trie(f for f, u in _units().items() if u.category == "currency")
    durations = _trie(f for f, u in _units().items() if u.category == "duration" and f not in ("해", "달"))
    ordinals = [f for f, u in _units().items() if u.category == "ordinal"]
    scales = alternation(lexicon.temperature_scales())
    degrees = alternation(f for f, u in _units().items() if u.canonical == "°")
    # Atomic: once a number is read it is not re-read shorter, so a failed match stays cheap. A
    # decimal read aloud is tried first, and the plain number after it (`오십 점 이상`: 50 points).
    # A fraction too (`3분의 1 컵`, `1/3 컵`), where 분의 or a slash follows the first number, and a
    # pair of Sino digits (`오륙 명`).
    fraction = rf"(?=[\d.,{''.join(SINO_DIGITS)}]+\s?분의)(?>{FRACTION})|(?>{SLASH_FRACTION})(?!\d)"
    number = rf"(?P<number>(?>{SPOKEN_DECIMAL})|{fraction}|(?>{SINO_PAIR})|(?>{NUMBER}))"
    piece = rf"{_PIECE_NUMBER}\s?(?:{durations})"
    half_piece = rf"{_PIECE_NUMBER}\s?(?:{durations}|달)"  # `두 달 반`
    # A duration may start with a native numeral or a Sino digit too (`두 시간 반`, `일년 반`).
    duration_left = rf"(?:{_LEFT}|(?<![\p{{L}}\p{{N}}])(?={NATIVE}|{SINO_DIGIT}))"
    # Units a Sino digit written alone may carry (`오 달러`, `삼미터`, `일년`): amounts, not counters
    # (`세 개`, never `삼 개`). Glued, the digit must be a numeral token to kiwipiepy (`이주 노동자`,
    # `일원` are Sino words), and a one-syllable unit other than time makes one too (`삼불 정책`).
    amount_units = {f: u for f, u in _units().items() if u.category in _MEASURING | {"duration"} and f not in ("해", "달")}
    amounts = _trie(amount_units)
    glued = _trie(f for f, u in amount_units.items() if len(f) > 1 or u.category == "duration")
    # A one-syllable currency glued to the digit is money where a particle or a mark follows (`일불에`,
    # `오원짜리`), not before another word (`삼불 정책`: a name).
    short_money = alternation(f for f, u in amount_units.items() if len(f) == 1 and u.category == "currency")
    glued = rf"{glued}|(?:{short_money})(?:$|[^\s가-힣]|{_SHORT_MONEY_NEXT})"
    # 이 before a one-syllable unit of no time is mostly "this" (`이 불로`, `이 돈으로`, `이 도의`).
    this_noun = _trie(f for f, u in amount_units.items() if len(f) == 1 and u.category != "duration")
    # Triggers: what every match of the rule holds (see `run_rules`).
    return (
        Rule("qty.range", compile_rule(
            rf"{_LEFT}{number}(?:\s?(?P<unit1>{units})\s?(?P<from>~|-|에서)|\s?(?:~|-|에서))\s?(?P<high>(?>{NUMBER}))\s?(?P<unit>{units})"),
            # the high end is a number: digits, or a power of ten maybe after a digit word, 수 or 몇
            _produce_range, compile_rule(r"(?:~|-|에서)\s?[+-]?(?:\d|[일이삼사오육칠팔구수몇]?\s?[십백천만억조경])"),
            trigger_starts=("~", "-", "에서")),
        Rule("qty.native_range", compile_rule(
            rf"(?P<number>{NATIVE})\s?(?:~|-)\s?(?P<high>{NATIVE})\s?(?P<unit>{units})"), _produce_range, ("-", "~"),
             _around_native_dash()),
        Rule("qty.ordinal_prefix", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<prefix>제)\s?(?P<number>\d+)\s?(?P<unit>{alternation([*ordinals, *lexicon.ordinal_prefix_units()])})"),
            _produce, compile_rule(r"제\s?\d")),
        Rule("qty.currency_sign", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<sign>{alternation(_prefixes())})\s?{number}{_KILO}(?:\s?(?P<unit>{currencies}))?"),
            _produce, literal_trigger(_prefixes())),
        Rule("qty.temperature_scale", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<scale>{scales})\s?(?P<below>영하\s?)?{number}\s?(?P<unit>{degrees})"),
            _produce, literal_trigger(lexicon.temperature_scales())),
        Rule("qty.half", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<number>반)\s?(?P<unit>{alternation(lexicon.half_counters())})"),
            _produce_half),
        Rule("qty.currency_word", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<word>{alternation(lexicon.currency_words())})\s{number}(?!\s?(?:{currencies}|\d))"),
            _produce, literal_trigger(lexicon.currency_words())),
        Rule("qty.compound_duration", compile_rule(rf"{duration_left}{piece}(?:\s?{piece}){{1,2}}(?:\s?(?P<half>반))?"),
             # a unit, then the whole second piece, which starts with digits, 십, or a Sino digit before a
             # power of ten or a unit (`1년 삼개월`; not `3년 이후`, `시간이`: the commonest hits of a looser
             # trigger; nor a date, `2020년 3월`, whose 월 is no unit of time: the stretches around the
             # dates cost this rule nine tenths of its time). (`천년 만년`, one unit twice, is refused by the
             # producer: an idiom, not 11,000 years.)
             _produce_compound,
             compile_rule(rf"(?:{durations})\s?(?=\d|십|{SINO_DIGIT}\s?(?:[십백천만억조경]|{durations})){piece}")),
        Rule("qty.duration_half", compile_rule(rf"{duration_left}{half_piece}\s?(?P<half>반)"), _produce_compound,
             compile_rule(rf"(?:{durations}|달)\s?반")),
        Rule("qty.counter_half", compile_rule(
            rf"(?:{_LEFT}{number}|(?<![\p{{L}}\p{{N}}])(?P<number>{NATIVE}))\s?(?P<unit>{alternation(lexicon.half_after())})\s(?P<half>반)"),
            _produce_counter_half, compile_rule(r"\s반")),
        Rule("qty.compound_money", compile_rule(
            rf"{_LEFT}{number}\s?(?P<unit1>{currencies})\s?(?P<high>\d{{1,2}})\s?(?P<unit>{alternation(lexicon.subunits())})"),
            _produce_compound_money, literal_trigger(lexicon.subunits())),
        Rule("qty.minus_word", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<minus>마이너스)\s?{number}\s?(?P<unit>{units})"), _produce, ("마이너스",)),
        Rule("qty.sino_digit", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<number>{SINO_DIGIT})(?:\s|(?={glued}))(?!(?<=이\s?)(?:{this_noun}))(?P<unit>{amounts})"),
            _produce),
        Rule("qty.list", compile_rule(
            rf"{_LEFT}(?P<items>\d{{1,3}}(?:(?:,\s?|\s?·\s?)\d{{1,3}}){{1,5}})\s?(?P<unit>{units})"), _produce_list,
            compile_rule(r"\d\s?[,·]\s?\d"), trigger_starts=(",", "·"), digit_lead=(1, 2)),
        Rule("qty.number_unit", compile_rule(rf"{_LEFT}{number}{_KILO}\s?(?P<unit>{units})"), _produce),
        # (not `한` and a space glued to a word of two letters or more: a verbal noun's ending, `배송한 상자`; a glued numeral
        # is written glued to its counter too, `별한개`)
        Rule("qty.native_unit", compile_rule(rf"(?!(?<=[가-힣]{{2}})한\s)(?P<number>{NATIVE}|{FIRST})(?P<yeo>\s?여)?\s?(?P<unit>{units})"), _produce,
             literal_trigger((*NATIVE_WORDS, FIRST)), _after_native(), at_trigger=True),  # (NATIVE starts with one of its words)
        Rule("qty.native_days", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<days>{alternation(lexicon.native_days())})(?:\s(?P<half>반)(?![가-힣]))?"), _produce_days,
            literal_trigger(lexicon.native_days())),
        Rule("qty.noun_number", compile_rule(
            rf"(?<![\p{{L}}\p{{N}}])(?P<noun>\p{{Hangul}}+)\s(?P<number>{_NATIVE_ALONE}){_NOUN_NUMBER_END}"),
            _produce_noun_number, literal_trigger(_ALONE_ONES),
            # (a number alone only after a space (and `열`) and before the word's end: its hits in `하나같이`, `둘러보다` are none)
            unless=compile_rule(rf"(?<!\s|\s열)(?:{'|'.join(_ALONE_ONES)})|(?:{'|'.join(_ALONE_ONES)})(?!{_NOUN_NUMBER_END})")),
        Rule("qty.counted_noun", compile_rule(rf"(?<![\p{{L}}\p{{N}}])(?P<number>{NATIVE})\s(?P<noun>\p{{Hangul}}+)"),
             _produce_counted_noun, literal_trigger(NATIVE_WORDS), (0, TO_THE_END), at_trigger=True),
    )


# ---- checks shared by every rule --------------------------------------------------------------

def _glued_qualifier(context: Context, start: int) -> bool:
    """A qualifier written right before the number (`약167억`)."""
    return bool(_GLUED_BEFORE.search(context.norm.text, max(0, start - 4), start))


def _starts_number(context: Context, start: int, category: str) -> bool:
    """Digits that begin a word, follow a glued qualifier (`약167억`), or follow Hangul in
    unspaced writing as a number token of their own: after a particle or suffix (`내용은7점`,
    `시청률50%`) any unit; right after a noun only a measuring unit, since a noun, digits and a
    counter are often a name (`형사14부`). Never after Latin (`OZ214편`)."""
    if starts_word(context, start) or _glued_qualifier(context, start):
        return True
    origin = context.norm.origin
    token = context.token_at(origin[start])
    if not ("가" <= context.norm.text[start - 1] <= "힣") or token is None or token.tag != "SN":
        return False
    previous = context.token_covering(origin[start - 1])
    return previous is None or not previous.tag.startswith("NN") or category in _MEASURING


def _hangul_number_ok(context: Context, start: int, unit_start: int) -> bool:
    """A number written in Hangul must be a numeral to kiwipiepy (`천장` is a ceiling), ending
    where the unit starts — or running through it as one numeral word (`첫째`). After a spoken
    point the digits are numerals too (`이 점이 두 배`: this point, then a particle)."""
    origin = context.norm.origin
    token = context.token_at(origin[start])
    if token is None or token.tag not in _NUMERAL_TAGS:
        return False
    if context.norm.text[start:unit_start].strip() in SINO_DIGITS and token.tag != "NR":
        return False  # 이 달, 이 년: "this", not two
    for point in _POINT.finditer(context.norm.text, start, unit_start):
        digit = context.token_at(origin[point.end()])
        if digit is None or digit.tag != "NR":
            return False
    return context.token_at(origin[unit_start]) is not None or (token.tag == "NR" and token.end > origin[unit_start])


def _unit_ok(context: Context, unit_start: int, unit_form: str = "", number_start: Optional[int] = None) -> bool:
    """The unit is not a particle or an ending (`1만도 안 된다`); a unit that is also a particle
    (`2도 나오면` — the sequel, too) must be a noun to kiwipiepy. After a numeral determiner
    (`한`/MM at `number_start`) no verb can follow: a counter read as one (`한 꼬집`) is still the counter."""
    token = context.token_at(context.norm.origin[unit_start])
    if unit_form in _PARTICLE_LIKE_UNITS:
        return token is not None and token.tag in ("NNB", "NNG")
    if token is None or not token.tag.startswith(("J", "E", "V")):
        return True
    if token.tag.startswith("J") and _unit_and_particle(token, unit_form):
        return True  # `18대로`: kiwipiepy reads the counter and its particle as one (`대로`, "as")
    # (the number's token is looked at only here: most units are nouns)
    return token.tag.startswith("V") and number_start is not None and getattr(
        context.token_at(context.norm.origin[number_start]), "tag", "") == "MM"


def _unit_and_particle(token, unit_form: str) -> bool:
    """The token is the unit and a particle read as one word (`18대로` → `대로`, "as" or "in the manner of"; `5대가` → `대가`,
    "price"): the unit ends there all the same."""
    return bool(unit_form) and token.form.startswith(unit_form) and _PARTICLE_AFTER.fullmatch(token.form, len(unit_form)) is not None


def _in_digits(first: str) -> bool:
    """A number whose first character is `first` is written in digits (maybe after a sign), not in Hangul."""
    return first.isdigit() or first in "+-"


def _accept(context: Context, start: int, number_start: int, unit_start: int, end: int, category: str = "") -> bool:
    text = context.norm.text
    if _in_digits(text[number_start]):
        if not _starts_number(context, start, category):
            return False
    elif not _hangul_number_ok(context, number_start, unit_start):
        return False
    if not _unit_ok(context, unit_start, text[unit_start:end], number_start):
        return False
    origin = context.norm.origin
    first = context.token_covering(origin[unit_start])
    last = first if end - 1 == unit_start else context.token_covering(origin[end - 1])  # (most units: one character)
    if first is not None and origin[number_start] < first.start < origin[unit_start] and first.tag in _CONTENT_TAGS:
        return False  # the unit is the end of a longer word to kiwipiepy (`8525 조회`)
    if last is not None and last.end > context.norm.origin_end(end) and last.tag in _CONTENT_TAGS \
            and not (last is first and _unit_and_particle(last, text[unit_start:end])):
        return False  # the unit is the start of a longer word (`2호선`, `6.2 역시`), not of a particle (`18대로`)
    if text[end:end + 1] == "당":  # a rate denominator (`1초당`, `1인당`): not a quantity of its own
        return False
    # kiwipiepy sometimes splits a particle after a symbol unit oddly (`90%를` → 르 + ᆯ): a particle
    # and then the end of the word is enough.
    symbol_unit = not ("가" <= text[end - 1] <= "힣")
    return bool(symbol_unit and _PARTICLE_AFTER.match(text, end)) or ends_word(context, end, _ALLOWED_NEXT)


def _not_this_unit(unit, number: Number, number_text: str, context: Context, number_start: int, unit_start: int,
                   end: int) -> bool:
    """Readings of number + unit that are something else: dates, clock times, scores, fractions."""
    text = context.norm.text
    form = text[unit_start:end]
    if unit.category == "duration":
        digits = number_text.replace(",", "").strip()
        if unit.canonical == "year" and form == "년" and (
                (digits.isdigit() and len(digits) >= 4) or text[end:end + 1] in ("대", "생")
                or _SPACED_YEAR.search(number_text)
                or (not digits[:1].isdigit() and number.value > 1000 and _not_a_multiple(number.value, 1000)
                    and not _DURATION_MARK.match(text, end))):
            return True  # 2020년, 90년대, 07년생, 이천이십삼 년: calendar years (`천년 만년`: ages)
        if form in ("일", "해") and not _DURATION_MARK.match(text, end) and not _NIGHTS_BEFORE.search(text, max(0, number_start - 4), number_start):
            return True  # 31일 is a date; 11일 동안 an amount of time
        if unit.canonical in ("minute", "second"):
            if _CLOCK_BEFORE.search(text, max(0, number_start - 12), number_start):
                return True  # 오후 7시 30분: a clock time
            if form == "분" and _FRACTION_AFTER.match(text, end):
                return True  # 3분의 1: a fraction
    if form == "대" and _SCORE_AFTER.match(text, end):
        return True  # 3대 1: a score
    readings = lexicon.readings().get(form)
    if readings and readings.glued and number_start + len(number_text) < unit_start and not (
            number_text[-1] in _SPELLED and not _NATIVE_WORD.fullmatch(number_text)):
        return True  # 200 미리 준비했다: in advance (a number read aloud is spaced: `영점 오 미리`)
    if unit.canonical == "VND" and number.value < 1000 and not _buildings_before(context, number_start):
        return True  # 5동: a district, not five dong
    if unit.category == "count" and number.value >= _HUNDRED_MILLION and form in lexicon.handful_counters():
        return True  # 152억 모금: fundraising (money implied), not 15.2 billion sips
    return False


_HUNDRED_MILLION = Decimal(100_000_000)


@exactly
def _not_a_multiple(value: Decimal, of: int) -> bool:
    """`value % of` is not 0, exactly whatever the length of `value`."""
    return bool(value % of)


def _qualifiers(context: Context, start: int, end: int) -> dict:
    attributes = {}
    text = context.norm.text
    before = (None if _BEFORE_ENDS.isdisjoint(text[max(0, start - 3):start])
              else _BEFORE_PATTERN.search(text[max(0, start - 7):start]))
    if before and BEFORE[before.group(1)]:
        key, value = BEFORE[before.group(1)]
        attributes[key] = value
    after = _AFTER_PATTERN.match(text, end)
    if after:
        glued = after.group("glued") or after.group("glued2")
        key, value = GLUED_AFTER[glued] if glued else AFTER[after.group("word") or after.group("stem")]
        attributes[key] = value
    return attributes


def _quantity(context: Context, rule_id: str, start: int, end: int, number: Number, unit_form: str,
              canonical: str, category: str, high: Optional[Decimal] = None, approx: bool = False,
              attributes: Optional[dict] = None) -> Quantity:
    if category in _NTH_OF and "째" in context.norm.text[end:end + 2] and (nth := _NTH_AFTER.match(context.norm.text, end)):
        end, canonical, category = nth.end(), unit_form, "ordinal"  # 8년째: the eighth year (_NTH_AFTER)
    elif unit_form == "개" and category == "count" and (nth := _NTH_COUNTED.match(context.norm.text, end)) \
            and nth.group(2) not in _NOT_COUNTED:
        end, canonical, category, unit_form = nth.end(), nth.group(2), "ordinal", "개" + nth.group(1) + nth.group(2)
    attributes = attributes if attributes is not None else _qualifiers(context, start, end)
    s, e = context.span(start, end)
    high = high if high is not None else number.high
    # A copy of a blank one, as ORG and facts make theirs: the frozen `__init__` sets the fields one
    # call at a time (a third of this function's time, for every mention).
    return replace(
        _BLANK_QUANTITY, start=s, end=e, text=context.text[s:e], value=plain(number.value),
        value_high=plain(high) if high is not None else "", unit=canonical, unit_text=unit_form,
        category=category, rule_id=rule_id,
        approx=bool(attributes.get("approx", False) or number.approx or approx), bound=attributes.get("bound", ""),
    )


_BLANK_QUANTITY = Quantity(0, 0, "", "", "", "", "", "")  # (the defaults of the fields `_quantity` leaves)


# Three digits or more before `포인트`: an index's level or move (`SCFI 1,480포인트`, `700포인트 빠졌다`), never a percentage
# point (none of the read sets' 236 `포인트` reaches 50 %p; all 15 of 100 or more are index points).
_INDEX_POINTS = regex.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")


def _unit_reading(form: str, context: Context, start: int, number_text: str = "") -> tuple:
    """(canonical, category) of a unit form; `포인트` after a percent is a percentage point, unless the number is an
    index's (`_INDEX_POINTS`)."""
    unit = _units().get(" ".join(form.split()))
    if unit is None:  # only after 제 (`제7조`, `제3항`)
        return form, "ordinal"
    if form in lexicon.readings():  # 파운드: money or weight, 키로: mass or length
        unit = _nearest_reading(lexicon.readings()[form], context, start)
    if unit.canonical == "°" and _TEMPERATURE_BEFORE.search(context.norm.text, max(0, start - 20), start):
        return "℃", unit.category  # 영하 5도, 기온 30도: degrees Celsius
    if unit.canonical in _SPEEDS and _SPEEDS[unit.canonical][0].search(context.norm.text, max(0, start - 20), start):
        return _SPEEDS[unit.canonical][1], unit.category  # 시속 105km: a speed
    if form == "포인트" and _PERCENT.search(context.norm.text, max(0, start - 80), start) \
            and not _INDEX_POINTS.match(number_text.lstrip("+-")):
        return "%p", "percent"
    return unit.canonical, unit.category


def _nearest_reading(readings: lexicon.Readings, context: Context, start: int) -> lexicon.Unit:
    """The reading whose cue morpheme stands nearest the unit in its sentence (`체중이 10파운드` → lb,
    `주급 20만 파운드` → GBP); in a sentence with no cue, the last cue of the nearest earlier sentence
    that has one (one sense per article: `수은주는 62도까지 올랐다. 지난해(68도)보다 6도 낮다`); else the default."""
    offset = context.norm.origin[start]
    if not context.sentences:
        return _unit_of(readings.readings[0])
    here = bisect.bisect_right(context.sentence_starts, offset) - 1
    cued = [(abs(t.start - offset), reading) for t in context.sentences[max(here, 0)].tokens
            if (reading := readings.cue_of(t.form, t.tag))]
    if cued:
        return _unit_of(min(cued, key=lambda c: c[0])[1])
    for sentence in reversed(context.sentences[:max(here, 0)]):
        earlier = [reading for t in sentence.tokens if (reading := readings.cue_of(t.form, t.tag))]
        if earlier:
            return _unit_of(earlier[-1])
    return _unit_of(readings.readings[0])


def _unit_of(reading) -> lexicon.Unit:
    return lexicon.Unit(reading.canonical, reading.canonical, reading.category)


# ---- producers ------------------------------------------------------------------------------------

def _produce(match, context: Context, rule_id: str, end: Optional[int] = None):
    """A number and its unit; `end`: where the mention ends if not at the end of the match.

    (Not run in `exactly`, a context switch per match: its arithmetic is `_times`, which is.)"""
    groups, spans = named_groups(match), named_spans(match)
    start, end = match.start(), end or match.end()
    number_start, number_text = spans["number"][0], groups["number"]
    unit_form = groups.get("unit")
    if unit_form == _DEVICE_AND_PARTICLE and _devices_before().search(context.norm.text, max(0, number_start - 40), number_start):
        unit_form, end = _DEVICE_COUNTER, spans["unit"][0] + 1
    full_age = _FULL_AGE.match(number_text) if unit_form in _AGE_UNITS else None
    if full_age:  # 만 65세: the age is 65, 만 stays outside
        start = number_start = number_start + full_age.end()
        number_text = number_text[full_age.end():]
    if groups.get("sign"):
        unit = _prefixes()[groups["sign"]]
        if unit_form and _units()[unit_form].canonical != unit.canonical:
            return None
        unit_start = spans["unit"][0] if unit_form else spans["number"][1]
        canonical, category, written = unit.canonical, "currency", unit_form or groups["sign"]
    elif groups.get("word"):
        canonical, category, written = lexicon.currency_words()[groups["word"]], "currency", groups["word"]
        unit_start = end
    else:
        unit_start = spans["unit"][0]
        if not _in_digits(number_text[0]) and not _hangul_number_ok(context, number_start, unit_start):
            return None  # `한국`: no numeral (`_accept` asks too; here first, the commonest reject of native_unit)
        canonical, category = _unit_reading(unit_form, context, unit_start, number_text)
        if canonical == "VND" and unit_form == _BUILDING_COUNTER and _buildings_before(context, number_start):
            canonical, category = _BUILDING_COUNTER, "count"  # 주택 1천240동: buildings counted, not dong
        written = unit_form
    if groups.get("scale"):  # 섭씨 25도, 화씨 90도: the word before names the scale
        canonical = lexicon.temperature_scales()[groups["scale"]]
    if number_text == FIRST and category != "ordinal":
        return None
    if unit_form == "째" and _WEEK_OF_MONTH.match(context.norm.text, end) and _MONTH_BEFORE.search(
            context.norm.text, max(0, start - 3), start):
        return None  # 5월 둘째 주: part of a date
    if unit_form == "째" and context.norm.text[end:end + 1] == " " and not _in_digits(number_text[0]) \
            and not _WEEK_OF_MONTH.match(context.norm.text, end):
        return None  # 첫째 아이, 셋째 이상: a birth order before its noun, no quantity (optional in holdout36, 84; none in 117)
    if unit_form in _SINO_ONLY and _NATIVE_WORD.fullmatch(number_text):
        return None  # 두 분 are two people, 한세 a name: native numerals count years, days, minutes otherwise
    if not big_units_descend(number_text):
        return None
    number = parse_number(number_text.replace(" ", ""))
    if groups.get("kilo"):
        if category != "currency":
            return None  # 10K 대회: a race, not a thousand of something
        number = _times(number, 1000)
    form_unit = _units().get(unit_form)
    if form_unit is not None and form_unit.scale != 1:  # 10센트: a tenth of a dollar
        number = _times(number, form_unit.scale)
    # (before the word checks: a year or a day read as a unit, the commonest reject, is cheaper to see)
    if form_unit is not None and _not_this_unit(form_unit, number, number_text, context, number_start, unit_start, end):
        return None
    if groups.get("sign") or groups.get("word"):  # `$100`, `미화 5만`: the sign or word holds the unit
        accepted = starts_word(context, start) and ends_word(context, end, _ALLOWED_NEXT)
    else:
        accepted = _accept(context, start, number_start, unit_start, end, category)
    if not accepted:
        return None
    if groups.get("prefix") or (unit_form in _EDITION_COUNTERS and _EDITION_AFTER.match(context.norm.text, end)):
        category = "ordinal"
    elif unit_form == _DEVICE_COUNTER and _devices_before().search(context.norm.text, max(0, number_start - 40), number_start):
        category = "count"  # 충전기 3,200기: machines counted, not a cohort
    elif unit_form == _HOME_COUNTER and _GROUPED_NUMBER.search(number_text):
        category = "count"  # 16만 8천 호: households counted, not the 168,000th
    if groups.get("yeo"):
        number = Number(number.value, number.high, approx=True)
    if groups.get("below") or groups.get("minus") or (
            canonical == "℃" and _BELOW_ZERO.search(context.norm.text, max(0, start - 10), start)):
        number = _times(number, -1)
    if category == "duration" and number.value == 1 and _rate_after().match(context.norm.text, end):
        return None  # 한 달 평균, 1시간에 30mm: per month, per hour
    if unit_form == "주" and category == "duration" and number.value >= 10000:
        canonical, category = "주", "count"  # 200만 주: shares (no text counts ten thousand weeks)
    if unit_form == "대" and number.high is None and _bracket_after().match(context.norm.text, end) and (
            number.value in _DECADES):
        number = Number(number.value, number.value + 9, number.approx)  # 20대 여성: 20 … 29
    return _quantity(context, rule_id, start, end, number, written, canonical, category)


_DECADES = frozenset(Decimal(n) for n in range(10, 100, 10))


@functools.lru_cache(maxsize=1)
def _bracket_after():
    """After `20대`: a word for people of an age (lexicon `brackets.yaml`)."""
    return regex.compile(rf"\s?(?:{alternation(lexicon.bracket_words())})")


@exactly
def _times(number: Number, factor) -> Number:
    """`number` times `factor` (a sign, a subunit's part of its currency), its upper end too."""
    return Number(number.value * factor, number.high * factor if number.high is not None else None, number.approx)


def _produce_half(match, context: Context, rule_id: str):
    """`물 반 컵` → 0.5 컵, `반 시간` → 30 minute: 반 as a word of its own (a noun to kiwipiepy) before a
    counter of portions or a unit of volume, weight or time."""
    start, unit_start, end = match.start(), match.start("unit"), match.end()
    origin = context.norm.origin
    half = context.token_at(origin[start])
    if half is None or half.form != "반" or context.token_at(origin[unit_start]) is None:
        return None
    if not (_unit_ok(context, unit_start) and ends_word(context, end, _ALLOWED_NEXT)):
        return None
    canonical, category = _unit_reading(match.group("unit"), context, unit_start)
    canonical, value = _plus_half(canonical, Decimal(0))  # 반 시간: 30 minutes, as `두 시간 반` is valued in minutes
    return _quantity(context, rule_id, start, end, Number(value), match.group("unit"), canonical, category)


def _produce_counter_half(match, context: Context, rule_id: str):
    """`한 컵 반` → 1.5 컵, `세 배 반` → 3.5 배: the count, then a 반 that is a word of its own."""
    half_start, end = match.start("half"), match.end()
    half = context.token_at(context.norm.origin[half_start])
    if half is None or half.form != "반" or not ends_word(context, end, _ALLOWED_NEXT):
        return None  # 반장, 반찬: another word
    found = _produce(match, context, rule_id, end=match.start("half") - 1)
    if found is None:
        return None
    s, e = context.span(match.start(), end)
    after = _qualifiers(context, match.start(), end)  # 한 컵 반 정도: the words after 반
    return replace(found, end=e, text=context.text[s:e], value=plain(Decimal(found.value) + Decimal("0.5")),
                   approx=found.approx or after.get("approx", False), bound=found.bound or after.get("bound", ""))


@exactly
def _produce_compound_money(match, context: Context, rule_id: str):
    """`2달러 50센트` → 2.5 USD: a currency, then its subunit (one mention, like `1시간 45분`)."""
    whole, part = _units()[match.group("unit1")], _units()[match.group("unit")]
    if whole.canonical != part.canonical or whole.scale != 1:
        return None
    start, end = match.start(), match.end()
    if not _accept(context, start, match.start("number"), match.start("unit1"), match.end("unit1"), "currency"):
        return None
    if not _accept(context, match.start("high"), match.start("high"), match.start("unit"), end, "currency"):
        return None
    number = parse_number(match.group("number").replace(" ", ""))
    value = number.value + Decimal(match.group("high")) * part.scale
    return _quantity(context, rule_id, start, end, Number(value, approx=number.approx), match.group("unit"),
                     whole.canonical, "currency")


def _scale_of(text: str) -> Decimal:
    """The power of 만/억/조/경 a number ends with (`5조` → 10^12), or 1."""
    tail = _BIG_TAIL.search(text)
    return parse_number(tail.group(1)).value if tail else Decimal(1)


@exactly
def _produce_range(match, context: Context, rule_id: str):
    """`3~5개`, `10만~20만 명`, `3~5조 원` (the scale written once), `26~7살` (27)."""
    groups = named_groups(match)
    unit_form, low_unit = groups["unit"], groups.get("unit1")
    if low_unit and _units()[low_unit].canonical != _units()[unit_form].canonical:
        return None
    if groups.get("from") == "에서" and (
            _CHANGE_TO.match(context.norm.text, match.end()) or _units()[unit_form].category == "ordinal"):
        return None  # 10달러에서 15달러로 올랐다, 4위에서 5위 밖으로: a change, two amounts
    start, end, unit_start = match.start(), match.end(), match.start("unit")
    number_start, low_text, high_text = match.start("number"), match.group("number"), match.group("high")
    full_age = _FULL_AGE.match(low_text) if unit_form in _AGE_UNITS else None
    if full_age:  # 만 18~34세: ages 18 to 34, 만 stays outside (as in `_produce`)
        start = number_start = number_start + full_age.end()
        low_text = low_text[full_age.end():]
    if not _accept(context, start, number_start, unit_start, end, _units()[unit_form].category):
        return None
    if not (big_units_descend(low_text) and big_units_descend(high_text)):
        return None
    low, high = parse_number(low_text.replace(" ", "")), parse_number(high_text.replace(" ", ""))
    low_value, high_value = low.value, high.value
    if not low_unit and _scale_of(low_text) == 1 and _scale_of(high_text) > 1 and _PLAIN_DIGITS.fullmatch(low_text):
        low_value *= _scale_of(high_text)
    if high_value <= low_value and low_text.isdigit() and len(high_text) == 1 and high_text.isdigit():
        high_value = Decimal(low_text[:-1] + high_text)  # 26~7살: 26 to 27
    if high_value <= low_value:
        return None
    unit = _units()[unit_form]
    if _not_this_unit(unit, low, low_text, context, start, unit_start, end):
        return None
    canonical, category = _unit_reading(unit_form, context, unit_start)
    return _quantity(context, rule_id, start, end, Number(low_value, approx=low.approx or high.approx), unit_form,
                     canonical, category, high=high_value)


@exactly
def _produce_compound(match, context: Context, rule_id: str):
    """`1년 7개월` → 19 months, `1시간 45분` → 105 minutes, `2시간 반` → 150 minutes.

    Units must come in descending order and convert exactly (no months to days)."""
    start, end = match.start(), match.end()
    pieces = list(_piece_pattern().finditer(match.group()))
    for piece in pieces:
        unit = _units()[piece.group("u")]
        if piece.group("u") in _SINO_ONLY and _NATIVE_WORD.fullmatch(piece.group("n")):
            return None  # 두 분: two people
        if unit.canonical in ("year", "minute", "second") and _not_this_unit(
                unit, Number(Decimal(0)), piece.group("n"), context, start + piece.start(), start + piece.start("u"),
                start + piece.end()):
            return None
    if not _accept(context, start, start, start + pieces[-1].start("u"), end, "duration"):
        return None
    numbers = [parse_number(p.group("n").replace(" ", "")) for p in pieces]
    unit, total = _units()[pieces[0].group("u")].canonical, numbers[0].value
    for piece, number in zip(pieces[1:], numbers[1:]):
        canonical = _units()[piece.group("u")].canonical
        if canonical == unit:
            return None  # 천년 만년: an idiom, not a sum of years
        while unit != canonical:
            step = DURATION_STEPS[unit]
            if not step:
                return None
            unit, total = step[0], total * step[1]
        total += number.value
    written = pieces[-1].group("u")
    if match.group("half"):
        smaller, total = _plus_half(unit, total)
        if smaller != unit:
            unit = written = smaller
    approx = any(n.approx for n in numbers)
    return _quantity(context, rule_id, start, end, Number(total, approx=approx), written, unit, "duration")


@functools.lru_cache(maxsize=1)
def _piece_pattern():
    durations = alternation(f for f, u in _units().items() if u.category == "duration" and f != "해")
    return regex.compile(rf"(?P<n>{_PIECE_NUMBER})\s?(?P<u>{durations})")


def _produce_list(match, context: Context, rule_id: str):
    """`1, 2루`, `8, 9살`, `1·2층`: each number with the shared unit; the unit sits on the last."""
    unit_form, unit_start, end = match.group("unit"), match.start("unit"), match.end()
    items = list(_DIGIT_RUN.finditer(match.group("items")))
    if any(len(i.group()) == 3 and match.group("items")[i.start() - 1:i.start()] == "," for i in items[1:]):
        return None  # 1,200명: thousands, not a list
    canonical, category = _unit_reading(unit_form, context, unit_start)
    if not _accept(context, match.start(), match.start(), unit_start, end, category):
        return None
    base = match.start("items")
    found = []
    for item in items:
        number = parse_number(item.group())
        if _not_this_unit(_units()[unit_form], number, item.group(), context, base + item.start(), unit_start, end):
            return None
        last = item is items[-1]
        item_end = end if last else base + item.end()
        found.append(_quantity(context, rule_id, base + item.start(), item_end, number, unit_form, canonical, category,
                               attributes=_qualifiers(context, base + item.start(), end)))
    return found


def _produce_days(match, context: Context, rule_id: str):
    start, end = match.start(), match.end()
    token = context.token_at(context.norm.origin[start])
    if token is None or token.tag.startswith(("V", "J", "E")) or not ends_word(context, end, _ALLOWED_NEXT):
        return None
    if context.norm.text[end:end + 1] == "당" or _rate_after().match(context.norm.text, end) \
            and not _elapsed_before().search(context.norm.text, max(0, start - 6), start) \
            and not _MONTH_NAMED_BEFORE.search(context.norm.text, max(0, start - 4), start):
        return None  # 하루에 세 번, 하루 평균, 하루 나트륨 섭취량: per day, not an amount of time (but `출시 한 달 매출`, `12월 한 달 물동량`)
    word = " ".join(match.group("days").split())
    days, unit = Decimal(lexicon.native_days()[word]), "month" if word.endswith("달") else "day"
    if match.group("half"):  # 이틀 반: 60 hour, as `두 시간 반` is valued in minutes; 한 달 반: 1.5 month
        unit, days = _plus_half(unit, days)
    return _quantity(context, rule_id, start, end, Number(days), word, unit, "duration")


@functools.lru_cache(maxsize=1)
def _building_pattern():
    return compile_rule(rf"(?:{alternation(lexicon.counted_buildings())})\s?$")


def _buildings_before(context: Context, number_start: int) -> bool:
    """A building noun right before the number (`주택 1천240동`): `동` counts buildings."""
    return bool(_building_pattern().search(context.norm.text, max(0, number_start - 8), number_start))


@functools.lru_cache(maxsize=1)
def _devices_before():
    return compile_rule(f"(?:{alternation(lexicon.counted_devices())})")


@functools.lru_cache(maxsize=1)
def _elapsed_before():
    """An event right before a day word (`출시 한 달 매출`): the time since it, not a rate."""
    return compile_rule(rf"(?<![가-힣])(?:{alternation(lexicon.elapsed_since())})\s$")


@functools.lru_cache(maxsize=1)
def _rate_after():
    """After a native day word: a number follows (`하루에 세 번`), or a noun it qualifies (`하루 평균`)."""
    lasting = "만에|만|새|동안|간|내내|종일|연속|이상|넘게|남짓|이내|내|전|후|뒤|정도|가량|쯤|사이|걸려|늦게|일찍|앞두고|앞둔|앞서|이틀|사흘"
    return compile_rule(rf"(?:에|마다)?\s(?:(?:{NATIVE})\s?[가-힣]|\d|(?!(?:{lasting})(?:$|[^가-힣]|[에의을를은는이가도로]))[가-힣])")


# A native number written alone, as a noun (`하나`, `둘`, `열둘`): not the forms that stand before a
# counter (`한`, `두`), nor tens (`누님 마흔`, `나이 스물`: an age, not forty sisters).
_ALONE_ONES = ("하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_ALONE = f"(?:열)?(?:{'|'.join(_ALONE_ONES)})"
# Then the end of the word or a particle (`하나같이`, `하나님`, `둘러보다`, `셋째` are other words).
_NOUN_NUMBER_END = r"(?=$|[^가-힣]|(?:이|가|을|를|은|는|의|에|와|과|도|만|뿐|씩|이서|으로|로|이나|나|이다|다|이면|이라|이랑|랑)(?![가-힣]))"


def _produce_noun_number(match, context: Context, rule_id: str):
    """`사과 하나` → 1 사과, `아이 둘을` → 2 아이: a noun, then a native number alone that counts it
    (docs/annotation.md: a unit written before its number is in the span). The noun must be a common
    noun to kiwipiepy, whole (`방안 중 하나`: 중 is a bound noun), and the number a numeral."""
    origin = context.norm.origin
    noun_start, number_start = match.start("noun"), match.start("number")
    numeral, number_end = context.token_at(origin[number_start]), context.norm.origin_end(match.end("number"))
    if numeral is None or numeral.tag != "NR":
        return None
    numerals = [numeral, *itertools.takewhile(lambda t: t.start < number_end, context.tokens_from(numeral))]
    if any(t.tag != "NR" for t in numerals) or numerals[-1].end != number_end:
        return None  # (kiwipiepy may read 열둘 as 열 + 둘)
    following = next(context.tokens_from(numerals[-1]), None)
    if following is not None and following.form in _units() and not following.tag.startswith("J"):
        return None  # 올해 스물다섯 살, 지폐 다섯 장: the number of the counter after it
    first = context.token_at(origin[noun_start])
    if first is None:
        return None
    tokens = [first, *itertools.takewhile(lambda t: t.start < origin[number_start], context.tokens_from(first))]
    if any(t.tag != "NNG" for t in tokens) or tokens[-1].end != context.norm.origin_end(match.end("noun")):
        return None
    noun = match.group("noun")
    if noun in lexicon.among_nouns():
        return None  # 가운데 하나: one of them
    return _quantity(context, rule_id, match.start(), match.end(), parse_number(match.group("number")), noun, noun, "count")


# Nouns after a native numeral that do not make a count of their own.
_NOT_COUNTED = frozenset({"번째", "째", "가지", "차례"})


def _produce_counted_noun(match, context: Context, rule_id: str):
    """`두 사람`, `세 모녀`: a native numeral before a noun that is not a counter (optional in gold).

    `한` is left out: before a noun it is mostly the article `a` (`한 네티즌`)."""
    number_text = match.group("number")
    if number_text == "한" or match.group("noun") in _units():
        return None
    origin = context.norm.origin
    numeral = context.token_at(origin[match.start("number")])
    noun = context.token_at(origin[match.start("noun")])
    if numeral is None or numeral.tag not in ("MM", "NR") or noun is None or noun.tag != "NNG" or noun.form in _NOT_COUNTED:
        return None
    if origin[match.start("number")] + len(number_text) != numeral.end and len(number_text) == len(numeral.form):
        return None
    nouns = [noun]  # a compound written as one word (`명품배우`)
    for token in context.tokens_from(noun):
        if token.start != nouns[-1].end or token.tag != "NNG":
            break
        nouns.append(token)
    start = match.start()
    end = match.start("noun") + (nouns[-1].end - noun.start)
    word = context.norm.text[match.start("noun"):end]
    if word != "".join(t.form for t in nouns) or noun.form in _units():
        return None
    return _quantity(context, rule_id, start, end, parse_number(number_text), word, word, "count")
