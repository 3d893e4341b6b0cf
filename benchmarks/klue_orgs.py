"""ORG against KLUE-NER OG: precision, recall and F1, strict and by overlapping spans.

KLUE's OG differs from our guideline (docs/annotation.md, ORG): it tags countries acting as
states (`북한`, `미국`), unnamed institution nouns (`경찰`, `검찰`, `정부`), armed forces and national
teams named by their country. Two views are printed:
- `KLUE as is`: every OG mention counts;
- `guideline`: OG mentions the guideline calls not-ORG or optional (countries, unnamed
  institutions, military units, ad-hoc headquarters) are set aside: neither rewarded nor penalized,
  like optional gold; so are predictions it calls optional (not those it calls not ORG); and a place
  written before a name is taken out of KLUE's span, as the guideline does (`부산 기장경찰서` →
  `기장경찰서`), unless the whole is a gazetteer name (`미국 항공우주국`).
Misses are broken down by what would find them, false alarms by rule and by what KLUE calls them.

    python benchmarks/klue_orgs.py [KLUE_JSONL] [--show N] [--exclude annotation/org_holdout/sentences.jsonl]
"""
from __future__ import annotations

import functools
import time
from collections import Counter

import regex

from pipeline import extract
from pipeline.org.lexicon import cues, gazetteer_by_name, gazetteer_names, suffix_of, suffix_type
from pipeline.org.rules import _STATE_BODY_SUFFIXES, _STATE_BODY_TYPES
from klue_common import DOC_DATE, overlaps, prf, read_klue


# Unnamed institution nouns and armed forces: optional in the guideline (not names), alone or after
# a place or a qualifier (`일본 정부`, `군 당국`, `소방당국`, `호주 해군`). Not after any Hangul: a
# name ending in one of them (`새누리당`, `한국은행`, `기획재정부`, `수원지방법원`) is a named ORG.
_UNNAMED_NOUNS = (r"(?:경찰|검찰|정부|당국|국회|의회|시의회|군|육군|해군|공군|해경|해병대|미군|북한군|일본군|반군|"
                  r"재판부|법원|소방당국|금융당국|방역당국|보건당국|교육당국|사법당국|군 당국|여당|야당|여야|청와대|백악관|"
                  r"내각|정권|행정부|법무팀|경찰청|검찰청|소방서|대표팀|축구대표팀|군부|상원|하원|상임위원회|상임위)")
# Unnamed only alone: after a place they make a name (`한국은행`).
_BARE_NOUNS = r"당|구단|기업|은행|대학|의경|경|시|도|군"
_QUALIFIERS = r"(?:주|지방|참여|군|소방|금융|방역|보건|교육|사법|연방|현지|수사|관할|\p{Hangul}{1,6}족)"
# Not ORG in the guideline's project decisions: ad-hoc headquarters and task forces, military units.
NOT_ORG = regex.compile(r".*(?:수사본부|대책본부|태스크포스|대응팀)")
ARMED_FORCES = regex.compile(r".*\d+\s?(?:사단|여단|군단|관구).*|.*(?:사령부|부대)")
# The kinds of `miss_kind` the guideline view sets aside in gold: not ORG or optional there.
SET_ASIDE = ("country", "unnamed", "armed forces", "not ORG")
# ... and in the predictions: only what the guideline calls optional. A prediction of what it calls
# not ORG (a country, an ad-hoc headquarters) is a false alarm like any other.
OPTIONAL = ("unnamed", "armed forces")


@functools.lru_cache(maxsize=1)
def unnamed():
    places = "|".join(sorted(map(regex.escape, cues()["places"]), key=len, reverse=True))
    return regex.compile(rf"(?:(?:{places}|{_QUALIFIERS})\s?){{0,2}}{_UNNAMED_NOUNS}|{_BARE_NOUNS}")


BROADCASTER = regex.compile(r"[A-Za-z]*(?:KBS|MBC|SBS|EBS|YTN|JTBC|tvN|TVN|OCN|Mnet|CNN|BBC|NHK|MBN|채널A|TV조선)[0-9A-Za-z]*|.*(?:방송|TV)")


def guideline_span(text: str, start: int, end: int) -> tuple:
    """KLUE's span without a leading place word, unless the gazetteer knows the whole name or the place is a foreign
    country before its state body (`일본 기상청`: the country inside, docs/annotation.md, ORG)."""
    name = text[start:end]
    first, _, rest = name.partition(" ")
    if rest and first in cues()["places"] and regex.sub(r"\s", "", name) not in gazetteer_names() \
            and not (first in cues()["foreign_places"] and _state_body(rest)):
        return start + len(first) + 1, end
    return start, end


def _state_body(name: str) -> bool:
    """A government body or public agency of the gazetteer, or a name ending in a state body's suffix (`연금투자위원회`)."""
    row = gazetteer_by_name().get(regex.sub(r"\s", "", name))
    kind = row["type"] if row else suffix_type(name)
    return kind in _STATE_BODY_TYPES or suffix_of(regex.sub(r"\s", "", name)) in _STATE_BODY_SUFFIXES


def miss_kind(text: str, sentence: str, start: int, end: int) -> str:
    """Why a KLUE OG mention was missed, as what would move it."""
    c = cues()
    name = text.strip()
    if name in c["places"] or name.split()[0] in c["places"] and len(name.split()) == 1:
        return "country or place acting as a state (guideline: not ORG)"
    if unnamed().fullmatch(name):
        return "unnamed institution (guideline: optional)"
    if ARMED_FORCES.fullmatch(name):
        return "armed forces: a military unit (guideline: optional)"
    if NOT_ORG.fullmatch(name):
        return "not ORG in the project decisions (ad-hoc headquarters, task forces)"
    if BROADCASTER.fullmatch(name):
        return "broadcaster or channel"
    compact = regex.sub(r"\s", "", name)
    if compact in gazetteer_names():
        return "in gazetteer but rejected in context"
    if any(compact.endswith(s) for s in c["suffixes"]) or compact[-1:] in c["short"]:
        return "has a suffix; stem not recognized as a name"
    if regex.fullmatch(r"[A-Z0-9&.\-]{2,8}", compact):
        return "acronym with no cue"
    if regex.search(r"[\p{Latin}\p{Han}]", name):
        return "foreign-script name"
    if " " in name:
        return "multi-word name (parent + unit or place + name)"
    if len(compact) <= 3 and regex.fullmatch(r"\p{Hangul}+", compact) and name not in c["places"]:
        return "short form or abbreviation (기재부, 새정치연합)"
    return "unknown name, no suffix or cue (company, team, brand)"


def alarm_kind(row: dict, start: int, end: int) -> str:
    """What KLUE calls the stretch of a false alarm."""
    for entity in row["entities"]:
        if overlaps((entity["start"], entity["end"]), (start, end)):
            return f"KLUE {entity['type']}"
    return "untagged in KLUE"


def main() -> None:
    args, rows = read_klue(__doc__.splitlines()[0], show=30)
    counts = {view: Counter() for view in ("as is", "guideline")}
    misses, alarms, alarm_rules = [], [], Counter()
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        gold = [(e["start"], e["end"]) for e in row["entities"] if e["type"] == "OG"]
        set_aside = {g for g in gold if miss_kind(text[g[0]:g[1]], text, *g).startswith(SET_ASIDE)}
        pred = [(m.start, m.end, m.rule_id) for m in extract(text, doc_date=DOC_DATE, doc_id=row["id"]).organizations]
        # (an optional prediction is set aside too: neither rewarded nor penalized)
        set_aside |= {(s, e) for s, e, _ in pred if miss_kind(text[s:e], text, s, e).startswith(OPTIONAL)}
        for view in counts:
            aside = set_aside if view == "guideline" else set()
            kept = [g for g in gold if g not in aside]
            if view == "guideline":
                kept = [guideline_span(text, *g) for g in kept]
            c = counts[view]
            spans = {(s, e) for s, e, _ in pred}
            c["strict tp"] += sum(1 for g in kept if g in spans)
            c["strict fn"] += sum(1 for g in kept if g not in spans)
            c["strict fp"] += sum(1 for s, e, _ in pred if (s, e) not in set(kept)
                                  and not any(overlaps((s, e), a) for a in aside))
            c["overlap tp"] += sum(1 for g in kept if any(overlaps(g, (s, e)) for s, e, _ in pred))
            c["overlap fn"] += sum(1 for g in kept if not any(overlaps(g, (s, e)) for s, e, _ in pred))
            c["overlap fp"] += sum(1 for s, e, _ in pred if not any(overlaps((s, e), g) for g in gold))
        for g in gold:
            if not any(overlaps(g, (s, e)) for s, e, _ in pred):
                misses.append((miss_kind(text[g[0]:g[1]], text, *g), text[g[0]:g[1]], text))
        for s, e, rule in pred:
            if not any(overlaps((s, e), g) for g in gold):
                alarm_rules[rule] += 1
                alarms.append((alarm_kind(row, s, e), rule, text[s:e], text))
    seconds = time.perf_counter() - started

    print(f"KLUE-NER dev public half: {len(rows)} sentences, "
          f"{sum(1 for r in rows for e in r['entities'] if e['type'] == 'OG')} OG mentions, {seconds:.1f}s")
    for view, c in counts.items():
        for match in ("strict", "overlap"):
            p, r, f = prf(c[f"{match} tp"], c[f"{match} fp"], c[f"{match} fn"])
            print(f"  {view:9} {match:7}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
                  f"(tp {c[f'{match} tp']}, fp {c[f'{match} fp']}, fn {c[f'{match} fn']})")
    print("\nMisses (no overlapping prediction), by what would find them:")
    by_kind = Counter(kind for kind, _, _ in misses)
    for kind, n in by_kind.most_common():
        examples = Counter(name for k, name, _ in misses if k == kind).most_common(args.show)
        print(f"  {n:4}  {kind}: " + ", ".join(f"{name}×{k}" if k > 1 else name for name, k in examples))
    print("\nFalse alarms (overlap no OG), by rule: " + ", ".join(f"{r} {n}" for r, n in alarm_rules.most_common()))
    for kind, n in Counter(k for k, _, _, _ in alarms).most_common():
        shown = [f"{name} ({rule[4:]})" for k, rule, name, _ in alarms if k == kind][:args.show]
        print(f"  {n:4}  {kind}: " + ", ".join(shown))


if __name__ == "__main__":
    main()
