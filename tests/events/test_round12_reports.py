"""Round twelve of the event rules: attempts ACLED codes as the act, crowds whose dispersal was tried,
clauses spliced on by a comma, mistagged nouns and the words that make a short report's head
readable. Sentences written for these tests."""

from __future__ import annotations

from warscope import nlp
from warscope.events.detect import find_mentions, report_head
from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _subs(text: str, country: str | None = None) -> list[str]:
    return [e.sub_event_type for e in extract(document_from_text(text, country=country)).events]


def _triggers(text: str) -> list[str]:
    return [m.token.text for m in find_mentions(nlp.load()(text))]


# --- attempts and purposes ----------------------------------------------------------------------

def test_an_attempt_to_pillage_is_looting():
    subs = _subs("On 4 June 2020, suspected JNIM militants attempted to pillage a health centre in the "
                 "village of Bani, but the stores had been moved.", "BF")
    assert subs and subs[0] == "Looting/property destruction"


def test_a_pillage_only_planned_is_no_event():
    assert _subs("Militants plan to pillage the health centre in Bani next week.", "BF") == []


def test_a_sit_in_held_to_denounce_something_is_a_protest():
    subs = _subs("Nurses from the regional hospital held a sit in to denounce unpaid allowances.", "BF")
    assert subs == ["Peaceful protest"]


def test_tear_gas_used_in_an_attempt_to_disperse_crowds_is_an_intervention():
    subs = _subs("Police have used tear gas in an attempt to disperse crowds of opposition supporters "
                 "in the town of Kakamega.", "KE")
    assert subs == ["Protest with intervention"]


def test_a_dispersal_only_promised_is_no_event():
    assert _subs("Police vowed to disperse the crowds if they gather again.", "KE") == []


# --- what a crowd did -------------------------------------------------------------------------------

def test_striking_is_a_strike_not_a_blow():
    assert "striking" not in _triggers("Striking nurses marched to the county offices in Kisumu.")


def test_a_gerund_after_a_noun_takes_that_noun_as_its_doer():
    events = extract(document_from_text("Reports of striking teachers attacking a colleague who sat the exams.",
                                        country="KE")).events
    assert [e.event_type for e in events] == ["Riots"]
    assert events[0].actor1 and events[0].actor1.startswith("rioters")


def test_a_polling_station_stormed_and_ballots_burnt_is_mob_violence_not_an_accident():
    # gas cylinders among what was stolen do not make the report an industrial accident
    subs = _subs("In Malaba, a group of motorcycle taxi drivers stormed a polling station and burnt ballot "
                 "boxes and forms, and stole two gas cylinders.", "KE")
    assert subs == ["Mob violence"]


def test_protests_a_decision_resulted_in_took_place():
    subs = _subs("The party cancelled the nomination results for the ward, resulting in protests. "
                 "No violence was reported.", "KE")
    assert subs == ["Peaceful protest"]


def test_demonstrations_held_by_residents_took_place_whatever_the_parse():
    subs = _subs("Residents from Manyatta estate in Kisumu on 14/07 held demonstrations in support of a "
                 "councillor they believed was being unfairly blamed.", "KE")
    assert subs == ["Peaceful protest"]


def test_fighting_between_tribesmen_is_a_clash():
    assert _subs("Fighting between Turkana and Pokot tribesmen near the border.", "KE") == ["Armed clash"]


# --- clauses and tags -------------------------------------------------------------------------------

def test_a_protest_spliced_before_a_call_for_help_happened():
    subs = _subs("On 9 May 2020, nursing students protested, in the capital, against the decision to "
                 "reopen the wards, the students also called for protective equipment.", "IL")
    assert subs and subs[0] == "Peaceful protest"


def test_a_reported_deed_before_the_reporter_stays_real_and_a_warned_one_unreal():
    assert _triggers("Protesters were killed in the square, police said.") == ["killed"]
    assert _triggers("Militants will attack the town, the commander warned.") == []


def test_an_airstrike_tagged_as_an_adjective_is_still_an_airstrike():
    subs = _subs("On 2 October 2019, the Burkinabe air force conducted airstrike and combing operations "
                 "against presumed militants in the area of Djibo, no casualties reported.", "BF")
    assert subs and subs[0] == "Air/drone strike"


def test_an_agreement_over_disputed_islands_is_an_agreement():
    subs = _subs("On 6 November 2019, the governments of Kenya and Uganda signed a memorandum on the "
                 "disputed islands, under which fishermen of both countries may fish there.", "KE")
    assert subs == ["Agreement"]


def test_a_delivery_without_weapons_is_left_to_the_model():
    heads = [m.token.text for m in report_head(nlp.load()(
        "Members of the gang delivered food parcels to families in the town during the lockdown."))]
    assert heads == ["delivered"]


# --- attacks with no armed side told -----------------------------------------------------------------

def test_an_attacked_party_aspirant_is_no_armed_side():
    subs = _subs("A Labour Party aspirant was attacked and injured in the ward - electoral violence", "KE")
    assert len(subs) == 1 and subs[0] != "Armed clash"


def test_a_man_dead_after_an_attack_makes_it_an_attack_on_civilians_and_soldiers_a_clash():
    assert _subs("A Turkana man is dead and two are injured following an attack from suspected Pokot "
                 "militia at Lokori. Similar violence occurred last month.", "KE")[0] == "Attack"
    assert _subs("Two soldiers are dead following an attack near the base.", "KE")[0] == "Armed clash"
