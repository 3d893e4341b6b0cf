"""ORG: named organizations (ANNOTATION.md) — gazetteer names and suffix rules.

`pipeline.resolve.organizations` links mentions to one canonical name and `org_id` each.
"""
from __future__ import annotations

import functools

import regex

from .. import lexicons
from ..model import Organization
from ..normalize import normalize
from . import Context, Rule, ends_word, longest_first, run_rules, starts_word

# Particles and endings may follow a name directly; nothing else that continues a word.
_ALLOWED_NEXT = frozenset()
_PAREN_ALIAS = regex.compile(r"\(([^()]{1,40})\)")


@functools.lru_cache(maxsize=1)
def gazetteer_names() -> dict:
    """Surface form, normalized, spaces removed → gazetteer row, for names and aliases."""
    names = {}
    for row in lexicons.gazetteer():
        for form in [row["name_ko"], row.get("name_en") or "", *(row.get("aliases") or "").split("|")]:
            form = _compact(normalize(form.strip()).text)
            if len(form) >= 2 and form not in names:
                names[form] = row
    return names


def _flexible(form: str) -> str:
    """A name whose spaces may be written or left out (`알리바바 그룹`/`알리바바그룹`)."""
    return r"\s?".join(regex.escape(ch) for ch in form)


@functools.lru_cache(maxsize=1)
def rules() -> tuple:
    suffixes = lexicons.read_yaml("org_suffixes.yaml")
    names = sorted(gazetteer_names(), key=len, reverse=True)
    korean = "|".join(regex.escape(s) for s in sorted(set(suffixes["korean"]), key=len, reverse=True))
    found = []
    if names:
        found.append(Rule("org.gazetteer", regex.compile(
            r"(?<![\p{L}\p{N}])(?:" + "|".join(_flexible(n) for n in names) + ")"), _produce_gazetteer))
    found.append(Rule("org.suffix", regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<name>[\p{{L}}\p{{N}}]+?(?:\([A-Za-z0-9 &.\-]+\))?\s?(?:{korean}))"), _produce_suffix))
    return tuple(found)


def _aliases(context: Context, end: int) -> str:
    match = _PAREN_ALIAS.match(context.norm.text, end)
    return match.group(1).strip() if match else ""


def _org(match, context: Context, rule_id: str, **fields):
    start, end = match.start(), match.end()
    s, e = context.span(start, end)
    return Organization(start=s, end=e, text=context.text[s:e], rule_id=rule_id, aliases=_aliases(context, end), **fields)


def _produce_gazetteer(match, context: Context, rule_id: str):
    if not ends_word(context, match.end(), _ALLOWED_NEXT):
        return None
    row = gazetteer_names().get(_compact(match.group()))
    return _org(match, context, rule_id, canonical=row["name_ko"] if row else "", org_id=row["org_id"] if row else "",
                org_type=row.get("type", "") if row else "")


def _compact(written: str) -> str:
    return regex.sub(r"\s", "", written)


def _produce_suffix(match, context: Context, rule_id: str):
    """A suffix word preceded, in the same word, by a proper noun kiwipiepy recognizes."""
    start = match.start()
    if not starts_word(context, start) or not ends_word(context, match.end(), _ALLOWED_NEXT):
        return None
    first = context.token_at(context.norm.origin[start])
    if first is None or first.tag not in ("NNP", "SL"):
        return None
    return _org(match, context, rule_id)


def extract_organizations(context: Context) -> list:
    """All ORG mentions of a document, overlaps settled (longest first)."""
    return longest_first(run_rules(rules(), context))
