"""The CLI end to end on invented files: real pipeline, output shapes, docs sections, errors."""

import csv
import json

import pytest
from click.testing import CliRunner

from warscope.cli import main
from warscope.eval.report import update_section

HEADER = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
          "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
          "notes", "fatalities", "timestamp"]
ROWS = [
    ["INV101", "14 February 2021", "1", "Battles", "Armed clash", "Military Forces of Nigeria (2015-)", "1",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "2", "Nigeria", "Borno", "Maiduguri",
     "11.8464", "13.1603", "1",
     "On 14 February 2021, soldiers repelled an attack by Boko Haram fighters near Maiduguri, Borno, "
     "killing 4 fighters. Fatalities coded as 4 (Radio Q reported 6).", "4", "1613692800"],
    ["INV102", "15 February 2021", "1", "Protests", "Peaceful protest", "Protesters (Nigeria)", "6", "", "0",
     "Nigeria", "Lagos", "Lagos", "6.4531", "3.3958", "1",
     "On 15 February 2021, market traders marched in Lagos to demand lower stall fees. [size=about 200]",
     "0", "1613692800"],
    ["INV103", "16 February 2021", "1", "Violence against civilians", "Attack", "Unidentified Armed Group "
     "(Nigeria)", "3", "Civilians (Nigeria)", "7", "Nigeria", "Kaduna", "Zaria", "11.0855", "7.7199", "1",
     "On 16 February 2021, gunmen shot dead two farmers in Zaria, Kaduna.", "2", "1613692800"],
]


@pytest.fixture()
def acled_csv(tmp_path):
    path = tmp_path / "invented.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(ROWS)
    return path


def test_eval_acled_end_to_end(acled_csv, tmp_path):
    out, md = tmp_path / "out.json", tmp_path / "acc.md"
    md.write_text("# Accuracy\n\nIntro stays.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "acled", str(acled_csv), "--split", "all", "--by", "country",
                                       "--json", str(out), "--markdown", str(md)])
    assert result.exit_code == 0, result.output
    assert "event_type" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["overall"]["n"] == 3
    assert data["meta"]["cleaned_rows"] == 2
    assert data["meta"]["cleaned_by_rule"] == {"sentence": 1, "size": 1}
    assert sorted(r["event_id"] for r in data["rows"]) == ["INV101", "INV102", "INV103"]
    gold = {r["event_id"]: r["gold"] for r in data["rows"]}
    assert gold["INV101"]["event_date"] == "2021-02-14" and gold["INV103"]["inter1"] == 3
    assert list(data["by"]["groups"]) == ["Nigeria"]
    ov = data["overall"]
    assert 0.0 <= ov["event_type"]["accuracy"] <= 1.0
    assert ov["event_type"]["per_class"]["Battles"]["support"] == 1
    for row in data["rows"]:  # every wrong field is one the row could be scored on
        assert set(row["wrong"]) <= set(data["overall"]["fields"])
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Accuracy\n\nIntro stays.")
    assert "warscope eval acled" in text and "--split all" in text and "<!-- warscope:acled:begin -->" in text


def test_eval_acled_bad_input_is_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "acled", str(bad)])
    assert result.exit_code == 2
    assert "missing columns" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["eval", "acled", str(tmp_path / "absent.csv")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_eval_case2021_end_to_end(tmp_path):
    tsv = tmp_path / "case.tsv"
    tsv.write_text("id\tEventSnippet\tSubType\n"
                   "1\tArmy units clashed with rebels outside Phi on Monday, leaving three dead.\tARMED_CLASH\n"
                   "2\tHeavy rain flooded farms along the Chi river.\tNATURAL_DISASTER\n", encoding="utf-8")
    out = tmp_path / "c.json"
    result = CliRunner().invoke(main, ["eval", "case2021", str(tsv), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sub_event_type"]["n"] == 2
    assert [r["gold"] for r in data["rows"]] == ["Armed clash", "no ACLED event"]


def test_missing_external_scorer_is_a_clear_error(monkeypatch, tmp_path):
    import importlib

    real = importlib.import_module

    def fake(name, *a, **k):
        if name == "warscope.eval.timeml":
            raise ImportError("No module named 'warscope.eval.timeml'")
        return real(name, *a, **k)

    monkeypatch.setattr(importlib, "import_module", fake)
    result = CliRunner().invoke(main, ["eval", "timeml", str(tmp_path)])
    assert result.exit_code == 2
    assert "not available" in result.output and "warscope.eval.timeml" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_update_section_replaces_only_its_block(tmp_path):
    doc = tmp_path / "d.md"
    update_section(doc, "one", "first body", heading="One")
    update_section(doc, "two", "second body", heading="Two")
    update_section(doc, "one", "new body")
    text = doc.read_text(encoding="utf-8")
    assert "first body" not in text and "new body" in text and "second body" in text
    assert text.count("<!-- warscope:one:begin -->") == 1 and text.count("## One") == 1
