"""DATE: a point or period on the calendar (docs/annotation.md).

Rules read the parts of an expression (year, month, day, part of period, relative offsets) into
`DateMention.parts`; `pipeline.date.resolve` turns the parts into calendar values against the
document date. Amounts of time (`14일 동안`, `3년간`) are left to the QUANTITY extractor.

Every rule is a named pattern built from the same pieces (`_pieces`), and one `_produce` reads
any match: it checks the word boundaries with kiwipiepy's tokens (`2019년에서` ends a word,
`2020년 연말결산` does not, so the compound part word is dropped: `2020년`; `끝내주는데` holds
no `내주`), rejects amounts of time, frequencies and prison terms (`11일 동안`, `매월 1일`,
`징역 4월`), and notes a weekday after the date (`3일(목)`, outside the span) and an
approximator (`6월께`) for resolution. An offset (`3일 전`, `사흘 뒤`) is built from the
numeral parser and the QUANTITY duration lexicon, as Duckling's Time rules build on Numeral.
"""
from __future__ import annotations

import functools
import itertools
import re

import regex

from ..model import DateMention, replace
from ..numerals import NATIVE, NUMBER, SINO_DIGIT, parse_number
from ..quantity import lexicon as durations
from ..rules import REACH, Context, Rule, alternation, ends_word, first_pieces, literal_trigger, starts_word
from .lexicon import words

# Characters that may not stand right before a date: it would continue a number or a Latin
# code (`S21`, `1.5일`). After Hangul, kiwipiepy's tokens decide (`starts_word`).
LEFT = r"(?<![\p{N}A-Za-z])(?<!\d\.)"
# The most dates a list names (`2007·2008·2009년`): each item looks ahead for the unit at most this
# far, so a long run of numbers (`1,1,1,…`) is scanned in linear time, not once per item.
LIST_ITEMS = 12
# A deictic word starts a word: the `오는` of `나오는 3월` is a verb's ending, and a match there
# (rejected later) would hide the `3월` after it.
DEICTIC_START = r"(?<![가-힣])"
# Group names of range rules carry these prefixes for their two ends.
RANGE_ENDS = ("a_", "b_")
# How far a date and what its lookarounds read reach before and after the trigger hit it holds
# (`Rule.reach`; the rules' trigger tests check it): at most a lead word, a year and a month before
# an nth word (`다다음 달 2024년도 12월 다섯 번째`: 20 characters), a day and a part word after a hit.
NEAR = (24, 24)
# A calendar date around its 년, 월 or 일 (its trigger): a lead word and a year before it (`다다음 달
# 2020년`: 10 characters), a part word or what a lookahead reads after it (`년 하반기`).
AROUND_UNIT = (16, 16)
# A range around its dash: a whole date on each side (`다다음 달 2019년도 12월 31일 초순~`: 25 characters).
AROUND_DASH = (32, 32)
# Date words as alternatives, longest first; a space in a word may also be left out (`이번달`).
_alt = functools.partial(alternation, optional_spaces=True)


def _starts_with(words_list, also: str = "") -> str:
    """A lookahead for rules with optional leading words: the match starts with one of the words or
    a character of `also`. Positions that start neither (most of them) fail here, cheaply: the
    words branch on each character (`_prefix_tree`)."""
    pieces = [[r"\s?" if c == " " else regex.escape(c) for c in word] for word in words_list]  # (as `_alt` writes them)
    return rf"(?=[{also}]|{_prefix_tree(pieces)})"


def _prefix_tree(words_list) -> str:
    r"""An alternation that a text starts with iff it starts with one of the words (each a list of
    pieces: characters, `\s?` for a space), branching on the first piece (`지(?:난|지난)`), a word
    that starts with another left out: the engine tries one branch per character, not every word.

    >>> _prefix_tree([list("지난"), list("지지난달"), list("지난해"), ["이", "번", r"\s?", "달"]])
    '지(?:난|지난달)|이번\\s?달'
    """
    branches = {}
    for word in words_list:
        branches.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in branches.items():
        if [] in rests:  # the word ends here: longer ones add nothing
            alternatives.append(first)
        else:
            tree = _prefix_tree(rests)
            alternatives.append(f"{first}(?:{tree})" if "|" in tree else first + tree)
    return "|".join(alternatives)


def _following(words_list) -> str:
    """Words right after a date, then a particle or the end of the word (`동안의`, `간에`)."""
    return rf"\s?(?:{_alt(words_list)})(?:의|에|은|는|을|를|이|가|도|만|으로|이나|에는)?(?![가-힣])"


@functools.lru_cache(maxsize=1)
def _pieces() -> dict:
    """Named regex pieces the rules are built from (group names are read by `_parts`)."""
    w = words()
    month = rf"(?:(?P<month>1[0-2]|0?[1-9])월|(?P<monthword>{_alt(w['month_words'])}))"  # 6월, 유월
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])일"
    day_words = [k for k in w["day_words"] if k not in w["day_words_after_month_word"]]
    dayword = rf"(?P<dayword>{_alt(day_words)})"  # `십오일`: only after a month (`삼월 십오일`)
    month_day = (rf"(?:{day}|{dayword}"
                 rf"|(?<=(?:{_alt(w['month_words'])})\s?)(?P<dayword>{_alt(w['day_words_after_month_word'])}))")  # `삼월 일일`
    # A year spelled in Sino numerals (`이천이십삼 년`); whole thousands (`천 년`, `이천 년`) are amounts.
    spelled_year = (rf"(?P<spelledyear>[이일]?천(?=[{SINO_DIGIT[1:-1]}백십])(?:{SINO_DIGIT}?백)?(?:{SINO_DIGIT}?십)?{SINO_DIGIT}?)"
                    r"\s?년(?:도)?")
    year = (r"(?:(?P<year>\d{4})년(?:도)?"  # 2020년, 2020년도
            r"|'(?P<short>\d{2})년(?:도)?"  # '20년
            r"|(?P<short>\d{2})년(?:도(?!\s?(?:더|넘|채|안\s|지나|지난))|(?=작|생|\s?당시|\s?(?:초|말)(?![가-힣])|\s?(?:1[0-2]|0?[1-9])월"
            r"|\s?(?:상반기|하반기|[1-4]\s?분기))))")  # 96년도, 87년작, 87년 6월, 24년 하반기  # 96년도, 87년작, 87년 6월
    relyear = rf"(?P<relyear>{_alt(w['relative_years'])})"
    this_year = rf"(?P<this>{w['this_year_short']})"
    # One word that places what follows: `지난`, `오는`, `올해`, `지난달` (never two: `지난 내년`).
    lead_words = [*w["deictic"], *w["relative_years"], w["this_year_short"], *w["relative_months"], *w["anaphoric_months"],
                  *w["anaphoric_years"]]
    lead = (rf"(?:{DEICTIC_START}(?P<deictic>{_alt(w['deictic'])})\s?|{relyear}\s?|{this_year}\s?"
            rf"|(?P<relmonth>{_alt(w['relative_months'])})\s?(?=\d|{_alt(w['day_words'])})|(?P<anamonth>{_alt(w['anaphoric_months'])})\s?(?=\d)"
            rf"|(?P<anayear>{_alt(w['anaphoric_years'])})\s?(?=\d))?")
    parts = {**w["parts"], **w["year_parts_alone"]}
    part = rf"(?:\s?(?P<part>{_alt(parts)}))?"
    # (a spelled day alone only right after a relative month word: `이번 달 이십일`)
    calendar = rf"(?:{year}(?:\s?{month}(?:\s?{month_day})?)?|{month}(?:\s?{month_day})?|{day}|(?<=[달월]\s?){dayword})"
    return {
        "month": month, "day": day, "year": year, "month_day": month_day, "spelled_year": spelled_year, "lead": lead, "lead_words": lead_words,
        "lead_start": _starts_with([*lead_words, *w["month_words"]], r"\d'"), "part": part, "calendar": calendar,
        "relyear": relyear, "this_year": this_year,
        "this_followers": _alt(w["this_year_followers"]),
        "half": rf"(?P<half>{_alt(w['halves'])})",
        "quarter": r"(?:(?P<quarter>[1-4])\s?분기|(?P<quarter>[1-4])/4\s?분기)",
    }


def _next_to_last(forms) -> str:
    """The characters before the last of `forms` (`유월`, `십오일` → `유오`): a calendar date holds
    a 년, 월 or 일 after one of them or a digit, a trigger the regex engine finds fast (one
    character, then a look back), where the words themselves cost a try at every position.

    >>> _next_to_last(["유월", "십오일", "오월"])
    '오유'
    """
    return "".join(sorted({form[-2] for form in forms}))


def _ends(pattern: str, prefix: str) -> str:
    """A piece with its group names prefixed, for one end of a range."""
    return pattern.replace("?P<", f"?P<{prefix}").replace("(?P=", f"(?P={prefix}")


def _range_rules(p: dict) -> list:
    """`2019년 4월 초~2020년 3월 말`, `11월 1~3일`, `7~8월`, `1~3분기`, `2005~2015년`: one mention each."""
    a, b = RANGE_ENDS
    dash = r"\s?[~-]\s?"
    full = (rf"{LEFT}{p['lead_start']}{_ends(p['lead'], a)}{_ends(p['calendar'], a)}{_ends(p['part'], a)}"
            rf"{dash}{_ends(p['calendar'], b)}{_ends(p['part'], b)}")
    days = (rf"{LEFT}{p['lead_start']}{_ends(p['lead'], a)}(?:{_ends(p['year'], a)}\s?)?(?:{_ends(p['month'], a)}\s?)?"
            rf"(?P<a_day>3[01]|[12]\d|0?[1-9]){dash}(?P<b_day>3[01]|[12]\d|0?[1-9])일")
    months = (rf"{LEFT}{p['lead_start']}{_ends(p['lead'], a)}(?:{_ends(p['year'], a)}\s?)?"
              rf"(?P<a_month>1[0-2]|0?[1-9]){dash}(?P<b_month>1[0-2]|0?[1-9])월{_ends(p['part'], b)}")
    quarters = (rf"{LEFT}{p['lead_start']}{_ends(p['lead'], a)}(?:{_ends(p['year'], a)}\s?)?"
                rf"(?P<a_quarter>[1-4]){dash}(?P<b_quarter>[1-4])\s?분기")
    years = rf"{LEFT}(?P<a_year>\d{{4}}){dash}(?:(?P<b_year>\d{{4}})|(?P<b_short>\d{{2}}))년(?:도)?"
    # The dash after the end of a date: a digit, 년, 도, 월, 일 or the last of a part word (`초순~`), maybe a
    # space (the hyphens of `코로나-19` and of codes are left out, and the engine finds it as fast as any dash).
    ends = "".join(sorted({word[-1] for word in (*words()["parts"], *words()["year_parts_alone"])}))
    dash_trigger, dashes = regex.compile(rf"(?<=[\d년도월일{ends}]\s?)[~-]"), ("~", "-")
    produce = functools.partial(_produce, ends=True)
    return [
        Rule("date.range", regex.compile(full), produce, dash_trigger, AROUND_DASH, trigger_starts=dashes),
        Rule("date.range_days", regex.compile(days), produce, dash_trigger, AROUND_DASH, trigger_starts=dashes),
        Rule("date.range_months", regex.compile(months), produce, dash_trigger, AROUND_DASH, trigger_starts=dashes),
        Rule("date.range_quarters", regex.compile(quarters), produce, dash_trigger, AROUND_DASH, trigger_starts=dashes),
        Rule("date.range_years", regex.compile(years), produce, dash_trigger, AROUND_DASH, trigger_starts=dashes),
    ]


def _not_idiom(idioms: dict) -> str:
    """After a word: not one of its idioms (`연중 최대`: the year's biggest, no date)."""
    return "".join(rf"(?!(?<={regex.escape(word)})\s?(?:{_alt(after)}))" for word, after in idioms.items())


def _word_rule(name: str, group: str, table: str, after: str = "", whole_words: bool = False, at_trigger: bool = False) -> Rule:
    """A rule for the words of one table of date_words.yaml, run where those words are; with
    `whole_words`, found as whole words by `re` (a piece of `그 해`, `해`, is in every other sentence).
    `at_trigger`: tried only where a word starts, not searched around it (`Rule.at_trigger`: every match starts
    with a form, so at its trigger word when that is the form's first piece, `지난` of `지난 주`)."""
    forms = words()[table]
    trigger = re.compile(_alt(forms)) if whole_words else literal_trigger(forms)
    if at_trigger and any(literal_trigger([form])[0] != form.split()[0] for form in forms):
        raise ValueError(f"{name}: at_trigger needs each form's trigger word first")
    return Rule(name, regex.compile(rf"{LEFT}(?P<{group}>{_alt(forms)}){after}"), _produce, trigger, NEAR, at_trigger=at_trigger,
                trigger_starts=first_pieces(forms) if whole_words else ())


# Units an offset counts in (docs/annotation.md, Offsets); hours and smaller stay durations.
OFFSET_UNITS = ("day", "week", "month", "year")
# Sino units a native numeral does not count (`한 일` is a deed, not one day).
_SINO_UNITS = ("년", "일")


@functools.lru_cache(maxsize=1)
def _offset_units() -> dict:
    """Duration unit forms of the QUANTITY lexicon (`일`, `주`, `개월`, `달`, `년` …) → canonical unit."""
    return {u.form: u.canonical for u in durations.units() if u.category == "duration" and u.canonical in OFFSET_UNITS}


def _day_words() -> dict:
    """Day words (`사흘`, `열흘`, `일주일`) → days; `한 달` is read as 한 + 달."""
    return {k: v for k, v in durations.native_days().items() if " " not in k}


# Units a Sino digit written alone counts before `전`/`후`/`뒤` (`일 년 전`, `삼 개월 후`); days and weeks
# only glued to a digit from 삼 (`삼일 후`, `삼주 전`): `이 주`/`이주` is "this week" or "migration", `일일` "daily".
_SINO_DIGIT_UNITS = ("년", "개월")
_SINO_DIGIT_GLUED = ("[삼사오육칠팔구]", ("일", "주"))


def _offset_rule() -> Rule:
    """`3일 전`, `2주 뒤`, `사흘 뒤`, `한 달 전`, `10년 전`, `일 년 전`, `반년 전`: an amount of time, then
    `전`/`후`/`뒤`."""
    units, days = alternation(_offset_units()), alternation(_day_words())
    amount_words = _alt(words()["offset_amount_words"])
    direction = alternation(words()["offset_words"])
    amount = (rf"(?:(?P<number>(?>{NUMBER}))|(?P<native>{NATIVE}))\s?(?P<unit>{units})|(?P<days>{days})"
              rf"|(?P<sino>{SINO_DIGIT})\s?(?P<unit>{alternation(_SINO_DIGIT_UNITS)})"
              rf"|(?P<sino>{_SINO_DIGIT_GLUED[0]})(?P<unit>{alternation(_SINO_DIGIT_GLUED[1])})|(?P<amountword>{amount_words})"
              rf"|(?:(?P<number>(?>{NUMBER}))|(?P<sino>{SINO_DIGIT}))\s?(?P<halfyears>년\s?반)")  # `1년 반 전`: 18 months
    # (an amount may be long; the offset ends where its trigger hit ends, at the direction word. The
    # trigger is found by `re`, three times faster on these words; its `\s` takes in every space `regex`'s does)
    return Rule("date.offset", regex.compile(rf"{LEFT}(?:{amount})\s?(?P<direction>{direction})"), _produce_offset,
                re.compile(rf"(?:{units}|{days}|{amount_words}|년\s?반)\s?(?:{direction})"), (REACH, 8),
                trigger_starts=first_pieces([*_offset_units(), *_day_words(), *words()["offset_amount_words"], "년"]))


@functools.lru_cache(maxsize=1)
def rules() -> tuple:
    w, p = words(), _pieces()
    lead, part = p["lead"], p["part"]
    period_part = rf"(?:\s?(?P<part>{_alt(w['parts'])}))?"  # of a decade, century or week: no 연초/연말
    weekday = rf"(?P<weekday>{_alt(w['weekdays'])})(?:요일|욜)(?:날)?"  # `토욜`, as people type it
    # `5월 셋째 주` (maybe with a weekday: `셋째 주 화요일`); not `첫 주말`, `둘째 주차`, `주일`
    month_week = rf"(?P<monthweek>{w['month_week']})(?![말차일간년])(?:\s?{weekday})?"
    week_part = rf"(?:\s?(?P<part>{_alt(k for k in w['parts'] if k != '말')}))?"  # `이번 주말` is a weekend
    nth = (rf"{LEFT}(?:{p['lead_start']}{lead}(?:{p['year']}\s?)?{p['month']}|(?P<relmonth>{_alt(w['relative_months'])}))\s?"
           rf"(?:(?P<nth>{_alt(w['nth_weekdays'])})\s?(?:{weekday}|{month_week})|(?P<lastday>{_alt(w['last_day'])}))")
    holiday = (rf"(?:(?P<holiday>{_alt(w['holidays'])})(?:날)?|(?P<lunar>{_alt(w['lunar_holidays'])})"
               rf"|(?P<lunar>{_alt(w['lunar_short'])})(?=\s?(?:{_alt(w['lunar_short_followers'])})))")  # `설 연휴`, not `설에 따르면`
    quarter_start = _starts_with([*p["lead_words"], *w["halves"]], r"\d")
    holidays = [*w["holidays"], *w["lunar_holidays"], *w["lunar_short"]]
    holiday_start = _starts_with([*holidays, *w["relative_years"], *w["deictic"]], r"\d")
    numeric = (r"(?<![\p{L}\p{N}.,/-])(?:(?P<year>(?:19|20)\d{2})(?P<sep>[./-])\s?(?P<month>1[0-2]|0?[1-9])(?P=sep)"
               r"\s?(?P<day>3[01]|[12]\d|0?[1-9])"
               r"|(?<![A-Za-z]\s?)(?P<short>\d{2})(?P<sep>[./])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9]))"
               r"(?![\p{N}]|[./-]\d)")  # (`24.5.1`, but not a version: `iOS 17.4.1`)
    # `12/25`, `5/20(월)`: a month and day typed with a slash. Fractions (`2/3`, `8/10`, `5/12에
    #해당하는`) are kept out: the day must be 13 or more, or a weekday must follow in brackets.
    slash = (rf"(?<![\p{{L}}\p{{N}}.,/-])(?:(?P<month>1[0-2]|0?[1-9])/(?P<day>0?[1-9]|[12]\d|3[01])(?=\s?\((?:{_alt(w['weekdays'])})(?:요일)?\))"
             rf"|(?P<month>1[0-2]|0?[1-9])/(?P<day>1[3-9]|2\d|3[01])(?![\p{{N}}/.%])(?!\s?(?:{_alt(w['not_date_after_fraction'])})))")
    return tuple(_range_rules(p)) + (
        Rule("date.fiscal_year", regex.compile(
            rf"{LEFT}(?:(?P<year>\d{{4}})\s?(?:년\s?)?회계\s?[연년]도|FY\s?'?(?P<year>\d{{4}})|FY\s?'?(?P<short>\d{{2}}))(?!\p{{N}})"),
            functools.partial(_produce, marks=(("fiscal", True),)), ("FY", "회계"), NEAR),
        Rule("date.quarter", regex.compile(
            rf"{LEFT}{quarter_start}{lead}(?:{p['year']}\s?)?(?:{p['quarter']}|{p['half']}){part}"), _produce,
            literal_trigger(["분기", *w["halves"]]), NEAR),
        Rule("date.spelled_year", regex.compile(  # `이천이십삼 년`, `이천십오년 삼월 삼일`
            rf"{LEFT}(?<![가-힣]){p['spelled_year']}(?:\s?{p['month']}(?:\s?{p['month_day']})?)?{part}"), _produce,
            regex.compile(r"천[일이삼사오육칠팔구백십]+\s?년"), NEAR, trigger_starts=("천",)),
        Rule("date.recap_year", regex.compile(  # `[2024 결산]`: a recap's title names its year bare
            rf"{LEFT}(?P<year>(?:19|20)\d{{2}})(?=\s?(?:{_alt(w['recap_titles'])}))"), _produce,
            literal_trigger(w["recap_titles"]), NEAR),
        Rule("date.decade", regex.compile(rf"{LEFT}(?P<decade>\d{{3}}0|\d0)년대{period_part}"), _produce,
             ("년대",), NEAR),
        Rule("date.century", regex.compile(rf"{LEFT}(?P<century>\d{{1,2}})세기{period_part}"), _produce,
             ("세기",), NEAR),
        # (the digit-opening triggers matched a character or two before their separators, `Rule.digit_lead`: a scan of a
        # pattern that opens with `\d` tries every letter. Not this one: the `.` of every sentence, handed over by the words'
        # pass, cost more than the scan)
        Rule("date.numeric", regex.compile(numeric), _produce, regex.compile(r"\d[./-]\s?\d"), NEAR),
        Rule("date.range_numeric", regex.compile(  # `2024.3.1 ~ 2024.3.15`: one mention, like `3월 1일~15일`
            rf"{_ends(numeric, RANGE_ENDS[0])}(?:\s?~\s?|\s-\s){_ends(numeric, RANGE_ENDS[1])}"),
            functools.partial(_produce, ends=True), regex.compile(r"\d\s?~\s?\d|\d\s-\s\d"), AROUND_DASH,
            trigger_starts=("~", "-"), digit_lead=(1, 2)),
        Rule("date.slash", regex.compile(slash), _produce, regex.compile(r"\d/\d"), NEAR, trigger_starts=("/",),
             digit_lead=(1,)),
        # The first of `2007·2008년`, `8, 9일`, `7·8월` takes the last one's unit; triggered by the last item
        # with its unit, up to LIST_ITEMS items of 7 characters (`, 2008`) after the first.
        Rule("date.list", regex.compile(
            rf"{LEFT}{p['lead_start']}{lead}(?:{p['year']}\s?)?(?:{p['month']}\s?)?(?P<listed>\d{{1,4}})"
            rf"(?=\s?[·,]\s?(?:\d{{1,4}}\s?[·,]\s?){{0,{LIST_ITEMS - 2}}}\d{{1,4}}(?P<unit>년|월|일))"), _produce,
            regex.compile(r"\d\s?[·,]\s?\d{1,4}[년월일]"), (NEAR[0] + LIST_ITEMS * 7, 8), trigger_starts=(",", "·"),
            digit_lead=(1, 2)),
        Rule("date.calendar", regex.compile(rf"{LEFT}{p['lead_start']}{lead}{p['calendar']}{part}"), _produce,
             regex.compile(rf"(?<=[\d{_next_to_last([*w['month_words'], *w['day_words']])}])[년월일]"), AROUND_UNIT,
             trigger_starts=("년", "월", "일")),
        Rule("date.relative_year", regex.compile(
            rf"{LEFT}(?:{p['relyear']}|{p['this_year']}(?=\s?(?:{p['this_followers']})))(?:\s?(?P<whole>한\s?해))?{part}"),
            _produce, literal_trigger([*w["relative_years"], w["this_year_short"]]), NEAR,
            at_trigger=True),  # (every match starts at one of these words: `올 시즌` at `올`)
        # (`지난 연말`: a past deictic before it, the last such part over by the anchor — resolve.resolve_parts)
        Rule("date.year_part", regex.compile(
            rf"{LEFT}(?:{DEICTIC_START}(?P<deictic>{_alt([k for k, v in w['deictic'].items() if v == 'past'])})\s?)?"
            rf"(?P<alone>{_alt(w['year_parts_alone'])}){_not_idiom(w['year_part_idioms'])}"),
            _produce, literal_trigger(w["year_parts_alone"]), NEAR),
        _word_rule("date.month_part", "monthalone", "month_parts_alone"),
        _word_rule("date.relative_month", "relmonth", "relative_months", part),
        _word_rule("date.relative_day", "relday", "relative_days"),
        Rule("date.weekday", regex.compile(  # not the weekday of a date just before (`3일(목)`) or of `둘째 주`
            rf"{LEFT}(?<!\d일\s?\(?)(?<!\d일의\s?)(?<!(?:째|첫|마지막)\s?주\s?)(?:(?P<relweek>{_alt(w['relative_weeks'])})\s?|{DEICTIC_START}(?P<deictic>{_alt(w['deictic'])})\s)?{weekday}"), _produce,
            ("요일", "욜"), NEAR),
        _word_rule("date.relative_week", "relweek", "relative_weeks", week_part, at_trigger=True),
        _word_rule("date.weekend", "weekend", "weekends"),
        # (triggered by the nth word or the last day, which every match holds: `주` alone is everywhere)
        Rule("date.nth_weekday", regex.compile(nth), _produce, literal_trigger([*w["nth_weekdays"], *w["last_day"]]), NEAR,
             # (an nth word holds a match only before a weekday, `주` or (`마지막`) `날`: its hits in `첫 출시`, `두 번째로` are none)
             unless=regex.compile(rf"(?:{_alt(literal_trigger(w['nth_weekdays']))})(?!\s?[{''.join(w['weekdays'])}{w['month_week']}날])")),
        Rule("date.weekend_alone", regex.compile(  # `주말에`, `주말 동안`: not `주말에는 붐빈다`, `주말 특가`, `첫 주말`
            rf"{LEFT}(?<!(?:{_alt(w['nth_weekdays'])}|월)\s?)(?P<weekendalone>{w['weekend_alone']})(?=\s?(?:{_alt(w['weekend_alone_followers'])})(?:에|의)?(?![가-힣]))"),
            _produce, (w["weekend_alone"],), NEAR),
        _word_rule("date.relative_quarter", "relquarter", "relative_quarters", part),
        _word_rule("date.anaphoric_quarter", "anaquarter", "anaphoric_quarters", part),
        _word_rule("date.anaphoric", "anaphor", "anaphoric_days"),
        _word_rule("date.anaphoric_year", "anayear", "anaphoric_years", part, whole_words=True),
        _word_rule("date.anaphoric_month", "anamonth", "anaphoric_months", part),
        _offset_rule(),
        # `지난 추석`, `올 추석`: a deictic word is in the span. A year before it (`2023년 추석`, `작년 설날`) is a DATE of
        # its own (date.calendar, date.relative_year); the holiday after it is placed in that year (docs/annotation.md).
        Rule("date.holiday", regex.compile(
            rf"{LEFT}{holiday_start}(?:(?P<year>\d{{4}})년\s?|{p['relyear']}\s?|{DEICTIC_START}(?P<deictic>{_alt(w['deictic'])})\s?)?"
            rf"(?P<named>{holiday})"), functools.partial(_produce, from_name=True), literal_trigger(holidays), NEAR,
            # (`설` is the holiday only before its followers: its hits in `설명`, `설립`, … are none, `설날`'s own hit holds it)
            unless=regex.compile(rf"(?:{_alt(w['lunar_short'])})(?!\s?(?:{_alt(w['lunar_short_followers'])}))")),
    )


@functools.lru_cache(maxsize=1)
def _checks() -> dict:
    w = words()
    checks = {
        "glued": regex.compile(rf"(?:{_alt(w['glued_after'])})"),
        "approx": regex.compile(rf"\s?(?:{_alt(w['approx_after'])})(?![가-힣]{{2}})"),
        "duration": regex.compile(_following(w["duration_after"])),
        "before": regex.compile(rf"(?:{_alt(w['not_date_before'])}|(?<![가-힣])(?:{_alt(w['not_date_before_word'])}))\s?$"),
        "frequency": regex.compile(rf"(?:{_alt(w['frequency_after'])})"),
        "service": regex.compile(rf"(?:\s?[·,]\s?(?:{_alt(w['service_mates'])}))?(?:\s?까지)?\s?(?:{_alt(w['service_after'])})"),
        "taking": regex.compile(rf"\s?(?:이|가)?\s?(?:{_alt(w['taking_after'])})"),
        "change": regex.compile(rf"(?:\s?(?:과|와|,)\s?\d{{1,3}}일)?\s?(?:{_alt(w['change_after'])})"),
        # `13일의 금요일`: a day, 의 and a weekday make a title, not a date (docs/annotation.md, DATE decisions)
        "title": regex.compile(rf"의\s?(?:{_alt(w['weekdays'])})요일"),
        "weekday": regex.compile(rf"\s?(?:\((?P<wd>{_alt(w['weekdays'])})(?:요일)?\)|(?P<wd>{_alt(w['weekdays'])})요일)"),
    }
    # Checks that lead to the same answer, tried in one pass: the date ends before a glued word or an
    # approximator (`_ends_here`); an amount of time follows (`_produce`).
    for name, parts in (("glued_or_approx", ("glued", "approx")), ("amount_after", ("duration", "change", "taking"))):
        checks[name] = regex.compile("|".join(checks[part].pattern for part in parts))
    return checks


# A match that ends in a number and its unit may be an amount of time (`3년간`, `11일 동안`).
_NUMBER_UNIT_END = regex.compile(r"\d(?:년|년도|월|일)$")
_LIST_OK = {"년": regex.compile(r"\d{4}"), "월": regex.compile(r"1[0-2]|0?[1-9]"), "일": regex.compile(r"3[01]|[12]\d|0?[1-9]")}
_YEAR_END = regex.compile(r"(?<!\d)\d{4}년도?$")
_DAY_END = regex.compile(r"[\d일이삼사오육칠팔구십]일$|\d[./]\d{1,2}$")  # a day: `3일`, `십오일`, `5/20`, `2024.5.3`
_MONTH_GROUPS = ("month", "monthword", "relmonth", "anamonth", "b_month", "b_monthword", "relweek")
_DAY_GROUPS = ("day", "dayword", "b_day", "nth", "lastday")
# Periods longer than a month after which `중` also means "during" (`내년 상반기 중 착공`).
_DURING_GROUPS = ("half", "quarter", "relquarter")


def _month_level(groups: dict) -> bool:
    """The match names a month or week (`6월`, `이번 달`, `이번 주`), not a day of it."""
    return any(groups.get(g) for g in _MONTH_GROUPS) and not any(groups.get(g) for g in _DAY_GROUPS)
_LISTED = {"년": "year", "월": "month", "일": "day"}
_NUMBERS = ("year", "month", "day", "quarter", "century", "short")
_LOOKUPS = {"relyear": "relative_years", "relmonth": "relative_months", "relday": "relative_days",
            "relweek": "relative_weeks", "anaphor": "anaphoric_days",
            "anayear": "anaphoric_years", "anamonth": "anaphoric_months", "half": "halves", "deictic": "deictic",
            "weekday": "weekdays", "weekend": "weekends", "nth": "nth_weekdays", "relquarter": "relative_quarters",
            "anaquarter": "anaphoric_quarters"}
# Tables read together: `설` is read as 설날 only before certain words (`lunar_short_followers`); a
# part word may be one that also stands alone (`연말`).
_MERGED = {"lunar": ("lunar_holidays", "lunar_short"), "part": ("parts", "year_parts_alone")}
# Groups read into another part, by a table of date_words: `monthword` (`유월`) is the month, `dayword` (`십오일`) the day.
_RENAMED = {"monthword": ("month", "month_words"), "dayword": ("day", "day_words")}


@functools.lru_cache(maxsize=None)
def _compact(table: str) -> dict:
    """A table of date_words (or of `_MERGED`) keyed by its words without spaces (a match may
    write `지난 해` or `지난해`); of two words written alike, the first one's value."""
    merged = {}
    for name in _MERGED.get(table, (table,)):
        merged.update(words()[name])
    compact = {}
    for word, value in merged.items():
        compact.setdefault(_without_spaces(word), value)
    return compact


def _lookup(table: str, written: str):
    return _compact(table)[_without_spaces(written)]


def _without_spaces(written: str) -> str:
    """A word as the tables key it: the patterns' `\\s?` also takes a line break or a tab (`반\\n년`)."""
    return "".join(written.split())


@functools.lru_cache(maxsize=None)
def _group_names(pattern) -> tuple:
    """The name of each group of `pattern`, by number (every group of a date rule is named; a name
    used twice is one group)."""
    names = dict(zip(pattern.groupindex.values(), pattern.groupindex))
    return tuple(names[number] for number in range(1, pattern.groups + 1))


def _groups(match) -> dict:
    """The named groups that matched something, in `groupdict`'s order: `groups()` once, filtered in
    C (several times cheaper than `groupdict` on the calendar pattern's many groups)."""
    values = match.groups()
    return dict(zip(itertools.compress(_group_names(match.re), values), filter(None, values)))


def _parts(groups: dict) -> tuple:
    """Non-empty named groups → sorted (key, value) pairs: numbers as ints, words looked up."""
    w = words()
    found = {}
    for key, value in groups.items():
        if not value or key in ("sep", "unit"):
            continue
        value = " ".join(value.split())
        if key in _NUMBERS:
            found[key] = int(value)
        elif key == "spelledyear":
            found["year"] = int(parse_number(value).value)
        elif key == "decade":
            found["decade" if len(value) == 4 else "short_decade"] = int(value)
        elif key == "lunar":
            found[key] = _lookup("lunar", value)
        elif key in _LOOKUPS:
            found[key] = _lookup(_LOOKUPS[key], value)
        elif key in _RENAMED:
            part, table = _RENAMED[key]
            found[part] = w[table][value]
        elif key == "this":
            found["relyear"] = 0
        elif key == "part":
            found["mod"] = _lookup("part", value)
        elif key == "alone":  # (`yearpart`: placed like a month without a year, `resolve.resolve_parts`)
            found["relyear"], found["mod"], found["yearpart"] = 0, _lookup("year_parts_alone", value), True
        elif key == "monthalone":
            found["relmonth"], found["mod"] = 0, _lookup("month_parts_alone", value)
        elif key == "holiday":
            found["month"], found["day"] = _lookup("holidays", value)
        elif key in ("whole", "weekendalone", "monthweek"):
            found[key] = True
        elif key == "lastday":
            found["nth"] = -1
        elif key == "listed":
            found[_LISTED[groups["unit"]]] = int(value)
    return tuple(sorted(found.items()))


def _inside_adverb(context: Context, end: int) -> bool:
    """The match ends inside an adverb token (`그제` of `그제서야`)."""
    if end >= len(context.norm.text) or not context.norm.text[end].isalpha():
        return False
    origin = context.norm.index(end)
    covering = context.token_covering(origin)
    return covering is not None and covering.start < origin and covering.tag == "MAG"


def _ends_here(context: Context, start: int, end: int) -> bool:
    """The date ends its word: a particle, space or punctuation follows, or a word that may be
    glued to a date (`12일자로`, `24일오후`, `1952년생`, `1월 말경`); a year of four digits
    ends at 년 whatever follows (`1941년영화`)."""
    text = context.norm.text
    return bool(_checks()["glued_or_approx"].match(text, end) or _YEAR_END.search(text, start, end)) or ends_word(context, end)


def _part_start(match, group: str) -> int:
    """Where the part-of-period word and the space before it begin."""
    start = match.start(group)
    while start > 0 and match.string[start - 1] == " ":
        start -= 1
    return start


# What each mention is made from by `replace` (a copy skips the frozen dataclass's `__init__`, which
# sets each of its 15 fields apart: measured, twice the cost), as QUANTITY and ORG make theirs.
_BLANK = DateMention(start=0, end=0, text="", rule_id="")


def _produce(match, context: Context, rule_id: str, ends: bool = False, marks: tuple = (), from_name: bool = False):
    """A DateMention of a match, or None; `ends`: the match is a range, its groups prefixed by end
    (`RANGE_ENDS`); `marks`: parts the rule itself adds (a fiscal year's); `from_name`: a year before the
    holiday (`named`) places it but stays outside its span, a mention of its own (`지난해 추석` → `추석`)."""
    text, checks = context.norm.text, _checks()
    start, end = match.span()
    groups = _groups(match)
    last_part = "b_part" if "b_part" in match.re.groupindex else "part"
    if checks["before"].search(text, max(0, start - 6), start):
        return None  # 매월 1일, 매주 금요일, 징역 4월
    if groups.get("listed") and not _LIST_OK[groups["unit"]].fullmatch(groups["listed"]):
        return None
    if text[start - 1:start].isalpha() and not (context.token_at(context.norm.origin[start]) and starts_word(context, start)):
        return None  # inside a word: `끝내주는데` holds no `내주`, `행사당일` no `당일`
    if checks["frequency"].match(text, end):
        return None  # 목요일마다, 3일마다
    if groups.get("anaphor") and checks["service"].match(text, end):
        return None  # `당일 배송`, `당일·익일 배송`, `다음 날까지 배송`: a service's speed (service_after), no day of the story
    if _DAY_END.search(text, start, end) and checks["title"].match(text, end):
        return None  # `13일의 금요일`: a title
    if _inside_adverb(context, end):
        return None  # `그제서야`, `그제야`: one adverb that holds a date word
    if groups.get("dayword") and (not _ends_here(context, start, end) or checks["duration"].match(text, end)):
        end = _part_start(match, "dayword")  # `삼월 삼일절`, `삼월 십일 동안`: a word or an amount; the month stays
        groups["dayword"] = None
    if not _ends_here(context, start, end):
        if not groups.get(last_part):
            return None
        # The part word is glued into a compound (`연말결산`): the date is the span before it.
        end = _part_start(match, last_part)
        groups[last_part] = None
    if groups.get(last_part) in words()["period_during"] and (_month_level(groups) or any(groups.get(g) for g in _DURING_GROUPS)):
        end = _part_start(match, last_part)  # `이번 달 중 발표한다`, `상반기 중`: during the period, not its middle
        groups[last_part] = None
    if (_NUMBER_UNIT_END.search(text, start, end) or groups.get("spelledyear")) and checks["amount_after"].match(text, end):
        return None  # 11일 동안, 3일째, 27일 짧아질, 3일 걸린다: an amount of time
    if ends:
        parts = (("range", tuple(_parts({k[2:]: v for k, v in groups.items() if k.startswith(e)}) for e in RANGE_ENDS)),)
    else:
        parts = _parts(groups) + marks
    weekday = checks["weekday"].match(text, end) if _DAY_END.search(text, start, end) else None
    if weekday:  # checked against the day; inside the span unless in brackets (`3월 4일 화요일`, `21일(목)`)
        parts += (("weekday_check", words()["weekdays"][weekday.group("wd")]),)
        if "(" not in weekday.group(0):
            end = weekday.end()
    if checks["approx"].match(text, end):
        parts += (("approx", True),)
    if from_name and (groups.get("year") or groups.get("relyear")):
        start = match.start("named")
    s, e = context.span(start, end)
    return replace(_BLANK, start=s, end=e, text=context.text[s:e], rule_id=rule_id, parts=tuple(sorted(parts)))


@functools.lru_cache(maxsize=1)
def _piece_before():
    """An amount of time right before an offset's amount: a compound (`1년 6개월 전`), left to QUANTITY."""
    forms = alternation(u.form for u in durations.units() if u.category == "duration")
    return regex.compile(rf"(?:{NUMBER})\s?(?:{forms})\s?$")


# A big-number word alone before digits (`만 10년`): the word "full" (or the end of `하지만`), not 10,010.
_FULL = regex.compile(r"[만억조]\s+(?=\d)")


def _produce_offset(match, context: Context, rule_id: str):
    """The amount is parsed once (`parse_number`) and signed by the direction; resolution counts it
    from the document date. Vague amounts (`십여 년 전`, `두세 달 전`) give no offset."""
    text, start, end = context.norm.text, match.start(), match.end()
    written = match.group("number") or ""
    full = _FULL.match(written)
    if full:  # `만 10년 뒤` ("a full ten years"), `하지만 3년 뒤`: the 만 alone is no number
        start, written = start + full.end(), written[full.end():]
    if text[start - 1:start].isalpha() and not starts_word(context, start):
        return None
    word = context.token_at(context.norm.origin[match.start("direction")])
    if word is None or word.form != match.group("direction") or word.tag not in ("NNG", "NNB") or not ends_word(context, end):
        return None  # `전` is the noun "before": not `전국`, `전날`, `전후`, nor `전 국민` ("all")
    if _piece_before().search(text, max(0, start - 20), start):
        return None
    if match.group("days"):
        amount, unit = _day_words()[match.group("days")], "day"
    elif match.group("halfyears"):
        number = parse_number((match.group("number") or match.group("sino")).replace(" ", ""))
        if number.approx or number.high is not None or number.value != int(number.value):
            return None
        amount, unit = 12 * int(number.value) + 6, "month"
    elif match.group("amountword"):
        amount, unit = _lookup("offset_amount_words", match.group("amountword"))
    else:
        form, written = match.group("unit"), written or match.group("native") or match.group("sino")
        if match.group("native") and form in _SINO_UNITS:
            return None
        digits = written.replace(",", "")
        if form == "년" and digits.isdigit() and len(digits) >= 4:
            return None  # `2000년 전`: a calendar year, as in QUANTITY
        number = parse_number(written.replace(" ", ""))
        if number.approx or number.high is not None or number.value <= 0 or number.value != int(number.value):
            return None
        amount, unit = int(number.value), _offset_units()[form]
    parts = (("offset", amount * words()["offset_words"][match.group("direction")]), ("offset_unit", unit))
    if _checks()["approx"].match(text, end):
        parts += (("approx", True),)  # `3일 전쯤`
    s, e = context.span(start, end)
    return replace(_BLANK, start=s, end=e, text=context.text[s:e], rule_id=rule_id, parts=tuple(sorted(parts)))
