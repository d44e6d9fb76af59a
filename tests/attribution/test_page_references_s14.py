"""Session 14 (alias14): how a page refers back to a person it named, and where a name ends."""

from __future__ import annotations

from retrieval.attribution.lexicon import mentions
from retrieval.attribution.speakers import Attributor, attribute_paragraphs


def test_known_name_is_read_whole_where_jieba_tags_its_start():
    s = "主席黄方安生发表任内最后一份报告。"
    assert mentions(s, {})[0][1].name == "黄方"  # jieba alone: the start of the name
    assert mentions(s, {"黄方安生": "主席"})[0][1].name == "黄方安生"
    # a known name that does not go on here leaves jieba's reading alone
    assert mentions(s, {"黄方安达": "主席"})[0][1].name == "黄方"


def test_cut_name_is_not_made_known_beside_the_full_name():
    # (the headline writes the short form alone, so the cut is not only ever followed by the rest)
    paras = ["黄方：房屋供应要增加", "主席黄方安生出席论坛时表示，要增加房屋供应。", "主席黄方安生发表任内最后一份报告。"]
    att = Attributor()
    att.register(paras, article=1)
    assert "黄方" not in att.known and att.known["黄方安生"] == "主席"


def test_headline_short_form_is_the_full_name():
    context = ["黄方：房屋供应要增加"]
    paras = ["主席黄方安生出席论坛时表示，要增加房屋供应。", "主席黄方安生发表任内最后一份报告。"]
    att = Attributor()
    att.register([*context, *paras], article=1)
    att.head(context)
    assert att.attribute(context[0]).name == "黄方安生"
    assert attribute_paragraphs(paras, context)[0].speaker.name == "黄方安生"
