"""Session 12 (qfirst12): a paragraph opening with someone's words, the owner named only in the narrative
after them, with no speech verb beside the name (attribution/opening.py), and the names such paragraphs
write in ways jieba misreads (attribution/pagenames.py). Invented text."""

import pytest

from retrieval.attribution.clauses import _MASK
from retrieval.attribution.opening import framed_owner
from retrieval.attribution.pagenames import aged_name, quoted_names
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.models import Speaker


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


# a later paragraph names the people again with no words of theirs (the page makes the names known)
LATER = "后来，赵德顺、赵德明、王建国和周明远都回到了村里。"
KNOWN: dict[str, str | None] = {"王建国": None, "周明远": None}


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a time, then a title and the name as the subject; people unnamed later are objects (组织…村民撤离)
        ("“晚上十一点，村里通知我们转移。”8月9日晚，村民赵德顺在仓库值班，接到通知后随村干部组织沿河村民撤离。", "赵德顺"),
        # two framing clauses, then a place, an age and a role word before the name; a town jieba tags
        # as a name (李家湾|镇) is no second person
        ("“屋子没事，院子也没事！”8月6日7时，雨停一个多小时后，兴隆县李家湾镇东岭村68岁老人赵德明便赶回家中。", "赵德明"),
        # the reporter is only what the person hears, and the person answers in words (回绝)
        ("“你跟不上的……”听到记者提出跟他跑一整天，王建国想都没想就回绝了。", "王建国"),
        ("“行，就这么办。”听到记者的请求，王建国爽快地答应了。", "王建国"),
    ],
)
def test_the_subject_of_the_narrative_after_the_words_owns_them(paragraph, expected):
    assert _who([paragraph, LATER])[0] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # what the person hears and answers with no words (a nod): the words may be the other's
        "“你跟不上的……”听到记者提出跟他跑一整天，王建国点了点头。",
        "“你好！”听到有人打招呼，王建国笑着点点头。",
        # a question, then the one who hears it: the question is the other party's
        "“累不累？”听到记者的问题，王建国想都没想就回绝了。",
        # a shout heard: the person hears it, whatever they do next
        "“快跑！”听到喊声，王建国拔腿就往山上跑。",
        "“快跑！”8月9日晚，王建国听到有人在屋外大喊。",
        # the reporter frames the words as a subject of their own
        "“开饭啦！”中午时分，记者在村口看到，王建国正端着饭菜走出家门。",
        # the person is an object; two people lead the sentence; someone unnamed speaks in it
        "“起床啦！”一阵急促的闹钟，叫醒了王建国。",
        "“开饭啦！”中午时分，村长王建国和会计周明远一同走出家门。",
        "“开饭啦！”中午时分，王建国端着饭菜走出家门，一位村民笑着说。",
        # the words call the person named after them
        "“王建国，快来吃饭！”中午时分，王建国端着饭菜走出家门。",
    ],
)
def test_no_owner_when_another_party_may_own_the_words(paragraph):
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), paragraph)
    assert framed_owner({}, KNOWN, paragraph, masked) is None


def test_the_same_sentence_with_no_other_party_names_the_person():
    s = "“开饭啦！”中午时分，王建国端着饭菜走出家门。"
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    assert framed_owner({}, KNOWN, s, masked) == Speaker("王建国", None)


def test_a_name_jieba_reads_as_nouns_between_words_and_a_speech_verb():
    assert quoted_names("“这件事很重要，要抓紧。”项利民认为，应当尽快启动。", {}) == ["项利民"]
    assert quoted_names("“很好。”江苏队认为，应当继续。", {}) == []  # a place and a body, no name
    assert quoted_names("“很好。”王局长认为，应当继续。", {}) == []  # a surname and a title
    got = _who(["“乡村要美，农民要富。”项利民认为，这两件事要一起抓。"])
    assert got == ["项利民"]


def test_a_name_after_an_age_written_once_ends_where_jieba_reads_a_verb():
    assert aged_name("文学军握着老邻居的手，红了眼眶。", {}) == "文学军"
    assert aged_name("高龄老人走进院子。", {}) is None  # no verb right after a surname and a name
    got = _who(["“今天家里真热闹，跟过年似的。”88岁的文学军握着老邻居的手，红了眼眶。"])
    assert got == ["文学军"]


def test_a_whole_quotation_then_a_titled_persons_words_after_a_clause_of_place():
    got = _who(["“只要各项工作落到实处，全年目标一定能够实现。”",
                "在第二场发布会上，市统计局局长钱伟民的话充满信心。"])
    assert got == ["钱伟民", None]
