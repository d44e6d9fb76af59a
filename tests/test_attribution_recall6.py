"""Recall (session 6): readings the batches 11 and 12 showed missing.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


def test_dai_biao_after_a_name_is_an_honorific():
    # a deputy named once with 代表 after the name (丁世忠代表说): the honorific bounds and titles the name
    text = ["全国人大代表座谈会在泉州举行。", "就如何应对市场变化,丁世忠代表说:“我们要树立信心。”"]
    assert _who(text)[1] == ("丁世忠", "代表")


def test_dai_biao_as_a_verb_names_nobody():
    assert _who(["会上,胡锦涛代表中国政府和人民,欢迎世界各地的朋友。"]) == [(None, None)]


def test_a_press_conference_host_answers_its_questions():
    # the spokesperson who hosts, not the minister the first question names most
    text = [
        "2019年3月5日外交部发言人林平主持例行记者会。",
        "问:据报道,王强部长将出席会议。王强部长此行有何安排?",
        "答:关于王强部长的行程,我们会及时发布消息。",
    ]
    assert _who(text)[2] == ("林平", "外交部发言人")


def test_without_a_host_the_interviewee_is_whom_the_page_named_most():
    text = [
        "记者专访了公司董事长王强。王强谈到了公司的发展。",
        "问:公司今年有何计划?",
        "答:我们会继续扩大投入。",
    ]
    assert _who(text)[2][0] == "王强"


def test_a_spokesperson_named_only_in_a_question_is_no_host():
    text = [
        "记者专访了公司董事长王强。王强谈到了公司的发展。",
        "问:商务部发言人赵云表示将出台新政,您怎么看?",
        "答:我们会继续扩大投入。",
    ]
    assert _who(text)[2][0] == "王强"


def test_a_press_conference_is_no_reporter_in_the_text():
    # 记者招待会 / 记者会 name an event: a first-person paragraph holding one still continues the turn
    text = [
        "行政长官王丽华今日会见传媒。",
        "王丽华:各位传媒朋友,早晨。今早向大家交代两件事。",
        "首先说说疫情。正如我上星期形容,现时的疫情是稳定的,所以今日下午卫生防护中心不会举行记者招待会。",
    ]
    assert _who(text)[2][0] == "王丽华"
    reported = [*text[:2], "首先说说疫情。记者了解到,我市现时的疫情是稳定的。"]
    assert _who(reported)[2] == (None, None)


def test_a_title_label_right_after_its_holder_is_introduced_opens_a_transcript():
    text = [
        "以下是行政长官王丽华今日上午出席行政会议前会见传媒的开场发言:",
        "行政长官:各位传媒朋友、各位市民,早晨。今早先向大家讲两件事。",
        "整个行程大概是四至五天,成员除了本人,还有五位局长随团出发。",
    ]
    assert [w[0] for w in _who(text)] == [None, "王丽华", "王丽华"]


def test_a_bare_title_label_with_no_holder_just_introduced_names_nobody():
    text = [
        "行政长官王丽华今日出席行政会议。会后多位局长会见传媒。",
        "各界人士对此反应积极。",
        "行政长官:各位传媒朋友、各位市民,早晨。今早先向大家讲两件事。",
    ]
    assert _who(text)[2] == (None, None)


def test_a_headline_spokesperson_the_page_never_names_answers_for_nobody():
    # the headline says a spokesperson answers, the page names none: not the minister it names most
    text = [
        "中方对会晤的期待 外交部发言人回应",
        "三国外长会晤将于12月11日举行,王强外长将率团出席。王强外长此前表示期待会晤。",
        "问:中方对会晤有何期待?",
        "答:我们注意到了有关报道,相信会晤将取得预期成果。",
    ]
    assert _who(text)[3] == (None, None)


def test_adverbials_between_a_speaker_and_the_verb():
    assert _who(["鸿海集团董事长郭台明受访表示,目前产学链结关系仍不够。"]) == [("郭台明", "鸿海集团董事长")]
    assert _who(["此前,蔚来汽车创始人沈晓晖曾公开表示,融资能力很关键。"])[0][0] == "沈晓晖"
    assert _who(["台北市长蒋万宁微笑并回应,就是全力争取市民认同。"])[0][0] == "蒋万宁"


def test_zai_x_kan_lai_gives_the_view_to_that_person():
    assert _who(["在新希望集团董事长刘永平看来,持续的科技投入可以保证产业平稳发展。"])[0][0] == "刘永平"
    text = ["新希望集团董事长刘永平出席论坛。", "养猪虽然是个传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。"]
    assert _who(text)[1][0] == "刘永平"
    assert _who(["在业内人士看来,持续的科技投入可以保证产业平稳发展。"]) == [(None, None)]


def test_a_titled_person_in_square_brackets_opens_a_turn():
    assert _who(["【国新办新闻局副局长 袁春燕】女士们、先生们,上午好,欢迎大家出席记者见面会。"]) == [("袁春燕", "国新办新闻局副局长")]
    assert _who(["【最高人民法院民四庭副庭长 高晓丽法官】各位媒体大家上午好。"])[0][0] == "高晓丽"


def test_a_byline_or_an_untitled_bracket_is_no_turn():
    assert _who(["【环球网报道 记者 王盼晴】外交部发言人华春雨23日主持例行记者会。"])[0][0] != "王盼晴"
    assert _who(["【同期】中新社记者 梁晓明"]) == [(None, None)]


def test_a_signature_gives_the_signed_words_to_that_person():
    text = ["我可以自信地告诉任何人,我们的判决是公正的。", "——高瑞明", "一米八左右的个子,健壮的身材透着活力。"]
    assert [w[0] for w in _who(text)] == ["高瑞明", None, None]
    assert _who(["头儿对我们的帮助是非常直接的。这绝不是说上一代漠不关心。——张艺明"])[0][0] == "张艺明"


def test_a_dash_opening_a_narrative_line_is_no_signature():
    assert _who(["——从歌手到演员再到导演,陈小明不断挑战突破自我。"]) == [(None, None)]
    # narrative words (no first person, no quotation) are signed by nobody
    assert _who(["会议在北京举行。", "——张艺明"]) == [(None, None), (None, None)]


def test_a_headline_closing_with_its_interview_gives_its_words_to_the_interviewee():
    head = "专访丨“中国制造”飞速发展 品质越来越高——访德意志会展公司董事会主席约亨·科勒"
    assert _who([head]) == [("约亨·科勒", "德意志会展公司董事会主席")]
    # a sentence of the body that reports an interview is no headline
    body = "上周,本报记者在汉诺威进行了一次专访。这次——访德意志会展公司董事会主席约亨·科勒"
    assert _who([body]) == [(None, None)]


def test_a_full_name_with_an_address_term_is_that_person():
    text = ["“我们村有一个好书记!”近日在三梁村,80岁的村民陈玉芳大娘对记者说。"]
    assert _who(text)[0][0] == "陈玉芳"
    # a surname with a familiar address term names nobody (居民王先生 is a name: test_attribution_names8)
    assert _who(["“太好了,以后办事方便多了!”居民赵大姐对记者说。"])[0][0] is None


def test_surname_and_title_for_the_one_person_of_that_surname():
    text = ["11月2日,蒋国锋、徐华明、潘云芳等市领导来公司调研。", "蒋书记指出,项目建设要以质量为先,打好基础,遇到的问题要及时反馈。"]
    assert _who(text)[1][0] == "蒋国锋"
    two = ["11月2日,蒋国锋、蒋明华、潘云芳等市领导来公司调研。", text[1]]
    assert _who(two)[1] == (None, None)


def test_words_after_a_name_end_it():
    text = ["“今天就想听你们的真心话!”村支书唐海明一开口就掏心窝子。"]
    assert _who(text) == [("唐海明", "村支书")]
    text = ["返乡创业代表姜冬率先发言。“村里发展得有整体方案,不能东一榔头西一棒槌。”"]
    assert _who(text)[0][0] == "姜冬"


def test_a_quotation_resumes_after_an_aside_and_closes_in_the_next_paragraph():
    text = [
        "对于她的伤病,主教练郎华表示:“朱婷的伤是一个定时炸弹,我们必须面对。”",
        "但是很遗憾中国女排未能及时调整好状态,在小组赛中经历了3连败。",
        "“比赛连续输球后,很多队员对我说对不起,我能理解她们的心情。",
        "大家其实都很好,我们教练团队也没有任何的埋怨。”",
    ]
    assert [w[0] for w in _who(text)] == ["郎华", None, "郎华", "郎华"]


def test_an_aside_that_names_someone_ends_the_speakers_turn():
    text = [
        "对于她的伤病,主教练郎华表示:“朱婷的伤是一个定时炸弹,我们必须面对。”",
        "但是很遗憾,队长朱婷未能及时调整好状态,在小组赛中经历了3连败。",
        "“比赛连续输球后,很多队员对我说对不起,我能理解她们的心情。”",
    ]
    assert _who(text)[2] == (None, None)


def test_a_quotation_then_a_described_speaker_confirms_a_weak_name():
    text = ["“本职工作做到哪里,代表履职就到哪里”,拥有30余年基层调解一线工作经验的马善明说。在代表通道上,他分享了工作法。"]
    assert _who(text)[0][0] == "马善明"
    # no quotation before: a two-character name jieba alone found, once, with no title, is still too weak
    assert _who(["会上,拥有30余年基层调解一线工作经验的马明说,本职工作做到哪里,履职就到哪里。"])[0][0] is None


def test_words_describing_what_is_said_then_a_comma_and_the_quotation():
    text = ["女排主教练郎华出席发布会。", "然而,郎导依然给予了金软景极高评价,“金软景是世界顶级主攻,非常有经验。”"]
    assert _who(text)[1][0] == "郎华"
    # after 他/她 the page may have lost track of whom it means: nobody
    text = ["女排主教练郎华出席发布会。", "然而,他依然给予了金软景极高评价,“金软景是世界顶级主攻,非常有经验。”"]
    assert _who(text)[1] == (None, None)


def test_a_foreign_name_after_a_title_labels_quoted_words():
    assert _who(["美国教练埃利斯:「比赛了15分钟,我也得捏捏自己,看看是否在做梦。」"]) == [("埃利斯", "美国教练")]
    assert _who(["美国教练埃利斯:比赛了15分钟。"]) == [(None, None)]  # no quotation: no label of words
