"""Session 14, carry stops (retrieval/attribution/carry.py ``box_heading``, captions.py ``reader_call``):
a box's heading (背景资料：…, 【链接】, 人物简介) ends every speaker's carry — the box's facts are nobody's
words, up to someone named speaking — and a paragraph in which the site calls on its reader (a channel
of the site's and an address to the reader: 请来Follow我们…, 揾 and a telephone number) is nobody's
and ends the turn before it. Invented text."""

from retrieval.attribution.captions import reader_call
from retrieval.attribution.carry import box_heading
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


TURNS = [
    "10月9日下午，市交通局举行例行发布会，新闻发言人周立新答记者问。",
    "记者：有报道说，新的地铁线路将推迟开通，请问是否属实？",
    "周立新：新线路的调试工作正在按计划推进，我们会在年底前开通运营。",
]


def test_a_box_heading_ends_the_turn_and_its_facts_are_nobodys():
    paragraphs = [
        *TURNS,
        "背景资料：地铁九号线全长三十二公里，设车站二十四座，于二〇一九年开工建设。",
        "九号线采用六节编组的列车，最高时速八十公里，沿线连接三个大型换乘枢纽。",
        "该线路的车辆由本地企业制造，车厢内设置了无障碍区域。",
    ]
    assert _who(paragraphs) == [None, None, "周立新", None, None, None]


def test_the_same_paragraphs_without_the_heading_still_carry():
    paragraphs = [*TURNS, "九号线采用六节编组的列车，最高时速八十公里，沿线连接三个大型换乘枢纽。"]
    assert _who(paragraphs)[3] == "周立新"  # the turn goes on: the heading is what stops it


def test_someone_named_speaking_after_the_box_is_theirs():
    paragraphs = [
        *TURNS,
        "【链接】",
        "九号线采用六节编组的列车，最高时速八十公里。",
        "市民王秀英表示，她每天坐地铁上班，希望新线路早日开通。",
    ]
    who = _who(paragraphs)
    assert who[4] is None and who[5] == "王秀英"


def test_box_heading_shapes():
    assert box_heading("背景资料：地铁九号线全长三十二公里")
    assert box_heading("【链接】")
    assert box_heading("人物简介")
    assert box_heading("周立新简历：1970年生")
    assert not box_heading("他的名片上写着公司的地址")
    assert not box_heading("周立新介绍，新线路将在年底开通。")


def test_a_call_on_the_reader_ends_the_turn():
    paragraphs = [
        "市民王秀英表示，她每天坐地铁上班，希望新线路早日开通。",
        "“我们盼了很多年，终于等到了。”王秀英说。",
        "要看最新消息，请来Follow我们《城市晚报》WhatsApp频道。",
    ]
    assert _who(paragraphs) == ["王秀英", "王秀英", None]


def test_reader_call_needs_both_a_channel_and_an_address():
    assert reader_call("你投诉，我跟进，揾12345678，《晚报热线》随时候命！")
    assert reader_call("欢迎关注本报公众号，第一时间获取资讯。")
    assert not reader_call("他说，很多老人不会下载手机软件，也不会用公众号。")  # a channel, no call
    assert not reader_call("请大家多多支持我们的工作。")  # a call, no channel


def test_a_short_quoted_question_alone_is_nobodys_turn_going_on():
    paragraphs = [
        "“这几年我们一直在做农产品直播，销量翻了一番。”县长李建国说，直播带动了全县的苹果销售。",
        "“外省能发货吗？”",
        "“能，全国都包邮。”李建国说。",
    ]
    assert _who(paragraphs) == ["李建国", None, "李建国"]


def test_a_quoted_answer_still_continues():
    paragraphs = [
        "“这几年我们一直在做农产品直播，销量翻了一番。”县长李建国说，直播带动了全县的苹果销售。",
        "“我们还要把小米卖到全国去，让更多人吃到家乡的味道。”",
    ]
    assert _who(paragraphs) == ["李建国", "李建国"]
