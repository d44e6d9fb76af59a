"""Session 10, issue 10 (precision): the person a reply answers is not its speaker. A clause
opening with 针对/对于/关于 names what is answered (针对议员X指，若…，他回应…): X is the topic — no
speaker, no title starting with the preposition, no antecedent of a later 他. A person cited
inside a speaker's words (他又称，国家主席X在…报告中提到，「…」) is no rival of that speaker.
Invented text."""

from retrieval.attribution.mentions import oblique
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.attribution.titles import clean_title


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


LEAD = "(吉隆坡5日讯)交通部长林志强说，他每天召开新闻发布会，是要让人民知道政府正做出许多努力。"


def test_the_one_answered_is_no_speaker_nor_the_antecedent_of_he():
    paragraphs = [
        LEAD,
        "针对反对党国会议员王美玲指，若没有明确的措施，就不要天天开记者会时，他回应，发布会一直都有必要。",
        "他说，他每天汇报政府的工作，因为那是不容易的工作。",
    ]
    who = _who(paragraphs)
    assert who[0] == "林志强"
    assert who[1] != "王美玲"
    assert who[2] == "林志强"


def test_without_the_preposition_the_critic_speaks():
    paragraphs = [LEAD, "反对党国会议员王美玲昨日表示，若没有明确的措施，就不要天天开记者会。"]
    assert _who(paragraphs)[1] == "王美玲"


def test_a_topic_preposition_is_no_part_of_a_title():
    assert clean_title("针对反对党国会议员") == "反对党国会议员"


def test_a_leader_cited_inside_the_words_is_no_rival():
    paragraphs = [
        "(本报讯)市长陈立明昨日出席论坛时说，城市发展需要长远规划，不能只看眼前。",
        "他又称，国家主席张国华在去年的报告中提到，「好的制度不需要改，大家要有信心，城市会越来越好」。",
    ]
    assert _who(paragraphs) == ["陈立明", "陈立明"]



def test_the_one_appraised_is_an_object():
    text = "也曾经这样评价过黄宏生："
    assert oblique(text, text.index("黄宏生"), "黄宏生")


def test_a_bracketed_byline_opens_no_sentence_with_its_reporter():
    paragraphs = [
        "〔記者王小明/台北報導〕市長參選人陳立明過去經常被批評問東答西，今晚他接受節目專訪時，特別向線上的年輕人喊話，強調他不會說大話。",
    ]
    assert _who(paragraphs) != ["王小明"]
