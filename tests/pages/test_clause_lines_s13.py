"""A line of clauses with no sentence end inside the article, under its lead (一、服务业平稳增长，
现代服务业发展较快 in a spokesman's briefing), is no heading by its commas and no junk: the article's
text, a passage of its own (retrieval/pages/textpage.py ``_clause_line``) — not a deck above the lead,
nor an advertisement's line. Invented pages only."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import _clause_line

HEAD = ["某局举行新闻发布会", "2019-03-14 12:28 来源: 某某网"]
LABEL = "某局新闻发言人 王某某:"
TURN = "谢谢主持人。女士们、先生们，大家上午好。按照惯例，我先介绍前两个月经济运行的总体情况，然后回答大家的提问。"
LEAD = "前两个月，各地区各部门认真贯彻落实各项决策部署，坚持稳中求进，经济运行总体平稳，主要指标保持在合理区间。"
POINT = "一、服务业平稳增长，现代服务业发展较快"
AFTER = "前两个月，全国服务业生产指数同比增长百分之七点三，增速与上年十二月份持平，信息服务业增长较快。"


def _texts(tmp_path, lines):
    return [p.text for p in parse_lines(tmp_path, lines).passages]


def test_a_numbered_point_of_two_clauses_under_the_lead_is_a_passage(tmp_path):
    texts = _texts(tmp_path, [*HEAD, LABEL, TURN, LEAD, POINT, AFTER])
    assert POINT in texts


def test_a_deck_above_the_lead_and_an_advertisement_are_no_passages(tmp_path):
    deck = "某市小伙放弃丰厚收入，支教山区十一年"
    assert deck not in _texts(tmp_path, [*HEAD, deck, LEAD, AFTER])
    ad = "某卡官网:【特写】震中七十二小时:寒夜，帐篷和救援 · 某某虚拟卡"
    assert ad not in _texts(tmp_path, [*HEAD, LEAD, ad, AFTER])


def test_a_clause_line_has_clauses_and_no_chrome():
    assert _clause_line(POINT)
    assert not _clause_line("服务业平稳增长")  # one phrase: a heading's
    assert not _clause_line("首页 > 新闻，要闻")
