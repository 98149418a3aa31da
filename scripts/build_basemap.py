"""Build the web UI's offline world basemap (country outlines as GeoJSON) from world-atlas.

world-atlas (ISC licence, Natural Earth 1:110m admin-0 boundaries, public domain) ships TopoJSON;
the UI draws GeoJSON with plain SVG, so this decodes the topology once and commits the small result.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-110m.json

writes src/warscope/web/static/world.geojson (coordinates rounded to 0.01 degree, about 1 km).
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "warscope" / "web" / "static" / "world.geojson"
DIGITS = 2


def _decode_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    """Delta-decoded, de-quantised arcs."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for point in arc:
            if transform:
                x += point[0]
                y += point[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append([round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)])
            else:
                points.append([round(point[0], DIGITS), round(point[1], DIGITS)])
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    ring: list[list[float]] = []
    for i in indexes:
        # A negative index (~i) means the arc is walked backwards.
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(arc if not ring else arc[1:])
    # Rounding can merge consecutive points; drop repeats so the rings stay clean.
    clean = [p for k, p in enumerate(ring) if k == 0 or p != ring[k - 1]]
    if clean and clean[0] != clean[-1]:
        clean.append(clean[0])
    return clean


def _geometry(geom: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any] | None:
    kind = geom.get("type")
    if kind == "Polygon":
        rings = [r for r in (_ring(idx, arcs) for idx in geom["arcs"]) if len(r) >= 4]
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if kind == "MultiPolygon":
        polys = []
        for poly in geom["arcs"]:
            rings = [r for r in (_ring(idx, arcs) for idx in poly) if len(r) >= 4]
            if rings:
                polys.append(rings)
        return {"type": "MultiPolygon", "coordinates": polys} if polys else None
    return None


def convert(topology: dict[str, Any], layer: str = "countries") -> dict[str, Any]:
    arcs = _decode_arcs(topology)
    features = []
    for geom in topology["objects"][layer]["geometries"]:
        geometry = _geometry(geom, arcs)
        if geometry is None:
            continue
        props = geom.get("properties") or {}
        features.append(
            {"type": "Feature", "id": geom.get("id"), "properties": {"name": props.get("name")}, "geometry": geometry}
        )
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 1:110m admin-0 via world-atlas 2.0.2 (ISC)",
        "features": features,
    }


def _load(path: Path) -> dict[str, Any]:
    if path.suffix in (".tgz", ".gz"):
        with tarfile.open(path) as tar:
            member = tar.extractfile("package/countries-110m.json")
            assert member is not None
            return json.load(member)
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    collection = convert(_load(Path(argv[1])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(collection['features'])} countries, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
