"""``warscope ingest``: many articles in, extractions stored, with progress and a summary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import click

from warscope.ingest import InputError, parse_country
from warscope.model import Document, Extraction
from warscope.store.batch import ReadOptions, Record, collect, normalise_date

EXIT_SOME_FAILED = 1
EXIT_BAD_INPUT = 2


class _Failure(click.ClickException):
    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:  # one line, like the rest of the CLI
        click.echo(f"warscope: error: {self.message}", err=True)


@dataclass
class Summary:
    records: int = 0
    stored: int = 0
    already: int = 0  # in the database before this run
    repeated: int = 0  # the same text twice in this run's inputs
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def extract_resilient(documents: list[Document], batch_size: int = 16) -> Iterator[tuple[Document, Extraction | Exception]]:
    """extract_many over the documents, in chunks; a chunk that fails is redone one by one so only
    the document that breaks a stage is lost."""
    from warscope import pipeline

    for i in range(0, len(documents), batch_size):
        chunk = documents[i : i + batch_size]
        try:
            results = list(pipeline.extract_many(chunk, batch_size=batch_size))
        except Exception:  # noqa: BLE001 - isolate the failure below
            for doc in chunk:
                try:
                    yield doc, pipeline.extract(doc)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                    yield doc, exc
            continue
        yield from zip(chunk, results)


def _rate_columns():
    """Articles/s and ETA over the whole run: batches finish in bursts, so recent-speed estimates
    (rich's default) swing wildly."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    def rate(task) -> float:  # noqa: ANN001
        elapsed = task.elapsed or 0.0
        return task.completed / elapsed if elapsed > 0 and task.completed else 0.0

    class Rate(ProgressColumn):
        def render(self, task) -> Text:  # noqa: ANN001
            r = rate(task)
            return Text(f"{r:.2f} articles/s" if r else "- articles/s", style="cyan")

    class Eta(ProgressColumn):
        def render(self, task) -> Text:  # noqa: ANN001
            r = rate(task)
            if not r or task.total is None:
                return Text("ETA -:--:--", style="magenta")
            left = int((task.total - task.completed) / r)
            return Text(f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}", style="magenta")

    return Rate(), Eta()


def run_ingest(records: list[Record], store, summary: Summary, batch_size: int, show_progress: bool) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), *_rate_columns(), TimeElapsedColumn(),
        console=console, disable=not show_progress, transient=False,
    )

    def fail(message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        progress.console.print(f"warscope: {message}", markup=False, highlight=False, soft_wrap=True)

    with progress:
        task = progress.add_task("ingest", total=len(records))
        pending: list[tuple[Document, str | None, str]] = []

        def flush() -> None:
            docs = [d for d, _, _ in pending]
            for (doc, external_id, name), (_, result) in zip(pending, extract_resilient(docs, batch_size)):
                if isinstance(result, Exception):
                    fail(f"{name}: extraction failed ({type(result).__name__}: {result})")
                else:
                    try:
                        _, new = store.save_new(result, external_id)
                    except Exception as exc:  # noqa: BLE001 - a write failure loses this article only
                        fail(f"{name}: not stored ({type(exc).__name__}: {str(exc).splitlines()[0]})")
                    else:
                        if new:
                            summary.stored += 1
                            summary.events += len(result.events)
                        else:
                            summary.already += 1
                progress.advance(task)
            pending.clear()

        seen: set[str] = set()
        for record in records:
            summary.records += 1
            try:
                doc, external_id = record.load()
            except InputError as exc:
                fail(str(exc))
                progress.advance(task)
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. a parser crash on one odd page
                fail(f"{record.name}: cannot read ({type(exc).__name__}: {exc})")
                progress.advance(task)
                continue
            # Already stored, or twice in this batch: skip the NLP work entirely.
            if doc.id in seen:
                summary.repeated += 1
                progress.advance(task)
                continue
            if store.has_document(doc.text) is not None:
                summary.already += 1
                progress.advance(task)
                continue
            seen.add(doc.id)
            pending.append((doc, external_id, record.name))
            if len(pending) >= batch_size:
                flush()
        flush()


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="warscope.db", show_default=True, metavar="URL|FILE", help="SQLite file or database URL.")
@click.option("--format", "kind", type=click.Choice(["auto", "text", "jsonl", "csv"]), default="auto", show_default=True,
              help="How to read the inputs (auto: by file extension; stdin: JSONL when it starts with '{').")
@click.option("--text-column", help="CSV column holding the article text (default: text/body/content/article/article_content/html).")
@click.option("--date-column", help="CSV column holding the publication date (default: published/date).")
@click.option("--source-column", help="CSV column holding the outlet name (default: source/outlet).")
@click.option("--url-column", help="CSV column holding the article URL (default: url/link).")
@click.option("--title-column", help="CSV column holding the headline (default: title/headline/article_title).")
@click.option("--id-column", help="CSV column holding the input's own article id (default: id/unit_id/article_id).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none.")
@click.option("--source", "outlet", help="Outlet name for articles whose input gives none.")
@click.option("--country", metavar="CODE|NAME", help="Country the articles are about (ISO code or name), for those whose input gives none.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 512))
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
def ingest(paths, db, kind, text_column, date_column, source_column, url_column, title_column, id_column, published,
           outlet, country, batch_size, progress) -> None:
    """Extract and store many articles: files, folders (recursive), globs, JSONL, CSV or - for stdin.

    JSONL: one article per line as {"text" or "html", "url", "source", "published", "id", "country"}. A bad file,
    line or row is reported and skipped. Exit status: 0 all stored, 1 some inputs failed, 2 nothing usable.
    """
    from warscope.store import open_store

    if published is not None:
        try:
            published = normalise_date(published, "--published")
        except InputError as exc:
            raise _Failure(str(exc)) from None
    try:
        country = parse_country(country, "--country")
    except InputError as exc:
        raise _Failure(str(exc)) from None
    columns = ReadOptions(text=text_column, date=date_column, source=source_column, url=url_column, id=id_column,
                          title=title_column, published=published, outlet=outlet, country=country)
    batch = collect(list(paths), columns, kind)
    summary = Summary()
    for message in batch.errors:
        summary.failed += 1
        summary.errors.append(message)
        click.echo(f"warscope: {message}", err=True)
    started = time.monotonic()
    try:
        with open_store(db) as store:
            run_ingest(batch.records, store, summary, batch_size, progress)
    except InputError as exc:
        raise _Failure(str(exc)) from None
    elapsed = time.monotonic() - started
    rate = summary.stored / elapsed if elapsed > 0 and summary.stored else 0.0
    click.echo(
        f"ingested {summary.records} article(s) from {batch.files} input(s) into {db}: "
        f"{summary.stored} stored ({summary.events} events), {summary.already} already stored, "
        + (f"{summary.repeated} repeated in the input, " if summary.repeated else "")
        + f"{summary.failed} failed; {elapsed:.1f}s, {rate:.2f} articles/s",
        err=True,
    )
    if summary.failed:
        nothing = summary.stored == 0 and summary.already == 0 and summary.repeated == 0
        raise SystemExit(EXIT_BAD_INPUT if nothing else EXIT_SOME_FAILED)

