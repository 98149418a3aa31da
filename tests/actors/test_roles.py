"""Actors implied by what people do (warscope.actors.roles): crowds, victims, bare agents, communities."""

from __future__ import annotations

from conftest import mentioned


def _ids(analysis) -> set[str]:
    return {m.actor_id for m in analysis.mentions}


def test_workers_who_protest_are_protesters(run):
    a = run("Hotel and bar attendants protest for higher wages in the town.", focus="KE")
    assert mentioned(a, "protesters-kenya") == ["bar attendants"]


def test_protest_without_a_crowd_noun_is_anchored_on_the_protest(run):
    a = run("Protests against the sale of the market land.", focus="UG")
    assert mentioned(a, "protesters-uganda") == ["Protests"]


def test_residents_who_protest_are_not_left_as_civilians(run):
    a = run("Residents of the estate protested over the water shortage on Monday.", focus="KE")
    assert "protesters-kenya" in _ids(a)
    assert "civilians-kenya" not in _ids(a)


def test_a_violent_crowd_makes_rioters(run):
    a = run("Traders marched to the county offices. They threw stones at the police.", focus="KE")
    assert "rioters-kenya" in _ids(a)
    assert "protesters-kenya" not in _ids(a)
    assert mentioned(a, "police-forces-kenya") == ["police"]


def test_lynching_mob_and_its_victim(run):
    a = run("A 40-year-old man was lynched by a mob after a quarrel at the market.", focus="KE")
    assert mentioned(a, "rioters-kenya") == ["mob"]
    assert "year-old man" in " ".join(mentioned(a, "civilians-kenya"))


def test_two_groups_clashing_are_rioters_but_not_beside_soldiers(run):
    a = run("Two groups of farm workers clashed over water, and three people were hurt.", focus="IN")
    assert "rioters-india" in _ids(a)
    b = run("Soldiers clashed with the rebels near the border crossing.", focus="IN")
    assert "rioters-india" not in _ids(b)


def test_numbers_killed_and_property_attacked_are_civilians(run):
    a = run("5 killed during a night raid by armed bandits.", focus="KE")
    assert mentioned(a, "civilians-kenya") == ["5"]
    # The small parser may leave "armed" out of the phrase; the bandits are what matters.
    assert [m for m in mentioned(a, "unidentified-armed-group-kenya") if m.endswith("bandits")]
    b = run("On Tuesday, militants torched the school in the village.", focus="BF")
    assert mentioned(b, "civilians-burkina-faso") == ["school"]
    c = run("Suspected rebels attacked the police station at night.", focus="BF")
    assert "civilians-burkina-faso" not in _ids(c)


def test_member_of_a_named_party_is_a_civilian_victim(run):
    a = run("Intelligence agents attacked and injured a FDR member in the commune.", focus="BI")
    assert mentioned(a, "civilians-burundi") == ["member"]


def test_bare_words_for_state_agents(run):
    a = run("Military shot dead a driver who refused to stop.", focus="KE")
    assert mentioned(a, "military-forces-kenya") == ["Military"]
    assert mentioned(a, "civilians-kenya") == ["driver"]
    b = run("Police battle cattle raiders in the north.", focus="KE")
    assert mentioned(b, "police-forces-kenya") == ["Police"]
    raiders = mentioned(b, "unidentified-armed-group-kenya")
    assert len(raiders) == 1 and raiders[0].endswith("cattle raiders") and "Police" not in raiders[0]
    c = run("Two officers were killed in the violence.", focus="KE")
    assert mentioned(c, "police-forces-kenya") == ["officers"]
    d = run("Prison guards beat inmates during a search.", focus="KE")
    # ACLED files prison guards as a sub-unit of the police ("Police Forces of Kenya (2013-) Prison Guards").
    assert mentioned(d, "police-forces-kenya-prison-guards") == ["Prison guards"]


def test_gangs_and_unknown_parties_are_unidentified_armed_groups(run):
    a = run("A gang attacked the shop late on Friday.", focus="BR")
    assert mentioned(a, "unidentified-armed-group-brazil") == ["gang"]
    b = run("Shells fired by an unknown party fell on the town.", focus="LY")
    assert mentioned(b, "unidentified-armed-group-libya") == ["an unknown party"]


def test_community_militias_each_get_an_identity(run):
    a = run("Garre and Murule ethnic militias clash over pasture.", focus="KE")
    assert mentioned(a, "garre-ethnic-militia-kenya") == ["Garre"]
    assert mentioned(a, "murule-ethnic-militia-kenya") == ["Murule ethnic militias"]
    b = run("Members of the Arjuran and Degodia clans fought at the boundary.", focus="KE")
    assert {"arjuran-ethnic-militia-kenya", "degodia-ethnic-militia-kenya"} <= _ids(b)


def test_a_country_or_known_group_before_militia_is_not_a_community(run):
    a = run("Kenyan militia and Al Shabaab militia fought near the town.", focus="KE")
    assert not [i for i in _ids(a) if i.endswith("ethnic-militia-kenya")]
    assert "al-shabaab" in _ids(a)


def test_militias_from_named_communities_and_clashing_communities(run):
    # "Militias from <place>": ACLED mostly names these after the place ("Umumbo Communal Militia").
    a = run("Militias from Mbaivur and Mbasombo clashed over farmland on Sunday.", focus="NG")
    assert {"mbaivur-communal-militia-nigeria", "mbasombo-communal-militia-nigeria"} <= _ids(a)
    e = run("The Mbaivur militia clashed with farmers over farmland on Sunday.", focus="NG")
    assert "mbaivur-ethnic-militia-nigeria" in _ids(e)
    b = run("Members of the Lobi and Dogosse communities clashed over a well.", focus="BF")
    assert {"lobi-ethnic-militia-burkina-faso", "dogosse-ethnic-militia-burkina-faso"} <= _ids(b)
    # Communities in a sentence about something else are not armed sides.
    c = run("Leaders of the Lobi and Dogosse communities met the governor.", focus="BF")
    assert not [i for i in _ids(c) if "ethnic-militia" in i]


def test_unnamed_islamist_fighters_and_short_is(run):
    a = run("Islamist militants attacked the village at dawn.", focus="MZ")
    assert mentioned(a, "islamist-militia-mozambique") == ["Islamist militants"]
    b = run("Jihadists on motorbikes attacked a police station.", focus="ML")
    assert mentioned(b, "islamist-militia-mali") == ["Jihadists"]
    c = run("IS fighters fired a rocket at the checkpoint.", focus="SY")
    assert mentioned(c, "islamic-state-syria") == ["IS fighters"]
    # "IS" as an ordinary capitalised word is nothing.
    d = run("THE ROAD IS CLOSED after the flood.", focus="SY")
    assert not [m for m in d.mentions if m.actor_id.startswith("islamic-state")]


def test_community_raiders_at_the_start_of_a_sentence(run):
    # Sentence-initial capitals are often tagged as common nouns; the community is still named.
    a = run("3 June. Samburu raiders drove off cattle from a village near the river.", focus="KE")
    assert "samburu-ethnic-militia-kenya" in _ids(a)
    # An ordinary word at the start is not a community.
    b = run("Suspected raiders drove off cattle from a village near the river.", focus="KE")
    assert not [i for i in _ids(b) if "ethnic-militia" in i]


def test_communal_militias_named_in_the_text(run):
    a = run("A communal militia from Gwer attacked herders near the market.", focus="NG")
    assert "gwer-communal-militia-nigeria" in _ids(a)


def test_hired_guards_are_private_security_forces(run):
    a = run("Robbers shot a security guard outside the bank on Tuesday.", focus="KE")
    assert mentioned(a, "private-security-forces-kenya") == ["security guard"]
    actor = next(x for x in a.actors if x.id == "private-security-forces-kenya")
    assert actor.name == "Private Security Forces (Kenya)"


def test_prison_guards_sub_unit_names_its_police(run):
    a = run("Warders fired shots to stop inmates escaping on Friday.", focus="BF", published="2019-06-01")
    guards = next(x for x in a.actors if x.id.endswith("-prison-guards"))
    assert guards.name.startswith("Police Forces of Burkina Faso") and guards.name.endswith(" Prison Guards")
    assert guards.affiliation and a.actor(guards.affiliation) is not None


def test_foreign_raiders_are_that_peoples_unnamed_ethnic_militia(run):
    a = run("Ugandan raiders drove off 200 goats from a village near the border.", focus="KE")
    assert mentioned(a, "unidentified-ethnic-militia-uganda") == ["Ugandan raiders"]
    # Bandits and gunmen stay an unidentified armed group of their country.
    b = run("Ugandan gunmen shot two herders near the border.", focus="KE")
    assert mentioned(b, "unidentified-armed-group-uganda") == ["Ugandan gunmen"]


def test_sahel_branch_of_islamic_state_in_burkina_faso(run):
    a = run("Islamic State militants attacked a gendarmerie post on Sunday.", focus="BF", published="2020-05-04")
    names = {x.name for x in a.actors}
    assert "Islamic State (Greater Sahara)" in names
    b = run("Islamic State militants attacked a gendarmerie post on Sunday.", focus="BF", published="2023-05-04")
    assert "Islamic State (Sahel)" in {x.name for x in b.actors}


def test_popular_mobilization_forces_are_a_unit_of_iraqs_military(run):
    a = run("Hashd al-Shaabi fighters repelled an attack on their base.", focus="IQ", published="2020-05-04")
    pmf = next(x for x in a.actors if x.id == "pmf")
    assert pmf.name == "Military Forces of Iraq (2018-2022) Popular Mobilization Forces"
    assert pmf.kind == "state_forces"


def test_protesters_who_throw_missiles_and_ransack_are_rioters(run):
    a = run("Protesters against the new levy threw missiles at the county offices and ransacked shops.", focus="KE")
    assert "rioters-kenya" in _ids(a)
    assert "protesters-kenya" not in _ids(a)


def test_property_burnt_in_protest_is_a_riot_but_not_any_burning(run):
    a = run("Party offices were burnt in protest of the nominations.", focus="KE")
    assert "rioters-kenya" in _ids(a)
    b = run("Houses were burnt in the village, and residents later held a protest.", focus="KE")
    assert "rioters-kenya" not in _ids(b)
    assert "protesters-kenya" in _ids(b)


def test_workers_who_take_to_the_street_are_protesters(run):
    a = run("Nurses walked down to the street to ask for higher pay.", focus="BF")
    assert mentioned(a, "protesters-burkina-faso") == ["Nurses"]


def test_sub_units_as_acled_names_them(run):
    a = run("Gendarmes repelled an attack on their post on Sunday.", focus="BF", published="2019-05-05")
    unit = next(x for x in a.actors if x.id.endswith("-gendarmerie"))
    assert unit.name.startswith("Police Forces of Burkina Faso (") and unit.name.endswith(") Gendarmerie")
    assert mentioned(a, unit.id)[0] == "Gendarmes"
    b = run("A teenager was killed by the Military Police in the favela.", focus="BR", published="2020-04-29")
    unit = next(x for x in b.actors if x.id.endswith("-military-police"))
    assert unit.name.startswith("Military Forces of Brazil (") and unit.name.endswith(") Military Police")
    assert mentioned(b, unit.id) == ["Military Police"]
    # The same words in another country's report are that country's ordinary forces.
    c = run("Gendarmes repelled an attack on their post on Sunday.", focus="ML", published="2019-05-05")
    assert not [x for x in c.actors if x.id.endswith("-gendarmerie")]
