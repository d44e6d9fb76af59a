"""An article's first passage (its lead) for a question a lead seldom answers (data/rerank.txt's
``lead``): the lead sums the story up, the detail asked comes later. Invented pages only."""

from __future__ import annotations

import dataclasses

from invented_pages import build_pages

from retrieval.search import overlap


def _meeting(tmp_path):
    return build_pages(tmp_path, {"a.txt": ("常务会议", "示例网 2022-03-01", [
        "市政府常务会议昨天上午召开，研究部署农村公路建设、冬季供暖、安全生产和防汛工作。",
        "常务会议要求，农村公路建设要优先保障山区，年底前全部通车。"])})


def _neutral(monkeypatch):
    real = overlap.data()
    monkeypatch.setattr(overlap, "data", lambda: dataclasses.replace(real, lead=1.0))


def test_what_was_asked_of_a_meeting_is_not_its_lead(tmp_path, monkeypatch):
    assert overlap.data().lead < 1.0
    r = _meeting(tmp_path)
    question = "市政府常务会议对农村公路建设提出了什么要求?"
    hits = r.search(question, top_k=3)
    assert hits and "山区" in hits[0].passage.text
    _neutral(monkeypatch)
    hits = r.search(question, top_k=3)
    assert hits and "山区" not in hits[0].passage.text  # BM25 alone: the lead, which holds more of the question


def test_a_when_question_still_finds_its_date_in_the_lead(tmp_path, monkeypatch):
    r = _meeting(tmp_path)
    question = "市政府常务会议是什么时候召开的?"
    first = r.search(question, top_k=3)
    assert first and "昨天上午" in first[0].passage.text
    _neutral(monkeypatch)
    assert [h.score for h in r.search(question, top_k=3)] == [h.score for h in first]  # the lead counts as any other
