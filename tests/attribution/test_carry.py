"""Session 9, continuation (retrieval/attribution/carry.py): a speaker's turn is not carried into a
paragraph that narrates — one opening with a scene of time (早在…之前，/ 在这个…的夏天，/ 上午9时20分，)
or one listing other people (出席的嘉宾有： then the guests) — unless it quotes words or writes 我 —
nor into the words of people it counts without naming (一位老人说，/ 有村民表示，).
Invented text."""

import pytest

from retrieval.attribution.carry import carried_doubt, listed_people, scene_opening, unnamed_voice
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.models import Speaker


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


TURNS = [
    "消防中队战士刘建军：我们现在去河口村。",
    "记者：那边出了什么事？",
    "刘建军：据报警人说，那边的房子被水淹了。",
]


@pytest.mark.parametrize(
    "narration",
    [
        "早在消防中队出发之前，河口镇派出所已经接到了村民周桂香的电话。",
        "上午9时20分，救援车辆抵达河口村，水已经漫过了一楼。",
        "在这个暴雨频发的夏天，本网与多位救援队员对话，试图了解救援的难处。",
    ],
)
def test_a_transcript_turn_is_not_carried_into_a_scene_of_time(narration):
    assert _who([*TURNS, narration]) == ["刘建军", None, "刘建军", None]


def test_a_scene_of_time_in_the_speakers_own_words_is_still_theirs():
    words = "早在出发之前，我就给村里打了电话，让大家先往高处走。"
    assert _who([*TURNS, words]) == ["刘建军", None, "刘建军", "刘建军"]


def test_a_quoted_scene_is_still_the_speakers():
    quoted = "“在水退之前，谁也不能回去。”"
    assert carried_doubt({}, {}, quoted, Speaker("刘建军", None)) is None


def test_a_list_of_guests_is_nobodys_words_and_the_host_goes_on():
    host = [
        "主持人 新闻局副局长孙丽华：",
        "女士们、先生们，上午好。今天我们请来几位专家回答大家的提问。出席今天发布会的嘉宾有：",
        "市疾控中心研究员钱文静女士；市第一医院主任医师吴国栋先生。",
        "下面，请大家举手提问。提问前，请先通报所在的新闻机构。",
    ]
    got = _who(host)
    assert got[1] == "孙丽华" and got[2] is None and got[3] == "孙丽华"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("早在出发之前，派出所已经接到了电话。", True),
        ("在这个暴雨频发的夏天，本网与多位队员对话。", True),
        ("上午9时20分，救援车辆抵达。", True),
        ("8月3日上午，救援车辆抵达。", True),
        ("今天的发布会，我们将回答大家的提问。", False),
        ("在经济发展方面，要坚持稳中求进。", False),
        ("要坚持稳中求进。", False),
    ],
)
def test_scene_opening(text, expected):
    assert scene_opening(text) is expected


def test_listed_people_wants_every_item_to_end_with_a_person():
    assert listed_people({}, {}, "市疾控中心研究员钱文静女士；市第一医院主任医师吴国栋先生。")
    assert not listed_people({}, {}, "市疾控中心研究员钱文静女士；本次会议还将讨论预算。")
    assert not listed_people({}, {}, "市疾控中心研究员钱文静女士。")


@pytest.mark.parametrize(
    "others",
    [
        "一位老人说，路修好以后，进城只要半个小时。",
        "有村民表示，路修好以后，进城只要半个小时。",
        "不少居民认为，路修好以后，进城方便多了。",
        "“路修好了，我们进城就方便了。”一位村民说。",
    ],
)
def test_a_transcript_turn_is_not_carried_into_unnamed_peoples_words(others):
    assert _who([*TURNS, others]) == ["刘建军", None, "刘建军", None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一位老人说，路修好以后，进城只要半个小时。", True),
        ("“路修好了。”一位村民说。", True),
        ("有关负责人表示，路将在年底前修好。", False),
        ("有时候我们也说，路要一条一条修。", False),
        ("张国华说，路将在年底前修好。", False),
    ],
)
def test_unnamed_voice(text, expected):
    assert unnamed_voice(text) is expected


def test_we_as_a_subject_is_the_speakers_voice_our_as_a_possessive_is_not():
    speaker = Speaker("孙丽华", None)
    assert carried_doubt({}, {}, "今天，我们邀请市疾控中心研究员钱文静女士解读这一办法。", speaker) is None
    assert carried_doubt({}, {}, "在这个暴雨频发的夏天，我们的社会还能做些什么？", speaker) == "carried-scene"


def test_unnamed_people_later_in_the_paragraph_may_be_the_speakers_report():
    assert not unnamed_voice("从报道看到，例如建筑师代表认为行程有帮助；有旅游界人士则相信有助带动商务团。")


# Session 10 (cont10): a full calendar date opening the paragraph sets a scene, comma or not,
# spaced or after a clock's zone (北京时间 2025 年 3 月 28 日 14 时…)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("北京时间 2025 年 3 月 28 日 14 时缅甸中部发生强震，多地受灾。", True),
        ("2024年5月6日凌晨河水漫过了堤坝。", True),
        ("2024年的目标是稳中求进。", False),
        ("3月28日这个日子，大家都记得。", False),  # no year, no comma: not read as a scene
    ],
)
def test_a_full_date_opens_a_scene(text, expected):
    assert scene_opening(text) is expected


def test_a_transcript_turn_is_not_carried_into_a_dated_event():
    dated = "北京时间 2025 年 3 月 28 日 14 时缅甸中部发生强震，曼德勒等地受到严重灾害。"
    assert _who([*TURNS, dated]) == ["刘建军", None, "刘建军", None]
    spoken = "2025年3月28日那天，我们接到命令后两个小时就出发了。"
    assert _who([*TURNS, spoken]) == ["刘建军", None, "刘建军", "刘建军"]
