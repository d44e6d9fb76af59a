"""Article extraction and sources, session 5: mechanisms on invented pages (no real text here).

Each page below is written for the test; each assertion fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_pages import parse_lines

from retrieval.evaluation import attribution_metrics
from retrieval.pages.textpage import dateline_outlet, line_kind, not_headline, parse

ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]


def _page(tmp_path: Path, lines: list[str], name: str = "a.txt"):
    return parse_lines(tmp_path, lines, name)


# -- datelines and outlets --------------------------------------------------------------------


@pytest.mark.parametrize(("paragraph", "outlet"), [
    ("【香港中通社3月17日电】 就有媒体报道说，…", "香港中通社"),
    ("【文汇网讯】据当地日报报道，一年一度的…", "文汇网"),
    ("(中央社记者陈小华台北29日电)行政院发言人…", "中央社"),  # a day without its month, in brackets
    ("【点新闻报道】今日上午十时许，…", "点新闻"),
    ("南都讯 记者李慧 某某在接受采访时称，…", "南都"),  # data/outlets.txt
    ("据新华社电 …", None),
    ("这位记者29日电话采访了他。", None),
])
def test_dateline_forms(paragraph, outlet):
    assert dateline_outlet(paragraph) == outlet


def test_a_dateline_alone_is_metadata_and_names_the_outlet():
    page = parse("\n".join(["网易首页 > 网易号 > 正文", "【山东】“山村巨变背后：一位书记的初心”", "0", "分享至",
                            "中国通讯社山东讯(记者 张三丰)", "采访日期:2024年8月14日。", *ARTICLE]))
    assert line_kind("中国通讯社山东讯(记者 张三丰)") == "meta"
    assert page.outlet == "中国通讯社"
    assert page.published == "2024-08-14"  # 采访日期 is a metadata label, not a transcript turn
    # the share widget (0, 分享至) between the headline and the date does not hide the headline
    assert page.title == "【山东】“山村巨变背后：一位书记的初心”"


def test_metadata_run_into_the_first_paragraph_gives_date_and_outlet():
    page = parse("\n".join(["某县举行招商引资项目集中签约仪式",
                            "发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:某县委统战部 | 责任编辑:赵茜12月22日，"
                            "某县招商引资项目集中签约仪式在县会议中心举行，共签约项目四个。", *ARTICLE]))
    assert page.published == "2023-12-27T14:27:11" and page.outlet == "中国网"


def test_outlet_is_never_a_label_a_person_or_a_bracket():
    head = ["某某新闻网", "标题为全市学校建设提速"]
    page = parse("\n".join([*head, "• 上传 2017.04.08 11:19", *ARTICLE]))
    assert page.outlet is None and page.published == "2017-04-08T11:19:00"  # 上传 is no outlet
    page = parse("\n".join([*head, "2026-01-04来源:天脉网编辑:瑞雪", *ARTICLE]))
    assert page.outlet == "天脉网"  # the value ends where 编辑: starts
    page = parse("\n".join([*head, "央视国际 (2005年03月10日 12:39)", *ARTICLE]))
    assert page.outlet == "央视国际"


def test_the_leads_own_date_for_want_of_a_date_line():
    page = parse("\n".join(["2019年11月2日，市领导一行来到新厂区督查项目建设情况，听取了企业负责人的汇报。", *ARTICLE]))
    assert page.published == "2019-11-02"
    page = parse("\n".join(["11月2日，市领导一行来到新厂区督查项目建设情况，听取了企业负责人的汇报。", *ARTICLE]))
    assert page.published is None  # no year: no date


# -- titles ----------------------------------------------------------------------------------


def test_a_browser_title_bar_and_a_menu_row_are_no_headline():
    page = parse("\n".join(["? 中华人民共和国某某部 - HTTP--WWW_EXAMPLE_GOV_CN",
                            "部门户网站首页 | 直播首页 | 文字实录 | 图片直播 | 直播摘要",
                            "袭小春：女士们、先生们，上午好，欢迎大家出席今天的中外记者见面会。",
                            "朱大祥：各位媒体朋友，我叫朱大祥，是研究所的研究员，今天很高兴和大家交流。", *ARTICLE]))
    assert line_kind("部门户网站首页 | 直播首页 | 文字实录 | 图片直播 | 直播摘要") == "nav"
    assert page.title is None


def test_a_box_heading_and_a_cast_list_are_no_headline():
    page = parse("\n".join(["赵大正简历", "1940年1月生，北京市人。1963年毕业于某大学物理系，曾在核工业部门工作多年。", *ARTICLE]))
    assert page.title is None
    page = parse("\n".join(["嘉宾:李耀生(上海某集团有限公司董事长)", "戴自毅(上海某集团有限公司的董事长)", "主持:朱煦",
                            "主持人朱煦：听众朋友您好，欢迎您继续收听今天的节目，我是朱煦。",
                            "李：你好。今天很高兴来到节目，和大家聊一聊纺织行业的情况。", *ARTICLE]))
    assert page.title is None
    assert not_headline("嘉宾:李耀生(上海某集团有限公司董事长)") and not_headline("戴自毅(上海某集团有限公司的董事长)")
    assert not not_headline("柳大长:球员顶住了压力")  # a speaker's words as a headline still are one


# -- what the article is ----------------------------------------------------------------------


def test_the_lead_above_a_photo_share_buttons_and_subheads_is_kept(tmp_path):
    lead = "今年是建城三十周年，城市再次成为关注的热点。昨日下午，市长王明远在规划馆接受了电视台主持人吴小丽的采访。"
    page = _page(tmp_path, ["建城三十年报道--吴小丽采访市长", lead,
                            "昨日，规划馆，市长王明远接受吴小丽专访 记者 钟志 摄", "Share |", "Share", "TOP",
                            "市长畅想", "城市过十年还是这座城市", "王明远:不会挑战其他城市，多数市民会过上富裕的生活",
                            "“有人说，城市未来十年可以与一线城市媲美？”王明远市长对吴小丽的这个问题给予了否定。"
                            "他表示，十年后的城市还是这座城市，不会挑战其他任何城市。", *ARTICLE])
    texts = [p.text for p in page.passages]
    assert lead in texts
    assert page.document.title == "建城三十年报道--吴小丽采访市长"
    # a subhead giving a speaker's words (名字：…，…) is a passage too, not a heading
    assert "王明远:不会挑战其他城市，多数市民会过上富裕的生活" in texts


def test_related_story_teasers_that_report_words_are_passages_of_their_own(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *ARTICLE, "相关推荐",
                            "从积累中走来 装备制造展现硬实力",
                            "专访丨“中国制造”进步很快——访某会展公司董事会主席约亨·科克",
                            "某会展公司董事会主席约亨·科克日前在接受记者专访时说，近年来“中国制造”发展很快，品质越来越高。",
                            "某重工德国工厂二期奠基 2024-03-31"])
    texts = [p.text for p in page.passages]
    assert page.teasers == 2 and texts[-2].startswith("专访丨") and texts[-1].startswith("某会展公司")
    assert all(p.section == "相关推荐" for p in page.passages[-2:])
    assert "从积累中走来 装备制造展现硬实力" not in texts  # no one's words: not kept
    assert not any("奠基" in t for t in texts)  # a dated entry of the list
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "约亨·科克"
    # the article before the list is the article, with its own speaker
    assert page.passages[0].speaker is not None and page.passages[0].speaker.name == "王明远"


def test_a_more_stories_heading_ends_the_article(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", *ARTICLE, "更多某某新闻网报导",
                            "某歌手跨年夜宣布结婚 甜喊:我是张太太", "某演员逛菜市场 素颜照白到发光"])
    texts = [p.text for p in page.passages]
    assert texts[: len(ARTICLE)] == ARTICLE and page.teasers == 1
    assert texts[-1] == "某歌手跨年夜宣布结婚 甜喊:我是张太太"
    assert page.passages[-1].section == "更多某某新闻网报导"


def test_teasers_do_not_change_the_headlines_speaker(tmp_path):
    """The eval reads the headline's speaker from the article alone, not from the teasers under it."""
    lines = ["SBL》某队少双主力照赢对手 邱导:我们太娇", *ARTICLE, "更多某某新闻网报导",
             "某歌手跨年夜宣布结婚 甜喊:我是张太太"]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", "utf-8")
    gold = [{"file": "a.txt", "idx": 0, "speaker": None}]
    with_teasers = attribution_metrics(gold, tmp_path, None)
    (tmp_path / "a.txt").write_text("\n".join(lines[:-2]) + "\n", "utf-8")
    without = attribution_metrics(gold, tmp_path, None)
    assert with_teasers["false_positives"] == without["false_positives"]


def test_furniture_lines_are_no_passages_and_an_attachment_is_a_caption(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", ARTICLE[0],
                            "(, 下载次数: 0)", "上传", "点击文件名下载附件", *ARTICLE[1:],
                            "特别提醒:如果我们使用了您的图片，请作者与本站联系索取稿酬。", "某某广播有限公司版权所有，不得转载。"])
    texts = [p.text for p in page.passages]
    assert texts == ARTICLE  # the attachment inside the article does not cut it
    assert line_kind("版权宣告:本文源自网络，由某某整理释出，共236字。") == "end"
    assert line_kind("林小翔。(记者李小洲摄).jpeg (75.33 KB, 下载次数: 0)") == "caption"


def test_a_row_of_metadata_fields_is_no_passage(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入",
                            "体裁分类:领导活动及政府会议     主题分类:综合政务           发布时间: 2021-07-15      发布机构:政府办公室      浏览次数:52",
                            "关键词: 王明远 教育投入 学校建设 乡村学校 供水管网 汛期 检修 学位", *ARTICLE])
    assert [p.text for p in page.passages] == ARTICLE
    assert page.document.published == "2021-07-15"
