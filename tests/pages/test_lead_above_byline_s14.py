"""Session 14 (pages14): the article's lead standing between the headline and a byline block (记者 |
某某 / 编辑 | 某某) or a summary (【内容提要】…, 文章摘要：…) is a passage, never dropped with the byline —
unless it repeats the headline, is a headline itself (no full stop outside a quotation) or the article
repeats it. Invented pages only."""

from __future__ import annotations

from invented_pages import parse_lines

HEAD = ["某市老城区旧改启动 数万租客陆续搬离", "2021-12-03 10:00"]
LEAD = "这里最多曾同时住着十余万人，是许多外来务工者初到此地时落脚的地方。"
BYLINE = ["某区的小巷。李某/摄", "记者 | 李某某", "编辑 | 王某某"]
ARTICLE = [
    "站在警戒线外，一位老住户远远看着工业区的厂房倒下，沙尘滚滚，旧改拉开了序幕。",
    "自去年六月底清租以来，越来越多的楼房完成清租，被开发商接手，纳入旧改范围，超过四万人已经离开。",
    "已清租的楼房大门紧锁，窗户被拆，巷子里的小店也陆续关门，只剩下少数老住户还在打包行李。",
]


def _texts(tmp_path, lines):
    return [p.text for p in parse_lines(tmp_path, lines).passages]


def test_a_lead_above_the_byline_block_is_a_passage(tmp_path):
    texts = _texts(tmp_path, [*HEAD, LEAD, *BYLINE, *ARTICLE])
    assert texts[0] == LEAD
    assert texts[1:] == ARTICLE


def test_a_labelled_summary_above_the_byline_is_a_passage(tmp_path):
    for summary in ("【内容提要】" + LEAD, "文章摘要：" + LEAD):
        assert summary in _texts(tmp_path, [*HEAD, summary, *BYLINE, *ARTICLE])


def test_a_headline_like_line_or_a_repeat_is_no_lead(tmp_path):
    repeat = "【特写】某市老城区旧改启动 数万租客陆续搬离，他们去了哪里"
    asked = "老住户现身说法：搬了三次家，这一次为什么不一样？"
    quoted = "「这里是我们的第二个家。」那些年，在老城区落脚的外来务工者"
    for line in (repeat, asked, quoted):
        assert line not in _texts(tmp_path, [*HEAD, line, *BYLINE, *ARTICLE])


def test_a_summary_the_article_repeats_is_not_kept_twice(tmp_path):
    summary = "【摘要】" + ARTICLE[0]
    assert summary not in _texts(tmp_path, [*HEAD, summary, *BYLINE, *ARTICLE])


def test_a_paragraph_over_a_related_stories_heading_is_not_taken(tmp_path):
    # a teaser above a related-stories heading (and so above an end marker) stays out of the article
    other = "另一篇报道的摘要也写成了完整的句子，讲的是邻近城市的公交线路调整。"
    lines = [*HEAD, other, "相关阅读", *BYLINE, *ARTICLE]
    assert other not in _texts(tmp_path, lines)
