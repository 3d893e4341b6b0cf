"""Lexicons are data files in each dimension's `lexicons/` folder; this module reads them.

Each dimension's `lexicon.py` loads its files once into plain, immutable data that its rules
compile into patterns. A missing or malformed file fails at load with the file's name and the
problem, never later and never silently.
"""
from __future__ import annotations

import csv
import functools
import hashlib
from pathlib import Path

import yaml

PACKAGE = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that does not follow its schema."""


def read_yaml(path: Path):
    """The parsed YAML file; an unreadable or malformed one is a `LexiconError` naming it."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{path}: {error}") from None


def read_tsv(path: Path) -> tuple:
    """Rows of a tab-separated file with a header as dicts; blank lines and `#` comments skipped."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
    except OSError as error:
        raise LexiconError(f"{path}: {error}") from None
    return tuple(csv.DictReader(lines, delimiter="\t"))


def require(path: Path, table: dict, keys) -> None:
    """Every key of `keys` is in `table` (a lexicon's schema), else a `LexiconError` naming them."""
    missing = [key for key in keys if key not in (table or {})]
    if missing:
        raise LexiconError(f"{Path(path).name}: missing {', '.join(missing)}")


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
