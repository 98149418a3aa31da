"""Score incident detection and role fillers on MUC-4 full articles (GRIT's processed JSON lines).

Input: ``dev.json``/``train.json`` ({docid, doctext, extracts{PerpInd, PerpOrg, Target, Victim, Weapon}}),
with ``doc_<split>`` (original text and dateline) and ``keys_<split>`` (templates) read from the same
folder when present.

* Text: the original upper-case text from ``doc_<split>`` (else ``doctext``), put in sentence case
  (``--case``) because the spaCy model was trained on mixed case; the dateline date ("4 FEB 90") is
  the publication date, as a reader of the wire would have it.
* Incident detection: gold = the document has at least one template in ``keys_<split>`` (else a
  non-empty role in ``extracts``); predicted = at least one event of a violent ACLED type (Battles,
  Explosions/Remote violence, Violence against civilians, Riots, or Looting/property destruction).
* Role fillers, from those violent events: PerpOrg <- actor1 actors not of kind person/civilians;
  PerpInd <- every actor1 actor; Victim <- actor2 actors. Target (physical objects) and Weapon have no
  warscope field and are scored with no predictions.
* Matching rule: an entity is a set of strings (gold: coreferent mentions; predicted: the actor's name,
  aliases and mention texts, pronouns left out). Strings are compared lower-cased, punctuation
  removed, leading articles dropped; two strings match when equal or when one contains the other as
  whole words. A gold entity matches at most one predicted entity and vice versa (greedy, in
  document order); counts are summed over documents (micro precision/recall/F1).
* Location and date of incidents: the shared copy has no gold for them (its keys keep only the
  perpetrator/target/instrument slots), so they are not scored.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscope.eval import metrics

ROLES = ("PerpOrg", "PerpInd", "Victim", "Target", "Weapon")
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
_PRONOUNS = {"he", "she", "it", "they", "them", "him", "her", "his", "its", "their", "we", "us", "our", "i",
             "you", "who", "which", "that", "this", "these", "those"}
_ARTICLES_RE = re.compile(r"^(?:the|a|an)\s+")
_DATELINE_DATE_RE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{2,4})\b")


class MucFormatError(ValueError):
    pass


@dataclass
class MucDoc:
    id: str
    text: str
    published: str | None
    incident: bool
    roles: dict[str, list[list[str]]] = field(default_factory=dict)


def norm(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"\s+", " ", text).strip()
    return _ARTICLES_RE.sub("", text)


def strings_match(a: str, b: str) -> bool:
    """Equal after normalising, or one contains the other as whole words."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    return f" {na} " in f" {nb} " or f" {nb} " in f" {na} "


def match_entities(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> int:
    """Number of one-to-one matches between gold and predicted entities (each a list of strings)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j in used:
                continue
            if any(strings_match(gs, ps) for gs in g for ps in p):
                used.add(j)
                tp += 1
                break
    return tp


def parse_dateline(dateline: str | None) -> str | None:
    """"SAN SALVADOR, 18 FEB 90 (DPA)" -> "1990-02-18"."""
    if not dateline:
        return None
    m = _DATELINE_DATE_RE.search(dateline)
    if not m:
        return None
    day, mon, year = m.groups()
    try:
        month = dt.datetime.strptime(mon.title(), "%b").month
        y = int(year)
        y = y + 1900 if y < 100 else y
        return dt.date(y, month, int(day)).isoformat()
    except ValueError:
        return None


def sentence_case(text: str) -> str:
    """Lower-case text with each sentence's first letter (and the pronoun I) capitalised."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    low = "\n\n".join(p for p in paragraphs if p).lower()
    low = re.sub(r"(^|[.!?]\s+|\n\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), low)
    return re.sub(r"\bi\b", "I", low)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise MucFormatError(f"{path}: line {lineno}: not JSON ({exc.msg})") from None
    return out


def _read_keys(path: Path) -> dict[str, bool]:
    """docid -> has at least one incident template."""
    out: dict[str, bool] = {}
    for block in path.read_text(encoding="utf-8").split("%%%"):
        block = block.strip().strip("%").strip()
        if not block:
            continue
        try:
            items = json.loads(block)
        except json.JSONDecodeError as exc:
            raise MucFormatError(f"{path}: unreadable template ({exc.msg})") from None
        slots = {k: v for k, v in items if k in {"message_id", "message_template"}}
        docid = str(slots.get("message_id"))
        out[docid] = out.get(docid, False) or slots.get("message_template") not in (None, "*")
    return out


def read_muc(path: str | Path, case: str = "sentence") -> list[MucDoc]:
    path = Path(path)
    records = _read_jsonl(path)
    if records and not {"docid", "doctext", "extracts"} <= records[0].keys():
        raise MucFormatError(f"{path}: expected JSON lines with docid, doctext and extracts")
    split = path.stem
    originals: dict[str, dict[str, Any]] = {}
    doc_file = path.with_name(f"doc_{split}")
    if doc_file.exists():
        originals = {r["docid"]: r for r in _read_jsonl(doc_file)}
    keys_file = path.with_name(f"keys_{split}")
    keys = _read_keys(keys_file) if keys_file.exists() else {}
    docs = []
    for r in records:
        orig = originals.get(r["docid"], {})
        raw = orig.get("text") or r["doctext"]
        text = {"sentence": sentence_case, "lower": str.lower, "as-is": lambda t: t}[case](raw)
        roles = {role: [[m[0] for m in ent] for ent in r["extracts"].get(role, [])] for role in ROLES}
        incident = keys.get(r["docid"], any(roles.values())) if keys else any(roles.values())
        docs.append(MucDoc(id=r["docid"], text=text, published=parse_dateline(orig.get("dateline")),
                           incident=incident, roles=roles))
    return docs


def predicted_roles(extraction: dict[str, Any]) -> tuple[bool, dict[str, list[list[str]]]]:
    actors = {a["id"]: a for a in extraction.get("actors") or []}
    violent = [e for e in extraction.get("events") or []
               if e.get("event_type") in VIOLENT_TYPES or e.get("sub_event_type") == "Looting/property destruction"]

    def strings(actor: dict[str, Any]) -> list[str]:
        found = [actor.get("name") or "", *(actor.get("aliases") or []), *(m["text"] for m in actor.get("mentions") or [])]
        # Pronoun mentions ("they", "it") would match any gold string that happens to contain them.
        return [t for t in dict.fromkeys(found) if t and norm(t) not in _PRONOUNS]

    def collect(slot: str, keep) -> list[list[str]]:
        seen: list[str] = []
        for e in violent:
            aid = e.get(slot)
            if aid and aid in actors and aid not in seen and keep(actors[aid]):
                seen.append(aid)
        return [strings(actors[a]) for a in seen]

    roles = {
        "PerpOrg": collect("actor1", lambda a: a.get("kind") not in {"person", "civilians"}),
        "PerpInd": collect("actor1", lambda a: True),
        "Victim": collect("actor2", lambda a: True),
        "Target": [],
        "Weapon": [],
    }
    return bool(violent), roles


def evaluate_muc4(path: str | Path, *, limit: int | None = None, seed: int = 0, case: str = "sentence"
                  ) -> dict[str, Any]:
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    docs = read_muc(path, case=case)
    chosen = list(docs)
    if limit is not None:
        random.Random(seed).shuffle(chosen)
        chosen = chosen[:limit]
    started = time.perf_counter()
    documents = [document_from_text(d.text, published=d.published, title="", source="MUC-4", name=d.id)
                 for d in chosen]
    counts = {role: [0, 0, 0] for role in ROLES}  # tp, n_pred, n_gold
    det = [0, 0, 0]
    rows = []
    errors = 0
    for d, (extraction, error) in zip(chosen, extract_all(documents, batch_size=8)):
        errors += error is not None
        found, roles = predicted_roles(extraction or {})
        det[0] += found and d.incident
        det[1] += found
        det[2] += d.incident
        row: dict[str, Any] = {"docid": d.id, "incident": d.incident, "predicted_incident": found,
                               "error": error, "roles": {}}
        for role in ROLES:
            tp = match_entities(d.roles.get(role, []), roles[role])
            c = counts[role]
            c[0] += tp
            c[1] += len(roles[role])
            c[2] += len(d.roles.get(role, []))
            row["roles"][role] = {"tp": tp, "pred": roles[role], "gold": d.roles.get(role, [])}
        rows.append(row)
    seconds = time.perf_counter() - started
    scored = {role: metrics.prf(*counts[role]) for role in ROLES}
    micro = [sum(counts[r][i] for r in ROLES if r != "PerpInd") for i in range(3)]
    return {
        "task": "muc4",
        "meta": {
            "file": str(path),
            "docs_in_file": len(docs),
            "limit": limit,
            "seed": seed,
            "case": case,
            "pipeline_errors": errors,
            "published": "dateline date",
            "matching": "normalised equality or whole-word containment; one-to-one; micro over documents",
            "unscored": "incident location and date: no gold in this copy",
            "seconds": round(seconds, 2),
            "date": dt.datetime.now(dt.timezone.utc).date().isoformat(),
        },
        "incident_detection": metrics.prf(*det),
        "roles": scored,
        "roles_micro_without_PerpInd": metrics.prf(*micro),
        "rows": rows,
    }


def table_rows(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {"incident detection (docs)": result["incident_detection"]}
    for role, m in result["roles"].items():
        rows[f"role {role}"] = m
    rows["roles micro (PerpOrg+Victim+Target+Weapon)"] = result["roles_micro_without_PerpInd"]
    return rows

