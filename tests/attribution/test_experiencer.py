"""Whom a 他/她 means right after a causative clause of feeling (retrieval/attribution/experiencer.py):
the person moved, not the one whose words moved them. Invented text only.
"""

import pytest
from attribution_helpers import speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the one moved speaks: named by a title, or jieba's person tag, or not named at all
        ("陈国平的讲话让学生代表刘晓燕深受感动，她说，自己一定会努力学习。", "刘晓燕"),
        ("陈国平的讲话令一位老人十分感动，他说，学校变化太大了。", None),
        # a group is moved: the pronoun still means the person the paragraph opens with
        ("陈国平的讲话让大家深受感动，他说，希望同学们努力学习。", "陈国平"),
    ],
)
def test_a_pronoun_after_a_causative_of_feeling_means_the_one_moved(paragraph, expected):
    assert speakers_of(["校长陈国平出席了开学典礼。", paragraph]) == [None, expected]


def test_moved_person_reads_only_the_clause_before_the_pronoun():
    from retrieval.attribution.experiencer import moved_person

    known = {"刘晓燕": "学生代表"}
    moved, who = moved_person({}, known, "讲话让学生代表刘晓燕深受感动，")
    assert moved and who is not None and who.name == "刘晓燕"
    assert moved_person({}, known, "讲话让刘晓燕深受感动，会后，") == (False, None)
    assert moved_person({}, known, "讲话让全场观众十分激动，") == (False, None)
    assert moved_person({}, known, "他的表现让人印象深刻，") == (False, None)


@pytest.mark.parametrize(
    "after, expected",
    [
        # the one moved reacts: never the one whose deed moved them (周小雨, named once, is in doubt)
        ("——获得冠军的新西兰运动员莫里斯的表现，令亚军得主周小雨印象深刻。", "not 莫里斯"),
        ("——获得冠军的新西兰运动员莫里斯的表现，令一位老人印象深刻。", None),  # moved, but not named
    ],
)
def test_words_before_a_sentence_of_feeling_are_the_one_moveds(after, expected):
    got = speakers_of(["短道速滑比赛昨天结束。", "“我不知道她是怎么做到的，但真的太特别了。”" + after])
    assert got[1] != "莫里斯" if expected == "not 莫里斯" else got[1] == expected


def test_moved_after_quote_reads_the_sentence_after_the_quotation_only():
    from retrieval.attribution.experiencer import moved_after_quote

    assert moved_after_quote({}, {}, "——莫里斯的表现，令一位老人印象深刻。")[0]
    assert not moved_after_quote({}, {}, "——莫里斯说。这场比赛令一位老人印象深刻。")[0]
