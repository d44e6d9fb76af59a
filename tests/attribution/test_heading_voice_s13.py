"""Whose voice tells first-person paragraphs, session 13 (turns13): the one person the headline (林某某：…)
or the heading over them (一、林某某：… / 女子跳远冠军 周某某 / “飞人” 周某某) names as whose words follow.
Their first-person paragraphs are theirs, even where the narration says someone else spoke (…律师张某某宣布
参选，我去专访他); not a paragraph about them in the third person, a reporter's, someone else's quotation or one
after another person spoke. Invented text only; the first tests fail without the rule, the others hold its bounds."""

from tests.attribution.attribution_helpers import speakers_of

ORAL_HISTORY = [
    "【林海生】1921年生于湖南衡阳。1938年参加学生军,后在部队做政治指导员。",
    "1938年冬天,日军打到武汉,我正在县城读高小,听说在招学生军,就报名参军了。",
    "学生军开始主要是做抗战宣传工作,后来我们三个团都上了前线。",
]


def test_first_person_paragraphs_under_a_headline_label_are_that_persons():
    got = speakers_of(ORAL_HISTORY, context=["林海生:最后一位学生军老兵"])
    assert got[1:] == ["林海生", "林海生"]


MEMOIR = [
    "林海生在那次事件之后进入新闻界,他后来成为晚报的总编辑。",
    "我是在那次事件之后才进入晚报的。当时辩护律师张志远宣布参选立法委员,我去专访他。",
    "我写了一千五百字的报道。刊出后,第二天就有人来找我了。",
]


def test_a_section_headings_person_tells_the_first_person_paragraphs_under_it():
    got = speakers_of(MEMOIR, context=["那些年的新闻人"], breaks=[0], headings={0: "一、林海生:绝不妥协的记者"})
    assert got == [None, "林海生", "林海生"]  # not 张志远, whom the narration says announced


def test_titled_name_headings_hand_each_section_to_its_person():
    paras = ["时隔九年,再次来到这里,特别开心。我希望把自己坚持的经历分享给大家。",
             "奥运冠军一直是我的梦想,虽然参加了四届奥运会才实现,但是我还是特别开心。"]
    got = speakers_of(paras, context=["奥运健儿访问团见面会"], breaks=[0, 1],
                      headings={0: "举重男子81公斤级冠军 周国强", 1: "女子跳远冠军 吴雅琴"})
    assert got == ["周国强", "吴雅琴"]


def test_a_heading_naming_no_one_gives_no_voice():
    got = speakers_of(["林海生后来成为晚报的总编辑。", *MEMOIR[2:]], context=["那些年的新闻人"], breaks=[0],
                      headings={0: "二、戒严时期的新闻"})
    assert got == [None, None]


def test_a_reporters_first_person_is_not_the_voice():
    got = speakers_of(["记者来到他家时,我注意到墙上挂满了奖状。"], context=["林海生:最后一位学生军老兵"])
    assert got == [None]


def test_someone_elses_quotation_is_not_the_voice():
    got = speakers_of(["那天我见到了老战友,王大山说:“我们一定要把这段历史讲给后人听,不能让大家忘记。”"],
                      context=["林海生:最后一位学生军老兵"])
    assert got != ["林海生"]


def test_after_the_writers_first_person_no_first_person_paragraph_is_the_voices():
    got = speakers_of(["林海生是村里唯一的医生,今年已经六十岁了。",
                       "我第一次见到林海生是在去年冬天,那天下着大雪。",
                       "我跟着他走访了几户人家,一路上他很少说话。"],
                      context=["林海生:扎根乡村四十年"])
    assert got == [None, None, None]
