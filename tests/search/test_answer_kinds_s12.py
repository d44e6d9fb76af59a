"""Session 12 (qa12): the kind of answer a question asks and the words it is asked in — a count of
another measure is no count of what is asked, a magnitude followed by another measure is no amount
of money, more cues naming what is counted (收购价, 几块钱, 多少米) or a place (哪个县市), a which cue
making a said cue the noun asked (哪一份建议), 书记 / 支书 one role, a few synonyms. Invented pages
and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search import aliases
from retrieval.search.answering import has_typed_answer
from retrieval.search.intent import parse


def test_a_count_of_another_measure_holds_no_count_of_money():
    intent = parse("绿野合作社为防雨季损失在烘干上花了多少钱?")
    terms = ["绿野", "合作社", "烘干"]
    assert "元" in intent.measure
    assert has_typed_answer("绿野合作社目前耕种了3.2万亩地。", intent, terms) == 0  # 亩: land, no money
    assert has_typed_answer("去年合作社投资2400万元上马了烘干设备。", intent, terms) == 2


def test_a_magnitude_followed_by_another_measure_is_no_amount():
    intent = parse("果农种的秦脆苹果收购价多少一斤?")  # 收购价 asks money (intent.txt's priced)
    assert "元" in intent.measure and "万" in intent.measure
    terms = ["果农", "秦脆", "苹果", "收购价"]
    assert has_typed_answer("全县苹果20多万亩将陆续成熟。", intent, terms) == 0  # 20多万亩 counts land
    assert has_typed_answer("秦脆苹果以每斤4.5元的价格被订购。", intent, terms) == 2
    box = parse("那部电影的票房是多少?")
    assert has_typed_answer("那部电影的票房已经突破10亿。", box, ["电影", "票房"]) == 2  # 10亿 alone: money
    assert has_typed_answer("那部电影的票房不错，观众超过3万人。", box, ["电影", "票房"]) == 0  # 3万人: people


def test_more_cues_say_what_the_answer_counts_or_names():
    assert "米" in parse("球队场均跑动大概多少米?").measure
    assert "元" in parse("他去年种的苹果一斤卖了几块钱?").measure
    assert parse("台风期间哪个县市照常上班?").asks == "where"  # a place, not a name ending in 县市


def test_a_which_cue_before_a_said_cue_makes_it_the_noun_asked():
    fact = parse("周明刚当上人大代表那年,是哪一份建议令他一举成名?")
    assert fact.kind == "fact" and not fact.subject
    assert parse("周明对教育有哪些建议?").kind == "said"  # 哪些: points said, X's own words
    assert parse("周明提出了哪几项建议?").kind == "said"  # (the speech word 提出 comes first)
    assert parse("周明建议什么?").kind == "said"


def test_a_surname_and_secretary_names_the_village_party_secretary(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("红旗村的变化", "示例网 2024-03-02", [
        "红旗村村支书严文明说，最大的挑战是资金和观念，村里先修路，再引进社会资本。",
        "村党委书记魏良说，驻村第一书记里，让他印象最深的是徐书记。"])})
    speakers = {p.speaker.name: p.speaker.title for p in r.passages if p.speaker}
    assert speakers.get("严文明") and "支书" in speakers["严文明"] and "书记" not in speakers["严文明"]
    assert r.resolve_subject("严书记") == ("严文明",)  # (another 书记's surname is 魏)
    hits = r.search("严书记说推动改革时遇到的最大难题是什么?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "严文明"


def test_the_money_asked_ranks_the_passage_spending_it_over_the_setting(tmp_path):
    # the setting (潍坊绿野合作社) stands in passages counting land and grain; the answer holds only
    # 烘干 of the question, and the money asked
    r = build_pages(tmp_path, {"a.txt": ("种粮大户算账", "示例网 2024-11-05", [
        "潍坊是产粮大市。作为示范社，潍坊绿野合作社目前集中流转耕种了3.2万亩地，还为7万亩地提供托管服务。",
        "今年小麦平均亩产达到1200斤，潍坊绿野农机专业合作社理事长马建海笑着说。",
        "“去年我们投资2400万元，上马了两组烘干设备。”马建海说。",
        "粮食收获时如果遇到阴雨天气、不能马上烘干，就意味着减产。烘干后的粮食被存入仓储库房。"])})
    hits = r.search("潍坊绿野合作社为防雨季损失在烘干上花了多少钱?", top_k=3)
    assert hits and "2400万元" in hits[0].passage.text


def test_paraphrased_words_are_synonyms():
    assert "自杀" in aliases.mates("轻生")
    assert "首先" in aliases.mates("最先")
    assert "pm2.5" in aliases.mates("细颗粒物")
    assert "表单" in aliases.mates("表格")
    assert "正常" in aliases.mates("照常")
