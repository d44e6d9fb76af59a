"""Whose quotation it is (retrieval/attribution/quotes.py): a quotation before or after its speaker,
resumed after an aside, a run of short quotations, a dash line under a quotation, a dateline and a
credit before an opening quotation. Invented text only.
"""

from __future__ import annotations

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.models import Speaker


def test_a_title_and_name_then_a_quotation_is_that_persons_words():
    assert speakers_of(["外交部发言人王丽“在关心到国家利益的问题上,我比男人更加强硬”"]) == ["王丽"]
    # a nickname in quotation marks after a name is no quotation of words
    assert speakers_of(["外交部发言人王丽“铁娘子”的称号由来已久。"]) == [None]
    # something else before the name: not the bare headline form
    assert speakers_of(["记者见到外交部发言人王丽“在关心到国家利益的问题上,我比男人更加强硬”"]) == [None]


def test_a_whole_quotation_before_its_speaker_says_it():
    paras = [
        "村道修通以前,村里人出门全靠走。",
        "“当年有人扬言,要是拉不回来电就把我脑袋割了。”",
        "华山村村支书熊小喜一边说,一边用手比划着当年的山路。",
    ]
    assert speakers_of(paras) == [None, "熊小喜", "熊小喜"]
    assert [a.how for a in attribute_paragraphs(paras)][1] == "quote"
    # the next paragraph's speaker has words of its own in the first clause: the quotation stays nobody's
    other = [paras[0], paras[1], "华山村村支书熊小喜说,村道已经全部贯通。"]
    assert speakers_of(other) == [None, None, "熊小喜"]


def test_a_dateline_and_credit_before_an_opening_quotation():
    # 新华社…电 (记者 …)“…”，…NAME…: the dateline and the reporters' credit are no speakers
    text = [
        "新华社海口5月2日电 (记者 张华 李新)“现在每一分钟都很宝贵,我们绝不放弃任何救援机会。”"
        "台风登陆已过去20个小时,该市消防救援总队总队长李建华站在受损最重的大楼旁指挥救援。"
    ]
    assert speakers_of(text) == ["李建华"]


def test_a_dateline_before_a_quotation_of_nobody_named():
    # the sentence after the quotation names nobody: no speaker, not the credited reporters
    text = [
        "新华社海口5月2日电 (记者 张华 李新)“现在每一分钟都很宝贵,我们绝不放弃任何救援机会。”"
        "台风登陆已过去20个小时,救援工作仍在紧张进行。"
    ]
    assert speakers_of(text) == [None]


def test_a_run_of_short_quotations_opening_a_paragraph_about_one_person():
    # “…？”“…？”调研中，X先后前往…: the questions are the person's the next sentence is about
    text = [
        "7月8日,县委书记李建华调研项目建设情况。",
        "“项目进展如何?”“项目建设中还存在什么困难?”调研中,李建华先后前往了农业园区和小镇的建设现场。",
    ]
    assert speakers_of(text)[1] == "李建华"


def test_a_run_of_short_quotations_then_two_people_is_nobodys():
    text = [
        "7月8日,县委书记李建华调研项目建设情况。",
        "“项目进展如何?”“项目建设中还存在什么困难?”调研中,李建华和县长周文斌先后前往了建设现场。",
    ]
    assert speakers_of(text)[1] is None


def test_a_quotation_above_a_dash_line_is_the_dash_lines_speakers_or_nobodys():
    got = speakers_of([
        "“回去先冲一下全国冠军。”",
        "——夺得举重金牌的中国选手张建军说，接下来的目标是全国比赛。",
        "“我不在乎是否会失去一根手指。”",
        "——攀岩选手之所以被称为“大魔王”是有原因的，她在比赛中受了伤。",
        "“敲门的次数越多，好事就越有可能到来。”",
        "——第三次参加奥运会的高尔夫球选手李丽华获得铜牌后表示，她会继续努力。",
    ])
    assert got[0] == "张建军" and got[1] == "张建军"
    assert got[2] is None  # not 张建军 going on: the dash line below names another source
    assert got[4] == got[5] == "李丽华"


def test_dash_sourced_leaves_a_quotation_a_verb_gave_alone():
    from retrieval.attribution.decision import Attribution
    from retrieval.attribution.passes import dash_sourced
    said = Attribution(Speaker("王芳", None), "speech-verb", 0.98)
    paragraphs = ["“我们会继续努力。”", "——教练王芳说，球队准备充分。"]
    assert dash_sourced(paragraphs, [Attribution(Speaker("张三", None), "quote", 0.99), said]) == []
    assert dash_sourced(paragraphs, [Attribution(), said]) == [(0, Attribution(Speaker("王芳", None), "quote", 0.99))]
    assert dash_sourced(paragraphs, [Attribution(), said], frozenset({1})) == []  # a heading between


def test_the_possessor_of_a_person_after_a_quotation_is_not_its_speaker():
    got = speakers_of([
        "“我们不能只解决本学科关心的问题，更要解决社会大众都关心的问题。”作为李元龙的导师，研究所所长王凡的这句话，"
        "如今已成为李元龙传承给学生的信条。",
    ])
    assert got[0] != "李元龙"


def test_a_quotation_resumes_after_an_aside_and_closes_in_the_next_paragraph():
    text = [
        "对于她的伤病,主教练郎华表示:“朱婷的伤是一个定时炸弹,我们必须面对。”",
        "但是很遗憾中国女排未能及时调整好状态,在小组赛中经历了3连败。",
        "“比赛连续输球后,很多队员对我说对不起,我能理解她们的心情。",
        "大家其实都很好,我们教练团队也没有任何的埋怨。”",
    ]
    assert [w[0] for w in titled_speakers_of(text)] == ["郎华", None, "郎华", "郎华"]


def test_an_aside_that_names_someone_ends_the_speakers_turn():
    text = [
        "对于她的伤病,主教练郎华表示:“朱婷的伤是一个定时炸弹,我们必须面对。”",
        "但是很遗憾,队长朱婷未能及时调整好状态,在小组赛中经历了3连败。",
        "“比赛连续输球后,很多队员对我说对不起,我能理解她们的心情。”",
    ]
    assert titled_speakers_of(text)[2] == (None, None)


def test_a_quotation_then_a_described_speaker_confirms_a_weak_name():
    text = ["“本职工作做到哪里,代表履职就到哪里”,拥有30余年基层调解一线工作经验的马善明说。在代表通道上,他分享了工作法。"]
    assert titled_speakers_of(text)[0][0] == "马善明"
    # no quotation before: a two-character name jieba alone found, once, with no title, is still too weak
    assert titled_speakers_of(["会上,拥有30余年基层调解一线工作经验的马明说,本职工作做到哪里,履职就到哪里。"])[0][0] is None


def test_words_describing_what_is_said_then_a_comma_and_the_quotation():
    text = ["女排主教练郎华出席发布会。", "然而,郎导依然给予了金软景极高评价,“金软景是世界顶级主攻,非常有经验。”"]
    assert titled_speakers_of(text)[1][0] == "郎华"
    # after 他/她 the page may have lost track of whom it means: nobody
    text = ["女排主教练郎华出席发布会。", "然而,他依然给予了金软景极高评价,“金软景是世界顶级主攻,非常有经验。”"]
    assert titled_speakers_of(text)[1] == (None, None)


def test_a_first_person_quotation_ending_a_paragraph_about_one_person():
    # the paragraph's one person, subject of its first sentence; the closing 我们 quotation is theirs
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,华丰集团还设立了研究院。“我们的原料很多靠进口,这种格局必须改变。”",
    ]
    assert titled_speakers_of(text)[1][0] == "陈家明"


def test_a_quotation_without_first_person_ending_such_a_paragraph_names_nobody():
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,华丰集团还设立了研究院。“原料很多靠进口,这种格局必须改变。”",
    ]
    assert titled_speakers_of(text)[1] == (None, None)
