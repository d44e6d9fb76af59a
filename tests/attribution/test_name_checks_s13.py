"""Session 13 (fp13): names read whole or not at all — a name with a character whose simplified form
lies outside the common block (鋐), a counted group read as a name (有网民), a speech verb inside a
noun (荣誉称号), a name right after a number (175师|野战…). Invented text."""

from retrieval.attribution.clauses import _nominal
from retrieval.attribution.simplified import simplify_aligned
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_rare_character_keeps_the_name_whole():
    assert simplify_aligned("周士鋐") == "周士鋐"
    assert _who(["市地震台研究员周士鋐接受采访时表示，这次地震是一次余震，不必恐慌。"]) == ["周士鋐"]


def test_a_counted_group_is_no_name():
    # 有 is a surname too: 有|网民 counts people, it names nobody
    assert _who(["局长们此举收到不少成效，有网民表示一时间不知去哪儿玩好，但也有人认为过于突出个人。"]) == [None]


def test_a_speech_verb_inside_a_noun_says_nothing():
    text = "院士是我国科学技术方面的最高荣誉称号，本次增选后，院士队伍的结构进一步优化。"
    assert _nominal(text, text.index("称"), "称")
    said = "周立明称，本次增选后，院士队伍的结构进一步优化。"
    assert not _nominal(said, said.index("称"), "称")


def test_a_name_right_after_a_number_is_a_numbered_unit():
    got = _who(["1938年他参加学生军，后在第46军175师野战补充团3营7连做政治指导员，1940年考入军校。"])
    assert got == [None]


def test_a_name_the_page_writes_without_the_conjunction_after_it_ends_before_it():
    got = _who([
        "“我和奶奶正在绣制香包，现在做成了钥匙扣，在网上卖成了爆款。”今年25岁的沈若楠和85岁的奶奶手持银针上下翻飞。",
        "作为香包制作技艺第五代传承人，沈若楠从奶奶手中继承衣钵，创新香包款式。",
        "2023年，在沈若楠和奶奶的带动下，当地600多位村民实现就业。",
    ])
    assert got[0] == "沈若楠"
