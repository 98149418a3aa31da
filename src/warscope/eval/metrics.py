"""Metric functions on plain lists, so that every scorer counts the same way.

Labels are strings; a missing prediction is passed as a label of its own (e.g. "(none)") by the caller,
so it counts as a wrong answer rather than being dropped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float | None:
    """Share of positions where pred equals gold; None when there is nothing to score."""
    _same_length(gold, pred)
    if not gold:
        return None
    return sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)


def share(flags: Sequence[bool]) -> float | None:
    """Share of True values; None for an empty list (no data is not 0%)."""
    if not flags:
        return None
    return sum(1 for f in flags if f) / len(flags)


def per_class(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support for every label seen in gold or pred."""
    _same_length(gold, pred)
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter(gold)
    n_pred: Counter[str] = Counter(pred)
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
    out: dict[str, dict[str, float]] = {}
    for label in sorted(set(n_gold) | set(n_pred)):
        precision = tp[label] / n_pred[label] if n_pred[label] else 0.0
        recall = tp[label] / n_gold[label] if n_gold[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold[label]}
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """Unweighted mean F1 over the classes that occur in gold. A label that is only ever predicted
    (e.g. "(none)") is not averaged in; its rows still count against the true class's recall."""
    classes = per_class(gold, pred)
    gold_labels = [c for c, m in classes.items() if m["support"] > 0]
    if not gold_labels:
        return None
    return sum(classes[c]["f1"] for c in gold_labels) / len(gold_labels)


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """F1 averaged over gold classes, weighted by their support."""
    classes = per_class(gold, pred)
    total = sum(m["support"] for m in classes.values())
    if not total:
        return None
    return sum(m["f1"] * m["support"] for m in classes.values()) / total


def confusion(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, int]]:
    """Counts as {gold label: {predicted label: n}}, only non-zero cells."""
    _same_length(gold, pred)
    out: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        row = out.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return out


def classification(gold: Sequence[str], pred: Sequence[str]) -> dict[str, object]:
    """All the usual figures for one labelling task, in one dict."""
    return {
        "n": len(gold),
        "accuracy": accuracy(gold, pred),
        "macro_f1": macro_f1(gold, pred),
        "weighted_f1": weighted_f1(gold, pred),
        "per_class": per_class(gold, pred),
        "confusion": confusion(gold, pred),
    }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of the Earth's mean radius."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def within_ratio(pred: float | None, gold: float, tolerance: float = 0.2) -> bool:
    """pred within +-tolerance of gold (relative); a gold of 0 needs exactly 0."""
    if pred is None:
        return False
    if gold == 0:
        return pred == 0
    return abs(pred - gold) <= tolerance * abs(gold)


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def _same_length(a: Sequence[object], b: Sequence[object]) -> None:
    if len(a) != len(b):
        raise ValueError(f"gold and pred differ in length ({len(a)} != {len(b)})")
