"""The page's last line cut by the download inside its first clause (no clause mark yet) is the
article's last passage (retrieval/pages/textpage.py ``_cut_last_line``): right under the article or
under the heading of the section it opens. Chrome, bylines and two-part headlines closing a page
are no passages. Invented pages only."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import _cut_last_line

HEAD = ["某市举行运动员见面会", "2021年12月03日 10:00"]
LEAD = "本报讯 十二月三日，某市运动员代表团抵达本市，当天下午举行了媒体见面会，多名运动员在会上发言。"
WORDS = "第一次来到这里的时候我还很年轻，那次比赛让我走上了职业的道路，一直记得这里的观众和他们的掌声。"
MORE = "时隔多年再次来到这里，我特别开心，希望把自己这些年坚持的经历分享给这里的市民和青少年朋友们。"


def _texts(tmp_path, lines):
    return [p.text for p in parse_lines(tmp_path, lines).passages]


def test_a_last_line_cut_inside_its_first_clause_is_a_passage(tmp_path):
    for cut in ("“我们有这么好的条", "行政长官林郑", "仍密切关"):
        assert _texts(tmp_path, [*HEAD, LEAD, WORDS, MORE, cut])[-1] == cut


def test_a_cut_last_line_under_its_sections_heading_is_a_passage(tmp_path):
    cut = "我觉得，随着"
    texts = _texts(tmp_path, [*HEAD, LEAD, WORDS, MORE, "女子标枪冠军 李某某", cut])
    assert texts[-1] == cut


def test_chrome_bylines_and_headlines_closing_the_page_are_no_passages(tmp_path):
    for line in ("扫一扫打开当前页", "本报记者张某某 |", "森赫电梯 西柏思", "我要举报", "更多报道请见"):
        assert line not in _texts(tmp_path, [*HEAD, LEAD, WORDS, MORE, line])


def test_the_cut_line_stops_on_a_character_not_a_sentence_end():
    assert _cut_last_line("我们当时太激动了", "h")
    assert not _cut_last_line("我们当时太激动了。", "short")
    assert not _cut_last_line("激动了", "h")  # too short to be words
    assert not _cut_last_line("来源:某某网", "h")
