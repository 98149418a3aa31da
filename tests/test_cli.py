import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from warscope.cli import main
from warscope.model import json_schema
from tests.conftest import FIXTURES

ARTICLE = (
    "Militants Attack Army Post\n\n"
    "Al Shabaab fighters attacked an army base near Afgooye on Tuesday, killing three soldiers, "
    "the army said.\n"
)


def run_cli(args, stdin: bytes | None = None):
    """The real command in a fresh process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "warscope", *args], input=stdin, capture_output=True, timeout=300
    )


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["extract", "no/such/file.txt"], None, "no such file"),
        (["extract", "-"], b"", "empty input"),
        (["extract", "-"], b"\x00\x01\x02binary\x00" * 50, "binary"),
        (["extract", "-"], bytes(range(128, 256)) * 40, "UTF-8"),
        (["extract", "-", "--published", "27/08/2021"], b"Some text.", "YYYY-MM-DD"),
        (["extract"], None, "give an article PATH"),
        (["extract", "-", "--country", "Atlantis"], b"Some text.", "not a country"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, stdin, message):
    proc = run_cli(args, stdin)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert proc.stdout == b""


def test_oversize_input_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Gunmen attacked a village near the border. " * 130_000)
    proc = run_cli(["extract", str(big)])
    assert proc.returncode == 2
    assert "too large" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_extract_json_from_stdin_meets_the_contract():
    result = CliRunner().invoke(main, ["extract", "-", "--published", "2024-02-09", "--source", "Test Wire"],
                                input=ARTICLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, json_schema())
    assert data["document"]["published"] == "2024-02-09"
    assert data["document"]["source"] == "Test Wire"
    assert data["document"]["title"] == "Militants Attack Army Post"


def test_extract_html_file():
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "report.html")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["document"]["source"] == "Lakeside Courier"
    assert data["document"]["published"] == "2023-11-02"


def test_table_format_lists_events():
    result = CliRunner().invoke(main, ["extract", "-", "--format", "table", "--published", "2024-02-09"],
                                input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Events in" in result.output
    assert "actors" in result.output


def test_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "published": "2024-02-09"}),
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "html": (FIXTURES / "report.html").read_text(), "source": "X"}),
        json.dumps({"id": "e", "title": "no body"}),
        json.dumps({"id": "f", "text": ARTICLE, "published": "yesterday"}),
        json.dumps({"id": "g", "text": ARTICLE, "country": "Somalia"}),
        json.dumps({"id": "h", "text": ARTICLE, "country": "Atlantis"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(main, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c", "d", "e", "f", "g", "h"]
    assert "error" not in out[0] and out[0]["document"]["published"] == "2024-02-09"
    assert "not valid JSON" in out[1]["error"]
    assert "empty" in out[2]["error"]
    assert out[3]["document"]["source"] == "X"
    assert "text" in out[4]["error"]
    assert "YYYY-MM-DD" in out[5]["error"]
    assert out[6]["document"]["country"] == "SO" and out[0]["document"]["country"] is None
    assert "not a country" in out[7]["error"]


def test_sample_stores_into_sqlite(tmp_path):
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["extract", "--sample", "--db", str(db), "--format", "table"])
    assert result.exit_code == 0, result.output
    import sqlite3

    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        assert "documents" in tables
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1


def test_output_says_where_the_reference_date_came_from():
    runner = CliRunner()
    html = json.loads(runner.invoke(main, ["extract", str(FIXTURES / "report.html")]).output)["document"]
    assert (html["reference_date"], html["reference_source"]) == ("2023-11-02", "html")
    user = json.loads(runner.invoke(main, ["extract", str(FIXTURES / "report.html"), "--published", "2023-11-05"]).output)
    assert (user["document"]["reference_date"], user["document"]["reference_source"]) == ("2023-11-05", "user")
    dateline = "Town Under Fire\n\nGAO, 4 MAR 2019 (AFP) - Gunmen attacked a market on Sunday, witnesses said.\n"
    doc = json.loads(runner.invoke(main, ["extract", "-"], input=dateline).output)["document"]
    assert doc["reference_source"] == "dateline" and doc["reference_date"] == "2019-03-04"
    footer = "Gunmen attacked a market on Sunday, witnesses said.\n\n(c) 2018 Sahel Wire\n"
    doc = json.loads(runner.invoke(main, ["extract", "-"], input=footer).output)["document"]
    assert (doc["reference_date"], doc["reference_source"], doc["published"]) == ("2018", "copyright", None)
