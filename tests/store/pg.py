"""A throw-away PostgreSQL schema for the store and API tests, when a server is named.

``.ci/run`` exports WARSCOPE_TEST_PG (a postgresql:// URL) when it could start PostgreSQL; the older
WARSCOPE_TEST_POSTGRES_URL is read too. Each test gets its own schema (through search_path), so test
runs sharing one server never drop each other's tables.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

ENV_VARS = ("WARSCOPE_TEST_PG", "WARSCOPE_TEST_POSTGRES_URL")


def base_url() -> str | None:
    for name in ENV_VARS:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


needs_pg = pytest.mark.skipif(
    base_url() is None, reason="set WARSCOPE_TEST_PG (a postgresql:// URL) to run the PostgreSQL tests"
)


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


def fresh_schema() -> Iterator[str]:
    """Yields a URL whose connections use a new, empty schema; drops it afterwards."""
    from sqlalchemy import create_engine, text

    from warscope.store.store import database_url

    url = database_url(base_url() or "")
    schema = "warscope_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield _with_search_path(url, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


BACKENDS = ("sqlite", "postgresql")


def database(kind: str, tmp_path) -> Iterator[str]:  # noqa: ANN001 - pytest's tmp_path
    """A fresh, empty database of either kind: a SQLite file, or a PostgreSQL schema (skips when unset)."""
    if kind == "sqlite":
        yield str(tmp_path / "w.db")
        return
    if base_url() is None:
        pytest.skip("set WARSCOPE_TEST_PG (a postgresql:// URL) to run the PostgreSQL tests")
    yield from fresh_schema()
