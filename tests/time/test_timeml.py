"""The TimeML evaluation: reading .tml files and scoring detection and values."""

from __future__ import annotations

from pathlib import Path

import pytest

from warscope.eval.timeml import evaluate_timeml, format_timeml, read_tml

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-16" temporalFunction="false" functionInDocument="CREATION_TIME">20030516</TIMEX3></DCT>
<TEXT>
Rebels shelled the garrison <TIMEX3 tid="t1" type="DATE" value="2003-05-15">Thursday</TIMEX3> &amp; the
siege lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. The town had fallen in
<TIMEX3 tid="t3" type="DATE" value="2001">2001</TIMEX3> and was retaken
<TIMEX3 tid="t4" type="DATE" value="2002-W19">last week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(_TML, encoding="utf-8")
    d = read_tml(path)
    assert str(d.dct) == "2003-05-16"
    assert [d.text[g.start : g.end] for g in d.timexes] == ["Thursday", "three days", "2001", "last week"]
    assert "&" in d.text and "<" not in d.text


def test_evaluate_on_a_small_folder(tmp_path, nlp):
    (tmp_path / "doc.tml").write_text(_TML, encoding="utf-8")
    result = evaluate_timeml(str(tmp_path))
    assert result["gold"] == 4
    assert result["relaxed"]["recall"] == 1.0
    # "last week" from 2003-05-16 is 2003-W19, not the gold's (deliberately wrong) 2002-W19.
    assert result["value_accuracy"] == pytest.approx(0.75)
    text = format_timeml(result)
    assert "F1" in text and "value accuracy" in text


def test_timebank_sample_scores():
    folder = SHARED / "data" / "timeml"
    if not folder.exists():
        pytest.skip("development data not available: ../shared/data/timeml")
    result = evaluate_timeml(str(folder), limit=12)
    assert result["files"] == 12
    assert result["relaxed"]["f1"] >= 0.8
    assert result["value_accuracy"] >= 0.7
