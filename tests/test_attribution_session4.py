"""Attribution mechanisms added in session 4 (issue 10): transcript labels in brackets, bare
name labels among transcript turns, a 总编辑 in a dialogue, and the pages' layout around them.

The texts are written for these tests: they test mechanisms, not quality (measured on real
pages only).
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.pages.textpage import parse


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context=context)]


def test_a_bracketed_label_names_the_speaker_and_a_bracketed_reporter_asks():
    paras = [
        "[王海涛]:大家好。欢迎参加今天的发布会,现在请市长回答记者提问。",
        "[市长赵明]:谢谢主持人,也谢谢各位记者朋友。",
        "[某某日报记者]:市长您好,今年的重点工作是什么?",
        "今年我们会把老旧小区改造放在第一位。",
    ]
    assert _who(paras) == ["王海涛", "赵明", None, None]
    page = parse("\n".join(["发布会实录", "[王海涛]:", "大家好。欢迎参加今天的发布会,现在请市长回答记者提问。", "[市长赵明]:", "谢谢主持人,也谢谢各位记者朋友,我先介绍一下情况。"]))
    assert [b.text for b, k in page.body if k == "p"][0].startswith("[王海涛]:大家好")


def test_a_bare_name_label_speaks_only_among_transcript_turns():
    turns = [
        "刘建新:我们两本杂志今天一起来谈谈企业家精神。",
        "陈志远:好的,我先说说我的看法,企业家精神首先是担当。",
    ]
    assert _who(turns) == ["刘建新", "陈志远"]
    # one colon line with an untitled name named nowhere else is no transcript
    assert _who(["刘建新:我们两本杂志今天一起来谈谈企业家精神。", "会议持续了两个小时。"]) == [None, None]
    # an untitled name with its outlet asking is a reporter, not a speaker
    assert _who(["林海(某某网):大使,美国一些地方把中国视为威胁,你怎么看", *turns])[0] is None


def test_an_editor_in_chief_in_a_dialogue_answers_not_asks():
    context = ("对话 某某杂志总编辑 刘建新", "某某周刊总编辑 陈志远")
    paras = [
        "刘建新:第一代企业家今天碰到了困难,公众如何评价他们?",
        "陈志远:很难用一句话来概括,评价某一个具体的人要看他的全部。",
    ]
    assert _who(paras, context) == ["刘建新", "陈志远"]
    assert _who(["编辑:您为什么选择回到家乡?", "我想为家乡做点事。"]) == [None, None]  # 编辑： still asks
