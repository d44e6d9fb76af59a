"""A page store's `date YYYY-MM-DD` stamp before a page's first words is no words of the page."""

from retrieval.pages import textpage
from retrieval.pages.textpage import store_stamp


def test_stamp_before_prose_leaves_the_paragraph_and_gives_the_date():
    text = " date 2025-11-06 某部收到报告已近一个月，部长王某某6日表示，评估正在进行。\n第二段，王某某说，结果月底公布。\n"
    day, rest = store_stamp(text)
    assert day == "2025-11-06"
    assert rest.splitlines()[0].strip().startswith("某部收到报告")
    page = textpage.parse(text)
    assert all("date 2025" not in b.text for b, _ in page.body)
    assert page.published == "2025-11-06"


def test_month_only_stamp_gives_no_day_and_a_stamp_alone_stays():
    assert store_stamp(" date 2019-02 某董透过脸书说新闻\n正文。")[0] is None
    alone = "date 2019-02-18\n标题\n正文第一段，写了很多字。"
    assert store_stamp(alone) == (None, alone)


def test_a_sentence_that_begins_with_the_word_date_is_not_a_stamp():
    text = "dated 2025-11-06 报告\n正文。"
    assert store_stamp(text) == (None, text)
