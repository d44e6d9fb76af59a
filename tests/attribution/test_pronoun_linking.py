"""Linking a pronoun to a person by salience: the subject, not a companion, an object, a possessor or
the person spoken to; too unsure when two people or words nobody was given stand between.

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

from attribution_helpers import how_of, speakers_of


def test_pronoun_means_the_subject_not_the_companion():
    paras = [
        "美国特斯拉公司首席执行官马斯克表示,中国市场很重要。",
        "与马斯克同日抵华访问的还有星巴克首席执行官纳思翰。他表示,中国是最大的增长市场。",
    ]
    assert speakers_of(paras) == ["马斯克", "纳思翰"]
    assert how_of(paras)[1] == "pronoun"


def test_a_pronoun_with_two_people_to_mean_is_too_unsure():
    paras = ["省委书记王建国和省长刘志明出席了会议。他表示,要抓好落实。"]
    assert speakers_of(paras) == [None]


def test_pronoun_skips_the_object_of_the_sentence_before():
    assert speakers_of(["美国总统特朗普当天与韩国总统文在寅通电话。他还说,双方将加强合作。"]) == ["特朗普"]


def test_a_possessor_is_no_subject_for_a_pronoun():
    # 王五的晚宴: 王五 owns the dinner; 他 cannot mean him
    assert speakers_of(["来宾晚上将出席市长王五的晚宴。他希望两地加强合作。"]) == [None]


def test_a_pronoun_after_someone_else_spoke_is_too_unsure():
    # 奥巴马 (untitled; jieba reads a place) speaks between 李明 and 他: 他 cannot safely mean 李明
    paras = ["市委书记李明出席晚宴。奥巴马表示,两地合作很好。他希望继续合作。"]
    assert speakers_of(paras) == [None]
    paras = ["市委书记李明出席会议。会议指出,要抓好落实。他强调,要加强监管。"]
    assert speakers_of(paras) == ["李明"]  # a meeting (会议) is no one who could be 他


def test_a_pronoun_opening_a_paragraph_means_the_person_the_one_before_ended_with():
    # 赵启明: no title, found by jieba's person tag alone, named twice on the page
    paras = ["采访赵启明是在惊讶中开始的。一抬头,赵启明已经站在面前了。", "他笑着说:咱们开始吧。"]
    assert speakers_of(paras) == [None, "赵启明"]


def test_the_person_spoken_to_is_not_the_speaker():
    paras = ["导演林芳还是把新闻稿传给了恩师的儿子,希望能跟恩师侯孝贤说一声。"]
    assert speakers_of(paras) != ["侯孝贤"]
    assert speakers_of(["市工业和信息化局党组成员、副局长任洪源说,要抓好落实。"]) == ["任洪源"]


def test_two_people_leading_a_sentence_are_nobody():
    assert speakers_of(["导演林芳、监制叶如芬昨率领演员出席记者会,希望观众喜欢这部电影。"]) == [None]


def test_a_pronoun_after_words_nobody_was_given_is_too_unsure():
    paras = [
        "主教练谢长亨认为安打虽然不少,但不够连贯。",
        "这场比赛共投了78球,先发4.2局被敲5安,失掉两分。",
        "「我去年连当敗战处理投手的资格都没有,今年却可以投第一场比赛,已经算可以接受了。」",
        "对于自己首局出现暴投的状况,他说希望下一场能够加快找到感觉。",
    ]
    assert speakers_of(paras) == ["谢长亨", None, None, None]  # 他 may be whoever said the words above
