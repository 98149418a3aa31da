"""The shipped sub-event classifier: loads offline, answers in codebook labels, only refines."""

from __future__ import annotations

import pytest

from warscope.events import model
from warscope.events.lexicon import EVENT_TYPE_OF, MODEL_CHOICES


def test_artefact_loads_and_speaks_codebook_labels():
    if not model.available():
        pytest.skip("event_model.npz not built (scripts/train_event_model.py train)")
    probs = model.probabilities("Police fired tear gas and arrested protesters who blocked the road.")
    assert set(probs) <= set(EVENT_TYPE_OF)
    assert abs(sum(probs.values()) - 1.0) < 1e-3
    assert max(probs, key=probs.get) in EVENT_TYPE_OF


def test_refine_stays_within_what_the_trigger_allows():
    if not model.available():
        pytest.skip("event_model.npz not built")
    text = "Protesters gathered in front of parliament and police dispersed them with tear gas."
    refined = model.refine(text, "explode", "Remote explosive/landmine/IED", specific=False)
    assert refined is None or refined[0] in MODEL_CHOICES["explode"]
    assert model.refine(text, "sign", "Agreement", specific=False) is None  # no choices for this kind


def test_rules_alone_when_the_artefact_is_missing(run_events, monkeypatch):
    monkeypatch.setattr(model, "_load", lambda: None)
    events = run_events("A roadside bomb exploded near a police convoy in Helmand.").events
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
