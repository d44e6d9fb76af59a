"""Session 14 (qa14): a session named by its number (第十六届, 十六届人大, 第19届) is a distinctive word
of the question, held only where a text writes that number with it, in digits or Chinese numerals
(a page on the 十五届 meeting does not answer a question on the 十六届 one). Invented pages and
questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.aliases import numeral_forms
from retrieval.search.answering import distinctive_words, sessions_named
from retrieval.text import normalize


def test_a_number_and_its_unit_written_both_ways():
    assert numeral_forms("十六届") == ("十六届", "16届")
    assert numeral_forms("16届") == ("16届", "十六届")
    assert numeral_forms("8届") == ("8届", "八届")
    assert numeral_forms("140届") == ("140届", "一百四十届")
    assert numeral_forms("105届") == ("105届", "一百零五届")
    assert numeral_forms("一届") == ()  # one is no number in_digits reads
    assert numeral_forms("届") == () and numeral_forms("0届") == ()


def test_the_sessions_a_question_names():
    assert sessions_named(normalize("某县十六届人大一次会议有多少名代表?")) == ["十六届"]
    assert sessions_named(normalize("第三届博览会设置了几个展区?")) == ["三届"]
    assert sessions_named(normalize("第19屆電影節的評委會主席是誰?")) == ["19届"]
    assert sessions_named(normalize("他参加过三届运动会吗?")) == []  # a count, not which session
    assert sessions_named(normalize("2023届毕业生有多少人?")) == []  # a year's class: the year
    assert "十六届" in distinctive_words("某县十六届人大一次会议有多少名代表?")


def _pages(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("某县人大会议开幕", "示例网 2024-02-20", [
            "某县十五届人民代表大会第五次会议今天开幕，应到代表210名，实到代表205名。",
            "代表们围绕乡村振兴、教育医疗等议题提出建议，会议为期三天。"]),
        "b.txt": ("第三届博览会闭幕", "示例网 2023-11-10", [
            "第3届国际博览会今天闭幕，本届共设置六大展区，吸引了来自120个国家的企业参展。",
            "展会期间共签约项目58个，意向成交金额比上届增长两成。"]),
    })


def test_another_session_than_the_pages_give_is_no_answer(tmp_path):
    r = _pages(tmp_path)
    assert r.absent_words("某县十五届人大会议实到多少名代表?") == ()
    assert r.absent_words("某县十六届人大会议实到多少名代表?") == ("十六届",)
    assert r.search("某县十六届人大会议实到多少名代表?", top_k=3) == []
    assert r.absent_words("某县第16届人大会议实到多少名代表?") == ("16届",)


def test_a_session_written_in_digits_answers_one_asked_in_numerals(tmp_path):
    r = _pages(tmp_path)
    q = "第三届博览会一共设置了几个展区?"
    assert r.absent_words(q) == ()
    hits = r.search(q, top_k=3)
    assert hits and "六大展区" in hits[0].passage.text and hits[0].missing_terms == ()
    assert r.search("第四届博览会一共设置了几个展区?", top_k=3) == []


def test_an_article_writing_the_session_the_other_way_does_not_lack_it(tmp_path):
    r = build_pages(tmp_path, {
        "a.txt": ("博览会闭幕", "示例网 2023-11-10", [
            "第3届国际博览会今天闭幕，本届共设置六大展区，意向成交金额达到72亿美元。"]),
        "b.txt": ("另一场博览会闭幕", "示例网 2022-11-10", [
            "第二届国际博览会今天闭幕，本届共设置五大展区，意向成交金额达到70亿美元，第三届将于明年举行。"]),
    })
    assert r._article_lacks(list(range(len(r.passages))), ["三届"])[:2] == [0, 0]
