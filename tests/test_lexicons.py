"""Lexicons are validated on load: a file that cannot work fails with its name and the problem.

Each test copies a dimension's `lexicons/` folder into `tmp_path`, breaks one file and loads the
copy (the loaders take the folder as an argument).
"""
from __future__ import annotations

import re
import shutil

import pytest

from pipeline.date import lexicon as date
from pipeline.lexicons import LexiconError
from pipeline.org import lexicon as org
from pipeline.quantity import lexicon as quantity

# file → (the dimension's lexicon module, the loader that reads the file)
LOADERS = {
    "currencies.yaml": (quantity, quantity.units),
    "measures.yaml": (quantity, quantity.units),
    "durations.yaml": (quantity, quantity.units),
    "counters.yaml": (quantity, quantity.units),
    "ordinals.yaml": (quantity, quantity.units),
    "readings.yaml": (quantity, quantity.readings),
    "portions.yaml": (quantity, quantity.half_counters),
    "brackets.yaml": (quantity, quantity.bracket_words),
    "nouns.yaml": (quantity, quantity.among_nouns),
    "date_words.yaml": (date, date.words),
    "org_suffixes.yaml": (org, org.cues),
    "organizations.tsv": (org, org.gazetteer),
    "lunar_holidays.tsv": (date, date.lunar_days),
}


def broken(tmp_path, name: str, old: str, new: str):
    """A copy of the folder holding `name`, with `old` replaced by `new` in it; the loader of `name`."""
    module, loader = LOADERS[name]
    folder = tmp_path / "lexicons"
    shutil.copytree(module.FOLDER, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder, loader


def test_shipped_lexicons_validate():
    for module, loader in LOADERS.values():
        assert loader(module.FOLDER)
    assert quantity.currency_words() and quantity.native_days() and quantity.ordinal_prefix_units()
    assert quantity.temperature_scales() and quantity.half_counters()


@pytest.mark.parametrize("name, old, new, form, text", [
    ("measures.yaml", "forms: [km,", "forms: [km, ㎞,", "㎞", "km"),
    ("currencies.yaml", 'prefix: ["$",', 'prefix: ["＄", "$",', "＄", "$"),
    ("date_words.yaml", "approx_after: [경,", "approx_after: [～, 경,", "～", "~"),
    ("org_suffixes.yaml", "english: [Inc.,", "english: [Ｉｎｃ., Inc.,", "Ｉｎｃ.", "Inc."),
])
def test_a_form_normalization_changes_is_rejected(tmp_path, name, old, new, form, text):
    folder, loader = broken(tmp_path, name, old, new)
    with pytest.raises(LexiconError, match=re.escape(f"{name}: form '{form}' normalizes to '{text}'")):
        loader(folder)


@pytest.mark.parametrize("old, new, problem", [
    ("forms: [g, 그램, 그람]", "forms: [g, 그램, 그람, ㎎]", "form '㎎' of g normalizes to 'mg', which reads as mg"),
    ("forms: [피트, ft]", "forms: [피트, ft, ｍｉ]", "form 'ｍｉ' of ft normalizes to 'mi', which reads as mi"),  # mi: the symbol
])
def test_a_form_filed_under_the_wrong_unit_is_rejected(tmp_path, old, new, problem):
    folder, loader = broken(tmp_path, "measures.yaml", old, new)
    with pytest.raises(LexiconError, match=f"measures.yaml: {problem}"):
        loader(folder)


@pytest.mark.parametrize("name, old, new, problem", [
    ("durations.yaml", "native_days:", "markers: [간, 동안]\nnative_days:", "unknown key 'markers' in durations.yaml"),
    ("ordinals.yaml", "prefix_units:", "prefix_unit:", "unknown key 'prefix_unit' in ordinals.yaml"),
    ("measures.yaml", "forms: [km,", "form: [km,", r"unknown key 'form' in measures.yaml \(km\)"),
    ("currencies.yaml", "_currency_words:", "_currency_word:", "unknown key '_currency_word' in currencies.yaml"),
    ("readings.yaml", "  default: GBP", "  default: GBP\n  fallback: GBP", r"unknown key 'fallback' in readings.yaml \(파운드\)"),
    ("date_words.yaml", "halves:", "halfs:", "unknown key 'halfs' in date_words.yaml"),
    ("org_suffixes.yaml", "  sites:", "  site:", r"unknown key 'site' in org_suffixes.yaml \(not_org\)"),
    ("organizations.tsv", "aliases\ttype", "alias\ttype", r"unknown key 'alias' in organizations.tsv \(header\)"),
])
def test_an_unknown_key_is_rejected(tmp_path, name, old, new, problem):
    folder, loader = broken(tmp_path, name, old, new)
    with pytest.raises(LexiconError, match=problem):
        loader(folder)


@pytest.mark.parametrize("name, old, problem", [
    ("durations.yaml", "native_days:", "missing key 'native_days' in durations.yaml"),
    ("date_words.yaml", "halves:", "missing key 'halves' in date_words.yaml"),
    ("org_suffixes.yaml", "\npress:", "missing key 'press' in org_suffixes.yaml"),
])
def test_a_missing_key_is_rejected(tmp_path, name, old, problem):
    folder, loader = broken(tmp_path, name, old, old.replace(old.strip(), "# " + old.strip()))
    with pytest.raises(LexiconError, match=problem):
        loader(folder)


@pytest.mark.parametrize("old, new, problem", [
    ("  default: GBP", "  default: lb", "the default of '파운드' must be its unit in the lexicons"),
    ("    lb: {category: measure, cues: [체중,", "    lbs: {category: measure, cues: [체중,", "reading 'lbs' of '파운드' is no unit"),
])
def test_a_reading_the_units_do_not_hold_is_rejected(tmp_path, old, new, problem):
    folder, loader = broken(tmp_path, "readings.yaml", old, new)
    with pytest.raises(LexiconError, match=f"readings.yaml: {problem}"):
        loader(folder)


def test_a_type_outside_the_vocabulary_is_rejected(tmp_path):
    folder, loader = broken(tmp_path, "organizations.tsv", "Samsung Group\t삼성|Samsung\tgroup",
                            "Samsung Group\t삼성|Samsung\tconglomerate")
    with pytest.raises(LexiconError, match="organizations.tsv: row 1 has type 'conglomerate'"):
        loader(folder)


def test_a_suffix_type_outside_the_vocabulary_is_rejected(tmp_path):
    folder, loader = broken(tmp_path, "org_suffixes.yaml", "  museum: [", "  gallery: [")
    with pytest.raises(LexiconError, match="org_suffixes.yaml: suffix type 'gallery'"):
        loader(folder)


def test_a_repeated_org_id_is_rejected(tmp_path):
    folder, loader = broken(tmp_path, "organizations.tsv", "hyundai-group\t", "samsung-group\t")
    with pytest.raises(LexiconError, match=r"organizations.tsv: row \d+ repeats org_id 'samsung-group'"):
        loader(folder)


@pytest.mark.parametrize("name", LOADERS)
def test_a_missing_file_is_rejected(tmp_path, name):
    module, loader = LOADERS[name]
    folder = tmp_path / "lexicons"
    shutil.copytree(module.FOLDER, folder)
    (folder / name).unlink()
    with pytest.raises(LexiconError, match=re.escape(f"missing lexicon file {folder / name}")):
        loader(folder)


def test_a_lunar_holiday_that_is_no_day_is_rejected(tmp_path):
    folder, loader = broken(tmp_path, "lunar_holidays.tsv", "2024\t02-10", "2024\t02-30")
    with pytest.raises(LexiconError, match="lunar_holidays.tsv: 2024 설날: '02-30' is not a day"):
        loader(folder)


# The years lunar_holidays.tsv covers, and the lunar month and day of each holiday.
LUNAR_YEARS = range(1950, 2051)
LUNAR_DAYS = {"설날": (1, 1), "대보름": (1, 15), "석가탄신일": (4, 8), "추석": (8, 15)}


def test_lunar_holidays_regenerate_to_the_committed_file():
    """lunar_holidays.tsv is what the Korean lunar calendar (KARI standard) gives: each holiday's
    lunar day (`LUNAR_DAYS`) of each year, as its solar day."""
    lunar = pytest.importorskip("korean_lunar_calendar")
    calendar = lunar.KoreanLunarCalendar()

    def solar(year: int, month: int, day: int) -> tuple:
        assert calendar.setLunarDate(year, month, day, False)
        return int(calendar.solarMonth), int(calendar.solarDay)

    expected = {name: {y: solar(y, *day) for y in LUNAR_YEARS} for name, day in LUNAR_DAYS.items()}
    assert date.lunar_days() == expected
