"""Session 13 (fp13): a paragraph opening in the first person (an oral history, a memoir) is the
voice of the one who says 我; a person named later as a speech verb's subject is someone they tell
of, not the paragraph's speaker. Invented text."""

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_person_the_narrator_tells_of_is_no_speaker():
    got = _who([
        "我是在那次风波之后才进入晨光日报的。我第一次感受到紧张的气氛，是风波之后的第一次选举。"
        "当时的辩护律师周立明宣布参选市议员，我去专访他。那是他的第一次选举，也是我第一次访问政治人物。",
    ])
    assert got == [None]


def test_a_first_person_quotation_then_its_speaker_is_still_theirs():
    got = _who(["“我第一次来到这里，感觉很亲切。”市民周立明说，这里的变化太大了。"])
    assert got == ["周立明"]
