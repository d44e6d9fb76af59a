"""Other names of a question's words (data/synonyms.txt, retrieval/search/aliases.py), a page's source
line as what it speaks of, and question-reading details found on real questions: invented pages only.
"""

from __future__ import annotations

import dataclasses

import pytest
from invented_pages import build_pages

from retrieval.search import aliases, overlap
from retrieval.search.answering import distinctive_words
from retrieval.search.intent import parse


def test_groups_are_read_from_the_data_file():
    assert "会面" in aliases.mates("见面") and "见面" in aliases.mates("会面")
    assert "apec" in aliases.mates("亚太经合组织") and "亚太经合组织" in aliases.mates("APEC")
    assert "绩效" in aliases.mates("业绩") and "加薪" in aliases.mates("涨工资")  # general news vocabulary
    assert aliases.mates("天气") == ()
    assert aliases.named_in("那场亚太经合组织峰会") == ["亚太经合组织"]


_build = build_pages


def _meeting(tmp_path):
    return _build(tmp_path, {
        "a.txt": ("两国外长会晤", "示例网 2021-06-01", [
            "甲国外长王海明天将与乙国外长李川通电话，王海和李川的通话预计持续30分钟。",
            "6月1日，王海与李川在峰会期间举行了简短会晤。两人的会晤不到15分钟。"]),
        "b.txt": ("外长会议", "示例报 2021-06-02", [
            "峰会期间，各国外长就地区局势交换了意见，会议持续了两天。"]),
    })


def test_a_question_word_said_otherwise_on_the_page_counts_under_its_other_name(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _meeting(tmp_path)
    question = "王海和李川那次见面谈了多长时间?"  # the page says 会晤
    hits = r.search(question, top_k=3)
    assert hits and "15分钟" in hits[0].passage.text
    monkeypatch.setattr(retriever, "ALIAS_WEIGHT", 0.0)
    # (the count right beside the other name, 会晤不到15分钟, also counts on its own: TYPE_FACTOR[3])
    monkeypatch.setattr(retriever, "TYPE_FACTOR", retriever.TYPE_FACTOR[:3] + retriever.TYPE_FACTOR[2:3])
    hits = r.search(question, top_k=3)
    assert not hits or "15分钟" not in hits[0].passage.text


def test_what_x_said_under_another_word(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("林文华谈决定", "示例网 2020-08-12", [
        "林文华说，那项决定给市长带来了压力，决定已经公布。",
        "林文华说，那项决定并没有赋权市长修改任何法规。"])})
    question = "林文华说那项决定有没有授权给市长?"
    hits = r.search(question, top_k=3)
    assert hits and "赋权" in hits[0].passage.text
    # (both lines are his; the first is also the article's lead, which data/rerank.txt's lead lowers)
    real = overlap.data()
    monkeypatch.setattr(overlap, "data", lambda: dataclasses.replace(real, lead=1.0))
    assert "赋权" in r.search(question, top_k=3)[0].passage.text
    monkeypatch.setattr(retriever, "ALIAS_WEIGHT", 0.0)
    assert "赋权" not in r.search(question, top_k=3)[0].passage.text


def test_a_name_jieba_cuts_into_pieces_is_found_under_its_other_name(tmp_path):
    r = _build(tmp_path, {"a.txt": ("创始人将出席峰会", "示例网 2018-11-10", [
        "APEC领导人非正式会议将于11月在示例国的海滨城市蓝湾举行，示例公司创始人周启航将代表总统出席。",
        "周启航说，这几周与政府官员开了很多会议，对各经济体的情况已经有所了解。"])})
    question = "周启航要参加的那场亚太经合组织会议在哪个城市举行?"
    assert r.absent_words(question) == ()  # the corpus speaks of it as APEC
    hits = r.search(question, top_k=3)
    assert hits and "APEC" in hits[0].passage.text
    assert "亚太经合组织" not in hits[0].missing_terms


def test_a_page_s_outlet_and_date_speak_of_its_place_and_year(tmp_path):
    r = _build(tmp_path, {"a.txt": ("市政府全体会议召开", "青州日报 2017-04-08", [
        "4月8日下午，市政府召开全体会议，研究部署今年的重点工作，会议由市长主持。",
        "会议要求，要加强对困难群众的关怀，积极开展送温暖活动。"])})
    assert r.absent_words("2017年青州市政府的全体会议要求开展什么活动?") == ()
    hits = r.search("2017年青州市政府的全体会议要求开展什么活动?", top_k=3)
    assert hits and any("送温暖" in h.passage.text for h in hits)
    assert not any(h.missing_terms for h in hits)  # the source line holds both
    assert r.absent_words("2018年青州市政府的全体会议要求开展什么活动?") == ("2018年",)  # another year still is


@pytest.mark.parametrize(("question", "words"), [
    ("赵启明出席发布会时头上戴的是什么?", ("赵启明",)),  # 时|头上: a place word, no given name
    ("陈代蓉说了什么", ("陈代蓉",)),
])
def test_a_surname_before_a_place_or_time_word_is_no_name(question, words):
    assert distinctive_words(question) == words


def test_where_in_what_respect_and_hedges():
    assert parse("教练觉得对手哪里做得好?").asks is None  # in what respect, not where
    assert parse("对手哪里不足?").asks is None
    assert parse("会议在哪里举行?").asks == "where"
    assert parse("哪里能买到门票?").asks == "where"
    assert "大约" not in parse("两人大约谈了多久?").searchable()
    assert parse("两人大约谈了多久?").asks == "how_many"


def test_since_when_is_answered_by_a_date_that_starts_something(tmp_path, monkeypatch):
    import retrieval.search.answering as answering
    from retrieval.search.answering import has_typed_answer
    intent = parse("周文涛是从哪一年起担任发言人的?")
    assert intent.asks == "when" and intent.since
    assert not parse("周文涛哪一年担任发言人?").since
    terms = ["周文涛", "担任", "发言人"]
    assert has_typed_answer("周文涛自2019年开始担任大会发言人。", intent, terms) == 2
    assert has_typed_answer("2019年以来，周文涛一直担任发言人。", intent, terms) == 2
    assert has_typed_answer("2023年大会开幕，发言人周文涛回答提问。", intent, terms) == 1  # a date that starts nothing
    r = _build(tmp_path, {"a.txt": ("发言人周文涛", "示例网 2023-03-04", [
        "示例社北京3月4日电 2023年大会开幕，周文涛担任大会发言人，第五次以大会发言人身份回答提问。",
        "众所周知，周文涛是一位资深的发言人，曾在多个场合发布消息，自2019年开始担任大会发言人。"])})
    hits = r.search("周文涛是从哪一年起担任大会发言人的?", top_k=3)
    assert hits and "自2019年" in hits[0].passage.text
    monkeypatch.setattr(answering, "_starts_something", lambda *a: True)  # any date would do
    assert "自2019年" not in r.search("周文涛是从哪一年起担任大会发言人的?", top_k=3)[0].passage.text


def test_a_count_of_n_big_things_answers_how_many(tmp_path):
    from retrieval.search.answering import has_typed_answer
    intent = parse("他对那场记者会提出了几个疑点?")
    assert has_typed_answer("他在脸书发文，对记者会提出7大疑点。", intent, ["记者会", "疑点"]) == 2
    assert has_typed_answer("他说第五疑点是没人提问。", intent, ["记者会", "疑点"]) == 0


@pytest.mark.parametrize(("question", "subject"), [
    ("赵启明在晚宴上对来访的客人说了什么?", "赵启明"),  # 在…上 is a frame of place, not part of who
    ("林文华在记者会上怎么回应?", "林文华"),
    ("在致辞中，市委书记盛勇军如何看待招商引资?", "市委书记盛勇军"),
    ("驻在美国的大使说了什么", "驻在美国的大使"),  # no frame: 在美国的 ends in no place or time word
])
def test_a_frame_of_place_or_time_after_the_person_is_not_part_of_who(question, subject):
    intent = parse(question)
    assert intent.kind == "said" and intent.subject.replace(" ", "") == subject


def test_what_x_said_at_an_occasion_ranks_by_the_occasion(tmp_path, monkeypatch):
    import retrieval.search.intent as intent_module
    r = _build(tmp_path, {"a.txt": ("赵启明访问示例国", "示例网 2019-05-06", [
        "赵启明表示，这次来访取得了成果，来访的朋友们都很满意。",
        "赵启明在晚宴上表示：“能够接待各位来访的朋友，我们感到非常荣幸。”"])})
    hits = r.search("赵启明在晚宴上对来访的客人说了什么?", top_k=3)
    assert hits and "晚宴" in hits[0].passage.text
    assert parse("赵启明在晚宴上对来访的客人说了什么?").subject == "赵启明"
    monkeypatch.setattr(intent_module, "_before_frame", lambda subject: subject)
    assert parse("赵启明在晚宴上对来访的客人说了什么?").subject == "赵启明在晚宴上"
    # the words after the name in a subject still rank the person's passages (session 6)
    assert "晚宴" in r.search("赵启明在晚宴上对来访的客人说了什么?", top_k=3)[0].passage.text


def test_other_names_do_not_answer_an_off_topic_question(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("社区义诊", "示例网 2022-10-09", [
        "重阳节当天，示例医院的医师来到社区，为老年人测量血压，讲解慢性病的防治知识。",
        "社区负责人说，今后每个季度都会组织一次这样的活动。"])})
    question = "医生和老人怎么养生?"  # 医师 / 老年人 are other names, 养生 no page speaks of
    assert r.search(question, top_k=3) == []
    monkeypatch.setattr(retriever, "ALIAS_FLOOR", 0.0)  # other names alone would make an answer
    assert r.search(question, top_k=3) != []


def test_a_place_a_title_follows_is_whose_not_where():
    from retrieval.search.answering import has_typed_answer
    intent = parse("两国元首在什么地方会面?")
    terms = ["两国", "元首", "会面"]
    assert has_typed_answer("美国总统与中国国家主席举行了会面，双方表示满意。", intent, terms) == 0
    assert has_typed_answer("两国元首在美国佛罗里达州的庄园举行了会面。", intent, terms) == 2


@pytest.mark.parametrize(("word", "digits"), [
    ("九月", ("9月", "9月份")),  # (jieba cuts 9月份 into 9 | 月份)
    ("五百强", ("500强",)),
    ("十五分钟", ("15分钟",)),
    ("二十三岁", ("23岁",)),
    ("五百", ("500",)),
    ("十分", ()),  # very, not ten points
    ("一些", ()),
    ("三季度", ()),  # no unit of the data file's numeral_units
    ("七", ()),  # a digit alone says too little
    ("五五", ()),  # not a number written so
])
def test_a_number_in_chinese_numerals_is_also_searched_in_digits(word, digits):
    assert aliases.in_digits(word) == digits
    assert aliases.mates(word) == digits
    assert aliases.in_groups([word]) == ([word] if digits else [])


def test_a_month_in_chinese_numerals_finds_the_page_that_writes_it_in_digits(tmp_path):
    r = _build(tmp_path, {
        "a.txt": ("月度安排", "示例网 2021-06-01", [
            "李明强调,9月份要抓紧处置低效用地,做好招商引资。",
            "李明指出,全年任务已经完成大半,经济运行平稳。"]),
        "b.txt": ("天气", "示例报 2021-06-02", ["本市明天多云,气温略有回升。"]),
    })
    hits = r.search("李明给九月定了什么任务?", top_k=3)
    assert hits and "9月份" in hits[0].passage.text


def test_round_two_synonyms():
    from retrieval.search import aliases
    assert "海外" in aliases.mates("境外", normalized=True)
    assert "基建" in aliases.mates("基础设施", normalized=True)
    assert "举办" in aliases.mates("主办", normalized=True)
    assert "加息" in aliases.mates("升息", normalized=True)


def test_general_words_said_otherwise_are_mates():
    from retrieval.search import aliases

    for word, mate in (("气氛", "氛围"), ("执行", "落实"), ("念书", "上学"), ("布设", "设置"), ("停下", "止步"), ("办法", "方式"), ("离开", "离境")):
        assert mate in aliases.mates(word, normalized=True)


CROWD = {"a.txt": ("赛后采访", "示例网 2024-10-01", [
    "王涛表示：今天第一场比赛没有太适应，比分前期有些落后，最终取得胜利。",
    "王涛：这里的氛围让我感到非常震撼，有点像观看足球比赛时的感觉。"])}


def test_a_question_word_said_otherwise_finds_the_answer(tmp_path):
    r = build_pages(tmp_path, CROWD)
    hits = r.search("王涛说现场气氛让他联想到什么?", top_k=2)
    assert hits and "足球" in hits[0].passage.text
