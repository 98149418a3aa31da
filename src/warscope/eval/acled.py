"""Score warscope on ACLED rows: extract from each row's ``notes`` and compare with the coded fields.

Decisions (also in docs/accuracy.md):

* Input text: the row's ``notes`` with coder remarks removed (:mod:`warscope.eval.notes`).
* Publication date: none by default. ``event_date`` would leak the answer; the ``timestamp`` column
  is the upload time of the current version of the row (2019 for Kenyan rows from 2004), so it is not
  a publication date either. ``--published timestamp`` exists to measure how much an anchor helps.
* Country: the row's ``country`` is given as the document's country (``--country row``, the
  default), as a country desk or a feed filtered by country would give it; ``--country none``
  measures the pipeline without it. It is context, not an answer: admin1, location and actors are
  still read from the note.
* Main event: the predicted event with the highest confidence; ties go to the one found first.
* A row with no predicted event is wrong on every field (figures over all rows); figures "given an
  event" are also reported.
* Dev split: rows whose ``event_id_cnty`` hashes (SHA-1, first 8 hex digits as an integer) to 0 mod 5.
  Train only on the other rows: :func:`is_dev` is the one definition.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscope.eval import metrics
from warscope.eval.acled_names import (
    KIND_TO_INTER,
    actor_matches,
    country_code,
    country_from_numeric,
    inter_code,
    map_event_type,
    normalise_admin1,
)
from warscope.eval.notes import clean_notes

NONE = "(none)"
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "notes")
_DATE_FORMATS = ("%d %B %Y", "%d-%b-%y", "%d-%m-%y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d-%B-%Y",
                 "%d %b %Y", "%B %d, %Y")


class AcledFormatError(ValueError):
    """A file that is not an ACLED export we can read."""


def is_dev(event_id_cnty: str) -> bool:
    """The fixed development split: one row in five, by a hash of its ACLED id."""
    digest = hashlib.sha1(event_id_cnty.strip().encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 5 == 0


def parse_date(value: str) -> str | None:
    """ACLED event_date in any of the export formats seen ("21 March 2020", "9-May-20", "31-12-19")."""
    text = (value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


@dataclass
class Row:
    """One ACLED event as gold, already normalised."""

    event_id: str
    file: str
    notes: str
    text: str  # notes without coder remarks
    cleaned: list[str]
    event_date: str | None
    event_type: str
    sub_event_type: str | None
    actor1: str
    actor2: str
    inter1: int | None
    inter2: int | None
    country: str
    iso2: str | None
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    time_precision: int | None
    geo_precision: int | None
    fatalities: int | None
    timestamp: int | None
    extra: dict[str, str] = field(default_factory=dict)


def row_from_record(record: dict[str, str], file: str) -> Row:
    inter1 = inter_code(record.get("inter1"))
    event_type, sub = map_event_type(record.get("event_type", ""), record.get("sub_event_type"), inter1)
    notes = record.get("notes") or ""
    cleaned = clean_notes(notes)
    country = (record.get("country") or "").strip()
    return Row(
        event_id=(record.get("event_id_cnty") or "").strip(),
        file=file,
        notes=notes,
        text=cleaned.text,
        cleaned=cleaned.removed,
        event_date=parse_date(record.get("event_date", "")),
        event_type=event_type,
        sub_event_type=sub,
        actor1=(record.get("actor1") or "").strip(),
        actor2=(record.get("actor2") or "").strip(),
        inter1=inter1,
        inter2=inter_code(record.get("inter2")),
        country=country,
        iso2=country_from_numeric(record.get("iso")) or country_code(country),
        admin1=(record.get("admin1") or "").strip(),
        location=(record.get("location") or "").strip(),
        latitude=_float(record.get("latitude")),
        longitude=_float(record.get("longitude")),
        time_precision=_int(record.get("time_precision")),
        geo_precision=_int(record.get("geo_precision")),
        fatalities=_int(record.get("fatalities")),
        timestamp=_int(record.get("timestamp")),
    )


def read_rows(path: str | Path) -> list[Row]:
    """All rows of one ACLED CSV export (any of the column layouts seen), with notes cleaned."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise AcledFormatError(f"{path}: not an ACLED export (missing columns: {', '.join(missing)})")
            return [row_from_record(rec, path.name) for rec in reader]
    except UnicodeDecodeError:
        raise AcledFormatError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise AcledFormatError(f"{path}: unreadable CSV ({exc})") from None


def select_rows(rows: Sequence[Row], *, split: str = "dev", limit: int | None = None, seed: int = 0
                ) -> list[Row]:
    """Rows of a split ("dev", "train" or "all"), shuffled by ``seed`` and cut to ``limit``."""
    if split not in {"dev", "train", "all"}:
        raise ValueError(f"unknown split {split!r}")
    chosen = [r for r in rows if split == "all" or is_dev(r.event_id) == (split == "dev")]
    rng = random.Random(seed)
    rng.shuffle(chosen)
    return chosen[:limit] if limit is not None else chosen


def published_for(row: Row, policy: str) -> str | None:
    if policy == "none":
        return None
    if policy == "timestamp" and row.timestamp:
        return dt.datetime.fromtimestamp(row.timestamp, tz=dt.timezone.utc).date().isoformat()
    return None


def main_event(extraction: dict[str, Any]) -> dict[str, Any] | None:
    """The event a one-event summary is about: highest confidence, then first found."""
    events = extraction.get("events") or []
    if not events:
        return None
    best = max(range(len(events)), key=lambda i: (events[i].get("confidence") or 0.0, -i))
    return events[best]


def _fatality_count(event: dict[str, Any]) -> int:
    fat = event.get("fatalities") or {}
    # ACLED records the most conservative figure: prefer low, then best; nothing reported means 0.
    for key in ("low", "best", "high"):
        if fat.get(key) is not None:
            return int(fat[key])
    return 0


def predicted_fields(extraction: dict[str, Any]) -> dict[str, Any]:
    """What the main event says, flattened to the fields ACLED codes."""
    event = main_event(extraction)
    if event is None:
        return {"event": False}
    actors = {a["id"]: a for a in extraction.get("actors") or []}
    loc = event.get("location") or {}
    date = event.get("date") or {}
    a1, a2 = actors.get(event.get("actor1") or ""), actors.get(event.get("actor2") or "")
    return {
        "event": True,
        "n_events": len(extraction.get("events") or []),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": a1,
        "actor2": a2,
        "inter1": KIND_TO_INTER.get(a1["kind"]) if a1 else 0,
        "inter2": KIND_TO_INTER.get(a2["kind"]) if a2 else 0,
        "admin1": loc.get("admin1"),
        "location": loc.get("name"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("precision"),
        "date": date.get("start"),
        "time_precision": date.get("precision"),
        "fatalities": _fatality_count(event),
        "confidence": event.get("confidence"),
    }


def states_date(row: Row) -> bool:
    """Whether the note writes the event's day and year (many Kenyan and Burkinabe notes give
    neither, or a day without a year): only such rows can be dated without a publication date."""
    if not row.event_date:
        return False
    year, _, day = row.event_date.split("-")
    return year in row.text and re.search(rf"(?<!\d)0?{int(day)}(?:st|nd|rd|th)?(?!\d)", row.text) is not None


def score_row(row: Row, pred: dict[str, Any]) -> dict[str, Any]:
    """Per-field verdicts for one row (True = right, None = not scorable for this row)."""
    has = pred.get("event", False)
    distance = None
    if has and None not in (pred.get("latitude"), pred.get("longitude"), row.latitude, row.longitude):
        distance = metrics.haversine_km(pred["latitude"], pred["longitude"], row.latitude, row.longitude)
    fat = pred.get("fatalities") if has else None
    return {
        "event_type": has and pred.get("event_type") == row.event_type,
        "sub_event_type": (has and pred.get("sub_event_type") == row.sub_event_type)
        if row.sub_event_type else None,
        "actor1": has and actor_matches(row.actor1, pred.get("actor1")),
        "actor2": has and actor_matches(row.actor2, pred.get("actor2")),
        "inter1": (has and pred.get("inter1") == row.inter1) if row.inter1 is not None else None,
        "inter2": (has and pred.get("inter2") == row.inter2) if row.inter2 is not None else None,
        "admin1": (has and bool(pred.get("admin1"))
                   and normalise_admin1(pred.get("admin1")) == normalise_admin1(row.admin1))
        if row.admin1 else None,
        "within_25km": (distance is not None and distance <= 25.0) if row.latitude is not None else None,
        "within_50km": (distance is not None and distance <= 50.0) if row.latitude is not None else None,
        "fatalities_exact": (has and fat == row.fatalities) if row.fatalities is not None else None,
        "fatalities_20pct": (has and metrics.within_ratio(fat, row.fatalities, 0.2))
        if row.fatalities is not None else None,
        "event_date": (has and pred.get("date") == row.event_date) if row.event_date else None,
        "event_date_stated": (has and pred.get("date") == row.event_date) if states_date(row) else None,
        "time_precision": (has and pred.get("time_precision") == row.time_precision)
        if row.time_precision else None,
        "geo_precision": (has and pred.get("geo_precision") == row.geo_precision)
        if row.geo_precision else None,
        "_distance_km": distance,
    }


FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "admin1", "within_25km",
          "within_50km", "fatalities_exact", "fatalities_20pct", "event_date", "event_date_stated",
          "time_precision",
          "geo_precision")


def _field_shares(verdicts: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for name in FIELDS:
        flags = [v[name] for v in verdicts if v[name] is not None]
        out[name] = metrics.share(flags)
    return out


def summarise(rows: Sequence[Row], preds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every figure for a set of scored rows."""
    verdicts = [score_row(r, p) for r, p in zip(rows, preds)]
    gold_type = [r.event_type for r in rows]
    pred_type = [p.get("event_type") or NONE if p.get("event") else NONE for p in preds]
    sub_pairs = [(r.sub_event_type, (p.get("sub_event_type") or NONE) if p.get("event") else NONE)
                 for r, p in zip(rows, preds) if r.sub_event_type]
    with_event = [v for v, p in zip(verdicts, preds) if p.get("event")]
    distances = [v["_distance_km"] for v in verdicts if v["_distance_km"] is not None]
    sub_class = metrics.classification([g for g, _ in sub_pairs], [p for _, p in sub_pairs])
    return {
        "n": len(rows),
        "with_event": len(with_event),
        "coverage": metrics.share([bool(p.get("event")) for p in preds]),
        "event_type": metrics.classification(gold_type, pred_type),
        "sub_event_type": {k: sub_class[k] for k in ("n", "accuracy", "macro_f1", "weighted_f1", "per_class")},
        "fields": _field_shares(verdicts),
        "fields_given_event": _field_shares(with_event),
        "median_distance_km": metrics.median(distances),
    }


def _row_errors(row: Row, pred: dict[str, Any], verdict: dict[str, Any]) -> dict[str, Any]:
    actor_name = lambda a: a["name"] if a else None  # noqa: E731
    return {
        "event_id": row.event_id,
        "file": row.file,
        "cleaned": row.cleaned,
        "wrong": [f for f in FIELDS if verdict[f] is False],
        "gold": {
            "event_type": row.event_type, "sub_event_type": row.sub_event_type, "actor1": row.actor1,
            "actor2": row.actor2, "inter1": row.inter1, "inter2": row.inter2, "admin1": row.admin1,
            "location": row.location, "latitude": row.latitude, "longitude": row.longitude,
            "fatalities": row.fatalities, "event_date": row.event_date,
            "time_precision": row.time_precision, "geo_precision": row.geo_precision,
        },
        "pred": {k: (actor_name(v) if k in {"actor1", "actor2"} else v) for k, v in pred.items()},
        "distance_km": verdict["_distance_km"],
    }


def iter_predictions(rows: Sequence[Row], published: str = "none", batch_size: int = 32,
                     n_process: int = 1, country: str = "row") -> Iterable[dict[str, Any]]:
    """Run the real pipeline over the rows' cleaned notes, in order; a failure is a row with no event."""
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    docs = [document_from_text(r.text, published=published_for(r, published), source="ACLED notes",
                               title="", name=r.event_id, country=r.iso2 if country == "row" else None)
            for r in rows]
    for extraction, error in extract_all(docs, batch_size=batch_size, n_process=n_process):
        yield predicted_fields(extraction) if extraction is not None else {"event": False, "error": error}


def evaluate_acled(paths: Sequence[str | Path], *, limit: int | None = 200, seed: int = 0,
                   split: str = "dev", by: str | None = None, published: str = "none",
                   country: str = "row", progress: bool = False) -> dict[str, Any]:
    """Read the CSVs, sample the split, extract, score. Returns every figure and per-row errors."""
    import time

    all_rows: list[Row] = []
    for p in paths:
        all_rows.extend(read_rows(p))
    empty = sum(1 for r in all_rows if not r.text.strip())
    usable = [r for r in all_rows if r.text.strip()]
    rows = select_rows(usable, split=split, limit=limit, seed=seed)
    started = time.perf_counter()
    preds: list[dict[str, Any]] = []
    iterator = iter_predictions(rows, published=published, country=country)
    if progress:
        from tqdm import tqdm

        iterator = tqdm(iterator, total=len(rows), desc="acled", unit="row", leave=False)
    for pred in iterator:
        preds.append(pred)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {
        "task": "acled",
        "meta": {
            "files": [str(p) for p in paths],
            "rows_in_files": len(all_rows),
            "rows_empty_notes": empty,
            "split": split,
            "dev_rule": "sha1(event_id_cnty)[:8] as int % 5 == 0",
            "limit": limit,
            "seed": seed,
            "published": published,
            "country": country,
            "main_event": "highest confidence, ties to the first found",
            "cleaned_rows": sum(1 for r in rows if r.cleaned),
            "pipeline_errors": sum(1 for p in preds if p.get("error")),
            "cleaned_by_rule": dict(Counter(rule for r in rows for rule in set(r.cleaned))),
            "seconds": round(seconds, 2),
            "date": dt.datetime.now(dt.timezone.utc).date().isoformat(),
        },
        "overall": summarise(rows, preds),
    }
    if by:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            groups[_group_key(r, by)].append(i)
        result["by"] = {
            "field": by,
            "groups": {
                key: summarise([rows[i] for i in idx], [preds[i] for i in idx])
                for key, idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            },
        }
    result["rows"] = [_row_errors(r, p, score_row(r, p)) for r, p in zip(rows, preds)]
    return result


def _group_key(row: Row, by: str) -> str:
    if by == "country":
        return row.country or "?"
    if by == "file":
        return row.file
    if by == "event_type":
        return row.event_type
    raise ValueError(f"cannot group by {by!r}")
