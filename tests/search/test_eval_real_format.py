"""The question eval over the real-pages format, and its --files filter."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.cli import main
from retrieval.evaluation import load_jsonl, qa_metrics, select_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _real_format(tmp_path: Path) -> Path:
    items = [
        {"q": "天开西青园引进了多少项目?", "gold": ["已引进项目300余个"], "speaker": "朱财斌", "file": "p01.txt", "kind": "fact"},
        {"q": "习近平什么时候视察天津?", "gold": ["2月1日至2日"], "speaker": None, "file": "p03.txt", "kind": "fact"},
        {"q": "天津在伦敦有多少项目?", "gold": [], "speaker": None, "file": "p03.txt", "kind": "none"},
        {"q": "红烧肉怎么做", "gold": [], "speaker": None, "file": "p02.txt", "kind": "none"},
    ]
    qa = tmp_path / "qa.jsonl"
    qa.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), "utf-8")
    return qa


def test_eval_reads_the_real_pages_format(tmp_path):
    qa = _real_format(tmp_path)
    m = qa_metrics(load_jsonl(qa), str(SEEDS), qa.parent)
    assert m["recall@1"] == 1.0 and m["recall@3"] == 1.0 and m["mrr@10"] == 1.0
    assert m["speaker_accuracy@1"] == 1.0  # 朱财斌, and nobody for the narrative
    assert m["unanswerable_handled"] == [2, 2]


def test_eval_files_filter(tmp_path, capsys):
    items = load_jsonl(_real_format(tmp_path))
    assert [it["file"] for it in select_files(items, "odd")] == ["p01.txt", "p03.txt", "p03.txt"]
    assert [it["file"] for it in select_files(items, "even")] == ["p02.txt"]
    assert [it["file"] for it in select_files(items, "p01.txt,p02")] == ["p01.txt", "p02.txt"]
    assert main(["eval", "--qa", str(tmp_path / "qa.jsonl"), "--corpus", str(SEEDS), "--files", "odd"]) == 0
    out = capsys.readouterr().out
    for key in ("recall@1", "recall@3", "mrr@10", "speaker_accuracy@1"):
        assert key in out
    assert "unanswerable_handled   1/1" in out
