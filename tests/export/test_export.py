"""Each export format written from a real SQLite store and parsed back with a standard reader."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from tests.store.factory import harbour, riverton
from warscope.export import FORMATS, export
from warscope.export import acled
from warscope.store import open_store
from warscope.store.query import EventFilter


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "w.db"
    with open_store(str(path)) as store:
        store.save(riverton())
        store.save(harbour())
    return path


def _export(db, fmt: str, **filters) -> bytes:
    out = io.BytesIO()
    with open_store(str(db)) as store, store.engine.connect() as conn:
        export(conn, fmt, EventFilter(**filters), out)
    return out.getvalue()


def test_acled_csv_has_the_31_columns_and_conventions(db):
    rows = list(csv.DictReader(io.StringIO(_export(db, "acled-csv").decode("utf-8"))))
    assert list(rows[0].keys()) == acled.COLUMNS
    assert len(acled.COLUMNS) == 31
    by_type = {r["event_type"]: r for r in rows}
    battle = by_type["Battles"]
    assert battle["actor1"] == "Northern Front" and battle["inter1"] == "2"
    assert battle["actor2"] == "Military Forces of Afghanistan" and battle["inter2"] == "1"
    assert battle["interaction"] == "12"  # lower code first
    assert battle["event_id_cnty"].startswith("AFG")
    assert battle["iso"] == "4" and battle["country"] == "Afghanistan"
    assert battle["region"] == "Caucasus and Central Asia"
    assert battle["disorder_type"] == "Political violence"
    assert battle["event_date"] == "2021-08-24" and battle["year"] == "2021"
    assert battle["fatalities"] == "9"  # the conservative figure, not the claimed 30
    assert battle["geo_precision"] == "2" and battle["time_precision"] == "1"
    assert "seized two trucks" in battle["notes"]
    protest = by_type["Protests"]
    assert protest["inter1"] == "6" and protest["inter2"] == "0" and protest["interaction"] == "60"
    assert protest["disorder_type"] == "Demonstrations"
    strike = by_type["Explosions/Remote violence"]
    # State forces (1) strike rebels (2): still 12, whichever is actor1.
    assert strike["inter1"] == "1" and strike["inter2"] == "2" and strike["interaction"] == "12"
    assert strike["region"] == "Eastern Africa"


def test_acled_helpers():
    assert acled.interaction(7, 3) == 37
    assert acled.interaction(None, 8) == 80
    assert acled.interaction(None, None) is None
    assert acled.disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert acled.region_of("FR") == "Europe"
    assert acled.region_of("SD") == "Northern Africa"


def test_filters_apply_to_exports(db):
    rows = list(csv.DictReader(io.StringIO(_export(db, "acled-csv", country="SO").decode())))
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]
    rows = list(csv.DictReader(io.StringIO(_export(db, "acled-csv", actor="nobody at all").decode())))
    assert rows == []


def test_plover_jsonl(db):
    records = [json.loads(line) for line in _export(db, "plover-jsonl").decode().splitlines()]
    assert len(records) == 3
    by_acled = {r["acled_event_type"]: r for r in records}
    assert by_acled["Battles"]["event_type"] == "ASSAULT"
    assert by_acled["Battles"]["source_actor"] == "Northern Front"
    assert by_acled["Battles"]["target_actor"] == "Military Forces of Afghanistan"
    assert by_acled["Protests"]["event_type"] == "PROTEST"
    text = riverton().document.text
    for sp in by_acled["Battles"]["evidence"]:
        assert text[sp["start"] : sp["end"]] == sp["text"]


def test_geojson_points_in_lon_lat_order(db):
    data = json.loads(_export(db, "geojson"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 3
    kandahar = next(f for f in data["features"] if f["properties"]["location"] == "Kandahar")
    assert kandahar["geometry"] == {"type": "Point", "coordinates": [65.71, 31.61]}
    # Flat properties only, as QGIS expects.
    assert all(not isinstance(v, (dict, list)) for v in kandahar["properties"].values())


def test_graphml_round_trip(db, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(_export(db, "graphml"))
    g = nx.read_graphml(path)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Northern Front", "Military Forces of Afghanistan", "Al Shabaab"} <= labels
    edges = list(g.edges(data=True))
    assert {d["link"] for _, _, d in edges} == {"relation", "event"}
    rel = next(d for _, _, d in edges if d["link"] == "relation")
    assert rel["start"] == "2021-08-24" and rel["polarity"] == "hostile"


def test_gexf_round_trip(db, tmp_path):
    path = tmp_path / "g.gexf"
    path.write_bytes(_export(db, "gexf"))
    g = nx.read_gexf(path)
    names = {g.nodes[n]["label"] for n in g.nodes}
    assert "Northern Front" in names
    assert g.number_of_edges() == 3  # one relation, two actor-vs-actor events
    assert all(d.get("start") for _, _, d in g.edges(data=True))
    assert b'mode="dynamic"' in path.read_bytes()


def test_json_export(db):
    data = json.loads(_export(db, "json"))
    assert len(data["events"]) == 3
    battle = next(e for e in data["events"] if e["event_type"] == "Battles")
    assert [c["value"] for c in battle["claims"]] == [9, 30]
    assert battle["sources"][0]["evidence"][0]["text"].startswith("Rebels of the Northern Front")
    assert len(data["relations"]) == 1


def test_export_command(db, tmp_path):
    from warscope.cli import main

    runner = CliRunner()
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        result = runner.invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(out), "--country", "Afghanistan"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    rows = list(csv.DictReader((tmp_path / "out.acled-csv").open(encoding="utf-8")))
    assert len(rows) == 2
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "geojson", "--bbox", "1,2"])
    assert result.exit_code == 2
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "none.db"), "--format", "json"])
    assert result.exit_code == 2 and "no such database" in result.output
