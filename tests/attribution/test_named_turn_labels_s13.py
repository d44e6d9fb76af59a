"""Named interviewers' turns of session 13 (turns13): a bare name labelling two or more paragraphs of a
transcript whose turns another label takes too is that person's own turn, asking or answering — even a
name the rules do not read alone (a surname and a word jieba takes for no name; a foreign name the prose
writes right after a title word). Never an outlet, an unnamed person or a title. Invented text only; the
first tests fail without the rule, the others hold its bounds."""

from tests.attribution.attribution_helpers import speakers_of

MUSEUM = [
    "周万万:您曾主编过一本博物馆学的教材。我的第一个问题,想请您谈一下学术界对博物馆历史的研究状况。",
    "林宏远:近些年学术界对博物馆史的研究成果不多,大家更多注重现实工作中的问题。",
    "周万万:明年将迎来博物馆百年馆庆,请您谈一下筹备处是在什么样的背景下出现的?",
    "林宏远:筹备处是在辛亥革命之后设立的,当时的条件非常艰苦。",
]


def test_a_name_label_the_rules_do_not_read_alone_is_its_persons_turn():
    assert speakers_of(MUSEUM) == ["周万万", "林宏远", "周万万", "林宏远"]


FOREIGN = [
    "本报华盛顿电 驻美国大使林宏远日前接受电视台新闻栏目主播扎米里亚采访时表示,两国应当加强对话。",
    "扎米里亚:我想先问一个宏观的问题。您如何看待两国关系的现状?",
    "林大使:我认为大家对当今世界的现实要有全面的认知。",
    "扎米里亚:您认为双方最大的分歧在哪里?",
    "林大使:分歧是存在的,但共同利益更大。",
]


def test_an_asking_label_the_prose_names_after_a_title_is_that_persons_turn():
    got = speakers_of(FOREIGN)
    assert got[1] == "扎米里亚" and got[3] == "扎米里亚"


def test_an_outlets_asking_label_names_nobody():
    got = speakers_of([
        "大都市:参加过的比赛中,你印象最深刻的是哪一场?",
        "林宏远:对我来说是第一次参加的比赛,那时候我才十八岁。",
        "大都市:你离开国家队后目前的生活状况是怎样的?",
        "林宏远:我的生活还是围绕排球。",
    ])
    assert got[0] is None and got[2] is None and got[1] == "林宏远"


def test_an_unnamed_persons_label_names_nobody():
    got = speakers_of([
        "张女士:你们的服务什么时候能恢复?",
        "林宏远:我们会尽快恢复,请大家耐心等待。",
        "张女士:那么费用怎么算?",
        "林宏远:费用按照原来的标准收取。",
    ])
    assert got[0] is None and got[2] is None


def test_repeated_field_labels_of_words_name_nobody():
    got = speakers_of([
        "时间:2024年5月10日上午,活动在市民广场举行。",
        "地点:市民广场东侧的展台,周围是前来参观的市民。",
        "时间:2024年5月11日下午,活动移到了体育馆。",
        "地点:体育馆北门的展台,现场十分热闹。",
    ])
    assert got == [None, None, None, None]

