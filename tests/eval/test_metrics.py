"""Metric functions on hand-made inputs, checked against hand-computed values."""

import pytest

from warscope.eval import metrics


def test_accuracy_and_share():
    assert metrics.accuracy(["a", "b", "c", "a"], ["a", "b", "a", "a"]) == 0.75
    assert metrics.accuracy([], []) is None
    assert metrics.share([True, False, False, True]) == 0.5
    assert metrics.share([]) is None
    with pytest.raises(ValueError):
        metrics.accuracy(["a"], [])


def test_per_class_macro_and_weighted_f1():
    gold = ["A", "A", "A", "B", "B", "C"]
    pred = ["A", "A", "B", "B", "C", "C"]
    pc = metrics.per_class(gold, pred)
    # A: P 2/2, R 2/3 -> F1 0.8; B: P 1/2, R 1/2 -> 0.5; C: P 1/2, R 1/1 -> 2/3
    assert pc["A"]["f1"] == pytest.approx(0.8)
    assert pc["B"]["f1"] == pytest.approx(0.5)
    assert pc["C"]["f1"] == pytest.approx(2 / 3)
    assert pc["C"]["support"] == 1
    assert metrics.macro_f1(gold, pred) == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert metrics.weighted_f1(gold, pred) == pytest.approx((0.8 * 3 + 0.5 * 2 + 2 / 3) / 6)


def test_macro_f1_ignores_labels_only_predicted():
    gold = ["A", "A"]
    pred = ["A", "(none)"]
    # A: P 1/1, R 1/2 -> 2/3; "(none)" has no gold support so it is not averaged in
    assert metrics.macro_f1(gold, pred) == pytest.approx(2 / 3)


def test_confusion():
    conf = metrics.confusion(["A", "A", "B"], ["A", "B", "B"])
    assert conf == {"A": {"A": 1, "B": 1}, "B": {"B": 1}}


def test_prf_counts():
    m = metrics.prf(tp=2, n_pred=4, n_gold=3)
    assert m["precision"] == 0.5
    assert m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(4 / 7)
    assert metrics.prf(0, 0, 0)["f1"] == 0.0


def test_haversine_and_tolerance():
    # One degree of latitude is about 111.2 km.
    assert metrics.haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.1)
    assert metrics.haversine_km(34.5, 69.2, 34.5, 69.2) == 0.0
    assert metrics.within_ratio(11, 10)
    assert not metrics.within_ratio(13, 10)
    assert metrics.within_ratio(0, 0)
    assert not metrics.within_ratio(1, 0)
    assert not metrics.within_ratio(None, 5)
    assert metrics.median([3.0, 1.0, 2.0, 10.0]) == 2.5
