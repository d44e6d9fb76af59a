"""Citations: one copy-ready line per hit, the full source of a passage."""

from __future__ import annotations

import dataclasses
import re

from retrieval.chat.citation import ELLIPSIS, chinese_date, cite, cite_hit, quote, source_details
from retrieval.models import Document, Passage, Speaker


def test_hit_citation_names_speaker_title_quote_outlet_date_and_article(seed_retriever):
    hit = seed_retriever.search("天开西青园引进了多少项目？", top_k=1)[0]
    line = cite_hit(hit)
    assert line.startswith("朱财斌（西青区委书记）：“天开西青园开园以来")
    assert "已引进项目300余个" in line
    assert re.search(r"”——滨海发布，2024年2月7日，《牢记嘱托[^》]*》$", line)
    assert "\n" not in line


def _doc(**kw) -> Document:
    base = dict(title="一篇文章", outlet="某报", published="2024-03-05T08:00:00", url=None, path="a.txt")
    return Document(**(base | kw))


def test_url_is_appended_when_known_and_missing_fields_are_left_out():
    p = Passage("这是一句话。", 1, _doc(url="https://example.com/a"), Speaker("张三", None))
    assert cite(p) == "张三：“这是一句话。”——某报，2024年3月5日，《一篇文章》 https://example.com/a"
    bare = Passage("这是一句话。", 1, _doc(outlet=None, published=None))
    assert cite(bare) == "“这是一句话。”——《一篇文章》"


def test_long_quotes_end_at_a_clause_with_an_ellipsis():
    text = "，".join(f"第{i}个分句说了一些话" for i in range(40)) + "。后面还有一句。"
    q = quote(text, limit=120)
    assert len(q) <= 120 + len(ELLIPSIS) and q.endswith(ELLIPSIS)
    assert q[: -len(ELLIPSIS)].endswith("话")  # cut after a whole clause, not inside one


def test_quote_is_the_focused_sentence_without_attribution_lead_in():
    text = "开头一句。“我们会继续努力。”张三说。市长张三表示，明年将开工十个项目。"
    assert quote(text, "“我们会继续努力。”") == "我们会继续努力" + ELLIPSIS
    assert quote(text, "市长张三表示，明年将开工十个项目。", name="张三") == "明年将开工十个项目。"
    assert quote("他说“好”字很重要，大家要记住这个道理。") == "他说‘好’字很重要，大家要记住这个道理。"


def test_chinese_date():
    assert chinese_date("2024-02-07T13:52:00") == "2024年2月7日"
    assert chinese_date(None) is None and chinese_date("not a date") is None


def test_source_details_lists_every_known_fact(seed_retriever):
    p = seed_retriever.search("天开西青园引进了多少项目？", top_k=1)[0].passage
    text = source_details(p)
    assert "媒体：滨海发布" in text and "第 13 段" in text and "朱财斌" in text and "链接：原文未给出链接" in text
    linked = dataclasses.replace(p, source=dataclasses.replace(p.source, url="https://example.com/x"))
    assert "链接：https://example.com/x" in source_details(linked)
