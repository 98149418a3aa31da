"""``warscope export``: the stored events in an analyst's format, filtered like the API."""

from __future__ import annotations

import sys

import click

from warscope.export.writers import FORMATS
from warscope.ingest import InputError


class _Failure(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"warscope: error: {self.message}", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("--db", default="warscope.db", show_default=True, metavar="URL|FILE")
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout.")
@click.option("--country", help="ISO2 code or country name.")
@click.option("--admin1", help="First-level administrative unit.")
@click.option("--event-type", help="ACLED event type, e.g. Battles.")
@click.option("--actor", help="Actor id or part of an actor's name.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="Events inside this box.")
@click.option("--text", "q", help="Text search in evidence, places and articles.")
def export(fmt, db, output, country, admin1, event_type, actor, date_from, date_to, bbox, q) -> None:
    """Export stored events: acled-csv, plover-jsonl, geojson, graphml, gexf, json or parquet."""
    from pathlib import Path

    from warscope.export.writers import export as write
    from warscope.store import open_store
    from warscope.store.query import EventFilter, parse_bbox, parse_date

    try:
        f = EventFilter(
            country=country, admin1=admin1, event_type=event_type, actor=actor,
            date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to"),
            bbox=parse_bbox(bbox), q=q,
        )
    except ValueError as exc:
        raise _Failure(str(exc)) from None
    if db and "://" not in db and not Path(db).exists():
        raise _Failure(f"{db}: no such database (ingest articles first)")
    try:
        with open_store(db) as store, store.engine.connect() as conn:
            if output:
                try:
                    out = open(output, "wb")
                except OSError as exc:
                    raise _Failure(f"{output}: cannot write ({exc.strerror or exc})") from None
                with out:
                    n = write(conn, fmt, f, out)
            else:
                n = write(conn, fmt, f, sys.stdout.buffer)
                sys.stdout.buffer.flush()
    except InputError as exc:
        raise _Failure(str(exc)) from None
    click.echo(f"exported {n} record(s) as {fmt}" + (f" to {output}" if output else ""), err=True)
