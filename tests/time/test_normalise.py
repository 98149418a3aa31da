"""Detection and normalisation of time expressions against the reference date.

The reference date in most tests is 2021-08-27, a Friday.
"""

from __future__ import annotations

import pytest

from tests.time.helpers import find


@pytest.mark.parametrize(
    "sentence, expr, value, end_value, precision",
    [
        ("Militants attacked a checkpoint on Thursday.", "Thursday", "2021-08-26", None, 1),
        ("Drones struck the depot on Friday.", "Friday", "2021-08-27", None, 1),
        ("Officials condemned Thursday's bombing of the market.", "Thursday", "2021-08-26", None, 1),
        ("Residents fled the village last week.", "last week", "2021-08-16", "2021-08-22", 2),
        ("The militia lost ground last year.", "last year", "2020", None, 3),
        ("Shelling intensified this month.", "this month", "2021-08", None, 3),
        ("The bridge was blown up in May 2020.", "May 2020", "2020-05", None, 3),
        ("The group was founded in 2004.", "2004", "2004", None, 3),
        ("The insurgency began in the 1990s.", "the 1990s", "1990", "1999", 3),
        ("The offensive stalled in early 2015.", "early 2015", "2015-01", "2015-04", 3),
        ("The town changed hands after the Sept. 11 attacks.", "Sept. 11", "2001-09-11", None, 1),
        ("A convoy was ambushed yesterday.", "yesterday", "2021-08-26", None, 1),
        ("Police dispersed a crowd today.", "today", "2021-08-27", None, 1),
        ("The airfield was captured three years ago.", "three years ago", "2018", None, 3),
        ("Two soldiers died on 14 March 2019.", "14 March 2019", "2019-03-14", None, 1),
        ("A raid took place on Aug. 3.", "Aug. 3", "2021-08-03", None, 1),
        ("The ceasefire collapsed in the spring of 2018.", "the spring of 2018", "2018-03", "2018-05", 3),
        ("Raids continued in 2014-2016 across the province.", "2014-2016", "2014", "2016", 3),
        ("Raids continued in 2014-16 across the province.", "2014-16", "2014", "2016", 3),
        ("Strikes hit the city on May 3-5, 2019.", "May 3-5, 2019", "2019-05-03", "2019-05-05", 2),
        ("The talks failed in the third quarter of 2019.", "the third quarter of 2019", "2019-07", "2019-09", 3),
    ],
)
def test_normalisation(analyse, sentence, expr, value, end_value, precision):
    t = find(analyse(sentence), expr)
    assert (t.value, t.end_value, t.precision) == (value, end_value, precision)


def test_the_following_year_counts_from_the_previous_expression(analyse):
    a = analyse("The rebels took the port in 2017. The following year they lost it. That year was bloody.")
    assert find(a, "The following year").value == "2018"
    assert find(a, "That year").value == "2018"


def test_the_next_day_after_a_full_date(analyse):
    a = analyse("Fighters entered the city on 2 June 2019. The next day they burned the courthouse.")
    assert find(a, "The next day").value == "2019-06-03"


def test_anaphoric_expression_without_an_antecedent_stays_unresolved(analyse):
    a = analyse("The following year the fighting spread.")
    assert find(a, "The following year").value is None


def test_more_than_years_ago_is_an_open_bound(analyse):
    t = find(analyse("Talks with the group began more than five years ago."), "more than five years ago")
    assert (t.value, t.end_value, t.precision) == (None, "2016", 3)


def test_setting_fire_is_not_future_talk(analyse):
    t = find(analyse("Rioters set fire to the police station on Monday."), "Monday")
    assert t.value == "2021-08-23"


def test_future_clause_takes_the_coming_weekday(analyse):
    t = find(analyse("The envoy will meet rebel leaders on Monday."), "Monday")
    assert t.value == "2021-08-30"


def test_past_duration_anchored_to_the_reference_is_a_range(analyse):
    t = find(analyse("Clashes over the past two weeks displaced thousands."), "the past two weeks")
    assert (t.value, t.end_value, t.precision) == ("2021-08-13", "2021-08-27", 2)


def test_explicit_ranges_become_one_expression(analyse):
    a = analyse("The siege lasted from May 2020 to July 2020. Raids continued between 2004 and 2006.")
    assert (find(a, "May 2020 to July 2020").value, find(a, "May 2020 to July 2020").end_value) == (
        "2020-05",
        "2020-07",
    )
    assert (find(a, "2004 and 2006").value, find(a, "2004 and 2006").end_value) == ("2004", "2006")


@pytest.mark.parametrize(
    "sentence",
    [
        "The siege lasted two days.",
        "For years the two factions fought over the valley.",
        "The shrine is 800 years old and was damaged.",
        "A 21-year-old fighter was detained.",
        "The convoy carried 1500 troops to the front.",
        "Aid arrives twice a week.",
        "THE PATROL WAS AMBUSHED AT 2030 HOURS NEAR THE BRIDGE.",
        "Theresa May visited the troops.",
        "After the fall of the capital, looting spread.",
    ],
)
def test_durations_ages_and_counts_are_not_dates(analyse, sentence):
    assert analyse(sentence).times == []


def test_spans_slice_the_text(analyse):
    text = (
        "On Tuesday, gunmen raided a school. Last month, the army shelled two villages, and in "
        "early 2015 the group first appeared. Between 2004 and 2006 the road was closed; "
        "more than three years ago talks began."
    )
    a = analyse(text)
    assert len(a.times) >= 5
    for t in a.times:
        assert text[t.start : t.end] == t.text


def test_without_a_reference_relative_dates_have_no_value(analyse):
    a = analyse("Rebels attacked on Thursday. Last year they lost the town. It was founded in 2004.", published=None)
    assert a.reference_date is None
    assert find(a, "Thursday").value is None
    assert find(a, "Last year").value is None
    assert find(a, "2004").value == "2004"


def test_with_only_a_copyright_year_relative_dates_keep_the_year(analyse):
    a = analyse("Rebels attacked on Thursday. Last year they lost the town.", published=None, copyright_year=2019)
    assert a.reference_source == "copyright"
    thursday, last_year = find(a, "Thursday"), find(a, "Last year")
    assert (thursday.value, thursday.precision) == ("2019", 3)
    assert (last_year.value, last_year.precision) == ("2018", 3)


def test_without_a_reference_a_day_and_month_take_the_year_just_mentioned(analyse):
    a = analyse("On 3 March 2019 rebels shelled the base. On 5 March they withdrew.", published=None)
    assert find(a, "5 March").value == "2019-03-05"
