"""Session 13 (qa13): the heading a passage stands under names what it speaks of — a word of the
question found only in a section heading is no absent word, and the passages under that heading
do not lack it. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages


def _page(tmp_path):
    return build_pages(tmp_path, {"a.txt": ("关爱队首次探访独居长者", "示例网 2024-06-02", [
        "独居长者的悲剧时有发生，当局终于有了突破，东区关爱队周六组织了高风险住户探访行动，联同多个机构上门了解长者的需要。",
        "一百五十名义工分组探访青岛市南区独居长者",
        "东区南、北关爱队在周六早上九时左右，联同多个机构及大学，集合了约一百五十名义工，分组探访邨内约一千户独居的长者。",
        "义工在探访前获得的资料只有大厦名及门号，其他资料都没有披露。"])})


def test_a_word_only_a_section_heading_holds_is_no_absent_word(tmp_path):
    r = _page(tmp_path)
    under = [p for p in r.passages if p.section and "青岛" in p.section]
    assert len(under) == 2 and all("青岛" not in p.text for p in r.passages)
    hits = r.search("青岛的探访行动一共动员了多少名义工?", top_k=3)
    assert hits and "一百五十名义工" in hits[0].passage.text
    assert r.absent_words("青岛的探访行动一共动员了多少名义工?") == ()
    # a place the page never names, not even in a heading: still no answer
    assert r.search("大连的探访行动一共动员了多少名义工?", top_k=3) == []


def test_the_passages_under_the_heading_do_not_lack_its_words(tmp_path):
    r = _page(tmp_path)
    hits = r.search("青岛的探访行动一共动员了多少名义工?", top_k=3)
    lacking = {h.passage.section: h.missing_terms for h in hits}
    assert "青岛" not in lacking["一百五十名义工分组探访青岛市南区独居长者"]
    assert "青岛" in lacking[None]  # the lead stands under no heading
