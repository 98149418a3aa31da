"""The HTTP API (FastAPI, with OpenAPI at /docs) and the web UI, served from one app."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterator
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from warscope.ingest.errors import InputError
from warscope.store import Store, connect
from warscope.store import query
from warscope.store.query import EventFilter

MAX_LIMIT = 1000


def is_local_host(host: str) -> bool:
    """True when a bind address is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ExtractRequest(BaseModel):
    text: str | None = Field(default=None, description="Plain text of the article")
    html: str | None = Field(default=None, description="HTML of the article page (instead of text)")
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = None
    url: str | None = None
    store: bool = Field(default=False, description="Also store the result in the database")


def _filters(
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code or country name")] = None,
    admin1: Annotated[str | None, Query(description="First-level administrative unit")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type, e.g. Battles")] = None,
    actor: Annotated[str | None, Query(description="Actor id, or part of an actor's name")] = None,
    date_from: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    date_to: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    q: Annotated[str | None, Query(description="Text search in evidence, places and articles")] = None,
) -> EventFilter:
    try:
        return EventFilter(
            country=country or None,
            admin1=admin1 or None,
            event_type=event_type or None,
            actor=actor or None,
            date_from=query.parse_date(date_from, "date_from"),
            date_to=query.parse_date(date_to, "date_to"),
            bbox=query.parse_bbox(bbox),
            q=q or None,
        )
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


Filters = Annotated[EventFilter, Depends(_filters)]


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as c:
        yield c


# Module level: with postponed annotations FastAPI resolves these names in module globals.
Conn = Annotated[Connection, Depends(_conn)]


def create_app(
    db: str | Store,
    *,
    token: str | None = None,
    host: str = "127.0.0.1",
) -> FastAPI:
    """The app over one database. POST /extract needs ``token`` unless ``host`` is local-only."""
    store = db if isinstance(db, Store) else connect(db)
    extract_open = is_local_host(host)
    app = FastAPI(
        title="warscope",
        version="1",
        description="Sourced conflict events extracted from war reporting: every value points at its evidence.",
    )
    app.state.store = store

    @app.get("/events", tags=["events"])
    def events(
        c: Conn,
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Events matching the filters, newest first."""
        return {
            "total": query.count_events(c, f),
            "limit": limit,
            "offset": offset,
            "events": query.list_events(c, f, limit=limit, offset=offset),
        }

    @app.get("/events/{event_id}", tags=["events"])
    def event(event_id: int, c: Conn) -> dict[str, Any]:
        """One event with its claims, sources and evidence spans in the text around them."""
        found = query.get_event(c, event_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return found

    @app.get("/actors", tags=["actors"])
    def actors(
        c: Conn,
        q: str | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        total, rows = query.list_actors(c, q=q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "actors": rows}

    @app.get("/actors/{actor_id}", tags=["actors"])
    def actor(actor_id: int, c: Conn) -> dict[str, Any]:
        """One actor with its events, relations and a weekly timeline."""
        found = query.get_actor(c, actor_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no actor {actor_id}")
        return found

    @app.get("/documents", tags=["documents"])
    def documents(
        c: Conn,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        total, rows = query.list_documents(c, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "documents": rows}

    @app.get("/documents/{document_id}", tags=["documents"])
    def document(document_id: str, c: Conn) -> dict[str, Any]:
        """One article: text, metadata, its events and the evidence spans to highlight."""
        found = query.get_document(c, document_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no document {document_id}")
        return found

    @app.get("/network", tags=["actors"])
    def network(c: Conn, f: Filters) -> dict[str, Any]:
        """Actors as nodes; relations and actor1-actor2 events as dated edges.

        Place, type and text filters reach relations through the events they report (the events whose
        evidence overlaps theirs, else the events of their article; an article without events is placed
        by the places it names)."""
        return query.network(c, f)

    @app.get("/stats", tags=["events"])
    def stats(c: Conn, f: Filters) -> dict[str, Any]:
        """Event counts by week and type, and totals."""
        return query.stats(c, f)

    @app.post("/extract", tags=["extract"])
    def extract(
        body: ExtractRequest,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Analyse a pasted article. Needs a token (Authorization: Bearer ...) when served beyond localhost."""
        _check_token(token, extract_open, authorization)
        from warscope import pipeline
        from warscope.ingest import document_from_bytes, document_from_text

        try:
            published = query.parse_date(body.published, "published")
            opts = dict(published=published, source=body.source, url=body.url, name="article")
            if body.html and body.html.strip():
                document = document_from_bytes(body.html.encode("utf-8"), **opts)
            elif body.text and body.text.strip():
                document = document_from_text(body.text, **opts)
            else:
                raise InputError("give the article as 'text' or 'html'")
        except (InputError, ValueError) as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        extraction = pipeline.extract(document)
        stored = store.save(extraction) if body.store else None
        return {"stored": stored, "extraction": extraction.to_dict()}

    @app.get("/config", tags=["ui"])
    def config() -> dict[str, Any]:
        """What the web UI may offer: whether POST /extract needs a token here."""
        return {"extract_needs_token": token is not None or not extract_open, "extract_enabled": token is not None or extract_open}

    static = resources.files("warscope") / "web" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static / "index.html"), media_type="text/html")

    @app.get("/ui", include_in_schema=False)
    def ui(request: Request) -> RedirectResponse:
        return RedirectResponse(url="/")

    return app


def _check_token(token: str | None, extract_open: bool, authorization: str | None) -> None:
    if token is None:
        if extract_open:
            return
        raise HTTPException(
            status_code=403,
            detail="POST /extract is disabled: the server listens beyond localhost and no --token is set",
        )
    given = ""
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(status_code=401, detail="a valid token is needed (Authorization: Bearer TOKEN)")
