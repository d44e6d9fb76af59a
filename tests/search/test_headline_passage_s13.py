"""Session 13 (qa13): a passage that is its page's headline written again sums the story up — the
passage telling it in full answers (HEADLINE). Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import HEADLINE


def test_the_story_told_in_full_answers_before_its_headline(tmp_path):
    title = "王明：山村发展要留住年轻人才"
    r = build_pages(tmp_path, {"a.txt": (title, "示例网 2024-06-02", [
        title,
        "青石县县长王明表示，“山村发展首先要留住年轻人才，要让年轻人在村里有事做、有钱挣。”",
        "青石县今年新建了三个产业园，吸引了两百多名年轻人回乡创业。"])})
    heads = [i for i, p in enumerate(r.passages) if r._headline_at(i)]
    assert HEADLINE < 1.0 and len(heads) == 1 and r.passages[heads[0]].text == title
    assert not r._headline_at(heads[0] + 1)
    hits = r.search("谁说山村发展要留住年轻人才?", top_k=2)
    assert hits and "有事做" in hits[0].passage.text
