"""Session 13 (fp13): a speaker's label alone as its paragraph (a title, a space, the name and a
colon, nothing after it) carries none of that person's words: nobody is named for it, and the
person speaks in the paragraphs below. Invented text."""

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_titled_label_alone_names_nobody_and_its_person_speaks_below():
    got = _who([
        "市政府新闻办公室今天上午举行新闻发布会，请市交通局局长周立明介绍全市公交线路调整情况。",
        "市交通局局长 周立明：",
        "各位记者朋友，大家上午好！下面我介绍一下今年公交线路调整的情况。",
    ])
    assert got[1] is None
    assert got[2] == "周立明"


def test_a_lead_in_with_a_speech_verb_before_the_colon_is_still_the_persons():
    got = _who(["赛后，获得全场最佳球员的周立明在接受采访时表示：", "我们今天打得很顽强，感谢球迷的支持。"])
    assert got[0] == "周立明"
