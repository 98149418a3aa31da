"""Round two: every number form, the active "shot dead" and bare-victim forms, bodies found, deaths that
are not this event's, tolls linked to the right event, and the relations of regard, rivalry and elided aid.
All sentences are made up; events and actors are hand-made so earlier stages do not matter."""

from __future__ import annotations

import pytest

from warscope.claims import fatalities, relations


def _toll(build, text: str, trigger: str):
    b = build(text)
    ev = b.event(trigger)
    fatalities.annotate(b.analysis)
    return ev.fatalities


@pytest.mark.parametrize(
    "phrase,low,best,high",
    [
        ("14", 14, 14, 14),
        ("1,250", 1250, 1250, 1250),
        ("seven", 7, 7, 7),
        ("Seventeen", 17, 17, 17),
        ("forty-one", 41, 41, 41),
        ("two hundred and five", 205, 205, 205),
        ("a dozen", 12, 12, 12),
        ("dozens of", 12, 12, 12),
        ("tens of", 10, 10, 10),
        ("hundreds of", 100, 100, 100),
        ("at least 9", 9, 9, None),
        ("no fewer than 9", 9, 9, None),
        ("more than 40", 41, 41, None),
        ("over 40", 41, 41, None),
        ("in excess of 40", 41, 41, None),
        ("up to 30", None, 30, 30),
        ("as many as 30", None, 30, 30),
        ("nearly 30", None, 29, 29),
        ("fewer than 30", None, 29, 29),
        ("about 30", 30, 30, 30),
        ("an estimated 30", 30, 30, 30),
        ("between 6 and 11", 6, 6, 11),
        ("6 to 11", 6, 6, 11),
        ("6-11", 6, 6, 11),
        ("six or seven", 6, 6, 7),
    ],
)
def test_number_forms(build, phrase, low, best, high):
    fat = _toll(build, f"Raiders stormed the hamlet and {phrase} herders were killed.", "stormed")
    assert fat is not None, phrase
    assert (fat.low, fat.best, fat.high) == (low, best, high), phrase


@pytest.mark.parametrize(
    "text,trigger,best",
    [
        # active "shot dead", with a number, a possessive or a bare noun after it
        ("Rangers shot dead four poachers near the lake.", "shot", 4),
        ("A sergeant has shot dead his commander at the barracks.", "shot", 1),
        ("Troops shot dead suspected gang leader at a roadblock.", "shot", 1),
        # passive "shot dead" across a relative clause
        ("A trader who had sold fuel for years was shot dead by masked men.", "shot", 1),
        # any verb that ends "to death"
        ("Three farmers were clubbed to death in the orchard.", "clubbed", 3),
        # headline-style bare singular victims and named victims
        ("Bandits kill teacher on highway", "kill", 1),
        ("Masked men killed Ana Lopes outside her shop.", "killed", 1),
        ("The victim was beheaded and left by the road.", "beheaded", 1),
        # bodies found
        ("The bodies of five miners were found in a ditch.", "found", 5),
        ("Nine corpses were discovered near the dam.", "discovered", 9),
        # a family of N
        ("A shell hit the house and killed a family of four.", "hit", 4),
        # suicide by the shooter counts
        ("A guard shot dead a cook before turning the gun on himself.", "shot", 2),
        # a named victim and N others
        ("The raiders killed Colonel Ade Bako and six other officers of his unit.", "killed", 7),
    ],
)
def test_kill_forms(build, text, trigger, best):
    fat = _toll(build, text, trigger)
    assert fat is not None and fat.best == best, text


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Nurses marched to report the death of a colleague at the clinic.", "marched"),
        ("Riots were triggered by the death of a student in custody.", "Riots"),
        ("Inmates rioted, saying that 4 prisoners were dead due to cholera.", "rioted"),
        ("Gunmen killing villagers has become common in the district.", "killing"),
        ("Youths shot a driver near the depot.", "shot"),
    ],
)
def test_no_toll_for_this_event(build, text, trigger):
    b = build(text)
    ev = b.event(trigger, event_type="Protests" if "marched" in text else "Riots")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is None, text


def test_a_clause_before_a_list_is_not_a_victim(build):
    fat = _toll(build, "Two clans fought over the local chief, three people were killed.", "fought")
    assert fat.best == 3


def test_members_of_a_family_are_one_group(build):
    fat = _toll(build, "Gunmen raided a farm. Four members of his family were killed.", "raided")
    assert fat.best == 4


def test_toll_told_with_the_attack_goes_to_the_attack(build):
    b = build("Militants attacked the outpost at dawn, two guards killed and three others wounded.")
    b.actor("mil", "Militants", "rebel_group", "Militants")
    attack = b.event("attacked", event_type="Battles", actor1="mil")
    killed = b.event("killed", event_type="Battles")
    fatalities.annotate(b.analysis)
    assert attack.fatalities is not None and attack.fatalities.best == 2
    assert killed.fatalities is not None and killed.fatalities.best == 2  # the same incident, until merged


def test_participle_toll_goes_to_the_governing_attack(build):
    b = build("Rebels ambushed a convoy on the ridge, killing a driver and injuring four others.")
    ambush = b.event("ambushed", event_type="Battles")
    b.event("injuring", event_type="Battles")
    fatalities.annotate(b.analysis)
    assert ambush.fatalities is not None and ambush.fatalities.best == 1


def test_violent_event_preferred_for_a_toll(build):
    b = build("Police raided two warehouses and arrested 40 men. One death from the raids was reported.")
    raid = b.event("raided", event_type="Violence against civilians")
    arrest = b.event("arrested", event_type="Strategic developments")
    fatalities.annotate(b.analysis)
    assert raid.fatalities is not None and raid.fatalities.best == 1
    assert arrest.fatalities is None


def test_toll_before_any_event_goes_to_the_next_violent_event(build):
    b = build("Two men were shot dead on Friday night. A gunman fired on the bar from a car.")
    ev = b.event("fired", event_type="Violence against civilians")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is not None and ev.fatalities.best == 2


def test_unknown_stays_none_and_explicit_zero_is_zero(build):
    assert _toll(build, "Gunmen attacked the depot at night.", "attacked") is None
    fat = _toll(build, "Gunmen attacked the depot at night. Nobody was hurt.", "attacked")
    assert fat is not None and fat.best == 0


# --- relations -------------------------------------------------------------------------------------


def _rel_build(build, text):
    b = build(text)
    b.actor("nor", "Norland", "government", "Norland")
    b.actor("ves", "Vesmark", "government", "Vesmark")
    b.actor("tal", "Talia", "government", "Talia")
    b.actor("rdf", "Red Dawn Front", "rebel_group", "Red Dawn Front")
    b.actor("gs", "Grey Sword", "rebel_group", "Grey Sword")
    relations.annotate(b.analysis)
    return {(r.source, r.target): r for r in b.analysis.relations}


def test_showdown_between_is_hostile(build):
    rels = _rel_build(build, "A showdown between the Red Dawn Front and the Grey Sword took place in May.")
    assert rels[("rdf", "gs")].polarity == "hostile"


def test_talks_between_are_cooperative(build):
    rels = _rel_build(build, "Talks between Norland and the Red Dawn Front resumed in June.")
    assert rels[("nor", "rdf")].polarity == "cooperative"


def test_regard_good_and_bad(build):
    rels = _rel_build(
        build,
        "Norland, Vesmark and Talia say they see the Red Dawn Front as a mainstay of order. "
        "The Red Dawn Front, which views the Grey Sword as a threat, closed the pass.",
    )
    for state in ("nor", "ves", "tal"):
        assert rels[(state, "rdf")].polarity == "cooperative", state
    assert rels[("rdf", "gs")].polarity == "hostile"


def test_also_provided_arms_reuses_the_recipient(build):
    rels = _rel_build(
        build,
        "Norland has accused Vesmark of providing arms to the Red Dawn Front, an allegation that Vesmark denies. "
        "Talia also has provided arms, according to Norland.",
    )
    assert rels[("ves", "rdf")].contested
    assert rels[("tal", "rdf")].polarity == "cooperative" and rels[("tal", "rdf")].plover == "AID"
    assert not rels[("tal", "rdf")].contested


def test_also_killed_adds_to_the_attack_before(build):
    b = build("Gunmen attacked a checkpoint and 4 policemen were killed. 2 gunmen were also killed.")
    attack = b.event("attacked", event_type="Battles")
    also = b.event("killed", 1, event_type="Battles")
    fatalities.annotate(b.analysis)
    assert attack.fatalities is not None and attack.fatalities.best == 6
    assert also.fatalities is not None and also.fatalities.best == 2


@pytest.mark.parametrize(
    "text,trigger,best",
    [
        ("Villagers kill thief suspected of killing a herder", "kill", 1),
        ("Police arrested a man for killing two herders.", "arrested", None),
    ],
)
def test_an_alleged_earlier_killing_is_not_this_toll(build, text, trigger, best):
    fat = _toll(build, text, trigger)
    assert (fat.best if fat is not None else None) == best


# --- stances ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,stance,about,by,value",
    [
        ("Police said 12 people were killed.", "asserts", "fatalities", "pol", 12),
        ("According to police, 12 people were killed.", "asserts", "fatalities", "pol", 12),
        ("12 people were killed, police said.", "asserts", "fatalities", "pol", 12),
        ("The Ashen Hand took responsibility for the bombing.", "claims_responsibility", "actor1", "ah", "ah"),
        ("The Ashen Hand claimed credit for the blast.", "claims_responsibility", "actor1", "ah", "ah"),
        ("The Ashen Hand claimed the attack in a statement.", "claims_responsibility", "actor1", "ah", "ah"),
        ("Police attributed the blast to the Ashen Hand.", "attributes", "actor1", "pol", "ah"),
        ("Police linked the Ashen Hand to the attack.", "attributes", "actor1", "pol", "ah"),
        ("The Ashen Hand rejected the toll given by police.", "disputes", "fatalities", "ah", None),
        ("The Ashen Hand dismissed the figure as exaggerated.", "disputes", "fatalities", "ah", None),
        ("The Ashen Hand denied involvement in the blast.", "denies", "actor1", "ah", "ah"),
    ],
)
def test_stance_forms_round_two(build, sentence, stance, about, by, value):
    from warscope.claims import annotate

    b = build("A bomb exploded at the station. " + sentence)
    b.actor("ah", "Ashen Hand", "rebel_group", "Ashen Hand")
    b.actor("pol", "Police", "state_forces", "Police", "police")
    ev = b.event("exploded")
    annotate(b.analysis)
    found = [c for c in ev.claims if c.stance == stance and c.about == about]
    assert found, [(c.stance, c.about) for c in ev.claims]
    claim = found[0]
    assert claim.by == by
    got = claim.value.get("killed") if isinstance(claim.value, dict) else claim.value
    assert got == value


@pytest.mark.parametrize(
    "sentence",
    ["No group has taken responsibility for the blast.", "The Ashen Hand has not taken responsibility."],
)
def test_no_responsibility_taken(build, sentence):
    from warscope.claims import annotate

    b = build("A bomb exploded at the station. " + sentence)
    b.actor("ah", "Ashen Hand", "rebel_group", "Ashen Hand")
    ev = b.event("exploded")
    annotate(b.analysis)
    assert not [c for c in ev.claims if c.stance == "claims_responsibility"]


@pytest.mark.parametrize(
    "text,trigger,best,low,high",
    [
        ("Farmer killed in his field by raiders.", "killed", 1, 1, 1),
        ("Gunmen raided the mine. 14 reported to have been killed.", "raided", 14, 14, 14),
        ("Two traders were abducted and later killed.", "abducted", 2, 2, 2),
        ("Gunmen raided the mine. Reports on fatalities range from 3 to 6.", "raided", 3, 3, 6),
    ],
)
def test_headline_report_and_range_forms(build, text, trigger, best, low, high):
    fat = _toll(build, text, trigger)
    assert fat is not None and (fat.best, fat.low, fat.high) == (best, low, high), text



def test_a_pronoun_victim_is_not_another_group(build):
    """'he was shot dead' and 'killed Mr. Bako and two other officers' tell of one victim, not of two."""
    text = ("Hours before he was shot dead by the rebels, Ade Bako called his wife. "
            "The rebels also killed Mr. Bako and two other officers.")
    b = build(text)
    ev = b.event("shot", event_type="Violence against civilians", sub_event_type="Attack")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is not None and ev.fatalities.best == 3
