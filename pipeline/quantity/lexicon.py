"""The QUANTITY lexicons (`lexicons/`): units, currencies, measures, durations, counters, ordinals."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .. import lexicons

FOLDER = Path(__file__).resolve().parent / "lexicons"


def read(name: str):
    return lexicons.read_yaml(FOLDER / name)


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
    for code, entry in read("currencies.yaml").items():
        if code.startswith("_"):
            continue
        found += [Unit(str(f), code, "currency") for f in entry.get("suffix", [])]
        found += [Unit(str(f), code, "currency", prefix=True) for f in entry.get("prefix", [])]
    for canonical, entry in read("measures.yaml").items():
        found += [Unit(str(f), str(canonical), entry["category"]) for f in entry["forms"]]
    for canonical, forms in read("durations.yaml")["units"].items():
        found += [Unit(str(f), canonical, "duration") for f in forms]
    for counter in read("counters.yaml"):
        found.append(Unit(str(counter), str(counter), "count"))
    for marker in read("ordinals.yaml")["suffix"]:
        found.append(Unit(str(marker), str(marker), "ordinal"))
    for unit in found:
        if not unit.form.strip():
            raise lexicons.LexiconError(f"{FOLDER}: empty unit form for {unit.canonical}")
    return tuple(found)


@functools.lru_cache(maxsize=None)
def currency_words() -> dict:
    """Words before a number that name its currency (`미화` → USD)."""
    return dict(read("currencies.yaml").get("_currency_words", {}))


@functools.lru_cache(maxsize=None)
def native_days() -> dict:
    """Native day words and their number of days (`사흘` → 3)."""
    return dict(read("durations.yaml")["native_days"])


@functools.lru_cache(maxsize=None)
def ordinal_prefix_units() -> tuple:
    """Counters an ordinal prefix (`제`) may stand before."""
    return tuple(str(u) for u in read("ordinals.yaml")["prefix_units"])
