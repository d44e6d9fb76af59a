"""Reading a question (retrieval/search/intent.py, answering.distinctive_words, asked_kind): what it
asks (a figure, a date, a rate, an amount, a place in a ranking, points said, a view), the speech act
naming its speaker, and the words that are distinctive and those that are no names. Invented
questions only.
"""

from __future__ import annotations

from retrieval.search.answering import (
    asked_count,
    asked_kind,
    distinctive_words,
    past_cues,
)
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


def test_what_a_figure_or_date_question_asks():
    # (session 9: an amount of money is a measured count, named the same way)
    assert asked_kind(parse("王涛说这部电影首周票房是多少?")) == ""
    assert asked_count(parse("王涛说这部电影首周票房是多少?")) == "票房多少"
    assert asked_kind(parse("农场去年生猪出栏量是多少?")) == "出栏量多少"
    assert asked_kind(parse("李华是哪一年当上校长的?")) == "哪一年"
    assert asked_kind(parse("农场有多少名工人?")) == ""  # a measured count: asked_count's
    assert asked_kind(parse("李华是第几任校长?")) == ""
    assert asked_kind(parse("李华说了什么?")) == ""


def test_which_work_is_answered_by_a_title():
    from retrieval.search.answering import typed_spans
    film, town = parse("她第一次去影展是凭哪部电影?"), parse("项目落在哪个镇?")
    sentence = "她第一次来影展已经是十四年前的出道片《山城往事》。"
    assert typed_spans(sentence, film) == [(sentence.index("《"), sentence.index("》") + 1)]
    assert typed_spans("这里的《城镇规划》写得很清楚", town) == []  # a title names no town


def test_a_year_named_by_the_day_written():
    from retrieval.search.answering import asked_year, years_held
    assert asked_year("派出所去年接到多少起警情?") == ("去年", 1)
    assert asked_year("派出所今年接到多少起警情?") is None  # this year: a page need not say it
    assert asked_year("今年比去年多了多少起?") is None  # a comparison names two
    assert asked_year("比去年同期多了多少起?") is None  # the year compared with
    assert years_held("如今年轻人上年纪后") == frozenset()  # 如今|年轻, 上|年纪 name no year
    assert years_held("今年以来共接到警情279起") == frozenset({2})


def test_a_verb_jieba_tags_as_a_place_is_no_distinctive_word():
    # 上门 (jieba: ns) is going to someone's door: a page saying 送达 answers all the same
    assert "上门" not in distinctive_words("法庭的书记员上门送达时常碰到什么情况?")
    assert "登门" not in distinctive_words("王涛登门拜访了谁?")


def test_a_surname_character_inside_a_word_jieba_does_not_know():
    # a lone noun before it (工|信|局, 俄|乌|战事, 声|索|方): one word, no name
    assert distinctive_words("工信局会聚焦哪些产业?") == ()
    assert "乌战事" not in distinctive_words("特朗普说要怎样结束俄乌战事?")
    assert "索方" not in distinctive_words("谁重申新加坡并不是南海主权的声索方?")
    # a preposition before an adjective or a verb (由|白|变黑)
    assert "由白" not in distinctive_words("关于杨修凯由白变黑的报道被看了多少次?")
    assert "陈代蓉" in distinctive_words("陈代蓉夏天买菜途中头晕后打电话找了谁?")


def test_a_speech_act_names_its_speaker():
    it = parse("市政府发言人指责开发商没有履行哪份合同?")
    assert it.kind == "said" and it.subject == "市政府发言人"
    assert parse("王涛告诫年轻干部不能因为什么停下脚步?").subject == "王涛"


def test_a_speech_act_after_who_asks_a_fact_about_a_person():
    # 哪位教练称赞…: who did it, not "who said" (no content match needed from a speaker)
    assert parse("哪位教练称赞年轻中场前途光明?").kind == "fact"
    assert parse("哪位教练称赞年轻中场前途光明?").asks == "person"


def test_a_plain_word_tagged_as_a_place_is_not_distinctive():
    assert "东西" not in distinctive_words("何先生说政府给村子送去了哪些东西?")


def test_a_surname_after_a_title_starts_a_name_whatever_jieba_tags():
    # 总理|黄|循|财: 循 is tagged as a verb, yet after a title and a surname it is a given name's part
    assert "黄循财" in distinctive_words("新加坡总理黄循财对入境限制表过什么态?")
    # …but a word that follows a name ends it (说, 是)
    assert distinctive_words("市长王勇说今年目标是多少?") == ("王勇",)
    assert "张建" in distinctive_words("董事长张建说了什么?")


def test_a_rate_asked_is_counted_in_percent():
    assert "%" in parse("王涛预计明年销量增速最高可能到多少?").measure
    assert "%" in parse("民调显示赞成的人占比跌到多少?").measure
    assert parse("农场有多少名工人?").measure == frozenset({"人", "名", "位", "员"})
    assert not parse("公司明年销量是多少?").measure


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


def test_a_one_digit_number_with_its_unit_is_distinctive():
    assert "8个月" in distinctive_words("发言人介绍的今年前8个月贸易额是多少?")
    assert {"8月", "5日"} <= set(distinctive_words("发言人在8月5日的记者会上说了什么?"))
    assert distinctive_words("他说了3点意见") == ()  # (a count with another unit is no detail named)


def test_the_person_stands_before_a_frame_that_closes_before_how():
    it = parse("市委书记王涛在新年茶话会上用哪几个说法形容经济走势?")
    assert it.kind == "said" and it.subject == "市委书记王涛"
    assert parse("特朗普在晚宴上对这件事怎么看?").subject == "特朗普"


def test_the_noun_after_a_cue_is_no_distinctive_word():
    q = "周海明希望政协委员为建设哪个湾区的临港产业城市出力?"
    assert "湾区" in distinctive_words(q)  # (jieba's dictionary tags it a place)
    assert past_cues(distinctive_words(q), parse(q)) == ("周海明", "临港")
    q = "林志强称他提出的政纲涵盖几个范畴?"
    assert past_cues(distinctive_words(q), parse(q)) == ("林志强",)
    # a name elsewhere in the question stays: the page must speak of it
    q = "刘子歌在伦敦奥运会上获得了第几名?"
    assert "伦敦" in past_cues(distinctive_words(q), parse(q))


def test_in_x_s_view_asks_what_x_thinks():
    it = parse("在朱建民看来，令老百姓满意的教育核心是什么?")
    assert it.kind == "said" and it.subject == "朱建民"
    assert parse("依王教授之见，房价明年会涨吗?").subject == "王教授"
    # 在…看来 far from the start, or a clause in between, is no view frame
    assert parse("在这次会议上，大家看来都很满意的方案是什么?").kind == "fact"


def test_a_name_jieba_cuts_into_single_characters_or_short_is_read_whole():
    # 巩|立|姣: jieba tags the surname alone a name, the given name a verb and an adjective
    assert "巩立姣" in distinctive_words("巩立姣在2024年巴黎奥运会女子铅球比赛中获得第几名?")
    # 张家|胜|在: a one-character verb between a two-character name and 在 ends the name
    assert "张家胜" in distinctive_words("宜昌市长张家胜在新年茶话会上提出的目标是多少?")
    # …not a word of the dictionary after it (胜诉), nor a word that follows a name (说)
    assert distinctive_words("张伟胜诉后说了什么?") == ("张伟",)
    assert distinctive_words("王涛说今年目标是多少?") == ("王涛",)


def test_an_amount_of_money_asked_is_counted_in_money():
    it = parse("那部电影在本地上映首周票房是多少?")
    assert it.asks == "how_many" and {"元", "亿"} <= it.measure
    assert "元" in parse("这家工厂一年收入多少?").measure
    # a change is no amount: it may be a share
    assert not parse("疫情会让营业收入减少多少?").measure


def test_a_place_in_a_ranking_asked():
    from retrieval.search.answering import asked_rank, holds_rank
    assert asked_rank(parse("这支球队上赛季最终排名第几?")) == "排名第几"
    assert asked_rank(parse("李华是第几任校长?")) == ""  # a unit after 第几: a measured ordinal
    assert holds_rank("在全省排名第七") and holds_rank("人均收入列全省第7位")
    assert not holds_rank("在联赛第21轮比赛中")
