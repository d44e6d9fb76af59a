"""Linking a title to a person: a full title in a headline, a surname and title, a bare title turn,
only for the person the page introduced.

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of

from retrieval.attribution.speakers import (
    attribute_paragraphs,
)


def test_a_headline_of_a_full_title_means_the_one_person_who_holds_it():
    paras = [
        "驻外大使宋明远在使馆就两国关系回答了记者提问。",
        "宋明远表示,两国合作前景广阔。",
    ]
    assert speakers_of(["驻外大使:两国合作前景广阔", *paras])[0] == "宋明远"
    assert speakers_of(["原标题:驻外大使:两国合作前景广阔", *paras])[0] == "宋明远"
    assert speakers_of(["(原标题:驻外大使:两国合作前景广阔)", *paras])[0] == "宋明远"
    assert speakers_of(["大使:两国合作前景广阔", *paras])[0] is None  # a bare title word names nobody
    two = ["驻外大使:合作前景广阔", "驻外大使宋明远会见了驻外大使林一凡。", "宋明远表示,合作前景广阔。"]
    assert speakers_of(two)[0] is None  # two people hold it


def test_a_title_starts_after_the_words_that_end_the_clause_before_it():
    got = attribute_paragraphs(["来宾晚上会出席国家主席王建国的宴会。", "王建国说,欢迎来宾。"])
    assert got[1].speaker.title == "国家主席"  # not 来宾晚上会出席国家主席
    got = attribute_paragraphs(["驻外大使宋明远在使馆就美国总统卡特的访问回答提问。", "卡特表示,访问很重要。"])
    assert got[1].speaker.title == "美国总统"  # not 驻外大使宋明远在使馆就美国总统
    got = attribute_paragraphs(["市工业和信息化局副局长王明说,要抓好落实。"])
    assert got[0].speaker.title == "市工业和信息化局副局长"  # 和 inside a name of an office


def test_that_reporter_is_never_the_byline_reporter():
    paras = ["【环球网报道 记者 王盼盼】发言人华春莹23日主持例行记者会。日本记者提问。", "该记者还表示,他猜测原因是另一件事。"]
    assert speakers_of(paras)[1] is None


def test_a_bare_title_turn_in_a_transcript_with_questions_is_its_one_holder():
    paras = [
        "以下是行政长官林郑月娥今日下午联同律政司司长郑若骅会见传媒的答问内容:",
        "记者:特首,你好。想问这个决定是否赋权特首?",
        "行政长官:多谢你的问题。我必须要澄清,我不是被赋权去做这件事。",
    ]
    got = attribute_paragraphs(paras)
    assert got[2].speaker is not None and got[2].speaker.name == "林郑月娥"  # not 林郑
    assert got[2].speaker.title == "行政长官"
    # no question on the page: a bare title names nobody
    assert speakers_of(["行政长官林郑月娥出席论坛。", "行政长官:多谢各位。"]) == [None, None]
    # 联同 makes a companion: the intro's person is 林郑月娥, not 郑若骅
    assert speakers_of([paras[0], paras[2]]) == [None, "林郑月娥"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["公司执行总裁沈建明代表公司签约。", "沈总表示,新项目将尽快投产。"], [None, "沈建明"]),
        (["香港特区行政长官李家超今天出席活动。", "特首表示,香港将继续发展。"], [None, "李家超"]),
        (["中国工程院院士樊明武出席了讲座。", "这位院士指出,科研要做到极致。"], [None, "樊明武"]),
        # nobody introduced with that title: nobody
        (["沈总表示,新项目将尽快投产。"], [None]),
        (["美国总统拜登与法国总统马克龙会面。", "这位总统表示,将加强合作。"], [None, None]),
    ],
)
def test_title_references_need_the_person_the_page_introduced(paragraphs, expected):
    assert speakers_of(paragraphs) == expected
