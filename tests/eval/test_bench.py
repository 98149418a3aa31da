"""The throughput benchmark's parts on invented articles (the full run spawns processes: too slow here)."""

import csv
import json

from click.testing import CliRunner

from warscope.cli import main
from warscope.eval.bench import load_articles, run_worker


def make_shared(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "fakes_syria").mkdir(parents=True)
    with (corpus / "fakes_syria" / "FA-KES-Dataset.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["unit_id", "article_title", "article_content", "source", "date", "location", "labels"])
        w.writerow(["1", "Shelling hits Omicron", "Shelling hit the town of Omicron on Monday killing three "
                    "people the local council said.", "x", "3/6/2017", "omicron", "1"])
        w.writerow(["2", "Talks resume", "Delegations met in Pi on Tuesday to discuss a ceasefire.", "y",
                    "3/7/2017", "pi", "0"])
    (corpus / "hidden-war.txt").write_text("Fighters clashed near Rho airport on Friday.\n", encoding="utf-8")
    return tmp_path


def test_load_articles_takes_n_minus_one_plus_the_motivating_article(tmp_path):
    shared = make_shared(tmp_path)
    arts = load_articles(shared, 2)
    assert [a["name"] for a in arts] == ["fakes 1", "hidden-war.txt"]
    assert arts[0]["published"] == "2017-03-06" and arts[1]["published"] == "2021-08-27"
    assert len(load_articles(shared, 10)) == 3


def test_workers_measure_both_engines(tmp_path):
    shared = make_shared(tmp_path)
    art_file = tmp_path / "a.json"
    art_file.write_text(json.dumps(load_articles(shared, 3)), encoding="utf-8")
    for engine in ("spacy", "warscope"):
        run = run_worker(engine, str(art_file), 1, 4)
        assert run["articles"] == 3
        assert run["words"] == 15 + 10 + 7
        assert run["words_per_s"] > 0 and run["peak_rss_mb"] > 50
        assert (run["events"] is None) == (engine == "spacy")


def test_bench_without_data_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["bench", "--shared", str(tmp_path / "nowhere"), "-n", "2"])
    assert result.exit_code == 2 and "no articles found" in result.output
    result = CliRunner().invoke(main, ["bench", "--n-process", "one"])
    assert result.exit_code == 2 and "--n-process" in result.output
