"""The built gazetteer: spellings, diacritics, divisions and countries."""

from __future__ import annotations

import time

from warscope.geo import gazetteer
from warscope.geo.names import fold, skeleton


def test_fold_removes_diacritics_and_marks():
    assert fold("Nangarhār") == "nangarhar"
    assert fold("Chahar Qal`ah") == "chahar qalah"
    assert fold("Kunaṟ") == "kunar"


def test_skeleton_joins_transliterations():
    assert skeleton("Jowzjan") == skeleton("Jawzjan")
    assert skeleton("Nangarhar") == skeleton("Ningarhar")
    assert skeleton("Kabul") != skeleton("Kandahar")


def test_loads_fast_enough():
    gazetteer._gazetteer = None
    t0 = time.perf_counter()
    gazetteer.load()
    assert time.perf_counter() - t0 < 3.0  # generous: CI machines are shared


def test_diacritic_spelling_finds_the_town():
    gaz = gazetteer.load()
    towns = [e for e in gaz.lookup("Kābul") if e.kind == gazetteer.TOWN]
    assert max(towns, key=lambda e: e.population).country == "AF"


def test_town_carries_its_province():
    gaz = gazetteer.load()
    jalalabad = [e for e in gaz.lookup("Jalalabad") if e.country == "AF" and e.kind == gazetteer.TOWN]
    assert jalalabad and jalalabad[0].admin1 == "Nangarhar"


def test_transliteration_variants_reach_the_province():
    gaz = gazetteer.load()
    for variant, expected in (("Ningarhar", "Nangarhar"), ("Jawzjan", "Jowzjan")):
        found = [e for e in gaz.lookup(variant) + gaz.lookup_variant(variant) if e.kind == gazetteer.PROVINCE]
        assert any(e.country == "AF" and e.name == expected for e in found), variant


def test_provinces_have_centroids_near_their_towns():
    gaz = gazetteer.load()
    prov = gaz.province("AF", "Nangarhar")
    assert prov is not None
    assert 33.5 < prov.latitude < 35.5 and 69.5 < prov.longitude < 71.5


def test_countries_have_names_aliases_and_centroids():
    gaz = gazetteer.load()
    for name in ("United States", "U.S.", "USA"):
        assert any(e.kind == gazetteer.COUNTRY and e.country == "US" for e in gaz.lookup(name)), name
    af = gaz.country("AF")
    assert af is not None and 29 < af.latitude < 38 and 60 < af.longitude < 75


def test_demonyms_map_to_countries():
    gaz = gazetteer.load()
    assert gaz.demonyms["Afghan"] == "AF"
    assert gaz.demonyms["Somali"] == "SO"
    assert not gaz.has("Afghan") or all(e.kind != gazetteer.COUNTRY for e in gaz.lookup("Afghan"))
