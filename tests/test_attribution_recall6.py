"""Recall (session 6): readings the batches 11 and 12 showed missing.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


def test_dai_biao_after_a_name_is_an_honorific():
    # a deputy named once with 代表 after the name (丁世忠代表说): the honorific bounds and titles the name
    text = ["全国人大代表座谈会在泉州举行。", "就如何应对市场变化,丁世忠代表说:“我们要树立信心。”"]
    assert _who(text)[1] == ("丁世忠", "代表")


def test_dai_biao_as_a_verb_names_nobody():
    assert _who(["会上,胡锦涛代表中国政府和人民,欢迎世界各地的朋友。"]) == [(None, None)]
