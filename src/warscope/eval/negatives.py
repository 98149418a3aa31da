"""False events on articles that report no conflict (the BBC business/sport/tech/... corpus).

Every event warscope finds in such an article is a false one. The figure is events per 20 articles
over a seeded random sample of the corpus's .txt files (or one section of it); the JSON lists each
false event with its type and evidence so the causes can be read. Each file is an article whose
first line is its headline; no publication date is given.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def article_files(root: str | Path, section: str | None = None) -> list[Path]:
    """The corpus's articles: ``<section>/<n>.txt`` below root, in a fixed order."""
    base = Path(root)
    files = sorted(p for p in base.rglob("*.txt") if p.parent != base)
    if section:
        files = [p for p in files if p.parent.name == section]
    return files


def evaluate_negatives(root: str | Path, *, limit: int | None = 300, seed: int = 0,
                       section: str | None = None) -> dict[str, Any]:
    from warscope.eval.run import extract_all
    from warscope.ingest import InputError, decode_bytes, document_from_text

    files = article_files(root, section)
    chosen: Sequence[Path] = files
    if limit is not None and limit < len(files):
        chosen = sorted(random.Random(seed).sample(files, limit))
    docs, names, unreadable = [], [], []
    for path in chosen:
        try:
            docs.append(document_from_text(decode_bytes(path.read_bytes(), str(path)), name=str(path)))
            names.append(path)
        except InputError as exc:
            unreadable.append(str(exc))
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    for path, (extraction, error) in zip(names, extract_all(docs)):
        events = (extraction or {}).get("events", [])
        rows.append({
            "file": f"{path.parent.name}/{path.name}",
            "section": path.parent.name,
            "error": error,
            "events": [{"event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
                        "confidence": e.get("confidence"),
                        "evidence": (e.get("evidence") or [{}])[0].get("text", "")[:300]} for e in events],
        })
    seconds = time.perf_counter() - started
    by_section: dict[str, dict[str, Any]] = {}
    for name in sorted({r["section"] for r in rows}):
        group = [r for r in rows if r["section"] == name]
        by_section[name] = _figures(group)
    return {
        "task": "negatives",
        "meta": {"root": str(root), "files_in_corpus": len(files), "section": section, "limit": limit,
                 "seed": seed, "unreadable": unreadable, "seconds": round(seconds, 2),
                 "date": dt.datetime.now(dt.timezone.utc).date().isoformat()},
        "overall": _figures(rows),
        "by_section": by_section,
        "rows": rows,
    }


def _figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    events = sum(len(r["events"]) for r in rows)
    return {
        "articles": n,
        "articles_with_events": sum(1 for r in rows if r["events"]),
        "events": events,
        "events_per_20_articles": round(20 * events / n, 2) if n else None,
        "by_event_type": dict(Counter(e["event_type"] for r in rows for e in r["events"]).most_common()),
        "failed": sum(1 for r in rows if r["error"]),
    }


def markdown(result: dict[str, Any], command: str) -> str:
    meta, o = result["meta"], result["overall"]
    lines = [
        f"Command: `{command}`  ",
        f"Data: {Path(meta['root']).name} ({meta['files_in_corpus']} articles; {o['articles']} sampled with "
        f"seed {meta['seed']}; no publication date)  ",
        f"Date: {meta['date']}; {meta['seconds']} s",
        "",
        "Every event found in these articles is a false one.",
        "",
        "| section | articles | with an event | events | per 20 articles |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, f in [*result["by_section"].items(), ("all", o)]:
        lines.append(f"| {name} | {f['articles']} | {f['articles_with_events']} | {f['events']} | "
                     f"{f['events_per_20_articles']} |")
    if o["by_event_type"]:
        lines += ["", "False events by type: " + ", ".join(f"{k} {v}" for k, v in o["by_event_type"].items()) + "."]
    return "\n".join(lines)
