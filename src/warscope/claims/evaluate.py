"""Score fatality extraction against ACLED's coded fatalities, on a sample of ACLED notes.

Each note gets one hand-made event anchored on its first word, so the score measures this stage alone,
not event detection. Notes whose coder remarks leak the answer are left out.

    python -m warscope.claims.evaluate ../shared/data/acled/afghanistan_2020-03.csv 300
    python -m warscope.claims.evaluate ../shared/data/plover/PLOVER_GSR_CAMEO.json

The PLOVER score gives each gold sentence its gold source and target actors as mentions and checks the
statement relations found between them (coverage, and the polarity and type of those found).
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys

from warscope import nlp
from warscope.analysis import Analysis
from warscope.claims import fatalities
from warscope.analysis import ActorMention
from warscope.claims import relations
from warscope.model import Actor, Document, Event

_LEAK = re.compile(r"(coded|fatalit(y|ies) (coded|reported)|split (across|over|between)|\[size=)", re.IGNORECASE)


def evaluate(path: str, n: int, seed: int = 0) -> dict[str, float]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(seed).shuffle(rows)
    model = nlp.load()
    counts = {"notes": 0, "exact": 0, "none": 0, "none_gold_0": 0, "over": 0, "under": 0}
    for row in rows[:n]:
        note = row["notes"]
        if _LEAK.search(note):
            continue
        counts["notes"] += 1
        analysis = Analysis(document=Document(id="note", text=note), doc=model(note))
        event = Event(id="e", event_type=row["event_type"], confidence=0.5)
        event._trigger, event._sentence = analysis.span(0, 1), 0
        analysis.events.append(event)
        fatalities.annotate(analysis)
        gold = int(row["fatalities"])
        pred = event.fatalities.best if event.fatalities else None
        if pred is None:
            counts["none"] += 1
            counts["none_gold_0"] += gold == 0
        elif pred == gold:
            counts["exact"] += 1
        else:
            counts["over" if pred > gold else "under"] += 1
    total = max(1, counts["notes"])
    predicted = max(1, counts["notes"] - counts["none"])
    return {
        **counts,
        # ACLED writes 0 where no toll is reported; this stage leaves it unknown (None)
        "accuracy_none_as_0": (counts["exact"] + counts["none_gold_0"]) / total,
        "exact_when_predicted": counts["exact"] / predicted,
    }


_COOPERATIVE_GOLD = {"AGREE", "SUPPORT", "CONCEDE", "CONSULT", "AID", "COOPERATE", "RETREAT"}
_HOSTILE_GOLD = {"REJECT", "THREATEN", "PROTEST", "COERCE", "FIGHT", "DISAPPROVE", "ASSAULT", "SANCTION", "DEMAND"}


def evaluate_plover(path: str) -> dict[str, float]:
    with open(path, encoding="utf-8") as fh:
        records = [r for r in json.load(fh) if r.get("event") in _COOPERATIVE_GOLD | _HOSTILE_GOLD]
    model = nlp.load()
    counts = {"sentences": 0, "found": 0, "polarity_ok": 0, "type_ok": 0}
    for rec in records:
        text = rec["text"]
        analysis = Analysis(document=Document(id="s", text=text), doc=model(text))
        ids: dict[str, str] = {}
        for role in ("source", "target"):
            given = rec.get(role) or []
            given = [given] if isinstance(given, (dict, str)) else given
            for k, actor in enumerate(given):
                name = (actor.get("actorText", "") if isinstance(actor, dict) else str(actor)).strip()
                pos = text.find(name)
                if not name or pos < 0:
                    continue
                actor_id = f"{role}{k}"
                ids[actor_id] = role
                analysis.actors.append(Actor(id=actor_id, name=name, kind="other"))
                analysis.mentions.append(ActorMention(pos, pos + len(name), actor_id))
        if "source" not in ids.values() or "target" not in ids.values():
            continue
        counts["sentences"] += 1
        relations.annotate(analysis)
        hits = [r for r in analysis.relations if ids.get(r.source) == "source" and ids.get(r.target) == "target"]
        if not hits:
            continue
        counts["found"] += 1
        gold = rec["event"]
        want = "cooperative" if gold in _COOPERATIVE_GOLD else "hostile"
        counts["polarity_ok"] += hits[0].polarity == want
        counts["type_ok"] += hits[0].plover == gold or (gold == "FIGHT" and hits[0].plover == "ASSAULT")
    found = max(1, counts["found"])
    return {
        **counts,
        "coverage": counts["found"] / max(1, counts["sentences"]),
        "polarity_accuracy": counts["polarity_ok"] / found,
        "type_accuracy": counts["type_ok"] / found,
    }


if __name__ == "__main__":
    if sys.argv[1].endswith(".json"):
        result = evaluate_plover(sys.argv[1])
    else:
        result = evaluate(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
