"""The page reader's transcript labels (session 10, issue 10): a press conference's label written
without its colon among labels written with it. Invented pages only; each assertion fails without
the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import spaced_label_without_colon

PAGE = [
    "新闻办就政府工作报告举行吹风会",
    "2020-05-22 10:00",
    "新闻办公室于2020年5月22日上午举行吹风会，请报告起草组负责人介绍情况，并答记者问。",
    "新闻办新闻局局长、新闻发言人 胡明红",
    "女士们、先生们，大家上午好。欢迎出席今天举办的吹风会，下面请起草组负责人介绍情况。",
    "报告起草组负责人、研究室主任 黄守明:",
    "各位记者朋友，大家上午好！今年的全国两会非同寻常，国内外都格外关注，我们做了大量准备。",
]


def test_a_label_without_its_colon_among_labels_with_it_opens_the_persons_turn(tmp_path):
    page = parse_lines(tmp_path, PAGE)
    opening = [p for p in page.passages if "女士们、先生们" in p.text]
    assert opening and opening[0].speaker is not None and opening[0].speaker.name == "胡明红"


def test_a_lone_title_and_name_line_is_no_label(tmp_path):
    alone = [*PAGE[:5], "报告起草组负责人、研究室主任黄守明介绍说，今年的全国两会非同寻常，国内外都格外关注。"]
    page = parse_lines(tmp_path, alone)
    assert all(p.speaker is None or p.speaker.name != "胡明红" for p in page.passages)
    assert spaced_label_without_colon("新闻办新闻局局长、新闻发言人 胡明红")
    assert not spaced_label_without_colon("本报记者 王大明")  # a byline
    assert not spaced_label_without_colon("政府工作报告 解读")  # no title, no name
