"""Session 8: speech acts naming their speaker, plain words jieba tags as places, names after a
title. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.answering import distinctive_words
from retrieval.search.intent import parse


def test_a_speech_act_names_its_speaker():
    it = parse("市政府发言人指责开发商没有履行哪份合同?")
    assert it.kind == "said" and it.subject == "市政府发言人"
    assert parse("王涛告诫年轻干部不能因为什么停下脚步?").subject == "王涛"


def test_a_speech_act_after_who_asks_a_fact_about_a_person():
    # 哪位教练称赞…: who did it, not "who said" (no content match needed from a speaker)
    assert parse("哪位教练称赞年轻中场前途光明?").kind == "fact"
    assert parse("哪位教练称赞年轻中场前途光明?").asks == "person"


PRESS = {"a.txt": ("例行记者会", "示例网 2024-06-01", [
    "市政府例行记者会今天举行，开发商代表也回应了记者提问。",
    "开发商代表说，开发商没有违约，每份合同都已履行，项目进度只是受天气影响。",
    "市政府发言人刘建平说：“他们未落实土地出让协议，事实证明其根本无意落实。”"])}


def test_a_role_before_a_speech_act_puts_that_speakers_passages_first(tmp_path):
    r = build_pages(tmp_path, PRESS)
    hits = r.search("市政府发言人指责开发商没有履行哪份合同?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "刘建平"


def test_a_plain_word_tagged_as_a_place_is_not_distinctive():
    assert "东西" not in distinctive_words("何先生说政府给村子送去了哪些东西?")


def test_a_surname_after_a_title_starts_a_name_whatever_jieba_tags():
    # 总理|黄|循|财: 循 is tagged as a verb, yet after a title and a surname it is a given name's part
    assert "黄循财" in distinctive_words("新加坡总理黄循财对入境限制表过什么态?")
    # …but a word that follows a name ends it (说, 是)
    assert distinctive_words("市长王勇说今年目标是多少?") == ("王勇",)
    assert "张建" in distinctive_words("董事长张建说了什么?")


TRAVEL = {"a.txt": ("入境政策", "示例网 2024-07-01", [
    "内政部长李国强说，一些国家提高了入境旅客的防疫限制，政府没有跟进。",
    "政府决定不提高入境限制措施，旅客可以正常往来。"])}


def test_a_titled_name_no_passage_holds_means_no_answer(tmp_path):
    r = build_pages(tmp_path, TRAVEL)
    assert r.search("总理黄循财对入境旅客防疫限制表过什么态?", top_k=3) == []
    assert r.search("内政部长李国强对入境旅客防疫限制表过什么态?", top_k=3)


def test_a_rate_asked_is_counted_in_percent():
    assert "%" in parse("王涛预计明年销量增速最高可能到多少?").measure
    assert "%" in parse("民调显示赞成的人占比跌到多少?").measure
    assert parse("农场有多少名工人?").measure == frozenset({"人", "名", "位", "员"})
    assert not parse("公司明年销量是多少?").measure


CARS = {"a.txt": ("车市展望", "示例网 2024-08-01", [
    "王涛预计，明年新能源车的销量增速最高的车型，销量可能在169万辆至192万辆之间。",
    "王涛说，明年新能源车增速最高可达40%。"])}


def test_a_rate_question_is_answered_by_the_passage_with_the_percentage(tmp_path):
    r = build_pages(tmp_path, CARS)
    hits = r.search("王涛预计明年新能源车的销量增速最高可能到多少?", top_k=2)
    assert hits and "40%" in hits[0].passage.text


def test_points_asked_with_a_which_cue_are_what_was_said():
    it = parse("王涛对防汛工作具体提出了哪几项要求?")
    assert it.kind == "said" and it.subject == "王涛" and it.asks is None
    assert parse("李华提出了哪几点建议?").kind == "said"
    assert parse("哪几个乡镇受灾最重?").which == "乡镇"  # a named thing is still asked


def test_a_vague_word_before_the_noun_names_nothing():
    from retrieval.search.answering import typed_spans

    it = parse("女警先把照片发给哪个部门核实?")
    assert typed_spans("案件已移交相关部门办理。", it) == []
    assert typed_spans("照片发给了越城区公安部门核实。", it)


def test_a_time_named_without_a_date_answers_when():
    from retrieval.search.answering import typed_spans

    when = parse("护盘措施可能延续到何时?")
    assert typed_spans("护盘措施可能延续到兔年开盘。", when) == [(9, 11)]
    assert typed_spans("工程将在年底完工。", when)
    assert typed_spans("护盘措施可能延续。", when) == []
    assert typed_spans("工程将在年底完工。", parse("工程是哪一年完工的?")) == []  # a year is asked


BANKS = {"a.txt": ("金融论坛", "示例网 2024-09-01", [
    "王涛表示，上海作为金融中心，彼此的关系要处理好。",
    "王涛说，上海与香港彼此的关系是互补。"])}


def test_of_x_s_passages_one_lacking_a_name_asked_counts_less(tmp_path, monkeypatch):
    import retrieval.retriever as rr

    r = build_pages(tmp_path, BANKS)
    q = "王涛如何评价上海与香港两个金融中心彼此的关系?"

    def scores():
        return {h.passage.text[:6]: h.score for h in r.search(q, top_k=2)}

    monkeypatch.setattr(rr, "PASSAGE_LACKS", 1.0)
    flat = scores()
    monkeypatch.setattr(rr, "PASSAGE_LACKS", 0.5)
    halved = scores()
    lacking, naming = "王涛表示，上", "王涛说，上海"
    assert halved[lacking] < flat[lacking] and halved[naming] == flat[naming]


INTERVIEW = {"a.txt": ("专访", "示例网 2024-09-02", [
    "王涛表示，特朗普访华将是一次国事访问，中美关系会有新的发展。",
    "记者：特朗普把病毒称作中国病毒，您怎么看？",
    "王涛：世界卫生组织在疾病命名方面是有规则的，就是要避免污名化。"])}


def test_an_answer_holds_what_its_question_asked(tmp_path):
    r = build_pages(tmp_path, INTERVIEW)
    hits = r.search("王涛如何回应特朗普把病毒称作中国病毒?", top_k=2)
    assert hits and "污名化" in hits[0].passage.text


def test_a_question_quoted_after_a_word_of_asking_is_an_asking_turn():
    from retrieval.retriever import _asking_turn

    assert _asking_turn("会后，王涛刚准备离场，记者大声问：“对近来的争议，您怎么看？”")
    assert _asking_turn("记者：对近来的争议，您怎么看？")
    assert not _asking_turn("王涛说：“我们怎么能放弃？”")  # a question asked by the speaker, no word of asking
    assert not _asking_turn("记者问王涛对争议的看法，他说：“这是误会。”")


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


def test_a_one_digit_number_with_its_unit_is_distinctive():
    assert "8个月" in distinctive_words("发言人介绍的今年前8个月贸易额是多少?")
    assert {"8月", "5日"} <= set(distinctive_words("发言人在8月5日的记者会上说了什么?"))
    assert distinctive_words("他说了3点意见") == ()  # (a count with another unit is no detail named)


TRADE = {"a.txt": ("记者会", "示例网 2024-09-03", [
    "记者：据报道，今年前7个月两国贸易规模为1.14万亿元，同比增长7.4%。发言人如何看待？",
    "王涛：两国务实合作保持良好发展势头。"])}


def test_another_month_count_than_asked_is_missing(tmp_path):
    r = build_pages(tmp_path, TRADE)
    hits = r.search("王涛介绍的今年前8个月两国贸易额是多少?", top_k=3)
    assert not hits or all("8个月" in h.missing_terms for h in hits)
    hits = r.search("今年前7个月两国贸易规模是多少?", top_k=3)
    assert hits and "7个月" not in hits[0].missing_terms


def test_the_person_stands_before_a_frame_that_closes_before_how():
    it = parse("市委书记王涛在新年茶话会上用哪几个说法形容经济走势?")
    assert it.kind == "said" and it.subject == "市委书记王涛"
    assert parse("特朗普在晚宴上对这件事怎么看?").subject == "特朗普"
