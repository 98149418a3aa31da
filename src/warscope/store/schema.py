"""The database schema (SQLAlchemy Core) and its versioned migrations.

Why a versioned table and not alembic: the database is created on the user's machine the first time
``open_store`` sees it, with no alembic.ini or script folder to ship or locate; an ordered list of
small, idempotent steps applied inside one transaction at open time is all the project needs so far.
Each step moves the schema from version N-1 to N; ``warscope_meta.schema_version`` records where a
database stands, and a database written by a newer warscope is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
)

metadata = MetaData()

meta = Table(
    "warscope_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    # sha256 of the cleaned text: one row per distinct article however often it is ingested.
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("source", Text),
    Column("published", String(10)),
    Column("url", Text),
    # The id the input gave the article (JSONL "id", CSV id column), kept to join back to it.
    Column("external_id", Text),
    Column("text", Text, nullable=False),
    Column("schema", String(64), nullable=False),
    # The full extraction as JSON, so exports and the API can return exactly what was extracted.
    Column("extraction", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

# Actors are shared across documents (same Wikidata id, or else the same name, is the same actor),
# so an actor page can gather events from every article that mentions it.
actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)),
    Column("wikidata", String(32)),
    Column("affiliation_id", Integer),
)

# Which document-local actor id maps to which shared actor.
document_actors = Table(
    "document_actors",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("local_id", String(200), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(200), nullable=False),
    Column("event_type", String(64), nullable=False, index=True),
    Column("sub_event_type", String(64)),
    Column("plover", String(64)),
    Column("actor1_id", Integer, ForeignKey("actors.id")),
    Column("actor2_id", Integer, ForeignKey("actors.id")),
    # Normalised YYYY-MM-DD (partial dates padded to the first day) for sorting and filtering.
    Column("event_date", String(10), index=True),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("time_precision", Integer),
    Column("date_text", Text),
    Column("location", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("country", String(8), index=True),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonameid", Integer),
    Column("geo_precision", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("confidence", Float, nullable=False),
    # The evidence sentences joined: ACLED's "notes" and the target of text search.
    Column("notes", Text, nullable=False, default=""),
    Column("evidence", Text, nullable=False, default="[]"),
    UniqueConstraint("document_id", "local_id"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("role", String(16), primary_key=True),  # actor1 | actor2 | assoc
    Index("ix_event_actors_actor", "actor_id"),
)

# Which documents report an event. One row per event today; when events from different documents
# are merged (a later step), the merged event gains rows instead of losing its sources.
event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("local_id", String(200), nullable=False),
    Column("evidence", Text, nullable=False, default="[]"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), index=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("by_actor_id", Integer, ForeignKey("actors.id")),
    Column("by_text", Text, nullable=False),
    Column("stance", String(32), nullable=False),
    Column("about", Text, nullable=False),
    Column("value", Text),  # JSON
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("speaker_actor_id", Integer, ForeignKey("actors.id")),
    Column("speaker_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

relations = Table(
    "relations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("source_actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("target_actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("polarity", String(16), nullable=False),
    Column("plover", String(64)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("time_precision", Integer),
    Column("contested", Boolean, nullable=False, default=False),
    Column("evidence", Text, nullable=False, default="[]"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("country", String(8)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonameid", Integer),
    Column("mentions", Text, nullable=False, default="[]"),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", String(32)),
    Column("end_value", String(32)),
    Column("precision", Integer),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn)


# Ordered steps; MIGRATIONS[i] takes a database from version i to version i + 1.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1]
LATEST = len(MIGRATIONS)


class SchemaTooNew(Exception):
    pass


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("warscope_meta"):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def migrate(conn: Connection) -> int:
    """Bring the schema up to LATEST inside the caller's transaction; returns the version reached."""
    version = current_version(conn)
    if version > LATEST:
        raise SchemaTooNew(f"schema version {version} is newer than this warscope supports ({LATEST})")
    for step in MIGRATIONS[version:]:
        step(conn)
    if version < LATEST:
        if version == 0:
            conn.execute(meta.insert().values(key="schema_version", value=str(LATEST)))
        else:
            conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(LATEST)))
    return LATEST
