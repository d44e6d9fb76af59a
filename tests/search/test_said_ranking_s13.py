"""Session 13 (qa13): "what did X say" — X's passage in X's own words (X's turn, the first person, a
quotation) before a narrator's account of what X thinks; not when the question asks what X made known.
Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import OWN_WORDS, _own_voice
from retrieval.search.intent import cues


def test_own_voice_is_the_quoted_share_or_the_first_person():
    assert _own_voice("李明认为，乡村发展要有留住人的产业。") == 0.0
    assert _own_voice("我们最难的是缺少资金。") == 1.0
    whole = _own_voice("“最难的还是缺少资金。”")
    part = _own_voice("“最难的还是缺少资金。”李明在村委会的办公室里对前来采访的记者这样说道。")
    assert whole > 0.8 and 0.0 < part < 0.5
    assert OWN_WORDS > 1.0 and "介绍" in cues().get("informing")


def _page(tmp_path):
    # the narrator's account holds the question's words as often as X's quotation
    return build_pages(tmp_path, {"a.txt": ("李明谈山村发展", "示例网 2024-06-02", [
        "李明认为，山村发展要留住人，山村发展还要有好的基层组织。",
        "“山村发展最难的还是缺少富民产业，产品卖不上好价钱。”李明说。"])})


def test_the_speakers_own_words_come_before_an_account_of_them(tmp_path):
    r = _page(tmp_path)
    assert [p.speaker.name if p.speaker else None for p in r.passages[:2]] == ["李明", "李明"]
    hits = r.search("李明觉得山村发展最大的难处是什么?", top_k=2)
    assert len(hits) == 2 and "缺少富民产业" in hits[0].passage.text


def test_what_the_speaker_made_known_is_ranked_by_its_words_alone(tmp_path):
    r = _page(tmp_path)
    view = {h.passage.text: h.score for h in r.search("李明觉得山村发展最大的难处是什么?", top_k=2)}
    told = {h.passage.text: h.score for h in r.search("李明怎么介绍山村发展最大的难处?", top_k=2)}
    narrated, quoted = r.passages[0].text, r.passages[1].text
    # the quotation's lead over the account is larger when a view is asked than when information is
    assert view[quoted] / view[narrated] > told[quoted] / told[narrated]
