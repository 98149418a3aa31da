"""The numpy MiniLM encoder: the base arithmetic, the shipped delta, and its use by the events stage."""

from __future__ import annotations

import numpy as np
import pytest

from warscope.events import encoder
from warscope.events import model as event_model
from warscope.events.lexicon import EVENT_TYPE_OF


@pytest.fixture(scope="module")
def shipped() -> encoder.Encoder:
    enc = encoder.shared()
    assert enc is not None, "the encoder must load: base package and artefact are installed by make"
    return enc


def _identity_delta(base: dict) -> dict:
    """A delta that changes nothing and whose 'head' returns the pooled sentence embedding."""
    delta: dict = {"classes": np.array([f"d{i}" for i in range(384)]), "rank": np.array(16),
                   "alpha": np.array(32.0), "max_len": np.array(128),
                   "ln.weight": base["embeddings.LayerNorm.weight"], "ln.bias": base["embeddings.LayerNorm.bias"],
                   "head.weight": np.eye(384, dtype=np.float32), "head.bias": np.zeros(384, np.float32)}
    for i in range(6):
        p = f"encoder.layer.{i}."
        for m, name in encoder._NAMES.items():
            out_dim, in_dim = base[p + name + ".weight"].shape
            delta[f"layers.{i}.lin.{m}.a"] = np.zeros((16, in_dim), np.float16)
            delta[f"layers.{i}.lin.{m}.bb"] = np.zeros((out_dim, 16), np.float16)
        delta[f"layers.{i}.ln1.weight"] = base[p + "attention.output.LayerNorm.weight"]
        delta[f"layers.{i}.ln1.bias"] = base[p + "attention.output.LayerNorm.bias"]
        delta[f"layers.{i}.ln2.weight"] = base[p + "output.LayerNorm.weight"]
        delta[f"layers.{i}.ln2.bias"] = base[p + "output.LayerNorm.bias"]
    return delta


def test_base_arithmetic_gives_sentence_embeddings_that_rank_paraphrases_first() -> None:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    root = encoder.base_dir()
    base = load_file(str(root / "model.safetensors"))
    enc = encoder.Encoder(base, _identity_delta(base), Tokenizer.from_file(str(root / "tokenizer.json")))
    vecs = enc.logits([
        "Gunmen attacked a village and killed four farmers.",
        "Four farmers were shot dead when armed men raided their village.",
        "The central bank kept interest rates unchanged this quarter.",
    ])
    vecs = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    paraphrase, unrelated = float(vecs[0] @ vecs[1]), float(vecs[0] @ vecs[2])
    assert paraphrase > 0.6
    assert unrelated < 0.3


def test_batching_and_padding_do_not_change_the_result(shipped: encoder.Encoder) -> None:
    texts = ["Troops shelled the town.", "Hundreds of nurses marched peacefully to the ministry to demand "
             "unpaid wages, and the march ended without incident."]
    together = shipped.logits(texts, batch=2)
    alone = np.stack([shipped.logits([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_shipped_classes_are_acled_sub_event_types(shipped: encoder.Encoder) -> None:
    assert shipped.classes
    assert set(shipped.classes) <= set(EVENT_TYPE_OF)
    probs = shipped.probabilities(["Rebels ambushed an army patrol near the border."])[0]
    assert abs(sum(probs.values()) - 1.0) < 1e-4


@pytest.mark.parametrize(("text", "event_type"), [
    ("Soldiers and fighters of a rebel group exchanged fire for several hours outside the town.", "Battles"),
    ("A roadside bomb went off under a police vehicle on the highway, wounding two officers.",
     "Explosions/Remote violence"),
    ("Unknown gunmen shot dead a village chief in front of his house.", "Violence against civilians"),
    ("Hundreds of teachers marched to the education office to demand their unpaid salaries.", "Protests"),
    ("Residents burned tyres and threw stones at passing cars after a boy was hit by a truck.", "Riots"),
])
def test_types_plain_reports(shipped: encoder.Encoder, text: str, event_type: str) -> None:
    probs = shipped.probabilities([text])[0]
    best = max(probs, key=probs.get)
    assert EVENT_TYPE_OF[best] == event_type


def test_events_stage_uses_the_encoder() -> None:
    assert event_model.available()
    probs = event_model.probabilities("Militants fired mortar rounds at a military base overnight.")
    assert max(probs, key=probs.get) == "Shelling/artillery/missile attack"
