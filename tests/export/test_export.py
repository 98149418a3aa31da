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


# ---- each export opened by the reader its target tool uses ------------------------------------


def test_acled_csv_reads_in_pandas(db):
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.BytesIO(_export(db, "acled-csv")), keep_default_na=False)
    assert list(frame.columns) == acled.COLUMNS and len(frame) == 3
    assert sorted(frame["fatalities"].tolist()) == [0, 4, 9]
    assert frame.loc[frame["location"] == "Mogadishu", "latitude"].item() == pytest.approx(2.04)


def test_plover_jsonl_reads_in_pandas(db):
    pd = pytest.importorskip("pandas")
    frame = pd.read_json(io.BytesIO(_export(db, "plover-jsonl")), lines=True)
    assert len(frame) == 3
    assert set(frame["event_type"]) == {"ASSAULT", "PROTEST"}


def test_parquet_round_trip_in_pandas_and_pyarrow(db, tmp_path):
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    path.write_bytes(_export(db, "parquet"))
    table = pq.read_table(path)
    assert table.num_rows == 3
    assert table.schema.names[: len(acled.COLUMNS)] == acled.COLUMNS
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("fatalities").type) == "int64"
    frame = pd.read_parquet(path)
    battle = frame[frame["event_type"] == "Battles"].iloc[0]
    assert battle["fatalities"] == 9 and battle["fatalities_high"] == 30
    assert battle["latitude"] == pytest.approx(31.61) and battle["country_code"] == "AF"
    assert str(battle["event_date"]) == "2021-08-24"
    # The protest has one actor: ACLED's inter2 of 0, and no admin2 at all (missing, not "").
    protest = frame[frame["event_type"] == "Protests"].iloc[0]
    assert protest["inter2"] == 0 and protest["interaction"] == 60
    assert protest["admin2"] is None or pd.isna(protest["admin2"])
    # Filters apply, and an empty result is still a readable file with every column.
    assert len(pd.read_parquet(io.BytesIO(_export(db, "parquet", country="SO")))) == 1
    empty = pq.read_table(io.BytesIO(_export(db, "parquet", actor="nobody at all")))
    assert empty.num_rows == 0 and empty.schema.names == table.schema.names


def test_geojson_reads_in_gdal(db, tmp_path):
    pyogrio = pytest.importorskip("pyogrio")
    path = tmp_path / "events.geojson"
    path.write_bytes(_export(db, "geojson"))
    info = pyogrio.read_info(path)
    assert info["features"] == 3 and info["geometry_type"] == "Point"
    dtypes = dict(zip(info["fields"], info["dtypes"]))
    # Typed fields, as QGIS would show them: numbers and dates, not text.
    assert dtypes["fatalities"].startswith("int") and dtypes["latitude"] == "float64"
    assert dtypes["event_date"].startswith("datetime64") and dtypes["event_type"] == "object"
    meta, _, geometry, fields = pyogrio.raw.read(path)
    names = list(meta["fields"])
    locations = list(fields[names.index("location")])
    assert sorted(locations) == ["Herat", "Kandahar", "Mogadishu"]
    assert len(geometry) == 3
    # CRS is WGS 84 (GeoJSON's only one), read back as such.
    assert "4326" in (meta["crs"] or "")
    assert pyogrio.read_info(io.BytesIO(_export(db, "geojson", country="AF")))["features"] == 2


def test_graph_exports_round_trip_counts(db, tmp_path):
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        path.write_bytes(_export(db, fmt))
        g = read(path)
        # The five actors that take part in a relation or an actor-vs-actor event (not the ministry or Zia).
        assert g.number_of_nodes() == 5 and g.number_of_edges() == 3, fmt
        # The Somalia filter keeps the air strike and drops the Afghan relation with its clash.
        path.write_bytes(_export(db, fmt, country="SO"))
        g = read(path)
        assert g.number_of_edges() == 1, fmt
        assert {d["label"] for _, d in g.nodes(data=True)} == {"Al Shabaab", "Military Forces of Somalia"}
        path.write_bytes(_export(db, fmt, event_type="Protests"))
        assert read(path).number_of_edges() == 0, fmt


def test_parquet_to_stdout(db):
    pd = pytest.importorskip("pandas")
    from warscope.cli import main

    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(io.BytesIO(result.stdout_bytes))) == 3
