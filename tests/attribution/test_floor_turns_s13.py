"""Transcript turns of session 13 (turns13): who holds the floor. A label alone on its line
(某委新闻发言人、某司副司长 林某：) says nothing itself, its words are the paragraphs under it (the first
one whatever it names: a host introducing the guest); a turn's enumeration (一是… / 二是…) does not
end the turn, its next paragraphs are still the turn's. Invented text only; each rule's first test
fails without it, the others hold its bounds."""

from tests.attribution.attribution_helpers import speakers_of

# -- a label alone on its line ------------------------------------------------------------------------

BRIEFING = [
    "市卫生健康委新闻发言人、宣传处副处长 林海峰:",
    "各位媒体朋友,大家上午好!欢迎参加今天的新闻发布会。",
    "今天很高兴请来了市疾控中心主任周建民先生,请他向大家介绍今年的防控情况。",
]


def test_a_label_alone_on_its_line_is_no_ones_words():
    assert speakers_of(BRIEFING)[0] is None


def test_the_paragraph_under_a_label_alone_is_the_labelled_persons_words():
    assert speakers_of(BRIEFING)[1] == "林海峰"


def test_the_first_paragraph_under_a_label_is_its_persons_even_naming_someone_else():
    got = speakers_of([BRIEFING[0], BRIEFING[2]])
    assert got == [None, "林海峰"]  # the host introduces the guest


def test_a_speech_verb_line_ending_in_a_colon_is_no_bare_label():
    got = speakers_of(["市疾控中心主任周建民表示:", "今年我们的防控工作总体平稳。"])
    assert got[0] == "周建民"


def test_a_new_label_under_a_label_takes_the_floor():
    got = speakers_of([BRIEFING[0], "市疾控中心主任 周建民:", "谢谢主持人。今年我们的防控工作总体平稳。"])
    assert got == [None, None, "周建民"]


# -- a turn's enumeration does not end the turn ------------------------------------------------------

ENUMERATION = [
    "市卫生健康委新闻发言人、宣传处副处长 林海峰:",
    "各位媒体朋友,大家上午好!首先,向大家通报近期出台的几项政策文件。",
    "一是印发《关于加强社区医院管理的通知》,要求各区优化服务。",
    "二是印发《关于规范急救服务的通知》,进一步规范急救行为。",
    "以上是近期情况通报。",
    "本月是第十个健康宣传月,市里开展了以健康生活为主题的系列活动。",
]


def test_a_turn_goes_on_after_its_enumerated_points():
    got = speakers_of(ENUMERATION)
    assert got[4] == "林海峰" and got[5] == "林海峰"


def test_a_question_after_the_enumeration_ends_the_turn():
    got = speakers_of([*ENUMERATION[:4], "记者:请问这些文件什么时候实施?", "以上是近期情况通报。"])
    assert got[4] is None and got[5] is None
