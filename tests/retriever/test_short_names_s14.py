"""A short name a question uses (国博, 血透) is held by a passage or page that writes the full one
(国家博物馆, 血液透析: data/synonyms.txt groups, read by retrieval/search/aliases.py): no false
「未提到：国博」 under the answer. Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search import aliases


def test_the_short_names_are_grouped_with_the_full_ones():
    assert "国家博物馆" in aliases.mates("国博") and "血液透析" in aliases.mates("血透")


def test_a_page_writing_the_full_name_holds_the_short_one(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("国家博物馆新展开幕", "示例网 2024-05-01", [
        "馆长周明表示，国家博物馆将按照开放合作的原则推出最新考古发现展览。"])})
    hits = r.search("周明说国博要按什么原则推出考古展览?", top_k=3)
    assert hits and "国博" not in hits[0].missing_terms
