"""Speaker names that are no person (session 7): a clause after a title or a reporter, a surname
and an adverb, a place the page's dateline names.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.lexicon import clause_not_name, dateline_places
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_verb_then_a_verb_after_a_title_is_no_name():
    # 院士谈创新: a one-character verb and a verb, read as 谈 (a surname) + 创新
    assert clause_not_name("谈创新")
    assert _who(["新任院士谈创新:担起更大责任 产出更多成果"]) == [None]


def test_a_clause_with_a_demonstrative_is_no_name():
    assert clause_not_name("问到这件事")
    text = ["市政府发言人罗建军,被记者问到这件事,则是语气强硬,还说公司如果守法就不用害怕。"]
    assert _who(text) != ["问到这件事"]


def test_a_surname_then_an_adverb_is_the_pages_one_person_of_that_surname_or_nobody():
    assert clause_not_name("李则") and clause_not_name("罗還")
    text = ["市长罗建军今日出席活动。", "另有记者要求罗建军太太发表感受,罗则称「代太太讲几句」,认为不需要家人参与。"]
    assert _who(text)[1] in ("罗建军", None)


def test_real_names_stay_names():
    for name in ("罗建军", "李正", "那英", "王毅", "谈建国"):
        assert not clause_not_name(name)


def test_a_place_the_dateline_names_is_no_speaker():
    assert {"巴生", "北京"} <= dateline_places("(巴生28日讯)在…… 新华社北京3月5日电")
    text = [
        "《东方日报》十年报庆晚宴巴生站 | 罗建军:讲真话难能可贵",
        "(巴生28日讯)在年度晚宴上,地方政府部长罗建军说,他欢迎媒体继续监督政府。",
        "他昨晚在《东方日报》十年报庆晚宴巴生站致开幕词时说:“在一个被谎言蒙蔽的时代,讲真话的媒体更难能可贵。”",
    ]
    assert _who(text)[2] != "巴生"
