"""Session 7: what a question asks that the hits do not hold, and words that are no names.
Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.answering import asked_count, asked_kind, distinctive_words, holds_kind
from retrieval.search.intent import parse


def test_a_surname_character_before_a_plain_word_starts_no_name():
    # a position word, a preposition, a number's unit or a verb before a common word: no name
    assert distinctive_words("王涛说新车发布后遭遇了什么?") == ("王涛",)
    assert distinctive_words("校长向学生们提了几点期望?") == ()
    assert "年业绩" not in distinctive_words("2022年业绩说明会开了几场?")
    assert distinctive_words("哪位干部抱怨来办事的人太多?") == ()
    assert distinctive_words("谁预言会有续航八百公里的电动车?") == ()
    # a measure word after 这 / 那 (这|段时间, 那|宗源头) is no surname either
    assert distinctive_words("市长王涛说这段时间对年度任务有什么意义?") == ("王涛",)
    assert distinctive_words("那宗源头不明的个案出现后安排了多少人隔离?") == ()
    # names stay: a surname with characters jieba leaves alone, or an address term after it
    assert "陈代蓉" in distinctive_words("陈代蓉夏天买菜途中头晕后打电话找了谁?")
    assert "钱婆婆" in distinctive_words("对钱婆婆来说最难忘的变化是什么?")
    assert "郭卫民" in distinctive_words("郭卫民是从哪年起当发言人的?")


def test_an_answerable_question_gets_no_fragment_as_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("新车发布会", "示例网 2024-04-01", [
        "王涛表示，新车发布后遭遇了不少质疑，团队会用质量回应大家。"])})
    hits = r.search("王涛说新车发布后遭遇了什么?", top_k=3)
    assert hits and not hits[0].missing_terms


def test_what_a_figure_or_date_question_asks():
    # (session 9: an amount of money is a measured count, named the same way)
    assert asked_kind(parse("王涛说这部电影首周票房是多少?")) == ""
    assert asked_count(parse("王涛说这部电影首周票房是多少?")) == "票房多少"
    assert asked_kind(parse("农场去年生猪出栏量是多少?")) == "出栏量多少"
    assert asked_kind(parse("李华是哪一年当上校长的?")) == "哪一年"
    assert asked_kind(parse("农场有多少名工人?")) == ""  # a measured count: asked_count's
    assert asked_kind(parse("李华是第几任校长?")) == ""
    assert asked_kind(parse("李华说了什么?")) == ""


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


def test_a_surname_after_a_described_role_names_the_person(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("立委记者会", "示例网 2024-07-02", [
        "民进党立委鍾文濱反批，在野党扩权是胡闹，国会不能滥权。",
        "国民党立委徐芯华表示，法案是为了监督行政部门。"])})
    assert r.resolve_subject("民进党的钟立委") == ("鍾文濱",)
    assert r.resolve_subject("钟立委") == ("鍾文濱",)


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


def test_which_work_is_answered_by_a_title():
    from retrieval.search.answering import typed_spans
    film, town = parse("她第一次去影展是凭哪部电影?"), parse("项目落在哪个镇?")
    sentence = "她第一次来影展已经是十四年前的出道片《山城往事》。"
    assert typed_spans(sentence, film) == [(sentence.index("《"), sentence.index("》") + 1)]
    assert typed_spans("这里的《城镇规划》写得很清楚", town) == []  # a title names no town


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


def test_a_name_written_the_taiwan_way_is_not_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("晚宴长谈", "示例网 2025-09-01", [
        "据总统助理乌沙表示，普亭与李明于海城共进晚宴时进行长时间交谈，双方谈到了合作。"])})
    hits = r.search("是谁透露普京和李明在海城晚宴上长谈的情况?", top_k=3)
    assert hits and not hits[0].missing_terms


def test_a_year_named_by_the_day_written():
    from retrieval.search.answering import asked_year, years_held
    assert asked_year("派出所去年接到多少起警情?") == ("去年", 1)
    assert asked_year("派出所今年接到多少起警情?") is None  # this year: a page need not say it
    assert asked_year("今年比去年多了多少起?") is None  # a comparison names two
    assert asked_year("比去年同期多了多少起?") is None  # the year compared with
    assert years_held("如今年轻人上年纪后") == frozenset()  # 如今|年轻, 上|年纪 name no year
    assert years_held("今年以来共接到警情279起") == frozenset({2})


def test_the_hits_of_another_year_lack_the_year_asked(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("反诈宣传进社区", "示例网 2024-12-20", [
        "据统计，今年以来城南派出所共接到各类诈骗警情279起，年底诈骗多发。",
        "城南派出所民警走进社区，开展反诈宣传活动。"])})
    hits = r.search("城南派出所去年一共接到多少起诈骗警情?", top_k=3)
    assert hits and all("去年" in h.missing_terms for h in hits)
    hits = r.search("城南派出所今年以来接到多少起诈骗警情?", top_k=3)
    assert hits and "279起" in hits[0].passage.text and not hits[0].missing_terms


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


def test_round_two_synonyms():
    from retrieval.search import aliases
    assert "海外" in aliases.mates("境外", normalized=True)
    assert "基建" in aliases.mates("基础设施", normalized=True)
    assert "举办" in aliases.mates("主办", normalized=True)
    assert "加息" in aliases.mates("升息", normalized=True)


def test_a_verb_jieba_tags_as_a_place_is_no_distinctive_word():
    # 上门 (jieba: ns) is going to someone's door: a page saying 送达 answers all the same
    assert "上门" not in distinctive_words("法庭的书记员上门送达时常碰到什么情况?")
    assert "登门" not in distinctive_words("王涛登门拜访了谁?")


def test_the_head_of_a_company_named_otherwise(tmp_path):
    # 掌门人 / 掌舵人 name the chairman or chief executive (intent.txt roles:)
    r = build_pages(tmp_path, {"a.txt": ("民营企业座谈会", "示例网 2024-04-01", [
        "会后，示例集团董事局主席兼CEO王海涛接受了记者采访。",
        "王海涛表示，民营企业要建立好现代企业制度，回报社会。"])})
    assert r.resolve_subject("示例集团掌门人") == ("王海涛",)


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


def test_a_surname_character_inside_a_word_jieba_does_not_know():
    # a lone noun before it (工|信|局, 俄|乌|战事, 声|索|方): one word, no name
    assert distinctive_words("工信局会聚焦哪些产业?") == ()
    assert "乌战事" not in distinctive_words("特朗普说要怎样结束俄乌战事?")
    assert "索方" not in distinctive_words("谁重申新加坡并不是南海主权的声索方?")
    # a preposition before an adjective or a verb (由|白|变黑)
    assert "由白" not in distinctive_words("关于杨修凯由白变黑的报道被看了多少次?")
    assert "陈代蓉" in distinctive_words("陈代蓉夏天买菜途中头晕后打电话找了谁?")


def test_a_role_opening_with_a_place_its_holder_title_leaves_out(tmp_path):
    r = build_pages(tmp_path, {
        "a.txt": ("山东举行一季度经济运行新闻发布会", "示例网 2024-04-20", [
            "4月20日，山东省政府新闻办举行发布会，介绍全省一季度经济运行情况。",
            "省政府副秘书长、新闻发言人王海涛表示，一季度增速放缓是转型中的阵痛。"]),
        "b.txt": ("女足决赛美国夺冠", "示例网 2024-07-06", [
            "美国教练李明表示：“我们一开赛便向日本队施压，一切都来得完美。”",
            "日本队在决赛中0比3告负。"])})
    assert r.resolve_subject("山东省政府发言人") == ("王海涛",)  # his page names 山东, his title does not
    assert "李明" not in r.resolve_subject("日本队教练")  # a title naming another place
