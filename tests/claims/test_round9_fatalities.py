"""Round nine, fatalities (issue 8 on ACLED-style notes): one sentence split into several events keeps
all its dead on the main one, a note's closing tally ("2 fatalities."), "suspected X militants" misread
as a suspicion, a death told after a protest in a sentence that names it, deaths from a mishap, and
victims the reader missed (an office "head of", a hyphenated title, "lynched and burned", "his body",
"who were killed", a bracketed aside). Sentences written for these tests; events are hand-made with the
builder, so the rules are tested apart from the events stage."""

from __future__ import annotations

import pytest

from tests.claims.tolls import acled_toll
from warscope.claims import fatalities


def _toll(event) -> int | None:
    f = event.fatalities
    if f is None:
        return None
    return f.low if f.low is not None else f.best


# --- one sentence, several events: the main event carries every figure of its sentence


def test_figures_of_the_main_events_sentence_add_up_on_it(build):
    b = build("On 3 March, gunmen attacked the gendarmerie in Tiga, two assailants were killed, "
              "four civilians were killed and two others wounded in the crossfire.")
    main = b.event("attacked", event_type="Battles")
    main.confidence = 0.8
    side = b.event("wounded", event_type="Battles")
    side.confidence = 0.6
    fatalities.annotate(b.analysis)
    assert _toll(main) == 6


def test_a_second_killing_verb_made_an_event_adds_to_the_main_one(build):
    b = build("On 2 May, militiamen shot and killed 3 civilians in Lora and beheaded a man in Kobo.")
    shot = b.event("shot", event_type="Violence against civilians")
    shot.confidence = 0.8
    beheaded = b.event("beheaded", event_type="Violence against civilians")
    beheaded.confidence = 0.9
    fatalities.annotate(b.analysis)
    assert _toll(beheaded) == 4


def test_figures_of_another_sentence_are_not_gathered(build):
    # the other event's sentence is not the main event's: its figure is its own
    b = build("On 2 May, soldiers killed two bandits in Lora. In a separate incident, gunmen shot dead a herder in Kobo.")
    main = b.event("killed", event_type="Battles")
    main.confidence = 0.9
    other = b.event("shot dead", event_type="Violence against civilians")
    other.confidence = 0.5
    fatalities.annotate(b.analysis)
    assert _toll(main) == 2


# --- the note's closing tally


def test_a_closing_tally_is_the_toll_whatever_else_the_note_tells(build):
    text = ("On 4 May, soldiers shot a teacher at his home. The raid came after a week of clashes with gangs "
            "in which 9 armed men have died. 1 fatality.")
    assert acled_toll(build, text, "shot", event_type="Violence against civilians") == 1


def test_a_closing_tally_in_words(build):
    text = "On 4 May, two heads were left on a bridge with a message from a cartel. Two fatalities."
    assert acled_toll(build, text, "left", event_type="Violence against civilians") == 2


def test_a_sentence_with_more_than_a_count_is_no_tally(build):
    text = "Gunmen shot a driver in the market. Residents said 3 fatalities were seen at the clinic after a fight."
    # the second sentence is an ordinary report, not the closing tally: the first figure is not overridden to 3
    # (a higher figure from a second sentence is kept as the toll, as before)
    b = build(text)
    ev = b.event("shot", event_type="Violence against civilians")
    fatalities.annotate(b.analysis)
    assert not any(r.tally for s in b.analysis.sentences for r in fatalities.sentence_reports(s))
    assert _toll(ev) is not None


# --- "suspected X militants" is who attacked, not a suspicion


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # (the small model parses "suspected" as the main verb and the militants as its object)
        ("On 9 June 2020, suspected ISGS militants reportedly ambushed and killed two volunteer fighters (VDP) "
         "in Gorgadji (Gorgadji, Seno).", "ambushed", 2),
        ("On 2 August 2020, suspected ISGS militants reportedly attacked and killed five herders (Fulani) "
         "in Tin-Agadel (Deou, Oudalan).", "attacked", 5),
    ],
)
def test_suspected_attackers_still_kill(build, text, trigger, toll):
    assert acled_toll(build, text, trigger, event_type="Battles") == toll


def test_a_raid_someone_is_suspected_of_stays_out(build):
    text = "Police arrested a youth suspected of joining a raid that killed six villagers in Garissa."
    assert acled_toll(build, text, "arrested", event_type="Protests") in (None, 0)


# --- a death in the protest, told after it


def test_a_killing_in_the_named_protest_counts(build):
    text = ("Some 300 traders gathered in Kisumu to protest the closure of their market. Police broke up "
            "the demonstration with live bullets, killing one.")
    assert acled_toll(build, text, "protest", event_type="Protests") == 1


def test_a_death_before_the_protest_stays_out(build):
    text = ("Students marched in Eldoret over the death of a classmate. The boy was shot dead by a guard last "
            "week, the protesters said.")
    assert acled_toll(build, text, "marched", event_type="Protests") in (None, 0)


# --- deaths from a mishap are no conflict deaths


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, a mob burned a lorry near Kapsowar. The lorry had collided with a matatu in a road accident, "
        "killing three people.",
        "Parents protested outside the court. Days before, the roof of the school collapsed killing six pupils.",
    ],
)
def test_a_mishap_kills_no_one_in_the_event(build, text):
    trigger = "burned" if "burned" in text else "protested"
    assert acled_toll(build, text, trigger, event_type="Riots") in (None, 0)


def test_a_bomb_crash_still_kills(build):
    text = "A suicide bomber crashed his car into the convoy, killing five soldiers."
    assert acled_toll(build, text, "crashed", event_type="Explosions/Remote violence") == 5


# --- victims the reader missed


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        ("On 2 May, the district head of intelligence of the militants was killed in a police raid.", "raid", 1),
        ("Raiders stole 40 head of cattle and killed a herder.", "stole", 1),
        ("4 killed (spears) during clan violence. DETAILS NOT SPECIFIED.", "violence", 4),
        ("Police intervened - 2 bystanders who were killed as they were caught in the fight.", "fight", 2),
        ("A mob lynched and burned two men in Bondo on suspicion of theft.", "lynched", 2),
        ("A police sub-inspector and his nephew were shot dead overnight in Dori.", "shot dead", 2),
        ("A fire was set in the hut, killing its three occupants.", "fire", 3),
        ("A trader and his companion, a money changer, were killed during a raid.", "raid", 2),
        # a body named by a possessive is one dead, unless the killing of that person is told beside it
        ("Militants abducted an engineer at the mine. His body was found the next day near the river.", "abducted", 1),
    ],
)
def test_victims_read(build, text, trigger, toll):
    assert acled_toll(build, text, trigger, event_type="Violence against civilians") == toll


def test_killed_and_abducted_is_not_read_as_killed(build):
    # "killed and abducted three men" does not say how many died
    text = "Gunmen killed and abducted three men in Siaya."
    reports = [r for s in build(text).analysis.sentences for r in fatalities.sentence_reports(s)]
    assert not any(r.outcome == "killed" and r.best == 3 for r in reports)


# --- a guess beside a firm figure


def test_a_guess_beside_a_firm_toll_is_not_counted(build):
    text = "A herder was killed by an arrow near Kilgoris. FATALITIES: 3-4 others may have been killed (unconfirmed)."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 1


def test_a_guess_alone_is_the_toll(build):
    text = "Raiders attacked a village near Kilgoris; at least four people may have been killed."
    assert acled_toll(build, text, "attacked", event_type="Violence against civilians") == 4


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        # a closing bracket the victim phrase stopped at
        ("In Niteroi, Rio de Janeiro, four members of the TCP (Pure Third Command) died during a shoot-out "
         "with police.", "shoot-out", 4),
        # a coder's label for the dead and the first figure after it
        ("Raiders attacked a farm near Kitale. FATALITIES: reported estimates include 7, most of them herders.",
         "attacked", 7),
        # others with a fate of their own are not more dead
        ("A man was killed and two others are missing after gunmen opened fire on a bus.", "opened fire", 1),
    ],
)
def test_more_victims_read(build, text, trigger, toll):
    assert acled_toll(build, text, trigger, event_type="Battles") == toll


def test_a_label_with_no_figure_of_the_dead_gives_none(build):
    text = "Raiders attacked a farm near Kitale. FATALITIES: not specified, 3 injured."
    assert acled_toll(build, text, "attacked", event_type="Battles") in (None, 0)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Around 3 May 2020, in Celaya, Guanajuato, a human head was found inside a cooler with a message.", 1),
        ("Around 3 May 2020, in Celaya, two severed heads were found in bags near the market.", 2),
    ],
)
def test_heads_found_are_dead(build, text, toll):
    assert acled_toll(build, text, "found", event_type="Violence against civilians") == toll


def test_head_of_cattle_are_no_dead(build):
    text = "Raiders stole 40 head of cattle from herders near Isiolo."
    assert acled_toll(build, text, "stole", event_type="Violence against civilians") in (None, 0)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Traders blocked the highway in protest of a colleague who had died after a police chase.", "blocked"),
        ("Residents beat up a presumed bandit. The assault came in reaction to the beating of a herder who "
         "succumbed to his wounds a week ago.", "beat up"),
    ],
)
def test_a_death_the_event_is_about_stays_out(build, text, trigger):
    assert acled_toll(build, text, trigger, event_type="Riots") in (None, 0)


def test_the_crime_that_set_a_mob_off_is_not_gathered(build):
    b = build("A man who killed his neighbour was caught by a mob and killed in Homa Bay.")
    caught = b.event("caught", event_type="Riots")
    caught.confidence = 0.8
    first = b.event("killed", event_type="Riots")
    first.confidence = 0.7
    second = b.event("killed", occurrence=1, event_type="Riots")
    second.confidence = 0.8
    fatalities.annotate(b.analysis)
    assert _toll(caught) == 1


def test_separate_reports_are_accounts_of_this_incident(build):
    text = "Gunmen attacked a village near Wukari. Separate reports said four people were killed in the attack."
    assert acled_toll(build, text, "attacked", event_type="Violence against civilians") == 4


def test_a_label_saying_none_takes_no_later_figure(build):
    text = "Raiders attacked a farm near Kitale. FATALITIES: none, 3 suspects arrested."
    assert acled_toll(build, text, "attacked", event_type="Battles") in (None, 0)


def test_a_headline_second_clause_names_one_dead(build):
    text = "Two engineers abducted and local guard killed in raid blamed on bandits"
    assert acled_toll(build, text, "raid", event_type="Violence against civilians") == 1
