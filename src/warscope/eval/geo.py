"""Geoparsing evaluation on GeoWebNews (GWN.xml) and LGL (lgl.xml): detection and resolution.

Runs the geo stage end to end on each article's raw text and compares its place mentions with the
gold toponyms:
- detection: a predicted mention is correct when it overlaps a gold toponym that has coordinates;
  one overlapping a gold annotation without coordinates (a non-locational expression) is not counted
  either way, except GWN's Non_Toponym/Homonym (not places: a wrong detection). Recall is over gold
  toponyms with coordinates.
- resolution: for every gold toponym, found (an overlapping predicted mention) and within 161 km
  (100 miles, the customary threshold) of the gold coordinates; also mean/median error of found ones.
GWN also marks place names inside organisation names (Embedded_Literal/Embedded_Non_Lit,
"Washington Post"); warscope finds the well-known ones as place mentions marked `embedded` (never
an event's location), and the "places" view scores without them.
GWN and LGL mark adjectival uses ("Turkish forces", "Sudanese refugees") as toponyms; warscope treats
demonyms as country context, not places, so both are also scored without them ("names only": GWN's
Demonym/Language types and adjectival modifiers; LGL's phrases in warscope's demonym list).
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ACCURATE_KM = 161.0
# GWN types that are not places at all.
GWN_NOT_PLACES = {"Non_Toponym", "Homonym"}


@dataclass
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None
    adjective: bool = False  # a demonym or adjectival modifier ("Turkish"): not a place name
    not_place: bool = False
    embedded: bool = False  # GWN: a place inside an organisation's name ("Washington Post")


def read_articles(path: str) -> list[tuple[str, str, list[Gold]]]:
    """(id, text, gold toponyms) for GWN.xml (GeoWebNews) or lgl.xml (LGL)."""
    from warscope.geo import gazetteer

    demonyms = gazetteer.load().demonyms
    root = ET.parse(path).getroot()
    out = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        golds = []
        for tp in art.iter("toponym"):
            start, end = int(tp.findtext("start")), int(tp.findtext("end"))
            gaz = tp.find("gaztag")
            if gaz is not None:  # LGL, TR-News
                lat, lon = gaz.findtext("lat"), gaz.findtext("lon")
                # LGL marks no types: its demonyms ("Sudanese") are told apart by warscope's own list.
                adjective = text[start:end] in demonyms
                golds.append(Gold(start, end, _float(lat), _float(lon), adjective=adjective))
            else:  # GeoWebNews
                kind = tp.findtext("type") or ""
                adjective = kind in {"Demonym", "Language"} or (tp.findtext("modifierType") == "Adjective")
                lat, lon = _float(tp.findtext("latitude")), _float(tp.findtext("longitude"))
                golds.append(Gold(start, end, lat, lon, adjective=adjective, not_place=kind in GWN_NOT_PLACES,
                                  embedded=kind.startswith("Embedded")))
        ident = art.get("docid") or art.get("file") or str(i)
        out.append((ident, text, golds))
    return out


def _float(v: str | None) -> float | None:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _predict(text: str):
    """(start, end, lat, lon) of every place mention the geo stage finds in text."""
    from warscope import geo, nlp
    from warscope.analysis import Analysis
    from warscope.model import Document

    analysis = Analysis(document=Document(id=Document.make_id(text), text=text), doc=nlp.load()(text))
    geo.annotate(analysis)
    out = []
    for m in analysis.place_mentions:
        p = analysis.place(m.place_id)
        out.append((m.start, m.end, p.latitude if p else None, p.longitude if p else None))
    return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _score(rows: list[tuple[list[Gold], list[tuple]]], keep) -> dict:
    tp = fp = gold_n = found = accurate = 0
    errors: list[float] = []
    for golds, preds in rows:
        located = [g for g in golds if g.lat is not None and keep(g)]
        gold_n += len(located)
        for s, e, _, _ in preds:
            if any(_overlaps(s, e, g.start, g.end) for g in located):
                tp += 1
            elif any(_overlaps(s, e, g.start, g.end) and not g.not_place for g in golds):
                continue  # a gold annotation without coordinates, or one left out of this view
            else:
                fp += 1
        for g in located:
            hits = [p for p in preds if _overlaps(p[0], p[1], g.start, g.end)]
            if not hits:
                continue
            found += 1
            s, e, lat, lon = hits[0]
            if lat is None:
                continue
            km = haversine_km(g.lat, g.lon, lat, lon)
            errors.append(km)
            accurate += km <= ACCURATE_KM
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = found / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold_n,
        "predicted_correct": tp,
        "predicted_wrong": fp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "found": found,
        "accurate_161km": accurate,
        "end_to_end_161km": accurate / gold_n if gold_n else 0.0,
        "resolution_161km_of_found": accurate / found if found else 0.0,
        "mean_error_km": statistics.fmean(errors) if errors else None,
        "median_error_km": statistics.median(errors) if errors else None,
    }


def evaluate_geo(path: str, limit: int | None = None, half: str | None = None) -> dict:
    """Score warscope's geo stage on a GWN.xml or lgl.xml file (the first `limit` articles).

    `half`: "even" or "odd" scores only the articles at even or odd positions in the file, a
    fixed split so that rules can be tuned on one half and measured on the other.
    """
    articles = read_articles(path)
    if half is not None:
        if half not in ("even", "odd"):
            raise ValueError(f"half must be 'even' or 'odd', not {half!r}")
        articles = [a for i, a in enumerate(articles) if i % 2 == (half == "odd")]
    if limit is not None:
        articles = articles[:limit]
    t0 = time.perf_counter()
    rows = [(golds, _predict(text)) for _, text, golds in articles]
    seconds = time.perf_counter() - t0
    result = {
        "file": Path(path).name + (f" ({half} half)" if half else ""),
        "articles": len(articles),
        "seconds": round(seconds, 1),
        "all": _score(rows, lambda g: True),
    }
    if any(g.adjective for golds, _ in rows for g in golds):
        result["names_only"] = _score(rows, lambda g: not g.adjective)
    if any(g.embedded for golds, _ in rows for g in golds):
        result["places"] = _score(rows, lambda g: not g.adjective and not g.embedded)
    return result


def format_geo(result: dict) -> str:
    lines = [f"geoparsing: {result['file']} ({result['articles']} articles, {result['seconds']} s)"]
    head = f"{'view':<11}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}{'<=161km':>9}{'of found':>10}{'mean km':>9}{'median':>8}"
    lines.append(head)
    for view in ("all", "names_only", "places"):
        r = result.get(view)
        if r is None:
            continue
        mean = f"{r['mean_error_km']:.0f}" if r["mean_error_km"] is not None else "-"
        med = f"{r['median_error_km']:.0f}" if r["median_error_km"] is not None else "-"
        lines.append(
            f"{view:<11}{r['gold']:>6}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
            f"{r['end_to_end_161km']:>9.3f}{r['resolution_161km_of_found']:>10.3f}{mean:>9}{med:>8}"
        )
    lines.append("<=161km: gold toponyms found and resolved within 161 km (end to end); "
                 "of found: the same among found ones")
    lines.append("names_only: without demonyms/adjectives; places: also without names inside "
                 "organisation names (GWN Embedded_*), which warscope marks embedded, never an event's place")
    return "\n".join(lines)
