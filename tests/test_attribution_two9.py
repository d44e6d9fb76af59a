"""Session 9, two people in a clause: the name after a title ends before an adverb of order or an
act of visiting (data/after_name.txt), so the subject of the speech verb is the person opening the
clause, not the one named inside it. Invented text."""

import pytest

from retrieval.attribution.lexicon import mentions
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("3月5日，县委书记邓明辉先后主持召开两场座谈会。", "邓明辉"),
        ("区长韩立新分别听取了各街道的汇报。", "韩立新"),
        ("副市长钱文参观。", "钱文"),
        ("部长杜红梅陪同代表团考察。", "杜红梅"),
    ],
)
def test_a_titled_name_ends_before_an_adverb_or_a_visit(text, name):
    assert [sp.name for _, sp in mentions(text, {})] == [name]


def test_the_person_opening_the_clause_speaks_not_the_one_reported_to():
    got = _who(["总经理赵强陪同副市长钱文参观。", "钱文听取了赵强的汇报后指出，企业要加快转型升级。"])
    assert got == [None, "钱文"]



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
    assert _who(["校长陈国平出席了开学典礼。", paragraph]) == [None, expected]


def test_moved_person_reads_only_the_clause_before_the_pronoun():
    from retrieval.attribution.experiencer import moved_person

    known = {"刘晓燕": "学生代表"}
    moved, who = moved_person({}, known, "讲话让学生代表刘晓燕深受感动，")
    assert moved and who is not None and who.name == "刘晓燕"
    assert moved_person({}, known, "讲话让刘晓燕深受感动，会后，") == (False, None)
    assert moved_person({}, known, "讲话让全场观众十分激动，") == (False, None)
    assert moved_person({}, known, "他的表现让人印象深刻，") == (False, None)


def test_a_known_name_is_not_read_past_its_end_into_an_adverb():
    from retrieval.attribution.overrun import known_head
    from retrieval.models import Speaker

    known = {"王建军": "村支书", "王建": None}
    assert known_head(known, Speaker("王建军常", None)) == Speaker("王建军", "村支书")
    assert known_head(known, Speaker("王建军", None)) == Speaker("王建军", None)  # known: kept
    assert known_head({"王建": None}, Speaker("王建军", None)) == Speaker("王建军", None)  # 军 is no adverb


def test_the_reporter_of_a_quoted_saying_is_not_given_to_a_name_fragment():
    got = _who(["村支书王建军介绍了村里的变化。", "村民刘大山说，王建军常对大家说：“只要肯干，日子一定会好起来。”"])
    assert got[1] != "王建军常"


@pytest.mark.parametrize(
    "after, expected",
    [
        # the one moved reacts: never the one whose deed moved them (周小雨, named once, is in doubt)
        ("——获得冠军的新西兰运动员莫里斯的表现，令亚军得主周小雨印象深刻。", "not 莫里斯"),
        ("——获得冠军的新西兰运动员莫里斯的表现，令一位老人印象深刻。", None),  # moved, but not named
    ],
)
def test_words_before_a_sentence_of_feeling_are_the_one_moveds(after, expected):
    got = _who(["短道速滑比赛昨天结束。", "“我不知道她是怎么做到的，但真的太特别了。”" + after])
    assert got[1] != "莫里斯" if expected == "not 莫里斯" else got[1] == expected


def test_moved_after_quote_reads_the_sentence_after_the_quotation_only():
    from retrieval.attribution.experiencer import moved_after_quote

    assert moved_after_quote({}, {}, "——莫里斯的表现，令一位老人印象深刻。")[0]
    assert not moved_after_quote({}, {}, "——莫里斯说。这场比赛令一位老人印象深刻。")[0]
