"""Lexicons are data files beside this module; this module loads and validates them once.

Each loader returns plain, immutable data that the extractors compile into patterns.
A malformed file fails at load with the file's name and the problem.
"""
from __future__ import annotations

import csv
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that does not follow its schema."""


def read_yaml(name: str):
    path = HERE / name
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{path}: {error}") from None


@dataclass(frozen=True)
class Unit:
    """A unit form: how it is written, its canonical unit and category, and where it stands."""

    form: str
    canonical: str
    category: str
    prefix: bool = False


@functools.lru_cache(maxsize=None)
def units() -> tuple:
    """Every unit form after or before a number: currencies, measures, durations, counters."""
    found = []
    for code, entry in read_yaml("currencies.yaml").items():
        if code.startswith("_"):
            continue
        found += [Unit(str(f), code, "currency") for f in entry.get("suffix", [])]
        found += [Unit(str(f), code, "currency", prefix=True) for f in entry.get("prefix", [])]
    for canonical, entry in read_yaml("measures.yaml").items():
        found += [Unit(str(f), str(canonical), entry["category"]) for f in entry["forms"]]
    for canonical, forms in read_yaml("durations.yaml")["units"].items():
        found += [Unit(str(f), canonical, "duration") for f in forms]
    for counter in read_yaml("counters.yaml"):
        found.append(Unit(str(counter), str(counter), "count"))
    for marker in read_yaml("ordinals.yaml")["suffix"]:
        found.append(Unit(str(marker), str(marker), "ordinal"))
    for unit in found:
        if not unit.form.strip():
            raise LexiconError(f"{HERE}: empty unit form for {unit.canonical}")
    return tuple(found)


@functools.lru_cache(maxsize=None)
def currency_words() -> dict:
    """Words before a number that name its currency (`미화` → USD)."""
    return dict(read_yaml("currencies.yaml").get("_currency_words", {}))


@functools.lru_cache(maxsize=None)
def native_days() -> dict:
    return dict(read_yaml("durations.yaml")["native_days"])


@functools.lru_cache(maxsize=None)
def ordinal_prefixes() -> tuple:
    return tuple(read_yaml("ordinals.yaml")["prefix"])


@functools.lru_cache(maxsize=None)
def gazetteer() -> tuple:
    """Rows of organizations.tsv as dicts (org_id, name_ko, name_en, aliases, type)."""
    path = HERE / "organizations.tsv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = tuple(csv.DictReader(lines, delimiter="\t"))
    for number, row in enumerate(rows, start=1):
        if not row.get("org_id") or not row.get("name_ko"):
            raise LexiconError(f"{path}: row {number} lacks org_id or name_ko")
    return rows


def user_words() -> list:
    """(word, tag, score) for kiwipiepy's user dictionary: none, on purpose.

    Adding the gazetteer's Hangul names as NNP (about 1,800 words) was measured: it made
    tokenization about 10% slower and changed analyses around the names (`컬리의 대표는` →
    `대표/NNG 이/VCP 는/ETM`), which the date and quantity rules read. The ORG rules match gazetteer
    names on the text instead and accept a particle kiwipiepy glued to an unknown name (`컬리의`).
    """
    return []


def fingerprint() -> str:
    """A short hash of every lexicon file and rule module, for run manifests."""
    digest = hashlib.sha256()
    package = HERE.parent
    for path in sorted([*HERE.glob("*.*"), *package.rglob("*.py")]):
        if path.suffix in (".yaml", ".tsv", ".py", ".txt"):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
