"""The motivating article through the events stage alone (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def hidden_war(run_events):
    path = SHARED / "corpus" / "hidden-war.txt"
    if not path.exists():
        pytest.skip("development data not available: ../shared/corpus/hidden-war.txt")
    return run_events(path.read_text(encoding="utf-8"))


def _events_with(analysis, word):
    return [e for e in analysis.events if any(word in s.text for s in e.evidence)]


def test_airport_bombing_is_one_explosion_event(hidden_war):
    explosions = [e for e in _events_with(hidden_war, "airport")
                  if e.event_type == "Explosions/Remote violence"]
    assert len(explosions) == 1
    assert len(explosions[0].evidence) >= 3


def test_non_events_are_not_triggers(hidden_war):
    for ev in hidden_war.events:
        sentence = hidden_war.sentences[ev._sentence].text
        assert "could receive" not in sentence
        assert "sworn to rid" not in sentence
        assert ev._trigger.text != "battle" or "specter" not in sentence


def test_expected_events_are_found(hidden_war):
    subs = {(e.sub_event_type, s.text) for e in hidden_war.events for s in e.evidence}
    assert any(sub == "Non-state actor overtakes territory" and "seized Kabul" in t for sub, t in subs)
    assert any(sub == "Arrests" and "arrested" in t for sub, t in subs)
    assert any(sub == "Agreement" and "Doha" in t for sub, t in subs)
    assert any(sub == "Air/drone strike" and "cave complex" in t for sub, t in subs)
    assert any(sub == "Suicide bomb" and "Jalalabad" in t for sub, t in subs)
    assert any(sub == "Remote explosive/landmine/IED" and "Ghazni" in t for sub, t in subs)


def test_events_are_ordered_and_numbered(hidden_war):
    starts = [min(s.start for s in e.evidence) for e in hidden_war.events]
    assert starts == sorted(starts)
    assert [e.id for e in hidden_war.events] == [f"ev-{i}" for i in range(1, len(starts) + 1)]
