"""The country typed actors take (warscope.actors.resolve.focus_of) when the geo stage's focus is doubtful."""

from __future__ import annotations

import re

from warscope.analysis import Analysis, PlaceMention
from warscope.model import Document, Place


def _analysis(nlp, text: str, focus: str | None, places: dict[str, str]) -> Analysis:
    """``places`` maps a word of ``text`` to the country it is in; every occurrence is a place mention."""
    doc = Document(id=Document.make_id(text), text=text)
    a = Analysis(document=doc, doc=nlp(text))
    a.country_focus = focus
    for word, iso in places.items():
        pid = f"p-{word.lower()}"
        a.places.append(Place(id=pid, name=word, country=iso))
        for m in re.finditer(re.escape(word), text):
            a.place_mentions.append(PlaceMention(start=m.start(), end=m.end(), place_id=pid))
    return a


def _protesters(nlp, text, focus, places) -> list[str]:
    from warscope import actors

    a = _analysis(nlp, text, focus, places)
    actors.annotate(a)
    return [x.name for x in a.actors if x.kind == "protesters"]


def test_most_located_places_outvote_a_stray_focus(nlp):
    text = ("Lawyers held a protest in Quetta and marched again in Quetta on Monday, and in Sibi, "
            "against a ruling from India.")
    names = _protesters(nlp, text, "IN", {"Quetta": "PK", "Sibi": "PK", "India": "IN"})
    assert names == ["Protesters (Pakistan)"]


def test_focus_kept_when_places_agree_or_are_few(nlp):
    text = "Nurses held a protest in Eldoret on Monday over unpaid wages."
    assert _protesters(nlp, text, "KE", {"Eldoret": "KE"}) == ["Protesters (Kenya)"]
    # One place elsewhere is not enough to overrule the geo stage.
    text = "Nurses held a protest in Kampala on Monday over unpaid wages."
    assert _protesters(nlp, text, "KE", {"Kampala": "UG"}) == ["Protesters (Kenya)"]


def test_a_currency_is_not_where_things_happen(nlp):
    text = "Traders held a protest in Tripoli against the rise of the US dollar."
    names = _protesters(nlp, text, "US", {"US": "US", "Tripoli": "LB"})
    assert names == ["Protesters (Lebanon)"]


def test_a_place_the_parser_calls_a_person_is_no_person(nlp):
    from warscope import actors

    text = "Militants attacked a checkpoint near Tikrit in Salah al-Din on Monday."
    a = _analysis(nlp, text, "IQ", {"Tikrit": "IQ", "Salah al-Din": "IQ"})
    actors.annotate(a)
    assert not [x for x in a.actors if x.kind == "person"]
    # Without the place mention the same words may well be a person: the place is what rules it out.
    b = _analysis(nlp, text, "IQ", {"Tikrit": "IQ"})
    actors.annotate(b)
    people = [x.name for x in b.actors if x.kind == "person"]
    assert people in ([], ["Salah al-Din"])
