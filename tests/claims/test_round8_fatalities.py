"""Round eight, fatalities (issue 8 on ACLED-style notes): victims named by nouns no lexicon lists
("killed a deacon"), "both men", "a total of", a revised or risen death toll, "resulting in his
death", an aside between the victims and their verb, a claimant's higher figure beside a reported one,
a toll told elsewhere or denied, and the death that set off a protest. Sentences written for these
tests; events are hand-made with the builder, so the rules are tested apart from the events stage."""

from __future__ import annotations

import pytest

from tests.claims.tolls import acled_toll


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # any noun a killing verb takes as its victim is a person, listed or not (or misspelt)
        ("On 4 June 2020, gunmen raided the parish and killed a deacon before fleeing.", "raided", 1),
        ("On 5 June 2020, a sheperd was killed by a militant near the well.", "killed", 1),
        ("A lawyer representing the county governor is assassinated outside his office.", "assassinated", 1),
        # "both" is two
        ("A mob attacked two men accused of theft. Both men (who were brothers) were killed in the attack.", "attacked", 2),
        # "a total of"
        ("Fighting broke out on the front, killing a total of 23 fighters on both sides.", "Fighting", 23),
        ("A total of at least 9 militants were killed in the raid near the river.", "raid", 9),
        # an aside between the victims and their outcome
        ("On 1 June 2020, three people from a displacement site [hosting families from the north] were "
         "killed by the blast of a roadside bomb.", "blast", 3),
        ("Dozens of villagers, mostly women and children were killed when attackers burned the market.", "burned", 12),
        ("Raiders struck the village. Residents counted four dead, plus many injuries.", "struck", 4),
        # the participle saying who they were before they died
        ("Gunmen abducted six travellers on the road. Four of the six abducted were found dead the next day.",
         "abducted", 4),
        # one death told by a possessive
        ("On 3 June 2020, soldiers shot a herder near the camp, resulting in his death.", "shot", 1),
        # a risen or revised toll is the figure it reached
        ("The death toll from the attack on the market by the militia has risen to 14.", "attack", 14),
        ("Gunmen attacked a bus. One death and two injuries reported. Two days later the death total was "
         "raised from 1 to 3.", "attacked", 3),
        ("Raiders attacked the village. The number of people killed in the raid rose to 6.", "attacked", 6),
        ("FATALITIES: Estimate of 5 people in the attack on the village.", "attack", 5),
        # one more victim "along with" the first
        ("The village chief was killed along with his driver in an ambush on the road.", "ambush", 2),
        # "1 civilian, a member of the council, and his 2 guards": the apposition is the same person
        ("On 6 June 2020, 1 civilian, a member of the district council, and his 2 guards were killed in an "
         "attack on their car.", "attack", 3),
        # "a ranger went missing and was found murdered"
        ("On 2 June 2020, a park ranger went missing and was found murdered near the reserve.", "murdered", 1),
    ],
)
def test_round8_toll_forms(build, text, trigger, toll):
    assert acled_toll(build, text, trigger, event_type="Violence against civilians") == toll


def test_a_claimed_higher_figure_leaves_the_reported_one(build):
    # the conservative figure of two accounts is the one ACLED keeps
    text = ("On 2 June, four soldiers were killed when their truck hit a mine near the border. A rebel radio "
            "station later claimed that the rebels had killed at least 30 soldiers in an ambush in the area.")
    assert acled_toll(build, text, "hit") == 4


def test_a_claimed_toll_alone_is_the_toll(build):
    text = "Militants attacked an army post and claimed to have killed 6 soldiers before withdrawing."
    assert acled_toll(build, text, "attacked", event_type="Battles") == 6


def test_a_denied_toll_is_not_counted(build):
    text = ("On 3 June, a woman was killed in a shootout between herders. The county commander dismissed "
            "reports that 12 people were shot dead.")
    assert acled_toll(build, text, "shootout", event_type="Battles") == 1


def test_a_killing_elsewhere_is_another_incident(build):
    text = ("A trader was kidnapped and later found dead in the market. It is not known whether the kidnapping "
            "is linked to the killing of three farmers the same day elsewhere in the district.")
    assert acled_toll(build, text, "kidnapped") == 1


def test_the_killing_that_set_off_a_protest_is_not_its_toll(build):
    text = "On 4 June, residents demonstrated in the town after a policeman shot and killed a motorcycle taxi driver."
    assert acled_toll(build, text, "demonstrated", event_type="Protests") is None


def test_the_killing_that_set_off_a_riot_is_not_its_toll(build):
    text = "On 4 June, youths burned tyres and blocked the road after a soldier killed a student."
    assert acled_toll(build, text, "burned", event_type="Riots") is None


def test_riot_deaths_told_after_a_comma_still_count(build):
    # ("after" starts a clause about what came before only up to the next comma)
    text = "On 4 June, rioters blocked the road after dark, and police shot dead two of them."
    assert acled_toll(build, text, "blocked", event_type="Riots") == 2


@pytest.mark.parametrize(
    "text",
    [
        # a thing a killing verb can take is not a victim
        "On 4 June, the army executed a plan to clear the road of mines near the bridge.",
        # a quantity noun is not one victim
        "Raiders killed a number of goats and stole the rest of the herd near the river.",
        # a fallen toll's old figure is not added
    ],
)
def test_no_victim(build, text):
    assert acled_toll(build, text, text.split()[2] if text.startswith("On") else "Raiders") in (None, 0)


def test_a_toll_that_did_not_rise_is_not_read_as_a_range(build):
    # "from 2 to 5" after a rising toll is 5, never the low end of a range
    text = "Bandits attacked a convoy. The death toll climbed from 2 to 5 overnight."
    b = build(text)
    ev = b.event("attacked", event_type="Violence against civilians")
    from warscope.claims import fatalities

    fatalities.annotate(b.analysis)
    assert ev.fatalities is not None and (ev.fatalities.low, ev.fatalities.best) == (5, 5)


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # bodies carried off are deaths
        ("Police clashed with rioters near the market. Witnesses saw 3 bodies carried away from the scene.", "clashed", 3),
        # "in addition to": one more figure of the same outcome
        ("Several rebels were reportedly killed in addition to two soldiers from the garrison.", "killed", 12),
        # "them" counted by the object of the verb the killing is conjoined to
        ("On 2 June, vigilantes caught three suspected cattle thieves and killed them near the river.", "caught", 3),
        ("Villagers seized two alleged robbers at the market and burned them alive.", "seized", 2),
        # a relative clause whose object is the noun it hangs on
        ("On 9 June, villagers took a theft suspect from the police post, whom the crowd beat to death.", "took", 1),
        # one body found (when no death was told before it)
        ("On 4 June, soldiers detained a shopkeeper in the village, the corpse was found a week later by a road.", "detained", 1),
        # "killed or captured": ACLED's train rows code half of the figure, and 10 for an unknown number
        ("During the operation 30 militants were either killed or captured and weapons were seized.", "operation", 15),
        ("Troops raided the camp and killed or captured an unknown number of fighters.", "raided", 10),
        # a later death among the wounded belongs to the event that wounded them
        ("Two soldiers were killed in an ambush on a patrol near the border. Three soldiers were also wounded in "
         "the ambush. A rebel group later claimed the operation. Another soldier later died of his injuries.",
         "ambush", 3),
    ],
)
def test_round8_more_toll_forms(build, text, trigger, toll):
    b = build(text)
    b.event(trigger, event_type="Battles")
    if "claimed the operation" in text:
        b.event("claimed", event_type="Battles")  # the events stage often makes the claim an event of its own
    from warscope.claims import fatalities

    fatalities.annotate(b.analysis)
    ev = b.analysis.events[0]
    f = ev.fatalities
    assert f is not None and (f.low if f.low is not None else f.best) == toll


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        # what someone in the event was blamed for, told with "had" or "allegedly"
        ("On 3 June, a crowd attacked a man who had allegedly killed his neighbour in the village.", "attacked", "Riots"),
        ("Drivers blocked the road. The rider had been arrested because his car allegedly hit and killed a boy.",
         "blocked", "Riots"),
        # a revenge attack's cause is an earlier incident
        ("Raiders attacked the village in a revenge attack for 4 herders killed last month.", "attacked",
         "Violence against civilians"),
        # "the corpse" after a death already counted is the same death (only one counted)
    ],
)
def test_round8_deaths_that_are_not_the_events(build, text, trigger, event_type):
    assert acled_toll(build, text, trigger, event_type=event_type) in (None, 0)


def test_a_body_found_after_the_killing_is_the_same_death(build):
    text = "On 2 June, a trader was killed by gunmen and his body was found in a ditch near the road."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 1


def test_killed_or_wounded_stays_unknown(build):
    # only "or captured" is halved; "killed or wounded" gives no count of the dead
    text = "On 3 June, 4 soldiers were killed or wounded by a sniper near the post."
    assert acled_toll(build, text, "sniper", event_type="Battles") is None


def test_singular_victims_with_a_unit_each_add_up(build):
    text = ("A sergeant with the border police and a ranger with the wildlife service were shot dead in the "
            "raid on the camp by suspected raiders.")
    assert acled_toll(build, text, "raid", event_type="Violence against civilians") == 2


def test_the_toll_of_the_raid_a_lynched_man_was_suspected_of_is_not_counted(build):
    text = "A youth suspected of taking part in a raid that killed four herders was beaten to death by a mob."
    assert acled_toll(build, text, "beaten", event_type="Riots") == 1


def test_a_suspect_lynched_in_a_relative_clause_counts(build):
    # "suspect" as a noun is who died, not an allegation about an earlier killing
    text = "On 9 June, a crowd seized a robbery suspect from the police, whom the mob lynched to death."
    assert acled_toll(build, text, "seized", event_type="Riots") == 1


def test_another_side_after_including_adds(build):
    text = ("On 6 June, at least 15 militants including 3 commanders and 2 soldiers were killed when troops "
            "repelled an attack on a convoy.")
    assert acled_toll(build, text, "repelled", event_type="Battles") == 17


def test_parts_of_the_same_side_after_including_do_not_add(build):
    text = "On 6 June, at least 15 civilians, including 3 children and 2 women, were killed in an attack on a market."
    assert acled_toll(build, text, "attack", event_type="Violence against civilians") == 15


def test_a_protest_does_not_take_the_death_it_is_about_from_a_split_event(build):
    text = ("Relatives staged a protest outside the hospital over the killing of their kinsman. A cousin said "
            "the victim was killed after a quarrel over land.")
    b = build(text)
    main = b.event("protest", event_type="Protests")
    main.confidence = 0.6
    b.event("quarrel", event_type="Protests")
    from warscope.claims import fatalities

    fatalities.annotate(b.analysis)
    assert main.fatalities is None or main.fatalities.best in (None, 0)


def test_an_arrest_note_keeps_the_killing_it_tells(build):
    # the killing the arrested man carried out is what the note is coded with (not an allegation)
    text = "Police in the town have arrested an officer who shot dead three colleagues at the station on Sunday."
    assert acled_toll(build, text, "shot dead", event_type="Violence against civilians") == 3
