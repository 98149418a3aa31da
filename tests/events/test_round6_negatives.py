"""Sentences of news that is not about armed conflict (politics, technology, music) that look like
events: measures that could be imposed, wished-for withdrawals, computer attacks, hunting, people
"engaged in" something, detention as a state, and records released."""

from __future__ import annotations

import pytest

from warscope.ingest import document_from_text
from warscope.pipeline import extract

NON_EVENTS = [
    "Under the new bill, anyone suspected of links to terrorism could be subject to house arrest.",
    "The minister could order suspects who cannot be deported to face house arrest or curfews.",
    "The opposition leader wants to see a gradual withdrawal of the troops, he said.",
    "Three allies have announced their imminent withdrawal from the coalition.",
    "In a typical security attack, a scammer captures the password of the victim.",
    "The charity said it would be hard to ensure a humane kill, the aim of those shooting for sport.",
    "Ministers believe dozens of people here are engaged in plotting terrorist acts.",
    "Most of the suspects are detained at a high-security prison outside the capital.",
    "The band said the song, which was released on Monday, raised money for a hospital.",
    "The lyrics allegedly call for gay people to be killed or assaulted.",
    "He uses the same arguments that were current before the wars to \"liberate\" the region.",
    "The proposals include cutting the six regiments to five and merging them into one.",
    "The principle of keeping suspects under house arrest might seem attractive.",
    "Hunt supporters are set to protest at the party's spring conference.",
    "Teachers are due to march through the capital next month.",
    "The qualifier beat the world number five 6-4 7-5 in round one.",
    "The campaigners will join other groups at a rally in the capital in the spring.",
    "The poster shows soldiers fighting the war in the desert.",
    "The release of a documentary about the bombings in the capital in 1993 has been postponed.",
    "The novel is based on the murder of a journalist in 2002.",
    "There is no greater liberty than to live free from terrorist attack, the minister said.",
    "The inquiry blamed the failure to find weapons in the country for the loss of trust.",
    "The minister was speaking ahead of the league cup clash between the two clubs at the stadium.",
    "The president said force was not the only way to fight terrorism.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_no_event(run_events, text):
    assert run_events(text).events == [], text


@pytest.mark.parametrize("text, sub", [
    ("Government troops engaged the rebels near the bridge on Sunday.", "Armed clash"),
    ("Soldiers were engaged in heavy fighting with the militants outside the town.", "Armed clash"),
    ("The rebels released 20 soldiers they had held since March.", None),
    ("Police arrested 12 suspects in the market on Monday.", "Arrests"),
])
def test_events_like_them_stay(run_events, text, sub):
    events = run_events(text, {"rebels": "rebel_group", "militants": "rebel_group"}).events
    assert len(events) == 1, text
    if sub:
        assert events[0].sub_event_type == sub


def test_a_release_in_a_long_story_about_a_music_feud_is_no_event():
    text = ("The record producer was questioned by detectives about a brawl at a hotel bar last year. "
            "She was later released. The producer founded his label in 1991 and signed several rappers. "
            "His company said it would release a new album in the spring. A court case over royalties "
            "continues. Fans gathered outside the studio to hear the new songs. The label has sold more "
            "than ten million records. Critics praised the album's production. The tour starts in June. "
            "Tickets went on sale on Friday.")
    assert extract(document_from_text(text)).events == []


def test_hostages_freed_in_a_war_story_are_kept():
    text = ("Rebels attacked an army base near the border on Monday and killed four soldiers, the army "
            "said. The fighting lasted three hours. Troops shelled rebel positions the next day. The rebels "
            "freed 20 prisoners of war on Friday after talks with mediators. Officials said talks on a "
            "ceasefire would resume. The army said it had retaken one village. The conflict has killed "
            "thousands since 2019. Many residents fled the fighting. The rebels deny attacking civilians.")
    subs = [e.sub_event_type for e in extract(document_from_text(text)).events]
    assert "Other" in subs or "Agreement" in subs, subs


def test_villages_seized_are_territory_not_captives():
    subs = [e.sub_event_type for e in extract(document_from_text("The rebels seized two villages on Sunday.")).events]
    assert subs == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "Two hundred people were killed when a fireworks warehouse exploded in the port on Monday.",
    "A gas cylinder exploded at a factory in the industrial zone, killing six workers.",
    "A chemical leak at a fertiliser plant killed ten people in the town on Thursday.",
])
def test_industrial_accidents_are_no_events(text):
    assert extract(document_from_text(text)).events == [], text


@pytest.mark.parametrize("text, sub", [
    ("Militants attacked a factory in the industrial zone with rockets, killing six workers.", None),
    ("A bomb planted by militants exploded at a warehouse in the port, killing two guards.", None),
    ("Government forces used chemical weapons on the town, killing 40 people.", "Chemical weapon"),
])
def test_attacks_on_industrial_sites_are_events(text, sub):
    events = extract(document_from_text(text)).events
    assert len(events) == 1, text
    if sub:
        assert events[0].sub_event_type == sub


def test_a_protest_that_turned_violent_is_one_violent_demonstration():
    text = ("Protests near the summit turned violent on Saturday. Earlier, thousands of activists had "
            "marched peacefully through the town to demand action from the leaders.")
    events = extract(document_from_text(text)).events
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def _subs(text: str, country: str | None = None) -> list[str]:
    return [e.sub_event_type for e in extract(document_from_text(text, country=country)).events]


def test_stones_pelted_at_the_police_and_the_people_detained_are_one_riot():
    subs = _subs("On 3 May, residents pelted stones at police in the town of Kisumu, opposing a new "
                 "checkpoint. Three people were detained.", country="KE")
    assert subs == ["Mob violence"], subs


def test_a_suspect_arrested_after_a_shootout_is_part_of_it():
    subs = _subs("On 7 May, police officers were attacked by armed men selling drugs in the Vale "
                 "neighbourhood and a shoot-out broke out. A suspect was arrested.")
    assert len(subs) == 1 and subs[0] != "Arrests", subs


def test_arrests_of_other_people_elsewhere_stay_apart():
    subs = _subs("Rebels attacked an army post on Monday. Police arrested ten people in the capital.")
    assert len(subs) == 2


@pytest.mark.parametrize("text", [
    "Warplanes fired two missiles at a group of fighters east of the town on Monday.",
    "Fighter jets launched missiles at rebel positions near the airport on Sunday, killing four.",
])
def test_missiles_fired_by_warplanes_are_air_strikes(text):
    subs = _subs(text)
    assert subs and subs[0] == "Air/drone strike", subs


def test_strikes_on_chemical_weapons_sites_are_not_chemical_attacks():
    subs = _subs("Warships launched 40 cruise missiles on Tuesday at what officials said were chemical "
                 "weapons facilities near the capital, in retaliation for a poison gas attack last week.")
    assert subs and subs[0] != "Chemical weapon", subs


def test_a_gas_attack_named_by_its_weapon_is_literal():
    subs = _subs("Dozens of children were treated in hospital after government forces carried out a "
                 "poisonous gas attack on the suburb on 17 January.")
    assert subs == ["Chemical weapon"], subs


@pytest.mark.parametrize("text, sub", [
    ("On 9 March, a truck carrying aid workers ran over an IED planted in the road near Garissa, "
     "injuring three.", "Remote explosive/landmine/IED"),
    ("A soldier stepped on a landmine near the border post on Monday and was killed.",
     "Remote explosive/landmine/IED"),
    ("On 9 March, a landmine planted by the rebels destroyed an army vehicle, killing all inside, in "
     "the district.", "Remote explosive/landmine/IED"),
    ("Unknown gunmen sprayed the car of a local councillor with bullets on Thursday night.", "Attack"),
    ("On 4 May, the army brought military reinforcements to its positions in the province.",
     "Change to group/activity"),
    ("In the port city, opposition supporters held their demos peacefully.", "Peaceful protest"),
])
def test_round_six_triggers(text, sub):
    subs = _subs(text)
    assert subs and subs[0] == sub, subs


def test_a_short_report_is_one_story_for_literal_clashes():
    subs = _subs("On 14 December, clashes erupted in three villages of the area. One elderly man was "
                 "killed and eight people were injured with arrows.")
    assert subs and subs[0] == "Armed clash", subs


def test_a_car_hit_by_a_ball_is_no_event():
    assert _subs("The car was hit by a ball during the match on Saturday.") == []


@pytest.mark.parametrize("text, happened", [
    ("Protesters rallied in the capital on Sunday after several nights of street violence.", True),
    ("The square was the scene of escalating violence on Saturday.", True),
    ("Hundreds of people protested against violence in the town on Sunday.", False),
    ("There were no reports of violence at the march.", False),
])
def test_violence_told_of_the_crowd_or_objected_to(nlp, text, happened):
    from warscope.events.typing import _violence_happened

    assert _violence_happened(next(iter(nlp(text).sents))) is happened


def test_a_protest_against_violence_stays_peaceful():
    assert _subs("Hundreds of people protested against violence in the town on Sunday.") == ["Peaceful protest"]


def test_a_clash_the_police_did_not_stop_still_happened(run_events):
    events = run_events("Police did not intervene in the clashes between rival youths in the market on Monday.")
    assert events.events, "negation of another verb does not undo the clashes"


def test_a_gang_that_has_been_killing_is_a_course_of_conduct(run_events):
    assert run_events("He is suspected to be part of a gang that has been abducting and killing girls in the "
                      "area.").events == []


def test_the_riot_set_off_by_a_killing_is_the_main_event():
    events = extract(document_from_text("Residents went on a rampage after a motorcycle rider was killed by "
                                        "police on Monday.", country="KE")).events
    main = max(events, key=lambda e: e.confidence)
    assert main.event_type == "Riots", [(e.sub_event_type, e.confidence) for e in events]


def test_a_coalition_led_by_state_forces_regains_territory():
    events = extract(document_from_text(
        "On 28 April, pro-Hadi forces and Southern Resistance fighters took control of the Jabal, Wadi and "
        "Qarn areas in the district.", country="YE")).events
    assert events and events[0].sub_event_type == "Government regains territory", [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, sub", [
    ("Youths stormed a police station in the town, killing one officer.", None),
    ("On 28 April, militants carried out a planned attack on an army base near the village.", None),
    ("A caretaker was injured in an explosion at a mosque in the district. The building collapsed.",
     "Remote explosive/landmine/IED"),
])
def test_words_shared_with_accidents_do_not_hide_attacks(text, sub):
    subs = _subs(text)
    assert subs, text
    if sub:
        assert subs[0] == sub, subs


@pytest.mark.parametrize("text, sub", [
    ("The MRC is said to be actively recruiting young men in the coastal town.", "Change to group/activity"),
    ("On 7 May, a joint patrol by Turkish and Russian forces took place near the city.", "Change to group/activity"),
])
def test_recruiting_and_patrols_are_changes_of_activity(text, sub):
    subs = _subs(text)
    assert subs and subs[0] == sub, subs


def test_a_firm_recruiting_staff_is_no_event():
    assert _subs("The bank is recruiting 200 graduates in the capital this year.") == []


@pytest.mark.parametrize("text, sub", [
    ("On 23 April, suspected militants stripped a man of his motorbike and his phone in the village.",
     "Looting/property destruction"),
    ("Gunmen held checkpoints on the main road and stripped road users of their belongings.",
     "Looting/property destruction"),
    ("Matatu and boda boda operators clashed in the town after a minibus was destroyed the evening before.",
     "Mob violence"),
])
def test_robbery_on_the_road_and_fights_between_trades(text, sub):
    subs = _subs(text, country="KE")
    assert subs and subs[0] == sub, subs
