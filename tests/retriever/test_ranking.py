"""Ranking by what a question asks (retrieval/retriever.py with search/answering.py, overlap.py): the
passage that answers first — a which-question answered by a title or a paraphrase, a role before a
speech act, a rate, a view frame, a reflexive. Invented pages and questions only.
"""

from __future__ import annotations

from invented_pages import build_pages

import retrieval.retriever as retriever_module
from retrieval.search import answering
from retrieval.search.intent import parse


def test_a_year_written_with_the_circle_sign_is_a_date():
    when = parse("那对夫妇是哪年被带走的?")
    for sentence in ("他们在二○一三年被带走。", "他们在二〇一三年被带走。"):
        spans = answering.typed_spans(sentence, when)
        assert [sentence[a:b] for a, b in spans] == ["二" + sentence[4:7] + "年"]
    assert answering.typed_spans("他们后来被带走。", when) == []


def test_a_when_question_prefers_the_turn_holding_the_circle_sign_year(tmp_path):
    # the chair's short turn names the member twice and holds no date; BM25 prefers it
    r = build_pages(tmp_path, {"a.txt": ("立法会答问", "示例网 2016-01-20", [
        "主席：何志坚议员。何志坚议员，请发言。",
        "何志坚议员：主席，我想特首都知道有一个报道，二○一三年有一对夫妇在本港被人带走，至今下落不明，"
        "这件事市民非常关心，希望政府交代。"])})
    hits = r.search("何志坚提到哪年有一对夫妇在本港被带走?", top_k=3)
    assert hits and "二○一三年" in hits[0].passage.text


def _park(tmp_path):
    # one article: the sixth line holds 青柳湾智能装备产业园 as written (a long line); five
    # short lines hold 智能, 装备 and 产业 and are credited with 青柳湾 held elsewhere in the article
    lines = [
        "本区智能装备产业发展迅速，智能装备企业增加。",
        "智能装备产业是本区的主导产业，智能装备制造持续升级。",
        "区里推动智能装备产业集聚，智能装备项目陆续投产。",
        "智能装备产业链不断延伸，产业规模扩大，智能装备出口增长。",
        "智能装备产业项目落地，智能装备产业投资增加。",
        "区委书记表示，本区将以青柳湾智能装备产业园为载体，招引一批龙头企业，"
        "完善配套服务，优化营商环境，推动园区与高校合作，培养技术人才，"
        "力争三年内园区产值翻番，让更多群众在家门口就业。",
    ]
    return build_pages(tmp_path, {"a.txt": ("本区产业发展", "示例网 2024-02-05", lines)})


def test_the_fifth_candidate_holding_the_question_as_written_is_reread(tmp_path, monkeypatch):
    r = _park(tmp_path)
    question = "青柳湾智能装备产业园"
    hits = r.search(question, top_k=5)
    assert hits and "青柳湾智能装备产业园" in hits[0].passage.text
    monkeypatch.setattr(retriever_module, "RERANK_DEPTH", 4)
    (tmp_path / "b").mkdir()
    fresh = _park(tmp_path / "b")
    hits = fresh.search(question, top_k=5)
    assert hits and "青柳湾智能装备产业园" not in hits[0].passage.text  # four read: it stays fifth (BM25 and credit)


def test_where_cues_that_ask_what_not_where():
    # 在哪些方面 / 在哪三个领域 / 问题出在哪里 ask what, not for a place; 在哪些城市 and 在哪里发布 do
    for question in ("商会将在哪些方面发挥作用?", "市长希望中央在哪三个领域给予支持?",
                     "教练认为问题主要出在哪里?", "公司在哪方面做得更好?"):
        assert parse(question).asks != "where", question
    for question in ("他在哪些城市开了店?", "手机是在哪里发布的?", "主会场在哪?", "峰会在哪个城市召开?"):
        assert parse(question).asks == "where", question
    # a speech word before such a cue asks what was said (the cue no longer reads as a place asked)
    said = parse("王立明说公司希望在哪方面做得更好?")
    assert said.kind == "said" and said.subject == "王立明"


HEARING = {"a.txt": ("立法院质询", "示例网 2024-07-01", [
    "主席：今天进行委员个人质询，内政组的质询。",
    "主席：请王委员明质询。",
    "王委员明：（9时2分）院长好，我们都知道北回归线经过的地方大多是沙漠，本岛如果没有台风就会缺水，请问院长有什么对策？",
    "李院长强：我们会加强水库调度，请大家节约用水。"])}


def test_who_asked_is_answered_by_the_asking_turn(tmp_path, monkeypatch):
    # a legislator's turn that asks is still someone's words when the question asks which person
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, HEARING)
    question = "内政组质询里拿北回归线和沙漠来谈缺水的是哪位委员?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.text.startswith("王委员明") and hits[0].passage.speaker.name == "王明"
    monkeypatch.setattr(retriever, "WHO_SPEAKER", 1.0)  # (being credited lifts it too)
    assert r.search(question, top_k=3)[0].passage.text.startswith("王委员明")


def test_which_answered_by_a_passage_naming_it_otherwise(tmp_path, monkeypatch):
    # 哪个阶段 answered by 开局之年: a passage naming no 阶段 is not pushed under one that merely
    # says 第一阶段 about something else
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, {
        "a.txt": ("镇域经济督导", "示例网 2026-01-10", [
            "1月10日，我市开展乡镇项目建设督导调研活动，市委书记王林带队。",
            "王林指出，2026年是规划开局之年，要坚持把项目建设作为发展的重要支撑。"]),
        "b.txt": ("卫星成果发布", "示例网 2026-01-12", [
            "吴明说，第一阶段在轨测试结果表明，卫星定位精度达到国内最高水平。",
            "吴明表示，团队在科学目标研究方面取得了重大进展。"])})
    question = "王林把2026年定位为规划的哪个阶段?"
    assert "开局之年" in r.search(question, top_k=3)[0].passage.text
    monkeypatch.setattr(retriever, "UNNAMED_FACTOR", retriever.TYPE_FACTOR[0])
    assert "开局之年" not in r.search(question, top_k=3)[0].passage.text


def test_which_film_prefers_the_passage_with_the_title(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("影展首映", "示例网 2024-10-05", [
        "导演周宇前两部电影都曾在海城影展放映，这次新片的预售票也抢购一空，主演林欣然到场。",
        "女主角林欣然说：“第一次来海城影展已经是十四年前的出道片《山城往事》，这次回来很感动。”"])})
    hits = r.search("林欣然第一次去海城影展是凭哪部电影?", top_k=3)
    assert hits and "山城往事" in hits[0].passage.text


def test_a_passage_holding_the_whole_question_answers_where(tmp_path, monkeypatch):
    # 海燕别墅 is no place the reader knows; the passage saying the whole question still answers
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, {"a.txt": ("总统访问", "示例网 2024-03-26", [
        "示例网3月26日电 当地时间24日，李明在海城与到访的总统马可举行会谈，马可随后接受了海城日报的专访。",
        "马可：25日正式会谈之前，能够和李明在海燕别墅里见面，进行非正式的交流，对我来说是一个很好的机会。",
        "马可：海城是我们美丽的城市之一，欢迎更多游客来海城。"])})
    question = "马可说他在正式会谈之前是在什么地方与李明见面的?"
    assert "海燕别墅" in r.search(question, top_k=3)[0].passage.text
    monkeypatch.setattr(retriever, "WHOLE_QUESTION", 1.01)
    monkeypatch.setattr(retriever, "SPOKEN_BY", 1.0)  # (马可说…: his passages count more too)
    assert "海燕别墅" not in r.search(question, top_k=3)[0].passage.text


def test_which_person_answered_by_a_paraphrase_naming_them(tmp_path, monkeypatch):
    # the answer says 两场 / 小将 / 美好的未来 for 两次 / 年轻中场 / 前途光明: too little of the
    # question for a plain fact, enough for "which person" when it names the person and credits them
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, {"a.txt": ("中超第20轮", "示例网 2024-08-01", [
        "主队主教练李可赛后表示，球队今天打得很顽强，拿到三分很不容易。",
        "对于连续两场首发的中场小将陈小明，李可给予了肯定，“我认为他会有非常美好的未来，只要继续努力，他将成为出色的球员。”",
        "客队执行教练冯山则表示：比赛很激烈，首先我要感谢我们的队员，对手很强。"])})
    question = "哪位教练称赞连续两次首发的年轻中场将来前途光明?"
    hits = r.search(question, top_k=3)
    assert hits and "美好的未来" in hits[0].passage.text and hits[0].passage.speaker.name == "李可"
    monkeypatch.setattr(retriever, "PERSON_TYPED", 99.0)
    assert not any("美好的未来" in h.passage.text for h in r.search(question, top_k=3))


def test_a_fact_question_naming_who_gave_the_answer_puts_their_passage_first(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    from retrieval.search.answering import speech_cue
    assert speech_cue("大连交通局长说要争取让地铁在什么时候通车", 16) == 6
    assert speech_cue("这说明了什么", 4) is None  # 说明 is no speech cue
    assert speech_cue("王涛预计明年销量增速最高到多少", 14) == 2  # intent.txt speech:
    r = build_pages(tmp_path, {"a.txt": ("地铁建设提速", "示例网 2024-04-01", [
        "滨城地铁2号线开通以来客流持续增长，市民对地铁1号线早日通车的期待越来越高，全会提出要加快建设。",
        "全会报告明确提出，今年下半年滨城将加快轨道交通建设，争取让地铁1号线9月份开通。",
        "市交通局局长王海涛表示，各部门正积极推进各项工作，力争地铁1号线9月份顺利通车。"])})
    question = "滨城交通局局长说要争取让地铁1号线在什么时候开通?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "王海涛"
    monkeypatch.setattr(retriever, "SPOKEN_BY", 1.0)
    assert r.search(question, top_k=3)[0].passage.speaker is None  # the meeting's report, without it


def test_a_dateline_opens_the_lead_after_a_photo_caption(tmp_path, monkeypatch):
    import re

    import retrieval.retriever as retriever
    assert retriever._DATELINE.match("示例社纽约1月6日电（记者李明）秘书长")
    assert retriever._DATELINE.match("（中央社记者李明台中20日电）中职")
    assert not retriever._DATELINE.match("他在1月6日电话中说")
    r = build_pages(tmp_path, {"a.txt": ("秘书长呼吁克制", "示例网 2024-01-07", [
        "1月6日，在位于纽约的总部，秘书长王海涛向记者讲话。",
        "示例社纽约1月6日电（记者李明）秘书长王海涛6日呼吁有关各方保持最大限度克制，以防止全球紧张局势升级。",
        "王海涛在总部对媒体记者说，目前全球紧张局势已经达到本世纪以来最高点，且动荡仍在加剧。"])})
    question = "秘书长担心全球紧张局势到了什么程度?"
    assert "最高点" in r.search(question, top_k=3)[0].passage.text
    monkeypatch.setattr(retriever, "_DATELINE", re.compile(r"(?!)"))  # (read once per passage: a new retriever)
    (tmp_path / "b").mkdir()
    r = build_pages(tmp_path / "b", {"a.txt": ("秘书长呼吁克制", "示例网 2024-01-07", [
        "1月6日，在位于纽约的总部，秘书长王海涛向记者讲话。",
        "示例社纽约1月6日电（记者李明）秘书长王海涛6日呼吁有关各方保持最大限度克制，以防止全球紧张局势升级。",
        "王海涛在总部对媒体记者说，目前全球紧张局势已经达到本世纪以来最高点，且动荡仍在加剧。"])})
    assert "最高点" not in r.search(question, top_k=3)[0].passage.text


PRESS = {"a.txt": ("例行记者会", "示例网 2024-06-01", [
    "市政府例行记者会今天举行，开发商代表也回应了记者提问。",
    "开发商代表说，开发商没有违约，每份合同都已履行，项目进度只是受天气影响。",
    "市政府发言人刘建平说：“他们未落实土地出让协议，事实证明其根本无意落实。”"])}


def test_a_role_before_a_speech_act_puts_that_speakers_passages_first(tmp_path):
    r = build_pages(tmp_path, PRESS)
    hits = r.search("市政府发言人指责开发商没有履行哪份合同?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "刘建平"


CARS = {"a.txt": ("车市展望", "示例网 2024-08-01", [
    "王涛预计，明年新能源车的销量增速最高的车型，销量可能在169万辆至192万辆之间。",
    "王涛说，明年新能源车增速最高可达40%。"])}


def test_a_rate_question_is_answered_by_the_passage_with_the_percentage(tmp_path):
    r = build_pages(tmp_path, CARS)
    hits = r.search("王涛预计明年新能源车的销量增速最高可能到多少?", top_k=2)
    assert hits and "40%" in hits[0].passage.text


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


def test_a_question_quoted_after_a_word_of_asking_is_an_asking_turn():
    from retrieval.retriever import _asking_turn

    assert _asking_turn("会后，王涛刚准备离场，记者大声问：“对近来的争议，您怎么看？”")
    assert _asking_turn("记者：对近来的争议，您怎么看？")
    assert not _asking_turn("王涛说：“我们怎么能放弃？”")  # a question asked by the speaker, no word of asking
    assert not _asking_turn("记者问王涛对争议的看法，他说：“这是误会。”")


BAY = {"a.txt": ("市长会见政协委员", "示例报 2024-03-02", [
    "市长周海明今天与政协委员座谈，听取委员们对城市发展的意见和建议。",
    "周海明希望，政协委员积极参政议政，为建设东海大港临港产业城市作出新的更大贡献。"])}


def test_a_page_naming_the_answer_its_own_way_answers_which_x(tmp_path):
    r = build_pages(tmp_path, BAY)
    hits = r.search("周海明希望政协委员为建设哪个湾区的临港产业城市出力?", top_k=3)
    assert hits and "东海大港" in hits[0].passage.text and not hits[0].missing_terms
    # a place the corpus never names, away from the cue, still means no answer
    assert r.search("周海明希望伦敦的政协委员为建设哪个湾区出力?", top_k=3) == []


SCHOOL = {"a.txt": ("校长谈教育", "示例报 2024-03-04", [
    "主持人：办人民满意的教育，老百姓满意的教育是什么样的？这个满意没有定义，老百姓极其重视孩子的教育。",
    "三十五中校长朱建民说，核心就是公平，让每个孩子得到适合他的培养。"])}


def test_a_view_frame_puts_that_persons_passages_first(tmp_path):
    r = build_pages(tmp_path, SCHOOL)
    hits = r.search("在朱建民看来，令老百姓满意的教育核心是什么?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "朱建民"
    # read as a fact question, the host's turn holding more of its words comes first
    assert r.search("令老百姓满意的教育核心是什么?", top_k=3)[0].passage.text.startswith("主持人")


def test_speech_reported_without_quote_marks_counts_as_the_named_persons():
    from retrieval.search.answering import reports_speech
    assert reports_speech("他致辞时表示，市政府将继续加强沟通对接。")
    assert not reports_speech("市长陈明远出席新任领事到任酒会。")


RECEPTION = {"a.txt": ("市长出席酒会", "示例报 2024-03-05", [
    "市长陈明远出席新任领事到任酒会。",
    "【特讯】市长陈明远昨日出席新任领事到任酒会。他致辞时表示，市政府将继续加强沟通对接，共同将本市打造成对外开放的桥头堡和文明交流的窗口。",
    "陈明远说：“我们欢迎领事履新，一直以来，双方合作顺利。”",
    "陈明远表示，本市经济去年增长百分之五。"])}


def test_what_x_said_finds_a_passage_naming_x_that_reports_their_speech(tmp_path):
    r = build_pages(tmp_path, RECEPTION)
    hits = r.search("陈明远在酒会上希望本市在对外开放中扮演什么角色?", top_k=3)
    assert hits and "桥头堡" in hits[0].passage.text


FINALS = {"a.txt": ("新科冠军主帅谈夺冠", "示例报 2024-03-09", [
    "主教练李振华带着球员来到新闻发布会，谈到本赛季夺冠的经历。",
    "尽管如此，球队在半决赛中一度大比分落后于东岭队，险些被对手淘汰，上演惊天逆转。",
    "“对阵东岭的时候有点松懈，走到了悬崖边上。作为我来说确实是经验不足，没有给球队足够的鼓励。”李振华说。"])}


def test_a_person_then_a_reflexive_asks_what_they_say_of_themselves(tmp_path):
    r = build_pages(tmp_path, FINALS)
    hits = r.search("李振华把球队险些被东岭淘汰归咎于自己哪方面的不足?", top_k=3)
    assert hits and "经验不足" in hits[0].passage.text
    # no reflexive: a fact question, the narrative holding its words first
    assert "险些" in r.search("球队险些被东岭淘汰是在哪一轮?", top_k=3)[0].passage.text
