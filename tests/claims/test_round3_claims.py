"""Round three: a claim of responsibility supplies actor1 when the report names no perpetrator, the
toll a claimant gives is its claim on the attack (a competing figure), and the bundled sample reads
right end to end. Article sentences written for these tests."""

from __future__ import annotations

from importlib import resources

import pytest

from warscope.model import Document

ARTICLE = (
    "Bomb Hits Police Post\n\n"
    "A suicide bomber rammed a van packed with explosives into a police post in Kandor on Monday, "
    "killing at least 12 people, including five officers, officials said.\n\n"
    "The Red Brigade claimed responsibility in an online post, saying its men had killed 40 policemen. "
    "The interior ministry disputed that figure."
)


@pytest.fixture(scope="module")
def article(nlp):
    from warscope import pipeline

    return pipeline.analyse(Document(id="doc-r3", text=ARTICLE, published="2022-05-04"), nlp(ARTICLE))


def _attack(a):
    violent = [e for e in a.events if e.event_type == "Explosions/Remote violence"]
    assert len(violent) == 1, [(e.sub_event_type, e.date.start) for e in a.events]
    return violent[0]


def test_claimant_becomes_actor1_and_keeps_its_claim(article):
    ev = _attack(article)
    claimant = next(c.by for c in ev.claims if c.stance == "claims_responsibility")
    assert claimant is not None
    assert ev.actor1 == claimant
    assert claimant not in ev.assoc_actors
    assert article.actor(claimant).name.lower().endswith("red brigade")


def test_figure_inside_the_claim_is_a_competing_claim(article):
    ev = _attack(article)
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.fatalities is not None
    # the officials' 12 plus the suicide bomber (ACLED: attackers killed in a suicide attack count);
    # the claimant's 40 is the high end
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (13, 13, 40)
    by_claimant = [c for c in ev.claims if c.about == "fatalities" and (c.value or {}).get("killed") == 40]
    assert by_claimant and by_claimant[0].by == ev.actor1


def test_named_perpetrator_is_not_replaced_by_a_claimant(nlp):
    from warscope import pipeline

    text = ("Army soldiers shelled a market in Kandor on Monday, killing nine traders, witnesses said. "
            "The Red Brigade claimed responsibility for the shelling.")
    a = pipeline.analyse(Document(id="doc-r3b", text=text, published="2022-05-04"), nlp(text))
    violent = [e for e in a.events if e.event_type in {"Explosions/Remote violence", "Violence against civilians"}]
    assert violent
    ev = violent[0]
    assert ev.actor1 is not None
    assert "brigade" not in (a.actor(ev.actor1).name.lower())


def test_bundled_sample_breaking_event(nlp):
    from warscope import pipeline

    text = (resources.files("warscope") / "samples" / "sample-article.txt").read_text(encoding="utf-8")
    a = pipeline.analyse(Document(id="sample", text=text, published="2024-03-15"), nlp(text))
    lead = text.index("A suicide bomber")
    (ev,) = [e for e in a.events if any(s.start <= lead < s.end for s in e.evidence)]
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert ev.date.start == "2024-03-14"
    assert ev.location is not None and ev.location.name == "Beledweyne"
    assert a.actor(ev.actor1).name == "Al Shabaab"
    assert ev.fatalities is not None and ev.fatalities.best == 27 and ev.fatalities.high > 27
    stances = {c.stance for c in ev.claims}
    assert {"claims_responsibility", "disputes"} <= stances
    # the dek's "the attack" and the claimant's own toll are this event, not events of their own
    dek = text.index("Al Shabaab claimed the attack")
    assert any(s.start <= dek < s.end for s in ev.evidence)
    assert not [e for e in a.events if e.date.start == "2023" and e.event_type == "Violence against civilians"]
    assert not [e for e in a.events if e.fatalities is not None and e.fatalities.best == 61]
