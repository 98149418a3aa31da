"""The geo stage on sentences written for these tests: recognition, resolution, event location."""

from __future__ import annotations

from tests.geo.conftest import place_of


def test_spans_slice_the_text(geo_run):
    a = geo_run("Gunmen attacked a convoy near Kandahar. Later, shelling hit Herat and Kabul.")
    assert a.place_mentions
    for m in a.place_mentions:
        place = a.place(m.place_id)
        assert place is not None
        assert any(s.start == m.start and s.end == m.end for s in place.mentions)
    for p in a.places:
        for s in p.mentions:
            assert a.text[s.start : s.end] == s.text


def test_country_focus_from_places_and_demonyms(geo_run):
    a = geo_run("Afghan officials said insurgents raided Herat and Kandahar overnight.")
    assert a.country_focus == "AF"


def test_demonyms_are_not_places(geo_run):
    a = geo_run("Somali troops and Afghan police met Kenyan officers in Nairobi.")
    texts = {a.text[m.start : m.end] for m in a.place_mentions}
    assert "Somali" not in texts and "Afghan" not in texts and "Kenyan" not in texts
    assert "Nairobi" in texts


def test_place_nested_in_an_actor_name_is_not_a_place(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("The Military Forces of Somalia said they repelled an assault on Baidoa.")
    # Named (the text does mention the country), but marked as part of an organisation's name...
    assert all(m.embedded for m in a.place_mentions if a.text[m.start : m.end] == "Somalia")
    place, m = place_of(a, "Baidoa")
    assert place is not None and place.country == "SO" and not m.embedded
    # ...so it never locates an event.
    loc = place_for_event(a, *_trigger(a, "repelled"))
    assert loc is not None and loc.name == "Baidoa"


def test_hierarchy_neighbour_resolves_the_town(geo_run):
    a = geo_run("A roadside bomb went off in Jalalabad (Nangarhar) on Tuesday, a spokesman said.")
    place, m = place_of(a, "Jalalabad")
    assert place is not None and place.country == "AF" and place.admin1 == "Nangarhar"
    assert m.precision == 1


def test_province_word_gives_the_province(geo_run):
    a = geo_run("Fighting spread across Ghazni province and into Ningarhar province last week.")
    ghazni, gm = place_of(a, "Ghazni")
    assert ghazni is not None and ghazni.admin1 == "Ghazni" and gm.precision == 3
    nangarhar, _ = place_of(a, "Ningarhar")
    assert nangarhar is not None and nangarhar.name == "Nangarhar"


def test_town_tagged_as_organisation_is_found(geo_run):
    a = geo_run("The militants seized a police post in Ghazni on Friday, residents said.")
    place, m = place_of(a, "Ghazni")
    assert place is not None and place.country == "AF" and m.precision == 1


def test_facilities_resolve_to_their_town(geo_run):
    a = geo_run("A suicide bomber struck Kabul airport. Days later gunmen stormed a prison in Jalalabad.")
    kabul, km = place_of(a, "Kabul")
    assert kabul is not None and kabul.country == "AF" and km.site and "airport" in km.site
    assert km.precision in (1, 2)
    jal, jm = place_of(a, "Jalalabad")
    assert jal is not None and jal.country == "AF" and jm.site and "prison" in jm.site


def test_neighbourhood_resolves_to_its_city(geo_run):
    a = geo_run("Militants attacked a checkpoint in the Hodan neighborhood in Mogadishu on Sunday.")
    place, m = place_of(a, "Mogadishu")
    assert place is not None and place.country == "SO" and m.precision == 1
    assert m.site and "Hodan" in m.site
    assert all(a.text[x.start : x.end] != "Hodan" for x in a.place_mentions)


def test_context_picks_the_right_homonym(geo_run):
    us = geo_run("Police in Alexandria, Louisiana, arrested two men after a fire in Rapides Parish.")
    place, _ = place_of(us, "Alexandria")
    assert place is not None and place.country == "US" and place.admin1 == "Louisiana"
    eg = geo_run("Protesters marched in Cairo and Alexandria as Egyptian police watched.")
    place, _ = place_of(eg, "Alexandria")
    assert place is not None and place.country == "EG"


def test_common_words_are_not_places(geo_run):
    a = geo_run("Officials said the Independence Day parade was cancelled. Security was tight.")
    assert not a.place_mentions


def _trigger(a, word):
    i = a.text.index(word)
    return i, i + len(word)


def test_place_for_event_follows_the_clause(geo_run):
    from warscope.geo import place_for_event

    a = geo_run(
        "Fighters from Kandahar ambushed a convoy near Lashkar Gah on Monday. "
        "Separately, a bomb exploded in Herat."
    )
    loc = place_for_event(a, *_trigger(a, "ambushed"))
    assert loc is not None and loc.name == "Lashkar Gah" and loc.precision == 2
    loc = place_for_event(a, *_trigger(a, "exploded"))
    assert loc is not None and loc.name == "Herat" and loc.precision == 1


def test_place_for_event_province_precision(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("Airstrikes killed 12 militants in Helmand province on Sunday.")
    loc = place_for_event(a, *_trigger(a, "killed"))
    assert loc is not None and loc.admin1 == "Helmand" and loc.precision == 3 and loc.country == "AF"


def test_place_for_event_falls_back_to_the_sentence(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("In Mogadishu, the attack was quick. Nobody claimed it.")
    loc = place_for_event(a, *_trigger(a, "attack"))
    assert loc is not None and loc.name == "Mogadishu"
    assert place_for_event(a, *_trigger(a, "claimed")) is not None  # same paragraph


def test_place_for_event_none_without_places(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("The attack was quick and nobody claimed it.")
    assert place_for_event(a, *_trigger(a, "attack")) is None


def test_place_for_event_skips_a_nationality_modifier(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("U.S. troops were attacked on Monday, and the base near Bagram was shelled.")
    loc = place_for_event(a, *_trigger(a, "attacked"))
    assert loc is None or loc.country != "US"


def test_directions_are_not_places(geo_run):
    a = geo_run("Analysts in the West worry about the Far East, officials in Kabul said.")
    texts = {a.text[m.start : m.end] for m in a.place_mentions}
    assert "West" not in texts and "Far" not in texts
    assert "Kabul" in texts


def test_place_for_event_skips_a_country_acting_as_subject(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("Pakistan said its aircraft struck militants, and fighting continued in Khost.")
    loc = place_for_event(a, *_trigger(a, "struck"))
    assert loc is None or loc.country != "PK" or loc.name != "Pakistan"


def test_province_after_an_unknown_place_is_the_province(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("Rebels shelled positions near Zarubivka-3, Donetsk, on Tuesday night.")
    place, m = place_of(a, "Donetsk")
    assert place is not None and place.country == "UA" and place.name == place.admin1 == "Donetsk"
    assert m.site and "Zarubivka" in m.site
    loc = place_for_event(a, *_trigger(a, "shelled"))
    # Somewhere named inside the province: ACLED's precision 2, not the province's 3.
    assert loc is not None and loc.admin1 == "Donetsk" and loc.precision == 2


def test_district_and_province_written_after_a_village(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("On Friday gunmen killed three herders near Tinzouk (Markoye, Oudalan).")
    loc = place_for_event(a, *_trigger(a, "killed"))
    assert loc is not None and loc.country == "BF" and loc.admin1 == "Sahel"
    b = geo_run("Militants overran a checkpoint in Dashtak district, Wardak, killing four policemen.")
    loc = place_for_event(b, *_trigger(b, "overran"))
    assert loc is not None and loc.admin1 == "Wardak" and loc.precision == 2


def test_a_list_of_towns_is_not_a_town_and_its_province(geo_run):
    a = geo_run("Clashes broke out in Herat, Kandahar and Kunduz over the weekend.")
    kandahar, m = place_of(a, "Kandahar")
    assert kandahar is not None and m.precision == 1


def test_place_naming_people_locates_when_nothing_else_does(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("Police shot dead a Nakuru taxi driver after a dispute.")
    loc = place_for_event(a, *_trigger(a, "shot"))
    assert loc is not None and loc.name == "Nakuru" and loc.country == "KE"


def test_country_fallback_only_for_a_one_country_story(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("Taliban fighters attacked a convoy in Kandahar on Monday.\n\n"
                "In a separate incident, gunmen killed two teachers.")
    loc = place_for_event(a, *_trigger(a, "killed"))
    assert loc is not None and loc.country == "AF" and loc.precision == 3 and loc.admin1 is None
    b = geo_run("Taliban fighters attacked a convoy in Kandahar on Monday, officials in Islamabad said.\n\n"
                "In a separate incident, gunmen killed two teachers.")
    assert place_for_event(b, *_trigger(b, "killed")) is None


def test_dateline_in_capitals_is_a_place(geo_run):
    a = geo_run("Council approves budget. KANDAHAR -- The provincial council met on Monday.")
    place, m = place_of(a, "KANDAHAR")
    assert place is not None and place.country == "AF" and m.precision == 1


def test_short_acronyms_and_surnames_are_not_towns(geo_run):
    a = geo_run("UN officials met Maria Kabul in Nairobi. Kabul said the talks went well.")
    texts = {a.text[m.start : m.end] for m in a.place_mentions}
    assert "UN" not in texts and "Kabul" not in texts  # here a person's surname
    assert "Nairobi" in texts


def test_place_inside_an_organisation_name_is_marked_embedded(geo_run):
    from warscope.geo import place_for_event

    a = geo_run("A spokesman for the Texas Department of Public Safety said gunmen attacked a bank in Austin.")
    texas = [m for m in a.place_mentions if a.text[m.start : m.end] == "Texas"]
    assert texas and all(m.embedded for m in texas)
    loc = place_for_event(a, *_trigger(a, "attacked"))
    assert loc is not None and loc.name == "Austin"
