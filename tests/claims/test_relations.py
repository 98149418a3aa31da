"""Relations from events and from statements: polarity, PLOVER type, contested."""

from __future__ import annotations

from warscope.claims import relations

TEXT = (
    "Norland has accused Vesmark of supplying weapons to the Red Dawn Front, an allegation that Vesmark denies. "
    "The Red Dawn Front, assisted by Vesmark, captured the town. "
    "Norland allied with the Coastal Union last year. "
    "Vesmark opened negotiations with the Red Dawn Front in May. "
    "Talia hosted a Red Dawn Front delegation. "
    "The army was relying on the Coastal Union to guard the port. "
    "Norland did not attack Talia."
)


def _relations(build, text=TEXT):
    b = build(text)
    b.actor("nor", "Norland", "government", "Norland")
    b.actor("ves", "Vesmark", "government", "Vesmark")
    b.actor("rdf", "Red Dawn Front", "rebel_group", "Red Dawn Front")
    b.actor("cu", "Coastal Union", "organization", "Coastal Union")
    b.actor("tal", "Talia", "government", "Talia")
    b.actor("army", "Army of Norland", "state_forces", "The army")
    return b


def _index(rels):
    return {(r.source, r.target, r.plover): r for r in rels}


def test_statement_relations(build):
    b = _relations(build)
    relations.annotate(b.analysis)
    rels = _index(b.analysis.relations)
    assert rels[("nor", "cu", "COOPERATE")].polarity == "cooperative"
    assert rels[("ves", "rdf", "CONSULT")].polarity == "cooperative"
    assert ("tal", "rdf", "CONSULT") in rels
    assert ("army", "cu", "COOPERATE") in rels
    assert rels[("nor", "ves", "ACCUSE")].polarity == "hostile"
    assert not any(r.source == "nor" and r.target == "tal" for r in b.analysis.relations)  # negated


def test_denied_allegation_is_contested(build):
    b = _relations(build)
    relations.annotate(b.analysis)
    aid = [r for r in b.analysis.relations if (r.source, r.target, r.plover) == ("ves", "rdf", "AID")]
    contested = {r.contested for r in aid}
    assert contested == {True, False}  # the denied supply, and the undisputed "assisted by"
    assert not _index(b.analysis.relations)[("nor", "ves", "ACCUSE")].contested


def test_event_relations(build):
    b = _relations(build, "Norland troops shelled Talia on Monday. Norland and Talia signed a truce on Friday.")
    b.event("shelled", event_type="Explosions/Remote violence", actor1="nor", actor2="tal")
    b.event("signed", event_type="Strategic developments", sub_event_type="Agreement", actor1="nor", actor2="tal")
    relations.annotate(b.analysis)
    rels = _index(b.analysis.relations)
    assert rels[("nor", "tal", "ASSAULT")].polarity == "hostile"
    assert rels[("nor", "tal", "AGREE")].polarity == "cooperative"


def test_disputed_event_relation_is_contested(build):
    from warscope.model import Claim

    b = _relations(build, "Norland troops shelled Talia on Monday. Norland denied it.")
    ev = b.event("shelled", event_type="Explosions/Remote violence", actor1="nor", actor2="tal")
    ev.claims.append(Claim(by="nor", by_text="Norland", stance="denies", about="occurrence", evidence=b.analysis.span(0, 7)))
    relations.annotate(b.analysis)
    (rel,) = b.analysis.relations
    assert rel.contested and rel.evidence[0].text == "shelled"


def test_one_relation_per_source_target_type_evidence(build):
    b = _relations(build)
    relations.annotate(b.analysis)
    relations.annotate(b.analysis)  # running twice adds nothing
    keys = [(r.source, r.target, r.plover, tuple((e.start, e.end) for e in r.evidence)) for r in b.analysis.relations]
    assert len(keys) == len(set(keys))
    for r in b.analysis.relations:
        for e in r.evidence:
            assert b.text[e.start : e.end] == e.text


def test_name_missed_by_the_actors_stage_resolves_by_its_text(build):
    from warscope.analysis import ActorMention

    text = "Vesmark denied the report. Later Norland accused Vesmark of arming the Red Dawn Front."
    b = _relations(build, text)
    # drop the second "Vesmark" mention, as a stage that mentions each name once might
    second = text.index("Vesmark", 10)
    b.analysis.mentions = [m for m in b.analysis.mentions if m.start != second]
    assert not any(isinstance(m, ActorMention) and m.start == second for m in b.analysis.mentions)
    relations.annotate(b.analysis)
    assert ("nor", "ves", "ACCUSE") in _index(b.analysis.relations)
    assert ("ves", "rdf", "AID") in _index(b.analysis.relations)
