"""Continuation only where the words continue: captions, transcripts and their turns, answers after
the questions, a reporter's or a narrator's first person.

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

from attribution_helpers import how_of, speakers_of


def test_names_inside_a_whole_quotation_do_not_stop_its_continuation():
    paras = ["主教练刘明说:“开局很好。”", "“队员都很年轻,对以后也很有好处。”"]
    assert speakers_of(paras) == ["刘明", "刘明"]


def test_a_reporters_first_person_is_no_continuation():
    paras = [
        "我以为是工作人员进来倒水,一抬头却发现市长赵启明已经站在面前了。",
        "赵启明说:“你们好,咱们开始吧。”",
        "我们的话题从书开始。我手里有一本新买的书。",
    ]
    assert speakers_of(paras) == [None, "赵启明", None]
    assert speakers_of(paras[1:]) == ["赵启明", "赵启明"]  # no reporter's 我 before: it may go on


def test_bulleted_items_after_a_bare_turn_are_the_speakers_words_until_the_bullets_end():
    paras = [
        "获得最佳球员的前锋林海涛在接受采访时表示:",
        "☆一开始我们都不太适应场地,但随着比赛进行我们逐渐掌握了主动权,很高兴我的进球帮助了球队。",
        "☆这确实是一场艰难的比赛,希望我们能够拿到冠军,取得参加洲际比赛正赛的资格。",
        "数字背后的激情:赛程中的体育精神在赛程表上,常规赛的数字背后是篮球运动的无限魅力...",
    ]
    assert speakers_of(paras) == ["林海涛", "林海涛", "林海涛", None]
    # a ☆ line with no first person stays a caption
    assert speakers_of([paras[0], "☆林海涛在比赛中突破防守,球场上全场观众为之欢呼,场面十分热烈"]) == ["林海涛", None]


def test_answers_belong_to_the_person_the_page_names_most_before_the_questions():
    paras = [
        "外交部发言人洪磊主持例行记者会。",
        "洪磊首先发布消息:",
        "应柬埔寨首相洪森邀请,国务院总理温家宝将于18日出席峰会。",
        "问:中方对此有何评论?",
        "答:我们希望各方作出更多努力。",
    ]
    assert speakers_of(paras)[-1] == "洪磊"  # not 温家宝, the last person named


def test_captions_carry_no_words_and_break_the_chain():
    paras = ["市委书记张三说,要抓好春耕。", "▲张三在田间查看苗情", "我们要把种子用好。"]
    assert speakers_of(paras) == ["张三", None, None]
    # a caption that reports what a named person said carries those words, and nothing more
    said = ["联合国秘书长古特雷斯向记者讲话。 古特雷斯6日呼吁各方保持克制。 新华社记者李木子摄", "我们要保持克制。"]
    assert speakers_of(said) == ["古特雷斯", None]


def test_a_quotation_after_a_colon_is_no_transcript():
    paras = ["车间主任刘海波:“今年订单排到了年底。”", "车间里,工人们正在流水线上忙碌,一派繁忙景象。"]
    assert speakers_of(paras) == ["刘海波", None]


def test_answers_belong_to_the_person_introduced_before_the_questions():
    paras = ["本报记者专访稻香村总经理李明华。", "问:有人说老字号跟不上潮流,比如食品协会会长王海东也这么看,您怎么看?", "答:我们一直在创新。"]
    assert speakers_of(paras) == [None, None, "李明华"]


def test_a_reporters_first_person_is_not_the_last_person_named():
    paras = ["记者来到了村民李建华的家。", "我们到的时候,记者看到院子里堆满了刚收的玉米。"]
    assert speakers_of(paras) == [None, None]
    factory = ["公司生产部经理马玉凤说:“今年的订单已经排到了年底。”", "走进车间,我们看到工人们正在流水线上忙碌。"]
    assert speakers_of(factory) == ["马玉凤", None]
    press = ["广州队主教练刘建业出席了新闻发布会。", "很遗憾,我们拼到了最后,我为队员们骄傲。"]
    assert speakers_of(press) == [None, "刘建业"]


def test_one_colon_turn_in_a_news_story_is_no_transcript():
    paras = [
        "大连海事大学校长王祖温出席了座谈会。",
        "王祖温:看到贫困家庭的孩子毕业找不到工作,我们心里沉甸甸的。",
        "今年,全省高校毕业生人数再创新高,就业形势依然严峻。",
    ]
    assert speakers_of(paras) == [None, "王祖温", None]
    # a turn that opens a speech (its words end in a colon) does go on
    opening = ["陈志远:女士们、先生们:", "欢迎参加今天的新闻发布会。"]
    assert speakers_of(["新闻办副主任陈志远主持发布会。", *opening]) == [None, "陈志远", "陈志远"]


def test_a_line_with_only_a_title_and_a_name_is_a_caption():
    paras = ["成都市党代会代表 谢春梅", "我们要把社区建设好。"]
    assert speakers_of(paras) == [None, None]


def test_transcript_turn_alone_on_a_line_continues_until_the_next_turn():
    paras = [
        "省政府新闻办副主任陈志远主持发布会。",
        "陈志远:",
        "女士们、先生们,大家下午好!",
        "欢迎参加今天的新闻发布会。",
        "记者:请问办法何时施行?",
        "这是一个提问之后的段落。",
    ]
    assert speakers_of(paras) == [None, None, "陈志远", "陈志远", None, None]  # (the label alone says nothing itself)
    assert how_of(paras)[2:4] == ["continuation", "continuation"]


def test_a_list_label_inside_an_answer_is_no_new_turn():
    paras = ["记者:下一步有什么打算?", "厅长周国平:我们有两个目标。", "第一:扩大优质学位。", "记者:谢谢。", "克莱门斯:我补充一句。"]
    assert speakers_of(paras) == [None, "周国平", "周国平", None, None]


def test_an_editors_note_in_parentheses_ends_a_transcript_answer():
    paras = ["记者:您对教师有什么寄语?", "厅长周国平:希望大家坚守初心。", "记者:谢谢。", "周国平:不客气。", "(原标题:让每个孩子享受优质教育)"]
    assert speakers_of(paras) == [None, "周国平", None, "周国平", None]


def test_first_person_monologue_of_a_narrator():
    paras = [
        "重庆市九龙坡区民主村社区居民陈秀兰——",
        "“这样的好地方,舍不得搬走呐”",
        "我在民主村住了60年,这两年社区变化太大了。",
        "(本报记者王海采访整理)",
    ]
    assert speakers_of(paras) == ["陈秀兰", "陈秀兰", "陈秀兰", None]
    assert how_of(paras)[2] == "monologue"
