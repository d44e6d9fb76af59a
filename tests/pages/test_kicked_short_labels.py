"""Subheads labelled by a short form of a speaker's name after a kicker (争取连任？贺：…, 某事 叶太：…):
the label names the article's one speaker of that surname, in either script, else nobody (invented text)."""

from __future__ import annotations

from invented_pages import parse_lines

LEAD = "特首贺志明昨日在里斯本向传媒总结访问行程，被问到连任、经济多元发展及与内地合作等问题。"
SAID = "被问到对连任的看法，贺志明回应称，自己现阶段只想做好现今的工作，其他事情未有考虑。"
SAID_TRAD = "被問到對連任的看法，賀志明回應稱，自己現階段只想做好現今的工作，其他事情未有考慮。"


def _speaker_of(page, text: str):
    heads = [p for p in page.passages if p.text == text]
    assert heads, f"{text} is no passage"
    return heads[0].speaker


def test_a_surname_label_after_a_kicker_question_is_the_speakers(tmp_path):
    lines = ["贺志明：澳门经济稳步复苏", "2023-04-23", LEAD, "争取连任？贺：先做好现今工作", SAID]
    sp = _speaker_of(parse_lines(tmp_path, lines), lines[3])
    assert sp is not None and sp.name == "贺志明"


def test_a_traditional_surname_label_is_read_against_the_simplified_list(tmp_path):
    lead = "特首賀志明昨日在里斯本向傳媒總結訪問行程，被問到連任、經濟多元發展及與內地合作等問題。"
    lines = ["賀志明：澳門經濟穩步復蘇", "2023-04-23", lead, "爭取連任?賀:先做好現今工作", SAID_TRAD]
    sp = _speaker_of(parse_lines(tmp_path, lines), lines[3])
    assert sp is not None and sp.name == "賀志明"


def test_a_kicked_label_of_no_speakers_surname_is_nobodys(tmp_path):
    said = "被问到对连任的看法，王志强回应称，自己现阶段只想做好现今的工作，其他事情未有考虑。"
    lines = ["王志强：澳门经济稳步复苏", "2023-04-23", LEAD.replace("贺志明", "王志强"), "争取连任？贺：先做好现今工作", said]
    page = parse_lines(tmp_path, lines)
    assert all(p.speaker is None for p in page.passages if p.text == lines[3])


def test_two_speakers_of_the_surname_leave_the_kicked_label_nobodys(tmp_path):
    other = "立法会议员贺文华则表示，政府应先交代施政成绩，连任与否不是市民最关心的问题。"
    lines = ["贺志明：澳门经济稳步复苏", "2023-04-23", LEAD, "争取连任？贺：先做好现今工作", SAID, other]
    page = parse_lines(tmp_path, lines)
    assert all(p.speaker is None for p in page.passages if p.text == lines[3])


def test_a_kicker_with_a_colon_of_its_own_is_no_kicker(tmp_path):
    """来源：某报？贺：… is metadata run into a line, not a kicker before a label."""
    from retrieval.pages.textpage import _KICKED_SHORT_HEADING

    assert _KICKED_SHORT_HEADING.match("来源：某报？贺：先做好现今工作") is None
    assert _KICKED_SHORT_HEADING.match("争取连任？贺：先做好现今工作")["label"] == "贺：先做好现今工作"
