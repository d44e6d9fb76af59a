"""The question's characters a candidate holds (data/rerank.txt, retrieval/search/overlap.py):
a reranking of a search's few candidates that does not depend on how jieba cuts words.
Invented pages only."""

from __future__ import annotations

import dataclasses

from invented_pages import build_pages

from retrieval.search import overlap
from retrieval.search.intent import parse


def test_weight_and_function_characters_are_read_from_the_data_file():
    data = overlap.data()
    assert data.weight > 0
    assert {"的", "是", "什", "么", "哪"} <= data.function


def test_bigrams_leave_out_function_characters_asks_and_a_name():
    question = parse("王建国驻村前做什么工作?")
    grams = overlap.bigrams(question.searchable())
    assert "驻村" in grams and "村前" in grams and "工作" in grams
    assert not any(c in g for g in grams for c in "什么")  # the ask says nothing of the answer
    assert "王建" not in overlap.bigrams(question.searchable(), "王建国")
    assert overlap.share(("驻村", "村前"), "驻村前是科长") == 1.0
    assert overlap.share(("驻村", "村前"), "村里的驻地") == 0.0
    assert overlap.share((), "任何文字") == 0.0


def _village(tmp_path):
    # BM25 prefers the second line (工作 twice, 驻 and 村 and 前 as single characters); only the
    # first holds the question's 驻村前 as it is written
    return build_pages(tmp_path, {"a.txt": ("驻村干部", "示例网 2022-03-01", [
        "王建国驻村前是市医院人事科的科长，负责全院职工的招聘。",
        "工作前，王建国先到村东的驻点安排工作。"])})


def test_the_candidate_holding_the_question_as_written_ranks_first(tmp_path, monkeypatch):
    r = _village(tmp_path)
    real = overlap.data()  # (the answer is the article's lead: the lead factor left out)
    monkeypatch.setattr(overlap, "data", lambda: dataclasses.replace(real, lead=1.0))
    hits = r.search("王建国驻村前做什么工作?", top_k=3)
    assert hits and "科长" in hits[0].passage.text
    assert hits[0].score >= hits[-1].score  # one score: the reranked one, sorted
    monkeypatch.setattr(overlap, "data", lambda: overlap.RerankData(0.0, frozenset()))
    hits = r.search("王建国驻村前做什么工作?", top_k=3)
    assert hits and "科长" not in hits[0].passage.text  # without it, BM25's order


def test_what_x_said_reranks_x_passages_by_the_question_s_characters(tmp_path, monkeypatch):
    # the same words in both of X's lines (BM25 ties, the first line would win); only the second
    # holds 外线进攻端 as the question writes it
    r = build_pages(tmp_path, {"a.txt": ("主教练谈比赛", "示例网 2022-03-01", [
        "主教练刘振东说：“问题是进攻，防守端的命中率不是外线的事。”",
        "主教练刘振东说：“问题是外线进攻端的命中率，不是防守的事。”"])})
    question = "刘振东怎么看外线进攻端的问题?"
    hits = r.search(question, top_k=3)
    assert len(hits) == 2 and "外线进攻端" in hits[0].passage.text
    assert hits[0].score > hits[1].score
    monkeypatch.setattr(overlap, "data", lambda: overlap.RerankData(0.0, frozenset()))
    hits = r.search(question, top_k=3)
    assert hits and "外线进攻端" not in hits[0].passage.text
