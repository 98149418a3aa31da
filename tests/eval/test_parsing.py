"""Reading the gold files: ACLED CSV layouts, CASE 2021 TSV, MUC-4 JSON lines. All rows invented."""

import csv
import json

import pytest

from warscope.eval.acled import AcledFormatError, is_dev, parse_date, read_rows, select_rows
from warscope.eval.case2021 import NO_EVENT, CaseFormatError, gold_label, read_snippets
from warscope.eval.muc4 import match_entities, parse_dateline, read_muc, sentence_case, strings_match

OLD_HEADER = ["data_id", "iso", "event_id_cnty", "event_date", "year", "time_precision", "event_type",
              "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
              "interaction", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
              "notes", "fatalities", "timestamp"]


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_numeric_inter_codes_and_date_formats(tmp_path):
    path = write_csv(tmp_path / "a.csv", OLD_HEADER, [
        ["1", "4", "XAF1", "21 March 2020", "2020", "1", "Battles", "Armed clash", "Taliban", "", "2",
         "Military Forces of Afghanistan (2014-)", "", "1", "12", "Afghanistan", "Balkh", "Alpha", "36.5",
         "66.8", "2", "On 21 March 2020, a clash happened in Alpha. Fatalities coded as 0 (X reported 2).",
         "0", "1584984341"],
        ["2", "404", "XKE2", "09-05-20", "2020", "2", "Protests", "Peaceful protest", "Protesters (Kenya)",
         "", "6", "", "", "0", "60", "Kenya", "Nairobi", "Nairobi", "-1.28", "36.82", "1",
         "Traders protested in Nairobi. [size=dozens]", "0", "1589000000"],
        ["3", "404", "XKE3", "9-May-20", "2020", "1", "Riots", "Mob violence", "Rioters (Kenya)", "", "5",
         "Civilians (Kenya)", "", "7", "57", "Kenya", "Kisumu", "Kisumu", "", "", "1",
         "A mob beat a suspect in Kisumu.", "1", ""],
    ])
    rows = read_rows(path)
    assert [r.event_id for r in rows] == ["XAF1", "XKE2", "XKE3"]
    assert rows[0].event_date == "2020-03-21"
    assert rows[1].event_date == "2020-05-09"
    assert rows[2].event_date == "2020-05-09"
    assert (rows[0].inter1, rows[0].inter2, rows[1].inter2) == (2, 1, 0)
    assert rows[0].iso2 == "AF" and rows[1].iso2 == "KE"
    assert rows[0].text == "On 21 March 2020, a clash happened in Alpha."
    assert rows[1].text == "Traders protested in Nairobi." and rows[1].cleaned == ["size"]
    assert rows[2].latitude is None and rows[2].fatalities == 1


def test_text_inter_labels_and_legacy_types(tmp_path):
    header = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
              "inter2", "country", "notes"]
    path = write_csv(tmp_path / "new.csv", header, [
        ["ZZ1", "2023-02-01", "Battles", "Armed clash", "Rebels", "Rebel group", "Army", "State forces",
         "Chad", "Rebels and soldiers fought in Omega."],
        ["ZZ2", "2016-07-04", "Riots/Protests", "", "Rioters (Chad)", "Rioters", "", "", "Chad",
         "Youths threw stones in Omega."],
        ["ZZ3", "2015-01-02", "Remote violence", "", "Rebels", "2", "", "", "Chad", "A mine blew up in Psi."],
    ])
    rows = read_rows(path)
    assert (rows[0].inter1, rows[0].inter2) == (2, 1)
    assert (rows[1].event_type, rows[1].sub_event_type, rows[1].inter2) == ("Riots", None, 0)
    assert (rows[2].event_type, rows[2].sub_event_type) == ("Explosions/Remote violence", None)


def test_not_an_acled_file(tmp_path):
    path = write_csv(tmp_path / "x.csv", ["a", "b"], [["1", "2"]])
    with pytest.raises(AcledFormatError, match="missing columns"):
        read_rows(path)


def test_parse_date_rejects_garbage():
    assert parse_date("31-12-19") == "2019-12-31"
    assert parse_date("yesterday") is None


def test_dev_split_is_stable_and_about_one_in_five(tmp_path):
    ids = [f"TST{i}" for i in range(2000)]
    dev = [i for i in ids if is_dev(i)]
    assert 300 < len(dev) < 500
    assert [is_dev(i) for i in ids[:50]] == [is_dev(i) for i in ids[:50]]
    path = write_csv(tmp_path / "s.csv", ["event_id_cnty", "event_date", "event_type", "notes"],
                     [[i, "2020-01-01", "Battles", "Soldiers fought."] for i in ids[:200]])
    rows = read_rows(path)
    dev_rows = select_rows(rows, split="dev")
    train_rows = select_rows(rows, split="train")
    assert {r.event_id for r in dev_rows}.isdisjoint({r.event_id for r in train_rows})
    assert len(dev_rows) + len(train_rows) == 200
    assert [r.event_id for r in select_rows(rows, split="all", limit=5, seed=1)] == [
        r.event_id for r in select_rows(rows, split="all", limit=5, seed=1)]
    assert len(select_rows(rows, split="all", limit=5, seed=1)) == 5


def test_case2021_tsv(tmp_path):
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tJets bombed a depot outside Rho.\tAIR_STRIKE\n"
                    "2\tA storm flooded the valley.\tNATURAL_DISASTER\n"
                    "\n"
                    "3\tCrowds marched peacefully in Sigma.\tPEACE_PROTEST\n", encoding="utf-8")
    snippets = read_snippets(path)
    assert [s.gold for s in snippets] == ["Air/drone strike", NO_EVENT, "Peaceful protest"]
    assert gold_label("diplo") == NO_EVENT
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tEventSnippet\tSubType\n1\tSomething.\tNOT_A_LABEL\n", encoding="utf-8")
    with pytest.raises(CaseFormatError, match="NOT_A_LABEL"):
        read_snippets(bad)
    nohead = tmp_path / "nohead.tsv"
    nohead.write_text("1\tSomething.\tATTACK\n", encoding="utf-8")
    with pytest.raises(CaseFormatError, match="header"):
        read_snippets(nohead)


def test_muc4_reading_matching_and_casing(tmp_path):
    (tmp_path / "dev.json").write_text("\n".join(json.dumps(r) for r in [
        {"docid": "D-1", "doctext": "rebels of the tau front attacked a bridge.",
         "extracts": {"PerpOrg": [[["tau front", 15]]], "Target": [[["bridge", 36]]], "PerpInd": [],
                      "Victim": [], "Weapon": []}},
        {"docid": "D-2", "doctext": "the minister spoke about trade.", "extracts": {}},
    ]), encoding="utf-8")
    (tmp_path / "doc_dev").write_text(json.dumps(
        {"docid": "D-1", "text": "REBELS OF THE TAU FRONT\nATTACKED A BRIDGE.  I SAW IT.",
         "dateline": "UPSILON CITY, 4 FEB 90 (RADIO)"}) + "\n", encoding="utf-8")
    (tmp_path / "keys_dev").write_text(
        '[["message_id", "D-1"], ["message_template", 1]]\n%%%\n'
        '[["message_id", "D-2"], ["message_template", "*"]]\n%%%\n', encoding="utf-8")
    docs = read_muc(tmp_path / "dev.json")
    assert [d.incident for d in docs] == [True, False]
    assert docs[0].published == "1990-02-04" and docs[1].published is None
    assert docs[0].text == "Rebels of the tau front attacked a bridge. I saw it."
    assert docs[0].roles["PerpOrg"] == [["tau front"]]
    assert docs[1].text == "The minister spoke about trade."  # no original: doctext, sentence-cased


def test_muc4_string_and_entity_matching():
    assert strings_match("The Tau Front", "tau front")
    assert strings_match("members of the tau front", "tau front")
    assert not strings_match("front", "frontier guards")
    gold = [["tau front", "tf"], ["peasant"]]
    assert match_entities(gold, [["TF"], ["Tau Front"]]) == 1  # one-to-one: one gold entity, one match
    assert match_entities(gold, [["the peasant"], ["tau front"]]) == 2
    assert parse_dateline("LIMA, NO DATE (EFE)") is None
    assert sentence_case("SHOTS WERE FIRED. THEN CALM.") == "Shots were fired. Then calm."
