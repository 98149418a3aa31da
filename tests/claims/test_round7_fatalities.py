"""Round seven, fatalities (issue 8 on ACLED-style notes): capitalised headline and title victims
("Officer killed ..."), a total followed by its breakdown, an aside in brackets between the victims
and their verb, "soldiers and policemen" as one figure, deaths from floods, the killing a lynched man
was blamed for, and a strategic development that only mentions a death. Sentences written for these
tests; events are hand-made with the builder, so the rules are tested apart from the events stage."""

from __future__ import annotations

import pytest

from tests.claims.tolls import acled_toll


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # a headline's capitalised singular victim, tagged as a proper noun by the small model
        ("Ranger killed after ambush by poachers near Tsavo", "ambush", 1),
        ("Officer killed at Mbalambala camp by a mortar fired by rebels.", "fired", 1),
        ("Trader reportedly killed in land-related violence on market day.", "violence", 1),
        # a title written with capitals
        ("The Chairman of Ward Council for Kibra was shot and killed during an attack in Nairobi.", "attack", 1),
        # an aside in brackets between the victims and their verb: the figure outside it counts
        ("On 3 May 2020, at least 12 soldiers (9 according to rebel sources) were killed in an attack on a post.",
         "attack", 12),
        ("On 3 May 2020, at least 14 soldiers and policemen were killed in an attack on a base.", "attack", 14),
        # a total, then where the dead fell: the total alone
        ("Rebels said five guards were killed in the attack, three were killed at the gate while two other "
         "guards were killed in an ambush on the road.", "attack", 5),
    ],
)
def test_round7_toll_forms(build, text, trigger, toll):
    assert acled_toll(build, text, trigger) == toll


def test_parts_naming_other_victims_still_add_up(build):
    text = ("Officials said four soldiers were killed in the raid, one civilian was killed in the market "
            "and three rebels were killed near the river.")
    assert acled_toll(build, text, "raid", event_type="Battles") == 8


def test_plural_capitalised_victims_are_not_one(build):
    # "Policemen" without a number is an unknown toll, never one death
    text = "Policemen killed after ambush by rebels near the border."
    assert acled_toll(build, text, "ambush", event_type="Battles") is None


def test_deaths_from_flooding_are_not_conflict_deaths(build):
    text = "On 2 June, residents blocked the highway in protest at the lack of a bridge amid several deaths due to flooding."
    assert acled_toll(build, text, "blocked", event_type="Riots") is None


def test_the_killing_a_lynched_man_was_blamed_for_is_not_counted(build):
    text = "Villagers in Kanyuambora lynched a man suspected to be behind the killing of three herders."
    assert acled_toll(build, text, "lynched", event_type="Riots") == 1


def test_a_strategic_development_about_a_death_has_no_toll(build):
    text = ("Navy boats are patrolling the coast over militant threats as new details emerged on how a rebel "
            "leader was killed.")
    assert acled_toll(build, text, "patrolling", event_type="Strategic developments") is None


def test_a_strategic_development_with_its_own_blast_keeps_its_dead(build):
    text = "Two militants were killed when the bomb they were planting exploded prematurely near Garissa."
    assert acled_toll(build, text, "exploded", event_type="Strategic developments") == 2


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # "also" hung on the number: more dead of the incident told before
        ("On 4 May 2020, rebels attacked a convoy, killing 6 policemen and injuring 2. Also 9 rebels were killed.",
         "attacked", 15),
        # the others have a verb of their own
        ("On 2 April, militants raided the village of Tawori, one herder killed and three others abducted.",
         "raided", 1),
        # an object with a reduced relative: the victims of that verb
        ("Police intervened - 1 young boy killed by stray bullets - 1 trader killed by police as he ran away",
         "intervened", 2),
        # a day of the month is not a count
        ("03 Nov. 4 suspected bandits killed by police in Kisauni.", "killed", 4),
        # a definite re-mention of the victim is not a second death
        ("Gunmen shot and killed a shopkeeper in the market. The victim died of his wounds in hospital.", "shot", 1),
        # a killing told as what happened days before is another incident's
        ("Four more people have been killed by raiders, three days after the gang executed 12 other herders.",
         "killed", 4),
        # the subject hangs on the first of two conjoined verbs
        ("The County Commissioner's bodyguard is shot and killed in Eastleigh for unknown reasons.", "shot", 1),
        # military ranks are people
        ("Unidentified gunmen assassinated a colonel of the border guards in the town.", "assassinated", 1),
    ],
)
def test_round7_more_forms(build, text, trigger, toll):
    assert acled_toll(build, text, trigger) == toll


def test_killed_one_and_injuring_a_number_is_not_ten_dead(build):
    text = "Gunmen attacked the house of an officer, leaving him killed and injuring a number of his relatives."
    assert acled_toll(build, text, "attacked", event_type="Violence against civilians") == 1


def test_a_protest_about_a_killing_has_no_toll(build):
    text = "Residents gathered to protest, calling for the arrest of a soldier who they say killed three youths."
    assert acled_toll(build, text, "protest", event_type="Protests") is None


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # deaths reported without a figure: ACLED's unknown toll, 10
        ("On 2 May 2021, rebel forces shelled army positions on the northern front, incurring fatalities.", 10),
        ("The two sides fought near the dam for three days with fatalities on both sides.", 10),
        # but not a counted, a denied or a non-violent one
        ("The two sides fought near the dam, resulting in 4 fatalities.", 4),
        ("The two sides fought near the dam, with no fatalities reported.", 0),
    ],
)
def test_uncounted_deaths(build, text, toll):
    assert acled_toll(build, text, "fought" if "fought" in text else "shelled", event_type="Battles") == toll


def test_no_fatalities_reported_overrides_a_lynching(build):
    text = "On 3 March 2019, a man was lynched by a mob in Kisii for allegedly stealing a goat. No fatalities reported."
    assert acled_toll(build, text, "lynched", event_type="Riots") == 0


def test_a_glued_coder_tally_is_read(build):
    text = "Riots broke out in Kisumu after the results. FATALITIES:9 (hospital count) NOT VERIFIED."
    assert acled_toll(build, text, "Riots", event_type="Riots") == 9


def test_no_deaths_among_some_victims_is_not_a_summary(build):
    text = "Police shot dead 2 robbers in Kayole. There were no deaths among the residents."
    assert acled_toll(build, text, "shot", event_type="Battles") == 2


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # the number hung on a modifier of the victims' noun
        ("On 4 June, gunmen attacked a convoy near Kaya, two gold mine workers were killed and three others wounded.",
         "attacked", 2),
        ("Angry residents reportedly beat up three men to death at the market after a theft.", "beat", 3),
        ("On 2 May 2020, three rebel fighters and a Police Sub-Inspector were killed in a gunfight.", "gunfight", 4),
        # "a group of" without a figure is ACLED's unknown toll; with one, the figure
        ("Resistance forces attacked rebel positions on the front, killing a group of rebel fighters.", "attacked", 10),
        ("On 3 May, a group of 6 soldiers were killed when rebels overran their post.", "overran", 6),
    ],
)
def test_round7_late_forms(build, text, trigger, toll):
    assert acled_toll(build, text, trigger, event_type="Battles") == toll


def test_another_account_makes_the_toll_contested(build):
    text = ("Raiders attacked the village of Lokori, killing a child and stealing 90 goats. "
            "One source indicates that three people were killed in the attack.")
    assert acled_toll(build, text, "attacked", event_type="Violence against civilians") == 1


def test_a_death_told_as_background_in_the_pluperfect_is_not_counted(build):
    text = ("On 2 May 2018, youths torched 9 houses in Kapchok in revenge against the family of a man suspected "
            "to have shot dead a village elder. The elder had been shot dead by raiders a week earlier.")
    assert acled_toll(build, text, "torched", event_type="Riots") is None
