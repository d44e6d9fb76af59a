"""Article extraction, session 8: never lose the article — a section cut by the page's end under its
heading, headings giving a person's words, the headline's speaker. Mechanisms on invented pages (no
real text here); each assertion fails without the rule it names."""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.pages.textpage import _speaking_heading

LEAD = "本周，多个省份迎来新任负责人，这些负责人履新后已纷纷走上工作岗位，其中多人已首次外出调研。"
SAID = "在某某大学，王建国说，高校是科技创新和人才培养的结合点，要加快一流大学和一流学科建设。"
MORE = "王建国在调研中指出，要深化产教融合、校企合作，让更多科技成果转化为现实生产力，服务地方发展。"
NARRATIVE = "监测数据显示，去年全市空气优良天数比例同比提高三个百分点，细颗粒物浓度同比下降百分之九。"


def _page(tmp_path: Path, lines: list[str]):
    return parse_lines(tmp_path, lines)


def test_a_section_cut_by_the_pages_end_under_its_heading_is_the_articles(tmp_path):
    """The page cut inside the first paragraph of a new section (a heading, then 在某地，某某指出，要把…):
    that paragraph is the article's, its speaker found; without the heading it was already."""
    cut = "在某某农业集团有限公司，市委书记李大海指出，要把培育壮大市"
    page = _page(tmp_path, ["多位负责人履新后的首次调研", "2022年12月01日 10:00", LEAD, SAID, MORE, "把论文写在农村大地上", cut])
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "李大海"


def test_a_cut_quotation_under_a_subhead_and_its_signature_is_the_articles(tmp_path):
    """A subhead of two phrases and a signature (——某大学校长 某某) over a quotation the page's end
    cuts: the quotation is a passage, read as the signer's words."""
    cut = "“读万卷书，行万里路，大学是万里"
    signed = "“希望大家向先辈学习，不仅要牢记选择的价值追求，还要在变革迭起的时代坚守报效祖国的初心。”"
    lines = ["多所高校校长开学典礼致辞", "2023年09月01日 10:00", LEAD, "——甲大学校长 周明德", signed,
             "适应转变，不断超越", "——乙大学校长 陈立新", cut]
    page = _page(tmp_path, lines)
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "陈立新"


def test_a_heading_with_a_title_or_a_kicker_before_the_speakers_label_is_a_passage(tmp_path):
    """部长某某：words and 某某批某 某某：words as headings inside the article, where the article has that
    person speak, are passages with that speaker; the narrative paragraph under them is nobody's."""
    heading = "某某部部长王建国：地方应增强服务意识和本领"
    page = _page(tmp_path, ["部长撰文谈服务意识", "2019年01月09日 09:30", LEAD, SAID, heading, NARRATIVE, MORE])
    got = {p.text: p.speaker.name if p.speaker else None for p in page.passages}
    assert got[heading] == "王建国" and got[NARRATIVE] is None
    assert _speaking_heading("甲某批乙 王建国：很有幽默感", [SAID])
    assert not _speaking_heading("甲某批乙 王建国：很有幽默感", [NARRATIVE])  # nobody of that name speaks
    assert not _speaking_heading("关键词：服务意识", [SAID])  # a label of the text, no person
    assert not _speaking_heading("王建国：地方应增强服务意识。其次是本领。", [SAID])  # sentences: a turn's business
