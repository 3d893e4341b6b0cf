"""Lexicons are data files in each dimension's `lexicons/` folder; this module reads them.

Each dimension's `lexicon.py` loads its files once into plain, immutable data that its rules
compile into patterns. A missing or malformed file fails at load with the file's name and the
problem, never later and never silently.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
from pathlib import Path

import yaml

from .normalize import normalize

PACKAGE = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that does not follow its schema."""


def _text(path: Path) -> str:
    """The file's text; a missing file is an error, never an empty lexicon."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except FileNotFoundError:
        raise LexiconError(f"missing lexicon file {path}") from None
    except OSError as error:
        raise LexiconError(f"{path}: {error}") from None


# libyaml's parser when PyYAML was built with it (its wheels are): the same data, five times faster
# than the pure-Python one, which took a quarter of the start-up after Kiwi.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str):
    """YAML text → plain data (the safe subset)."""
    return yaml.load(text, Loader=SAFE_LOADER)


def read_yaml(path: Path):
    """The parsed YAML file; a missing or malformed one is a `LexiconError` naming it."""
    try:
        return parse_yaml(_text(path))
    except yaml.YAMLError as error:
        raise LexiconError(f"{path}: {error}") from None


def read_mapping(path: Path, keys) -> dict:
    """A YAML file that is a mapping with exactly the keys `keys`."""
    table = read_yaml(path)
    check_mapping(path, table)
    check_keys(path, table, keys)
    return table


def read_tsv(path: Path, columns) -> tuple:
    """Rows of a tab-separated file as dicts, its header exactly `columns`; blank lines and `#`
    comments skipped."""
    lines = [line for line in io.StringIO(_text(path), newline="") if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    check_keys(path, reader.fieldnames or [], columns, within="header")
    return tuple(reader)


def _place(path: Path, within: str) -> str:
    return f"{Path(path).name} ({within})" if within else Path(path).name


def check_mapping(path: Path, table, within: str = "") -> None:
    """A YAML table is a mapping (an empty file is None, a stray dash makes a list)."""
    if not isinstance(table, dict):
        raise LexiconError(f"expected a mapping, found {type(table).__name__} in {_place(path, within)}")


def check_keys(path: Path, table, required, within: str = "") -> None:
    """`table` has every required key and no other: a key no code reads is a typo or dead data."""
    unknown = [key for key in table if key not in required]
    missing = [key for key in required if key not in table]
    if unknown:
        raise LexiconError(f"unknown key {unknown[0]!r} in {_place(path, within)}")
    if missing:
        raise LexiconError(f"missing key {missing[0]!r} in {_place(path, within)}")


def strings(data):
    """Every string in nested YAML data, keys included."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings(item)
    elif isinstance(data, str):
        yield data


def check_normalized(path: Path, forms) -> None:
    """Rules match the normalized text, so a form that normalization changes can never match."""
    for form in forms:
        if (text := normalize(form).text) != form:
            raise LexiconError(f"{Path(path).name}: form {form!r} normalizes to {text!r},"
                               " so it never matches as written")


def user_words() -> list:
    """(word, tag, score) for kiwipiepy's user dictionary: none, on purpose.

    Adding the gazetteer's Hangul names as NNP (about 1,800 words) was measured: it made
    tokenization about 10% slower and changed analyses around the names (`컬리의 대표는` →
    `대표/NNG 이/VCP 는/ETM`), which the date and quantity rules read. The ORG rules match gazetteer
    names on the text instead and accept a particle kiwipiepy glued to an unknown name (`컬리의`).
    """
    return []


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of every lexicon file and rule module, for run manifests."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".yaml", ".tsv", ".py", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
