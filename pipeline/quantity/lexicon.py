"""The QUANTITY lexicons (`lexicons/`): units, currencies, measures, durations, counters, ordinals."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .. import lexicons
from ..normalize import normalize

FOLDER = Path(__file__).resolve().parent / "lexicons"
# The keys each file must hold (and no other); the entries of the files keyed by unit or ISO code.
KEYS = {"durations.yaml": ("units", "native_days"), "ordinals.yaml": ("suffix", "prefix_units"),
        "currencies.yaml": ("_currency_words",)}
ENTRY_KEYS = {"currencies.yaml": ("suffix", "prefix"), "measures.yaml": ("category", "forms")}
_ISO_CODE = re.compile(r"[A-Z]{3}")


@functools.lru_cache(maxsize=None)
def read(name: str, folder: Path = FOLDER):
    """A lexicon file of `folder`, its keys checked against `KEYS` and `ENTRY_KEYS`."""
    path = Path(folder) / name
    data = lexicons.read_yaml(path)
    lexicons.check_mapping(path, data)
    if name in KEYS:
        lexicons.check_keys(path, [key for key in data if not _is_entry(name, key)], KEYS[name])
    for key in (key for key in data if _is_entry(name, key)):
        lexicons.check_mapping(path, data[key], within=str(key))
        lexicons.check_keys(path, data[key], ENTRY_KEYS[name], within=str(key))
    return data


def _is_entry(name: str, key) -> bool:
    """Measures are keyed by their canonical unit, currencies by ISO code (other keys start with `_`)."""
    return name == "measures.yaml" or (name == "currencies.yaml" and bool(_ISO_CODE.fullmatch(str(key))))


@dataclass(frozen=True)
class Unit:
    """A unit form: how it is written, its canonical unit and category, and where it stands."""

    form: str
    canonical: str
    category: str
    prefix: bool = False


@functools.lru_cache(maxsize=None)
def units(folder: Path = FOLDER) -> tuple:
    """Every unit form after or before a number: currencies, measures, durations, counters."""
    by_file = {
        "currencies.yaml": [Unit(str(f), code, "currency", prefix=side == "prefix")
                            for code, entry in read("currencies.yaml", folder).items() if not code.startswith("_")
                            for side in ("suffix", "prefix") for f in entry[side]],
        "measures.yaml": [Unit(str(f), str(canonical), entry["category"])
                          for canonical, entry in read("measures.yaml", folder).items() for f in entry["forms"]],
        "durations.yaml": [Unit(str(f), canonical, "duration")
                           for canonical, forms in read("durations.yaml", folder)["units"].items() for f in forms],
        "counters.yaml": [Unit(str(c), str(c), "count") for c in read("counters.yaml", folder)],
        "ordinals.yaml": [Unit(str(m), str(m), "ordinal") for m in read("ordinals.yaml", folder)["suffix"]],
    }
    found = tuple(unit for file_units in by_file.values() for unit in file_units)
    for name, file_units in by_file.items():
        check_forms(Path(folder) / name, file_units, found)
    return found


def check_forms(path: Path, file_units, every) -> None:
    """Each form is written as the rules see it (normalized); a form whose normalized text is a
    form or the symbol of another unit was filed under the wrong unit (`㎎` under g is mg)."""
    owner = {**{u.canonical: u.canonical for u in every}, **{u.form: u.canonical for u in every}}
    for unit in file_units:
        if not unit.form.strip():
            raise lexicons.LexiconError(f"{path.name}: empty unit form for {unit.canonical}")
        text = normalize(unit.form).text
        if text != unit.form and owner.get(text, unit.canonical) != unit.canonical:
            raise lexicons.LexiconError(f"{path.name}: form {unit.form!r} of {unit.canonical} normalizes to {text!r},"
                                        f" which reads as {owner[text]}: filed under the wrong unit")
    lexicons.check_normalized(path, (unit.form for unit in file_units))


@functools.lru_cache(maxsize=None)
def currency_words(folder: Path = FOLDER) -> dict:
    """Words before a number that name its currency (`미화` → USD)."""
    words = dict(read("currencies.yaml", folder)["_currency_words"])
    lexicons.check_normalized(Path(folder) / "currencies.yaml", words)
    return words


@functools.lru_cache(maxsize=None)
def native_days(folder: Path = FOLDER) -> dict:
    """Native day words and their number of days (`사흘` → 3)."""
    days = dict(read("durations.yaml", folder)["native_days"])
    lexicons.check_normalized(Path(folder) / "durations.yaml", days)
    return days


@functools.lru_cache(maxsize=None)
def ordinal_prefix_units(folder: Path = FOLDER) -> tuple:
    """Counters an ordinal prefix (`제`) may stand before."""
    forms = tuple(str(u) for u in read("ordinals.yaml", folder)["prefix_units"])
    lexicons.check_normalized(Path(folder) / "ordinals.yaml", forms)
    return forms
