"""A surname and a polite form (王女士, 李先生: data/address_names.txt) names no one: the line gets no
speaker, as 一位村民说 does, and no one named before it either; a page that writes the full name keeps it."""

from __future__ import annotations

from attribution_helpers import speakers_of


def test_a_polite_form_alone_is_no_speaker():
    assert speakers_of(["家住城南的居民郑女士说,新修的公园离家近,每天傍晚都来散步。"]) == [None]
    assert speakers_of(["“菜价比上个月便宜了不少。”市民许先生告诉记者。"]) == [None]


def test_the_named_speaker_before_does_not_take_their_words():
    text = [
        "区住建局局长孙志远表示,今年将完成二十个老旧小区的改造。",
        "市民韩先生说,他家楼下的管道已经换新,冬天不再担心漏水。",
        "他还说,希望小区能再多装几部电梯。",
    ]
    got = speakers_of(text)
    assert got[0] == "孙志远"
    assert got[1] is None and got[2] != "孙志远"


def test_a_full_name_with_a_polite_form_is_still_named():
    text = [
        "社区志愿者韩立新先生表示,帮助邻居是他退休后最开心的事。",
        "韩先生说,社区今年还要再招募二十名志愿者。",
    ]
    got = speakers_of(text)
    assert got[0] == "韩立新"
    assert got[1] in (None, "韩立新")  # never the bare 韩先生
