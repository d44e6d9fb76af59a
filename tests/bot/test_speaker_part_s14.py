"""/speaker reads a name as /filter and /export do: a full name, part of a name, or a title.

Part of a name or a title that means one speaker opens that speaker's passages; one that means
several lists them (not 「语料中没有发言人」, which would be false); a word meaning none is still
told the corpus has no such speaker. And a page holding a single hit counts it once
(第 4 条，共 4 条, not 第 4–4 条).
"""

from __future__ import annotations

from bot import render


async def test_part_of_a_name_meaning_one_speaker_opens_their_passages(private_reply):
    text = await private_reply("/speaker 习")
    assert "习近平 · 总书记" in text and "没有发言人" not in text


async def test_a_title_meaning_one_speaker_opens_their_passages(private_reply):
    text = await private_reply("/speaker 西青区委书记")
    assert "朱财斌 · 西青区委书记" in text and "没有发言人" not in text


async def test_part_of_a_name_meaning_several_lists_them(private_reply):
    text = await private_reply("/speaker 朱")
    assert "没有发言人" not in text
    assert all(name in text for name in ("朱凯", "朱玉兵", "朱财斌"))
    assert "/speaker 朱" in text  # how to ask for one of them


async def test_a_word_meaning_nobody_is_still_told(private_reply):
    assert "没有发言人「王小二」" in await private_reply("/speaker 王小二")


def test_a_page_of_one_hit_counts_it_once(seed_retriever):
    hits = seed_retriever.search("新质生产力", top_k=4)
    assert len(hits) == 4
    html = render.answer_page("新质生产力", hits, start=3, count=3).html
    assert "第 4 条，共 4 条" in html and "4–4" not in html
