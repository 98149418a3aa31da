"""One identity per real actor: every name form of a group resolves to one actor, parents stay distinct,
persons get their affiliation, and page furniture, scriptures, places and weapons are not actors.
All sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import mentioned

PUBLISHED = "2021-08-27"

ISIS_K_FORMS = [
    ("ISIS-K", "Officials blamed ISIS-K for the bombing at the gate."),
    ("Islamic State in Afghanistan", "Islamic State in Afghanistan said its fighters planted the bomb."),
    ("Afghan arm of Islamic State", "The Afghan arm of Islamic State has recruited in the east for years."),
    ("Islamic State\u2019s regional affiliate", "Islamic State\u2019s regional affiliate claimed the attack."),
    ("Islamic State's regional affiliate", "Islamic State's regional affiliate claimed the attack."),
    ("affiliate of Islamic State", "The blast was attributed to an affiliate of Islamic State."),
    ("Islamic State offshoot", "The Islamic State offshoot grew in Nangarhar after 2015."),
]


@pytest.mark.parametrize("form, text", ISIS_K_FORMS)
def test_every_isis_k_form_is_the_afghan_branch(run, form, text):
    a = run(text, focus="AF", published=PUBLISHED)
    assert form in mentioned(a, "islamic-state-khorasan")
    assert mentioned(a, "islamic-state") == []


ARTICLE = (
    "ISIS-K fighters attacked a Taliban checkpoint near Jalalabad on Sunday. "
    "Islamic State in Afghanistan has fought the Taliban since 2015, and the group calls itself a province "
    "of \u201cKhorasan,\u201d an old name for the region. Islamic State, its parent in Syria, praised the attack. "
    "The Afghan arm of Islamic State also fought al Qaeda, which backs the Taliban. "
    "Abu Omar Khorasani, a leader of ISIS-K, was held in a prison near Kabul. "
    "Marine Corps Gen. Frank McKenzie, commander of U.S. Central Command, said the U.S. military would keep "
    "watching the group. The U.S. has accused Russia of arming the Taliban. Russia denies it. "
    "China and Iran have also talked with the Taliban, and the Afghan government objected. "
    "Fighters of the Islamic Movement of Uzbekistan joined Islamic State's regional affiliate in 2015. "
    "An affiliate of Islamic State later beheaded a commander of the Islamic Movement of Uzbekistan. "
    "The U.S. dropped the Mother of All Bombs, the largest conventional bomb it had used, on the caves. "
    "Recruits were taught to recite the Quran and told who spoke for Islam. "
    "The Islamic State offshoot survived.\n\nTag Cloud\nFeatured Review\n"
)


@pytest.fixture(scope="module")
def article(run):
    return run(ARTICLE, focus="AF", published=PUBLISHED)


def test_one_actor_per_real_actor(article):
    ids = {a.id for a in article.actors}
    for expected in ("taliban", "islamic-state-khorasan", "islamic-state", "al-qaeda", "imu",
                     "government-russia", "government-china", "government-iran", "government-afghanistan"):
        assert expected in ids, expected
    assert {"government-united-states", "military-forces-united-states"} & ids
    # No second actor for a form of ISIS-K or the Taliban.
    names = [a.name.lower() for a in article.actors]
    assert sum("taliban" in n for n in names) == 1
    assert sum(n.startswith("islamic state") for n in names) == 2


def test_isis_k_absorbs_its_names_and_keeps_its_parent_apart(article):
    forms = set(mentioned(article, "islamic-state-khorasan"))
    assert {"ISIS-K", "Islamic State in Afghanistan", "Afghan arm of Islamic State",
            "Islamic State's regional affiliate", "affiliate of Islamic State", "Islamic State offshoot"} <= forms
    assert "Islamic State" in mentioned(article, "islamic-state")
    isis_k = next(a for a in article.actors if a.id == "islamic-state-khorasan")
    assert isis_k.affiliation == "islamic-state"


def test_persons_take_their_affiliation(article):
    people = {a.id: a for a in article.actors if a.kind == "person"}
    assert people["person-abu-omar-khorasani"].affiliation == "islamic-state-khorasan"
    assert people["person-frank-mckenzie"].affiliation == "military-forces-united-states"
    assert people["person-frank-mckenzie"].name == "Frank McKenzie"


def test_no_actor_for_places_scripture_weapons_or_page_furniture(article):
    names = {a.name.lower() for a in article.actors} | {x.lower() for a in article.actors for x in a.aliases}
    for bad in ("tag cloud", "featured review", "quran", "islam", "khorasan", "mother of all bombs"):
        assert bad not in names, bad
    assert not [a for a in article.actors if a.kind == "person" and a.name == "Khorasan"]


def test_countries_as_the_party_acted_upon_but_not_as_territory(run):
    a = run("The United States accused Iraq of hiding weapons.")
    assert mentioned(a, "government-iraq") == ["Iraq"]
    b = run("American troops invaded Afghanistan in 2001 and later seized Kabul.")
    assert [m for m in b.mentions if m.actor_id == "military-forces-united-states"]
    assert not [m for m in b.mentions if b.text[m.start:m.end] in {"Afghanistan", "Kabul"}]


def test_capitals_speak_for_their_state_only_as_subjects(run):
    a = run("Baghdad denied the report on Monday.")
    assert mentioned(a, "government-iraq") == ["Baghdad"]
    b = run("He lives in Baghdad with his family.")
    assert mentioned(b, "government-iraq") == []


def test_national_officials_and_forces(run):
    a = run("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.")
    assert mentioned(a, "government-hungary") == ["Hungarian"]
    assert mentioned(a, "government-romania") == ["Romanian officials"]
    b = run("Egyptian warships entered the gulf.")
    assert mentioned(b, "military-forces-egypt") == ["Egyptian warships"]


def test_country_subjects_of_other_verbs_but_not_of_sport(run):
    a = run("Israel and Lebanon renewed negotiations today.")
    assert mentioned(a, "government-israel") == ["Israel"]
    assert mentioned(a, "government-lebanon") == ["Lebanon"]
    b = run("Brazil beat Ireland 2-1 in the final.")
    assert not [m for m in b.mentions if m.actor_id.startswith("government-")]


def test_bare_islamic_state_is_the_local_branch_unless_a_branch_is_named(run):
    a = run("Islamic State militants attacked a checkpoint near the city.", focus="IQ")
    assert mentioned(a, "islamic-state-iraq") == ["Islamic State militants"]
    assert mentioned(a, "islamic-state") == []
    b = run("ISIS-K fighters attacked a checkpoint. Islamic State praised the attack.", focus="AF")
    assert mentioned(b, "islamic-state") == ["Islamic State"]
    c = run("Islamic State militants attacked a checkpoint near the city.", focus="KE")
    assert mentioned(c, "islamic-state") == ["Islamic State militants"]


def test_unrecognised_state_and_pro_government_militias_have_acled_identities(run):
    a = run("Military forces of Artsakh fired on the positions of the military forces of Azerbaijan.")
    assert mentioned(a, "military-forces-artsakh") == ["Military forces of Artsakh"]
    assert mentioned(a, "military-forces-azerbaijan") == ["military forces of Azerbaijan"]
    b = run("Taliban militants ambushed and killed two Arbakis in the district.", focus="AF")
    assert mentioned(b, "militia-pro-government") == ["Arbakis"]
    c = run("Separatists of the Donbass People's Militia fired mortars at the village.", focus="UA")
    assert mentioned(c, "naf") == ["Donbass People's Militia"]
