"""Speakers carried across paragraphs (session 7): transcript answers, and where a speaker's words stop.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_a_bracketed_original_headline_names_the_press_conference_host():
    # (原标题：…发言人X主持例行记者会): the editor's note holds the page's own headline; 答： is the host
    context = ("(原标题:2030年5月6日商务部发言人周文涛主持例行记者会)",)
    text = [
        "问:据报道,两国将于下月举行贸易磋商。你能否证实?",
        "答:双方将于6月举行新一轮磋商,具体安排我们会适时发布消息。",
        "我们愿同各方一道,推动合作取得更多成果。",
        "问:有评论认为今年的出口形势不容乐观。你对此有何评论?",
        "答:今年以来外贸运行总体平稳。",
    ]
    assert _who(text, context) == [None, "周文涛", "周文涛", None, "周文涛"]


def test_a_bracketed_aside_headline_names_no_host():
    # a headline in brackets that is no original headline is still an aside: nobody is the host from it
    context = ("(商务部发言人周文涛主持例行记者会)",)
    text = ["问:据报道,两国将于下月举行贸易磋商。你能否证实?", "答:双方将于6月举行新一轮磋商。"]
    assert _who(text, context)[1] != "周文涛"


def test_a_name_label_right_after_a_question_is_the_answer():
    # 问：…？ then 江海：… — a label answering a question is the interviewee's turn, and the
    # first-person paragraphs after it go on until the next question
    text = [
        "江海是一名在边远山区工作了三十年的乡村医生,去年退休。",
        "问:您为什么选择留在山区?",
        "江海:我就是这里长大的。当年我从卫校毕业,乡亲们都盼着有个医生。",
        "那时候路不好走,我每天背着药箱翻两座山。",
        "问:退休以后有什么打算?",
    ]
    assert _who(text) == [None, None, "江海", "江海", None]


def test_a_label_asking_every_time_is_the_interviewer_and_the_other_label_answers():
    # 晨风读书：…？ opens only questions; 墨岚： answers them, even as a pen name we do not read as a name
    text = [
        "墨岚:其实我很少写散文,我不太喜欢谈论自己。",
        "晨风读书:你和其他作者会交流写作吗?",
        "墨岚:我们很少聊写作,最多互相催稿,然后说点别的。",
        "晨风读书:有人说你的作品介于青春文学和严肃文学之间。你怎么看?",
        "墨岚:我没有那么想过,每个人写作的时候都很认真。",
    ]
    assert _who(text) == ["墨岚", None, "墨岚", None, "墨岚"]


def test_an_unnamed_or_generic_label_answering_is_nobody():
    # 嘉宾：… or 张先生：… after a question: no name, no speaker
    for label in ("嘉宾", "张先生"):
        text = ["问:您为什么选择留在山区?", f"{label}:我就是这里长大的,乡亲们都盼着有个医生。", "问:以后有什么打算?",
                f"{label}:我想继续在这里工作。"]
        assert _who(text) == [None, None, None, None]


def test_two_labels_that_both_ask_make_no_interviewer():
    # both labels ask in every paragraph: neither is the interviewer, no answer label is read from that
    text = [
        "晨风读书:你会写散文吗?",
        "墨岚:你是说约稿吗?",
        "晨风读书:你和其他作者会交流写作吗?",
        "墨岚:你觉得呢?",
    ]
    assert _who(text)[0] is None


_SIGNED = "我可以负责任地说,我们的每一项检验都是严格按照规程做的。当然,我也理解大家的担心。——罗振东"


def test_first_person_quotations_resume_after_a_portrait_of_the_speaker():
    # signed words, a paragraph describing their speaker (naming only them), then first-person
    # quotations: the speaker's words resume
    text = [
        _SIGNED,
        "个子不高,说话不紧不慢——这是记者在检测中心见到罗振东时的第一印象。",
        "“这批样品送来的时候,我们就知道它受到了很多关注。”",
        "“我们的压力不是来自领导,而是来自外界的猜测。”",
    ]
    assert _who(text) == ["罗振东", None, "罗振东", "罗振东"]


def test_no_resumption_after_a_portrait_of_someone_else():
    # the paragraph between describes another person: the quotations are not the signer's
    text = [
        _SIGNED,
        "个子不高,说话不紧不慢——这是记者在检测中心见到中心副主任王建中时的第一印象。",
        "“这批样品送来的时候,我们就知道它受到了很多关注。”",
    ]
    assert _who(text)[2] != "罗振东"


def test_a_sound_bite_does_not_run_on_into_the_narration_after_it():
    # TITLE NAME：one sentence (a television report's sound bite), then the reporter narrates again
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的案子大多和土地有关,我们一般先调解。",
        "送完了被告又送原告,开庭通知书要挨家挨户送到村民手里,山路难走,常常吃闭门羹。",
        "青山法院石桥法庭书记员 郭晓峰:很多时候按门牌号去找,根本就没有那个号码。",
    ]
    assert _who(text) == [None, "罗振东", None, "郭晓峰"]


def test_a_sound_bite_goes_on_into_its_speakers_first_person_words():
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的案子大多和土地有关,我们一般先调解。",
        "调解不成,我们再想其他办法,总之要让村民少跑路。",
        "青山法院石桥法庭书记员 郭晓峰:很多时候按门牌号去找,根本就没有那个号码。",
    ]
    assert _who(text)[2] == "罗振东"


def test_a_long_titled_turn_goes_on_into_words_without_a_first_person():
    # not a sound bite: the turn says more than a sentence or two, its next paragraph is its words
    text = [
        "记者:今年的工作重点是什么?",
        "青山区副区长 罗振东:今年重点抓三件事。第一是老旧小区改造,要在年底前完成四十个小区。第二是学校扩建,新增学位三千个。第三是道路整治。",
        "道路整治方面,全区将打通十二条断头路,缓解早晚高峰的拥堵。",
        "记者:资金从哪里来?",
    ]
    assert _who(text)[2] == "罗振东"


def test_a_turn_opening_a_speech_goes_on_on_a_page_of_one_turn():
    # 【title NAME】女士们、先生们，… opens a speech: the next paragraph is still the speaker's
    text = [
        "市政府新闻办今天上午举行新闻发布会,介绍春季防汛工作。",
        "【市政府新闻办副主任 罗振东】女士们、先生们,上午好,欢迎出席今天的发布会。",
        "发布会开始之前,先请几位嘉宾简单介绍情况。",
    ]
    assert _who(text) == [None, "罗振东", "罗振东"]


def test_a_single_turn_without_a_salutation_does_not_go_on():
    text = [
        "市政府新闻办今天上午举行新闻发布会,介绍春季防汛工作。",
        "【市政府新闻办副主任 罗振东】今年的汛期比往年来得早。",
        "发布会开始之前,几位嘉宾在台下交流。",
    ]
    assert _who(text)[2] is None


_BRIEFING = [
    "记者:据报道,两国防长将在下月的论坛期间会面。请问中方对此有何评论?",
    "罗振东:关于部长出席论坛的情况,我们已经发布了消息。",
]


def test_an_answer_goes_on_into_its_institutions_voice():
    # 中方认为，… after a spokesperson's answer: the institution's voice is the answerer's own
    assert _who([*_BRIEFING, "中方认为,两军保持沟通有利于增进了解,中方对此持开放态度。"])[2] == "罗振东"


def test_an_answer_does_not_go_on_into_another_persons_words():
    assert _who([*_BRIEFING, "国防部长王建中表示,两军保持沟通有利于增进了解。"])[2] != "罗振东"


def test_without_a_question_a_group_voice_still_ends_the_turn():
    # a roundup of turns, no question: 委员们表示… is the reporter's, not the last speaker's
    text = [
        "全国政协委员 罗振东:乡村教师待遇要提高,这是留住人才的关键。",
        "全国政协委员 郭晓峰:我们建议加大对乡村学校的投入。",
        "委员们表示,要让乡村孩子享有公平而有质量的教育。",
    ]
    assert _who(text)[2] is None


_QA = ["问:据报道,两国将于下月举行贸易磋商。你能否证实?", "答:双方将于6月举行新一轮磋商。"]


def test_a_hosts_announcements_open_a_press_conference_under_its_heading():
    # …发言人X主持例行记者会 above the article: its paragraphs before the first question are X's
    heading = ("2030年5月6日商务部发言人周文涛主持例行记者会",)
    text = ["一、第三届数字贸易博览会将于6月10日至12日在杭州举行。", "二、应邀请,商务部部长将出席开幕式。", *_QA]
    got = [a.speaker.name if a.speaker else None for a in attribute_paragraphs(text, ("商务部例行记者会",), preface=heading)]
    assert got == ["周文涛", "周文涛", None, "周文涛"]


def test_a_lead_about_the_press_conference_is_no_announcement():
    heading = ("2030年5月6日商务部发言人周文涛主持例行记者会",)
    text = ["5月6日,商务部举行例行记者会,就近期经贸热点回答提问。", *_QA]
    got = [a.speaker.name if a.speaker else None for a in attribute_paragraphs(text, ("商务部例行记者会",), preface=heading)]
    assert got[0] is None and got[2] == "周文涛"


def test_no_announcements_without_a_host_in_the_head():
    # the host named only inside the article: the opening paragraph is the reporter's narration
    text = ["第三届数字贸易博览会将于6月10日至12日在杭州举行。", "商务部发言人周文涛主持了当天的例行记者会。", *_QA]
    assert _who(text, ("商务部例行记者会",))[0] is None


def test_a_first_person_quotation_after_the_person_closing_the_paragraph_before():
    # …先发投手郭晓峰。 then 「我…」: the person the last sentence introduced says the quotation
    text = [
        "青山队昨晚以三比五输给河湾队,球队派出的是先发投手郭晓峰。",
        "「我去年连上场的机会都没有,今年能投第一场比赛,这样的表现还可以接受。」",
    ]
    assert _who(text)[1] == "郭晓峰"


def test_no_quotation_after_the_introduced_person_without_a_first_person():
    text = [
        "青山队昨晚以三比五输给河湾队,球队派出的是先发投手郭晓峰。",
        "「比赛就是这样,有输有赢,下一场再来。」",
    ]
    assert _who(text)[1] is None


def test_no_quotation_after_the_introduced_person_on_a_page_the_reporter_narrates():
    # the reporter writes 我: a first-person quotation may be anyone's
    text = [
        "我在球场外等了很久,终于见到了先发投手郭晓峰。",
        "「我去年连上场的机会都没有,今年能投第一场比赛,这样的表现还可以接受。」",
    ]
    assert _who(text)[1] is None


def test_a_described_view_opens_a_chain_of_his_paragraphs():
    # …大使X则形容，… (形容 reports words; 则 stands between name and verb), then 他说… paragraphs
    text = [
        "尽管贸易争端让多国关系紧张,但中国驻新西兰大使郭晓峰则形容,新方的外交态度最为友善。",
        "他说,中国向来主张通过对话解决分歧。",
        "他形容两国已经建立了很好的合作基础。",
    ]
    assert _who(text) == ["郭晓峰", "郭晓峰", "郭晓峰"]


_SPEECHES = ["我们整理了几位校长在开学典礼上的致辞。", "“希望你们保持好奇心,在学习中精益求精。”", "“我想,面对困惑,我们应该有自己的答案。”"]


def _under_headings(headings: dict[int, str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None
            for a in attribute_paragraphs(_SPEECHES, breaks=set(headings), headings=headings)]


def test_a_heading_signed_with_a_person_gives_them_the_quotation_below():
    # ——[title] NAME as a heading's last line: the excerpt under it is that person's
    got = _under_headings({1: "求是创新\n——青山大学校长 罗振东", 2: "向新出发\n——河湾大学校长 郭晓峰"})
    assert got == [None, "罗振东", "郭晓峰"]


def test_a_heading_without_a_signature_gives_nobody():
    assert _under_headings({1: "求是创新", 2: "向新出发"}) == [None, None, None]


def test_a_reporters_byline_heading_signs_no_words():
    assert _under_headings({1: "——本报记者 罗振东", 2: "——本报记者 郭晓峰"})[1:] == [None, None]


def test_a_signed_block_opening_the_article_is_the_signers():
    # …。 / …。 / …。——NAME at the top of the article: the whole block is the signer's words
    text = [
        "我很荣幸被大家说成走了弯路。这个行业太大了,我一个人带不动。",
        "现实题材的作品少,不客气地说,跟别的没什么关系,这是市场的选择。",
        "过去老厂长对我们的帮助是非常直接的。今天时代变了。——罗振东",
        "罗振东把这些话说得很平静。",
    ]
    assert _who(text)[:3] == ["罗振东", "罗振东", "罗振东"]


def test_a_block_naming_someone_is_not_signed_backwards():
    text = [
        "导演郭晓峰的新片上周上映,票房平平。",
        "过去老厂长对我们的帮助是非常直接的。今天时代变了。——罗振东",
    ]
    assert _who(text)[0] is None


def test_a_first_person_after_someone_elses_speech_colon_is_not_the_introduced_persons():
    # …张三… then a paragraph about them whose 我们 is another party's (对方当即表态：…我们…)
    text = [
        "工作室成立那天,也是罗振东新片上映的日子。",
        "导演罗振东是带着成熟的剧本来的,准备好了被拒绝。没想到对方当即表态:你喜欢就拍,我们绝不干涉。",
    ]
    assert _who(text)[1] is None


def test_a_sound_bite_tag_hands_the_floor_even_to_a_reporter():
    # 【同期】…记者 NAME：… (the page reader joins the tag to the paragraph under it): the reporter's
    # stand-up is their words; the paragraph after it goes on
    text = [
        "十四届全国人大一次会议今天举行首场新闻发布会。",
        "【同期】青山日报记者 罗振东:我们现在正在排队进入会场,这场发布会很特别。",
        "【同期】青山日报记者 罗振东:我现在已经来到了新闻发布厅,大家可以看到现场座无虚席。",
        "因为按照法定程序,上午还有三场重要会议举行。",
    ]
    assert _who(text) == [None, "罗振东", "罗振东", "罗振东"]


def test_a_narration_tag_hands_the_floor_to_nobody():
    text = ["十四届全国人大一次会议今天举行首场新闻发布会。", "【解说】青山日报记者 罗振东:现场座无虚席,大家都在等待。"]
    assert _who(text)[1] is None


def test_a_sound_bite_announcing_points_goes_on_into_them():
    # TITLE NAME：我讲三点： / 第一，… — the announced points are the speaker's, first person or not
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的工作有三个特点。",
        "第一,案子小而多,大多和土地有关。",
        "青山法院石桥法庭书记员 郭晓峰:我们讲两点:",
        "送达难,地址常常找不到。",
    ]
    assert _who(text) == [None, "罗振东", "罗振东", "郭晓峰", "郭晓峰"]


def test_a_short_turn_opening_a_speech_is_no_sound_bite():
    # TITLE NAME：女士们、先生们，… is a host opening a briefing: the next paragraph is still theirs
    text = [
        "市政府新闻办副主任 罗振东:女士们、先生们,大家上午好。欢迎出席今天的发布会。",
        "下面,先请郭晓峰局长作介绍,然后回答大家的提问。",
        "郭晓峰:各位记者朋友,大家上午好。今年全市新增就业十万人。",
    ]
    assert _who(text)[:2] == ["罗振东", "罗振东"]
