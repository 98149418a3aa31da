"""Round eleven of the event rules: a fight told only as "between" two sides, a sentence with no
place of its own that cannot tell its event apart, and the heads of short reports no rule reads.
Sentences written for these tests."""

from __future__ import annotations

from warscope import nlp
from warscope.events.detect import report_head
from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _events(text: str, country: str | None = None):
    return extract(document_from_text(text, country=country)).events


def _subs(text: str, country: str | None = None) -> list[str]:
    return [e.sub_event_type for e in _events(text, country)]


def _head(text: str) -> list[str]:
    return [m.token.text for m in report_head(nlp.load()(text))]


# --- fights told by their sides --------------------------------------------------------------------

def test_fighting_between_two_gangs_is_a_clash():
    assert _subs("Fighting between the Kamjesh and Mungiki gangs in the estate.", "KE") == ["Armed clash"]


def test_fighting_between_candidates_in_words_is_no_event():
    assert _subs("Fighting between the two candidates intensified ahead of the vote.", "KE") == []


# --- places borrowed from the sentence before -------------------------------------------------------

def test_gunfire_exchanged_after_an_attack_on_a_checkpoint_is_the_same_battle():
    events = _events("On 3 March 2019, Al Shabaab militants attacked a checkpoint manned by Somali soldiers "
                     "between Afgooye village and Mogadishu (Banadir). The two sides exchanged gunfire "
                     "for an hour. Casualties unknown.", "SO")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_second_attack_in_another_named_town_stays_apart():
    events = _events("On 3 March 2019, Al Shabaab militants attacked a police post in Afgooye. "
                     "On the same day, Al Shabaab militants attacked an army base in Baidoa.", "SO")
    assert len(events) == 2


# --- heads of short reports --------------------------------------------------------------------------

def test_the_head_of_a_report_no_rule_reads():
    assert _head("Supporters of the party damaged property in the town during the primaries.") == ["damaged"]
    # a passive report says what was seen: its subject is the news
    assert _head("Reinforcements of fighters were reported on the eastern front.") == ["reported"]


def test_no_head_for_what_is_only_said_or_unreal():
    assert _head("Police said the youths planned more demonstrations.") == []
    assert _head("The minister did not attack the opposition in his speech.") == []


def test_a_curfew_imposed_is_a_change_to_activity():
    assert _subs("The governor imposed a night curfew on the town of Garissa.", "KE") == ["Change to group/activity"]


def test_short_reports_with_nothing_of_conflict_stay_empty():
    assert _subs("A new hospital was opened in Kisumu by the governor.", "KE") == []
    assert _subs("Heavy rains flooded homes in Budalangi, displacing hundreds of families.", "KE") == []
    assert _subs("Parliament passed a law banning plastic bags.", "KE") == []


# --- words that tell more than the rules read ------------------------------------------------------

def test_a_wave_of_protests_that_swept_a_region_happened():
    assert _subs("A wave of protests swept through the towns of the region.", "KE") == ["Peaceful protest"]
    assert _subs("A wave of protests is feared in the towns of the region.", "KE") == []


def test_the_suicide_bomber_named_again_is_no_aircraft():
    subs = _subs("On 3 May, eleven soldiers were killed when a suicide bomber drove into an army base in "
                 "Helmand. Soldiers fired at the vehicle when the bomber refused to stop.", "AF")
    assert "Air/drone strike" not in subs
    assert "Suicide bomb" in subs
    assert _subs("On 3 May, Russian bombers struck the town of Saraqib.", "SY") == ["Air/drone strike"]


def test_a_device_that_goes_off_in_its_makers_hands_is_disrupted_weapons_use():
    assert _subs("On 8 March, a bomb carried by the militants detonated prematurely, killing two of them "
                 "in Arghandab district, Kandahar.", "AF") == ["Disrupted weapons use"]
    assert _subs("On 29 April, two militants were killed when the landmines they were planting exploded "
                 "near Maidan Shar, Wardak.", "AF") == ["Disrupted weapons use"]
    assert _subs("On 2 May, a roadside bomb exploded near a police vehicle in Kandahar, killing two "
                 "officers.", "AF") == ["Remote explosive/landmine/IED"]


def test_the_abducted_who_were_killed_make_one_attack():
    assert _subs("On 4 July, gunmen abducted and killed a village chief near Djibo.", "BF") == ["Attack"]
    assert _subs("On 4 July, gunmen abducted a village chief near Djibo.", "BF") == ["Abduction/forced disappearance"]
