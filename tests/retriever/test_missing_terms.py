"""What of a question the hits lack (``Hit.missing_terms``, retrieval/retriever.py and
search/answering.py's kinds): a figure, a year, a month count, an amount or a place in a ranking no
hit holds is missing; a number counts only as a whole number; what a hit holds is not missing.
Invented pages and questions only.
"""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import _holds
from retrieval.search.answering import (
    holds_kind,
)
from retrieval.search.intent import parse


def test_a_number_is_held_only_whole():
    assert not _holds("2023年8月2日", "20")
    assert not _holds("共19.5亿元", "19")
    assert _holds("第20轮", "20") and _holds("8月20日", "20") and _holds("共19.5亿元", "19.5")
    assert _holds("青州日报", "青州市")  # a place still without its level


def test_a_round_the_page_does_not_report_is_missing_even_inside_a_longer_number(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("联赛第19轮", "示例网 2023-08-02", [
        "2023年8月2日,联赛第19轮中,海港队主场2比1战胜河南队,主教练李强表示取胜有运气成分。"])})
    hits = r.search("李强在联赛第20轮战胜河南队后怎样评价球队?", top_k=3)
    assert not hits or all("20" in h.missing_terms for h in hits)


def test_an_answerable_question_gets_no_fragment_as_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("新车发布会", "示例网 2024-04-01", [
        "王涛表示，新车发布后遭遇了不少质疑，团队会用质量回应大家。"])})
    hits = r.search("王涛说新车发布后遭遇了什么?", top_k=3)
    assert hits and not hits[0].missing_terms


def test_holds_kind():
    when, year, much = parse("展会什么时候开幕?"), parse("李华是哪一年当上校长的?"), parse("票房是多少?")
    assert holds_kind("展会于5月3日开幕", when) and not holds_kind("展会即将开幕", when)
    assert holds_kind("2019年他当上校长", year) and not holds_kind("5月3日他当上校长", year)
    assert holds_kind("首周票房达1200万元", much) and not holds_kind("影片口碑很好", much)


FILM = {"a.txt": ("新片发布会", "示例网 2024-05-01", [
    "导演王涛携新片《远山》出席发布会，介绍了影片的拍摄经过。",
    "王涛说，拍摄《远山》是他多年的梦想，影片讲述了山村教师的故事。"])}


def test_a_figure_no_hit_holds_is_missing(tmp_path):
    r = build_pages(tmp_path, FILM)
    hits = r.search("王涛透露《远山》首周票房是多少?", top_k=3)
    assert not hits or all("票房多少" in h.missing_terms for h in hits)


def test_a_figure_a_hit_holds_is_not_missing(tmp_path):
    pages = {"a.txt": (FILM["a.txt"][0], FILM["a.txt"][1], FILM["a.txt"][2] + [
        "据统计，《远山》上映首周票房达1200万元，王涛表示很满意。"])}
    r = build_pages(tmp_path, pages)
    hits = r.search("王涛透露《远山》首周票房是多少?", top_k=3)
    assert hits and "1200万元" in hits[0].passage.text and not hits[0].missing_terms


def test_a_year_no_hit_holds_is_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("校长履新", "示例网 2024-06-01", [
        "李华担任实验中学校长以来，推动了课程改革，学生成绩明显提高。",
        "李华表示，学校将继续加强教师队伍建设。"])})
    hits = r.search("李华是哪一年当上实验中学校长的?", top_k=3)
    assert not hits or all("哪一年" in h.missing_terms for h in hits)


def test_a_name_written_the_taiwan_way_is_not_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("晚宴长谈", "示例网 2025-09-01", [
        "据总统助理乌沙表示，普亭与李明于海城共进晚宴时进行长时间交谈，双方谈到了合作。"])})
    hits = r.search("是谁透露普京和李明在海城晚宴上长谈的情况?", top_k=3)
    assert hits and not hits[0].missing_terms


def test_the_hits_of_another_year_lack_the_year_asked(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("反诈宣传进社区", "示例网 2024-12-20", [
        "据统计，今年以来城南派出所共接到各类诈骗警情279起，年底诈骗多发。",
        "城南派出所民警走进社区，开展反诈宣传活动。"])})
    hits = r.search("城南派出所去年一共接到多少起诈骗警情?", top_k=3)
    assert hits and all("去年" in h.missing_terms for h in hits)
    hits = r.search("城南派出所今年以来接到多少起诈骗警情?", top_k=3)
    assert hits and "279起" in hits[0].passage.text and not hits[0].missing_terms


TRAVEL = {"a.txt": ("入境政策", "示例网 2024-07-01", [
    "内政部长李国强说，一些国家提高了入境旅客的防疫限制，政府没有跟进。",
    "政府决定不提高入境限制措施，旅客可以正常往来。"])}


def test_a_titled_name_no_passage_holds_means_no_answer(tmp_path):
    r = build_pages(tmp_path, TRAVEL)
    assert r.search("总理黄循财对入境旅客防疫限制表过什么态?", top_k=3) == []
    assert r.search("内政部长李国强对入境旅客防疫限制表过什么态?", top_k=3)


INTERVIEW = {"a.txt": ("专访", "示例网 2024-09-02", [
    "王涛表示，特朗普访华将是一次国事访问，中美关系会有新的发展。",
    "记者：特朗普把病毒称作中国病毒，您怎么看？",
    "王涛：世界卫生组织在疾病命名方面是有规则的，就是要避免污名化。"])}


def test_an_answer_holds_what_its_question_asked(tmp_path):
    r = build_pages(tmp_path, INTERVIEW)
    hits = r.search("王涛如何回应特朗普把病毒称作中国病毒?", top_k=2)
    assert hits and "污名化" in hits[0].passage.text


TRADE = {"a.txt": ("记者会", "示例网 2024-09-03", [
    "记者：据报道，今年前7个月两国贸易规模为1.14万亿元，同比增长7.4%。发言人如何看待？",
    "王涛：两国务实合作保持良好发展势头。"])}


def test_another_month_count_than_asked_is_missing(tmp_path):
    r = build_pages(tmp_path, TRADE)
    hits = r.search("王涛介绍的今年前8个月两国贸易额是多少?", top_k=3)
    assert not hits or all("8个月" in h.missing_terms for h in hits)
    hits = r.search("今年前7个月两国贸易规模是多少?", top_k=3)
    assert hits and "7个月" not in hits[0].missing_terms


PALM = {"a.txt": ("棕油理事会将成立", "示例报 2024-03-01", [
    "种植部长林志强今天在吉隆坡会见记者，谈到成立棕油出产国理事会的进展。",
    "林志强说，两国将在本月底完成最后阶段的协商，理事会章程已经拟好。",
    "“本国与邻国的棕油出产占了八成以上，而本国占据当中的33%，邻国则是52%。”"])}


def test_a_quote_credited_to_the_person_asked_about_holds_their_name(tmp_path):
    r = build_pages(tmp_path, PALM)
    quote = next(i for i, p in enumerate(r.passages) if p.text.startswith("“本国"))
    lead = next(i for i, p in enumerate(r.passages) if p.text.startswith("种植部长"))
    assert r.passages[quote].speaker is not None and r.passages[quote].speaker.name == "林志强"
    weights = {"林志强": 2.0, "棕油": 1.0, "比例": 3.0}
    seen = {quote: r.index.presence(list(weights), [quote])[:, 0], lead: r.index.presence(list(weights), [lead])[:, 0]}
    got = r._spoken_credit([quote, lead], weights, seen, frozenset({"林志强"}))
    assert got.tolist() == [2.0, 0.0]  # the quote lacks the name in its text; the lead holds it already
    assert r._spoken_credit([quote], weights, seen, frozenset({"王勇"})).tolist() == [0.0]
    hits = r.search("林志强说本国在全球棕油产出中占多大比例?", top_k=3)
    assert hits and "33%" in hits[0].passage.text


PREMIERE = {"a.txt": ("新片首映", "示例报 2024-03-06", [
    "导演李文华的新片昨晚在本地首映，两名主演出席，全场掌声不断。",
    "李文华说，是否再拍第二部就看观众反应，他感谢两名演员的付出。"])}


def test_no_hit_holding_the_amount_asked_names_it_missing(tmp_path):
    r = build_pages(tmp_path, PREMIERE)
    hits = r.search("李文华的新片在本地上映首周票房是多少?", top_k=3)
    assert hits and all("票房多少" in h.missing_terms for h in hits)  # (两名 is no amount of money)


LEAGUE = {"a.txt": ("主帅赛后发言", "示例报 2024-03-08", [
    "在联赛第21轮中，本市队主场2比1战胜对手，主教练王海涛在赛后发布会上发言。",
    "王海涛说，球队从第70分钟开始表现有些脱节，但他对球员的拼搏很满意。"])}


def test_no_hit_holding_a_place_in_a_ranking_names_it_missing(tmp_path):
    r = build_pages(tmp_path, LEAGUE)
    hits = r.search("王海涛执教本市队的首个赛季联赛最终排名第几?", top_k=3)
    assert hits and all("排名第几" in h.missing_terms for h in hits)
