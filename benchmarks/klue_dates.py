"""DATE against KLUE-NER DT: recall on DT mentions that are calendar points, and precision.

KLUE's DT is wider than our DATE (docs/annotation.md): it also tags amounts of time (`나흘`,
`3년간`), eras (`조선시대`, `5공화국 시절`), seasons, frequencies and numbers inside names
(`응답하라 1988`). Those are excluded from recall, each counted under its reason; what is left
are calendar points (years, months, days, decades, relative and anaphoric days, weekdays,
holidays, ranges). Matching is by overlapping span.

    python benchmarks/klue_dates.py [KLUE_JSONL] [--show N] [--no-date]

Prints recall on calendar-point DT (with the misses), the excluded mentions by reason,
precision of our DATE mentions against DT (with the false alarms), and documents per second.
The sentences are dated with the reference date of corpus/klue/ (`DOC_DATE`); with `--no-date`
they have none (as plain text would): a date is inferred where the sentence names a year, and
the mentions left unresolved (`XXXX-10-10`) are counted by reason.
"""
from __future__ import annotations

import time
from collections import Counter

import regex

from pipeline import extract
from pipeline.normalize import normalize
from klue_common import DOC_DATE, overlaps, read_klue


_NATIVE = r"(?:하루|하룻|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)"
_AMOUNT = rf"(?:\d+(?:\s?[~∼-]\s?\d+)?|[십백천만]|몇\s?[십백천만]?|{_NATIVE}|한|두|세|석|네|넉|일)"
_MARKER = r"(?:간|동안|째|만|이상|사이|정도|가량|여|이내|넘게)"
# Amounts of time, the whole mention: `3년간`, `2∼3개월`, `1년6개월`, `1박2일간`, `지난 15년`.
_DURATION = regex.compile(
    rf"^(?:(?:지난|최근|향후|앞으로)\s?)?(?:약\s?)?(?:"
    rf"{_AMOUNT}\s?(?:여\s?)?(?:개년|개월|달|주일|주|시간|해)\s?{_MARKER}?"
    rf"|{_AMOUNT}\s?(?:여\s?)?(?:년|일)\s?{_MARKER}"
    rf"|(?:\d{{1,3}}|[천만]|몇\s?천)\s?년\s?{_MARKER}?"  # 5년, 150년, 천년: no calendar year is written so
    rf"|\d{{1,3}}\s?(?:년|개월)\s?\d{{1,3}}\s?(?:개월|월|일)\s?{_MARKER}?"
    rf"|\d+\s?박\s?\d+\s?일\s?{_MARKER}?"
    rf"|(?:{_NATIVE}|일주일|일년)\s?{_MARKER}?"
    rf"|\d+\s?여\s?년|{_AMOUNT}\s?여\s?년"
    rf"|\d{{3,}}\s?일)$")
# A bare number of years or days is an amount when a duration marker follows it (`6일 만에`).
_BARE_AMOUNT = regex.compile(r"^\d{1,3}(?:\s?[~∼-]\s?\d{1,3})?\s?(?:년|일)$")
_MARKER_AFTER = regex.compile(
    r"^\s?(?:간|동안|째|만|이상|사이|정도|가량|이내|넘게)(?:[의에은는을이도인]|(?![가-힣]))"
    r"|^도\s?(?:더|넘)"  # 10년도 더 지난
    r"|^(?:\s?(?:과|와|,)\s?\d{1,3}일)?\s?(?:길어|짧아|늘어|줄어|앞당|당겨|늦춰|늦어|빨라)")  # 10일과 19일 길어지고
# A point the calendar names: an explicit year, month or day, or a word placing one.
_ANCHOR = regex.compile(
    r"\d{4}|\d{1,2}\s?월|\d\s?일|\d0\s?년대|\d{1,2}\s?세기|\d{2}\s?년"
    r"|올해|올\s|지난해|지난\s?해|작년|재작년|내년|금년|이달|지난\s?달|다음\s?달|내달|이번\s?주|지난\s?주|저번\s?주|다음\s?주|담주"
    r"|오늘|어제|내일|모레|그제|그저께|이날|이\s날|전날|다음\s?날|당일|그날|연말|연초|요일|분기|상반기|하반기"
    r"|크리스마스|성탄절|추석|설$|어린이날|어버이날|스승의\s?날|제헌절|광복절|할로윈")
_REASONS = (
    ("frequency (매일, 매주 금요일)", regex.compile(r"^(?:매|맨날)")),
    ("era or named period (조선시대, 6·25전쟁시기)", regex.compile(r"시대|시절|시기|전쟁|해전")),
    ("time of day", regex.compile(r"^(?:오전|오후|저녁|새벽|아침|밤|낮)$")),
    ("anniversary or ordinal (N주년, 1주차)", regex.compile(r"주년|주차")),
    ("offset by an amount of time (5년 전)", regex.compile(rf"(?:\d|{_NATIVE}|달|주일|여|한)\s?(?:년|개월|달|주|일)?\s?(?:전|후|뒤)(?:쯤)?$")),
    ("age (13살때, 18세1개월)", regex.compile(r"\d+\s?(?:살|세(?!기))")),
)
_SEASON = regex.compile(r"봄|여름|가을|겨울|장마|동계|하계|시즌|사즌")
_VAGUE = regex.compile(r"^(?:주말|새해|신년\s?첫날|첫날|마지막\s?날|첫|희년)$")
# A bare year number in a name or title (`응답하라 1988`, `2014 소치동계올림픽`), or an event
# named by its date digits (`4·19`, `5·18`, `9.11`).
_NAME_NUMBER = regex.compile(r"^(?:\d{4}|\d{4}판|\d{1,2}\s?[·.]\s?\d{1,2}(?:\s?\p{L}+)?|\d{4}\s?\d{1,2}·\d{1,2})$")
# A two-digit year is a calendar point when a film year, 도, a place word or 당시 follows.
_SHORT_YEAR = regex.compile(r"^\d{2}\s?년$")
_SHORT_YEAR_POINT = regex.compile(r"^(?:작|도|생|에\s|에$|\s?영화|\s?당시|\s?극장|,)")


def reason_excluded(text: str, before: str, after: str) -> str:
    """Why a DT mention is not a calendar point, or "" when it is one.

    `before` and `after` are the few characters around the mention: they tell `80년작` from
    `80년이 흐른`, and `매주 수요일` from `수요일`.
    """
    text = normalize(text.strip()).text
    if regex.search(r"매주\s?$|매월\s?$|매년\s?$", before):
        return "frequency (매일, 매주 금요일)"
    for reason, pattern in _REASONS:
        if pattern.search(text):
            return reason
    if regex.search(r"(?:징역|집행유예|자격정지|금고)\s?$", before):
        return "amount of time (3년간, 나흘)"  # a sentence: 징역 20년
    if _SHORT_YEAR.match(text) and not _MARKER_AFTER.match(after):
        return "" if _SHORT_YEAR_POINT.match(after) else "amount of time (3년간, 나흘)"
    if _DURATION.match(text) or _BARE_AMOUNT.match(text) and _MARKER_AFTER.match(after):
        return "amount of time (3년간, 나흘)"
    if regex.search("시즌|사즌", text) or _SEASON.search(text) and not regex.search(r"\d", text):
        return "season (여름, 올 시즌)"
    if _NAME_NUMBER.match(text) and not regex.match(r"년|\s?[·,]\s?\d{4}\s?년", after):
        return "number in a name or event (응답하라 1988, 4·19)"
    if _VAGUE.match(text):
        return "vague or unanchored (주말, 새해, 첫날)"
    return ""


def main() -> None:
    args, rows = read_klue(__doc__.splitlines()[0], show=60, flags={"--no-date": "no document date at all"})
    doc_date = None if args.no_date else DOC_DATE
    excluded, excluded_examples, misses, alarms, unresolved, undated = Counter(), {}, [], [], Counter(), 0
    gold_total = hits = predicted = predicted_dt = 0
    started = time.perf_counter()
    for row in rows:
        result = extract(row["text"], doc_date, doc_id=row["id"])
        dates = [(d.start, d.end, d) for d in result.dates]
        undated += result.document.doc_date is None
        unresolved.update(d.unresolved_reason for d in result.dates if d.unresolved_reason)
        dt = [(e["start"], e["end"]) for e in row["entities"] if e["type"] == "DT"]
        for entity in row["entities"]:
            if entity["type"] != "DT":
                continue
            reason = reason_excluded(entity["text"], row["text"][max(0, entity["start"] - 6):entity["start"]],
                                     row["text"][entity["end"]:entity["end"] + 6])
            if reason:
                excluded[reason] += 1
                excluded_examples.setdefault(reason, Counter())[entity["text"]] += 1
                continue
            gold_total += 1
            if any(overlaps((entity["start"], entity["end"]), d[:2]) for d in dates):
                hits += 1
            else:
                misses.append((row["id"], entity["text"], row["text"]))
        for start, end, mention in dates:
            predicted += 1
            if any(overlaps((start, end), span) for span in dt):
                predicted_dt += 1
            else:
                alarms.append((row["id"], mention.text, mention.rule_id, row["text"]))
    elapsed = time.perf_counter() - started

    print(f"document date: {doc_date or 'none'}; {undated} of {len(rows)} sentences undated (none given, no year to infer); "
          f"{sum(unresolved.values())} of {predicted} DATE mentions unresolved {dict(unresolved)}")
    print(f"KLUE DT calendar points: recall {hits / gold_total:.3f} ({hits}/{gold_total}), overlap matching")
    print(f"excluded DT mentions: {sum(excluded.values())}")
    for reason, count in excluded.most_common():
        shown = ", ".join(t for t, _ in excluded_examples[reason].most_common(8))
        print(f"  {count:4d}  {reason}: {shown}")
    print(f"DATE precision against DT: {predicted_dt / predicted:.3f} ({predicted_dt}/{predicted})")
    print(f"speed: {len(rows) / elapsed:.1f} documents/s (whole pipeline, {len(rows)} documents)")
    print(f"\nmisses ({len(misses)}):")
    for doc_id, text, sentence in misses[: args.show]:
        print(f"  {doc_id}  {text!r}  | {sentence[:90]}")
    print(f"\nfalse alarms ({len(alarms)}):")
    for doc_id, text, rule, sentence in alarms[: args.show]:
        print(f"  {doc_id}  {text!r} ({rule})  | {sentence[:90]}")


if __name__ == "__main__":
    main()
