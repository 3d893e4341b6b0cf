"""Link organization mentions: one canonical name and one `org_id` per organization.

Within a document, spellings that differ only in spacing (`알리바바 클라우드`/`알리바바클라우드`), a
short form of a name written in full elsewhere (`차이냐오` for `차이냐오 네트워크`) and a name written
as another mention's alias (`Lazada` after `라자다(Lazada)`) share one entry. The `org_id` is the
gazetteer's where the name is known, else a function of the canonical name, so the documents of a
run (and of different runs) link too.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from .lexicon import LEGAL_FORM, compact, cues, gazetteer_by_id, gazetteer_by_name, long_suffix_forms, place_facility, suffix_type
from ..model import replace

SHORT_FORM_RULE = "org.short_form"  # its mentions come with the full name they shorten
# ... and the rules whose mentions come with their name written out (`신세계百`: 신세계백화점)
LINKED_RULES = frozenset({SHORT_FORM_RULE, "org.hanja_suffix"})
_PARENTHESIS = re.compile(r"\([^)]*\)")
_SPACES = re.compile(r"\s+")
_HANGUL = re.compile(r"[가-힣]+")


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across documents
def canonical_spacing(name: str) -> str:
    """The name without its parentheses and legal form, spaces made single (`다모(DAMO) 아카데미` → `다모 아카데미`)."""
    name = LEGAL_FORM.sub("", name)
    return _SPACES.sub(" ", _PARENTHESIS.sub(" ", name)).strip()


def org_id_for(canonical: str) -> str:
    """The id of an organization the gazetteer does not know: its canonical name without spaces."""
    return compact(canonical)


def _known(name: str):
    return gazetteer_by_name().get(compact(name))


def _formal(text: str, row: dict) -> bool:
    """The name is written with a legal form that the gazetteer's own name keeps (`㈜한화`, `(주)LG` for `㈜LG`: a holding
    company whose bare name is its group's): the form is part of the name there, elsewhere no part of it (`(주)플로섬`)."""
    return ("㈜" in text or "(주)" in text) and LEGAL_FORM.search(row["name_ko"]) is not None \
        and canonical_spacing(text) == canonical_spacing(row["name_ko"])


def org_type(org_id: str, canonical: str) -> str:
    """The type of an organization: the gazetteer's, else the one its suffix gives, else a local government's by its
    name (`예산군`, `진안군`: no suffix gives it, `군` alone names no organization), else ""."""
    row = gazetteer_by_id().get(org_id) or _known(canonical)
    if row:
        return row.get("type", "")
    return suffix_type(canonical) or ("local_government" if local_government(canonical) else "")


def _short_form(name: str, full: str) -> bool:
    """`name` is `full` without its last words or its suffix (`차이냐오` → `차이냐오 네트워크`,
    `한빛` → `한빛전자`), or its first half or more (`누리바이오` → `누리바이오로직스`), or it writes
    `대` for `대학교` (`해솔대병원` → `해솔대학교병원`)."""
    if len(name) < 2 or len(full) <= len(name):
        return False
    if not full.startswith(name):
        parent, space, unit = full.rpartition(" ")  # (a unit written after its parent: `행정안전부 지방시대위원회` … `지방시대위`)
        # (`광장` of `법무법인 광장`; `투자부` of `인도네시아 투자부`, not a body of its own: `통계청` of `영국 통계청`)
        if unit == name and (parent in cues()["named_entities"] or parent in cues()["foreign_places"] and not _known(name)):
            return True
        return _abbreviated(name, full) or bool(space) and parent and unit != name and _short_form(name, unit)
    if local_government(name) or _university_unit(name, full):  # (`부산시` is the city, no short form of `부산시의회`)
        return False
    if place_facility(name):  # (`부산항` is the port, a place, no short form of `부산항만공사`)
        return False
    rest = full[len(name):]
    # (`라온뷰티재팬` is the parent's branch in Japan, `동남중공업지회` its workers' union: neither is `라온뷰티` in full)
    if compact(rest) in cues()["subsidiary_regions"] or rest in cues()["union_units"]:
        return False
    # or a long enough head of it (`누리바이오` → `누리바이오로직스`)
    return rest.startswith(" ") or suffix_type(rest) != "" and compact(rest) == rest \
        or len(name) >= 3 and 2 * len(name) >= len(compact(full)) and " " not in name


def local_government(name: str) -> bool:
    """A city's or county's name (`부산시`, `인제군`), a province's or district's after a place (`경남도`, `강남구`), or one of
    Korea's local governments in full (`경상북도`: no short form of its own institute, `경상북도농업기술원`)."""
    c = cues()
    return name.endswith(c["local_endings"]) or name[-1:] in ("도", "구") and name[:-1] in c["places"] \
        or name in c["local_governments"]


# `대` written for `대학교` or `대학` inside a name: `해솔대병원` is `해솔대학교병원`.
_UNIVERSITY = ("대학교", "대학")


def _university_unit(name: str, full: str) -> bool:
    """`name` is a university (`해솔대`, `해솔대학교`) and `full` one of its units, the university's name and more after it
    (`해솔대학교병원`): a school is not its hospital, no short form of it (`해솔대` → `해솔대학교` is)."""
    stem = next((name[:-len(u)] for u in _UNIVERSITY_FORMS if name.endswith(u)), "")
    written = next((u for u in _UNIVERSITY_FORMS if full.startswith(stem + u)), "") if stem else ""
    return bool(written) and len(full) > len(stem) + len(written)


# A university's name ends so, longest first (`해솔대학교`, `해솔대학`, `해솔대`).
_UNIVERSITY_FORMS = (*_UNIVERSITY, "대")


def _abbreviated(name: str, full: str) -> bool:
    """`full` is `name` with a `대` after its stem written out (`해솔대병원` → `해솔대학교병원`), or with its suffix
    written out in full where news shortens it (`대전한밭신협` → `대전한밭신용협동조합`: `suffix_short_forms`)."""
    if _suffix_written_out(compact(name), compact(full)) or _region_written_out(compact(name), compact(full)) \
            or _region_in_full(compact(name), compact(full)):
        return True
    at = name.find("대", 1)
    while at > 0:
        if any(name[:at] + written + name[at + 1:] == full for written in _UNIVERSITY):
            return True
        at = name.find("대", at + 1)
    return False


def _region_in_full(name: str, full: str) -> bool:
    """`full` is the local government `name` written in full (`region_short_forms`: `대구시` → `대구광역시`, `제주도` →
    `제주특별자치도`; not a bare place, `대구`): a document that writes both means one body, named in full (holdout65, 90)."""
    return name[-1:] in ("시", "도") and (full, name) in cues()["region_short_forms"]


def _region_written_out(name: str, full: str) -> bool:
    """`full` is `name` with the province or city at its head written in full (`region_short_forms`: `전남교육청` →
    `전라남도교육청`), the rest of the name the same and two letters or more (`교육청`)."""
    for long, short in cues()["region_short_forms"]:
        if name.startswith(short) and full.startswith(long) and len(name) - len(short) >= 2 \
                and name[len(short):] == full[len(long):]:
            return True
    return False


def _suffix_written_out(name: str, full: str) -> bool:
    """`full` is `name` with the short form of its suffix written out (`suffix_short_forms`: `신협` for `신용협동조합`,
    `공단` for `관리공단`), the stem before it the same and two letters or more (`대전한밭`)."""
    if not full.endswith(long_suffix_forms()):  # (one test in C first: most names end in none of them)
        return False
    for long, short in cues()["suffix_short_forms"]:
        if full.endswith(long) and name.endswith(short) and len(full) - len(long) >= 2 \
                and name[:-len(short)] == full[:-len(long)]:
            return True
    return False


def _group_short_forms(rows: list, names: list, written_in_full: set) -> None:
    """A group's short name (`삼성`, `LG`) in a document that never names the group in full and names
    one company of it only (`삼성전자`) is that company's short form (`삼성, 점유율 1위` over a story of
    `삼성전자`): it takes the company's name and id. With two of its companies, or none, it stays the
    group. Changes `rows` and `names` in place."""
    for i, (row, name) in enumerate(zip(rows, names)):
        # (cheap first: a group written by its short name, and not in full elsewhere)
        if not row or row.get("type") != "group" or name == row["name_ko"] or row["org_id"] in written_in_full:
            continue
        short = compact(name)
        companies = {r["org_id"]: r for r in rows if r and r["org_id"] != row["org_id"] and compact(r["name_ko"]).startswith(short)}
        if len(companies) == 1:
            (rows[i],) = companies.values()
            names[i] = rows[i]["name_ko"]


def _diverging(name: str, own: str) -> bool:
    """`name`, a gazetteer alias written in a document that also writes the organization's own name `own`, starts as
    `own` does and goes on with two or more other letters, none of the rest of `own` (`KB금융지주` … `KB금융그룹`, `교촌치킨`
    … `교촌에프앤비`, `롯데시네마` … `롯데컬처웍스`): the gold reads two bodies, a holding and its group, a brand and the
    company running it (holdout2, 7, 56: 3 of 3), each its own name. A short form is the same body (`현대차`, `LG엔솔`:
    letters of the name; `SKT`: one letter for a word)."""
    name, own = compact(name), compact(own)
    head = 0
    while head < min(len(name), len(own)) and name[head] == own[head]:
        head += 1
    rest, own_rest = name[head:], own[head:]
    # (Korean words both: `LG Electronics`, `한국지엠` … `한국GM` spell one name in two scripts)
    return head >= 2 and len(rest) >= 2 and len(own_rest) >= 2 and not set(rest) & set(own_rest) \
        and _HANGUL.fullmatch(rest) is not None and _HANGUL.fullmatch(own_rest) is not None


def _written_longer(rows: list, names: list) -> dict:
    """{org_id: the longer name} of the known organizations a document also writes by a Korean alias of the gazetteer
    that is their name and a suffix (`마이크론테크놀로지` or `마이크론 테크놀로지` of `마이크론`, `신세계백화점` of `신세계`): with the
    full name in the same document, the full name is the canonical, as the gazetteer spells the alias."""
    longer = {}
    for row, name in zip(rows, names):
        if not row or not row.get("aliases"):
            continue
        short, written = compact(row["name_ko"]), compact(name)
        if len(written) > len(longer.get(row["org_id"], "")) and _region_in_full(short, written):
            longer[row["org_id"]] = name  # (`대구광역시` … `대구시`: the city's full name, the canonical)
            continue
        if len(written) <= len(short) or not written.startswith(short) or len(written) <= len(longer.get(row["org_id"], "")):
            continue
        # (the rest a business's or body's suffix: `서울시청` is a building too, `기아차` a short form, `K리그1` one division;
        # or a tail a name is often spaced before, no suffix alone: `길리어드 사이언스` of `길리어드`)
        rest = written[len(short):]
        if suffix_type(rest) in ("", "government") and rest not in cues()["spaced"]:
            continue
        alias = next((a for a in row["aliases"].split("|") if compact(a) == written), None)
        if alias:
            longer[row["org_id"]] = alias
    return longer


def _aliases_in_full(rows: list, names: list) -> None:
    """A known organization written by two of the gazetteer's aliases, one inside the other (`한국산업은행` … `산업은행`,
    `신한금융지주` … `신한금융`), neither its own name: with the full name in the same document, the full name is the
    canonical. Changes `names` in place."""
    written = {}
    for row, name in zip(rows, names):
        if row and name != row["name_ko"]:
            written.setdefault(row["org_id"], set()).add(name)
    if all(len(spellings) < 2 for spellings in written.values()):  # (most documents write each name one way)
        return
    for i, (row, name) in enumerate(zip(rows, names)):
        if not row or len(written.get(row["org_id"], ())) < 2:
            continue
        short = compact(name)
        full = max((n for n in written[row["org_id"]] if len(compact(n)) > len(short) and short in compact(n)),
                   key=lambda n: len(compact(n)), default=None)
        if full is not None:
            names[i] = full


_AFTER_WORD = re.compile(r"(\S+?)인?\s+$")  # (the word written before a name, its copula off: `자회사인 X`)
# (`운영하는 X`, `운영하는 편의점 X`; not a name and its bracket, `운영하는 모카모빌리티(이하 모카)`: the short name is the
# operator's own, no brand of it)
_OPERATED = re.compile(r"(\S+)\s+(?:[^\s(]+\s+)?$")


def _parents(mentions: list, rows: list, text: str) -> dict:
    """{a longer name: the names that are their own, no short form of it}, where a document names a company introduced as
    a subsidiary (`subsidiary_arms`: `헝가리 자회사 대원첨단소재헝가리`, `베트남 생산법인 펫누리비나`) whose name is
    another unknown name the body wrote before it and more (`대원첨단소재가 … 수주했다`: the parent; a short form follows the
    name in full), or a business a company runs under a name that is the head of the company's (`위드유리테일이 운영하는
    편의점 위드유`: `operating`, the brand)."""
    if not text:
        return {}
    c = cues()
    subsidiaries, operated = {}, set()
    for m, row in zip(mentions, rows):
        if row is None:
            before = _AFTER_WORD.search(text, max(0, m.start - 8), m.start)
            # (the copula's `인` taken off may be a word's own last letter: `생산법인 X`)
            if before and (before.group(1) in c["subsidiary_arms"] or before.group(1) + "인" in c["subsidiary_arms"]) \
                    and len(m.text) >= 4:
                key = compact(canonical_spacing(m.text))
                subsidiaries[key] = min(m.start, subsidiaries.get(key, m.start))
            before = _OPERATED.search(text, max(0, m.start - 16), m.start)
            if before and before.group(1) in c["operating"]:
                operated.add(compact(canonical_spacing(m.text)))
    if not subsidiaries and not operated:  # (most documents name no subsidiary)
        return {}
    body = text.find("\n") + 1
    parents = {}
    for m, row in zip(mentions, rows):
        key = compact(canonical_spacing(m.text))
        if row is None and len(key) >= 2:
            for full, first in subsidiaries.items():
                if full.startswith(key) and len(full) > len(key) and body <= m.start < first:
                    parents.setdefault(full, set()).add(key)
            for name in operated:
                if key.startswith(name) and len(key) > len(name):
                    parents.setdefault(key, set()).add(name)
    return parents


def _parent_of(name: str, full: str, parents: dict) -> bool:
    """`name` is the parent's own name of the subsidiary `full` (`_parents`)."""
    return bool(parents) and compact(canonical_spacing(name)) in parents.get(compact(full), ())


def link_organizations(mentions: list, text: str = "") -> list:
    """Fill `canonical`, `org_id` and `org_type` for every mention of one document.

    The canonical name is the name as written (spacing made consistent, alias and legal form
    removed, unless the gazetteer's name keeps the form: `㈜한화`); a short form takes the full name only where the full name is written in the same
    document (`차이냐오` → `차이냐오 네트워크`). Short forms the gazetteer knows (`기재부`) keep their
    spelling but share the full name's `org_id`.
    """
    if not mentions:  # (most sentences name no organization)
        return []
    rows, names = [], []
    for m in mentions:
        written = canonical_spacing(m.text)
        # A short form a rule linked to its full name (`org.short_form`) keeps that name, and the gazetteer row of that
        # name only (`수협` linked to `완도금일수협` is not the federation the gazetteer calls `수협`).
        linked = m.rule_id in LINKED_RULES and m.canonical
        row = gazetteer_by_id().get(m.org_id) if m.org_id else None if linked else _known(written)
        rows.append(row)
        same = row and (compact(row["name_ko"]).casefold() == compact(written).casefold()  # `TVN` is `tvN`
                        or _formal(m.text, row))
        names.append(m.canonical if linked else row["name_ko"] if same else written)
    parents = _parents(mentions, rows, text)
    if parents:  # (a parent's name is its own, no short form of its subsidiary's: `대원첨단소재` of `대원첨단소재헝가리`)
        names = [canonical_spacing(m.text) if row is None and _parent_of(m.text, name, parents) else name
                 for m, row, name in zip(mentions, rows, names)]
    longer = _written_longer(rows, names)
    written_in_full = {row["org_id"] for row, name in zip(rows, names) if row and name == row["name_ko"]}
    # ... or written in full as the parent heading one of its units (`국민연금공단 기금운용본부` … `국민연금`)
    for head in {name.rsplit(" ", 1)[0] for name in names if " " in name}:  # (most names have no space)
        parent = _known(head)
        if parent and compact(parent["name_ko"]) == compact(head):
            written_in_full.add(parent["org_id"])
    for i, (row, name) in enumerate(zip(rows, names)):  # (a name of its own beside the gazetteer's: two bodies)
        if row and row["org_id"] in written_in_full and _diverging(name, row["name_ko"]):
            mentions = mentions[:i] + [replace(mentions[i], org_id="")] + mentions[i + 1:]  # (the caller's list kept)
            rows[i] = None  # (its id its own name's, as an unknown name's)
    names = [row["name_ko"] if row and row["org_id"] in written_in_full else name for row, name in zip(rows, names)]
    if longer:  # (few documents write a known name's longer alias)
        names = [longer.get(row["org_id"], name) if row else name for row, name in zip(rows, names)]
    _aliases_in_full(rows, names)
    _group_short_forms(rows, names, written_in_full)
    # Unknown names: a short form of a longer name, or a name written as another mention's alias.
    alias_of = {compact(a): name for m, name in zip(mentions, names) for a in m.aliases.split("|") if a}
    # ... or the short name a rule linked to its full name (`영남지역개발은행(이하 영남개발은행)`), where another rule found a
    # use of it again (`영남개발은행장은`: org.repeat): the same organization
    alias_of.update((compact(m.text), name) for m, row, name in zip(mentions, rows, names)
                    if m.rule_id == SHORT_FORM_RULE and m.canonical and row is None and compact(m.text) not in alias_of)
    # (longest first; names of one length in the order written: a set's order changes with Python's string hashing
    # from run to run, and a short form two names fit, `한결` of `한결금융지주` and `한결저축은행`, took either)
    full_names = sorted(dict.fromkeys(names), key=len, reverse=True)
    for i, (row, name) in enumerate(zip(rows, names)):
        if row is None:
            longer = next((full for full in full_names if _short_form(name, full) and not _parent_of(name, full, parents)), None)
            names[i] = longer or alias_of.get(compact(name), name)
    for i, m in enumerate(mentions):  # (few short forms: most documents skip this)
        if m.rule_id == SHORT_FORM_RULE and " " not in names[i]:
            # a short form linked to a unit's name joins the unit as written after its parent (`기획재정부 복권위원회` …
            # `복권위는`: the short form was linked before the unit joined its parent)
            names[i] = next((full for full in full_names if full.endswith(" " + names[i])), names[i])
    # Spelling variants (spaces) → one spelling: the gazetteer's, else the most frequent, the earliest on a tie.
    counts, first = Counter(names), {}
    for position, name in enumerate(names):
        first.setdefault(name, position)
    spelled = {compact(row["name_ko"]): row["name_ko"] for row in rows if row}
    for name in sorted(first, key=lambda n: (-counts[n], first[n])):
        spelled.setdefault(compact(name), name)
    ids = {compact(name): row["org_id"] for row, name in zip(rows, names) if row}
    linked = []
    for m, row, name in zip(mentions, rows, names):
        canonical = spelled[compact(name)]
        # (a rule's own id for a name the gazetteer holds for another body: `일본기상청`)
        org_id = row["org_id"] if row else m.org_id or ids.get(compact(name)) or org_id_for(canonical)
        org_type = m.org_type or (row.get("type", "") if row else "")
        linked.append(replace(m, canonical=canonical, org_id=org_id, org_type=org_type))
    return linked
