"""Dating events from their trigger word."""

from __future__ import annotations

from warscope.model import TimeSpan
from warscope.time import time_for_event


def _date(analysis, trigger: str, occurrence: int = 0) -> TimeSpan:
    text = analysis.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    return time_for_event(analysis, start, start + len(trigger))


def test_date_attached_to_the_trigger_verb(analyse):
    a = analyse("Gunmen killed four villagers on Tuesday near the border.")
    span = _date(a, "killed")
    assert (span.start, span.end, span.precision, span.text) == ("2021-08-24", None, 1, "Tuesday")


def test_the_governing_clause_wins_over_the_reporting_clause(analyse):
    a = analyse("The army said on Wednesday that rebels had shelled the town on Monday.")
    assert _date(a, "shelled").start == "2021-08-23"
    assert _date(a, "said").start == "2021-08-25"


def test_possessive_weekday_dates_a_noun_trigger(analyse):
    a = analyse("Thursday's bombing near the gate killed dozens of people.")
    assert _date(a, "bombing").start == "2021-08-26"


def test_nearest_in_the_sentence_when_the_parse_does_not_link(analyse):
    a = analyse("In 2019, there were clashes in the north and a truce in the south.")
    assert _date(a, "clashes").start == "2019"


def test_paragraph_date_carries_to_later_sentences(analyse):
    a = analyse("On 3 March 2019, fighters stormed a base. They also burned two trucks.\n\nPolice arrested a man.")
    assert _date(a, "burned").start == "2019-03-03"
    # A new paragraph does not inherit it.
    assert _date(a, "arrested") == TimeSpan()


def test_never_the_publication_date_without_words_for_it(analyse):
    a = analyse("Militiamen looted the market and set fire to shops.")
    assert _date(a, "looted") == TimeSpan()


def test_today_in_the_text_gives_the_reference_date(analyse):
    a = analyse("Protesters blocked the highway today.")
    assert _date(a, "blocked").start == "2021-08-27"


def test_since_gives_a_range_up_to_the_reference(analyse):
    a = analyse("Fighting has continued since 2019 in the district.")
    span = _date(a, "Fighting")
    assert (span.start, span.end, span.precision) == ("2019", "2021-08-27", 3)


def test_anchored_duration_gives_a_range(analyse):
    a = analyse("Air strikes over the past two weeks destroyed the bridges.")
    span = _date(a, "strikes")
    assert (span.start, span.end) == ("2021-08-13", "2021-08-27")


def test_dateline_does_not_date_events(analyse):
    a = analyse("GAO, Aug 27 (Reuters) - Protesters gathered in the capital.", published="2021-08-27")
    assert _date(a, "gathered") == TimeSpan()


def test_no_times_at_all(analyse):
    a = analyse("Gunmen attacked a bus.", published=None)
    assert _date(a, "attacked") == TimeSpan()


def test_since_a_recent_day_is_a_short_range(analyse):
    a = analyse("Fighting has raged since Sunday around the airport.")
    span = _date(a, "Fighting")
    assert (span.start, span.end, span.precision) == ("2021-08-22", "2021-08-27", 2)


def test_a_fronted_date_frames_the_clause(analyse):
    a = analyse("On 2 May 2021, villagers protested over the burning of a mosque on the previous day.")
    assert _date(a, "protested").start == "2021-05-02"


def test_an_approximate_day_has_precision_two(analyse):
    a = analyse("Around 5 May 2020, militants attacked a convoy near the pass.")
    span = _date(a, "attacked")
    assert (span.start, span.precision) == ("2020-05-05", 2)
