"""The database: documents and their extractions, in SQLite or PostgreSQL."""

from warscope.store.store import Store, connect, content_hash, database_url, open_store

__all__ = ["Store", "connect", "content_hash", "database_url", "open_store"]
