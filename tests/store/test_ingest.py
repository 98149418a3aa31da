"""`warscope ingest` end to end on small articles written for these tests, into real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from warscope.cli import main

ARTICLES = [
    "Gunmen attacked a bus station in the north of the country on Sunday, killing three travellers, police said.",
    "Hundreds of teachers marched through the capital on Tuesday to demand unpaid wages, organisers said.",
    "Artillery fire hit a village near the border overnight, local officials said, and two homes burned.",
    "Soldiers arrested four men suspected of smuggling weapons across the river, the army said on Friday.",
    "A roadside bomb struck a supply convoy on the main highway, wounding five drivers, witnesses said.",
    "Rival militias fought for control of a market town for two days before elders negotiated a truce.",
]

HIDDEN = "Ceasefire monitors visited three districts on Monday and reported no clashes, the mission said."


def _page(title: str, body: str) -> str:
    filler = "The report could not be independently verified. Officials promised an inquiry into the events."
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
            f"<p>{body}</p><p>{filler}</p></article><footer>Contact us</footer></body></html>")


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def _count(db, table="documents") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "in"
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (root / "nested" / "b.html").write_text(_page("Teachers march", ARTICLES[1]), encoding="utf-8")
    (root / "nested" / "deeper" / "c.txt").write_text(ARTICLES[2], encoding="utf-8")
    (root / "nested" / "empty.txt").write_text("   \n", encoding="utf-8")  # an error, reported and skipped
    (root / ".hidden.txt").write_text(HIDDEN, encoding="utf-8")  # hidden: not collected
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # unknown extension: not collected
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join([
            json.dumps({"id": "wire-1", "text": ARTICLES[3], "source": "Wire", "published": "2024-02-09", "url": "https://example.org/1"}),
            "{not json",
            json.dumps({"id": "wire-3", "title": "no text here"}),
            "",
            json.dumps({"id": "wire-4", "text": ARTICLES[4], "published": "2024-02-10T08:00:00Z"}),
        ]) + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "sheet.csv"
    table.write_text(
        "body,when,outlet,link\n"
        f"\"{ARTICLES[5]}\",9 May 2020,Valley Radio,https://example.org/v\n"
        f"\"{ARTICLES[0]} Later reports raised the toll.\",not a date,Valley Radio,\n",
        encoding="utf-8",
    )
    return root, feed, table


def test_ingest_files_folders_jsonl_csv_with_errors_skipped(runner, corpus, tmp_path):
    root, feed, table = corpus
    db = tmp_path / "w.db"
    args = ["ingest", "--db", str(db), "--no-progress", str(root), str(feed), str(table), str(tmp_path / "missing.txt"),
            "--text-column", "body", "--date-column", "when", "--source-column", "outlet", "--url-column", "link"]
    result = runner.invoke(main, args)
    # Some inputs failed, the rest were stored: exit status 1, never a traceback.
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = result.output
    assert "empty.txt" in out
    assert "feed.jsonl line 2: not valid JSON" in out
    assert "feed.jsonl line 3: needs a 'text' or 'html' field" in out
    assert "sheet.csv row 3: published date 'not a date' is not a date" in out
    assert "missing.txt: no such file" in out
    # a.txt, b.html, c.txt, 2 JSONL lines, 1 CSV row.
    assert _count(db) == 6
    assert "6 stored" in out and "5 failed" in out
    with sqlite3.connect(db) as conn:
        rows = {r[0]: r[1:] for r in conn.execute("select external_id, published, source, url from documents")}
        assert rows["wire-1"] == ("2024-02-09", "Wire", "https://example.org/1")
        assert rows["wire-4"][0] == "2024-02-10"
        csv_row = conn.execute("select published, source, url from documents where source = 'Valley Radio'").fetchone()
        assert csv_row == ("2020-05-09", "Valley Radio", "https://example.org/v")
        texts = [r[0] for r in conn.execute("select text from documents")]
    assert not any("ceasefire monitors" in t for t in texts)  # the hidden file was not read
    assert sum(ARTICLES[1] in t for t in texts) == 1

    # Re-ingesting the same inputs stores nothing new.
    again = runner.invoke(main, args)
    assert "0 stored" in again.output and "6 already stored" in again.output
    assert _count(db) == 6


def test_ingest_globs_and_stdin(runner, corpus, tmp_path):
    root, _, _ = corpus
    db = tmp_path / "w.db"
    result = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "--published", "2023-01-02",
                                  "--source", "Desk", str(root / "**" / "*.txt")])
    # a.txt and c.txt; empty.txt fails.
    assert _count(db) == 2, result.output
    with sqlite3.connect(db) as conn:
        assert set(conn.execute("select published, source from documents")) == {("2023-01-02", "Desk")}
    lines = json.dumps({"text": ARTICLES[5], "id": "s1"}) + "\n" + json.dumps({"html": _page("Convoy hit", ARTICLES[4])}) + "\n"
    result = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "-"], input=lines)
    assert result.exit_code == 0, result.output
    assert _count(db) == 4
    result = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "-"], input=ARTICLES[3])
    assert result.exit_code == 0, result.output
    assert _count(db) == 5
    nothing = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", str(tmp_path / "nope" / "*.txt")])
    assert nothing.exit_code == 2 and "no files match" in nothing.output


def test_ingest_country_goes_to_every_document_without_its_own(runner, corpus, tmp_path):
    root, _, _ = corpus
    db = tmp_path / "w.db"
    lines = json.dumps({"text": ARTICLES[5], "country": "Somalia"}) + "\n" + json.dumps({"text": ARTICLES[3]}) + "\n"
    result = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "--country", "KE", "-"], input=lines)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        countries = sorted(json.loads(x)["document"]["country"] for (x,) in conn.execute("select extraction from documents"))
    assert countries == ["KE", "SO"]
    bad = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "--country", "Atlantis", "-"], input=lines)
    assert bad.exit_code == 2 and "not a country" in bad.output


def test_ingest_bad_database_is_one_line(runner, corpus, tmp_path):
    root, _, _ = corpus
    result = runner.invoke(main, ["ingest", "--db", str(tmp_path / "no" / "such" / "w.db"), "--no-progress", str(root)])
    assert result.exit_code == 2
    assert result.output.strip().startswith("warscope: error:") and "does not exist" in result.output


def test_extract_sample_stores_the_demo(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["extract", "--sample", "--db", "warscope.db"])
    assert result.exit_code == 0, result.output
    doc_id = json.loads(result.output)["document"]["id"]
    with sqlite3.connect(tmp_path / "warscope.db") as conn:
        assert conn.execute("select id, published from documents").fetchall() == [(doc_id, "2024-03-15")]


def test_one_failing_article_does_not_sink_its_batch(monkeypatch):
    """A text longer than spaCy's max_length makes spaCy refuse the whole batch: the others must
    still come out, and the long one come back as an error."""
    from warscope import nlp
    from warscope.ingest import document_from_text
    from warscope.store.commands import extract_resilient

    # The real cap admits any text ingest accepts; lower it so one article trips it.
    limit = 5000
    monkeypatch.setattr(nlp.load(), "max_length", limit)
    long_text = ("Troops patrolled the valley and reported no incidents. " * (limit // 50 + 10))[: limit + 100]
    docs = [document_from_text(ARTICLES[0]), document_from_text(long_text), document_from_text(ARTICLES[2])]
    results = list(extract_resilient(docs, batch_size=8))
    assert [d.id for d, _ in results] == [d.id for d in docs]
    assert isinstance(results[1][1], Exception)
    assert results[0][1].document.text == ARTICLES[0] and results[2][1].document.text == ARTICLES[2]


def test_csv_numeric_dates_take_the_order_of_their_column():
    from warscope.store.batch import ReadOptions, csv_records, numeric_date_order

    # 4/16/2017 can only be month-first, so 4/5/2017 in the same column is 5 April, not 4 May.
    us = "text,date,title,unit_id\n" + "\n".join(
        f'"{body}",{date},Headline {i},u{i}' for i, (body, date) in enumerate(
            [(ARTICLES[0], "4/5/2017"), (ARTICLES[1], "4/16/2017"), (ARTICLES[2], "12/1/2016")])
    )
    docs = [r.load() for r in csv_records(us, "us.csv", ReadOptions())]
    assert [d.published for d, _ in docs] == ["2017-04-05", "2017-04-16", "2016-12-01"]
    assert [d.title for d, _ in docs] == ["Headline 0", "Headline 1", "Headline 2"]
    assert [i for _, i in docs] == ["u0", "u1", "u2"]
    # A column that never shows which comes first stays day-first, as most of the world writes dates.
    eu = f'text,date\n"{ARTICLES[0]}",4/5/2017\n"{ARTICLES[1]}",16/4/2017\n'
    assert [r.load()[0].published for r in csv_records(eu, "eu.csv", ReadOptions())] == ["2017-05-04", "2017-04-16"]
    assert numeric_date_order(["1/2/2020", "2020-03-04", None]) is True
    assert numeric_date_order(["1/2/2020", "1/30/2020"]) is False


def test_ingest_names_id_and_title_columns_and_counts_repeats(runner, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(
        "story,headline,ref\n"
        f'"{ARTICLES[3]}",Arrests at the river,r-1\n'
        f'"{ARTICLES[4]}",Convoy hit,r-2\n'
        f'"{ARTICLES[3]}",Same story again,r-3\n',
        encoding="utf-8",
    )
    db = tmp_path / "w.db"
    args = ["ingest", "--db", str(db), "--no-progress", "--text-column", "story", "--title-column", "headline",
            "--id-column", "ref", str(table)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "2 stored" in result.output and "1 repeated in the input" in result.output
    with sqlite3.connect(db) as conn:
        assert sorted(conn.execute("select external_id, title from documents")) == [
            ("r-1", "Arrests at the river"), ("r-2", "Convoy hit")]
    again = runner.invoke(main, args)
    assert "0 stored" in again.output and "3 already stored" in again.output
    bad = runner.invoke(main, ["ingest", "--db", str(db), "--no-progress", "--id-column", "nope", "--text-column",
                               "story", str(table)])
    assert bad.exit_code == 2 and "no id column 'nope'" in bad.output


FAKES = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "fakes_syria" / "FA-KES-Dataset.csv"


@pytest.mark.skipif(not FAKES.exists(), reason=f"{FAKES} not found (the shared development data is absent)")
def test_fakes_csv_reads_every_row_with_its_metadata():
    """The FA-KES export (M/D/YYYY dates, unit_id, article_title) read without the NLP: every row loads."""
    from warscope.store.batch import ReadOptions, collect

    batch = collect([str(FAKES)], ReadOptions(text="article_content"))
    assert batch.errors == [] and len(batch.records) == 804
    docs = [r.load() for r in batch.records]
    assert all(d.published and d.title and ext for d, ext in docs)
    # Articles open with their own dateline, which must agree with the parsed column.
    first, _ = docs[0]
    import datetime as dt

    day = dt.date.fromisoformat(first.published)
    assert first.text.startswith(day.strftime("%a %d %b %Y"))
    assert len({d.id for d, _ in docs}) < 804  # the export repeats some articles: ingest stores them once


def test_ingest_into_postgresql(runner, tmp_path):
    from tests.store.pg import database

    gen = database("postgresql", tmp_path)
    url = next(gen)
    try:
        feed = tmp_path / "feed.jsonl"
        feed.write_text("\n".join(json.dumps({"id": f"p{i}", "text": t}) for i, t in enumerate(ARTICLES[:2])) + "\n",
                        encoding="utf-8")
        args = ["ingest", "--db", url, "--no-progress", str(feed)]
        first = runner.invoke(main, args)
        assert first.exit_code == 0 and "2 stored" in first.output, first.output
        again = runner.invoke(main, args)
        assert again.exit_code == 0 and "0 stored" in again.output and "2 already stored" in again.output
        from warscope.store import open_store

        with open_store(url) as store:
            assert store.counts()["documents"] == 2
    finally:
        next(gen, None)


def test_ingest_shows_progress_and_a_summary(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": t}) for t in ARTICLES[:2]) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["ingest", "--db", str(tmp_path / "w.db"), str(feed)])
    assert result.exit_code == 0, result.output
    bar = next(line for line in result.output.splitlines() if line.startswith("ingest"))
    assert "2/2" in bar and "articles/s" in bar
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("ingested 2 article(s) from 1 input(s)") and "2 stored (" in summary
