"""A sentence opening with a clause that describes its subject (夺得男子组冠军的北京选手某某，…，表示): the
person after the clause's 的 speaks — only after a verb of data/describing_verbs.txt, with nobody named
before in the paragraph, never after 是 or a word of meeting. A person named as a predicate after a
quotation (「…」夺得女子组冠军的则是…的某某) says none of it. 跑手 is a title word; 马拉松 no name.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.names import plausible_name


def test_a_described_subject_opening_the_paragraph_speaks():
    page = ["夺得男子组冠军的北京选手陈大文，冲线后挥手致意，表示「我很开心，明年还会再来。」"]
    assert titled_speakers_of(page) == [("陈大文", "北京选手")]


def test_a_predicate_after_the_quotation_does_not_contest_it():
    page = ["夺得男子组冠军的北京选手陈大文，冲线后挥手致意，表示「我很开心，明年还会再来。」"
            "夺得女子组冠军的则是来自上海的选手王丽。"]
    assert speakers_of(page) == ["陈大文"]


def test_the_object_of_a_meeting_is_no_subject():
    assert speakers_of(["会见了来访的美国国务卿布林肯，表示双方应加强合作。"]) == [None]


def test_a_person_named_before_may_be_the_left_out_subject():
    assert speakers_of(["李强今天在北京会见客人。获得一等奖的研究员李明华，表示祝贺。"]) == [None]


def test_a_clause_not_opening_with_a_describing_verb_describes_nobody():
    assert speakers_of(["见到刚刚获奖的研究员李明华，表示祝贺。"]) == [None]


def test_a_runner_is_a_title():
    assert titled_speakers_of(["北京跑手陈大文表示，今天跑得很顺利。"]) == [("陈大文", "北京跑手")]


def test_marathon_is_no_name():
    assert not plausible_name("马拉松", {}, after_title=False)
    assert speakers_of(["渣打马拉松今日举行。她表示，今天跑得很顺利。"]) == [None]
