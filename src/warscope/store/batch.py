"""Batch input for ``warscope ingest``: paths, folders, globs, JSONL, CSV and stdin as article records.

Each record is loaded lazily and independently so one bad file, line or row is reported and skipped
without stopping the batch.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warscope.ingest import InputError, document_from_bytes, document_from_text, parse_country, read_path
from warscope.model import Document

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
FOLDER_SUFFIXES = ARTICLE_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# csv's default field cap (128 KiB) is below a long article.
csv.field_size_limit(16 * 1024 * 1024)


@dataclass
class ReadOptions:
    # CSV columns; None: the first of the usual names ("text", "body", ...; "published", "date", ...).
    text: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None
    title: str | None = None
    # Used for every article whose input does not say (files, stdin text, records without them).
    published: str | None = None
    outlet: str | None = None
    # ISO2 of the country the articles are about (a country desk's feed); a record's own wins.
    country: str | None = None


CsvColumns = ReadOptions


@dataclass
class Record:
    name: str  # where it came from, for messages: "a.txt", "feed.jsonl line 3", "x.csv row 7"
    # The document, and the id the input gave it (JSONL "id", CSV id column), if any.
    load: Callable[[], tuple[Document, str | None]]


@dataclass
class Batch:
    records: list[Record] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # inputs that yielded no record at all
    files: int = 0


def normalise_date(value: object, name: str, dayfirst: bool = True) -> str | None:
    """A publication date in any common form -> YYYY-MM-DD; InputError when it is not a date.

    ``dayfirst`` settles numeric dates such as 4/5/2017 (see ``numeric_date_order``)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    from dateutil import parser

    try:
        return parser.parse(text, dayfirst=dayfirst, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError):
        raise InputError(f"{name}: published date {text!r} is not a date") from None


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")


def numeric_date_order(values: list[object]) -> bool:
    """Whether a column of numeric dates (4/16/2017, 16.04.2017) puts the day first.

    One value cannot tell 4/5/2017 apart, but a column can: any value whose second number is above
    12 makes the column month-first (US style). Day-first is the default otherwise."""
    day_first_seen = month_first_seen = False
    for value in values:
        m = _NUMERIC_DATE.match(str(value or ""))
        if not m:
            continue
        first, second = int(m.group(1)), int(m.group(2))
        day_first_seen |= first > 12
        month_first_seen |= second > 12
    return not (month_first_seen and not day_first_seen)


def _document(text_or_html: str, is_html: bool, name: str, title: str | None = None, **meta: str | None) -> Document:
    if is_html:
        return document_from_bytes(text_or_html.encode("utf-8"), name=name, **meta)
    if not text_or_html.strip():
        raise InputError(f"{name}: empty text")
    from warscope.ingest import looks_like_html

    if looks_like_html(text_or_html):
        return document_from_bytes(text_or_html.encode("utf-8"), name=name, **meta)
    return document_from_text(text_or_html, name=name, title=title, **meta)


def _country(value: object, name: str) -> str | None:
    return parse_country(_opt(value), f"{name}: country")


def _opt(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def jsonl_records(lines: list[str], origin: str, options: ReadOptions | None = None) -> list[Record]:
    """One record per non-empty line: {"text"|"html", "url", "source", "published", "id", "title"}."""
    out = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{origin} line {lineno}"
        out.append(Record(name, _jsonl_loader(line, name, options or ReadOptions())))
    return out


def _jsonl_loader(line: str, name: str, options: ReadOptions) -> Callable[[], tuple[Document, str | None]]:
    def load() -> tuple[Document, str | None]:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{name}: expected a JSON object")
        meta = dict(
            published=normalise_date(record.get("published"), name) or options.published,
            source=_opt(record.get("source")) or options.outlet,
            url=_opt(record.get("url")),
            country=_country(record.get("country"), name) or options.country,
        )
        external_id = _opt(record.get("id"))
        if isinstance(record.get("html"), str):
            return _document(record["html"], True, name, **meta), external_id
        if isinstance(record.get("text"), str):
            return _document(record["text"], False, name, **meta), external_id
        raise InputError(f"{name}: needs a 'text' or 'html' field")

    return load


_TEXT_COLUMNS = ("text", "body", "content", "article", "article_content", "article_text", "html", "notes")
_DATE_COLUMNS = ("published", "date", "publish_date", "event_date")
_SOURCE_COLUMNS = ("source", "outlet", "publisher")
_URL_COLUMNS = ("url", "link")
_TITLE_COLUMNS = ("title", "headline", "article_title")
_ID_COLUMNS = ("id", "unit_id", "article_id", "doc_id")


def _pick(header: list[str], wanted: str | None, defaults: tuple[str, ...], what: str, origin: str) -> str | None:
    lower = {h.strip().lower(): h for h in header}
    if wanted:
        if wanted in header:
            return wanted
        if wanted.lower() in lower:
            return lower[wanted.lower()]
        raise InputError(f"{origin}: no {what} column {wanted!r} (columns: {', '.join(header)})")
    for name in defaults:
        if name in lower:
            return lower[name]
    return None


def csv_records(data: str, origin: str, columns: ReadOptions, delimiter: str = ",") -> list[Record]:
    reader = csv.DictReader(io.StringIO(data, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    if not header:
        raise InputError(f"{origin}: empty CSV (no header row)")
    text_col = _pick(header, columns.text, _TEXT_COLUMNS, "text", origin)
    if text_col is None:
        raise InputError(f"{origin}: no text column (name it with --text-column; columns: {', '.join(header)})")
    date_col = _pick(header, columns.date, _DATE_COLUMNS, "date", origin)
    source_col = _pick(header, columns.source, _SOURCE_COLUMNS, "source", origin)
    url_col = _pick(header, columns.url, _URL_COLUMNS, "url", origin)
    id_col = _pick(header, columns.id, _ID_COLUMNS, "id", origin)
    title_col = _pick(header, columns.title, _TITLE_COLUMNS, "title", origin)
    cols = _CsvColumns(text_col, date_col, source_col, url_col, id_col, title_col)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{origin}: broken CSV ({exc})") from None
    dayfirst = numeric_date_order([row.get(date_col) for row in rows]) if date_col else True
    return [
        Record(f"{origin} row {rowno}", _csv_loader(row, f"{origin} row {rowno}", cols, columns, dayfirst))
        for rowno, row in enumerate(rows, start=2)
    ]


@dataclass
class _CsvColumns:
    text: str
    date: str | None
    source: str | None
    url: str | None
    id: str | None
    title: str | None


def _csv_loader(row: dict, name: str, cols: _CsvColumns, options: ReadOptions,
                dayfirst: bool) -> Callable[[], tuple[Document, str | None]]:
    def load() -> tuple[Document, str | None]:
        text = row.get(cols.text) or ""
        meta = dict(
            published=(normalise_date(row.get(cols.date), name, dayfirst) if cols.date else None) or options.published,
            source=(_opt(row.get(cols.source)) if cols.source else None) or options.outlet,
            url=_opt(row.get(cols.url)) if cols.url else None,
            country=options.country,
        )
        external_id = _opt(row.get(cols.id)) if cols.id else None
        title = _opt(row.get(cols.title)) if cols.title else None
        return _document(text, cols.text.lower() == "html", name, title=title, **meta), external_id

    return load


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not valid UTF-8") from None


def file_records(path: Path, shown: str, columns: ReadOptions, kind: str = "auto") -> list[Record]:
    """Records of one file (read now: it is small next to the NLP work and gives an exact total)."""
    suffix = path.suffix.lower()
    if kind == "jsonl" or (kind == "auto" and suffix in JSONL_SUFFIXES):
        return jsonl_records(_decode(read_path(path), shown).splitlines(), shown, columns)
    if kind == "csv" or (kind == "auto" and suffix in CSV_SUFFIXES):
        return csv_records(_decode(read_path(path), shown), shown, columns, "\t" if suffix == ".tsv" else ",")
    meta = dict(published=columns.published, source=columns.outlet, country=columns.country)
    return [Record(shown, lambda: (document_from_bytes(read_path(path), name=shown, **meta), None))]


def stdin_records(columns: ReadOptions, kind: str = "auto") -> list[Record]:
    data = sys.stdin.buffer.read()
    if kind == "auto":
        head = data.lstrip()[:1]
        kind = "jsonl" if head == b"{" else "text"
    if kind == "jsonl":
        return jsonl_records(_decode(data, "stdin").splitlines(), "stdin", columns)
    if kind == "csv":
        return csv_records(_decode(data, "stdin"), "stdin", columns)
    meta = dict(published=columns.published, source=columns.outlet, country=columns.country)
    return [Record("stdin", lambda: (document_from_bytes(data, name="stdin", **meta), None))]


def _expand(arg: str) -> Iterator[Path]:
    if any(ch in arg for ch in "*?["):
        for match in sorted(glob.glob(arg, recursive=True)):
            p = Path(match)
            if p.is_dir():
                yield from _walk(p)
            elif p.is_file():
                yield p
        return
    p = Path(arg)
    if p.is_dir():
        yield from _walk(p)
    else:
        yield p


def _walk(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue  # hidden files and folders (.git, editor swap files)
        if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES:
            yield p


def collect(paths: list[str], columns: ReadOptions, kind: str = "auto") -> Batch:
    """Every record named by the arguments; inputs that cannot even be listed go to ``errors``."""
    batch = Batch()
    for arg in paths:
        if arg == "-":
            batch.files += 1
            try:
                batch.records.extend(stdin_records(columns, kind))
            except InputError as exc:
                batch.errors.append(str(exc))
            continue
        matched = False
        for path in _expand(arg):
            matched = True
            batch.files += 1
            shown = str(path)
            if not path.exists():
                batch.errors.append(f"{shown}: no such file")
                continue
            try:
                batch.records.extend(file_records(path, shown, columns, kind))
            except InputError as exc:
                batch.errors.append(str(exc))
        if not matched:
            batch.errors.append(f"{arg}: no files match")
    return batch
