"""Speakers on sports and court pages (session 12, sport12): words the next paragraph points back at
(这样说的人叫…, 发出这样的感慨), a continuation that meets its person in the third person, a quotation's
framing that reports to someone (向所长某某汇报), a letter read out by another, pseudonyms (王某), the
possessor of a team as whom 他 means, 某某的话语… as no speaker, a manner closed by 的 (谦虚的说), an
unread label before a quotation, a headline-like label (某某女子组封后：)."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import plausible_name
from retrieval.attribution.passes import _pointed_back_owner


def test_the_next_paragraph_names_who_said_it():
    paragraphs = ["冬天来了，周建华回湖南老家种菜去了。",
                  "「我一拿到判决书，就知道这场官司还没完。」",
                  "对我们这样说的人叫韩立群，周建华在长沙的代理律师。"]
    assert speakers_of(paragraphs) == [None, "韩立群", None]


def test_the_words_pointed_back_at_are_no_continuation():
    paragraphs = ["市律师协会会长钱伟表示，法律援助需要更多年轻人接棒，我们会全力支持。",
                  "「我从一开始接到材料，就预感到会输。」",
                  "对我们这样说的人叫韩立群，周建华在长沙的代理律师。"]
    assert speakers_of(paragraphs) == ["钱伟", "韩立群", None]


def test_the_next_paragraph_makes_its_subject_the_one_who_said_it():
    paragraphs = ["“这个问题问得好，确实是我们的一个难点！”",
                  "5日，在新闻中心举行的记者会上，省高级人民法院副院长孙志刚在回答记者提问时，发出这样的感慨。",
                  "孙志刚表示，今年将继续推进执行工作。"]
    assert speakers_of(paragraphs) == ["孙志刚", None, "孙志刚"]


@pytest.mark.parametrize("text", [
    "记者会上，省高级人民法院副院长孙志刚回答提问，现场记者发出这样的感慨。",  # someone else between
    "这样的话，省高级人民法院副院长孙志刚也就放心了。",  # 这样的话: in that case
    "省高级人民法院副院长孙志刚和院长李国平听后，发出这样的感慨。",  # two people
    "省高级人民法院副院长孙志刚也这样说。",  # the same words again, someone else's first
])
def test_pointing_back_names_nobody_when_unsure(text):
    assert _pointed_back_owner(text, {}) is None


def test_a_continuation_stops_at_a_paragraph_naming_its_person():
    paragraphs = ["秋收时节，周建华回老家帮忙去了。",
                  "而在城里，一群年轻律师正在群里热烈讨论周建华的案子，讨论我们社会的未来。"]
    assert speakers_of(paragraphs) == [None, None]


_CALL = "“站长，我在北坡发现一处烟点，可能是山火，这是现场的照片，请马上派人！”"


@pytest.mark.parametrize("opening", ["8日，林场“护林员”赵德明外出巡山。", "8日，林场“护林员”赵德明外出巡山，途中遇到一名游客刘某。"])
def test_the_one_reported_to_is_not_the_speaker(opening):
    paragraphs = [opening, _CALL + "在山顶休息期间，赵德明悄悄拍下刘某照片后，迅速向林业站站长钱永福进行了汇报。"]
    assert speakers_of(paragraphs) == [None, "赵德明"]


def test_a_letter_read_out_is_its_authors():
    paragraphs = ["前立法会议员杨振华已经认罪，案件进入求情阶段。",
                  "杨振华亲撰求情信，由代表他的资深大律师邓家明在庭上宣读，表示「对自己的行为深感后悔，愿意承担责任」。他直言对此感到「惭愧」。"]
    assert speakers_of(paragraphs) == [None, "杨振华"]


def test_a_lawyer_reading_a_statement_of_their_own_is_no_author():
    paragraphs = ["前立法会议员杨振华已经认罪，案件进入求情阶段。",
                  "资深大律师邓家明在庭上发言，表示「被告对自己的行为深感后悔」。"]
    assert speakers_of(paragraphs) == [None, "邓家明"]


@pytest.mark.parametrize("name", ["王某", "张某某"])
def test_a_pseudonym_is_no_name(name):
    assert not plausible_name(name, {}, after_title=True)
    assert speakers_of([f"原告{name}称自己年岁已高，子女不尽赡养义务。"]) == [None]


def test_he_after_a_persons_team_means_that_person():
    paragraphs = ["周五晚上，中国游泳运动员孙浩宇获得铜牌后表示，自己接受了多次药检。",
                  "比赛于周日结束，中国队夺得金牌。",
                  "关于药检问题，澳大利亚游泳运动员杰克·米勒的团队在接力赛中没有获得奖牌，他在赛后表示，制度需要更加严格。"]
    assert speakers_of(paragraphs) == ["孙浩宇", None, "杰克·米勒"]


def test_he_after_a_persons_coach_is_not_that_person():
    paragraphs = ["周五晚上，中国游泳运动员孙浩宇获得铜牌后表示，自己接受了多次药检。",
                  "澳大利亚游泳运动员杰克·米勒的教练在赛后接受了采访，他表示，制度需要更加严格。"]
    assert speakers_of(paragraphs)[1] != "杰克·米勒"


def test_words_about_a_persons_words_are_nobodys():
    paragraphs = ["赛后，乒乓球运动员许文博表示，这次胜利来之不易。",
                  "许文博的话语不仅展现了他个人的成长，也为年轻运动员树立了榜样，希望中国队继续创造辉煌。"]
    assert speakers_of(paragraphs) == ["许文博", None]


def test_a_manner_closed_by_de_is_still_speech():
    paragraphs = ["台湾桌球选手陈冠宇再一次夺得冠军，赛后陈冠宇谦虚的说，自己也没想到会赢。"]
    assert speakers_of(paragraphs) == ["陈冠宇"]


def test_a_label_no_turn_reads_keeps_its_quotation():
    paragraphs = ["台湾桌球选手陈冠宇夺得冠军。",
                  "主持人vs.球评：「好球，正手发力，再变线，打穿了对手。」陈冠宇打破胶着，率先取得冠军点。"]
    assert speakers_of(paragraphs) == [None, None]


def test_a_headline_like_label_is_its_opening_persons():
    paragraphs = ["荷兰名将范思琳赢得女子组冠军。范思琳说，最后5公里非常辛苦。",
                  "范思琳女子组封后：「最后5公里，我已经跑不动了」"]
    assert speakers_of(paragraphs) == ["范思琳", "范思琳"]


@pytest.mark.parametrize("verb", ["高喊", "辩称", "质问"])
def test_verbs_of_shouting_pleading_and_questioning(verb):
    paragraphs = [f"对于判决结果，一号被告人李国栋更是在看守所{verb}：“我没有做过这些事情！”"]
    assert speakers_of(paragraphs) == ["李国栋"]


@pytest.mark.parametrize("title", ["北京跑手", "香港跑手"])
def test_runners_are_titled(title):
    assert speakers_of([f"男子组冠军、{title}李雨繁表示，今天的天气非常适合比赛。"]) == ["李雨繁"]
