"""Someone the page leaves unnamed speaks (一位市民说, 有网友表示, 居民赵大爷说, 一名工作人员告诉记者,
“…”一位老人笑着说): a 他/她 or a first-person quotation in the next paragraph does not reach past them to
the person named before; with nothing unnamed speaking between, the named person's words still go on."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of

NAMED = "区住建局局长孙志远表示,今年将完成二十个老旧小区的改造,明年继续推进。"
QUOTED = "区住建局局长孙志远说:“今年将完成二十个老旧小区的改造，我们有信心。”"
UNNAMED = [
    "一位市民说,新修的公园离家近,每天傍晚都来散步。",
    "有网友表示,这样的改造早就应该做了。",
    "居民赵大爷说,楼下的管道已经换新,冬天不再担心漏水。",
    "一名工作人员告诉记者,目前已有六成住户签约。",
    "“现在出门方便多了。”一位老人笑着说。",
    "多名居民表示,改造后的小区环境明显变好。",
]
PRONOUN = ["他还说,希望小区能再多装几部电梯。", "她表示,希望小区能再多装几部电梯。", "在他看来,小区还应该再多装几部电梯。"]


@pytest.mark.parametrize("unnamed", UNNAMED)
@pytest.mark.parametrize("pronoun", PRONOUN)
def test_a_pronoun_after_unnamed_speech_is_nobodys(unnamed, pronoun):
    assert speakers_of([NAMED, unnamed, pronoun]) == ["孙志远", None, None]


@pytest.mark.parametrize("unnamed", UNNAMED)
def test_a_quotation_does_not_resume_past_unnamed_speech(unnamed):
    got = speakers_of([QUOTED, unnamed, "“我希望小区能再多装几部电梯，方便老人上下楼。”"])
    assert got == ["孙志远", None, None]


@pytest.mark.parametrize("pronoun", PRONOUN)
def test_the_named_speaker_goes_on_when_no_one_unnamed_spoke(pronoun):
    assert speakers_of([NAMED, pronoun]) == ["孙志远", "孙志远"]
    aside = "改造涉及全区一百二十栋住宅楼,约三千户家庭。"
    assert speakers_of([NAMED, aside, pronoun]) == ["孙志远", None, "孙志远"]


def test_a_quotation_resumes_after_an_aside_naming_no_one():
    got = speakers_of([QUOTED, "改造涉及全区一百二十栋住宅楼。", "“我们会继续推进，争取明年全部完工。”"])
    assert got == ["孙志远", None, "孙志远"]


def test_the_speaker_named_again_after_unnamed_speech_is_named():
    got = speakers_of([NAMED, UNNAMED[0], "孙志远还说,希望小区能再多装几部电梯。"])
    assert got == ["孙志远", None, "孙志远"]
