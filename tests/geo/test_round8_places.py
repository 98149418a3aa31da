"""Round eight of the places work: events known only to a division are placed at its seat, a
division written after a town is the division, and namesakes abroad that the text's own hints
rule out (an old name of a foreign town, a foreign 'county', a spelling variant) are dropped."""

from __future__ import annotations

import pytest

from tests.geo.conftest import place_of


def _event_place(analysis, trigger: str):
    from warscope.geo import place_for_event

    start = analysis.text.index(trigger)
    return place_for_event(analysis, start, start + len(trigger))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from warscope.eval.metrics import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def test_a_division_seat_is_its_namesake_town_else_its_biggest():
    from warscope.geo import gazetteer

    gaz = gazetteer.load()
    nakuru = gaz.province("KE", "Nakuru")
    seat = gaz.seat(nakuru)
    assert seat is not None and seat.name == "Nakuru" and seat.kind == "P" and seat.admin1 == "Nakuru"
    # Burkina Faso's Centre-Nord region has no town of its name: its biggest town stands for it.
    centre_nord = gaz.province("BF", "Centre-Nord")
    seat = gaz.seat(centre_nord)
    biggest = max((gaz.entry(i) for i in range(len(gaz._k)) if gaz._k[i] == "P" and gaz._c[i] == "BF"
                   and gaz._a1[i] == "Centre-Nord"), key=lambda e: e.population)
    assert seat == biggest
    # A town has no seat.
    assert gaz.seat(seat) is None
    # A district is seated only at a town of its name ("Guaymas" municipality: the port city,
    # which GeoNames calls "Heroica Guaymas"), else left at the centre of its towns.
    district = next(e for e in gaz.lookup("Guaymas") if e.kind == "D" and e.country == "MX")
    assert gaz.seat(district).name == "Heroica Guaymas"
    unnamed = next(e for e in gaz.lookup("Purba Champaran") if e.kind == "D")
    assert gaz.seat(unnamed) is None


def test_an_event_known_only_to_its_province_is_placed_at_the_province_seat(run_in):
    from warscope.geo import gazetteer

    a = run_in("Two soldiers were killed when gunmen ambushed their patrol in Nakuru county.", "KE")
    loc = _event_place(a, "ambushed")
    assert loc is not None and loc.name == "Nakuru" and loc.admin1 == "Nakuru" and loc.precision == 3
    town = next(e for e in gazetteer.load().lookup("Nakuru") if e.kind == "P" and e.country == "KE")
    assert _km(loc.latitude, loc.longitude, town.latitude, town.longitude) < 1.0
    # The province itself, as a place of the document, keeps the centre of its towns.
    place, _ = place_of(a, "Nakuru")
    assert place is not None and (place.latitude, place.longitude) != (loc.latitude, loc.longitude)


def test_a_city_is_not_taken_for_the_division_named_after_it_when_it_follows_a_town(run_in):
    a = run_in("Gunfire was heard overnight in Belford Roxo, Rio de Janeiro, after police raided a house.",
               "BR")
    loc = _event_place(a, "raided")
    assert loc is not None and loc.name == "Belford Roxo" and loc.precision == 1
    place, _ = place_of(a, "Rio de Janeiro")
    assert place is not None and place.name == "Rio de Janeiro" and place.admin2 is None
    assert place.latitude != pytest.approx(-22.9064, abs=0.01)  # not the city itself


def test_a_town_between_a_preposition_and_a_comma_locates_the_event(run_in):
    # The parser hangs the town on the people that follow it; it still says where they clashed.
    a = run_in("On 3 May, in Valle de Santiago, Guanajuato, prisoners and guards clashed in a jail.", "MX")
    loc = _event_place(a, "clashed")
    assert loc is not None and loc.name == "Valle de Santiago" and loc.admin1 == "Guanajuato"


def test_an_old_name_of_a_foreign_town_written_with_a_county_of_the_country_is_dropped(run_in):
    a = run_in("Casual workers at Jomvu in Mikindani, Mombasa county marched on Monday over unpaid wages.",
               "KE")
    place, _ = place_of(a, "Mikindani")
    assert place is None or place.country == "KE"
    loc = _event_place(a, "marched")
    assert loc is not None and loc.country == "KE" and loc.admin1 == "Mombasa"


def test_a_county_of_the_given_country_beats_a_foreign_county_of_the_name(run_in):
    a = run_in("Police shot and wounded a herder in Madera county on Friday.", "KE")
    loc = _event_place(a, "shot")
    assert loc is not None and loc.country == "KE"
    # Without the country, the text alone says nothing against the American county.
    b = run_in("Police shot and wounded a herder in Madera county on Friday.", None)
    loc = _event_place(b, "shot")
    assert loc is None or loc.country != "KE"


def test_a_foreign_region_matched_only_as_a_spelling_variant_is_dropped(run_in):
    a = run_in("Gunmen seized a trader at his home in the village of Niamanga, south of Djibo.", "BF")
    place, _ = place_of(a, "Niamanga")
    assert place is None
    loc = _event_place(a, "seized")
    assert loc is not None and loc.name == "Djibo" and loc.country == "BF" and loc.precision == 2


def test_a_lower_case_word_is_never_a_place(run_in):
    a = run_in("Gunmen raided the village of Bouna and the residents fled into the bush.", "BF")
    assert all(a.text[m.start] .isupper() for m in a.place_mentions)
    assert place_of(a, "bush") == (None, None)


def test_part_of_a_hyphenated_name_is_not_the_name(run_in):
    a = run_in("Militants killed three farmers in the village of Singa-Mossi on Sunday.", "BF")
    place, _ = place_of(a, "Singa")
    assert place is None


def test_a_town_named_as_the_area_of_a_county_is_that_town(run_in):
    a = run_in("Two people were killed in the Kapsabet area of Nandi county when raiders struck.", "KE")
    loc = _event_place(a, "killed")
    assert loc is not None and loc.name == "Kapsabet" and loc.admin1 == "Nandi" and loc.precision == 2


def test_the_division_written_after_an_unlisted_ward_places_the_event(run_in):
    a = run_in("Raiders stole forty goats at Chepkoiyo village in Kipsogon ward, Kericho.", "KE")
    loc = _event_place(a, "stole")
    assert loc is not None and loc.admin1 == "Kericho" and loc.precision == 2


def test_a_square_named_after_a_town_is_not_that_town(run_in):
    a = run_in("On Tuesday, in Santa Rosa (La Pampa), shopkeepers gathered in Plaza San Martin to protest.",
               "AR")
    assert place_of(a, "San Martin") == (None, None)
    loc = _event_place(a, "protest")
    assert loc is not None and loc.name == "Santa Rosa" and loc.admin1 == "La Pampa"


def test_a_foreign_division_named_after_a_sea_is_the_sea(run_in):
    text = "Shells hit a market east of the Red Sea port in Ad Durayhimi district (Al Hudaydah)."
    a = run_in(text, "YE")
    place, _ = place_of(a, "Red Sea")
    assert place is None or place.country == "YE"
    loc = _event_place(a, "hit")
    assert loc is not None and loc.country == "YE" and loc.admin1 == "Al Hudaydah"


def test_a_town_named_with_its_taluka_locates_the_event_near_it(run_in):
    a = run_in("Villagers beat two constables in Motihari taluka (Purba Champaran, Bihar) on Friday.", "IN")
    loc = _event_place(a, "beat")
    assert loc is not None and loc.admin1 == "Bihar" and loc.precision == 2
    assert loc.admin2 != "Purba Champaran" or loc.name != "Purba Champaran"


def test_a_hyphenated_name_ner_missed_is_read_whole(run_in):
    a = run_in("Gunmen shot a water carrier at a checkpoint in Al-Hosna (Bir Al-Abd, North Sinai) on Monday.", "EG")
    place, _ = place_of(a, "Bir Al-Abd")
    assert place is not None and place.admin1 == "North Sinai" and place.country == "EG"
