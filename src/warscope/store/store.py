"""Open a database (SQLite file or PostgreSQL URL) and write extractions into it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError

from warscope.ingest.errors import InputError
from warscope.model import Event, Extraction, TimeSpan
from warscope.store import schema as s


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def database_url(url_or_path: str) -> str:
    """A SQLAlchemy URL for a file path, sqlite:/// URL or postgresql:// URL; InputError otherwise."""
    value = url_or_path.strip()
    if not value:
        raise InputError("database: empty path or URL")
    if "://" not in value:
        path = Path(value).expanduser()
        _check_writable_file(path, value)
        return "sqlite:///" + str(path.resolve())
    try:
        url = make_url(value)
    except ArgumentError:
        raise InputError(f"{value}: not a database URL (use a file path, sqlite:///FILE or postgresql://...)") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            _check_writable_file(Path(url.database).expanduser(), value)
        return value
    if backend in ("postgresql", "postgres"):
        # Plain postgresql:// means SQLAlchemy's psycopg2 default; warscope pins psycopg 3.
        if "+" not in url.drivername:
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    raise InputError(f"{value}: unsupported database {backend!r} (use SQLite or PostgreSQL)")


def _check_writable_file(path: Path, shown: str) -> None:
    if path.is_dir():
        raise InputError(f"{shown}: is a directory, not a database file")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{shown}: folder {parent} does not exist")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise InputError(f"{shown}: database file is not writable")
    elif not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{shown}: cannot create a database in {parent} (not writable)")


def _make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except ModuleNotFoundError as exc:
        raise InputError(f"database driver missing ({exc.name}); for PostgreSQL install psycopg") from None
    except ArgumentError as exc:
        raise InputError(f"bad database URL: {exc}") from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL lets the API read while an ingest writes.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()

    return engine


class Store:
    """A warscope database. Each document's extraction is written in one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ---- writing -------------------------------------------------------------------------------

    def has_document(self, text: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(s.documents.c.id).where(s.documents.c.content_hash == content_hash(text))
            ).scalar()

    def save(self, extraction: Extraction, external_id: str | None = None) -> str:
        """Store one extraction; returns the document id. A document already stored is left as is."""
        existing = self.has_document(extraction.document.text)
        if existing is not None:
            return existing
        try:
            with self.engine.begin() as conn:
                _write(conn, extraction, external_id)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            existing = self.has_document(extraction.document.text)
            if existing is not None:
                return existing
            raise
        return extraction.document.id

    def save_new(self, extraction: Extraction, external_id: str | None = None) -> tuple[str, bool]:
        """Like save, and says whether the document was new."""
        existing = self.has_document(extraction.document.text)
        if existing is not None:
            return existing, False
        return self.save(extraction, external_id), True

    # ---- reading (see warscope.store.query for the filtered views) -------------------------------

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for name in ("documents", "actors", "events", "relations", "claims", "quotes", "places"):
                table = s.metadata.tables[name]
                out[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return out


def _migrate(engine: Engine) -> None:
    try:
        with engine.begin() as conn:
            s.migrate(conn)
    except (OperationalError, ProgrammingError):
        # Another process created the schema between our check and our CREATE: look again.
        time.sleep(0.5)
        with engine.begin() as conn:
            s.migrate(conn)


def connect(url_or_path: str) -> Store:
    """Open (creating or migrating as needed) the database at a file path or URL; caller disposes."""
    url = database_url(url_or_path)
    engine = _make_engine(url)
    try:
        _migrate(engine)
    except s.SchemaTooNew as exc:
        engine.dispose()
        raise InputError(f"{url_or_path}: {exc}") from None
    except ModuleNotFoundError as exc:
        engine.dispose()
        raise InputError(f"database driver missing ({exc.name}); for PostgreSQL install psycopg") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise InputError(f"{url_or_path}: cannot open database ({reason})") from None
    return Store(engine)


@contextmanager
def open_store(url_or_path: str) -> Iterator[Store]:
    """Open (creating or migrating as needed) the database at a file path or URL."""
    store = connect(url_or_path)
    try:
        yield store
    finally:
        store.engine.dispose()


# ---- the write itself ---------------------------------------------------------------------------


def _iso_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD -> YYYY-MM-DD (first day), or None when not a date."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day).isoformat()
    except (ValueError, IndexError):
        return None


def _country(code: str | None) -> str | None:
    if not code:
        return None
    if len(code) == 2:
        return code.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(code).alpha_2
    except LookupError:
        return code


def actor_key(name: str, wikidata: str | None) -> str:
    if wikidata:
        return "wd:" + wikidata
    return "name:" + " ".join(name.casefold().split())[:390]


def _spans_json(spans) -> str:  # noqa: ANN001
    return json.dumps([sp.model_dump() for sp in spans], ensure_ascii=False)


def _event_date(date: TimeSpan) -> str | None:
    return _iso_date(date.start)


def _write(conn, extraction: Extraction, external_id: str | None = None) -> None:  # noqa: ANN001
    doc = extraction.document
    conn.execute(
        insert(s.documents).values(
            id=doc.id,
            content_hash=content_hash(doc.text),
            title=doc.title,
            source=doc.source,
            published=doc.published,
            url=doc.url,
            external_id=external_id,
            text=doc.text,
            schema=extraction.schema_,
            extraction=extraction.to_json(indent=None),
            ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
    )
    local = _write_actors(conn, extraction)

    for place in extraction.places:
        conn.execute(
            insert(s.places).values(
                document_id=doc.id,
                local_id=place.id,
                name=place.name,
                admin1=place.admin1,
                admin2=place.admin2,
                country=_country(place.country),
                latitude=place.latitude,
                longitude=place.longitude,
                geonameid=place.geonameid,
                mentions=_spans_json(place.mentions),
            )
        )
    for t in extraction.times:
        conn.execute(
            insert(s.times).values(
                document_id=doc.id, text=t.text, start=t.start, end=t.end,
                value=t.value, end_value=t.end_value, precision=t.precision,
            )
        )
    for q in extraction.quotes:
        conn.execute(
            insert(s.quotes).values(
                document_id=doc.id, speaker_actor_id=local.get(q.speaker or ""),
                speaker_text=q.speaker_text, text=q.text, start=q.start, end=q.end,
            )
        )
    for r in extraction.relations:
        src, tgt = local.get(r.source), local.get(r.target)
        if src is None or tgt is None:
            continue  # a relation to an actor the extraction does not list cannot be shown
        date = r.date or TimeSpan()
        conn.execute(
            insert(s.relations).values(
                document_id=doc.id, source_actor_id=src, target_actor_id=tgt, polarity=r.polarity,
                plover=r.plover, date_start=_iso_date(date.start), date_end=_iso_date(date.end),
                time_precision=date.precision, contested=r.contested, evidence=_spans_json(r.evidence),
            )
        )
    for ev in extraction.events:
        _write_event(conn, doc.id, ev, local)


def _write_actors(conn, extraction: Extraction) -> dict[str, int]:  # noqa: ANN001
    """Insert or find each actor; returns document-local id -> shared actor id."""
    doc_id = extraction.document.id
    local: dict[str, int] = {}
    for actor in extraction.actors:
        if actor.id in local:
            continue  # a duplicate local id within one extraction: the first wins
        key = actor_key(actor.name, actor.wikidata)
        actor_id = conn.execute(select(s.actors.c.id).where(s.actors.c.key == key)).scalar()
        if actor_id is None:
            actor_id = conn.execute(
                insert(s.actors).values(
                    key=key, name=actor.name, kind=actor.kind, country=_country(actor.country),
                    wikidata=actor.wikidata,
                )
            ).inserted_primary_key[0]
        local[actor.id] = actor_id
        conn.execute(
            insert(s.document_actors).values(
                document_id=doc_id, local_id=actor.id, actor_id=actor_id, name=actor.name, kind=actor.kind
            )
        )
        for m in actor.mentions:
            conn.execute(
                insert(s.mentions).values(
                    document_id=doc_id, actor_id=actor_id, start=m.start, end=m.end, text=m.text
                )
            )
    for actor in extraction.actors:
        parent = local.get(actor.affiliation or "")
        if parent is not None and parent != local[actor.id]:
            conn.execute(
                s.actors.update()
                .where(s.actors.c.id == local[actor.id], s.actors.c.affiliation_id.is_(None))
                .values(affiliation_id=parent)
            )
    return local


def _write_event(conn, doc_id: str, ev: Event, local: dict[str, int]) -> None:  # noqa: ANN001
    loc = ev.location
    fat = ev.fatalities
    notes = " ".join(" ".join(sp.text.split()) for sp in ev.evidence)
    evidence = _spans_json(ev.evidence)
    event_id = conn.execute(
        insert(s.events).values(
            document_id=doc_id,
            local_id=ev.id,
            event_type=ev.event_type,
            sub_event_type=ev.sub_event_type,
            plover=ev.plover,
            actor1_id=local.get(ev.actor1 or ""),
            actor2_id=local.get(ev.actor2 or ""),
            event_date=_event_date(ev.date),
            date_start=_iso_date(ev.date.start),
            date_end=_iso_date(ev.date.end),
            time_precision=ev.date.precision,
            date_text=ev.date.text,
            location=loc.name if loc else None,
            admin1=loc.admin1 if loc else None,
            admin2=loc.admin2 if loc else None,
            country=_country(loc.country) if loc else None,
            latitude=loc.latitude if loc else None,
            longitude=loc.longitude if loc else None,
            geonameid=loc.geonameid if loc else None,
            geo_precision=loc.precision if loc else None,
            fatalities_low=fat.low if fat else None,
            fatalities_best=fat.best if fat else None,
            fatalities_high=fat.high if fat else None,
            confidence=ev.confidence,
            notes=notes,
            evidence=evidence,
        )
    ).inserted_primary_key[0]
    conn.execute(
        insert(s.event_sources).values(event_id=event_id, document_id=doc_id, local_id=ev.id, evidence=evidence)
    )
    roles: set[tuple[int, str]] = set()
    for role, ref in [("actor1", ev.actor1), ("actor2", ev.actor2)] + [("assoc", a) for a in ev.assoc_actors]:
        actor_id = local.get(ref or "")
        if actor_id is not None and (actor_id, role) not in roles:
            roles.add((actor_id, role))
            conn.execute(insert(s.event_actors).values(event_id=event_id, actor_id=actor_id, role=role))
    for c in ev.claims:
        conn.execute(
            insert(s.claims).values(
                event_id=event_id, document_id=doc_id, by_actor_id=local.get(c.by or ""),
                by_text=c.by_text, stance=c.stance, about=c.about,
                value=json.dumps(c.value, ensure_ascii=False), start=c.evidence.start,
                end=c.evidence.end, text=c.evidence.text,
            )
        )
