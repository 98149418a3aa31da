"""The false-event count on articles without conflict, on a small corpus written here."""

from __future__ import annotations

import json

from click.testing import CliRunner

from warscope.cli import main
from warscope.eval.negatives import article_files, evaluate_negatives

ARTICLES = {
    "sport/001.txt": "United win the cup\n\nThe home side won the final 2-1 on Saturday after a late goal.\n",
    "business/001.txt": "Shares rise\n\nShares in the carmaker rose 4% after it reported higher profits.\n",
    "business/002.txt": "Gunmen raid bank\n\nGunmen attacked a bank in Kano on Monday, killing two guards.\n",
}


def _corpus(tmp_path):
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (tmp_path / "README.txt").write_text("not an article")
    return tmp_path


def test_files_are_the_section_articles_only(tmp_path):
    root = _corpus(tmp_path)
    assert [p.relative_to(root).as_posix() for p in article_files(root)] == sorted(ARTICLES)
    assert [p.name for p in article_files(root, "sport")] == ["001.txt"]


def test_every_event_counts_as_false(tmp_path):
    result = evaluate_negatives(_corpus(tmp_path), limit=None)
    o = result["overall"]
    assert o["articles"] == 3 and o["articles_with_events"] == 1
    assert o["events"] >= 1 and o["events_per_20_articles"] == round(20 * o["events"] / 3, 2)
    assert result["by_section"]["sport"]["events"] == 0
    bank = next(r for r in result["rows"] if r["file"] == "business/002.txt")
    assert "Gunmen" in bank["events"][0]["evidence"]


def test_cli_writes_json_and_refuses_an_empty_folder(tmp_path):
    root = _corpus(tmp_path / "c")
    out = tmp_path / "n.json"
    result = CliRunner().invoke(main, ["eval", "negatives", str(root), "--section", "sport", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["overall"]["articles"] == 1
    (tmp_path / "empty").mkdir()
    bad = CliRunner().invoke(main, ["eval", "negatives", str(tmp_path / "empty")])
    assert bad.exit_code != 0 and "no articles" in bad.output
