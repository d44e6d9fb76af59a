"""Session 14 (pages14): a video's subtitles set one phrase per line hold, here and there, a line of
two clauses or a longer one, and lines of figures with few words of grammar; they are the same
speech — one run of phrases, no line of it lost. A list of headlines with no grammar stays out.
Invented pages only."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import _bridge_phrase, _prose_run

HEAD = ["访谈丨某某市文旅局局长谈旅游发展", "2024-09-06 08:30 来源：某某网"]
FIRST = ["这座位于山区的小城", "今年迎来了大批游客", "在文旅局局长王建国看来", "小城出圈",
         "既是机遇又是挑战", "只有把服务做好", "才能让游客留下来", "这座小城古称某州", "地处三省交界的地方"]
BRIDGE = "这里有国家级文物保护单位五十处，位列全省各市之首"
SECOND = ["国家级非遗项目十二项", "还流传着许多古老的传说", "文旅局发布的数据显示", "今年前八个月",
          "全市景区接待游客1309万人次", "同比增长47%", "门票收入1.2亿元", "同比增长64%", "经营收入3.5亿元",
          "同比增长34%", "对于小城的走红", "王建国表示", "要把文化资源串珠成链", "让游客玩得好、留得住"]


def test_a_subtitle_of_two_clauses_between_phrase_lines_is_one_of_them(tmp_path):
    page = parse_lines(tmp_path, [*HEAD, *FIRST, BRIDGE, *SECOND])
    held = {i for first, last in zip(page.lines, page.ends) for i in range(first, last + 1)}
    assert set(range(2, 2 + len(FIRST) + 1 + len(SECOND))) <= held


def test_the_bridge_is_a_subtitle_not_a_sentence_or_a_menu():
    assert _bridge_phrase(BRIDGE, BRIDGE, "other")
    assert not _bridge_phrase("这里有文物保护单位五十处，位列全省之首，游客很多", "", "other")  # two clause marks
    assert not _bridge_phrase("这里有文物保护单位五十处。", "", "short")
    assert not _bridge_phrase("首页 | 新闻 | 视频", "", "nav")


def test_a_long_run_needs_a_third_of_its_lines_with_grammar():
    figures = ["接待游客1309万人次", "同比增长47%", "门票收入1.2亿元", "同比增长64%", "经营收入3.5亿元",
               "同比增长34%", "新增景区十二处", "新增床位三千张", "夜间游客五百万", "人均消费八百元",
               "旅游收入同比翻番", "客房入住率九成"]
    spoken = ["这座小城的游客", "今年又多了不少", "大家都说这里的", "山水很好看", "局长还要让游客", "住得更舒服",
              "他的话很实在", "游客们也都点头", "这是一个好的开始", "也是新的起点"]
    assert _prose_run(spoken + figures)  # 10 of 22 lines with a word of grammar
    assert not _prose_run(["某某新闻网", "首页", "国际频道", "体育频道", "财经频道", "图片中心"])
    assert not _prose_run(spoken[:4] + figures)  # too few lines of grammar
