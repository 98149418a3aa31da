"""Score fatality extraction against ACLED's coded fatalities, on a sample of ACLED notes.

Each note gets one hand-made event anchored on its first word, so the score measures this stage alone,
not event detection. Notes whose coder remarks leak the answer are left out.

    python -m warscope.claims.evaluate ../shared/data/acled/afghanistan_2020-03.csv 300
"""

from __future__ import annotations

import csv
import random
import re
import sys

from warscope import nlp
from warscope.analysis import Analysis
from warscope.claims import fatalities
from warscope.model import Document, Event

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


if __name__ == "__main__":
    result = evaluate(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
