"""Round ten, fatalities (issue 8 on ACLED-style notes): victims the reader missed (two singular people
joined by "and", "along with N X and a Y", "a mother and her two-year old son", an office "district head",
a count after a "12 Sep." date, "several army soldiers", a garbled headline clause, "beat to death a
worker"), figures it read twice or wrongly ("one of the dead", a breakdown after "including", a misread
one-person subject beside a counted one, a closing tally glued to its sentence, an "unconfirmed" guess,
a road death), and where a figure goes ("were also confirmed killed" in the next sentence, "No
fatalities reported" for the whole note, a clash told after "following" that is itself the battle).
Sentences written for these tests; events are hand-made with the builder, so the rules are tested
apart from the events stage."""

from __future__ import annotations

from tests.claims.tolls import acled_toll
from warscope.claims import fatalities
from warscope.claims.numbers import read_count


def _toll(event) -> int | None:
    f = event.fatalities
    if f is None:
        return None
    return f.low if f.low is not None else f.best


# --- victims the reader missed


def test_two_singular_victims_joined_by_and(build):
    text = "On 4 May, the village head and his driver were killed when their car struck a mine near Loro."
    assert acled_toll(build, text, "struck") == 2


def test_companions_counted_and_singular_after_along_with(build):
    text = "A county official was shot dead along with three guards and a cook at his home in Bura."
    assert acled_toll(build, text, "shot", event_type="Violence against civilians") == 5


def test_a_possessed_person_with_an_age_is_one_more_victim(build):
    text = "On 9 June, gunmen killed a farmer and his two-year old son at Kase."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 2


def test_a_possessed_counted_group_still_adds_its_number(build):
    text = "On 9 June, gunmen killed a trader and her four children at Kase."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 5


def test_count_after_a_day_and_abbreviated_month(build):
    text = "14 Oct. 3 killed by bandits in Garsen, Tana River County."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 3


def test_day_after_the_month_is_still_a_date(build):
    text = "On Oct. 3 bandits killed a herder near Garsen."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 1


def test_several_with_a_modifier_before_the_people(build):
    text = "Fighting broke out near the front. Several army soldiers were killed in the attack."
    assert acled_toll(build, text, "Fighting", event_type="Battles") == 10


def test_headline_clause_after_a_date_with_a_garbled_parse(build):
    text = "3 March: A civilian shot dead by gunmen in Lokori in revenge for an earlier raid."
    assert acled_toll(build, text, "shot", event_type="Violence against civilians") == 1


def test_beat_to_death_with_the_victim_after(build):
    text = "Three members of the army beat to death a mechanic."
    assert acled_toll(build, text, "beat", event_type="Violence against civilians") == 1


# --- figures read twice or wrongly


def test_one_of_the_dead_is_not_another_death(build):
    b = build("At least three people were feared dead when the rally turned violent in Kisii. At least one of "
              "the dead was shot by police.")
    riot = b.event("turned violent", event_type="Riots")
    riot.confidence = 0.6
    shot = b.event("shot", event_type="Violence against civilians")
    shot.confidence = 0.65
    fatalities.annotate(b.analysis)
    assert _toll(riot) == 3 and _toll(shot) != 1


def test_breakdown_after_including_that_adds_up_is_not_another_side(build):
    text = ("On 2 July, gunmen raided the hamlet and killed four villagers including one member of a church "
            "choir and three members of a farmers' union.")
    assert acled_toll(build, text, "raided", event_type="Violence against civilians") == 4


def test_another_side_after_including_still_adds(build):
    # the rule above must leave the counted other side alone: 15 militants (3 of them commanders) + 2 soldiers
    text = ("On 6 June, at least 15 militants including 3 commanders and 2 soldiers were killed when troops "
            "repelled an attack on a convoy.")
    assert acled_toll(build, text, "repelled", event_type="Battles") == 17


def test_a_misread_subject_before_a_semicolon_is_not_a_victim(build):
    text = "Police repulse attack by Orma ethnic militia; six armed raiders were killed"
    assert acled_toll(build, text, "attack", event_type="Battles") == 6


def test_a_closing_tally_the_splitter_glued_to_its_sentence(build):
    text = "On 2 May 2020, in Mixco, two men on a motorbike shot and killed a driver in Zone 7. 1 fatality."
    assert acled_toll(build, text, "shot", event_type="Violence against civilians") == 1


def test_unconfirmed_deaths_beside_a_confirmed_figure_are_left_out(build):
    b = build("3 policemen were killed in riots over the vote count. 5 other deaths are reported but unconfirmed.")
    ev = b.event("riots", event_type="Riots")
    fatalities.annotate(b.analysis)
    assert _toll(ev) == 3


def test_an_unconfirmed_figure_alone_is_still_the_toll(build):
    # the guess is only dropped beside a firm figure: alone it is all there is
    text = "Clashes erupted in the market. 4 deaths are reported but unconfirmed."
    assert acled_toll(build, text, "Clashes", event_type="Battles") == 4


def test_a_road_death_that_set_off_a_protest_is_no_fatality(build):
    text = ("Students staged a protest after their classmate was knocked down and killed by a lorry. They "
            "barricaded the highway with stones.")
    assert acled_toll(build, text, "staged", event_type="Riots") is None


def test_killed_by_a_car_bomb_is_still_a_death(build):
    text = "A soldier was killed by a car bomb in the town."
    assert acled_toll(build, text, "car bomb") == 1


# --- where a figure goes


def test_also_killed_in_the_next_sentence_adds_to_the_first_toll(build):
    b = build("Militants stormed two army posts in the capital. By evening six attackers were reportedly killed. "
              "Officials said five soldiers were also confirmed killed and many wounded.")
    main = b.event("stormed", event_type="Battles")
    main.confidence = 0.9
    other = b.event("said five", event_type="Battles")
    other.confidence = 0.4
    fatalities.annotate(b.analysis)
    assert _toll(main) == 11


def test_no_fatalities_reported_is_the_whole_notes_summary(build):
    b = build("On 3 April, a man was lynched by a mob in Homa Bay for allegedly stealing a goat. "
              "No fatalities reported, as police intervened.")
    main = b.event("lynched", event_type="Riots")
    main.confidence = 0.8
    side = b.event("intervened", event_type="Riots")
    side.confidence = 0.6
    fatalities.annotate(b.analysis)
    assert _toll(main) == 0


def test_a_clash_told_after_following_is_the_battles_own_toll(build):
    b = build("On 2 May 2020, army soldiers recovered territory following a clash with the rebels at Mbau (Beni, "
              "Nord-Kivu) resulting in 12 rebel fighters and 3 military fatalities.")
    main = b.event("recovered", event_type="Battles")
    main.confidence = 0.8
    clash = b.event("clash", event_type="Battles")
    clash.confidence = 0.55
    fatalities.annotate(b.analysis)
    assert _toll(clash) == 15


def test_a_raid_told_after_following_keeps_its_dead_out_of_a_riot(build):
    b = build("Youths rioted in the town following a raid in which 4 people were killed.")
    riot = b.event("rioted", event_type="Riots")
    fatalities.annotate(b.analysis)
    assert _toll(riot) is None


# --- number forms


def test_tens_and_units_without_a_hyphen(nlp):
    doc = nlp("about seventy five soldiers")
    count = read_count(list(doc), 0)
    assert count is not None and (count.low, count.best, count.high) == (75, 75, 75)


def test_hyphenated_tens_still_read(nlp):
    doc = nlp("forty-two people")
    count = read_count(list(doc), 0)
    assert count is not None and count.best == 42


def test_a_sentence_cut_at_a_bracketed_date_is_one_incident(build):
    b = build("Twenty people are reported to have been killed in the Friday [12 March] night fighting between "
              "two clan militias near the border town, with three traders slightly injured in the fighting.")
    side = b.event("killed", event_type="Violence against civilians")
    side.confidence = 0.4
    main = b.event("fighting", event_type="Battles")
    main.confidence = 0.7
    fatalities.annotate(b.analysis)
    assert _toll(main) == 20


def test_a_list_of_singular_victims_closed_by_and(build):
    text = "Bandits raided the market, killing a police officer, a trader and three children."
    assert acled_toll(build, text, "raided", event_type="Violence against civilians") == 5


def test_a_comma_aside_after_one_victim_is_not_a_list(build):
    text = "Gunmen killed a farmer, a herder, in Tiga."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 1


def test_the_counted_attackers_after_shot_dead(build):
    text = "Police shot dead the three robbers after they stormed a bank in Kisumu."
    assert acled_toll(build, text, "shot", event_type="Battles") == 3
