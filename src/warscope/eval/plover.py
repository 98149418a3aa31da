"""Score source and target actors (and the PLOVER event type) on the PLOVER gold sentences.

Data: ``PLOVER_GSR_CAMEO.json`` (a JSON list; each record has ``text``, ``event`` and ``source`` /
``target`` lists of ``{"actorText": ...}``; the one ``DOCUMENT`` record is skipped).

Decisions:

* Each sentence is a document of its own, with no publication date.
* Predicted sources are the ``actor1`` and targets the ``actor2`` of the main event (highest
  confidence, ties to the first found, as for ACLED). A second reading, "any", takes every event's
  actor1/actor2 and every relation's source/target, to separate role choice from event choice.
* A predicted actor stands for a gold actor text when one of its mentions overlaps an occurrence of
  that text in the sentence, or when its name or an alias equals the text (case- and
  accent-insensitively). Matching is one-to-one per sentence; precision counts distinct predicted
  actors, recall gold actor texts. Figures are micro-averaged over sentences.
* "recognised" is the share of gold actor texts (source and target) that some extracted actor
  mention overlaps, whatever its role: what the actors stage alone can be blamed for.
* PLOVER type accuracy compares the main event's ``plover`` with the gold ``event``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path
from typing import Any

from warscope.eval.acled import main_event
from warscope.eval.acled_names import fold


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """The coded sentences of a PLOVER gold file (the DOCUMENT record left out)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, list):
        raise ValueError("not a PLOVER gold file (a JSON list of records)")
    return [r for r in data if isinstance(r, dict) and r.get("text") and r.get("event") != "DOCUMENT"]


def gold_texts(record: dict[str, Any], role: str) -> list[str]:
    return [a["actorText"] for a in record.get(role) or [] if isinstance(a, dict) and a.get("actorText")]


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, low, n = [], text.lower(), needle.lower()
    i = low.find(n)
    while i >= 0 and n:
        out.append((i, i + len(n)))
        i = low.find(n, i + 1)
    return out


def stands_for(actor: dict[str, Any], gold: str, text: str) -> bool:
    """Does a predicted (serialised) actor stand for the gold actor text in this sentence?"""
    where = _occurrences(text, gold)
    for m in actor.get("mentions") or []:
        if any(m["start"] < b and a < m["end"] for a, b in where):
            return True
    names = {fold(n) for n in [actor.get("name") or "", *(actor.get("aliases") or [])] if n}
    return fold(gold) in names


def _match(pred: list[dict[str, Any]], gold: list[str], text: str) -> int:
    """One-to-one matches between predicted actors and gold actor texts (greedy, gold order)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, actor in enumerate(pred):
            if i not in used and stands_for(actor, g, text):
                used.add(i)
                tp += 1
                break
    return tp


def predicted_roles(extraction: dict[str, Any], reading: str) -> tuple[list[dict], list[dict]]:
    """(source actors, target actors) under the "main" or "any" reading."""
    actors = {a["id"]: a for a in extraction.get("actors") or []}
    pairs: list[tuple[str | None, str | None]] = []
    if reading == "main":
        ev = main_event(extraction)
        if ev is not None:
            pairs.append((ev.get("actor1"), ev.get("actor2")))
    else:
        pairs += [(ev.get("actor1"), ev.get("actor2")) for ev in extraction.get("events") or []]
        pairs += [(r.get("source"), r.get("target")) for r in extraction.get("relations") or []]
    src = list(dict.fromkeys(s for s, _ in pairs if s in actors))
    tar = list(dict.fromkeys(t for _, t in pairs if t in actors))
    return [actors[i] for i in src], [actors[i] for i in tar]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def evaluate_plover(path: str | Path, limit: int | None = None, seed: int = 0) -> dict[str, Any]:
    """Run the pipeline over the gold sentences and score source/target actors and PLOVER types."""
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    records = read_records(path)
    if limit is not None and limit < len(records):
        records = random.Random(seed).sample(records, limit)
    docs = [document_from_text(r["text"], published=None, source="PLOVER gold", title="", name=r.get("id", ""))
            for r in records]
    started = time.perf_counter()
    counts = {f"{reading} {role}": [0, 0, 0] for reading in ("main", "any") for role in ("source", "target")}
    recognised = [0, 0]
    types = [0, 0]
    rows = []
    for rec, (extraction, error) in zip(records, extract_all(docs)):
        extraction = extraction or {"actors": [], "events": [], "relations": []}
        text = rec["text"]
        gold = {"source": gold_texts(rec, "source"), "target": gold_texts(rec, "target")}
        row = {"id": rec.get("id"), "event": rec.get("event"), "gold": gold, "error": error}
        for reading in ("main", "any"):
            src, tar = predicted_roles(extraction, reading)
            for role, pred in (("source", src), ("target", tar)):
                c = counts[f"{reading} {role}"]
                tp = _match(pred, gold[role], text)
                c[0] += tp
                c[1] += len(pred)
                c[2] += len(gold[role])
                row[f"{reading}_{role}"] = [a["name"] for a in pred]
        everyone = extraction.get("actors") or []
        for g in gold["source"] + gold["target"]:
            recognised[1] += 1
            recognised[0] += any(stands_for(a, g, text) for a in everyone)
        ev = main_event(extraction)
        types[1] += 1
        types[0] += bool(ev) and ev.get("plover") == rec.get("event")
        row["pred_plover"] = ev.get("plover") if ev else None
        rows.append(row)
    roles = {name: _prf(*c) for name, c in counts.items()}
    return {
        "task": "plover",
        "meta": {"file": str(path), "sentences": len(records), "limit": limit, "seed": seed,
                 "seconds": round(time.perf_counter() - started, 2),
                 "date": dt.datetime.now(dt.timezone.utc).date().isoformat()},
        "roles": roles,
        "recognised": {"share": recognised[0] / recognised[1] if recognised[1] else None,
                       "n": recognised[1]},
        "plover_type_accuracy": types[0] / types[1] if types[1] else None,
        "rows": rows,
    }


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_plover(result: dict[str, Any]) -> str:
    """A plain-text table of the figures."""
    meta = result["meta"]
    lines = [f"PLOVER gold: {meta['sentences']} sentences ({meta['seconds']} s)",
             f"{'measure':16} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for name, m in result["roles"].items():
        lines.append(f"{name:16} {_num(m['precision']):>9} {_num(m['recall']):>7} {_num(m['f1']):>6} "
                     f"{m['tp']:>5} {m['n_pred']:>5} {m['n_gold']:>5}")
    rec = result["recognised"]
    lines.append(f"gold actors recognised (any role): {_num(rec['share'])} of {rec['n']}")
    lines.append(f"PLOVER type accuracy (main event): {_num(result['plover_type_accuracy'])}")
    return "\n".join(lines) + "\n"
