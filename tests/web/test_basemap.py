"""The offline basemap: the TopoJSON decoder in scripts/ and the committed GeoJSON it produced."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_basemap.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_basemap", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topojson_decoding_of_quantised_delta_arcs_and_reversed_arcs():
    build = _script()
    # Two unit squares sharing an edge; the shared arc is walked backwards (~1) by the second one.
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10.0, 20.0]},
        "arcs": [
            [[0, 0], [0, 2], [2, 0]],  # (10,20) -> (10,21) -> (11,21)
            [[2, 2], [0, -2]],  # (11,21) -> (11,20): the shared edge
            [[2, 0], [-2, 0]],  # (11,20) -> (10,20)
            [[2, 2], [2, 0], [0, -2], [-2, 0]],  # (11,21) -> (12,21) -> (12,20) -> (11,20)
        ],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "1", "properties": {"name": "West"}, "arcs": [[0, 1, 2]]},
            {"type": "MultiPolygon", "id": "2", "properties": {"name": "East"}, "arcs": [[[3, ~1]]]},
        ]}},
    }
    out = build.convert(topology)
    west, east = out["features"]
    assert west["properties"]["name"] == "West"
    assert west["geometry"]["coordinates"] == [[[10.0, 20.0], [10.0, 21.0], [11.0, 21.0], [11.0, 20.0], [10.0, 20.0]]]
    assert east["geometry"]["type"] == "MultiPolygon"
    assert east["geometry"]["coordinates"] == [[[[11.0, 21.0], [12.0, 21.0], [12.0, 20.0], [11.0, 20.0], [11.0, 21.0]]]]


def test_committed_world_basemap_is_valid_geojson():
    path = resources.files("warscope") / "web" / "static" / "world.geojson"
    world = json.loads(path.read_text(encoding="utf-8"))
    assert world["type"] == "FeatureCollection"
    names = {f["properties"]["name"] for f in world["features"]}
    assert len(world["features"]) > 170
    assert {"Afghanistan", "Somalia", "Syria", "Ukraine", "Brazil"} <= names
    for feature in world["features"]:
        geom = feature["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        for rings in polys:
            for ring in rings:
                assert ring[0] == ring[-1] and len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
