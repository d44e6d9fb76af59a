"""Each speaker's way and confidence, and the Passage fields that carry them (chunks --json).

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.attribution.speakers import (
    CONFIDENCE,
    THRESHOLD,
    attribute_paragraphs,
    propose_paragraphs,
)
from retrieval.cli.formatting import passage_json
from retrieval.models import Document, Passage
from retrieval.pages.ingest import parse_page, read_file

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_speaker_has_a_way_and_a_confidence_above_the_threshold():
    paras = [
        "海南省工业和信息化厅副厅长王静告诉记者,海南已建成充电桩8万个。",
        "她指出,明年将全覆盖。",
        "“半小时内找到充电桩。”王副厅长说。",
        "记者了解到,共有30余个项目签约。",
    ]
    got = attribute_paragraphs(paras)
    assert [a.how for a in got] == ["speech-verb", "pronoun", "title-reference", None]
    assert all(0 < a.confidence <= 1 for a in got if a.speaker)  # the decision model's probability
    assert got[-1].confidence == 0.0
    rules = [ps[0].rule for ps in propose_paragraphs(paras)[:3]]  # the rules' own confidence
    assert all(r >= THRESHOLD for r in rules)
    assert rules == [CONFIDENCE[h] for h in ("speech-verb", "pronoun", "title-reference")]  # undoubted: the way's base


def test_passage_defaults_keep_old_constructors_working():
    doc = Document("t", None, None, None, "p")
    p = Passage("text", 1, doc)
    assert p.attribution is None and p.confidence == 0.0


def test_chunks_json_prints_how_and_how_sure():
    path = DATA / "dev-pages" / "dev-02.txt"
    rows = [passage_json(p) for p in parse_page(path, read_file(path)).passages]
    json.dumps(rows, ensure_ascii=False)
    for r in rows:
        assert (r["speaker"] is None) == (r["attribution"] is None) == (r["confidence"] == 0)
    assert {r["attribution"] for r in rows if r["speaker"]} >= {"speech-verb", "transcript"}
