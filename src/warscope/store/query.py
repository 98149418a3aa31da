"""Read views over the store, shared by the API and the exports so both filter the same way."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from warscope.store import schema as s

# Characters of document text shown either side of an evidence span.
CONTEXT_CHARS = 240


@dataclass
class EventFilter:
    country: str | None = None  # ISO2 code or country name
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None  # actor id, or part of a name
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    q: str | None = None
    document_id: str | None = None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """"minlon,minlat,maxlon,maxlat" -> tuple; ValueError with a readable reason otherwise."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError("bbox must be minlon,minlat,maxlon,maxlat")
    try:
        x0, y0, x1, y1 = (float(p) for p in parts)
    except ValueError:
        raise ValueError("bbox must be four numbers: minlon,minlat,maxlon,maxlat") from None
    if not (-180 <= x0 <= 180 and -180 <= x1 <= 180 and -90 <= y0 <= 90 and -90 <= y1 <= 90):
        raise ValueError("bbox is out of range (longitude -180..180, latitude -90..90)")
    if y0 > y1:
        raise ValueError("bbox min latitude is above max latitude")
    return x0, y0, x1, y1


def parse_date(value: str | None, what: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def _country_code(value: str) -> str:
    value = value.strip()
    if len(value) == 2:
        return value.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(value)[0].alpha_2
        except LookupError:
            return value


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    e = s.events.c
    out: list[ColumnElement[bool]] = []
    if f.country:
        out.append(e.country == _country_code(f.country))
    if f.admin1:
        out.append(func.lower(e.admin1) == f.admin1.strip().lower())
    if f.event_type:
        out.append(func.lower(e.event_type) == f.event_type.strip().lower())
    if f.date_from:
        out.append(e.event_date >= f.date_from)
    if f.date_to:
        out.append(e.event_date <= f.date_to)
    if f.bbox:
        x0, y0, x1, y1 = f.bbox
        out.append(e.latitude.between(y0, y1))
        if x0 <= x1:
            out.append(e.longitude.between(x0, x1))
        else:  # a box across the antimeridian
            out.append(or_(e.longitude >= x0, e.longitude <= x1))
    if f.document_id:
        out.append(e.document_id == f.document_id)
    if f.actor:
        a = s.actors.c
        actor = f.actor.strip()
        match = a.id == int(actor) if actor.isdigit() else a.name.ilike(_like(actor), escape="\\")
        out.append(
            e.id.in_(
                select(s.event_actors.c.event_id)
                .join(s.actors, s.actors.c.id == s.event_actors.c.actor_id)
                .where(match)
            )
        )
    if f.q:
        pattern = _like(f.q.strip())
        d = s.documents.c
        out.append(
            or_(
                e.notes.ilike(pattern, escape="\\"),
                e.location.ilike(pattern, escape="\\"),
                e.document_id.in_(
                    select(d.id).where(or_(d.title.ilike(pattern, escape="\\"), d.text.ilike(pattern, escape="\\")))
                ),
            )
        )
    return out


def _event_select(f: EventFilter) -> Select:
    a1 = s.actors.alias("a1")
    a2 = s.actors.alias("a2")
    e = s.events
    stmt = (
        select(
            e,
            a1.c.name.label("actor1_name"),
            a1.c.kind.label("actor1_kind"),
            a2.c.name.label("actor2_name"),
            a2.c.kind.label("actor2_kind"),
            s.documents.c.title.label("document_title"),
            s.documents.c.source.label("document_source"),
            s.documents.c.url.label("document_url"),
            s.documents.c.published.label("document_published"),
            s.documents.c.ingested_at.label("ingested_at"),
        )
        .join(s.documents, s.documents.c.id == e.c.document_id)
        .outerjoin(a1, a1.c.id == e.c.actor1_id)
        .outerjoin(a2, a2.c.id == e.c.actor2_id)
    )
    conds = conditions(f)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt


def _event_row(row: Any) -> dict[str, Any]:
    m = dict(row._mapping)
    return {
        "id": m["id"],
        "document_id": m["document_id"],
        "local_id": m["local_id"],
        "event_type": m["event_type"],
        "sub_event_type": m["sub_event_type"],
        "plover": m["plover"],
        "actor1": _actor_ref(m["actor1_id"], m["actor1_name"], m["actor1_kind"]),
        "actor2": _actor_ref(m["actor2_id"], m["actor2_name"], m["actor2_kind"]),
        "date": {
            "event_date": m["event_date"],
            "start": m["date_start"],
            "end": m["date_end"],
            "precision": m["time_precision"],
            "text": m["date_text"],
        },
        "location": {
            "name": m["location"],
            "admin1": m["admin1"],
            "admin2": m["admin2"],
            "country": m["country"],
            "latitude": m["latitude"],
            "longitude": m["longitude"],
            "geonameid": m["geonameid"],
            "precision": m["geo_precision"],
        }
        if m["location"] is not None
        else None,
        "fatalities": {"low": m["fatalities_low"], "best": m["fatalities_best"], "high": m["fatalities_high"]},
        "confidence": m["confidence"],
        "notes": m["notes"],
        "document": {
            "id": m["document_id"],
            "title": m["document_title"],
            "source": m["document_source"],
            "url": m["document_url"],
            "published": m["document_published"],
        },
        "ingested_at": m["ingested_at"],
    }


def _actor_ref(actor_id: int | None, name: str | None, kind: str | None) -> dict[str, Any] | None:
    if actor_id is None:
        return None
    return {"id": actor_id, "name": name, "kind": kind}


def count_events(conn: Connection, f: EventFilter) -> int:
    stmt = select(func.count()).select_from(s.events)
    conds = conditions(f)
    if conds:
        stmt = stmt.where(and_(*conds))
    return conn.execute(stmt).scalar_one()


def list_events(conn: Connection, f: EventFilter, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    # Undated events last on every backend (SQLite and PostgreSQL disagree on NULL order by default).
    stmt = _event_select(f).order_by(s.events.c.event_date.desc().nulls_last(), s.events.c.id.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = [_event_row(r) for r in conn.execute(stmt)]
    _attach_assoc(conn, rows)
    return rows


def iter_events(conn: Connection, f: EventFilter, batch: int = 500):
    """All matching events, oldest first, in batches (exports of large databases)."""
    offset = 0
    while True:
        stmt = (
            _event_select(f)
            .order_by(s.events.c.event_date.asc().nulls_last(), s.events.c.id)
            .offset(offset)
            .limit(batch)
        )
        rows = [_event_row(r) for r in conn.execute(stmt)]
        if not rows:
            return
        _attach_assoc(conn, rows)
        yield from rows
        offset += batch


def _attach_assoc(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    ids = [r["id"] for r in rows]
    assoc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    stmt = (
        select(s.event_actors.c.event_id, s.actors.c.id, s.actors.c.name, s.actors.c.kind)
        .join(s.actors, s.actors.c.id == s.event_actors.c.actor_id)
        .where(s.event_actors.c.event_id.in_(ids), s.event_actors.c.role == "assoc")
        .order_by(s.actors.c.name)
    )
    for event_id, actor_id, name, kind in conn.execute(stmt):
        assoc[event_id].append({"id": actor_id, "name": name, "kind": kind})
    for r in rows:
        r["assoc_actors"] = assoc.get(r["id"], [])


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> dict[str, Any]:
    """The span with the text around it, cut at word boundaries where possible."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "before": text[lo:start],
        "after": text[end:hi],
        "context_start": lo,
    }


def get_event(conn: Connection, event_id: int) -> dict[str, Any] | None:
    stmt = _event_select(EventFilter()).where(s.events.c.id == event_id)
    row = conn.execute(stmt).first()
    if row is None:
        return None
    event = _event_row(row)
    _attach_assoc(conn, [event])
    attach_details(conn, [event])
    return event


def attach_details(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Add each event's sources and claims, with evidence in its context, in a few batched queries."""
    if not events:
        return
    ids = [e["id"] for e in events]
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    claims: dict[int, list[dict[str, Any]]] = defaultdict(list)
    stmt_src = (
        select(s.event_sources, s.documents.c.title, s.documents.c.source, s.documents.c.url, s.documents.c.published)
        .join(s.documents, s.documents.c.id == s.event_sources.c.document_id)
        .where(s.event_sources.c.event_id.in_(ids))
        .order_by(s.event_sources.c.event_id, s.event_sources.c.document_id)
    )
    stmt_claims = (
        select(s.claims, s.actors.c.name.label("by_name"))
        .outerjoin(s.actors, s.actors.c.id == s.claims.c.by_actor_id)
        .where(s.claims.c.event_id.in_(ids))
        .order_by(s.claims.c.id)
    )
    src_rows = [r._mapping for r in conn.execute(stmt_src)]
    claim_rows = [r._mapping for r in conn.execute(stmt_claims)]
    doc_ids = sorted({m["document_id"] for m in src_rows} | {m["document_id"] for m in claim_rows})
    texts: dict[str, str] = {}
    if doc_ids:
        stmt_text = select(s.documents.c.id, s.documents.c.text).where(s.documents.c.id.in_(doc_ids))
        texts = {doc_id: text for doc_id, text in conn.execute(stmt_text)}
    for m in src_rows:
        text = texts[m["document_id"]]
        sources[m["event_id"]].append(
            {
                "document_id": m["document_id"],
                "local_id": m["local_id"],
                "title": m["title"],
                "source": m["source"],
                "url": m["url"],
                "published": m["published"],
                "evidence": [context_of(text, sp["start"], sp["end"]) for sp in json.loads(m["evidence"])],
            }
        )
    for m in claim_rows:
        claims[m["event_id"]].append(
            {
                "by": _actor_ref(m["by_actor_id"], m["by_name"], None),
                "by_text": m["by_text"],
                "stance": m["stance"],
                "about": m["about"],
                "value": json.loads(m["value"]) if m["value"] else None,
                "document_id": m["document_id"],
                "evidence": context_of(texts[m["document_id"]], m["start"], m["end"]),
            }
        )
    for event in events:
        event["sources"] = sources.get(event["id"], [])
        event["claims"] = claims.get(event["id"], [])


def list_actors(conn: Connection, q: str | None = None, limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    a = s.actors.c
    n_events = (
        select(func.count(func.distinct(s.event_actors.c.event_id)))
        .where(s.event_actors.c.actor_id == a.id)
        .scalar_subquery()
    )
    n_docs = (
        select(func.count(func.distinct(s.document_actors.c.document_id)))
        .where(s.document_actors.c.actor_id == a.id)
        .scalar_subquery()
    )
    stmt = select(a.id, a.name, a.kind, a.country, a.wikidata, a.affiliation_id, n_events.label("events"), n_docs.label("documents"))
    count = select(func.count()).select_from(s.actors)
    if q:
        stmt = stmt.where(a.name.ilike(_like(q.strip()), escape="\\"))
        count = count.where(a.name.ilike(_like(q.strip()), escape="\\"))
    stmt = stmt.order_by(n_events.desc(), a.name).limit(limit).offset(offset)
    return conn.execute(count).scalar_one(), [dict(r._mapping) for r in conn.execute(stmt)]


def week_of(date: str | None) -> str | None:
    """The Monday (YYYY-MM-DD) of the ISO week holding a date."""
    if not date:
        return None
    d = dt.date.fromisoformat(date)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def get_actor(conn: Connection, actor_id: int) -> dict[str, Any] | None:
    a = s.actors.c
    row = conn.execute(select(s.actors).where(a.id == actor_id)).first()
    if row is None:
        return None
    actor = dict(row._mapping)
    actor.pop("key", None)
    if actor["affiliation_id"] is not None:
        parent = conn.execute(select(a.id, a.name, a.kind).where(a.id == actor["affiliation_id"])).first()
        actor["affiliation"] = _actor_ref(*parent) if parent else None
    else:
        actor["affiliation"] = None
    actor["aliases"] = sorted(
        {
            r[0]
            for r in conn.execute(
                select(s.document_actors.c.name).where(s.document_actors.c.actor_id == actor_id)
            )
        }
        - {actor["name"]}
    )
    events = list_events(conn, EventFilter(actor=str(actor_id)), limit=None)
    actor["events"] = events
    actor["relations"] = relations(conn, actor_id=actor_id)
    timeline: Counter[tuple[str, str]] = Counter()
    for ev in events:
        week = week_of(ev["date"]["event_date"])
        if week:
            timeline[(week, ev["event_type"])] += 1
    actor["timeline"] = [
        {"week": w, "event_type": t, "count": n} for (w, t), n in sorted(timeline.items())
    ]
    actor["documents"] = [
        r[0]
        for r in conn.execute(
            select(s.document_actors.c.document_id).where(s.document_actors.c.actor_id == actor_id).distinct()
        )
    ]
    return actor


def _has_event_conditions(f: EventFilter) -> bool:
    return bool(f.country or f.admin1 or f.event_type or f.bbox or f.q)


def relations(conn: Connection, actor_id: int | None = None, f: EventFilter | None = None) -> list[dict[str, Any]]:
    r = s.relations.c
    src = s.actors.alias("src")
    tgt = s.actors.alias("tgt")
    stmt = (
        select(s.relations, src.c.name.label("source_name"), src.c.kind.label("source_kind"),
               tgt.c.name.label("target_name"), tgt.c.kind.label("target_kind"))
        .join(src, src.c.id == r.source_actor_id)
        .join(tgt, tgt.c.id == r.target_actor_id)
        .order_by(r.date_start, r.id)
    )
    if actor_id is not None:
        stmt = stmt.where(or_(r.source_actor_id == actor_id, r.target_actor_id == actor_id))
    if f is not None:
        if f.date_from:
            stmt = stmt.where(or_(r.date_start.is_(None), r.date_start >= f.date_from))
        if f.date_to:
            stmt = stmt.where(or_(r.date_start.is_(None), r.date_start <= f.date_to))
        if f.document_id:
            stmt = stmt.where(r.document_id == f.document_id)
        if f.actor:
            actor = f.actor.strip()
            if actor.isdigit():
                stmt = stmt.where(or_(r.source_actor_id == int(actor), r.target_actor_id == int(actor)))
            else:
                pattern = _like(actor)
                stmt = stmt.where(or_(src.c.name.ilike(pattern, escape="\\"), tgt.c.name.ilike(pattern, escape="\\")))
    out = []
    for row in conn.execute(stmt):
        m = row._mapping
        out.append(
            {
                "id": m["id"],
                "document_id": m["document_id"],
                "source": _actor_ref(m["source_actor_id"], m["source_name"], m["source_kind"]),
                "target": _actor_ref(m["target_actor_id"], m["target_name"], m["target_kind"]),
                "polarity": m["polarity"],
                "plover": m["plover"],
                "date": {"start": m["date_start"], "end": m["date_end"], "precision": m["time_precision"]},
                "contested": bool(m["contested"]),
                "evidence": json.loads(m["evidence"]),
            }
        )
    if f is not None and _has_event_conditions(f) and out:
        out = _relations_matching_events(conn, out, f)
    return out


def _overlaps(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    return any(x["start"] < y["end"] and y["start"] < x["end"] for x in a for y in b)


def _relations_matching_events(conn: Connection, rels: list[dict[str, Any]], f: EventFilter) -> list[dict[str, Any]]:
    """Relations whose event matches the place/type/text filters.

    A relation has no place or ACLED type of its own, but it carries evidence in a document: the
    events of that document whose evidence overlaps it are the events it describes. Those decide;
    failing any overlap, the document's events do; a document with no event at all falls back to
    its places (country, admin1, bbox) and its text (q), and cannot match an event type.
    """
    doc_ids = sorted({rel["document_id"] for rel in rels})
    e = s.events.c
    events_by_doc: dict[str, list[tuple[int, list[dict[str, Any]]]]] = defaultdict(list)
    matching: set[int] = set()
    for chunk in _chunks(doc_ids):
        for event_id, doc_id, evidence in conn.execute(select(e.id, e.document_id, e.evidence).where(e.document_id.in_(chunk))):
            events_by_doc[doc_id].append((event_id, json.loads(evidence)))
        stmt = select(e.id).where(e.document_id.in_(chunk), *conditions(f))
        matching.update(r[0] for r in conn.execute(stmt))
    eventless = [d for d in doc_ids if d not in events_by_doc]
    place_docs = _documents_by_place(conn, eventless, f) if eventless else set()
    out = []
    for rel in rels:
        events = events_by_doc.get(rel["document_id"])
        if not events:
            keep = rel["document_id"] in place_docs
        else:
            linked = [event_id for event_id, evidence in events if _overlaps(rel["evidence"], evidence)]
            keep = any(event_id in matching for event_id in (linked or [event_id for event_id, _ in events]))
        if keep:
            out.append(rel)
    return out


def _documents_by_place(conn: Connection, doc_ids: list[str], f: EventFilter) -> set[str]:
    """Event-less documents that match the filter through their places and text."""
    if f.event_type:
        return set()
    p = s.places.c
    d = s.documents.c
    place_conds: list[ColumnElement[bool]] = []
    if f.country:
        place_conds.append(p.country == _country_code(f.country))
    if f.admin1:
        place_conds.append(func.lower(p.admin1) == f.admin1.strip().lower())
    if f.bbox:
        x0, y0, x1, y1 = f.bbox
        place_conds.append(p.latitude.between(y0, y1))
        place_conds.append(p.longitude.between(x0, x1) if x0 <= x1 else or_(p.longitude >= x0, p.longitude <= x1))
    found: set[str] = set()
    for chunk in _chunks(doc_ids):
        stmt = select(d.id).where(d.id.in_(chunk))
        if place_conds:
            stmt = stmt.where(d.id.in_(select(p.document_id).where(*place_conds)))
        if f.q:
            pattern = _like(f.q.strip())
            stmt = stmt.where(or_(d.title.ilike(pattern, escape="\\"), d.text.ilike(pattern, escape="\\")))
        found.update(r[0] for r in conn.execute(stmt))
    return found


def _chunks(items: list[str], size: int = 500):
    # Keeps IN lists under SQLite's bound-parameter limit on large stores.
    for i in range(0, len(items), size):
        yield items[i : i + size]


def network(conn: Connection, f: EventFilter) -> dict[str, Any]:
    """Actors as nodes; relations and shared events (actor1 vs actor2) as dated edges."""
    edges: list[dict[str, Any]] = []
    nodes: dict[int, dict[str, Any]] = {}

    def node(ref: dict[str, Any] | None) -> int | None:
        if ref is None:
            return None
        nodes.setdefault(ref["id"], {"id": ref["id"], "name": ref["name"], "kind": ref["kind"], "events": 0})
        return ref["id"]

    for rel in relations(conn, f=f):
        a, b = node(rel["source"]), node(rel["target"])
        edges.append(
            {"source": a, "target": b, "type": "relation", "polarity": rel["polarity"], "plover": rel["plover"],
             "date": rel["date"]["start"], "date_end": rel["date"]["end"], "contested": rel["contested"],
             "document_id": rel["document_id"], "event_type": None, "event_id": None}
        )
    for ev in iter_events(conn, f):
        a, b = node(ev["actor1"]), node(ev["actor2"])
        for ref in (ev["actor1"], ev["actor2"]):
            if ref is not None:
                nodes[ref["id"]]["events"] += 1
        if a is not None and b is not None and a != b:
            edges.append(
                {"source": a, "target": b, "type": "event", "polarity": "hostile" if ev["event_type"] != "Strategic developments" else None,
                 "plover": ev["plover"], "date": ev["date"]["event_date"], "date_end": ev["date"]["end"],
                 "contested": False, "document_id": ev["document_id"], "event_type": ev["event_type"], "event_id": ev["id"]}
            )
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edges}


def stats(conn: Connection, f: EventFilter) -> dict[str, Any]:
    e = s.events.c
    stmt = select(e.event_date, e.event_type, e.fatalities_low, e.fatalities_best)
    conds = conditions(f)
    if conds:
        stmt = stmt.where(and_(*conds))
    by_week: Counter[tuple[str, str]] = Counter()
    by_type: Counter[str] = Counter()
    fatalities = 0
    undated = 0
    total = 0
    for date, event_type, low, best in conn.execute(stmt):
        total += 1
        by_type[event_type] += 1
        fatalities += (low if low is not None else best) or 0
        week = week_of(date)
        if week is None:
            undated += 1
        else:
            by_week[(week, event_type)] += 1
    counts = {}
    for name in ("documents", "actors", "relations", "claims"):
        counts[name] = conn.execute(select(func.count()).select_from(s.metadata.tables[name])).scalar_one()
    return {
        "events": total,
        "fatalities": fatalities,
        "undated": undated,
        "by_type": dict(sorted(by_type.items())),
        "by_week": [{"week": w, "event_type": t, "count": n} for (w, t), n in sorted(by_week.items())],
        "totals": counts,
    }


def get_document(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(s.documents).where(s.documents.c.id == doc_id)).first()
    if row is None:
        return None
    m = dict(row._mapping)
    extraction = json.loads(m.pop("extraction"))
    m.pop("content_hash", None)
    events = list_events(conn, EventFilter(document_id=doc_id), limit=None)
    m["events"] = events
    m["actors"] = [
        {"id": actor_id, "local_id": local_id, "name": name, "kind": kind}
        for actor_id, local_id, name, kind in conn.execute(
            select(s.document_actors.c.actor_id, s.document_actors.c.local_id, s.document_actors.c.name, s.document_actors.c.kind)
            .where(s.document_actors.c.document_id == doc_id)
        )
    ]
    # Highlights for the article page: every span that supports an event, with the event it supports.
    highlights = []
    for ev in events:
        for sp in json.loads(_evidence_of(conn, ev["id"])):
            highlights.append({"start": sp["start"], "end": sp["end"], "event_id": ev["id"], "event_type": ev["event_type"]})
    m["highlights"] = sorted(highlights, key=lambda h: (h["start"], h["end"]))
    m["extraction"] = extraction
    return m


def _evidence_of(conn: Connection, event_id: int) -> str:
    return conn.execute(select(s.events.c.evidence).where(s.events.c.id == event_id)).scalar_one()


def list_documents(conn: Connection, limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    d = s.documents.c
    n_events = select(func.count()).where(s.events.c.document_id == d.id).scalar_subquery()
    stmt = (
        select(d.id, d.title, d.source, d.url, d.published, d.ingested_at, n_events.label("events"))
        .order_by(d.ingested_at.desc(), d.id)
        .limit(limit)
        .offset(offset)
    )
    total = conn.execute(select(func.count()).select_from(s.documents)).scalar_one()
    return total, [dict(r._mapping) for r in conn.execute(stmt)]


def extractions(conn: Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Full stored extractions of the documents that hold a matching event (JSON export)."""
    doc_ids = select(s.events.c.document_id).distinct()
    conds = conditions(f)
    if conds:
        doc_ids = doc_ids.where(and_(*conds))
    stmt = select(s.documents.c.extraction).order_by(s.documents.c.ingested_at, s.documents.c.id)
    if conds:
        stmt = stmt.where(s.documents.c.id.in_(doc_ids))
    return [json.loads(r[0]) for r in conn.execute(stmt)]
