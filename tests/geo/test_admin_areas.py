"""Round four: divisions named by what their country calls them, districts by their seat town,
ACLED-style "(commune, province)" brackets, names NER splits, and far namesakes kept out.
Every sentence here is written for these tests."""

from __future__ import annotations

from tests.geo.conftest import place_of


def _texts(a) -> set[str]:
    return {a.text[m.start : m.end] for m in a.place_mentions}


def _countries(a) -> set[str]:
    return {a.place(m.place_id).country for m in a.place_mentions}


def test_a_kenyan_county_is_first_level(geo_run):
    # GeoNames also has a Brazilian municipality called Embu; "county" is what Kenya calls its
    # first-level divisions, so the county wins.
    a = geo_run("Pupils of a boarding school in Embu County marched over the sacking of their head.")
    place, m = place_of(a, "Embu")
    assert place is not None and place.country == "KE" and place.admin1 == "Embu"
    assert m.precision == 3


def test_a_county_seat_gets_its_own_county(geo_run):
    # GeoNames codes the county and the build names the code after the shared towns' votes.
    a = geo_run("Residents of Bomet county blocked the highway over a land dispute.")
    place, _ = place_of(a, "Bomet")
    assert place is not None and place.country == "KE" and place.admin1 == "Bomet"


def test_region_named_by_a_word_ner_calls_a_date(geo_run):
    a = geo_run("Gunmen ambushed a supply convoy in Sahel region on Monday.")
    place, m = place_of(a, "Sahel")
    assert place is not None and place.country == "BF" and place.admin1 == "Sahel"
    assert m.precision == 3


def test_hyphenated_region_is_one_name(geo_run):
    a = geo_run("Two traders were shot dead in the Centre-Nord region last week.")
    assert "Nord" not in _texts(a)
    place, _ = place_of(a, "Centre-Nord")
    assert place is not None and place.country == "BF" and place.admin1 == "Centre-Nord"


def test_a_name_ner_splits_in_two_is_joined(geo_run):
    a = geo_run("On 3 June, in Boa Vista, Roraima, relatives of inmates protested outside the jail.")
    assert "Vista" not in _texts(a)
    place, _ = place_of(a, "Boa Vista")
    assert place is not None and place.country == "BR" and place.admin1 == "Roraima"


def test_a_big_city_by_its_english_name(geo_run):
    # "Odessa" is an alternate name of Odesa (a million people), the main name of a Texan town.
    a = geo_run("Activists blocked a road near Odessa to protest against a motor rally.")
    place, _ = place_of(a, "Odessa")
    assert place is not None and place.country == "UA"


def test_district_named_after_its_seat_town(geo_run):
    from warscope.geo import place_for_event

    text = "Insurgents stormed a checkpoint in Imam Sahib district, Kunduz, killing three guards."
    a = geo_run(text)
    place, m = place_of(a, "Imam Sahib")
    assert place is not None and place.country == "AF" and place.admin1 == "Kunduz"
    assert m.precision == 2  # the district, known by its seat
    start = text.index("stormed")
    loc = place_for_event(a, start, start + len("stormed"))
    assert loc is not None and loc.name == place.name and loc.precision == 2


def test_unlisted_commune_in_brackets_is_not_a_far_namesake(geo_run):
    # "Pensa" is also an old name of Penza in Russia; written with a Burkinabe province in
    # brackets it is a local place the gazetteer lacks.
    a = geo_run("Suspected militants killed three herders near Pensa (Pensa, Sanmatenga) on Friday.")
    assert "RU" not in _countries(a)
    place, m = place_of(a, "Sanmatenga")
    assert place is not None and place.country == "BF" and place.admin1 == "Centre-Nord"
    assert m.precision == 2


def test_org_like_bracket_run_still_yields_its_province(geo_run):
    a = geo_run("A roadside bomb hit a convoy in the area of Kouri (Pobe-Mengao, Soum) at dawn.")
    place, _ = place_of(a, "Soum")
    assert place is not None and place.country == "BF" and place.admin1 == "Sahel"
    assert "SN" not in _countries(a) and "ML" not in _countries(a)


def test_province_after_its_capital_is_not_the_capital_again(geo_run):
    a = geo_run("On 2 May, in Joao Pessoa, Paraiba, a teenager was shot dead in Rangel neighborhood.")
    city, _ = place_of(a, "Joao Pessoa")
    province, m = place_of(a, "Paraiba")
    assert city is not None and city.country == "BR"
    assert province is not None and province.id != city.id and m.precision == 3
    # The neighbourhood is part of the city, not a town of that name in Angola.
    assert "AO" not in _countries(a)


def test_town_name_inside_a_natural_feature(geo_run):
    a = geo_run("A teacher was attacked in the Tana Delta area overnight.")
    assert "MG" not in _countries(a)


def test_name_ner_cut_short_is_not_a_namesake(geo_run):
    # NER tags only "Khwaja" of a longer district name; alone it is another town's alternate name.
    a = geo_run("Militants overran a police post in Charsi village of Khwaja Baha Wuddin district, Takhar.")
    assert "Khwaja" not in _texts(a)
    place, _ = place_of(a, "Takhar")
    assert place is not None and place.country == "AF"


def test_admin_types_come_from_iso_3166_2():
    from warscope.geo import gazetteer

    types = gazetteer.load().admin_types
    assert types["KE"] == {"county": "A"}
    assert types["BF"] == {"region": "A", "province": "D"}
    assert types["AF"]["province"] == "A"


def test_town_with_its_namesake_division_in_brackets_stays_the_town(geo_run):
    # "Bamako (Bamako)": the second name is the district, but the place is still the city.
    a = geo_run("On 5 May, traders marched in Bamako (Bamako) against the new market tax.")
    place, m = place_of(a, "Bamako")
    assert place is not None and place.country == "ML" and m.precision == 1
