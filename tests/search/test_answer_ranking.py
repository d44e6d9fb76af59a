"""Ranking by the kind of answer and the question's names, on invented pages."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval import Retriever

_build = build_pages


def _two_delegations(tmp_path):
    # (湖南's lead holds a count of the measure asked away from the question's words, 2个航班: a
    # count of something else, MU5101, would count as none — session 12)
    return _build(tmp_path, {
        "a.txt": ("湖南代表抵京", "示例网 2019-03-02", [
            "随着MU5101航班降落，来自湖南的人大代表们抵达北京，向大会报到，带来了一年来走访调研的心得和议案。此行乘坐了2个航班。",
            "代表们表示，要围绕乡村振兴、产业升级等议题认真履职，把群众的期盼带到会上。"]),
        "b.txt": ("在黔代表履职", "示例报 2014-03-12", [
            "贵州日报讯 全国人大会议即将闭幕，在黔人大代表认真履行职责，积极建言献策。",
            "会议期间，代表们共提交议案75件，内容涉及教育、医疗、交通和生态保护等方面。"]),
    })


def test_a_passage_whose_article_never_names_the_place_asked_about_comes_later(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    question = "贵州的人大代表们在全国大会上一共递交了几份议案?"
    r = _two_delegations(tmp_path)
    monkeypatch.setattr(retriever, "TYPED_COVERAGE", 1.0)  # this test is about the article alone
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.source.title == "在黔代表履职"  # its article says 贵州
    monkeypatch.setattr(retriever, "ARTICLE_LACKS", 1.0)  # without it, the page about 湖南 wins
    assert r.search(question, top_k=3)[0].passage.source.title == "湖南代表抵京"


def test_an_answer_in_an_interview_is_about_what_the_turn_before_it_asked(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("周明远接受专访", "示例网 2021-05-06", [
        "5月6日，驻外大使周明远接受电视台专访，就经贸合作、人文交流等回答了主持人安德森的提问。",
        "周明远说，两国总理今年的会晤将是一次内容丰富的访问，两国贸易合作前景广阔。",
        "安德森：上周，有议员把两国的贸易摩擦称为“一场战争”。您怎么看？",
        "周大使：我不是议会的发言人，但分歧应该通过对话解决，不应该用对抗的语言。",
        "安德森：贵国宣布暂停部分农产品进口，这是报复吗？",
        "周大使：这是检疫方面的正常安排，我们希望双方都能按规则办事。"])})
    question = "周明远如何回应议员把贸易摩擦称作“一场战争”?"
    hits = r.search(question, top_k=3)
    assert hits and "通过对话解决" in hits[0].passage.text  # its words are in the question asked before it
    monkeypatch.setattr(retriever, "ASKED_CREDIT", 0.0)
    assert "通过对话解决" not in r.search(question, top_k=3)[0].passage.text


def test_a_labelled_turn_that_asks_does_not_answer(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("例行记者会", "示例部 2022-08-19", [
        "8月19日，发言人李文涛主持例行记者会，回答了中外记者的提问。",
        "示例报记者：我们注意到，东盟经贸合作论坛成果落实协调人视频会议昨天成功举行。你可否介绍会议情况？",
        "李文涛：昨天，张部长在北京主持东盟经贸合作论坛协调人会议。"])})
    question = "东盟经贸合作论坛成果落实协调人视频会议由谁主持?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever, "WHO_SPEAKER", 1.0)  # (the answer is credited: that too lifts it)
    assert r.search(question, top_k=3)[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever, "ASKING_TURN", 1.0)
    # (the turn answering the asking one gets a share of its score too: that alone lifts it, qa11)
    assert r.search(question, top_k=3)[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever.Retriever, "_answer_turns", lambda self, kept, covs, query, allowed=None: (kept, covs))
    assert r.search(question, top_k=3)[0].passage.text.startswith("示例报记者")
    # a speaker's own rhetorical question is no interviewer's turn
    assert not retriever._asking_turn("对此李文涛反问这位记者，你把我说的话都写进报道了吗？")
    assert retriever._asking_turn("主持人：那最终的目标呢？")


def test_what_did_x_say_finds_x_on_pages_in_either_script(tmp_path):
    r = _build(tmp_path, {
        "a.txt": ("新品发布会", "示例网 2024-03-01", [
            "示例集团董事长陈国华表示，公司的手机今年在海外市场的销量增长很快，用户口碑也越来越好。",
            "发布会上，公司还展示了多款智能家居新品，现场观众反响热烈，预订人数超过预期。"]),
        "b.txt": ("陳國華談汽車", "示例報 2024-04-18", [
            "示例集團董事長陳國華表示，公司汽車的交付速度今年會明顯加快，讓車主早日提車。",
            "直播中，陳國華還回應了網友關心的多個問題，觀看人數很快超過十萬。"]),
    })
    assert {p.speaker.name for p in r.passages if p.speaker} == {"陈国华", "陳國華"}
    for question in ("陈国华怎么看汽车交付?", "陳國華怎麼看汽車交付?", "陈国华怎么看手机销量?"):
        hits = r.search(question, top_k=3)
        want = "销量" if "手机" in question else "交付"
        assert hits and want in hits[0].passage.text, question
        assert {h.passage.speaker.name for h in hits[:2]} == {"陈国华", "陳國華"}, question  # both are X's passages


def test_what_did_x_say_reads_a_quote_nobody_was_credited_with_that_names_x(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("王立群评发布会", "示例网 2023-04-18", [
        "赵启明今天上午来到会场，先宣读了一份声明，随后介绍了新书的写作经过，并表示还会继续写下去。",
        "对此，王立群在博客里写下对发布会的感想，「今天的发布会，坦白说，让人很失望。」这篇博文随后被大量转发。",
        "另外，王立群认为，现场记者的提问都是事先写好交上去的，由主持人统一代读。"])})
    assert [p.speaker.name if p.speaker else None for p in r.passages][1:3] == [None, "王立群"]
    question = "王立群对赵启明的发布会有什么看法?"
    hits = r.search(question, top_k=3)
    assert hits and "很失望" in hits[0].passage.text
    assert [h.passage.speaker.name for h in r.search("王立群说了什么", top_k=3)[:1]] == ["王立群"]  # a tie: X's own first
    monkeypatch.setattr(retriever, "NAMED_QUOTE", 0.0)
    assert "很失望" not in r.search(question, top_k=3)[0].passage.text


def test_the_kind_of_answer_asked_makes_up_for_words_said_otherwise(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("两国外长将通电话", "示例网 2022-01-31", [
        "甲国外交部发言人宣布，甲国外长王海将与乙国外长李川通电话，讨论双边合作。",
        "由于边境局势紧张，王海和李川最近一次于3月5日在瑞士苏黎世举行了会面。"])})
    question = "两国外长此前最近一次面对面会谈在哪座城市?"  # 两|国外|长: jieba's cut of the question
    hits = r.search(question, top_k=3)
    assert hits and "苏黎世" in hits[0].passage.text
    monkeypatch.setattr(retriever, "TYPED_COVERAGE", 1.0)
    assert r.search(question, top_k=3) == []  # the words alone hold too little of the question


def test_the_bound_count_ranks_first(tmp_path):
    page = tmp_path / "parcels.txt"
    page.write_text(
        "快递公司发布年报\n新华网 2022-03-30\n\n"
        "快递公司3月30日接受调研时表示,2021年快递公司收入和业务量创纪录,营业收入2072亿元,利润约3.7亿元。\n\n"
        "2021年收入和业务量创纪录,实现业务量105.5亿票,同比增长29.7%。\n", "utf-8")
    # (the lead holds 快递公司 twice and wins on BM25; the count beside 业务量 outranks it)
    hits = Retriever.build(tmp_path).search("快递公司2021年的业务量达到了多少?", top_k=2)
    assert hits and "105.5亿票" in hits[0].passage.text


def test_a_line_ending_with_a_colon_introduces_the_answer_it_does_not_hold(tmp_path):
    page = tmp_path / "coach.txt"
    page.write_text(
        "女排主帅谈伤病\n新华网 2019-09-14\n\n"
        "球队核心朱婷的伤病无疑是影响球队成绩的重要原因,对于朱婷的伤病,主教练郎平表示:\n\n"
        "“朱婷的伤是一个定时炸弹,比赛下来我问她怎么样,她说打到后来就麻了。”\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    hits = retriever.search("郎平把朱婷的伤病比作什么?", top_k=2)
    assert hits and "定时炸弹" in hits[0].passage.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_what_x_said_in_other_words_is_ordered_by_the_characters_shared(tmp_path):
    page = tmp_path / "spokeswoman.txt"
    page.write_text(
        "发言人接受采访\n示例网 2007-12-20\n\n"
        "外交部发言人姜瑜表示,她不喜欢个人性质的活动,也不接受个人采访。\n\n"
        "姜瑜表示,作为发言人,今年被问到最多的问题就是半岛局势。\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    question = "姜瑜说她这一年被提问次数最多的话题是什么?"  # 提问 / 话题: the page says 问到 / 问题
    hits = retriever.search(question, top_k=2)
    assert hits and "半岛局势" in hits[0].passage.text
    assert hits[0].score > hits[1].score  # the score shown is the score ranked by
