"""Coder remarks come out of ACLED notes; the reporting stays. All notes here are invented."""

from warscope.eval.notes import clean_notes


def test_size_tag_is_removed():
    c = clean_notes("On 3 June 2021, nurses marched in Lakeview to demand back pay. [size=around 60]")
    assert c.text == "On 3 June 2021, nurses marched in Lakeview to demand back pay."
    assert c.removed == ["size"]


def test_fatality_remark_sentence_is_removed():
    note = ("On 4 June 2021, gunmen ambushed a patrol near Redfield, killing 2 guards. "
            "Fatalities coded as 0 (Radio Z reported 2).")
    c = clean_notes(note)
    assert c.text == "On 4 June 2021, gunmen ambushed a patrol near Redfield, killing 2 guards."
    assert "sentence" in c.removed


def test_bracketed_location_remark_is_removed_but_the_place_kept():
    c = clean_notes("On 5 June, raiders burned a school in Oldtown (coded as Newtown at geoprecision 2).")
    assert c.text == "On 5 June, raiders burned a school in Oldtown."
    assert c.removed == ["bracket"]


def test_coded_separately_aside_and_split_sentence():
    note = ("On 6 June, soldiers clashed with militants in Hilltop (coded separately). "
            "Fatalities split across 3 events.")
    c = clean_notes(note)
    assert c.text == "On 6 June, soldiers clashed with militants in Hilltop."


def test_trailing_clause_goes_and_the_report_stays():
    c = clean_notes("On 7 June, militants killed five people in Alpha and Beta, fatalities split between events.")
    assert c.text == "On 7 June, militants killed five people in Alpha and Beta."


def test_appositive_coded_as_clause():
    c = clean_notes("On 8 June, rebel forces, coded as Northern Front by default, seized the Gamma bridge.")
    assert c.text == "On 8 June, rebel forces, seized the Gamma bridge."
    assert c.removed == ["clause"]


def test_clean_note_is_untouched_and_decimals_survive():
    note = "On 9 June, a 14.5mm gun was fired at a post in Delta. No casualties were reported."
    c = clean_notes(note)
    assert c.text == note
    assert not c.changed


def test_ordinary_use_of_split_is_kept():
    note = "On 10 June, protesters split into two groups and marched in Epsilon."
    assert clean_notes(note).text == note


def test_cut_off_size_tag_and_open_remark_bracket():
    assert clean_notes("Drivers blocked the ring road in Zeta. [size=no report}").text == (
        "Drivers blocked the ring road in Zeta.")
    assert clean_notes("Teachers marched in Eta.[size=").text == "Teachers marched in Eta."
    c = clean_notes("Riots broke out in Theta. *[3 killed - 1 recorded here, others coded in Iota")
    assert c.text == "Riots broke out in Theta."
    assert "bracket" in c.removed


def test_ordinary_brackets_stay():
    note = "On 11 June, police detained two members of the Kappa Party (KP) in Lambda (Lambda, Mu)."
    assert clean_notes(note).text == note


def test_leading_coder_label_is_removed():
    c = clean_notes("Movement of forces: On 3 June 2021, an army convoy moved into the border town.")
    assert c.text == "On 3 June 2021, an army convoy moved into the border town."
    assert "label" in c.removed
    c = clean_notes("Property destruction: Unknown men burned a school in the village.")
    assert c.text == "Unknown men burned a school in the village."


def test_a_colon_that_is_no_coder_label_stays():
    text = "Kisumu: residents marched against the closure of the market."
    assert clean_notes(text).text == text
    assert clean_notes("On 3 May: police arrested two men.").text == "On 3 May: police arrested two men."
