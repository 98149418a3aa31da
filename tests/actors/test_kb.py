"""The actor knowledge base: loads, validates, covers the regions, and dates status changes."""

from __future__ import annotations

from warscope.actors import kb as kbmod
from warscope.actors.kb import norm_key


def test_loads_at_least_400_unique_entries():
    raw, countries = kbmod.read_raw()
    ids = [r["id"] for r in raw]
    assert len(raw) >= 400
    assert len(ids) == len(set(ids))
    assert kbmod.validate(raw, {c["iso2"] for c in countries}) == []


def test_every_affiliation_and_successor_exists():
    kb = kbmod.load()
    for e in kb.entries.values():
        if e.affiliation is not None:
            assert e.affiliation in kb.entries, e.id
        if e.successor is not None:
            assert e.successor[1] in kb.entries, e.id


def test_validate_reports_broken_entries():
    raw = [
        {"id": "a", "name": "A", "kind": "rebel_group", "aliases": ["A"], "affiliation": "missing"},
        {"id": "a", "name": "A again", "kind": "rebel_group", "aliases": ["A2"]},
        {"id": "b", "name": "B", "kind": "warlords", "aliases": ["B"], "country": "ZZ"},
        {"id": "c", "name": "C", "kind": "other", "aliases": [], "wikidata": "X12"},
    ]
    problems = " | ".join(kbmod.validate(raw, {"KE"}))
    for expected in ("duplicate id 'a'", "'missing' is not in the base", "unknown kind 'warlords'",
                     "unknown country 'ZZ'", "bad Wikidata", "c: aliases"):
        assert expected in problems


def test_state_entries_for_every_country_with_acled_names():
    kb = kbmod.load()
    assert len(kb.countries) > 190
    for iso2 in kb.countries:
        for role in ("government", "military", "police"):
            assert kb.role_id(iso2, role) is not None, (iso2, role)
    som = kb.entries[kb.role_id("SO", "military")]
    assert som.acled_name_at("2023-03-01") == "Military Forces of Somalia (2022-)"
    assert som.acled_name_at("2019-03-01") == "Military Forces of Somalia (2017-2022)"
    assert kb.entries[kb.role_id("KE", "police")].acled_name_at("2018-06-01") == "Police Forces of Kenya (2013-2022)"
    assert kb.entries[kb.role_id("CD", "military")].acled_name.startswith("Military Forces of the Democratic Republic of Congo")


def test_non_state_groups_across_regions():
    kb = kbmod.load()
    armed = {"rebel_group", "political_militia", "identity_militia"}
    by_country = {e.country for e in kb.entries.values() if e.kind in armed}
    for iso2 in ("AF", "PK", "SY", "IQ", "YE", "ML", "BF", "NG", "SO", "CD", "MM", "UA", "CO", "MX", "SD", "ET", "MZ"):
        assert iso2 in by_country, iso2
    for mission in ("amisom", "atmis", "minusma", "nato", "us-led-coalition", "monusco"):
        assert kb.entries[mission].kind in {"external_forces", "organization"}


def test_parents_and_dated_status():
    kb = kbmod.load()
    assert kb.entries["islamic-state-khorasan"].affiliation == "islamic-state"
    assert kb.entries["al-shabaab"].affiliation == "al-qaeda"
    taliban = kb.entries["taliban"]
    assert taliban.kind_at("2020-05-01") == "rebel_group"
    assert taliban.kind_at("2022-05-01") == "government"
    assert kb.entries["taliban"].wikidata == "Q42418"


def test_alias_index_and_country_index():
    kb = kbmod.load()
    assert [e.id for e in kb.lookup("ISIS-K")] == ["islamic-state-khorasan"]
    assert [e.id for e in kb.lookup("al-Qaida")] == ["al-qaeda"]
    assert [e.id for e in kb.lookup("Daesh")] == ["islamic-state"]
    assert kb.country_of("U.S.") == "US"
    assert kb.country_of("Afghans") == "AF"
    assert kb.country_of("Somali") == "SO"
    assert norm_key("Islamic State\u2019s regional affiliate") == norm_key("Islamic State's regional affiliate")


def test_dates_before_the_first_period_carry_no_period():
    kb = kbmod.load()
    police = kb.entries[kb.role_id("KE", "police")]
    assert police.acled_name_at("2008-01-05") == "Police Forces of Kenya"
