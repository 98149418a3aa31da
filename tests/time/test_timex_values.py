"""TimeML values of the tagger itself (what the TimeML evaluation scores), durations and sets
included; the reference date is 2021-08-27, a Friday."""

from __future__ import annotations

from datetime import date

import pytest

from warscope.time.tagger import tag

REF = date(2021, 8, 27)


def _values(text: str, nlp) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value) for t in tag(text, REF, doc=nlp(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The siege lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("The battle lasted 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("Convoys leave every week.", ("every week", "SET", "P1W")),
        ("Patrols go out daily.", ("daily", "SET", "P1D")),
        ("The town is now calm.", ("now", "DATE", "PRESENT_REF")),
        ("Talks resumed last week.", ("last week", "DATE", "2021-W33")),
        ("Shops reopened over the weekend.", ("the weekend", "DATE", "2021-W33-WE")),
        ("The rally will be held this Sunday.", ("this Sunday", "DATE", "2021-08-29")),
        ("The raid came on Tuesday night.", ("Tuesday night", "TIME", "2021-08-24TNI")),
        ("Shots were heard at 9 a.m. Thursday.", ("9 a.m. Thursday", "TIME", "2021-08-26T09:00")),
        ("Revenue fell in the third quarter.", ("the third quarter", "DATE", "2021-Q3")),
        ("The city was besieged in the '90s.", ("the '90s", "DATE", "199")),
    ],
)
def test_timeml_values(nlp, text, expected):
    assert expected in _values(text, nlp)


def test_a_year_earlier_counts_from_the_previous_date(nlp):
    text = "Output rose in the third quarter of 2019, up from a year earlier."
    assert ("a year earlier", "DATE", "2018-Q3") in _values(text, nlp)


def test_spans_follow_timeml_and_leave_prepositions_out(nlp):
    text = "Fighting broke out on Monday and in March 2020, during the past two weeks."
    spans = [s for s, _, _ in _values(text, nlp)]
    assert spans == ["Monday", "March 2020", "the past two weeks"]
