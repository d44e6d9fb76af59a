"""A fact question asking who did something (哪位…主持的, 是谁…): a passage credited to someone
the question does not name holds the answer's kind. Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.intent import parse


def _library(tmp_path):
    # BM25 prefers the narrative line (开放 and 仪式 as asked); the answer is the credited one
    return build_pages(tmp_path, {"a.txt": ("新馆开放", "示例网 2022-03-01", [
        "昨天上午，新馆开放仪式举行，读者代表出席。",
        "馆长周文主持了仪式，他说：“新馆藏书五十万册。”"])})


def test_who_did_it_prefers_a_passage_credited_to_someone_not_named_in_the_question(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    question = "新馆开放仪式是哪位负责人主持的?"
    assert (parse(question).kind, parse(question).asks) == ("fact", "person")
    r = _library(tmp_path)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "周文"
    monkeypatch.setattr(retriever, "WHO_SPEAKER", 1.0)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is None

