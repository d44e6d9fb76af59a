"""Session 14 (pages14): 2019年1-2月份 is a range of months, not the 2nd of January — after 年 the
month ends in 月, never in a dash; dates written one way throughout still read. Invented text."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import DATE, is_date_line, iso_date


def test_a_range_of_months_after_a_year_is_no_date():
    assert DATE.search("某市就2019年1-2月份经济运行情况举行发布会") is None
    assert not is_date_line("2024年1-8月")


def test_dates_written_one_way_still_read():
    for text, day in (("2019年3月14日", "2019-03-14"), ("2019-03-14 12:28", "2019-03-14T12:28:00"),
                      ("2019/3/14", "2019-03-14"), ("2019.03.14", "2019-03-14")):
        assert iso_date(DATE.search(text)) == day


def test_a_page_dated_below_a_months_range_takes_its_own_date(tmp_path):
    page = parse_lines(tmp_path, [
        "某市旅游收入同比增长三成",
        "2024年1-8月",
        "2024-09-06",
        "记者从某市文化和旅游局获悉，今年以来全市接待游客人数和旅游收入均明显增长，多个景区客流创下新高。",
        "该局负责人表示，下一步将继续推出新的旅游线路，让游客玩得好、留得住，推动旅游业持续恢复发展。",
    ])
    assert page.document.published.startswith("2024-09-06")
