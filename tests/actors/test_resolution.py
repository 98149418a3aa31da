"""Resolution: alias index, fuzzy matching with country context, countries as agents, new actors."""

from __future__ import annotations

from conftest import mentioned

from warscope.actors import resolve
from warscope.actors.kb import load, norm_key


def test_fuzzy_matches_spelling_variants():
    kb = load()
    assert resolve._fuzzy(kb, norm_key("Tehreek-i-Taliban Pakistan"), None).id == "ttp"
    assert resolve._fuzzy(kb, norm_key("Jamaat Nusrat al-Islam wal-Muslimeen"), None).id == "jnim"
    assert resolve._fuzzy(kb, norm_key("Harakat al-Shabab al-Mujahidin"), "SO").id == "al-shabaab"
    assert resolve._fuzzy(kb, norm_key("Nairobi Chamber of Commerce"), "KE") is None


def test_country_context_breaks_ties():
    kb = load()
    # "SNA" is both the Somali National Army and the Syrian National Army.
    assert resolve._choose(kb, kb.alias_index["sna"], "SO").id == "military-forces-somalia"
    assert resolve._choose(kb, kb.alias_index["sna"], "SY").id == "syrian-national-army"


def test_affiliate_resolves_to_the_local_branch(run):
    text = "An affiliate of Islamic State said it carried out the bombing."
    # "it" refers back to the same affiliate.
    assert mentioned(run(text, focus="AF"), "islamic-state-khorasan") == ["affiliate of Islamic State", "it"]
    assert mentioned(run(text, focus="SO"), "islamic-state-somalia") == ["affiliate of Islamic State", "it"]
    assert mentioned(run(text, focus=None), "islamic-state")[0] == "affiliate of Islamic State"


def test_local_acronyms_need_their_country(run):
    text = "AA fighters clashed with the army near the river on Tuesday."
    assert mentioned(run(text, focus="MM"), "arakan-army") == ["AA"]
    assert mentioned(run(text, focus="KE"), "arakan-army") == []


def test_country_as_agent(run):
    a = run("Russia denies sending weapons to the rebels. The U.S. said the claim was false.")
    assert mentioned(a, "government-russia") == ["Russia"]
    assert mentioned(a, "government-united-states") == ["U.S."]
    b = run("The U.S.-backed government collapsed within weeks.", focus="AF")
    assert "U.S." in mentioned(b, "government-united-states")
    assert mentioned(b, "government-afghanistan") == ["government"]
    c = run("Warplanes from Turkey bombed the villages, and Turkey attacked again on Friday.")
    assert "Turkey" in mentioned(c, "military-forces-turkey")


def test_place_only_country_is_not_an_actor(run):
    a = run("The convoy drove from Kenya to the coast of Somalia.")
    assert not [m for m in a.mentions if m.actor_id.startswith("government-")]


def test_unknown_organisation_becomes_new_actor():
    assert resolve.infer_kind("Kivu Freedom Front") == "rebel_group"
    assert resolve.infer_kind("Borana Clan Militia") == "identity_militia"
    assert resolve.infer_kind("Jalisco Vigilante Militia") == "political_militia"
    assert resolve.infer_kind("Ministry of Interior") == "state_forces"
    assert resolve.infer_kind("Georgetown University") == "organization"


def test_new_org_ids_and_short_forms(run):
    a = run("The Daily Ledger reported the clash. The Ledger later corrected its figures.")
    orgs = [x for x in a.actors if x.id.startswith("org-")]
    assert orgs, [x.id for x in a.actors]
    ledger = next(x for x in orgs if "Ledger" in x.name)
    assert [m.how for m in a.mentions if m.actor_id == ledger.id] == ["name", "name", "pronoun"]


def test_status_follows_the_document_date(run):
    text = "The Taliban said the Afghan government had failed."
    early = run(text, focus="AF", published="2019-06-01")
    assert early.actor("taliban").kind == "rebel_group"
    assert early.actor("government-afghanistan").name == "Government of Afghanistan (2014-2021)"
    late = run(text, focus="AF", published="2023-06-01")
    assert late.actor("taliban").kind == "government"
    # Two years after the fall, "the Afghan government" is the Taliban's.
    assert "Afghan government" in mentioned(late, "taliban")
    # Days after the fall, news still means the fallen government by it.
    fresh = run(text, focus="AF", published="2021-08-27")
    assert mentioned(fresh, "government-afghanistan") == ["Afghan government"]


def test_whole_name_beats_the_part_found_first(run):
    # The ruler knows "Taliban"; the whole run is the Pakistani Taliban.
    a = run("Tehreek-i-Taliban Pakistan claimed the attack in Peshawar.")
    assert mentioned(a, "ttp") == ["Tehreek-i-Taliban Pakistan"]
    assert a.actor("taliban") is None


def test_misspelt_names_in_text_are_fuzzy_matched(run):
    a = run("Fighters from Hayat Tahrir al-Shaam shelled the town.", focus="SY")
    assert "Hayat Tahrir al-Shaam" in mentioned(a, "hts")
    b = run("The Jamaat Nusrat al-Islam wal-Muslimeen group claimed the ambush.", focus="ML")
    assert mentioned(b, "jnim") == ["Jamaat Nusrat al-Islam wal-Muslimeen"]


def test_sports_and_economy_countries_are_not_agents(run):
    a = run("France beat Ireland in the final. China grew faster than expected.")
    assert not [m for m in a.mentions if m.actor_id.startswith(("government-", "military-forces-"))]


def test_fuzzy_never_invents_state_forces(run):
    a = run("The band Toy Soldiers played in Lome.", focus="TG")
    assert a.actor("military-forces-togo") is None
