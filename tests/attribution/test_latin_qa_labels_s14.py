"""Session 14 (qalabels14): Q:/A: and 问/答 interviews whose interviewee the page names only beside an
interview word — right before it (周立明专访：…) or opening the clause after 在…专访中 — with no title we
read: the A:/答: turns are that person's, not a leader the lead merely mentions; Q:/问: nobody's; a page
that names no interviewee gives the answers to nobody. Invented text."""

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.attribution.turns import _beside_interview


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_the_name_before_an_interview_word_answers():
    got = _who([
        "城东区长周立明专访：谈老城改造",
        "老城改造进入第三年，市长郑国华上月曾到城东区视察。",
        "问：改造的难点在哪里？",
        "答：难点在于居民的意愿各不相同，我们要一户一户去谈。",
    ])
    assert got[2] is None and got[3] == "周立明"


def test_the_clause_after_in_the_interview_names_the_interviewee():
    got = _who([
        "人工智能还在起步阶段",
        "今年春天，国务院副总理郑国华到研究院调研，了解大模型研发情况。",
        "在一个小时的专访中，周立明与本报记者就行业前景进行了交流。",
        "Q：您怎么看今年的行业走势？",
        "A：我一点都不意外，这个行业才刚刚起步。",
    ])
    assert got[3] is None and got[4] == "周立明"


def test_a_page_written_in_traditional_characters_keeps_its_own_name():
    got = _who([
        "在一個小時的專訪中，周立遠與本報記者就行業前景進行了交流。",
        "問：您怎麼看今年的行業走勢？",
        "答：這個行業才剛剛起步。",
    ])
    assert got[2] == "周立遠"


def test_a_journalist_or_an_unnamed_interview_names_nobody():
    assert _beside_interview({}, "本报记者专访", "") == []
    assert _beside_interview({}, "在专访中", "记者了解到") == []
    assert _beside_interview({}, "在一个小时的专访中", "周立明与本报记者进行了交流") == ["周立明"]
    assert _beside_interview({}, "城东区长周立明专访", "") == ["周立明"]
