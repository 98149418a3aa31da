"""Scoring the time stage on TimeML (TempEval-3 TimeBank and AQUAINT).

Each .tml file's TEXT is stripped of its tags; the TIMEX3 elements inside it are the gold
expressions and the file's DCT is the reference date. Detection is scored two ways: relaxed
(a predicted span overlaps a gold span, matched one-to-one) and strict (identical spans). Value
accuracy is the share of relaxed matches whose normalised TIMEX3 value equals the gold value.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    dct: date | None
    text: str
    timexes: list[Gold] = field(default_factory=list)


def read_tml(path: Path) -> TmlDoc:
    """The plain text of a .tml file's TEXT, its gold TIMEX3s (offsets into it) and its DCT."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d{2})-?(\d{2})", raw)
    if m:
        dct = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body_text = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body_text):
        chunk = html.unescape(body_text[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(body_text[pos:]))
    return TmlDoc(path.name, dct, "".join(out), gold)


def _files(directory: Path) -> list[Path]:
    for sub in ("TimeBank", "AQUAINT"):
        if (directory / sub).is_dir():
            return sorted(p for s in ("TimeBank", "AQUAINT") for p in (directory / s).glob("*.tml"))
    return sorted(directory.rglob("*.tml"))


def evaluate_timeml(dir: str, limit: int | None = None) -> dict:
    """Detection P/R/F1 (relaxed and strict) and value accuracy over the .tml files under ``dir``
    (its TimeBank/ and AQUAINT/ folders when present), at most ``limit`` files."""
    from warscope import nlp
    from warscope.time.tagger import tag

    paths = _files(Path(dir))
    if limit is not None:
        paths = paths[:limit]
    model = nlp.load()
    tp = fp = fn = strict = value_ok = 0
    by_type: dict[str, list[int]] = {}
    misses: list[dict] = []
    for path in paths:
        d = read_tml(path)
        predicted = tag(d.text, d.dct, doc=model(d.text))
        used: set[int] = set()
        for g in d.timexes:
            match = next(
                (i for i, p in enumerate(predicted) if i not in used and p.start < g.end and g.start < p.end),
                None,
            )
            counts = by_type.setdefault(g.type, [0, 0, 0])  # gold, found, value right
            counts[0] += 1
            if match is None:
                fn += 1
                misses.append(
                    {"file": d.name, "gold": d.text[g.start : g.end], "value": g.value, "why": "missed"}
                )
                continue
            used.add(match)
            p = predicted[match]
            tp += 1
            counts[1] += 1
            strict += p.start == g.start and p.end == g.end
            if p.value == g.value:
                value_ok += 1
                counts[2] += 1
            else:
                misses.append(
                    {"file": d.name, "gold": d.text[g.start : g.end], "value": g.value,
                     "found": d.text[p.start : p.end], "got": p.value, "why": "value"}  # fmt: skip
                )
        for i, p in enumerate(predicted):
            if i not in used:
                fp += 1
                misses.append(
                    {"file": d.name, "found": d.text[p.start : p.end], "got": p.value, "why": "spurious"}
                )

    def prf(hits: int) -> dict[str, float]:
        p = hits / (tp + fp) if tp + fp else 0.0
        r = hits / (tp + fn) if tp + fn else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    return {
        "files": len(paths),
        "gold": tp + fn,
        "predicted": tp + fp,
        "matching": "relaxed: a predicted span overlapping a gold span, one-to-one; strict: same span",
        "relaxed": prf(tp),
        "strict": prf(strict),
        "value_accuracy": value_ok / tp if tp else 0.0,
        "by_type": {k: {"gold": v[0], "found": v[1], "value_right": v[2]} for k, v in sorted(by_type.items())},
        "errors": misses,
    }


def format_timeml(result: dict) -> str:
    lines = [
        f"TimeML: {result['files']} files, {result['gold']} gold TIMEX3, {result['predicted']} predicted",
        f"  matching: {result['matching']}",
    ]
    for name in ("relaxed", "strict"):
        s = result[name]
        lines.append(f"  detection ({name}): P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  value accuracy (on relaxed matches): {result['value_accuracy']:.3f}")
    for kind, c in result["by_type"].items():
        lines.append(
            f"    {kind:<9} gold {c['gold']:>5}  found {c['found']:>5}  value right {c['value_right']:>5}"
        )
    return "\n".join(lines)
