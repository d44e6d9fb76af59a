"""A page written one phrase per line whose quotations run over several short lines (session 11, issue
10): the quotation is one passage from the line opening it to the line closing it, with the short line
telling who says it just above (他笑着说 / “…， / …。”), and the phrase that opens the telling sentence
(谈及此事 / 他笑着说); a quotation alone on its line under such a line is one passage with it. Pages of
whole paragraphs are untouched. Mechanisms on invented pages (no real text here); each assertion fails
without the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import blocks, line_kind, phrase_groups, spread_quotations

TITLE = "春耕时节访某某村，村支书谈今年的收成"

PHRASES = [
    "记者来到某某村的时候",
    "村支书王建国正在田里忙着",
    "他的脸上满是笑容",
    "看到记者来了",
    "王建国放下了手里的锄头",
    "谈及今年的收成",
    "他笑着说",
    "“今年的雨水很足，",
    "庄稼长得比去年还好，",
    "大家的日子会越来越红火。”",
    "傍晚时分",
    "村民们陆续回到家中",
    "王建国对村民们说道",
    "“明天早点下地，别误了农时。”",
    "村里又亮起了灯",
]


def _spans(page):
    return {(first, last): p for p, first, last in zip(page.passages, page.lines, page.ends)}


def test_a_quotation_over_several_phrase_lines_is_one_passage_with_its_telling(tmp_path):
    page = parse_lines(tmp_path, [TITLE, "2024-04-01 10:00", *PHRASES])
    spans = _spans(page)
    said = spans[(7, 11)]  # 谈及今年的收成 / 他笑着说 / the three lines of the quotation
    assert said.text == "谈及今年的收成，他笑着说，“今年的雨水很足，庄稼长得比去年还好，大家的日子会越来越红火。”"
    assert said.speaker is not None and said.speaker.name == "王建国"  # (他: the telling line is read with the words)
    told = spans[(14, 15)]
    assert told.text == "王建国对村民们说道，“明天早点下地，别误了农时。”"
    assert told.speaker is not None and told.speaker.name == "王建国"
    held = {i for first, last in spans for i in range(first, last + 1)}
    assert set(range(9, 12)) <= held  # (the quotation's lines with commas were lost before)


def test_no_spread_quotation_on_a_page_not_written_one_phrase_per_line():
    """(spread_quotations needs the page's phrase groups: a page of paragraphs has none)"""
    lines = ["某某村召开村民大会，村支书王建国介绍了今年的春耕安排，村民们踊跃发言。",
             "“今年的雨水很足，",
             "庄稼长得比去年还好。”"]
    bl = blocks("\n".join(lines))
    kinds = [line_kind(b.text) for b in bl]
    groups = phrase_groups(lines, bl, kinds)
    assert groups == [] and spread_quotations(bl, kinds, groups) == []


def test_a_quotation_left_open_is_no_passage_of_its_own():
    """A quotation never closed within MAX_QUOTE_LINES short lines is no spread quotation."""
    lines = [*PHRASES[:7], "“今年的雨水很足，", "庄稼长得比去年还好", "村里的路也修好了",
             "孩子们上学方便了", "村民们陆续回到家中", "傍晚时分", "村里又亮起了灯", "大家都很高兴", "王建国也很高兴"]
    bl = blocks("\n".join(lines))
    kinds = [line_kind(b.text) for b in bl]
    groups = phrase_groups(lines, bl, kinds)
    assert groups and all(first != 7 and first != 6 for first, _ in spread_quotations(bl, kinds, groups))
