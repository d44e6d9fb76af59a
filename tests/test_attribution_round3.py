"""Attribution mechanisms of issue 10's third round on web pages. The texts are written for
these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.lexicon import label_name
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context=context)]


def test_a_turn_label_jieba_reads_as_words_is_a_name_among_named_turns():
    paras = [
        "红队 王建华 蓝队 大马斯",
        "王建华:今天大家打得很努力,我很满意。",
        "周小平:我们准备得不够充分,下一场再来。",
        "大马斯:这场比赛双方都很拼,我们输在了最后几分钟。",
    ]
    assert _who(paras) == [None, "王建华", "周小平", "大马斯"]


def test_a_label_nobody_writes_elsewhere_ends_the_turn_but_names_nobody():
    paras = [
        "王建华:今天大家打得很努力,我很满意。",
        "周小平:我们准备得不够充分,下一场再来。",
        "大马斯:这场比赛双方都很拼,我们输在了最后几分钟。",
    ]
    assert _who(paras) == ["王建华", "周小平", None]


def test_a_label_that_is_one_common_word_is_no_name():
    assert not label_name("关键词")
    assert not label_name("主持人")
    assert label_name("大马斯")


def test_a_quotation_opening_with_a_reply_word_does_not_continue_the_speaker_before():
    paras = [
        "主持人周小平见到了王建华,她笑着说:“您今天的气色真好,是不是有什么喜事?”",
        "“对呀,我的女儿下个月就要结婚了,我们全家都很高兴。”",
    ]
    assert _who(paras) == ["周小平", None]
    paras[1] = "“我的女儿下个月就要结婚了,我们全家都很高兴。”"
    assert _who(paras) == ["周小平", "周小平"]  # without the reply word it goes on as before


def test_a_surname_and_an_address_term_names_an_ordinary_person():
    paras = ["家住城东的居民李先生说,过去去医院要换两趟车,现在走路十分钟就到了。"]
    got = attribute_paragraphs(paras)
    assert got[0].speaker is not None and (got[0].speaker.name, got[0].speaker.title) == ("李先生", "居民")


def test_an_address_term_is_nobody_when_the_page_names_another_of_that_surname():
    paras = [
        "社区主任李建国介绍,新的服务中心下个月开放。",
        "李先生说,过去去医院要换两趟车,现在走路十分钟就到了。",
    ]
    assert _who(paras) == ["李建国", None]


def test_a_given_name_jieba_counts_as_a_quantity_is_a_name():
    from retrieval.attribution.lexicon import plausible_name

    # 邱|大宗: jieba tags 大宗 as a quantity, but it holds no numeral
    assert plausible_name("邱大宗", {}, after_title=False)
    assert _who(["主教练邱大宗表示,球队下一场会打得更好。"]) == ["邱大宗"]
    assert not plausible_name("向许多", {}, after_title=False)  # a preposition and a quantity
    assert not plausible_name("王一些", {}, after_title=False)


def test_an_amount_of_words_said_is_no_words():
    paras = ["尽管王建华说出一堆很有个性的评语,却没忘记夸奖对手的拼劲,对手全场有十二人得分。"]
    assert _who(paras) == [None]
    paras = ["王建华说了一番意味深长的话:“我们还会回来。”"]
    assert _who(paras) == ["王建华"]


def test_a_short_title_standing_for_other_title_words_names_the_coach():
    from retrieval.attribution.lexicon import by_surname_and_title

    known = {"邱建国": "红队总教练", "邱小明": "球员"}
    assert by_surname_and_title("邱", "导", known).name == "邱建国"
    assert by_surname_and_title("邱", "导", {"邱小明": "球员"}) is None
    context = ("红队险胜蓝队 邱导:我们太急了",)
    paras = ["红队总教练邱建国赛后表示,球队下半场打得太急,“我们要好好总结。”"]
    got = attribute_paragraphs([context[0], *paras])
    assert [a.speaker.name if a.speaker else None for a in got] == ["邱建国", "邱建国"]


def test_a_when_clause_then_a_title_reference_then_a_quotation():
    paras = [
        "红队主教练邱建国在场边显得很不满意。在总结比赛的时候,邱导脸色很难看。“这样的比赛很难让人满意,我们还要多练。”",
    ]
    assert _who(paras) == ["邱建国"]
    # nobody introduced as a coach: 邱导 names nobody
    from retrieval.attribution.lexicon import reference_at_start

    assert reference_at_start("邱导脸色很难看", {"邱建国": "主教练"}).name == "邱建国"
    assert reference_at_start("邱导脸色很难看", {"邱建国": "球员"}) is None
    assert reference_at_start("王总体上看", {"王建国": "总经理"}) is None  # jieba reads 总体


def test_a_reply_word_after_an_exchange_goes_to_the_one_answered():
    paras = [
        "“猜猜,我今天穿的衣服是谁挑的?”市长王建华笑着问道。",
        "主持人周小平想了想,她回答说:“应该是您的女儿吧。”",
        "“对呀,我女儿每天都帮我挑衣服,她的眼光比我好。”",
    ]
    got = attribute_paragraphs(paras)
    assert [a.speaker.name if a.speaker else None for a in got] == ["王建华", "周小平", "王建华"]
    assert got[2].confidence < got[1].confidence


def test_a_clause_facing_the_reporters_question_opens_no_subject():
    paras = ["赛后来到发布会的是助理教练王建华。面对记者的询问,王建华没有说明主教练缺席的原因。“他有一些私事,所以今天不能来了。”"]
    assert _who(paras) == ["王建华"]
    # the reporter as the subject still stops it
    paras = ["赛后来到发布会的是助理教练王建华。记者看到王建华一直低着头。“他有一些私事,所以今天不能来了。”"]
    assert _who(paras) == [None]


def test_a_byline_then_a_quotation_then_the_person_who_said_it_by_address():
    paras = ["记者张三报道:“太方便了,以后看病再也不用跑远路了!”5日,在城东社区门口,居民王阿姨听说这里要开诊所非常高兴。"]
    got = attribute_paragraphs(paras)
    assert got[0].speaker is not None and (got[0].speaker.name, got[0].speaker.title) == ("王阿姨", "居民")
    # the page names another 王: unsure which one, nobody
    paras = ["社区主任王建国介绍了诊所的情况。", paras[0]]
    assert _who(paras)[1] is None


def test_a_byline_reporter_never_speaks_the_quotation_after_it():
    assert _who(["记者张三报道:“太方便了,以后看病再也不用跑远路了!”"]) == [None]
