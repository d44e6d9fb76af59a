"""Session 8: a named person and a speech verb, yet no speaker — the readings that now find them
(retrieval/attribution/speakers.py, lexicon.py and their data files). Invented text only."""

from __future__ import annotations

import pytest

from retrieval.attribution import lexicon
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("俄罗斯外长拉夫罗夫本月表示,会谈毫无意义。", "拉夫罗夫"),  # a time word after the name (after_name.txt)
        ("俄罗斯外长拉夫罗夫举行会谈。", "拉夫罗夫"),  # an act after the name; jieba's nrt tag
    ],
)
def test_a_name_after_a_title_ends_before_a_time_or_an_act(text, name):
    assert [sp.name for _, sp in lexicon.mentions(text, {})] == [name]


def test_a_name_jieba_reads_whole_may_end_in_an_organisations_character():
    # 州 ends places (苏州), but after a title a three-character name jieba reads whole is a name
    assert lexicon.person_at_end("控股公司董事长魏应州", {}).name == "魏应州"
    assert lexicon.person_at_end("苏州", {}) is None


def test_zhi_is_a_speech_verb_only_when_the_words_follow_at_once():
    assert _who(["立法会议员王志明指，政府应该加强沟通。"]) == ["王志明"]
    assert _who(["立法会议员王志明指导学生完成了研究。"]) == [None]


@pytest.mark.parametrize(
    "second",
    [
        "他续说,这次来香港主要有两个目的。",  # 续: going on, jieba joins it to 他
        "他还着重指出了人工智能带来的影响。",  # 着重: with emphasis
    ],
)
def test_an_adverbial_between_the_pronoun_and_the_verb(second):
    assert _who(["中国侨联主席万立明表示,香港侨界要发挥作用。", second]) == ["万立明", "万立明"]


def test_a_person_named_inside_the_pronouns_words_does_not_contest_it():
    first = "国务院新闻办主任赵明远接受采访时表示,和平需要时间。"
    said = "他说普金不值得信任,还说:“我真的不明白在那里是谁说了算。”"
    assert _who(["俄罗斯总统普金昨天出席了会议。", first, said])[2] == "赵明远"
    # … but a person opening a clause after it still may (…。冯友兰曾经写过)
    assert _who([first, "他说同时在读三本书。冯友兰曾经写过,读书要有方法。"])[1] is None


def test_a_name_the_page_named_before_the_verb_is_no_word_with_it():
    # 卢正学|说, not 学说 (a theory)
    assert _who(["正在装箱的村副主任卢正学说,很多人慕名前来观光购果。"]) == ["卢正学"]


def test_yu_and_a_place_are_an_adverbial_before_the_verb():
    assert _who(["东风汽车董事长竺延明昨于业绩会表示,公司今年的销量目标为335万辆。"]) == ["竺延明"]


def test_kui_after_a_surname_is_the_premier():
    text = ["行政院长苏明泰今天赴立法院报告。", "苏揆表示,政府会全力推动重建工作。"]
    assert _who(text)[1] == "苏明泰"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("保山消防支队战士李小舟在地震当日就赶到了灾区。他告诉记者,已经18个小时没休息过了。", "李小舟"),
        ("丰田农机专业合作社农机手赵忠明说,我们加入合作社以来,不用出门就能挣到钱。", "赵忠明"),
        ("“每次下大雨,他们都会提前一天发通知。”村干部王强说。", "王强"),
        ("“超速最容易出事故。”大队教导员张强介绍说。", "张强"),
    ],
)
def test_soldiers_operators_cadres_and_instructors_are_titled(text, name):
    assert _who([text]) == [name]


def test_an_elder_is_nobody():
    text = "民建联的梁志明在答问会上表示,有长者认为,议席减少是偏少。"
    assert _who([text]) == ["梁志明"]


def test_a_title_with_and_in_it_is_no_companion():
    text = [
        "候任港岛西议员陈家明表示,香港要配合国家发展。",
        "候任体育、演艺文化及出版界议员霍启明则认为,市民希望了解立法会工作。他认为,政策酝酿应设沟通机制,"
        "就此他以代表的身份向政府提出相关意见,希望未来主动出击和政府交流。此外,他指候任议员不少身兼其他职务,"
        "应利用好这些身份,发挥香港桥梁角色。",
    ]
    assert _who(text) == ["陈家明", "霍启明"]


def test_a_book_title_does_not_end_the_clause_before_the_verb():
    text = [
        "(巴生28日讯)地方政府发展部长倪可明表示,媒体要讲真话。",
        "他昨晚在《南洋日报》百年报庆晚宴巴生站致开幕词时说:“在一个被谎言蒙蔽的时代,讲真话的媒体更可贵。”",
    ]
    assert _who(text) == ["倪可明", "倪可明"]


def test_during_that_the_sentence_opener_speaks():
    text = ["俄罗斯总统普金即将结束访问,他晚上举行记者会,期间谈到,他愿意与对方会面。"]
    assert _who(text) == ["普金"]


def test_words_told_to_the_speaker_are_the_speakers_report():
    # 普亭有向他提及…: another person spoke to 他, who reports it — no rival speaker
    text = ["据俄罗斯总统助理乌沙明向记者表示,会谈很顺利。", "乌沙明并表示,普亭有向他提及会谈的部分内容,其中包括最近的接触情况。"]
    assert _who(text)[1] == "乌沙明"


def test_a_bound_morpheme_ends_a_name_jieba_reads_as_a_verb():
    # 解立|彬/zg: the surname and the next character read as a verb, the last a bound morpheme
    assert lexicon.person_at_end("金牛队主教练解立彬", {}).name == "解立彬"


def test_manner_then_the_verb_after_clauses_naming_nobody():
    text = ["现场虽嘈杂,但是外交部长王毅仍驻足倾听提问。",
            "王毅听到后,停下脚步,缓慢而坚定地回答:“中方当然要求对方严格恪守承诺。”"]
    assert _who(text)[1] == "王毅"


def test_a_surname_then_an_adverb_before_the_verb_is_the_one_person_of_that_surname():
    text = ["行政长官李家明今天投票。", "另有记者要求李家明太太发表感受,李则称「代太太讲几句」,解释选举属个人事务。"]
    assert _who(text)[1] == "李家明"


def test_zhi_right_after_a_name_the_page_named_is_speech():
    text = ["澳门特首贺一明今天举行记者会。", "贺一明指每日透过应变协调中心例行记者会了解传媒提问,又点名赞扬官员。"]
    assert _who(text)[1] == "贺一明"
    # 指着, 指导: pointing, guiding — no speech
    assert _who(["澳门特首贺一明今天举行记者会。", "贺一明指着地图上的几个地方,让官员逐一跟进。"])[1] is None


def test_a_surname_a_title_and_the_verb_are_no_label_of_a_name():
    # 李总理说：“…” is the premier the page named saying it, not a given name 说 after 李 and 总理
    # (邱委员文彦：… is a record's label with the title between surname and given name)
    from retrieval.attribution.speakers import attribute_document
    got = attribute_document(["李显龙总理指出,此次内阁改组是平行调动。", "李总理说:“关键不是获得擢升。”"])
    assert [sp.name if sp else None for sp in got] == ["李显龙", "李显龙"]
    assert attribute_document(["邱委员文彦:我赞成这个方案,理由有三点。"])[0].name == "邱文彦"


def test_an_honorific_ending_the_clause_leaves_no_name():
    # 首相拿督斯里指出: the page left the name out after the honorific; 斯里 (of 拿督斯里) is none
    from retrieval.attribution.speakers import attribute_document
    got = attribute_document(["首相拿督斯里安华表示,政府将专注经济发展。", "首相拿督斯里指出,团结政府将专注于吸引投资。"])
    assert [sp.name if sp else None for sp in got][0] == "安华"
    assert got[1] is None or got[1].name == "安华"
    assert attribute_document(["马新社总执行长拿督莫达胡先表示,新闻自由很重要。"])[0].name == "莫达胡先"
