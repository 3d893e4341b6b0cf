"""Stage 1: read documents from .txt files, folders, .jsonl and .csv/.tsv files.

`load(paths)` yields a `Document` per readable document and a `Failure` per unreadable one, in
a stable order (paths as given, folder contents sorted), lazily, so a batch can stream.
A failure never stops the other documents.

Folders: every `*.txt`, `*.jsonl`, `*.csv` and `*.tsv` below them, except folders named `gold`
(hand-labelled data) and `metadata.csv`/`metadata.tsv`, which give the `.txt` files beside it
their date, title and source (columns `doc_id` or `file`, `date`, then anything else).
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .model import Document

DOCUMENT_SUFFIXES = {".txt", ".jsonl", ".csv", ".tsv"}
METADATA_NAMES = {"metadata.csv", "metadata.tsv"}
SKIPPED_FOLDERS = {"gold"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Failure:
    """A document (or a whole input) that could not be read: `error` is one line."""

    doc_id: str
    source: str
    error: str


class InputError(ValueError):
    """A problem with one input, with the message that names it."""


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:[T ].*)?$")


def parse_date(value: str, where: str) -> Optional[date]:
    """`YYYY-MM-DD` (a time after it is ignored) → date; empty → None; else InputError.

    Only the extended form: `20200101` (which `date.fromisoformat` would take) looks like a
    number or an id as much as a date."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if not _ISO_DAY.match(value):
            raise ValueError(value)
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


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
                  warning: str = "") -> Document:
    """The one way to build a `Document`: line endings made `\n` (kiwipiepy and the offsets of
    every table see the same text, whatever the input), the date's source recorded."""
    meta = {**(meta or {}), "warning": warning} if warning else (meta or {})
    return Document(doc_id, text.replace("\r\n", "\n").replace("\r", "\n"), doc_date,
                    "metadata" if doc_date else "none", source, meta)


def _document(doc_id: str, text: str, raw_date: str, where: str, meta: dict, warning: str = "") -> Document:
    return make_document(doc_id, text, parse_date(raw_date, where), where, meta, warning)


def _read_metadata(folder: Path) -> dict:
    for name in sorted(METADATA_NAMES):
        path = folder / name
        if path.is_file():
            delimiter = "\t" if path.suffix == ".tsv" else ","
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle, delimiter=delimiter))
            return {(row.get("doc_id") or Path(row.get("file", "")).stem): row for row in rows}
    return {}


def _load_txt(path: Path, metadata: dict) -> Iterator[Union[Document, Failure]]:
    doc_id = path.stem
    try:
        text, warning = decode(path.read_bytes(), str(path))
        meta = {k: v for k, v in metadata.get(doc_id, {}).items() if k not in ("doc_id", "file", "date") and v}
        yield _document(doc_id, text, metadata.get(doc_id, {}).get("date", ""), str(path), meta, warning)
    except (InputError, OSError) as error:
        yield Failure(doc_id, str(path), str(error))


def _record(row: dict, doc_id: str, where: str, warning: str) -> Document:
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: no 'text' field")
    if not text.strip():
        raise InputError(f"{where}: empty document")
    meta = {k: v for k, v in row.items() if k not in ("id", "text", "date") and v not in (None, "")}
    return _document(doc_id, text, str(row.get("date") or ""), where, meta, warning)


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
                doc_id = str(row.get("id") or doc_id)
                yield _record(row, doc_id, where, warning)
            except json.JSONDecodeError as error:
                yield Failure(doc_id, where, f"{where}: not valid JSON ({error.msg})")
            except InputError as error:
                yield Failure(doc_id, where, str(error))


def _load_table(path: Path) -> Iterator[Union[Document, Failure]]:
    try:
        content, warning = decode(path.read_bytes(), str(path))
        reader = csv.DictReader(io.StringIO(content), delimiter="\t" if path.suffix == ".tsv" else ",")
        if "text" not in (reader.fieldnames or []):
            raise InputError(f"{path}: no 'text' column")
        rows = list(reader)
    except (InputError, OSError, csv.Error) as error:
        yield Failure(path.stem, str(path), str(error))
        return
    for number, row in enumerate(rows, start=2):
        where = f"{path}:{number}"
        doc_id = str(row.get("id") or f"{path.stem}-{number}")
        try:
            yield _record(row, doc_id, where, warning)
        except InputError as error:
            yield Failure(doc_id, where, str(error))


def _load_file(path: Path, metadata: dict) -> Iterator[Union[Document, Failure]]:
    if path.suffix == ".jsonl":
        return _load_jsonl(path)
    if path.suffix in (".csv", ".tsv"):
        return _load_table(path)
    return _load_txt(path, metadata)


def _folder_files(folder: Path) -> list:
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part in SKIPPED_FOLDERS or part.startswith(".") for part in relative[:-1]):
            continue
        if path.is_file() and path.suffix in DOCUMENT_SUFFIXES and path.name not in METADATA_NAMES:
            found.append(path)
    return found


def load(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Document, Failure]]:
    """Yield every document of the inputs, in order; unreadable ones as `Failure`."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Failure(path.name, str(path), f"{path}: no such file or folder")
        elif path.is_dir():
            files = _folder_files(path)
            if not files:
                yield Failure(path.name, str(path), f"{path}: folder holds no articles (.txt, .jsonl, .csv, .tsv)")
            metadata = {folder: _read_metadata(folder) for folder in {file.parent for file in files}}
            for file in files:
                yield from _load_file(file, metadata[file.parent])
        elif path.suffix not in DOCUMENT_SUFFIXES:
            yield Failure(path.stem, str(path), f"{path}: unsupported file type {path.suffix or '(none)'} (use .txt, .jsonl, .csv or .tsv)")
        else:
            yield from _load_file(path, _read_metadata(path.parent))
