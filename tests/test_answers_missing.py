"""What of a question a hit lacks (``Hit.missing_terms``): a number counts only as a whole number
(the question's 第20轮 is not in a page dated 2023, nor in 第19轮). Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import _holds


def test_a_number_is_held_only_whole():
    assert not _holds("2023年8月2日", "20")
    assert not _holds("共19.5亿元", "19")
    assert _holds("第20轮", "20") and _holds("8月20日", "20") and _holds("共19.5亿元", "19.5")
    assert _holds("青州日报", "青州市")  # a place still without its level


def test_a_round_the_page_does_not_report_is_missing_even_inside_a_longer_number(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("联赛第19轮", "示例网 2023-08-02", [
        "2023年8月2日,联赛第19轮中,海港队主场2比1战胜河南队,主教练李强表示取胜有运气成分。"])})
    hits = r.search("李强在联赛第20轮战胜河南队后怎样评价球队?", top_k=3)
    assert not hits or all("20" in h.missing_terms for h in hits)
