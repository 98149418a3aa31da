"""Round nine of the places work: provinces weighed by their people against namesake towns, names
that begin with a generic word ("New York"), counties listed before a plural type word, places
inside the names of offices and services, countries named as a pair, and a name never confirmed
by itself under another name."""

from __future__ import annotations

from tests.geo.conftest import place_of


def _mentions(analysis):
    return [(analysis.text[m.start : m.end], analysis.place(m.place_id), m) for m in analysis.place_mentions]


def test_a_populous_province_beats_a_small_namesake_town_abroad(geo_run):
    a = geo_run("The prisoner will be sent to Virginia, where a jury will hear his case.")
    place, _ = place_of(a, "Virginia")
    assert place is not None and place.country == "US" and place.admin1 == "Virginia"


def test_a_province_with_a_namesake_city_still_means_the_city(geo_run):
    from warscope.geo import gazetteer

    gaz = gazetteer.load()
    assert gaz.province_population(gaz.province("US", "Virginia")) > 1_000_000
    # "New York" alone is the city: its state lends it no weight against it.
    assert gaz.province_population(gaz.province("US", "New York")) == 0
    a = geo_run("Her brother grew up in New York before moving west.")
    place, _ = place_of(a, "New York")
    assert place is not None and place.name == "New York City"
    a = geo_run("Gunmen attacked a checkpoint in Kabul on Sunday.")
    place, _ = place_of(a, "Kabul")
    assert place is not None and place.name == "Kabul" and place.admin1 == "Kabul" and place.admin2 is None \
        and abs(place.latitude - 34.53) < 0.1


def test_a_generic_first_word_stays_part_of_a_known_name(geo_run):
    a = geo_run("For ten years she wrote for the New York Daily News and later taught.")
    found = _mentions(a)
    assert [t for t, _, _ in found] == ["New York"]
    _, place, m = found[0]
    assert place.country == "US" and m.embedded
    a = geo_run("He coached at the North Carolina State University for a decade.")
    place, m = place_of(a, "North Carolina")
    assert place is not None and place.admin1 == "North Carolina" and place.country == "US"
    assert place_of(a, "Carolina") == (None, None)


def test_names_listed_before_a_plural_type_word_are_divisions(geo_run):
    a = geo_run("Volunteers from Cooke, Grayson and Love counties cleared the flooded roads.")
    for name in ("Cooke", "Grayson", "Love"):
        place, _ = place_of(a, name)
        assert place is not None and place.name == f"{name} County" and place.country == "US", name
    # Without the plural type word, an ordinary capitalised word is no place.
    a = geo_run("Volunteers showed Love and care to the flooded families.")
    assert place_of(a, "Love") == (None, None)


def test_a_county_or_a_town_inside_an_office_name_is_found_as_embedded(geo_run):
    # A county's jail is a site in that county...
    a = geo_run("The suspect was held at the DeKalb County Jail overnight.")
    place, m = place_of(a, "DeKalb County")
    assert place is not None and place.country == "US" and m.site and "Jail" in m.site and not m.embedded
    # ... a county's society only bears its name.
    a = geo_run("Volunteers from the Licking County Genealogy Society scanned old records.")
    place, m = place_of(a, "Licking County")
    assert place is not None and place.admin1 == "Ohio" and m.embedded
    # A town's own council is named after it, however small the town.
    a = geo_run("On Tuesday the Grovetown City Council voted on the new budget.")
    place, m = place_of(a, "Grovetown")
    assert place is not None and m.embedded
    a = geo_run("On Tuesday the Grovetown Garden Club voted on the new budget.")
    assert place_of(a, "Grovetown") == (None, None)
    # A generic word that is also some town's name is not the place: the country is.
    a = geo_run("Shares rose after a statement from the Central Bank of Malta on Friday.")
    found = _mentions(a)
    assert [(t, p.country) for t, p, _ in found] == [("Malta", "MT")] and found[0][2].embedded


def test_a_country_named_as_a_pair_is_one_place(geo_run):
    a = geo_run("The foreign minister of Trinidad and Tobago met her counterpart.")
    found = _mentions(a)
    assert [(t, p.country) for t, p, _ in found] == [("Trinidad and Tobago", "TT")]


def test_a_name_is_not_confirmed_by_itself_under_another_name(geo_run):
    a = geo_run("MEXICO CITY (AP) Mexico's lawmakers voted to review the accord with Mexico's neighbours.")
    city, _ = place_of(a, "MEXICO CITY")
    assert city is not None and city.name == "Mexico City"
    place, _ = place_of(a, "Mexico")
    assert place is not None and place.name == "Mexico" and place.admin1 is None and place.country == "MX"


def test_a_home_nation_is_its_division_not_the_whole_country(geo_run):
    a = geo_run("She flew home to England after the tournament in Spain.")
    place, _ = place_of(a, "England")
    assert place is not None and place.name == "England" and place.admin1 == "England" and place.country == "GB"


def test_an_abbreviated_division_written_after_a_town_places_it(geo_run):
    a = geo_run("Fans travelled from as far as Ohio and Washington, D.C. to see the show, and from North Carolina.")
    place, _ = place_of(a, "Washington")
    assert place is not None and place.admin1 == "District of Columbia"


def test_a_currency_names_its_country_but_never_where(geo_run):
    a = geo_run("The fund committed 11 billion US dollars to the new port.")
    place, m = place_of(a, "US")
    assert place is not None and place.country == "US" and m.embedded
