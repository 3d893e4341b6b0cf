"""Stage 1: read documents from .txt files, folders, .jsonl and .csv/.tsv files.

`load(paths)` yields a `Document` per readable document and a `Failure` per unreadable one, in
a stable order (paths as given, folder contents sorted), lazily, so a batch can stream.
A failure never stops the other documents.

Folders: every `*.txt`, `*.jsonl`, `*.csv` and `*.tsv` below them, except folders named `gold`
(hand-labelled data) and `metadata.csv`/`metadata.tsv`, which give the `.txt` files beside it
their date, title and source (columns `doc_id` or `file`, `date`, then anything else), and
folders holding a koie run (`run.json`: an output folder inside the input is not read back).

Ids are unique in a load: a document whose id is taken gets a derived id (`_unique_ids`). An id
or a text that is not plain Unicode text fails its record; a date that is not a real date is
a warning, and the document is extracted without it.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from . import csvfiles
from .model import Document, replace

DOCUMENT_SUFFIXES = {".txt", ".jsonl", ".csv", ".tsv"}
METADATA_NAMES = {"metadata.csv", "metadata.tsv"}
SKIPPED_FOLDERS = {"gold"}
RUN_MANIFEST = "run.json"
MAX_ID_CHARS = 200
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?(?:[T ]\d\d:\d\d[\d:.,+\-Z]{0,24})?")


@dataclass(frozen=True)
class Failure:
    """A document (or a whole input) that could not be read: `error` is one line."""

    doc_id: str
    source: str
    error: str


class InputError(ValueError):
    """A problem with one input, with the message that names it."""


def shown(value: str, limit: int = 40) -> str:
    """`value` quoted for a one-line message, cut short: a hostile field must not make the
    error column as long as itself."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def parse_date(value: str, where: str) -> Optional[date]:
    """`YYYY-MM-DD`, also with `/` or `.` (`2024/02/01`, `2024.2.1`), a time after it ignored →
    date; empty → None; else InputError. Not `20200101`: without separators it looks like a number
    or an id as much as a date."""
    value = (value or "").strip()
    if not value:
        return None
    match = _DATE.fullmatch(value)
    if match:
        year, _, month, day = match.groups()
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            raise InputError(f"{where}: invalid date {shown(value)} (no such day)") from None
    raise InputError(f"{where}: invalid date {shown(value)} (expected YYYY-MM-DD)")


def _dated(value: str, where: str) -> tuple:
    """(date, warning): an invalid date is a warning, so the document is still extracted."""
    try:
        return parse_date(value, where), ""
    except InputError as error:
        return None, f"{error}; extracted without a date"


def check_id(doc_id, where: str) -> str:
    """`doc_id` as a string when it is fit to key every table row (short, one line, valid
    Unicode); else InputError."""
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise InputError(f"{where}: invalid id {shown(str(doc_id))} (a string was expected)")
    doc_id = str(doc_id)
    if len(doc_id) > MAX_ID_CHARS:
        problem = f"{len(doc_id):,} characters, at most {MAX_ID_CHARS}"
    elif _SURROGATE.search(doc_id):
        problem = "a lone surrogate, not valid Unicode"
    elif _CONTROL.search(doc_id):
        problem = "a control character (a line break, say)"
    elif doc_id != doc_id.strip():
        problem = "spaces around it"
    else:
        return doc_id
    raise InputError(f"{where}: invalid id {shown(doc_id)} ({problem})")


def _check_unicode(row: dict, where: str) -> None:
    """A JSON escape can make a lone surrogate (`\\ud800`), which no UTF-8 table can hold."""
    for name, value in row.items():
        if isinstance(value, str) and (found := _SURROGATE.search(value)):
            raise InputError(f"{where}: field {shown(str(name))} holds a lone surrogate at character "
                             f"{found.start()} ({found.group()!r}), not valid Unicode")


def as_date(value, where: str) -> Optional[date]:
    """A caller's date → the calendar day: a `date`, a `datetime` or pandas `Timestamp` (its day;
    a time would be written as part of the date and cannot be compared with dates), or an ISO
    string. None → None; NaT and other types → an error that says so."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value != value:  # pandas NaT: a datetime that equals nothing
            raise InputError(f"{where}: missing date (NaT); pass None for a document without a date")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value, where)
    raise TypeError(f"{where}: a date, datetime or YYYY-MM-DD string was expected, not {type(value).__name__} {value!r}")


def decode(data: bytes, where: str) -> tuple:
    """Bytes → (text, warning). UTF-8 first; CP949/EUC-KR with a warning; else InputError."""
    if b"\x00" in data:
        for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                          (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
            if data.startswith(bom):
                raise InputError(f"{where}: {name} text (byte-order mark); save it as UTF-8")
        raise InputError(f"{where}: binary file (contains NUL bytes), not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    warning = ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp949")
        except UnicodeDecodeError:
            raise InputError(
                f"{where}: invalid UTF-8 at byte {utf8_error.start} and not CP949/EUC-KR either"
            ) from None
        if not _HANGUL.search(text):
            raise InputError(f"{where}: invalid UTF-8 at byte {utf8_error.start}") from None
        warning = f"{where}: not UTF-8, decoded as CP949/EUC-KR"
    if not text.strip():
        raise InputError(f"{where}: empty document")
    return text, warning


def make_document(doc_id: str, text: str, doc_date: Optional[date] = None, source: str = "", meta: Optional[dict] = None,
                  warning: str = "", date_source: str = "metadata") -> Document:
    """The one way to build a `Document`: line endings made `\n` (kiwipiepy and the offsets of
    every table see the same text, whatever the input), the date's source recorded (`date_source`
    when there is a date: `metadata`, or `option` for a date the caller gives; else `none`)."""
    meta = {**(meta or {}), "warning": warning} if warning else (meta or {})
    return Document(doc_id, text.replace("\r\n", "\n").replace("\r", "\n"), doc_date,
                    date_source if doc_date else "none", source, meta)


def _document(doc_id: str, text: str, raw_date: str, where: str, meta: dict, warning: str = "",
              date_where: str = "") -> Document:
    doc_date, date_warning = _dated(raw_date, date_where or where)
    return make_document(doc_id, text, doc_date, where, meta, "; ".join(filter(None, (warning, date_warning))))


def _read_metadata(folder: Path) -> dict:
    """Key → (row, where) of the metadata file in `folder`; a `doc_id` or `file` may name a file
    with or without its `.txt`."""
    for name in sorted(METADATA_NAMES):
        path = folder / name
        if path.is_file():
            delimiter = "\t" if path.suffix == ".tsv" else ","
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csvfiles.dict_reader(handle, delimiter=delimiter)
                rows = [(row, f"{path}:{reader.line_num}") for row in reader]
            return {_metadata_key(row): (row, where) for row, where in rows}
    return {}


def _metadata_key(row: dict) -> str:
    name = row.get("doc_id") or row.get("file") or ""
    return name[:-len(".txt")] if name.endswith(".txt") else name


def _load_txt(path: Path, metadata: dict) -> Iterator[Union[Document, Failure]]:
    doc_id = path.stem
    try:
        check_id(doc_id, str(path))
        text, warning = decode(path.read_bytes(), str(path))
        row, where = metadata.get(doc_id, ({}, str(path)))
        meta = {k: v for k, v in row.items() if k not in ("doc_id", "file", "date") and v}
        yield _document(doc_id, text, row.get("date", ""), str(path), meta, warning, date_where=where)
    except (InputError, OSError) as error:
        yield Failure(doc_id, str(path), str(error))


def _record(row: dict, doc_id: str, where: str, warning: str) -> Document:
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: no 'text' field")
    _check_unicode(row, where)
    if not text.strip():
        raise InputError(f"{where}: empty document")
    meta = {k: v for k, v in row.items() if k not in ("id", "text", "date") and v not in (None, "")}
    return _document(doc_id, text, str(row.get("date") or ""), where, meta, warning)


def _record_id(row: dict, fallback: str, where: str) -> str:
    """The record's `id` (checked), or `fallback` (file stem and line) when it has none."""
    raw = row.get("id")
    return fallback if raw is None or raw == "" else check_id(raw, where)


def _decode_line(raw: bytes, where: str) -> tuple:
    """One JSONL line → (text, warning): UTF-8, else CP949 with a warning, else InputError."""
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("cp949"), f"{where}: not UTF-8, decoded as CP949/EUC-KR"
        except UnicodeDecodeError:
            raise InputError(f"{where}: invalid UTF-8 at byte {utf8_error.start}") from None


def _load_jsonl(path: Path) -> Iterator[Union[Document, Failure]]:
    """One document per line, read line by line so a large file streams."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(path.stem, str(path), f"{path}: {error.strerror or error}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            where, doc_id = f"{path}:{number}", f"{path.stem}-{number}"
            try:
                line, warning = _decode_line(raw.rstrip(b"\r\n"), where)
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise InputError(f"{where}: a JSON object was expected")
                doc_id = _record_id(row, doc_id, where)
                yield _record(row, doc_id, where, warning)
            except json.JSONDecodeError as error:
                yield Failure(doc_id, where, f"{where}: not valid JSON ({error.msg})")
            except InputError as error:
                yield Failure(doc_id, where, str(error))


def _load_table(path: Path) -> Iterator[Union[Document, Failure]]:
    try:
        content, warning = decode(path.read_bytes(), str(path))
        records = _table_records(content, "\t" if path.suffix == ".tsv" else ",", path)
        header = next(records, (1, []))[1]
        if isinstance(header, InputError):
            raise header
        if "text" not in header:
            raise InputError(f"{path}: no 'text' column")
    except (InputError, OSError) as error:
        yield Failure(path.stem, str(path), str(error))
        return
    for number, fields in records:
        where, doc_id = f"{path}:{number}", f"{path.stem}-{number}"
        try:
            if isinstance(fields, InputError):
                raise fields
            row = dict(zip(header, fields))
            doc_id = _record_id(row, doc_id, where)
            yield _record(row, doc_id, where, warning)
        except InputError as error:
            yield Failure(doc_id, where, str(error))


def _table_records(content: str, delimiter: str, path: Path) -> Iterator[tuple]:
    """(line number, fields) per record of a CSV/TSV text, or (line number, InputError) for a
    malformed one. An unterminated quote would swallow every line after it into one field, so
    after a malformed record reading starts again on the line after the one it began on."""
    lines = io.StringIO(content, newline="").readlines()
    start = 0
    while start < len(lines):
        reader = csvfiles.reader(lines[start:], delimiter=delimiter, strict=True)
        done = 0  # lines of `lines[start:]` read into complete records
        try:
            for fields in reader:
                if fields:
                    yield start + done + 1, fields
                done = reader.line_num
            return
        except csv.Error as error:
            number = start + done + 1
            runs_on = reader.line_num > done + 1  # a quoted field went past its line, into the next rows
            problem = "unterminated quote" if runs_on or "end of data" in str(error) else f"malformed row ({error})"
            yield number, InputError(f"{path}:{number}: {problem}")
            start = number


def _load_file(path: Path, metadata: dict) -> Iterator[Union[Document, Failure]]:
    if path.suffix == ".jsonl":
        return _load_jsonl(path)
    if path.suffix in (".csv", ".tsv"):
        return _load_table(path)
    return _load_txt(path, metadata)


def _folder_files(folder: Path, exclude: Iterable[Path] = ()) -> list:
    """The document files below `folder`, sorted, except in skipped folders: `gold`, hidden ones,
    those in `exclude` (the run's output folder) and those holding a koie run (`run.json`)."""
    paths = sorted(folder.rglob("*"))  # (walked once: the run folders to skip are among them)
    skipped = {path.parent.relative_to(folder).parts for path in paths if path.name == RUN_MANIFEST}
    skipped |= {_relative_parts(path, folder) for path in exclude} - {None}
    found = []
    for path in paths:
        relative = path.relative_to(folder).parts
        if any(part in SKIPPED_FOLDERS or part.startswith(".") for part in relative[:-1]):
            continue
        if any(relative[:depth] in skipped for depth in range(1, len(relative))):
            continue
        if path.is_file() and path.suffix in DOCUMENT_SUFFIXES and path.name not in METADATA_NAMES:
            found.append(path)
    return found


def _relative_parts(path: Path, folder: Path) -> Optional[tuple]:
    """The parts of `path` below `folder`, or None when it is not below it."""
    try:
        return Path(path).resolve().relative_to(folder.resolve()).parts
    except ValueError:
        return None


def load(paths: Iterable[Union[str, Path]], exclude: Iterable[Union[str, Path]] = ()) -> Iterator[Union[Document, Failure]]:
    """Yield every document of the inputs, in order, each with an id of its own; unreadable ones
    as `Failure`. Folders in `exclude` (a run's output folder) are not read."""
    return _unique_ids(_load_all(paths, [Path(path) for path in exclude]))


def _load_all(paths: Iterable[Union[str, Path]], exclude: list) -> Iterator[Union[Document, Failure]]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Failure(path.name, str(path), f"{path}: no such file or folder")
        elif path.is_dir() and (path / RUN_MANIFEST).is_file():  # `koie run outputs/ …`: tables, no articles
            yield Failure(path.name, str(path), f"{path}: a koie run's output folder (run.json), not articles; "
                                                f"give the folder of the articles")
        elif path.is_dir():
            files = _folder_files(path, exclude)
            if not files:
                yield Failure(path.name, str(path), f"{path}: folder holds no articles (.txt, .jsonl, .csv, .tsv)")
            metadata = {folder: _read_metadata(folder) for folder in {file.parent for file in files}}
            for file in files:
                yield from _load_file(file, metadata[file.parent])
        elif path.suffix not in DOCUMENT_SUFFIXES:
            yield Failure(path.stem, str(path), f"{path}: unsupported file type {path.suffix or '(none)'} (use .txt, .jsonl, .csv or .tsv)")
        else:
            yield from _load_file(path, _read_metadata(path.parent))


def _unique_ids(items: Iterable) -> Iterator:
    """Items with ids unique in the load: an id already taken becomes a derived one (`derived_ids`),
    so rows of two documents never share a key and `--resume` finds each document once."""
    taken = set()
    for item in items:
        if item.doc_id in taken:
            doc_id = next(candidate for candidate in derived_ids(item.doc_id, item.source) if candidate not in taken)
            item = replace(item, doc_id=doc_id) if isinstance(item, Document) else dataclasses.replace(item, doc_id=doc_id)
        taken.add(item.doc_id)
        yield item


def derived_ids(doc_id: str, source: str) -> Iterator[str]:
    """Stable ids for a document whose id is taken, the first one free is used: a record's id
    qualified by its file and line (`a@news.jsonl:7`); a file's by its folders, nearest first
    (`y/a` for `x/y/a.txt`); then numbered (`a~2`, `a~3`, …).

        >>> list(itertools.islice(derived_ids("a", "in/x/y/a.txt"), 4))
        ['y/a', 'x/y/a', 'in/x/y/a', 'a~2']
        >>> next(derived_ids("a", "in/news.jsonl:7"))
        'a@news.jsonl:7'
    """
    record = re.fullmatch(r"(.+):(\d+)", source)
    if record:
        yield f"{doc_id}@{Path(record.group(1)).name}:{record.group(2)}"
    else:
        folders = [part for part in Path(source).parent.parts if part not in ("/", ".", "..")]
        for depth in range(1, len(folders) + 1):
            yield "/".join([*folders[-depth:], doc_id])
    yield from (f"{doc_id}~{number}" for number in itertools.count(2))
