"""The PLOVER source/target scorer (warscope.eval.plover), on a small file written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warscope.eval import plover

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GOLD = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "notes"},
    {"id": "T-1", "event": "THREATEN", "text": "Kenya warned Uganda over the border dispute on Monday.",
     "source": [{"actorText": "Kenya"}], "target": [{"actorText": "Uganda"}]},
    {"id": "T-2", "event": "PROTEST", "text": "Teachers protested in the capital over unpaid wages.",
     "source": [{"actorText": "Teachers"}]},
]


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_reads_records_without_the_document_entry(gold_file):
    recs = plover.read_records(gold_file)
    assert [r["id"] for r in recs] == ["T-1", "T-2"]
    assert plover.gold_texts(recs[0], "target") == ["Uganda"]
    assert plover.gold_texts(recs[1], "target") == []


def test_not_a_plover_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(ValueError):
        plover.read_records(bad)


def test_stands_for_by_mention_overlap_or_name():
    text = "Kenya warned Uganda."
    kenya = {"name": "Government of Kenya", "aliases": [], "mentions": [{"start": 0, "end": 5, "text": "Kenya"}]}
    assert plover.stands_for(kenya, "Kenya", text)
    assert not plover.stands_for(kenya, "Uganda", text)
    uganda = {"name": "Uganda", "aliases": [], "mentions": []}
    assert plover.stands_for(uganda, "uganda", text)


def test_roles_from_main_event_or_any():
    ex = {"actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
          "events": [{"actor1": "a", "actor2": "b", "confidence": 0.9}, {"actor1": "c", "confidence": 0.5}],
          "relations": [{"source": "b", "target": "c"}]}
    src, tar = plover.predicted_roles(ex, "main")
    assert [x["id"] for x in src] == ["a"] and [x["id"] for x in tar] == ["b"]
    src, tar = plover.predicted_roles(ex, "any")
    assert [x["id"] for x in src] == ["a", "c", "b"] and [x["id"] for x in tar] == ["b", "c"]


def test_prf():
    assert plover._prf(1, 2, 4)["f1"] == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert plover._prf(0, 0, 3)["precision"] is None


def test_end_to_end_on_own_sentences(gold_file):
    result = plover.evaluate_plover(gold_file)
    assert result["meta"]["sentences"] == 2
    assert result["roles"]["main source"]["n_gold"] == 2
    # The actors stage recognises both countries and the teachers, whatever role the events stage gives.
    assert result["recognised"]["share"] == pytest.approx(1.0)
    assert "main source" in plover.format_plover(result)


def test_cli_is_registered(gold_file):
    from click.testing import CliRunner

    from warscope.eval.cli import eval_group

    out = CliRunner().invoke(eval_group, ["plover", str(gold_file)])
    assert out.exit_code == 0, out.output
    assert "recognised" in out.output


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/data/plover is absent")
def test_real_gold_sample():
    result = plover.evaluate_plover(GOLD, limit=20, seed=0)
    assert result["meta"]["sentences"] == 20
    assert result["recognised"]["share"] > 0.3
