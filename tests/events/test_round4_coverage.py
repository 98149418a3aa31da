"""Round four, coverage: report verbs that told an event no rule read ("pelted with stones",
"neutralized", "launched missiles", "stripped them of", "reinforcements arrived", a joint patrol,
fortifications), headline verbs the parser tags as nouns ("Residents lynch a man"), and an arrest that
ends in an execution told as one act. Each has a twin that must stay no event. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _types(a):
    return [(e.event_type, e.sub_event_type) for e in a.events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("On 3 June, youths pelted the governor's convoy with stones outside the market.", "Riots"),
        ("On 5 June, soldiers neutralized twelve militants near the village of Kamba.", "Battles"),
        ("On 7 June, rebel forces launched two ballistic missiles towards the capital.",
         "Explosions/Remote violence"),
        ("On 8 June, gunmen removed passengers from a bus and stripped them of their phones.",
         "Strategic developments"),
        ("On 9 June, rebel reinforcements arrived on the southern frontline.", "Strategic developments"),
        ("On 9 June, government forces carried out a joint patrol in the northern province.",
         "Strategic developments"),
        ("On 9 June, the army established fortifications in the port area.", "Strategic developments"),
        ("Villagers stone suspected thief to death", "Riots"),
    ],
)
def test_report_verbs_give_an_event(run_events, text, event_type):
    a = run_events(text)
    assert a.events, text
    assert event_type in {t for t, _ in _types(a)}, (text, _types(a))


@pytest.mark.parametrize(
    "text",
    [
        "The minister was pelted with questions by reporters at the briefing.",
        "The company launched two new phones in the capital on Monday.",
        "The committee stripped the club of its licence on Monday.",
        "The delegation arrived in the capital on Monday.",
        "A police patrol was on duty outside the stadium.",
    ],
)
def test_same_verbs_without_the_event_sense_give_none(run_events, text):
    assert not run_events(text).events, (text, _types(run_events(text)))


def test_neutralized_bomb_is_a_disrupted_weapon(run_events):
    a = run_events("On 4 June, soldiers neutralized a roadside bomb near the bridge.")
    assert ("Strategic developments", "Disrupted weapons use") in _types(a)


def test_headline_verb_tagged_as_noun_is_read_as_the_verb(run_events):
    a = run_events("Residents of the village lynch a man on suspicion of theft.")
    assert ("Riots", "Mob violence") in _types(a)


def test_headline_rule_needs_a_determiner_after_the_word(run_events):
    # "raid" is a noun here: a compound before another noun, nothing to read as a verb
    assert not run_events("The police raid operation ended at noon.").events


def test_arrest_ending_in_execution_is_one_violent_event(run_events):
    a = run_events("On 2 June, soldiers arrested and executed a civilian in the town.")
    assert _types(a) == [("Violence against civilians", "Attack")]


def test_arrest_and_release_stays_an_arrest(run_events):
    a = run_events("On 2 June, police arrested and questioned a journalist in the town.")
    assert ("Strategic developments", "Arrests") in _types(a)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between rival supporters sparked by electoral irregularities in Nyeri",
        "Clash ensued between rival party groups regarding irregularities in party nominations",
        "Police battle cattle raiders in Baringo district",
        "On 29 April 2021, the monitors observed a total of 4 shots involving small arms near the village.",
    ],
)
def test_clashes_between_crowds_and_counted_shots_are_battles(run_events, text):
    a = run_events(text)
    assert "Battles" in {t for t, _ in _types(a)} or "Riots" in {t for t, _ in _types(a)}, (text, _types(a))


def test_wave_of_protests_that_swept_is_a_protest(run_events):
    a = run_events("Even as he spoke, a wave of protests swept through the coastal counties on Tuesday.")
    assert "Protests" in {t for t, _ in _types(a)}


def test_feared_wave_of_protests_is_none(run_events):
    assert not run_events("Officials fear a wave of protests in the coastal counties next week.").events


def test_words_without_a_crowd_or_count_stay_none(run_events):
    assert not run_events("The coach heard two shots of praise from the stands.").events
    assert not run_events("Critics battle fatigue in the long summer season.").events
