"""``python -m retrieval eval``: the QA figures and the attribution figures."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.cli import main
from retrieval.evaluation import load_jsonl, qa_metrics

DATA = Path(__file__).resolve().parents[1] / "data"
QA = DATA / "qa-dev.jsonl"


def test_qa_set_shape():
    items = load_jsonl(QA)
    assert len(items) >= 60
    assert sum(it["answer"] is None for it in items) >= 8
    assert sum("谁" in it["q"] or "哪位" in it["q"] for it in items) >= 5
    assert sum(any(c in it["q"] for c in "說麼軟總園項") for it in items) >= 4  # traditional
    assert all((QA.parent / it["corpus"]).is_dir() for it in items)


def test_qa_metrics_floors():
    m = qa_metrics(load_jsonl(QA), None, QA.parent)
    # measured: 0.895 / 0.965 / 0.931 / 1.000 / 1.000 (docs/quality.md); floors leave a little room
    assert m["recall@1"] >= 0.85
    assert m["recall@3"] >= 0.93
    assert m["mrr@10"] >= 0.89
    assert m["speaker_accuracy@1"] >= 0.95
    assert m["no_answer_accuracy"] == 1.0
    kinds = m["by_kind"]
    assert {"direct", "paraphrase", "person", "who", "traditional", "no-answer"} <= set(kinds)
    assert kinds["traditional"]["right_at_1"] == kinds["traditional"]["questions"]


def test_eval_cli_prints_the_figures(capsys):
    assert main(["eval", "--qa", str(QA)]) == 0
    out = capsys.readouterr().out
    for key in ("recall@1", "recall@3", "mrr@10", "speaker_accuracy@1", "no_answer_accuracy"):
        assert key in out


def test_eval_cli_corpus_override(capsys, tmp_path):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps({"q": "天开西青园引进了多少项目", "answer": "已引进项目300余个", "speaker": "朱财斌"}, ensure_ascii=False)
        + "\n" + json.dumps({"q": "红烧肉怎么做", "answer": None}, ensure_ascii=False) + "\n",
        "utf-8",
    )
    assert main(["eval", "--qa", str(qa), "--corpus", str(DATA / "qa-corpus"), "--json"]) == 0
    m = json.loads(capsys.readouterr().out)
    assert m["recall@1"] == 1.0 and m["speaker_accuracy@1"] == 1.0 and m["no_answer_accuracy"] == 1.0


def test_eval_attribution_cli(capsys):
    assert main(["eval", "--attribution", str(DATA / "dev-pages" / "attribution-gold.jsonl"), "--json"]) == 0
    m = json.loads(capsys.readouterr().out)
    assert m["precision"] >= 0.97 and m["recall"] >= 0.9 and m["title_agreement"] >= 0.95
    assert m["labelled_speakers"] == 68


def test_eval_attribution_text_output(capsys):
    assert main(["eval", "--attribution", str(DATA / "heldout" / "attribution-gold.jsonl")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("precision")
    assert "title_agreement" in out


def test_a_gold_string_copied_with_the_pages_pinyin_matches_the_passage(tmp_path):
    # a page's ruby left in its text (領(lǐng)獎(jiǎng)臺) is dropped by the page reader; the labeller's
    # gold string, copied from the page, is read without it too
    (tmp_path / "swim.txt").write_text(
        "賽后采訪\n示例網 2024-08-01\n\n"
        "張雨霏表示,我參加國際大賽基本上沒有下過領(lǐng)獎(jiǎng)臺,希望大家認可。\n", "utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"q": "张雨霏说自己在国际大赛上几乎一直能做到什么?", "gold": ["沒有下過領(lǐng)獎(jiǎng)臺"],
                              "file": "swim", "idx": 2, "kind": "said", "speaker": "張雨霏"},
                             ensure_ascii=False) + "\n", "utf-8")
    m = qa_metrics(load_jsonl(qa), str(tmp_path), tmp_path)
    assert m["recall@1"] == 1.0


def test_a_gold_speaker_copied_with_the_pages_pinyin_is_the_same_person(tmp_path):
    from retrieval.evaluation import attribution_metrics
    (tmp_path / "talk.txt").write_text(
        "考察紀實\n示例網 2024-08-01\n\n"
        "習(xí)近平總書記指出,要把鄉村振興的事情辦好。\n", "utf-8")
    gold = [{"file": "talk.txt", "idx": 2, "first30": "習(xí)近平總書記指出", "speaker": "習(xí)近平", "title": "總書記"}]
    m = attribution_metrics(gold, tmp_path, None)
    assert (m["true_positives"], m["false_positives"], m["false_negatives"]) == (1, 0, 0)
