"""Score sub-event typing on CASE 2021 Task 2 news snippets (ACLED sub-event codes + 5 unseen types).

Each snippet is one Document (no publication date); its main event (highest confidence, then first)
gives the predicted sub-event type. A snippet with no event, or whose main event has no ACLED
sub-event type, is predicted as "no ACLED event"; that is also the gold label of the five non-ACLED
types (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warscope.eval import metrics
from warscope.eval.acled import main_event
from warscope.eval.acled_names import SUB_TO_TYPE

NO_EVENT = "no ACLED event"
CODES = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
UNSEEN = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")


class CaseFormatError(ValueError):
    pass


@dataclass
class Snippet:
    id: str
    text: str
    code: str

    @property
    def gold(self) -> str:
        return gold_label(self.code)


def gold_label(code: str) -> str:
    """ACLED sub-event name for a CASE code; the non-ACLED types are "no ACLED event"."""
    code = code.strip().upper()
    if code in CODES:
        return CODES[code]
    if code in UNSEEN:
        return NO_EVENT
    raise CaseFormatError(f"unknown CASE 2021 label {code!r}")


def read_snippets(path: str | Path) -> list[Snippet]:
    """The TSV (id, EventSnippet, SubType), header required."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if not header or [h.strip().lower() for h in header[:3]] != ["id", "eventsnippet", "subtype"]:
                raise CaseFormatError(f"{path}: expected a header 'id<TAB>EventSnippet<TAB>SubType'")
            out = []
            for lineno, rec in enumerate(reader, start=2):
                if not rec or not any(c.strip() for c in rec):
                    continue
                if len(rec) < 3:
                    raise CaseFormatError(f"{path}: line {lineno}: expected 3 tab-separated columns")
                gold_label(rec[2])  # validate early, with the line number
                out.append(Snippet(id=rec[0].strip(), text=rec[1].strip(), code=rec[2].strip().upper()))
            return out
    except UnicodeDecodeError:
        raise CaseFormatError(f"{path}: not UTF-8 text") from None
    except CaseFormatError as exc:
        if str(exc).startswith(str(path)):
            raise
        raise CaseFormatError(f"{path}: {exc}") from None


def predicted_label(extraction: dict[str, Any]) -> str:
    event = main_event(extraction)
    if event is None:
        return NO_EVENT
    sub = event.get("sub_event_type")
    return sub if sub in SUB_TO_TYPE else NO_EVENT


def evaluate_case2021(path: str | Path, *, limit: int | None = None, seed: int = 0) -> dict[str, Any]:
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    snippets = read_snippets(path)
    rows = list(snippets)
    if limit is not None:
        random.Random(seed).shuffle(rows)
        rows = rows[:limit]
    started = time.perf_counter()
    docs = [document_from_text(s.text, title="", source="CASE 2021", name=f"snippet {s.id}") for s in rows]
    outcomes = list(extract_all(docs, batch_size=32))
    preds = [predicted_label(e) if e is not None else NO_EVENT for e, _ in outcomes]
    seconds = time.perf_counter() - started
    gold = [s.gold for s in rows]
    gold_type = [SUB_TO_TYPE.get(g, NO_EVENT) for g in gold]
    pred_type = [SUB_TO_TYPE.get(p, NO_EVENT) for p in preds]
    detect_tp = sum(1 for g, p in zip(gold, preds) if g != NO_EVENT and p != NO_EVENT)
    return {
        "task": "case2021",
        "meta": {
            "file": str(path),
            "rows_in_file": len(snippets),
            "limit": limit,
            "seed": seed,
            "published": "none",
            "pipeline_errors": sum(1 for _, err in outcomes if err),
            "main_event": "highest confidence, ties to the first found",
            "seconds": round(seconds, 2),
            "date": dt.datetime.now(dt.timezone.utc).date().isoformat(),
        },
        "sub_event_type": metrics.classification(gold, preds),
        "event_type": {k: v for k, v in metrics.classification(gold_type, pred_type).items()
                       if k != "confusion"},
        "acled_event_detection": metrics.prf(detect_tp, sum(p != NO_EVENT for p in preds),
                                             sum(g != NO_EVENT for g in gold)),
        "rows": [{"id": s.id, "code": s.code, "gold": g, "pred": p, "right": g == p, "error": o[1]}
                 for s, g, p, o in zip(rows, gold, preds, outcomes)],
    }


def summary_lines(result: dict[str, Any]) -> Sequence[str]:
    sub, et = result["sub_event_type"], result["event_type"]
    det = result["acled_event_detection"]
    return [
        f"sub_event_type: accuracy {sub['accuracy']:.3f}, macro-F1 {sub['macro_f1']:.3f}, "
        f"weighted F1 {sub['weighted_f1']:.3f} (n={sub['n']})",
        f"event_type (derived): accuracy {et['accuracy']:.3f}, macro-F1 {et['macro_f1']:.3f}",
        f"ACLED event vs no ACLED event: P {det['precision']:.3f} R {det['recall']:.3f} F1 {det['f1']:.3f}",
    ]
