"""Session 13 (names13): a paragraph whose speaker the rules reach through 他/她 and who says at
least twice everyone else's words in it is the speaker's (speech._outspeaks), not contested.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

HEAD = "协会会长江明出席了论坛。"


def test_a_pronoun_speaker_who_says_nearly_all_the_words_keeps_the_paragraph():
    para = ("江明今天出席了基金会的周年活动。他表示，协会已成立专门小组，将针对行业发展撰写报告，十月底会把报告提出，"
            "下一步还将扩大合作范围，努力提升服务水平，让更多会员受益。副会长李华也说，很好。")
    assert speakers_of([HEAD, para]) == [None, "江明"]


def test_a_pronoun_speaker_with_a_comparable_share_is_no_outspoken_speaker():
    para = "江明今天出席了基金会的周年活动。他表示，协会已成立小组。副会长李华则说，报告要尽快提出，不能拖延。"
    assert speakers_of([HEAD, para])[1] != "江明"
