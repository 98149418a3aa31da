"""Human-readable tables of an extraction (the demo's output)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from warscope.model import Extraction


def _date(event) -> str:
    d = event.date
    if not d.start:
        return "—"
    text = d.start if not d.end or d.end == d.start else f"{d.start}..{d.end}"
    return f"{text} (p{d.precision})" if d.precision else text


def _place(event) -> str:
    loc = event.location
    if loc is None:
        return "—"
    parts = [loc.name] + [p for p in (loc.admin1, loc.country) if p and p != loc.name]
    return ", ".join(parts) + f" (p{loc.precision})"


def _fatalities(event) -> str:
    f = event.fatalities
    if f is None or f.best is None and f.low is None and f.high is None:
        return "—"
    text = str(f.best if f.best is not None else f.low)
    if (f.low, f.high) != (f.best, f.best) and (f.low is not None or f.high is not None):
        text += f" [{f.low if f.low is not None else '?'}–{f.high if f.high is not None else '?'}]"
    return text


def events_table(extraction: Extraction) -> Table:
    names = {a.id: a.name for a in extraction.actors}
    doc = extraction.document
    title = doc.title or doc.id
    table = Table(title=f"Events in “{title}”", show_lines=False, expand=False)
    for col in ("#", "type / sub-type", "date", "place", "actor 1", "actor 2", "fatalities"):
        table.add_column(col, overflow="fold")
    for i, ev in enumerate(extraction.events, start=1):
        kind = ev.event_type + (f" / {ev.sub_event_type}" if ev.sub_event_type else "")
        table.add_row(
            str(i),
            kind,
            _date(ev),
            _place(ev),
            names.get(ev.actor1, "—") if ev.actor1 else "—",
            names.get(ev.actor2, "—") if ev.actor2 else "—",
            _fatalities(ev),
        )
    return table


def print_table(extraction: Extraction, console: Console | None = None) -> None:
    console = console or Console(width=160)
    console.print(events_table(extraction))
    console.print(
        f"{len(extraction.events)} events, {len(extraction.actors)} actors, "
        f"{len(extraction.places)} places, {len(extraction.times)} time expressions, "
        f"{len(extraction.quotes)} quotes, {len(extraction.relations)} relations"
    )
