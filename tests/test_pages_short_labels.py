"""Headline and sub-heading labels by a short form of a speaker's name (session 9, issue 10): the
surname alone (曾：…), the surname and 太 / 生 / sir (叶太：…), the first two characters of a longer
name (林郑：…), a heading 名字称… with no colon. Invented text only; each assertion fails without the
rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.models import Document, Passage, Speaker
from retrieval.pages.headline import headline_speaker, in_article_form

DOC = Document("t", None, None, None, "t.txt")
ZENG = Speaker("曾国明", "局长")
YE = Speaker("叶刘淑英", "主席")
CHEN = Speaker("陈可安", None)


def _said(*speakers: Speaker) -> list[Passage]:
    return [Passage("…", n, DOC, sp) for n, sp in enumerate(speakers, 1)]


def test_a_surname_label_names_the_articles_one_speaker_of_that_surname():
    said = _said(ZENG, YE)
    assert headline_speaker("曾：需时研究 未有具体时间表", said) == ZENG
    assert headline_speaker("叶太：或要向特首解释", said) == YE  # surname + 太
    assert headline_speaker("叶刘：或要向特首解释", said) == YE  # a longer name's first two characters
    assert headline_speaker("王：需时研究", said) is None  # no speaker of that surname
    assert headline_speaker("曾国：需时研究", said) is None  # two characters of a three-character name: no short form
    assert headline_speaker("文：本报记者", said) is None  # a credit label, never a surname


def test_two_people_of_the_surname_make_the_label_nobodys():
    said = _said(ZENG, Speaker("曾志强", "议员"))
    assert headline_speaker("曾：需时研究", said) is None
    said = _said(ZENG) + [Passage("议员曾志强也出席了会议。", 2, DOC, None)]
    assert headline_speaker("曾：需时研究", said) is None  # a titled mention of another 曾 who does not speak


def test_a_heading_opening_with_a_full_name_and_a_speech_verb():
    said = _said(CHEN, ZENG)
    assert headline_speaker("陈可安称两地导演是一家人", said) == CHEN
    assert headline_speaker("陈可安指挥乐团演出", said) is None  # 指挥 is no speech
    assert headline_speaker("李四称两地导演是一家人", said) is None  # not one of the article's speakers


def test_a_speaker_found_in_simplified_reading_takes_the_articles_form():
    trad = Speaker("曾國明", "局長")
    got = in_article_form(_said(trad, Speaker("曾国明", None), CHEN))
    assert [p.speaker for p in got] == [trad, trad, CHEN]
    alone = _said(Speaker("曾国明", None))
    assert in_article_form(alone) == alone


def test_a_short_label_heading_over_a_speakers_paragraph_is_a_passage_of_theirs(tmp_path):
    lines = [
        "立法会否决草案",
        "2025-09-11",
        "立法会昨日表决草案，草案未获通过，政府表示尊重投票结果，会研究下一步工作安排。",
        "曾：需时研究 未有具体时间表",
        "局长曾国明会后表示，政府尊重立法会的决定，相信需时间进一步研究，目前未有具体时间表。",
    ]
    page = parse_lines(tmp_path, lines)
    heads = [p for p in page.passages if p.text == "曾：需时研究 未有具体时间表"]
    assert heads and heads[0].speaker is not None and heads[0].speaker.name == "曾国明"
    other = [*lines[:4], "议员王志强会后表示，政府尊重立法会的决定，相信需时间进一步研究，目前未有具体时间表。"]
    page = parse_lines(tmp_path, other)
    assert all(p.speaker is None or p.speaker.name != "曾国明" for p in page.passages)
    assert all(p.text != lines[3] or p.speaker is None for p in page.passages)


def test_a_label_that_is_no_surname_names_nobody():
    said = _said(Speaker("中村一郎", "教授"))
    assert headline_speaker("中：双方将加强合作", said) is None  # 中 opens the name but is no surname


def test_a_heading_verb_that_takes_a_topic_gives_no_words():
    said = _said(CHEN)
    assert headline_speaker("陈可安透露温馨家事", said) is None
