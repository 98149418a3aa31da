"""The command line: parses arguments and calls the library. Nothing clever lives here."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import resources

import click

from warscope.ingest import InputError, document_from_bytes, parse_country, read_path
from warscope.model import Document, Extraction

EXIT_BAD_INPUT = 2


class Failure(click.ClickException):
    """A one-line error and exit code 2, never a traceback."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:  # one line, no "Usage:" block
        click.echo(f"warscope: error: {self.message}", err=True)


def _valid_date(value: str | None, what: str = "--published") -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise Failure(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def sample_path():
    return resources.files("warscope") / "samples" / "sample-article.txt"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="warscope")
def main() -> None:
    """warscope: turn war reporting into a sourced conflict-event dataset."""


@main.command()
@click.argument("path", required=False)
@click.option("--published", help="Publication date YYYY-MM-DD (anchors relative dates).")
@click.option("--source", help="Name of the outlet, if the article does not say.")
@click.option("--url", help="Where the article came from.")
@click.option("--country", metavar="CODE|NAME", help="Country the article is about (ISO code or name), if you know it.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--jsonl", "jsonl", metavar="FILE|-", help="Batch: one article per line as JSON; one extraction per line out.")
@click.option("--sample", is_flag=True, help="Analyse the sample article bundled with warscope.")
@click.option("--db", metavar="URL|FILE", help="Also store the result in this database (SQLite file or URL).")
def extract(path, published, source, url, country, fmt, jsonl, sample, db) -> None:
    """Extract actors, events, places, dates and claims from one article (PATH, or - for stdin)."""
    published = _valid_date(published)
    try:
        country = parse_country(country, "--country")
    except InputError as exc:
        raise Failure(str(exc)) from None
    if jsonl:
        if path or sample:
            raise Failure("give either PATH, --sample or --jsonl, not several")
        _extract_jsonl(jsonl, db)
        return
    if sample:
        if path:
            raise Failure("give either PATH or --sample, not both")
        data = sample_path().read_bytes()
        name = "sample-article.txt"
        published = published or "2024-03-15"
        source = source or "warscope sample"
    elif path:
        name = path
        try:
            data = read_path(path)
        except InputError as exc:
            raise Failure(str(exc)) from None
    else:
        raise Failure("give an article PATH (or - for stdin), --sample or --jsonl FILE")
    try:
        document = document_from_bytes(data, published=published, source=source, url=url, name=name,
                                       country=country)
    except InputError as exc:
        raise Failure(str(exc)) from None
    from warscope import pipeline

    extraction = pipeline.extract(document)
    if db:
        _store(db, [extraction])
    if fmt == "json":
        click.echo(extraction.to_json())
    else:
        from warscope.report import print_table

        print_table(extraction)


def _store(db: str, extractions: list[Extraction]) -> None:
    from warscope.store import open_store

    try:
        with open_store(db) as store:
            for extraction in extractions:
                store.save(extraction)
    except InputError as exc:
        raise Failure(str(exc)) from None


def _document_from_record(record: object, lineno: int) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"line {lineno}: expected a JSON object")
    published = record.get("published")
    if published is not None:
        try:
            published = dt.date.fromisoformat(str(published)[:10]).isoformat()
        except ValueError:
            raise InputError(f"line {lineno}: published must be YYYY-MM-DD") from None
    country = parse_country(record.get("country"), f"line {lineno}: country")
    opts = dict(published=published, source=record.get("source"), url=record.get("url"), name=f"line {lineno}",
                country=country)
    if isinstance(record.get("html"), str):
        return document_from_bytes(record["html"].encode("utf-8"), **opts)
    if isinstance(record.get("text"), str):
        from warscope.ingest import document_from_text

        if not record["text"].strip():
            raise InputError(f"line {lineno}: empty text")
        return document_from_text(record["text"], **opts)
    raise InputError(f"line {lineno}: needs a 'text' or 'html' field")


def _extract_jsonl(source: str, db: str | None) -> None:
    """Batch mode: the models load once; a bad line yields an error line and the batch goes on."""
    from warscope import pipeline

    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="strict")
    except OSError as exc:
        raise Failure(f"{source}: cannot read ({exc.strerror or exc})") from None
    stored: list[Extraction] = []
    with stream:
        try:
            lines = list(enumerate(stream, start=1))
        except UnicodeDecodeError:
            raise Failure(f"{source}: not valid UTF-8") from None
    for lineno, line in lines:
        if not line.strip():
            continue
        record_id = None
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {lineno}: not valid JSON ({exc.msg})") from None
            if isinstance(record, dict):
                record_id = record.get("id")
            document = _document_from_record(record, lineno)
        except InputError as exc:
            click.echo(json.dumps({"id": record_id if record_id is not None else lineno, "error": str(exc)}))
            continue
        extraction = pipeline.extract(document)
        out = extraction.to_dict()
        out["id"] = record_id if record_id is not None else lineno
        click.echo(json.dumps(out, ensure_ascii=False))
        stored.append(extraction)
    if db and stored:
        _store(db, stored)


def _register_optional_commands() -> None:
    """Commands that live beside the library parts they drive (eval, store, serve)."""
    from warscope.commands import COMMANDS

    for command in COMMANDS():
        main.add_command(command)


_register_optional_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
