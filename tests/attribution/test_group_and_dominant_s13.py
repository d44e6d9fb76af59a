"""Session 13 (fp13): 他们 opening a paragraph's words is a group, never the last person named; and a
later speaker takes a paragraph from the first only when they say more within their own sentences
too (the narration after their sentence is not their words). Invented text."""

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_plural_pronoun_is_no_one_person():
    got = _who([
        "救援队队长周立明说：“我们平时就是做些琐碎的事情，帮居民摘马蜂窝、救小猫。”",
        "但危险来临时，他们只有四个字：“义不容辞。”",
    ])
    assert got == ["周立明", None]


def test_the_narration_after_a_short_second_speaker_does_not_make_them_the_speaker():
    got = _who([
        "航天员周立明表示，地面做了扎实的应急情况处置训练，更重要的是，强大的祖国后盾、精益求精的航天队伍，"
        "和团结协作的乘组让他充满底气。陈海峰则感慨乘组与地面“天地同心”的强大力量。乘组迅速响应应急预案，"
        "按照地面指令有条不紊推进返回前的各项准备工作。最终，在地面团队精准研判和高效保障下，乘组顺利换乘返回舱"
        "安全着陆。从发现险情到完成换乘返回，全程仅用20余天，中国载人航天交出圆满答卷。"
    ])
    assert got == ["周立明"]
