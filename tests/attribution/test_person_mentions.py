"""Person mentions in attribution: where a name ends (before a verb, an adverb, a colon or the words
after a transliterated name), and words that are no person's name.

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("内线球员任骏飞说:“每个人都要保持专注。”", "任骏飞"),  # not 任骏飞说
        ("张超表示:“我们会继续努力。”", "张超"),  # not 张超表示
        ("德国工会联合会主席约亨·科克勒表示,工资应当上涨。", "约亨·科克勒"),  # not 会主席约亨·科克勒
        ("俄罗斯塔斯社主任记者阿列克谢·谢利谢夫说,开放是信号。", "阿列克谢·谢利谢夫"),  # not 记者阿列克谢…
        ("区委副书记、代区长徐军强调,要抓好落实。", "徐军"),  # not 区委副
        ("中国工程院院士樊明武说,做事要做到极致。", "樊明武"),  # 明武 read as a time word
    ],
)
def test_names_end_where_the_name_ends(paragraph, name):
    assert speakers_of([paragraph]) == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "赵大姐感慨地说,日子越过越好。",  # an address term: a person without a name (not 赵大)
        "他们异口同声地说:“好!”",  # a group (not 们异)
        "王女士告诉记者,她家下个月开工。",
        "不到一个星期施工人员就来了。他说,进度很快。",  # 工人 inside 施工人员 is no title
        "网友纷纷为这位肯干的女书记点赞。她表示,很感动。",  # 点赞 is no name after 书记
        "万科表示,将继续推进保交楼。",  # a brand jieba knows, not a person
        "曹操出行表示,将扩大运力。",  # a whole name, then a word: a company
    ],
)
def test_unnamed_people_get_no_name(paragraph):
    assert speakers_of([paragraph]) == [None]


def test_a_speech_verb_before_a_colon_is_no_part_of_the_name():
    assert speakers_of(["宋朝晖说:“你们好,咱们开始吧。”"]) != ["晖说"]  # jieba's 宋朝|晖说
    assert speakers_of(["林海涛说:“你们好,咱们开始吧。”"]) == ["林海涛"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "我接受多家媒体采访,都没有要求对方提供采访提纲。",  # 都|没有: an adverb, not the surname 都
        "陶杰是香港专栏作家,有「香江第一才子」之称。",  # 之称: known as, no speech
    ],
)
def test_adverbs_and_set_phrases_are_no_speakers(paragraph):
    assert speakers_of([paragraph]) == [None]


def test_a_name_ends_before_an_adverb():
    assert speakers_of(["国务院总理温家宝将于18日出席峰会。他表示,合作很重要。"]) == ["温家宝"]  # not 温家宝将


def test_the_last_part_of_a_transliterated_name_is_that_person():
    paras = ["俄罗斯外交部发言人玛丽亚·扎哈罗娃宣布,双方将通电话。", "扎哈罗娃指出,目前没有会面计划。"]
    assert speakers_of(paras) == ["玛丽亚·扎哈罗娃", "玛丽亚·扎哈罗娃"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("导演舒淇昨坦言,其实至今都还在修剪。", "舒淇"),  # not 舒淇昨
        ("导演舒淇笑说这两天还在讨论。", "舒淇"),  # not 舒淇笑
    ],
)
def test_a_time_word_or_a_smile_before_the_verb_is_no_part_of_the_name(paragraph, name):
    assert speakers_of([paragraph]) == [name]


def test_a_given_name_jieba_reads_as_a_place_is_a_name_after_a_title():
    paras = ["但台钢总教练洪一中认为投手被打是必然的事。", "洪总还说,每个投手都被他打。"]
    assert speakers_of(paras) == ["洪一中", "洪一中"]  # 洪|一中/s; 洪总 is the 总教练 the page introduced


def test_a_verb_jieba_tags_as_a_name_is_no_speaker():
    # 辟谣/nr: with no surname and no title before it, a jieba person tag is not enough
    assert speakers_of(["雷军在直播中辟谣:「我不是高考状元,我没有考过700分。」"]) == ["雷军"]


def test_a_transliterated_name_ends_before_the_words_after_it():
    paras = ["“采访活动是了解中国的绝佳途径。”巴基斯坦独立新闻社记者穆罕默德·扎米尔·阿萨迪得出这样的结论。"]
    assert speakers_of(paras) == ["穆罕默德·扎米尔·阿萨迪"]  # not …阿萨迪得出这样
    assert speakers_of(["俄罗斯外交部发言人玛丽亚·扎哈罗娃表示,双方将通电话。"]) == ["玛丽亚·扎哈罗娃"]
