"""Session 12 (qa12b): the occasion an introduction sets is that of the speaker's whole run of
passages, a year asked by the day written is not answered by a sentence about another, a transcript
turn opening a page is no lead, 哪一份建议 asks a named thing, 甚麼 reads as 什么, a person named in
someone else's passage only in a list is missing there, a teaser is no part of its page's headline,
a surname that is a preposition (公安局向社会通报) names no agent, a passage of the best one's article
stays among the candidates (a question asking a date, a count, a place or a name), 哪些人才 asks no
person, 几点 asks the hour, a speaker named before the action asked in its sentence did it, a few
synonyms. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search import aliases
from retrieval.search.answering import asked_person, has_typed_answer, in_passing
from retrieval.search.intent import Intent, parse, question_form


def test_the_introduction_lends_its_words_to_the_speakers_whole_run(tmp_path):
    # the first line sets the occasion (联赛三四名决赛, 红星队); 张力's words follow in three
    # passages, the last holding the word asked (发挥): it answers, not the first of the run
    r = build_pages(tmp_path, {"a.txt": ("红星队获联赛第四", "示例网 2024-11-13", [
        "联赛三四名决赛中，红星队不敌蓝天队，最终获得第四名。赛后，红星队主帅张力接受了媒体的采访。",
        "张力说：“组队的时候，我们已经不是最强的了，甚至可能达不到大家的期待。”",
        "“坦白讲，联赛离得很近，有些球员也在别的球队比赛。”",
        "“所以大家的发挥已经符合了我的预期，我也感谢他们为家乡做出的一切。”"])})
    assert [p.speaker.name if p.speaker else None for p in r.passages[:4]] == [None, "张力", "张力", "张力"]
    hits = r.search("张力如何评价红星队在联赛三四名决赛上的发挥?", top_k=3)
    assert hits and "发挥" in hits[0].passage.text


def test_a_year_asked_by_the_day_written_is_not_answered_by_a_sentence_about_another():
    last_year = parse("王明去年种的苹果一斤卖了几块钱?")
    terms = ["王明", "苹果", "一斤", "卖"]
    assert has_typed_answer("“去年我家的苹果，一斤卖3元。”王明说。", last_year, terms) == 2
    assert has_typed_answer("王明说，今年的苹果一斤卖3.3元。", last_year, terms) == 1
    # a sentence naming no year speaks of the one named before it (今年), not of the one asked
    assert has_typed_answer("今年苹果丰收了。王明说苹果一斤能卖3.3元。", last_year, terms) == 1
    assert has_typed_answer("去年苹果丰收了。王明说苹果一斤能卖3元。", last_year, terms) == 2
    # a question naming no year: any year's figure is the kind of answer
    assert has_typed_answer("王明说，今年的苹果一斤卖3.3元。", parse("王明种的苹果一斤卖了几块钱?"), terms) == 2


def test_a_transcript_turn_opening_a_page_is_no_lead(tmp_path):
    r = build_pages(tmp_path, {
        "a.txt": ("访谈：办大学要看什么", "示例网 2024-05-02", [
            "周永明：首先是看师资，能够给学生提供最重要的教育就是老师，师资水平代表了学校的质量。",
            "主持人：那科研成果呢？",
            "周永明：对于一所大学来讲，科研成果跟教学是相辅相成的，评价一所研究型大学也要看科研。"]),
        "b.txt": ("新校区落成", "示例网 2024-05-03", ["本市大学城新校区昨天落成，三所大学将陆续迁入。", "新校区占地两千亩。"])})
    assert r.passages[0].attribution == "transcript" and r.passages[3].paragraph == 1
    lead = r._lead_factor(Intent("fact"))
    assert lead < 1.0
    assert r._lead_factors([0, 3], Intent("fact")) == [1.0, lead]  # the turn, the narrative lead


def test_one_counted_as_one_before_a_listed_noun_asks_a_named_thing():
    one = parse("周明刚当上人大代表那年,是哪一份建议令他一举成名?")
    assert one.kind == "fact" and one.asks == "which" and one.which == "建议"
    assert parse("周明提出了哪几项建议?").kind == "said"  # points said, X's own words
    assert parse("哪一所大学录取了他?").which == "大学"


def test_the_hong_kong_spelling_of_shenme_is_read_as_shenme():
    it = parse("她在馬拉松跑出了甚麼成績?")
    assert "什么" in it.question and "甚" not in it.question
    assert "甚" not in it.searchable()
    assert parse("比賽甚麼時候開始?").asks == "when"
    assert question_form("甚么") == "什么" and question_form("甚至") == "甚至"


def test_a_person_named_only_in_a_list_is_named_in_passing():
    assert in_passing("他理解了前辈如孙思远和聂振东身上的责任。", "聂振东")
    assert in_passing("没有孙思远、聂振东的陪伴。", "聂振东")
    assert not in_passing("聂振东和孙思远都来了。", "聂振东")
    assert not in_passing("孙思远说，聂振东这次打得很好。没有孙思远和聂振东就没有冠军。", "聂振东")
    assert not in_passing("没有人来。", "聂振东")
    words = ["聂振东", "多哈"]
    assert asked_person("聂振东夺得多哈公开赛冠军后接受了哪位记者的采访?", words) == "聂振东"
    assert asked_person("在多哈，聂振东接受了哪位记者的采访?", words) == ""  # (he does not open it)
    assert asked_person("商水县那起官司最后原告跟哪个孩子和好了?", ["商水县"]) == ""  # a place


def test_a_question_about_a_person_named_in_passing_finds_them_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("王明谈多哈夺冠后的责任", "示例网 2025-06-11", [
        "在6月8日，王明在夺得多哈公开赛男单冠军后，接受了电视台记者李华的采访。王明表示，这次胜利让他更加"
        "理解了前辈如孙思远和聂振东身上的责任。",
        "王明坦言，自己与孙思远和聂振东作为队友已经三年，那时的他还只是个孩子。",
        "相关阅读",
        "体育中心透露聂振东将参加联赛前两阶段的比赛",
        "2025-06-11"])})
    asked = r.search("聂振东夺得多哈公开赛男单冠军后接受了哪位记者的采访?", top_k=10)
    assert asked and all("聂振东" in h.missing_terms for h in asked)
    own = r.search("王明夺得多哈公开赛男单冠军后接受了哪位记者的采访?", top_k=10)
    assert own and own[0].missing_terms == ()
    # the teaser under 相关阅读 is another story: the page's headline (多哈) is not its
    teaser = r.search("多哈的比赛后聂振东将参加联赛哪几个阶段?", top_k=10)
    by_section = {h.passage.section: h for h in teaser}
    assert "多哈" in by_section["相关阅读"].missing_terms
    assert "多哈" not in by_section[None].missing_terms


def test_paraphrased_words_are_synonyms_s12b():
    assert "表现" in aliases.mates("发挥")
    assert "和解" in aliases.mates("和好")
    assert "最终" in aliases.mates("最后")
    assert "当年" in aliases.mates("那年")
    assert "少年" in aliases.mates("未成年人")


def test_a_surname_that_is_a_preposition_after_a_noun_opens_no_name():
    from retrieval.search.agent import names_agent

    assert not names_agent("市公安局向社会通报近年来的工作情况。", "通报", "")  # 向: to, not Mr 向
    assert names_agent("会议由新闻发言人向明通报。", "通报", "")  # after a title: a name
    assert names_agent("会上，向明通报了情况。", "通报", "")  # after a clause mark: a name


def test_a_passage_of_the_best_ones_article_stays_in_the_pool(tmp_path):
    # the lead holds most of the question (its setting); the passage with the date holds little of
    # it by itself, under a quarter of the lead's BM25, and is credited with its article's words
    r = build_pages(tmp_path, {
        "a.txt": ("海滨市将收紧入境限制", "示例网 2020-03-16", [
            "海滨市卫生局局长在记者会上表示，因应邻市政府宣布新的入境限制措施，海滨市市长现正召开会议讨论相关"
            "情况，稍后会公布具体的对应安排，不排除实行更进一步的入境限制。",
            "他表示，市长将于3月17日召开记者会，宣布实施措施的细节。他呼吁市民放心。",
            "卫生局重申，政府一直想方设法堵截输入个案。"]),
        "b.txt": ("海滨市长谈旅游", "示例网 2020-01-02", ["海滨市市长表示，今年将推出更多旅游项目，公布新的旅游安排。"])})
    hits = r.search("海滨市市长将在什么时候公布入境限制的具体安排?", top_k=3)
    assert any("3月17日" in h.passage.text for h in hits)
    # a question asking no date, count, place or name: the cut stays BM25's
    hits = r.search("海滨市市长会如何公布入境限制的具体安排?", top_k=3)
    assert hits and not any("3月17日" in h.passage.text for h in hits)


def test_a_word_made_with_ren_after_a_who_cue_asks_what():
    assert parse("市科协会做哪些人才服务工作?").asks is None  # 人才: talent, no person asked
    assert parse("哪些人参加了会议?").asks == "person"
    assert parse("哪些人才项目是谁负责的?").asks == "person"  # (the later cue)


def test_what_time_asks_the_hour():
    it = parse("大年初一他几点把公交车开出起点站?")
    assert it.asks == "how_many" and "点" in it.measure
    assert "点" not in it.searchable().replace("起点站", "")  # the cue, no content word
    assert has_typed_answer("6点30分，他驾驶公交车驶离始发站。", it, ["公交车"]) >= 2


def test_a_speaker_named_before_the_action_in_its_sentence_did_it(tmp_path):
    from retrieval.search.agent import acted_by

    assert acted_by("会上，主任宋文波围绕三个方面，通报了全市的工作。", "通报", "宋文波")
    assert not acted_by("宋文波到场。会议通报了全市的工作。", "通报", "宋文波")  # another sentence
    assert not acted_by("宋文波：昨天，张部长通报了全市的工作。", "通报", "宋文波")  # his words say who
    r = build_pages(tmp_path, {"a.txt": ("市公安局召开发布会通报反诈工作", "示例网 2018-12-25", [
        "12月20日上午，市政府在海滨发布厅召开新闻发布会，海滨市公安局向社会通报近年来全市防范打击电信诈骗"
        "犯罪的工作情况，市政府新闻发言人张名志主持发布会。",
        "会上，市公安局党委委员、市委办公室主任宋文波围绕破案打击、预警反制、防骗宣传等方面，通报了我市警方近年来"
        "防范打击电信诈骗犯罪的总体工作。宋文波说：“今年以来，全市公安机关坚持打防并举、标本兼治，打击治理工作"
        "取得良好成效。”"])})
    assert r.passages[1].speaker is not None and r.passages[1].speaker.name == "宋文波"
    hits = r.search("海滨那场反诈新闻发布会上，是谁通报了警方近年来的整体工作?", top_k=3)
    assert hits and "宋文波" in hits[0].passage.text
