"""Link organization mentions: one canonical name and one `org_id` per organization.

Within a document, a short form of a name written in full elsewhere (`차이냐오` for
`차이냐오 네트워크`) and spellings that differ only in spacing share the full name's entry.
Across documents the id is a function of the canonical name, so runs link too.
"""
from __future__ import annotations

import re

from ..model import replace


def canonical_spacing(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", name)).strip()


def org_id_for(canonical: str) -> str:
    return re.sub(r"\s+", "", canonical)


def link_organizations(mentions: list) -> list:
    """Fill `canonical` and `org_id` for every mention of one document."""
    # Spelling variants (spaces) → the spaced spelling seen first.
    spelled = {}
    for m in mentions:
        name = m.canonical or canonical_spacing(m.text)
        spelled.setdefault(org_id_for(name), name)
    full_names = sorted(spelled.values(), key=len, reverse=True)
    linked = []
    for m in mentions:
        name = m.canonical or canonical_spacing(m.text)
        if not m.canonical:
            longer = next((full for full in full_names if full != name and full.startswith(name) and len(name) >= 2
                           and full[len(name):len(name) + 1] == " "), None)
            name = spelled[org_id_for(longer or name)]
        linked.append(replace(m, canonical=name, org_id=m.org_id or org_id_for(name)))
    return linked
