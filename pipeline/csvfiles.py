"""Reading CSV: koie's inputs and its own tables, with fields as long as a document.

The csv module refuses fields over 128 KB by default, which fails a whole file for one long
article, title or error message; every CSV reader of koie goes through here instead.
"""
from __future__ import annotations

import csv

# Large enough for any document; the largest limit a C long holds on every platform.
FIELD_LIMIT = 2**31 - 1


def reader(lines, **options):
    """`csv.reader` that takes fields of any length up to `FIELD_LIMIT`."""
    csv.field_size_limit(FIELD_LIMIT)
    return csv.reader(lines, **options)


def dict_reader(lines, **options) -> csv.DictReader:
    """`csv.DictReader` that takes fields of any length up to `FIELD_LIMIT`."""
    csv.field_size_limit(FIELD_LIMIT)
    return csv.DictReader(lines, **options)
