"""Where a page was published (retrieval/pages/textpage.py): datelines, bylines and the outlet they
name, the date of the lead. Mechanisms on invented pages (no real text here); each assertion fails
without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.pages.ingest import parse_page
from retrieval.pages.textpage import (
    dateline_outlet,
    line_kind,
    outlet_byline,
    parse,
)


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


ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]


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


def test_a_traditional_byline_with_a_date_is_no_headline(tmp_path: Path):
    from retrieval.pages.textpage import line_kind

    assert line_kind("20220214王小明/台中報導") == "meta"
    assert line_kind("〔記者王小明/台北報導〕") == "meta"
    page = tmp_path / "b.txt"
    page.write_text(
        "20220214王小明/台中報導\n四大聯誼會會長 對景氣按讚\n"
        "中部上市櫃公司菁英聯誼會13日舉行會長交接典禮，新任會長由光明科技董事長顏大新接任。\n"
        "顏大新表示，今年景氣不錯，員工都會加薪，也希望政府穩定物價。\n",
        encoding="utf-8",
    )
    assert parse_page(page, page.read_text(encoding="utf-8")).document.title == "四大聯誼會會長 對景氣按讚"


def test_bylines_without_a_slash_or_a_reporter_are_metadata():
    assert line_kind("记者王大明城南报导") == "meta"  # name and place run together
    assert line_kind("政治中心/城北报导") == "meta"  # a desk, not a reporter
    assert line_kind("某某新闻记者 |") == "meta"  # an outlet's reporter alone on a line
    assert line_kind("致敬一线记者") != "meta"  # no outlet: a heading like any other


def test_a_byline_under_the_photo_is_not_the_headline():
    page = parse("\n".join(["某队/那一球打乱教练安排 赛后直言:人算不如天算", "▲某队教练。(图/记者李小康摄)",
                            "记者王大明城南报导", *ARTICLE]))
    assert page.title == "某队/那一球打乱教练安排 赛后直言:人算不如天算"


def test_an_outlets_byline_names_the_outlet_and_is_no_headline():
    assert outlet_byline("某某新闻记者 |") == "某某新闻" and outlet_byline("本报记者") == ""
    assert outlet_byline("致敬一线记者") is None
    page = parse("\n".join(["某某新闻记者 |", *ARTICLE]))
    assert page.title is None and page.outlet == "某某新闻"


def test_outlet_by_the_date_line_without_its_address_a_persons_name_or_a_bar():
    head = "市长谈教育投入"
    page = parse("\n".join([head, "某某传媒 www.example.com   发布时间:2021-08-09 18:18:28   作者:淇", *ARTICLE]))
    assert page.outlet == "某某传媒"
    page = parse("\n".join([head, "王静 2023-03-05 18:38:46", *ARTICLE]))
    assert page.outlet is None and page.published == "2023-03-05T18:38:46"  # 王静 is a person
    page = parse("\n".join([head, "2024-06-26 | 某报", *ARTICLE]))
    assert page.outlet == "某报"


def test_words_leading_into_the_date_are_no_outlet_and_a_source_ends_at_a_semicolon():
    head = "市长谈教育投入"
    page = parse("\n".join(["您好！今天是2025年6月12日 星期四", head, "某某报 2025-06-10", *ARTICLE]))
    assert page.outlet != "您好！今天是"
    page = parse("\n".join([head, "某某报", "發布於 2024年06月15日05:04 • 张三", *ARTICLE]))
    assert page.outlet != "發布於"
    page = parse("\n".join([head, "2019-11-27", "来源:某某科学报;记者:张三、李四", *ARTICLE]))
    assert page.outlet == "某某科学报"
