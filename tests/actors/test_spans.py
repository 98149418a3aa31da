"""Every mention is a valid span, actors and mentions agree; and the motivating article."""

from __future__ import annotations

import pytest
from conftest import SHARED, mentioned

TEXT = (
    "Gunmen linked to ISIS-K attacked a checkpoint in Jalalabad on Sunday, killing three Afghan soldiers "
    "and two civilians. Afghan forces said they killed the attackers. The Taliban condemned the raid, "
    "and Gen. Rahim Zadran, a commander of the Taliban, said his men would respond. Daesh claimed it."
)


def _check(a):
    ids = {x.id for x in a.actors}
    assert len(ids) == len(a.actors)
    last_end = -1
    for m in sorted(a.mentions, key=lambda m: m.start):
        assert m.actor_id in ids
        assert 0 <= m.start < m.end <= len(a.text)
        assert a.text[m.start : m.end].strip() == a.text[m.start : m.end]
        assert m.start >= last_end  # no overlaps
        last_end = m.end
        assert m.how in {"name", "description", "pronoun"}
    parents = {x.affiliation for x in a.actors}
    for actor in a.actors:
        # Only a parent named by an affiliation may appear without being mentioned.
        assert actor.mentions or actor.id in parents
        assert actor.affiliation is None or actor.affiliation in ids
        for s in actor.mentions:
            assert a.text[s.start : s.end] == s.text
    n_spans = sum(len(x.mentions) for x in a.actors)
    assert n_spans == len(a.mentions)


def test_spans_slice_the_text(run):
    a = run(TEXT, focus="AF", published="2020-03-01")
    _check(a)
    assert mentioned(a, "islamic-state-khorasan")[0] == "ISIS-K"
    assert mentioned(a, "islamic-state") == ["Daesh"]
    assert a.actor("person-rahim-zadran").affiliation == "taliban"


def test_hidden_war_actors(run):
    path = SHARED / "corpus" / "hidden-war.txt"
    if not path.exists():
        pytest.skip("development data not available: ../shared/corpus/hidden-war.txt")
    from warscope.ingest import document_from_bytes

    text = document_from_bytes(path.read_bytes(), published="2021-08-27").text
    a = run(text, published="2021-08-27")
    _check(a)
    ids = {x.id for x in a.actors}
    for needed in ("taliban", "islamic-state-khorasan", "islamic-state", "al-qaeda",
                   "military-forces-united-states", "government-united-states", "government-afghanistan",
                   "military-forces-afghanistan", "person-abu-omar-khorasani"):
        assert needed in ids, needed
    assert a.actor("islamic-state-khorasan").affiliation == "islamic-state"
    khorasani = a.actor("person-abu-omar-khorasani")
    assert khorasani.kind == "person" and khorasani.affiliation == "islamic-state-khorasan"
    assert "Mr. Khorasani" in khorasani.aliases
    assert "Daesh" in mentioned(a, "islamic-state")
    assert "ISIS-K" in mentioned(a, "islamic-state-khorasan")
