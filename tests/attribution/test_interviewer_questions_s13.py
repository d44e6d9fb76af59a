"""Session 13 (fp13): an unlabelled question put to 您 between an interviewee's labelled answers is
the interviewer's: the answer before it goes no further. Invented text."""

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_question_to_you_is_no_answer_going_on():
    got = _who([
        "作为教师世家，您读得最多的书是教育类书籍吗？",
        "周立明：我从小跟随父亲读书，接触古籍较多，后来考入师范大学，毕业后一直在中学任教。",
        "在人生的不同阶段，您的阅读各有什么特点？",
        "周立明：青少年时代除了学校的学习，父亲给我讲一些历史故事，成年后读书更杂一些。",
    ])
    assert got == [None, "周立明", None, "周立明"]


def test_an_answer_that_asks_without_you_goes_on():
    got = _who([
        "记者：您怎么看待这次改革？",
        "周立明：这次改革方向是对的，关键在落实。",
        "改革难道不需要时间吗？我们要有耐心，一步一步来。",
    ])
    assert got[1] == "周立明" and got[2] == "周立明"
