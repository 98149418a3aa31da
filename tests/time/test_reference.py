"""The reference date: published date, then a dateline, then the copyright year."""

from __future__ import annotations

from datetime import date

from warscope.model import Document
from warscope.time.reference import dateline, reference


def _doc(text: str, published: str | None = None, copyright_year: int | None = None) -> Document:
    d = Document(id="r", text=text, published=published)
    d._copyright_year = copyright_year
    return d


def test_published_date_wins_over_a_dateline():
    ref = reference(_doc("QUITO, 3 MAR 95 (AFP) -- Troops moved north.", published="2021-08-27"))
    assert (ref.value, ref.source) == ("2021-08-27", "published")


def test_dateline_with_a_two_digit_year_and_agency():
    ref = reference(_doc("QUITO, 3 MAR 95 (AFP) -- Troops moved north overnight."))
    assert (ref.value, ref.source) == ("1995-03-03", "dateline")


def test_dateline_on_its_own_line_with_a_weekday():
    ref = reference(_doc("Border town shelled\nTue 14 Feb 2017\n\nArtillery hit the market in the morning."))
    assert ref.value == "2017-02-14"


def test_agency_dateline_without_a_year_takes_the_copyright_year():
    text = "GAO, Mar 9 (Reuters) - Gunmen ambushed a convoy.\n\nCopyright 2023 Reuters."
    ref = reference(_doc(text, copyright_year=2023))
    assert (ref.value, ref.source) == ("2023-03-09", "dateline")
    found = dateline(text, 2023)
    assert found is not None and text[found[1][0] : found[1][1]] == "Mar 9"


def test_agency_dateline_without_any_year_is_not_a_reference():
    assert reference(_doc("GAO, Mar 9 (Reuters) - Gunmen ambushed a convoy.")).day is None


def test_a_date_inside_a_sentence_is_not_a_dateline():
    text = "The ministry said that on 12 June 2016 a bridge was destroyed by militants near the river."
    assert reference(_doc(text)).day is None


def test_copyright_year_is_year_precision_only():
    ref = reference(_doc("Rebels seized a town last week.", copyright_year=2019))
    assert (ref.value, ref.source, ref.year_only, ref.day) == ("2019", "copyright", True, date(2019, 7, 1))


def test_no_reference_at_all():
    ref = reference(_doc("Rebels seized a town last week."))
    assert (ref.value, ref.source) == (None, None)


def test_analysis_records_the_reference(analyse):
    a = analyse("Rebels seized a town last week.", published="2020-02-03")
    assert (a.reference_date, a.reference_source) == ("2020-02-03", "published")
