"""Answerable or not, for a paraphrased question holding too little of the passage's words
(``MIN_COVERAGE``): a passage whose article names what the question names, and that holds a
question word beside those names, still answers (``Retriever._anchored``,
``ANCHORED_COVERAGE``); the name alone, or no name at all, does not. Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval import retriever

PAGES = {
    "a.txt": ("苏州园区企业服务月启动", "示例网 2023-05-01", [
        "苏州工业园区昨天启动企业服务月活动，区领导带队走访了二十家企业。",
        "园区管委会主任在座谈会上说，要主动上门服务，帮企业解决融资和用工方面的困难。"]),
    "b.txt": ("全市推进安全生产检查", "示例网 2023-05-02", [
        "市应急管理局昨天召开会议，部署全市安全生产大检查，重点检查危化品企业。",
        "局长强调，要压实企业主体责任，对查出的隐患限期整改。"]),
}
# a paraphrase: 苏州 (named by the article), 主任 and 企业 held; 提倡, 办法, 排忧解难 said otherwise
PARAPHRASE = "苏州那位主任提倡用什么样的办法替企业排忧解难?"


def test_a_paraphrase_anchored_by_its_place_is_answered(tmp_path, monkeypatch):
    r = build_pages(tmp_path, PAGES)
    hits = r.search(PARAPHRASE, top_k=3)
    assert hits and "上门服务" in hits[0].passage.text
    assert not hits[0].missing_terms
    monkeypatch.setattr(retriever, "ANCHORED_COVERAGE", 1.0)  # the rule off: too little of the question
    assert r.search(PARAPHRASE, top_k=3) == []


def test_the_name_alone_is_no_answer(tmp_path):
    # the article names 苏州, but no passage holds a word of the question beside it: something else
    # about 苏州 (without the word-beside test, the first passage would answer)
    r = build_pages(tmp_path, PAGES)
    assert r.search("苏州是哪一年宣布退出国际赛事的?", top_k=3) == []


def test_a_question_naming_nothing_needs_the_coverage(tmp_path):
    # 局长 and 企业 are held, but the question names no one, no place, no organisation: no anchor
    r = build_pages(tmp_path, PAGES)
    assert r.search("那位局长提倡用什么样的办法替企业排忧解难?", top_k=3) == []
    assert r.search("红烧肉怎么做", top_k=3) == []
