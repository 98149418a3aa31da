"""`warscope ingest` end to end on small articles written for these tests, into real SQLite files."""

from __future__ import annotations

import json
import sqlite3

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
