"""Ingest: bytes, HTML or plain text in, a clean :class:`~warscope.model.Document` out."""

from warscope.ingest.errors import InputError
from warscope.ingest.reader import (
    MAX_TEXT_BYTES,
    decode_bytes,
    document_from_bytes,
    document_from_html,
    document_from_text,
    looks_like_html,
    parse_country,
    read_path,
)

__all__ = [
    "InputError",
    "MAX_TEXT_BYTES",
    "decode_bytes",
    "document_from_bytes",
    "document_from_html",
    "document_from_text",
    "looks_like_html",
    "parse_country",
    "read_path",
]
