"""Link organization mentions: one canonical name and one `org_id` per organization.

Within a document, spellings that differ only in spacing (`알리바바 클라우드`/`알리바바클라우드`), a
short form of a name written in full elsewhere (`차이냐오` for `차이냐오 네트워크`) and a name written
as another mention's alias (`Lazada` after `라자다(Lazada)`) share one entry. The `org_id` is the
gazetteer's where the name is known, else a function of the canonical name, so the documents of a
run (and of different runs) link too.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import replace

_LEGAL_FORM = re.compile(r"\(주\)|㈜")


def canonical_spacing(name: str) -> str:
    """The name without its parentheses and legal form, spaces made single (`다모(DAMO) 아카데미` → `다모 아카데미`)."""
    name = _LEGAL_FORM.sub("", name)
    return re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", name)).strip()


def compact(name: str) -> str:
    return re.sub(r"\s+", "", name)


def org_id_for(canonical: str) -> str:
    """The id of an organization the gazetteer does not know: its canonical name without spaces."""
    return compact(canonical)


def _known(name: str):
    from ..extract.org import gazetteer_by_name

    return gazetteer_by_name().get(compact(name))


def org_type(org_id: str, canonical: str) -> str:
    """The type of an organization: the gazetteer's, else the one its suffix gives, else ""."""
    from ..extract.org import gazetteer_by_id, suffix_type

    row = gazetteer_by_id().get(org_id) or _known(canonical)
    return row.get("type", "") if row else suffix_type(canonical)


def link_organizations(mentions: list) -> list:
    """Fill `canonical`, `org_id` and `org_type` for every mention of one document."""
    names = []
    for m in mentions:
        row = None if m.org_id else _known(canonical_spacing(m.text))
        if row is not None:
            m = replace(m, canonical=row["name_ko"], org_id=row["org_id"], org_type=m.org_type or row.get("type", ""))
        names.append(m.canonical or canonical_spacing(m.text))
    # Spelling variants (spaces) → the most frequent spelling, the earliest on a tie.
    counts = Counter(names)
    spelled = {}
    for name in sorted(names, key=lambda n: (-counts[n], names.index(n))):
        spelled.setdefault(compact(name), name)
    # Aliases written in parentheses name the same organization.
    alias_of = {compact(a): compact(n) for m, n in zip(mentions, names) for a in m.aliases.split("|") if a}
    full_names = sorted(set(spelled.values()), key=len, reverse=True)
    ids = {compact(n): m.org_id for m, n in zip(mentions, names) if m.org_id}
    linked = []
    for m, name in zip(mentions, names):
        key = compact(name)
        if not m.org_id:
            key = alias_of.get(key, key)
            longer = next((full for full in full_names if len(name) >= 2 and full.startswith(name + " ")), None)
            key = compact(longer) if longer else key
        canonical = spelled.get(key, name)
        org_id = ids.get(key) or m.org_id or org_id_for(canonical)
        linked.append(replace(m, canonical=canonical, org_id=org_id))
    return linked
