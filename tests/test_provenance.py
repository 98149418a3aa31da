"""Every span in every output slices document.text exactly, and every output meets the contract."""

import jsonschema
import pytest

from warscope.model import iter_spans, json_schema


def _check(extraction):
    data = extraction.to_dict()
    jsonschema.validate(data, json_schema())
    text = data["document"]["text"]
    spans = list(iter_spans(data))
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"], span
    for quote in data["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    return data, spans


def test_sample_spans_slice_the_text(sample_extraction):
    data, spans = _check(sample_extraction)
    assert data["events"], "the sample article has events"
    assert all(ev["evidence"] for ev in data["events"]), "every event has evidence"
    assert len(spans) > 20


def test_hidden_war_spans_slice_the_text(hidden_war_extraction):
    data, spans = _check(hidden_war_extraction)
    assert len(spans) > 20


def test_ids_are_consistent(sample_extraction):
    data = sample_extraction.to_dict()
    actor_ids = {a["id"] for a in data["actors"]}
    assert len(actor_ids) == len(data["actors"])
    for ev in data["events"]:
        for ref in [ev["actor1"], ev["actor2"], *ev["assoc_actors"], *(c["by"] for c in ev["claims"])]:
            assert ref is None or ref in actor_ids
    for rel in data["relations"]:
        assert rel["source"] in actor_ids and rel["target"] in actor_ids
    for a in data["actors"]:
        assert a["affiliation"] is None or a["affiliation"] in actor_ids
