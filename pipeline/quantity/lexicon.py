"""The QUANTITY lexicons (`lexicons/`): units, currencies, measures, durations, counters, ordinals,
and the readings of unit forms that are money or weight, mass or length (`readings.yaml`)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import lexicons
from ..normalize import normalize

FOLDER = Path(__file__).resolve().parent / "lexicons"
# The keys each file must hold (and no other); the entries of the files keyed by unit or ISO code.
KEYS = {"durations.yaml": ("units", "native_days", "taking_verbs", "elapsed_since"), "ordinals.yaml": ("suffix", "prefix_units", "counted_devices"),
        "currencies.yaml": ("_currency_words", "_subunits"), "measures.yaml": ("_temperature_scales",), "readings.yaml": ("_glued",),
        "portions.yaml": ("half", "half_after"), "brackets.yaml": ("after",), "nouns.yaml": ("among", "handful_counters", "counted_buildings")}
ENTRY_KEYS = {"currencies.yaml": ("suffix", "prefix"), "measures.yaml": ("category", "forms"),
              "readings.yaml": ("default", "readings")}
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
    """Measures are keyed by their canonical unit, readings by the unit form, currencies by ISO
    code (other keys start with `_`)."""
    if name in ("measures.yaml", "readings.yaml"):
        return not str(key).startswith("_")
    return name == "currencies.yaml" and bool(_ISO_CODE.fullmatch(str(key)))


@dataclass(frozen=True)
class Unit:
    """A unit form: how it is written, its canonical unit and category, and where it stands."""

    form: str
    canonical: str
    category: str
    prefix: bool = False
    scale: Decimal = Decimal(1)  # what one of the form is in the canonical unit (`센트`: 0.01 USD)


@functools.lru_cache(maxsize=None)
def units(folder: Path = FOLDER) -> tuple:
    """Every unit form after or before a number: currencies, measures, durations, counters."""
    by_file = {
        "currencies.yaml": [Unit(str(f), code, "currency", prefix=side == "prefix")
                            for code, entry in read("currencies.yaml", folder).items() if not code.startswith("_")
                            for side in ("suffix", "prefix") for f in entry[side]]
                           + [Unit(str(f), str(code), "currency", scale=Decimal(str(scale)))
                              for f, (code, scale) in read("currencies.yaml", folder)["_subunits"].items()],
        "measures.yaml": [Unit(str(f), str(canonical), entry["category"])
                          for canonical, entry in read("measures.yaml", folder).items() if not canonical.startswith("_")
                          for f in entry["forms"]],
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
    return _table("currencies.yaml", "_currency_words", folder)


@functools.lru_cache(maxsize=None)
def native_days(folder: Path = FOLDER) -> dict:
    """Native day words and their number of days (`사흘` → 3)."""
    return _table("durations.yaml", "native_days", folder)


@functools.lru_cache(maxsize=None)
def ordinal_prefix_units(folder: Path = FOLDER) -> tuple:
    """Counters an ordinal prefix (`제`) may stand before."""
    return _words("ordinals.yaml", "prefix_units", folder)


@functools.lru_cache(maxsize=None)
def counted_devices(folder: Path = FOLDER) -> tuple:
    """Nouns before which `기` counts machines and structures rather than numbering a cohort."""
    return _words("ordinals.yaml", "counted_devices", folder)


@functools.lru_cache(maxsize=None)
def temperature_scales(folder: Path = FOLDER) -> dict:
    """Words before a temperature that name its scale (`섭씨` → ℃)."""
    return _table("measures.yaml", "_temperature_scales", folder)


@functools.lru_cache(maxsize=None)
def half_counters(folder: Path = FOLDER) -> tuple:
    """Counters of portions after which 반 is a half (`반 컵`)."""
    return _words("portions.yaml", "half", folder)


@functools.lru_cache(maxsize=None)
def half_after(folder: Path = FOLDER) -> tuple:
    """Counters after which a 반 written apart adds a half (`한 컵 반`): those of `half` but units of
    time (a duration has its own rule), and the file's `half_after`."""
    durations = {str(f) for forms in read("durations.yaml", folder)["units"].values() for f in forms}
    forms = tuple(f for f in half_counters(folder) if f not in durations)
    return forms + _words("portions.yaml", "half_after", folder)


@functools.lru_cache(maxsize=None)
def _words(name: str, key: str, folder: Path = FOLDER) -> tuple:
    """The words listed under `key` in a file, checked to be written as normalization leaves them."""
    forms = tuple(str(f) for f in read(name, folder)[key])
    lexicons.check_normalized(Path(folder) / name, forms)
    return forms


@functools.lru_cache(maxsize=None)
def _table(name: str, key: str, folder: Path = FOLDER) -> dict:
    """The word → value table under `key` in a file, its words checked like `_words`."""
    table = dict(read(name, folder)[key])
    lexicons.check_normalized(Path(folder) / name, table)
    return table


def elapsed_since(folder: Path = FOLDER) -> tuple:
    """Events before a day word that start the time it counts (`출시 한 달`: since the launch, not per month)."""
    return _words("durations.yaml", "elapsed_since", folder)


def taking_verbs(folder: Path = FOLDER) -> tuple:
    """Verb stems of taking time after an amount (`3일 걸린다`: 3 days, not the 3rd)."""
    return _words("durations.yaml", "taking_verbs", folder)


def bracket_words(folder: Path = FOLDER) -> tuple:
    """Words after `20대` that make it an age bracket (`20대 여성`)."""
    return _words("brackets.yaml", "after", folder)


def subunits(folder: Path = FOLDER) -> tuple:
    """Forms of a currency's subunit (`센트`)."""
    return tuple(str(f) for f in read("currencies.yaml", folder)["_subunits"])


def among_nouns(folder: Path = FOLDER) -> tuple:
    """Nouns before `하나`, `둘` … that pick out of a group (`가운데 하나`: one of them)."""
    return _words("nouns.yaml", "among", folder)


@functools.lru_cache(maxsize=None)
def counted_buildings(folder: Path = FOLDER) -> tuple:
    """Nouns right after which `동` counts buildings (`주택 1천240동`), not Vietnamese dong."""
    return _words("nouns.yaml", "counted_buildings", folder)


@functools.lru_cache(maxsize=None)
def handful_counters(folder: Path = FOLDER) -> frozenset:
    """Counters of a handful (`모금`, `숟가락`): no count of 억 or more (`152억 모금` is fundraising)."""
    return frozenset(_words("nouns.yaml", "handful_counters", folder))


@dataclass(frozen=True)
class Reading:
    """One reading of an ambiguous unit form: its canonical unit, category and cue morphemes
    (`form` → the tags it must carry, empty for any)."""

    canonical: str
    category: str
    cues: tuple


@dataclass(frozen=True)
class Readings:
    """The readings of a unit form with two (`파운드`: GBP or lb), the default first; `by_cue`: cue form
    → its (tag, reading) pairs in that order (looked up per token of a sentence)."""

    readings: tuple
    glued: bool
    by_cue: dict

    def cue_of(self, form: str, tag: str):
        """The reading `form`/`tag` (a kiwipiepy morpheme) is a cue for, or None."""
        tag = tag.split("-")[0]  # `VV-R`: a regular verb
        return next((r for cue_tag, r in self.by_cue.get(form, ()) if cue_tag in ("", tag)), None)


@functools.lru_cache(maxsize=None)
def readings(folder: Path = FOLDER) -> dict:
    """form → `Readings` for the unit forms with two readings; each default is the form's unit in
    the unit lexicons, each reading's unit a canonical unit there."""
    data = read("readings.yaml", folder)
    path = Path(folder) / "readings.yaml"
    lexicons.check_normalized(path, [str(g) for g in data["_glued"]])
    by_form = {u.form: u for u in units(folder) if not u.prefix}
    canonical = {u.canonical for u in by_form.values()}
    found = {}
    for form, entry in ((f, e) for f, e in data.items() if not str(f).startswith("_")):
        choices = []
        for unit, reading in entry["readings"].items():
            lexicons.check_mapping(path, reading, within=f"{form}.{unit}")
            lexicons.check_keys(path, reading, ("category", "cues"), within=f"{form}.{unit}")
            if str(unit) not in canonical:
                raise lexicons.LexiconError(f"{path.name}: reading {unit!r} of {form!r} is no unit of the lexicons")
            cues = tuple(tuple(str(c).partition("/")[::2]) for c in reading["cues"])
            choices.append(Reading(str(unit), reading["category"], cues))
        if form not in by_form or by_form[form].canonical != entry["default"]:
            raise lexicons.LexiconError(f"{path.name}: the default of {form!r} must be its unit in the lexicons")
        choices.sort(key=lambda r: r.canonical != entry["default"])
        by_cue = {}
        for reading in choices:
            for cue_form, cue_tag in reading.cues:
                by_cue.setdefault(cue_form, []).append((cue_tag, reading))
        found[str(form)] = Readings(tuple(choices), form in data["_glued"], {k: tuple(v) for k, v in by_cue.items()})
    return found
