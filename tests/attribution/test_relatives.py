"""speakers: a relative named by whose they are (data/kin.txt) is no mention of that person as the
subject — 张三的女儿说, 李四母亲… (invented text)."""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paras: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paras)]


FIRST = "家住河边的村民周桂英说,“这么大的水从来没见过”。她天亮前就被敲门声叫醒。"


def test_the_daughter_of_a_named_person_speaks_not_the_person():
    assert _who([FIRST, "周桂英的女儿说:“往年雨季也涨水,今年特别大。”"]) == ["周桂英", None]


def test_the_named_person_with_an_honorific_still_speaks():
    assert _who([FIRST, "周桂英老人说:“往年雨季也涨水,今年特别大。”"]) == ["周桂英", "周桂英"]


def test_a_relative_then_a_quotation_is_not_the_named_persons():
    paras = ["走进村子,就到了宋立国的家。宋立国说,房子塌了一半。",
             "上午涨水时,宋立国母亲正在门口喂鸡,她爬到了高处。“当时他站在窗边朝我喊,我过不去了。”"]
    assert _who(paras) == ["宋立国", None]


def test_a_spouse_named_after_the_relation_speaks():
    paras = ["国家主席韩志国出席欢迎仪式。", "韩志国夫人刘雅琴说:“欢迎各位朋友。”"]
    assert _who(paras)[1] == "刘雅琴"
