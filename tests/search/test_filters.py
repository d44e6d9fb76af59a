"""Filters: dates, speakers, outlets, plain words in a question; the search leaves filtered-out passages out."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import DATA

from retrieval import Retriever
from retrieval.errors import FilterError
from retrieval.search.filters import Filters, date_range

FEB = (date(2024, 2, 1), date(2024, 2, 29))


@pytest.fixture(scope="module")
def heldout():
    """Eight articles from eight outlets (one traditional: 大公報), 2023-06-08 … 2024-05-20."""
    return Retriever.build(DATA / "heldout")


@pytest.mark.parametrize("text, expected", [
    ("2024年2月", FEB),
    ("2024-02", FEB),
    ("２０２４年２月", FEB),
    ("2024/2", FEB),
    ("2024-02-01..2024-02-29", FEB),
    ("2024-02-01 至 2024-02-29", FEB),
    ("2024年2月7日", (date(2024, 2, 7), date(2024, 2, 7))),
    ("2024-2-7", (date(2024, 2, 7), date(2024, 2, 7))),
    ("2023年", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2024年1月至2024年3月", (date(2024, 1, 1), date(2024, 3, 31))),
])
def test_date_expressions(text, expected):
    assert date_range(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("今年", (date(2024, 1, 1), date(2024, 12, 31))),
    ("去年", (date(2023, 1, 1), date(2023, 12, 31))),
    ("前年", (date(2022, 1, 1), date(2022, 12, 31))),
    ("上个月", (date(2024, 1, 1), date(2024, 1, 31))),
    ("本月", FEB),
])
def test_relative_dates_count_from_the_given_day(text, expected):
    assert date_range(text, date(2024, 2, 7)) == expected


def test_relative_dates_of_a_january_count_back_into_the_year_before():
    assert date_range("上个月", date(2024, 1, 15)) == (date(2023, 12, 1), date(2023, 12, 31))


@pytest.mark.parametrize("text", ["", "下周", "2024-13", "2024-02-30", "2024-03..2024-01", "去年"])
def test_bad_dates_are_filter_errors(text):
    with pytest.raises(FilterError):
        date_range(text)  # 去年 without a day to count from is an error too


def test_since_takes_the_first_day_and_until_the_last():
    f = Filters.parse(since="2024-02", until="2024-02")
    assert (f.since, f.until) == FEB
    with pytest.raises(FilterError):
        Filters.parse(since="2024-03", until="2024-02")


def test_describe_names_every_active_filter_and_how_to_clear():
    assert Filters().describe() == ""
    line = Filters.parse("朱凯", "滨海发布", "2024-02-01", "2024-02-29").describe()
    assert line == "筛选：发言人 朱凯 · 媒体 滨海发布 · 2024-02-01 至 2024-02-29（/filter clear 清除）"
    assert Filters.parse(since="2024-02").describe(None) == "筛选：2024-02-01 起"
    assert Filters.parse(until="2024-02").describe(":filter clear").endswith("至 2024-02-29（:filter clear）")


def test_merged_takes_the_fields_the_other_sets():
    a = Filters.parse("朱凯", "滨海发布")
    assert a.merged(Filters.parse(outlet="新华社")) == Filters("朱凯", "新华社")
    assert a.merged(Filters()) == a


def test_speaker_by_full_name_part_of_a_name_or_title(seed_retriever):
    fi = seed_retriever.filter_index
    assert fi.speaker_names("朱凯") == ("朱凯",)
    assert set(fi.speaker_names("朱")) == {"朱凯", "朱玉兵", "朱财斌"}
    assert fi.speaker_names("质检服务商会会长") == ("朱凯",)
    assert fi.speaker_names("朱凯说了什么") == ("朱凯",)
    assert fi.speaker_names("不存在的人") == ()


@pytest.mark.parametrize("speaker", ["朱", "质检服务商会会长", "西青区委书记"])
def test_search_by_part_of_a_name_or_title_returns_only_their_passages(seed_retriever, speaker):
    names = set(seed_retriever.filter_index.speaker_names(speaker))
    hits = seed_retriever.search("说了什么", top_k=10, speaker=speaker)
    assert hits and {h.passage.speaker.name for h in hits} <= names


def test_no_filter_gives_the_same_results_as_before(seed_retriever):
    for q in ["天开西青园引进了多少项目？", "朱凯说了什么", "新质生产力"]:
        plain = seed_retriever.search(q, top_k=5)
        assert seed_retriever.search(q, 5, None, outlet=None, since=None, until=None) == plain


def test_outlet_filter_is_normalised_and_applied_before_top_k(heldout):
    everything = heldout.search("人才", top_k=10)
    assert {h.passage.source.outlet for h in everything} - {"大公報"}  # others rank too
    hits = heldout.search("人才", top_k=3, outlet="大公报")  # simplified finds the traditional outlet
    assert hits and all(h.passage.source.outlet == "大公報" for h in hits)
    assert heldout.search("人才", top_k=3, outlet="不存在的报") == []


def test_date_filters_keep_only_passages_published_in_the_range(heldout):
    hits = heldout.search("发展", top_k=10, since="去年", until="去年")  # newest article: 2024-05-20
    assert hits and all(h.passage.source.date.startswith("2023-") for h in hits)
    hits = heldout.search("发展", top_k=10, since="2024-03")
    assert hits and all(h.passage.source.date >= "2024-03-01" for h in hits)
    assert heldout.search("发展", top_k=10, until="2020") == []
    assert heldout.search("发展", top_k=10, since=date(2024, 3, 1)) == heldout.search("发展", top_k=10, since="2024-03")


def test_a_passage_without_a_date_fails_every_date_filter(tmp_path):
    (tmp_path / "a.txt").write_text("标题：无日期的文章\n\n张三表示，今年的工作重点是发展新质生产力。\n", "utf-8")
    r = Retriever.build(tmp_path)
    assert r.search("新质生产力", top_k=3)
    assert r.search("新质生产力", top_k=3, since="2000") == []


def test_filters_in_plain_words_are_taken_out_of_the_question(seed_retriever):
    fi = seed_retriever.filter_index
    rest, f = fi.parse_question("滨海发布 2024年2月 朱凯说了什么")
    assert rest == "朱凯说了什么" and f == Filters(None, "滨海发布", *FEB)
    rest, f = fi.parse_question("2024年1月以来，朱凯说了什么")
    assert rest == "朱凯说了什么" and (f.since, f.until) == (date(2024, 1, 1), None)
    rest, f = fi.parse_question("去年 朱凯说了什么")  # the newest document is of 2024-02-07
    assert rest == "朱凯说了什么" and (f.since, f.until) == (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize("question", [
    "2024年西青区将招引多少项目",  # a date inside a phrase is content
    "滨海发布的文章说了什么2024年2月份怎么样",  # neither stands alone
    "2024年2月",  # nothing would be left to ask
    "朱凯说了什么",
    "今年，西青区将招引多少项目",  # a relative word opening a sentence is the page's year
])
def test_question_words_that_are_not_unambiguous_filters_stay(seed_retriever, question):
    assert seed_retriever.filter_index.parse_question(question) == (question, Filters())


def test_filter_words_of_a_command(seed_retriever):
    fi = seed_retriever.filter_index
    assert fi.parse_words("朱凯 滨海发布 2024年2月") == Filters("朱凯", "滨海发布", *FEB)
    assert fi.parse_words("发言人=朱 since=2024-02") == Filters("朱", None, date(2024, 2, 1), None)
    with pytest.raises(FilterError):
        fi.parse_words("不是筛选条件的词")
