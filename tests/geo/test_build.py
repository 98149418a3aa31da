"""The gazetteer is built by a packaging step (scripts/build_gazetteer.py), never at import."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "gazetteer.json.gz"
    subprocess.run([sys.executable, str(SCRIPT), "--countries", "AF,BF", "--out", str(out)],
                   check=True, capture_output=True, timeout=120)
    return out


def test_build_writes_the_columnar_format(small_build):
    data = json.loads(gzip.decompress(small_build.read_bytes()))
    assert data["version"] == 1
    cols = {k: v.split("\t") for k, v in data["columns"].items()}
    assert set(cols) == {"k", "n", "c", "a1", "a2", "la", "lo", "p", "g"}
    assert len({len(v) for v in cols.values()}) == 1  # one row per place in every column
    assert set(cols["c"]) - {""} == {"AF", "BF"}
    for key in ("index", "skeleton"):
        keys, ids = data[key]["keys"].split("\t"), data[key]["ids"].split("\t")
        assert len(keys) == len(ids)
        assert all(0 <= int(i) < len(cols["k"]) for row in ids for i in row.split(","))


def test_built_file_loads_and_names_divisions_as_news_does(small_build):
    from warscope.geo.gazetteer import DISTRICT, PROVINCE, Gazetteer

    gaz = Gazetteer(json.loads(gzip.decompress(small_build.read_bytes())))
    # GeoNames writes "Vardak", "Paktiya", "High-Basins"; news and ACLED the names below.
    for cc, name in (("AF", "Wardak"), ("AF", "Paktia"), ("BF", "Hauts-Bassins")):
        assert gaz.province(cc, name) is not None, name
    # ...and the GeoNames spelling still finds the same division.
    assert gaz.province("AF", "Vardak") is not None and gaz.province("AF", "Vardak").name == "Wardak"
    gardez = [e for e in gaz.lookup("Gardez") if e.country == "AF"]
    assert gardez and gardez[0].admin1 == "Paktia"
    # Second-level divisions by their bare name ("Province de l'Oudalan" -> "Oudalan").
    oudalan = [e for e in gaz.lookup("Oudalan") if e.kind == DISTRICT]
    assert oudalan and oudalan[0].country == "BF" and oudalan[0].admin1 == "Sahel"
    assert not any(e.kind == PROVINCE and e.country == "US" for e in gaz.lookup("Texas"))


def test_importing_the_stage_does_not_load_the_gazetteer():
    code = (
        "import warscope.geo, warscope.pipeline\n"
        "from warscope.geo import gazetteer\n"
        "assert gazetteer._gazetteer is None, 'loaded at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_built_file_says_what_each_country_calls_its_divisions(small_build):
    data = json.loads(gzip.decompress(small_build.read_bytes()))
    # From ISO 3166-2: Burkina Faso's regions are first-level, its provinces second-level.
    assert data["admin_types"] == {"AF": {"province": "A"}, "BF": {"region": "A", "province": "D"}}


def _build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_unnamed_code_takes_the_one_iso_division_left():
    import pycountry

    build = _build_module()
    subs = [s for s in pycountry.subdivisions.get(country_code="KE") if s.name != "Vihiga"]
    named = {("KE", f"c{i}"): s.name for i, s in enumerate(subs)}
    towns = {"1": ("KE", "53"), "2": ("KE", "53"), "3": ("KE", "03")}
    cities = {gid: {"countrycode": cc, "admin1code": code} for gid, (cc, code) in towns.items()}
    assert build._admin1_by_elimination(named, cities) == {("KE", "53"): "Vihiga"}
    # Two unnamed codes of the same weight: which one is Vihiga is not known.
    cities["4"] = {"countrycode": "KE", "admin1code": "03"}
    assert build._admin1_by_elimination(named, cities) == {}
