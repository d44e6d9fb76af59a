"""Session 13 (qa13): "what did X say" — X's passage in X's own words (a quotation, the first person,
X's turn) before a narrator's account of what X thinks. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import OWN_WORDS, _own_words


def test_own_words_are_a_quotation_or_the_first_person():
    assert _own_words("“最难的还是缺少资金。”李明说。")
    assert _own_words("李明：我们最难的是缺少资金。")
    assert not _own_words("李明认为，乡村发展要有留住人的产业。")
    assert OWN_WORDS > 1.0


def test_the_speakers_own_words_come_before_an_account_of_them(tmp_path):
    # the narrator's account holds the question's words as often as X's quotation: X's words answer
    r = build_pages(tmp_path, {"a.txt": ("李明谈山村发展", "示例网 2024-06-02", [
        "李明认为，山村发展要留住人，山村发展还要有好的基层组织。",
        "“山村发展最难的还是缺少富民产业，产品卖不上好价钱。”李明说。"])})
    assert [p.speaker.name if p.speaker else None for p in r.passages[:2]] == ["李明", "李明"]
    hits = r.search("李明觉得山村发展最大的难处是什么?", top_k=2)
    assert len(hits) == 2 and "缺少富民产业" in hits[0].passage.text
