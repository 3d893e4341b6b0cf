"""The README's excerpts of the tables are the reference run's rows, column for column, and its
pandas one-liners name columns the tables have: a newcomer copies them."""
from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _excerpts() -> dict:
    """{table file: (header, rows)} for each markdown table under a line naming `outputs/X.csv`."""
    found = {}
    for name, table in re.findall(r"`outputs/(\w+\.csv)`[^|]*?\n\n((?:\|[^\n]*\n)+)", README):
        lines = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in table.splitlines()]
        found[name] = (lines[0], lines[2:])
    return found


def _reference(name: str) -> list:
    with (ROOT / "outputs" / "reference" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_table_excerpts_are_rows_of_the_reference_run():
    excerpts = _excerpts()
    assert {"quantities.csv", "facts.csv"} <= set(excerpts)
    for name, (header, rows) in excerpts.items():
        reference = _reference(name)
        missing = [column for column in header if column not in reference[0]]
        assert not missing, f"README's {name} excerpt names columns the table lacks: {missing}"
        keys = [{c: r[c] for c in header} for r in reference]
        for row in rows:
            assert dict(zip(header, row)) in keys, f"README's {name} row is not in the reference run: {row}"


def test_the_pivot_one_liner_names_columns_of_facts():
    pivot = re.search(r"facts\.pivot_table\(index=\[(.*?)\], columns=\"(\w+)\", values=\"(\w+)\"", README)
    assert pivot, "the README's facts pivot one-liner"
    columns = set(_reference("facts.csv")[0])
    named = set(re.findall(r'"(\w+)"', pivot.group(1))) | {pivot.group(2), pivot.group(3)}
    assert named <= columns, named - columns


def test_the_date_forms_the_readme_lists_are_read():
    from pipeline.load import parse_date

    listed = re.search(r"Dates are `YYYY-MM-DD` \(also (.*?)\)", README, re.S).group(1)
    forms = re.findall(r"`([^`]+)`", listed.split("not")[0])
    assert forms, listed
    for form in forms:
        assert parse_date(form, "README") is not None, form


def test_an_impossible_day_says_so():
    import pytest

    from pipeline.load import InputError, parse_date

    with pytest.raises(InputError, match=r"'2024-02-30' \(no such day\)"):
        parse_date("2024-02-30", "metadata.csv:3")
    with pytest.raises(InputError, match=r"expected YYYY-MM-DD"):
        parse_date("next week", "metadata.csv:3")
