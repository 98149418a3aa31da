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
