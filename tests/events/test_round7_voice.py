"""Opinion pages and readers' comments, purpose clauses, names of works and depictions: text that
speaks of violence without reporting any."""

from __future__ import annotations

import pytest

from warscope.events.opinion import opinion_ranges, paragraphs
from warscope.ingest import document_from_text
from warscope.nlp import load
from warscope.pipeline import extract

LEAD = ("Ministers defended new powers on Tuesday that would let the home secretary restrict the "
        "movements of suspects without a trial.\n\n"
        "The author of a thriller about a coup explains why he thinks the powers go too far.\n\n")
COMMENTS = [
    "I was a boy when the war came. We hid in a cellar while the bombers passed over the city. My "
    "father served for six years. We never gave up our freedoms then, and I think we should not now.",
    "I agree with every word. During the bombings of the seventies there were huge explosions near my "
    "office, and the bombings did not stop because of any new law. Why should we believe they would now?",
    "I completely disagree. The threat today is different, and surely the police need powers to hold "
    "suspects before an attack rather than after one.",
    "I think the author forgets that killings took place on both sides in those years and that our "
    "courts convicted the wrong men. Has he forgotten the internment camps?",
    "We should remember that the soldiers who fought in that war did so for our liberty. I believe the "
    "minister is wrong.",
]
DISPATCH = ("We drove into the town at dawn as the shelling began. I saw two houses burn after rockets "
            "hit the main street. Soldiers told us that rebels had attacked a checkpoint overnight and "
            "killed three guards.\n\n"
            "By noon we had reached the hospital. Doctors said 12 wounded people had been brought in. "
            "I watched a nurse carry a girl hit by shrapnel.\n\n"
            "The army said on Monday it had pushed the rebels back from the eastern district. We could "
            "hear gunfire until dark.\n\n"
            "Residents said the fighting was the worst since the spring. Many have fled to the capital.")


def test_paragraphs_are_split_on_blank_lines_else_on_lines():
    assert paragraphs("One.\n\nTwo.\nStill two.\n\n\nThree.") == [(0, 4), (6, 21), (24, 30)]
    assert paragraphs("One.\nTwo.") == [(0, 4), (5, 9)]


def test_a_page_of_readers_comments_is_an_opinion_page_from_its_first_argument_on():
    text = LEAD + "\n\n".join(COMMENTS)
    ranges = opinion_ranges(load()(text))
    assert ranges and ranges[-1][1] == len(text)
    assert text.index("I was a boy") >= ranges[0][0] > text.index("Ministers")


def test_readers_comments_recalling_bombings_give_no_event():
    text = LEAD + "\n\n".join(COMMENTS)
    assert extract(document_from_text(text)).events == []


def test_a_first_person_dispatch_is_a_report():
    assert opinion_ranges(load()(DISPATCH)) == []
    events = extract(document_from_text(DISPATCH)).events
    assert events, "a reporter's own account of shelling and an attack"


NON_EVENTS = [
    # the goal of a purpose clause
    "The minister has defended plans to introduce orders to keep suspects under house arrest.",
    # names of works
    "She said parents would not let a child watch the Prairie Chainsaw Massacre, a horror film.",
    # depictions told by their verb
    "The documentary depicts the massacre of villagers by soldiers in 1995.",
    # a court case about an event told elsewhere
    "The opening was delayed after complaints by those on trial for the bombings.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_no_event(run_events, text):
    assert run_events(text).events == [], text


@pytest.mark.parametrize("text, kind", [
    ("Soldiers were deployed to secure the market after the attack on the bus station.", "attack"),
    ("Hundreds of students marched to condemn the killing of a classmate by police.", "killing"),
    ("Gunmen killed five people in what residents now call the Harbour Street Massacre.", "killed"),
])
def test_events_around_purposes_and_names_stay(run_events, text, kind):
    events = run_events(text, {"Soldiers": "state_forces", "police": "state_forces",
                               "Gunmen": "rebel_group", "students": "protesters"}).events
    triggers = [getattr(e, "_trigger").text for e in events]
    assert kind in triggers, (text, triggers)


# --- typing: who fought back, and what a crowd did -------------------------------------------

def test_an_attack_that_armed_men_fought_back_is_a_clash(run_events):
    text = ("On 3 May, raiders attacked a village to steal cattle but were engaged in a gun battle by "
            "the village militia. Two raiders were killed.")
    events = run_events(text, {"raiders": "rebel_group", "village militia": "identity_militia"}).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_an_attack_on_villagers_stays_an_attack(run_events):
    text = "On 3 May, raiders attacked a village and killed two farmers."
    events = run_events(text, {"raiders": "rebel_group", "farmers": "civilians"}).events
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Protesters erected barricades and burned tyres in the capital on Monday.",
    "Hundreds of traders marched through the town on Monday. They lit fires and blocked the highway.",
    "Riots broke out in the port city after the vote. Police intervened, firing into the crowd, and one "
    "man was injured.",
    "Protesters erected barricades and lit tyres in four districts of the capital. Security forces shot "
    "at the protesters, killing seven.",
])
def test_a_crowd_that_barricades_and_burns_is_a_violent_demonstration(run_events, text):
    events = run_events(text, {"Protesters": "protesters", "protesters": "protesters", "traders": "protesters",
                               "Police": "state_forces", "Security forces": "state_forces"}).events
    assert [e.sub_event_type for e in events] == ["Violent demonstration"], text


def test_force_on_a_peaceful_march_stays_excessive_force(run_events):
    text = "Students marched peacefully to the ministry. Police shot at the students, killing two."
    events = run_events(text, {"Students": "protesters", "students": "protesters", "Police": "state_forces"}).events
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.parametrize("text, sub", [
    ("Soldiers demolished the roof of a greenhouse in the village on Tuesday.", "Looting/property destruction"),
    ("On Friday, settlers beat and attacked a shepherd near the village; he sustained injuries.", None),
])
def test_damage_to_part_of_a_building_and_beatings_are_events(run_events, text, sub):
    events = run_events(text, {"Soldiers": "state_forces"}).events
    assert len(events) == 1, text
    if sub:
        assert events[0].sub_event_type == sub


@pytest.mark.parametrize("text, actors, sub", [
    ("Police fired rifles and tear gas in the park on Monday to disperse demonstrators.",
     {"Police": "state_forces", "demonstrators": "protesters"}, "Excessive force against protesters"),
    ("On Monday, demonstrators symbolically took over the finance ministry to demand food aid.",
     {"demonstrators": "protesters"}, "Peaceful protest"),
])
def test_force_on_crowds_and_occupations_are_demonstrations(run_events, text, actors, sub):
    assert [e.sub_event_type for e in run_events(text, actors).events] == [sub]


def test_tear_gas_fired_at_a_crowd_is_no_battle(run_events):
    text = "Police fired tear gas in the square on Monday to disperse the crowd."
    events = run_events(text, {"Police": "state_forces"}).events
    assert [e.event_type in {"Protests", "Riots"} for e in events] == [True]


def test_what_had_happened_before_the_story_is_not_its_main_event(run_events):
    text = ("On Monday, gunmen shot dead a trader in the town. Police said the trader had previously "
            "been detained on fraud charges.")
    events = run_events(text, {"gunmen": "rebel_group", "Police": "state_forces"}).events
    main = max(events, key=lambda e: e.confidence)
    assert main.event_type == "Violence against civilians"
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert all(e.confidence < main.confidence for e in arrests)


def test_attackers_who_then_clash_with_police_fought_one_battle(run_events):
    text = ("On 31 October, bandits attacked a village in the valley to steal cattle. The bandits clashed "
            "with police reservists, and one bandit was killed.")
    events = run_events(text, {"bandits": "rebel_group", "police reservists": "state_forces"}).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_separate_clash_between_others_stays_apart(run_events):
    text = ("On 31 October, bandits attacked a village in the valley and killed two herders. Troops "
            "clashed with rebels near the border.")
    events = run_events(text, {"bandits": "rebel_group", "Troops": "state_forces", "rebels": "rebel_group",
                               "herders": "civilians"}).events
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


def test_armed_men_moving_into_an_area_change_their_activity(run_events):
    text = "In July, militia forces were reported to have moved into the county from across the border."
    events = run_events(text, {"militia forces": "rebel_group"}).events
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    assert run_events("The family moved into a new house in the county last year.").events == []


def test_trees_cut_down_are_property_destruction(run_events):
    text = "On Saturday, settlers cut down nearly 30 olive trees owned by farmers near the village."
    assert [e.sub_event_type for e in run_events(text).events] == ["Looting/property destruction"]


def test_a_stand_burnt_at_a_stadium_is_an_event(run_events):
    # the trigger rule finds it; the encoder may call the burning mob violence
    text = "On 30 April, unidentified individuals burnt the tribune of honour of the town stadium."
    assert len(run_events(text).events) == 1


def test_workers_who_cut_costs_destroy_nothing(run_events):
    assert run_events("The company cut 300 jobs at the plant on Monday.").events == []


def test_looting_during_the_protest_makes_it_a_riot(run_events):
    text = ("Students demonstrated in the town on Monday against the death of a classmate. They blocked "
            "the main road. The students said the college was to blame. During the protest students "
            "looted shops in the town.")
    events = run_events(text, {"Students": "protesters", "students": "protesters"}).events
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_soldiers_repulsing_bombers_fight_an_armed_clash(run_events):
    from warscope.events.detect import find_mentions
    from warscope.events.merge import make_record
    from warscope.events.typing import code

    text = ("On 31 January, militants detonated an IED against an army vehicle near the town, and the "
            "soldiers repulsed the militants and killed two of them.")
    a = run_events(text, {"militants": "rebel_group", "soldiers": "state_forces"})
    coded = {a.text[m.start:m.end]: make_record(a, m, code).coding.sub_event_type for m in find_mentions(a.doc)}
    # the bomb's word in the other clause does not make the fight an explosion
    assert coded["repulsed"] == "Armed clash"
    assert coded["detonated"] == "Remote explosive/landmine/IED"


def test_a_roadside_bomb_alone_stays_an_explosion(run_events):
    text = "On 31 January, a roadside bomb hit an army vehicle near the town, killing two soldiers."
    events = run_events(text, {"soldiers": "state_forces"}).events
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text, sub", [
    ("Militants destroyed a communications mast near the town on Sunday.", "Looting/property destruction"),
    ("On 5 July, the regional governor extended the nightly curfew by two months.", "Change to group/activity"),
])
def test_masts_destroyed_and_curfews_extended(run_events, text, sub):
    events = run_events(text, {"Militants": "rebel_group"}).events
    assert [e.sub_event_type for e in events] == [sub]


def test_a_deadline_extended_is_no_event(run_events):
    assert run_events("On 5 July, the regulator extended the deadline by two months.").events == []
