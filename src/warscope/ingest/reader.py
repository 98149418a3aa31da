"""Read files, stdin and strings into Documents, refusing what is not an article."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from warscope.ingest.chrome import split_title, strip_chrome
from warscope.ingest.errors import InputError
from warscope.model import Document

MAX_TEXT_BYTES = 5 * 1024 * 1024
# Trafilatura's own cap is larger; keep a raw-HTML cap so a huge page cannot stall a batch.
MAX_HTML_BYTES = 4 * MAX_TEXT_BYTES

_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]", re.I)


def read_path(path: str | Path) -> bytes:
    """The bytes of a file, or of stdin for "-"."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an article")
    try:
        size = p.stat().st_size
        if size > MAX_HTML_BYTES:
            raise InputError(f"{path}: too large ({size} bytes; the limit is {MAX_HTML_BYTES})")
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes to text, refusing empty, binary and undecodable input."""
    if not data or not data.strip():
        raise InputError(f"{name}: empty input")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name}: binary data, not text or HTML")
    for encoding in ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    # Not UTF-8. Windows-1252 is by far the commonest legacy encoding of news text: take it when the
    # result reads as prose; otherwise ask a detector, and accept only a confident answer.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _prose_share(text) >= 0.9:
        return text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - detector failure is treated as undecodable
        best = None
    if best is not None and best.chaos < 0.1 and best.encoding:
        return str(best)
    raise InputError(f"{name}: not valid UTF-8 and no other text encoding fits")


def _prose_share(text: str) -> float:
    sample = text[:20000]
    ok = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"()-–—’“”‘%/&")
    return ok / max(1, len(sample))


def _check_text_size(text: str, name: str) -> None:
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise InputError(f"{name}: text too large ({size} bytes; the limit is {MAX_TEXT_BYTES})")


def _control_share(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xFFF0 <= ord(ch) <= 0xFFFF)
    return bad / max(1, len(sample))


def looks_like_html(data: bytes | str) -> bool:
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(head))


def document_from_text(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    name: str = "input",
    published_from: str = "user",
    country: str | None = None,
) -> Document:
    """Plain (possibly scraped) text -> Document: chrome removed, title split off."""
    _check_text_size(text, name)
    if _control_share(text) > 0.01:
        raise InputError(f"{name}: binary data, not text or HTML")
    cleaned = strip_chrome(text.replace("\r\n", "\n").replace("\r", "\n"))
    body = cleaned.text
    if title is None:
        title, body = split_title(body)
    if not body.strip():
        raise InputError(f"{name}: no article text after removing page chrome")
    doc = Document(
        id=Document.make_id(body),
        title=title,
        source=source or cleaned.copyright_name,
        published=published,
        url=url,
        text=body,
    )
    doc.country = country
    doc._copyright_year = cleaned.copyright_year
    doc._published_from = published_from if published else None
    return doc


def document_from_html(
    html: str,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    name: str = "input",
    country: str | None = None,
) -> Document:
    """HTML page -> Document via trafilatura (main text, title, date, site name)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    meta_date = getattr(result, "date", None)
    return document_from_text(
        text,
        published_from="user" if published else "html",
        published=published or (meta_date[:10] if meta_date else None),
        source=source or getattr(result, "sitename", None),
        url=url or getattr(result, "url", None),
        title=getattr(result, "title", None) or None,
        name=name,
        country=country,
    )


def document_from_bytes(
    data: bytes,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    name: str = "input",
    country: str | None = None,
) -> Document:
    """Raw bytes of a text or HTML article -> Document."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{name}: too large ({len(data)} bytes; the limit is {MAX_HTML_BYTES})")
    text = decode_bytes(data, name)
    if looks_like_html(data):
        return document_from_html(text, published=published, source=source, url=url, name=name, country=country)
    return document_from_text(text, published=published, source=source, url=url, name=name, country=country)


def parse_country(value: str | None, what: str = "country") -> str | None:
    """A user's country ("KE", "KEN", "Kenya", "kenya") -> ISO 3166-1 alpha-2, or InputError."""
    if value is None or not str(value).strip():
        return None
    import pycountry

    text = str(value).strip()
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        pass
    # Common names pycountry does not know ("Ivory Coast", "DR Congo") are in the gazetteer.
    from warscope.geo import gazetteer
    from warscope.geo.gazetteer import COUNTRY

    codes = {e.country for e in gazetteer.load().lookup(text) if e.kind == COUNTRY and e.country}
    if len(codes) != 1:
        raise InputError(f"{what} {text!r} is not a country (give an ISO code such as KE, or a name)")
    return codes.pop()
