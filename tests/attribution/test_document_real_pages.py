"""Attribution quality on the real pages copied into tests/data (tuned on; the blind half is scored
elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.evaluation import attribution_metrics, load_jsonl

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("folder", "gold", "precision", "recall"),
    [
        ("dev-pages", "attribution-gold.jsonl", 0.99, 0.95),  # measured P 1.000 R 1.000
        ("real-odd", "gold.jsonl", 0.97, 0.95),  # measured P 1.000 R 1.000
    ],
)
def test_real_pages(folder, gold, precision, recall):
    d = DATA / folder
    seed = d / "seed.txt" if (d / "seed.txt").exists() else None
    m = attribution_metrics(load_jsonl(d / gold), d, seed)
    assert m["precision"] >= precision
    assert m["recall"] >= recall
    assert m["title_agreement"] >= 0.95
