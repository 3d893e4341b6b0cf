"""The DATE lexicon (`lexicons/date_words.yaml`): relative and anaphoric words, parts of periods,
weekdays, holidays, and the words around a date that change its reading."""
from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from .. import lexicons

FOLDER = Path(__file__).resolve().parent / "lexicons"

# What date_words.yaml holds, and nothing else (checked on load: a bad file fails with its name, not later).
WORD_TABLES = ("relative_years", "year_parts_alone", "month_parts_alone", "month_words", "relative_months", "relative_days", "relative_weeks",
               "anaphoric_days", "anaphoric_years", "anaphoric_months", "parts", "halves", "deictic", "weekdays",
               "holidays", "this_year_followers", "glued_after", "approx_after", "not_date_before", "not_date_before_word", "change_after",
               "duration_after", "stretch_units", "this_year_short", "offset_words", "period_during", "relative_quarters",
               "weekends", "anaphoric_quarters", "nth_weekdays", "last_day", "as_of_after", "fact_present",
               "frequency_after", "not_date_after_fraction", "taking_after", "lunar_holidays",
               "lunar_short", "lunar_short_followers", "weekend_alone", "weekend_alone_followers",
               "month_week", "day_words", "day_words_after_month_word", "offset_amount_words",
               "publication_stamps", "revision_stamps", "founding_after", "year_part_idioms", "recap_titles",
               "service_after", "service_mates", "look_back_after", "compared_after", "compared_same_part",
               "starting_point_after")
# The columns of lunar_holidays.tsv: a year, then the solar day (MM-DD) of each lunar holiday.
LUNAR_COLUMNS = ("year", "설날", "대보름", "석가탄신일", "추석")


@functools.lru_cache(maxsize=None)
def words(folder: Path = FOLDER) -> dict:
    """The tables of date_words.yaml: exactly `WORD_TABLES`, each non-empty, every word as normalized."""
    path = Path(folder) / "date_words.yaml"
    table = lexicons.read_mapping(path, WORD_TABLES)
    empty = [key for key in WORD_TABLES if not table[key]]
    if empty:
        raise lexicons.LexiconError(f"{path.name}: empty {', '.join(empty)}")
    lexicons.check_normalized(path, lexicons.strings(table))
    return table


@functools.lru_cache(maxsize=None)
def lunar_days(folder: Path = FOLDER) -> dict:
    """lunar_holidays.tsv: holiday (`설날`, `추석`) → {year: (month, day)} of its solar day; a day
    that is not `MM-DD` of that year fails with the file's name."""
    path = Path(folder) / "lunar_holidays.tsv"
    days = {name: {} for name in LUNAR_COLUMNS[1:]}
    for row in lexicons.read_tsv(path, LUNAR_COLUMNS):
        for name in days:
            try:
                day = date.fromisoformat(f"{row['year']}-{row[name]}")
            except (TypeError, ValueError):
                raise lexicons.LexiconError(f"{path.name}: {row['year']} {name}: {row[name]!r} is not a day (MM-DD)") from None
            days[name][day.year] = (day.month, day.day)
    return days
