"""Export the events in a store, filtered the same way as the API, in analysts' formats."""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any

import networkx as nx
from sqlalchemy import Connection, select

from warscope.export import acled
from warscope.model import SCHEMA
from warscope.store import query
from warscope.store import schema as s
from warscope.store.query import EventFilter

FORMATS = ("acled-csv", "plover-jsonl", "geojson", "graphml", "gexf", "json", "parquet")
BINARY_FORMATS = {"graphml", "gexf", "parquet"}

# PLOVER type from the ACLED type when a stage did not set one (marked "derived" in the output).
_PLOVER_FROM_ACLED = {
    "Battles": "ASSAULT",
    "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT",
    "Protests": "PROTEST",
    "Riots": "PROTEST",
}
_PLOVER_FROM_SUB = {"Agreement": "AGREE", "Arrests": "COERCE", "Looting/property destruction": "COERCE",
                    "Non-violent transfer of territory": "CONCEDE", "Headquarters or base established": "MOBILIZE"}


def inter_codes(conn: Connection) -> dict[int, int | None]:
    """ACLED inter code of every actor; a person takes the code of the group it belongs to."""
    rows = {r.id: (r.kind, r.affiliation_id) for r in conn.execute(select(s.actors.c.id, s.actors.c.kind, s.actors.c.affiliation_id))}
    out: dict[int, int | None] = {}
    for actor_id, (kind, parent) in rows.items():
        code = acled.INTER.get(kind)
        if code is None and parent in rows:
            code = acled.INTER.get(rows[parent][0])
        out[actor_id] = code
    return out


def write_acled_csv(conn: Connection, f: EventFilter, out: IO[str]) -> int:
    inter = inter_codes(conn)
    writer = csv.DictWriter(out, fieldnames=acled.COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in query.iter_events(conn, f):
        writer.writerow(acled.row(event, inter))
        n += 1
    return n


def _evidence(conn: Connection, event_id: int) -> list[dict[str, Any]]:
    return json.loads(conn.execute(select(s.events.c.evidence).where(s.events.c.id == event_id)).scalar_one())


def plover_record(event: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any] | None:
    code = event["plover"]
    derived = False
    if not code:
        code = _PLOVER_FROM_SUB.get(event["sub_event_type"] or "") or _PLOVER_FROM_ACLED.get(event["event_type"])
        derived = code is not None
    if not code:
        return None
    loc = event["location"] or {}
    a1, a2 = event["actor1"], event["actor2"]
    return {
        "event_id": str(event["id"]),
        "event_date": event["date"]["event_date"],
        "event_type": code,
        "event_type_derived": derived,
        "mode": None,
        "context": None,
        "source_actor": a1["name"] if a1 else None,
        "source_actor_type": a1["kind"] if a1 else None,
        "target_actor": a2["name"] if a2 else None,
        "target_actor_type": a2["kind"] if a2 else None,
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "place_name": loc.get("name"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("precision"),
        "time_precision": event["date"]["precision"],
        "fatalities": event["fatalities"],
        "acled_event_type": event["event_type"],
        "acled_sub_event_type": event["sub_event_type"],
        "event_text": event["notes"],
        "evidence": evidence,
        "document_id": event["document_id"],
        "source": event["document"]["source"],
        "url": event["document"]["url"],
    }


def write_plover_jsonl(conn: Connection, f: EventFilter, out: IO[str]) -> int:
    n = 0
    for event in query.iter_events(conn, f):
        record = plover_record(event, _evidence(conn, event["id"]))
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_geojson(conn: Connection, f: EventFilter, out: IO[str]) -> int:
    """Located events as points (EPSG:4326, lon/lat); events without coordinates are left out.

    Properties are typed like the Parquet columns (numbers as numbers, missing values as null), so
    GDAL, QGIS and geopandas see integer, real and date fields rather than text."""
    inter = inter_codes(conn)
    features = []
    for event in query.iter_events(conn, f):
        loc = event["location"] or {}
        if loc.get("latitude") is None or loc.get("longitude") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": event["id"],
                "geometry": {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]},
                "properties": typed_row(event, inter, dates_as_text=True),
            }
        )
    json.dump({"type": "FeatureCollection", "name": "warscope_events", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def graph(conn: Connection, f: EventFilter) -> nx.MultiDiGraph:
    """Actors as nodes; relations and actor1-actor2 events as dated, directed edges."""
    data = query.network(conn, f)
    inter = inter_codes(conn)
    g = nx.MultiDiGraph(name="warscope actor network")
    for n in data["nodes"]:
        g.add_node(str(n["id"]), label=n["name"], kind=n["kind"], inter=inter.get(n["id"]) or 0, events=n["events"])
    for i, e in enumerate(data["edges"]):
        attrs = {
            "id": f"e{i}",
            "link": e["type"],
            "polarity": e["polarity"] or "",
            "plover": e["plover"] or "",
            "event_type": e["event_type"] or "",
            "event_id": e["event_id"] or 0,
            "document_id": e["document_id"],
            "contested": bool(e["contested"]),
            "date": e["date"] or "",
        }
        # Gephi's timeline reads start/end; an edge with no date is always shown.
        if e["date"]:
            attrs["start"] = e["date"]
            attrs["end"] = e["date_end"] or e["date"]
        g.add_edge(str(e["source"]), str(e["target"]), key=f"e{i}", **attrs)
    return g


def write_graphml(conn: Connection, f: EventFilter, out: IO[bytes]) -> int:
    g = graph(conn, f)
    nx.write_graphml(g, out, encoding="utf-8")
    return g.number_of_edges()


def write_gexf(conn: Connection, f: EventFilter, out: IO[bytes]) -> int:
    g = graph(conn, f)
    for _, _, data in g.edges(data=True):
        data.pop("id", None)  # the GEXF writer takes edge ids from the keys
    nx.write_gexf(g, out, encoding="utf-8")
    return g.number_of_edges()


def write_json(conn: Connection, f: EventFilter, out: IO[str]) -> int:
    """Matching events with their claims and sources, plus the actors and relations they involve."""
    events: list[dict[str, Any]] = []
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        query.attach_details(conn, chunk)
        for full in chunk:
            for src in full["sources"]:
                src["evidence"] = [{k: sp[k] for k in ("start", "end", "text")} for sp in src["evidence"]]
            for claim in full["claims"]:
                claim["evidence"] = {k: claim["evidence"][k] for k in ("start", "end", "text")}
        events.extend(chunk)
        chunk.clear()

    for event in query.iter_events(conn, f):
        chunk.append(event)
        if len(chunk) >= 500:
            flush()
    flush()
    net = query.network(conn, f)
    payload = {
        "schema": SCHEMA,
        "format": "warscope/events@1",
        "events": events,
        "actors": net["nodes"],
        "relations": [e for e in net["edges"] if e["type"] == "relation"],
    }
    json.dump(payload, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(events)


# Parquet columns beyond ACLED's text ones are typed, so pandas/Arrow readers get numbers and dates.
_PARQUET_INT = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
                "timestamp", "id", "fatalities_best", "fatalities_high"}
_PARQUET_FLOAT = {"latitude", "longitude", "confidence"}
_PARQUET_EXTRA = ["id", "document_id", "country_code", "plover", "url", "fatalities_best", "fatalities_high", "confidence"]


def parquet_schema():  # noqa: ANN201 - pyarrow is imported only when this format is asked for
    import pyarrow as pa

    fields = []
    for name in acled.COLUMNS + _PARQUET_EXTRA:
        if name == "event_date":
            kind = pa.date32()
        elif name in _PARQUET_INT:
            kind = pa.int64()
        elif name in _PARQUET_FLOAT:
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind, nullable=True))
    return pa.schema(fields, metadata={"warscope_schema": SCHEMA})


def _typed_value(name: str, value: Any, dates_as_text: bool) -> Any:
    if value is None or value == "":
        return None
    if name == "event_date":
        import datetime as dt

        return value if dates_as_text else dt.date.fromisoformat(value)
    if name in _PARQUET_INT:
        return int(value)
    if name in _PARQUET_FLOAT:
        return float(value)
    return str(value)


def typed_row(event: dict[str, Any], inter: dict[int, int | None], dates_as_text: bool = False) -> dict[str, Any]:
    """ACLED's columns plus warscope's ids, with typed values and None for what is missing."""
    row = acled.row(event, inter)
    loc = event["location"] or {}
    # Full-precision coordinates here: the CSV rounds to ACLED's 4 decimals, a typed column need not.
    row.update(latitude=loc.get("latitude"), longitude=loc.get("longitude"))
    fat = event["fatalities"] or {}
    row.update(
        id=event["id"], document_id=event["document_id"], country_code=loc.get("country"), plover=event["plover"],
        url=event["document"]["url"], fatalities_best=fat.get("best"), fatalities_high=fat.get("high"),
        confidence=event["confidence"],
    )
    return {name: _typed_value(name, row.get(name), dates_as_text) for name in acled.COLUMNS + _PARQUET_EXTRA}


def write_parquet(conn: Connection, f: EventFilter, out: IO[bytes], batch: int = 5000) -> int:
    """ACLED's columns (typed) plus warscope's ids, one row per event, in row groups of ``batch``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    inter = inter_codes(conn)
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for event in query.iter_events(conn, f):
            rows.append(typed_row(event, inter))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows.clear()
        # Always one row group, so an empty export is still a readable file with the columns.
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def export(conn: Connection, fmt: str, f: EventFilter, out: IO[bytes]) -> int:
    """Write format ``fmt`` to a binary stream; returns the number of records written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "graphml":
        return write_graphml(conn, f, out)
    if fmt == "gexf":
        return write_gexf(conn, f, out)
    if fmt == "parquet":
        return write_parquet(conn, f, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = {"acled-csv": write_acled_csv, "plover-jsonl": write_plover_jsonl,
                  "geojson": write_geojson, "json": write_json}[fmt]
        return writer(conn, f, text)
    finally:
        text.flush()
        text.detach()
