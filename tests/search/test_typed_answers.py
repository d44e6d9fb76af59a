"""Typed answers: a count in the measure asked, bound to the word asked about, a role standing with
a name, a place that is no dateline's."""

from __future__ import annotations

from retrieval.search.intent import parse


def test_a_count_of_something_else_is_not_the_count_asked():
    from retrieval.search.answering import has_typed_answer
    intent = parse("代表们接受了多少人次的记者采访?")
    assert intent.measure == frozenset({"人次"})
    assert has_typed_answer("大会期间，代表们接受记者采访150人次。", intent, ["代表", "记者", "采访"]) == 2
    # 28位 counts people: no count of what is asked, as a passage with no number (session 12; was 1)
    assert has_typed_answer("28位代表接受了记者采访。", intent, ["代表", "记者", "采访"]) == 0


def test_a_count_in_the_measure_asked_is_the_answer_not_another_number():
    from retrieval.search.answering import has_typed_answer
    intent = parse("那位法官去年亲手审理了几宗案子?")
    assert intent.measure >= {"宗", "起"} and "局" not in parse("有几位局长同行?").measure
    assert has_typed_answer("去年,我共审理案件六宗,都是刑事案件。", intent, ["审理", "案件"]) == 2
    assert has_typed_answer("我从事法院工作近30年,审理过不少案件。", intent, ["审理", "案件"]) == 0  # years, no cases


def test_a_count_beside_the_word_asked_about_outranks_a_figure_beside_it():
    from retrieval.search.answering import has_typed_answer
    intent = parse("那家公司去年的业务量达到了多少?")
    terms = ["公司", "业务量", "达到"]
    bound = "去年公司业务量创纪录,实现业务量105.5亿票。"
    beside = "去年公司收入和业务量创纪录,营业收入2072亿元。"
    assert has_typed_answer(bound, intent, terms, bound=True) == 3
    assert has_typed_answer(beside, intent, terms, bound=True) == 2
    assert has_typed_answer(bound, intent, terms) == 2  # (without ``bound``: 0, 1 or 2 as before)
    year = "公司对2022全年业绩持乐观态度。"  # a bare number (a year) counts nothing by itself
    assert has_typed_answer(year, parse("公司全年业绩有多少?"), ["公司", "全年", "业绩"], bound=True) == 2


def test_a_which_person_question_prefers_the_role_asked_standing_with_a_name():
    from retrieval.search.answering import asked_role, has_typed_answer
    question = "那位村警在大巴上发现可疑乘客后向哪位所长汇报?"
    assert asked_role(question) == "所长"
    assert asked_role("是谁主持了会议?") == ""
    intent = parse(question)
    terms = ["村警", "大巴", "发现", "可疑", "乘客", "所长", "汇报"]
    named = "村警在大巴上发现可疑乘客。他迅速向胡集派出所所长张磊进行了汇报。"
    unnamed = "村警在大巴上发现可疑乘客,便与其交谈。他打算下车后向所长汇报。"
    assert has_typed_answer(named, intent, terms, bound=True) == 3
    assert has_typed_answer(unnamed, intent, terms, bound=True) < 3
    assert has_typed_answer("邱委员文彦:主席、各位同仁。", parse("质询时谈缺水的是哪位委员?"), ["缺水"], bound=True) == 3


def test_the_place_of_a_dateline_does_not_answer_where():
    from retrieval.search.answering import typed_spans
    intent = parse("其余记者会都安排在什么地方?")
    dateline = "新华社北京3月4日电 题:两会新闻中心19场记者会抢鲜看"
    assert typed_spans(dateline, intent) == []
    held = "其余都在北京梅地亚中心举行。"
    assert "北京" in [held[a:b] for a, b in typed_spans(held, intent)]


def test_a_count_in_chinese_numerals_counts_and_the_questions_own_count_is_not_the_answer():
    from retrieval.search.answering import _counts, has_typed_answer
    assert [s for s in ("将给予人民币十万元的奖励。",) for a, b in _counts(s, frozenset()) if s[a:b] == "十万元"]
    assert _counts("一名民警四处奔走,十分辛苦。", frozenset()) == []  # 一名, 四处, 十分: no count
    intent = parse("三名逃犯案中,协助抓获的群众可以拿到多少奖励?")
    terms = ["三名", "3", "逃犯", "人员", "协助", "抓获", "群众", "拿到", "奖励"]
    assert has_typed_answer("看守所3名在押人员逃跑。", intent, terms, bound=True) == 2  # the question's own 三名
    assert has_typed_answer("协助抓获的群众将获人民币十万元的奖励。", intent, terms, bound=True) == 3


def test_a_length_area_or_share_asked_is_counted_in_its_unit():
    from retrieval.search.answering import asked_count, holds_count
    km = parse("那条地铁线全长多少公里?")
    assert asked_count(km) == "多少公里"
    assert holds_count("这条线全长23.5公里,共设18座车站。", km)
    assert not holds_count("2号线一期工程已开通,日均客流20万人次。", km)  # a count of something else
    assert holds_count("合作社每天收割260亩到300亩。", parse("他们一天能收割多少亩稻子?"))
    share = parse("议员的出席率达到百分之几?")
    assert asked_count(share) == "百分之几"
    assert holds_count("议员出席率达到97%。", share) and holds_count("出席率达百分之九十七。", share)
    assert not holds_count("政府提出37项法案,已通过32项。", share)
