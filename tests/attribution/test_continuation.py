"""Continuation: a speaker's words carried on into paragraphs that name no speaker of their own
(retrieval/attribution/runon.py) — transcript answers, enumerated statements, a speech reported over
several paragraphs — and where they stop: a heading, a reply, narration.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.speakers import (
    _common_run,
    _listed_items,
    attribute_paragraphs,
    propose_paragraphs,
)

PARAS = [
    "村支书王大明带领村民种上了果树。",
    "“明年起，全村的果树将全部挂果，一定会成为大家的致富果！”王大明说。",
    "“我们还要建新村，让每家都住上新房子。”",
]


def names(paragraphs, **kw):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, **kw)]


def test_whole_quote_continues_without_a_heading():
    assert names(PARAS) == [None, "王大明", "王大明"]


def test_a_heading_ends_the_continuation():
    assert names(PARAS, breaks={2}) == [None, "王大明", None]


def test_a_heading_does_not_stop_a_named_speaker():
    paras = [*PARAS[:2], "“我们还要建新村。”王大明说。"]
    assert names(paras, breaks={2}) == [None, "王大明", "王大明"]


def test_a_heading_line_of_a_text_page_ends_the_continuation(tmp_path):
    from retrieval.pages.ingest import parse_page

    text = "村里的致富路\n\n" + "\n".join(PARAS[:2]) + "\n华西归来心胸阔 押宝果树建新村\n" + PARAS[2] + "\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page = parse_page(path, text)
    got = {p.text[:6]: (p.speaker.name if p.speaker else None) for p in page.passages}
    assert got[PARAS[1][:6]] == "王大明"
    assert got[PARAS[2][:6]] is None
    assert page.passages[-1].section == "华西归来心胸阔 押宝果树建新村"


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
    assert speakers_of(text, context) == [None, "周文涛", "周文涛", None, "周文涛"]


def test_a_bracketed_aside_headline_names_no_host():
    # a headline in brackets that is no original headline is still an aside: nobody is the host from it
    context = ("(商务部发言人周文涛主持例行记者会)",)
    text = ["问:据报道,两国将于下月举行贸易磋商。你能否证实?", "答:双方将于6月举行新一轮磋商。"]
    assert speakers_of(text, context)[1] != "周文涛"


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
    assert speakers_of(text) == [None, None, "江海", "江海", None]


def test_a_label_asking_every_time_is_the_interviewer_and_the_other_label_answers():
    # 晨风读书：…？ opens only questions; 墨岚： answers them, even as a pen name we do not read as a name
    text = [
        "墨岚:其实我很少写散文,我不太喜欢谈论自己。",
        "晨风读书:你和其他作者会交流写作吗?",
        "墨岚:我们很少聊写作,最多互相催稿,然后说点别的。",
        "晨风读书:有人说你的作品介于青春文学和严肃文学之间。你怎么看?",
        "墨岚:我没有那么想过,每个人写作的时候都很认真。",
    ]
    assert speakers_of(text) == ["墨岚", None, "墨岚", None, "墨岚"]


def test_an_unnamed_or_generic_label_answering_is_nobody():
    # 嘉宾：… or 张先生：… after a question: no name, no speaker
    for label in ("嘉宾", "张先生"):
        text = ["问:您为什么选择留在山区?", f"{label}:我就是这里长大的,乡亲们都盼着有个医生。", "问:以后有什么打算?",
                f"{label}:我想继续在这里工作。"]
        assert speakers_of(text) == [None, None, None, None]


def test_two_labels_that_both_ask_make_no_interviewer():
    # both labels ask in every paragraph: neither is the interviewer, no answer label is read from that
    text = [
        "晨风读书:你会写散文吗?",
        "墨岚:你是说约稿吗?",
        "晨风读书:你和其他作者会交流写作吗?",
        "墨岚:你觉得呢?",
    ]
    assert speakers_of(text)[0] is None


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
    assert speakers_of(text) == ["罗振东", None, "罗振东", "罗振东"]


def test_no_resumption_after_a_portrait_of_someone_else():
    # the paragraph between describes another person: the quotations are not the signer's
    text = [
        _SIGNED,
        "个子不高,说话不紧不慢——这是记者在检测中心见到中心副主任王建中时的第一印象。",
        "“这批样品送来的时候,我们就知道它受到了很多关注。”",
    ]
    assert speakers_of(text)[2] != "罗振东"


def test_a_sound_bite_does_not_run_on_into_the_narration_after_it():
    # TITLE NAME：one sentence (a television report's sound bite), then the reporter narrates again
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的案子大多和土地有关,我们一般先调解。",
        "送完了被告又送原告,开庭通知书要挨家挨户送到村民手里,山路难走,常常吃闭门羹。",
        "青山法院石桥法庭书记员 郭晓峰:很多时候按门牌号去找,根本就没有那个号码。",
    ]
    assert speakers_of(text) == [None, "罗振东", None, "郭晓峰"]


def test_a_sound_bite_goes_on_into_its_speakers_first_person_words():
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的案子大多和土地有关,我们一般先调解。",
        "调解不成,我们再想其他办法,总之要让村民少跑路。",
        "青山法院石桥法庭书记员 郭晓峰:很多时候按门牌号去找,根本就没有那个号码。",
    ]
    assert speakers_of(text)[2] == "罗振东"


def test_a_long_titled_turn_goes_on_into_words_without_a_first_person():
    # not a sound bite: the turn says more than a sentence or two, its next paragraph is its words
    text = [
        "记者:今年的工作重点是什么?",
        "青山区副区长 罗振东:今年重点抓三件事。第一是老旧小区改造,要在年底前完成四十个小区。第二是学校扩建,新增学位三千个。第三是道路整治。",
        "道路整治方面,全区将打通十二条断头路,缓解早晚高峰的拥堵。",
        "记者:资金从哪里来?",
    ]
    assert speakers_of(text)[2] == "罗振东"


def test_a_turn_opening_a_speech_goes_on_on_a_page_of_one_turn():
    # 【title NAME】女士们、先生们，… opens a speech: the next paragraph is still the speaker's
    text = [
        "市政府新闻办今天上午举行新闻发布会,介绍春季防汛工作。",
        "【市政府新闻办副主任 罗振东】女士们、先生们,上午好,欢迎出席今天的发布会。",
        "发布会开始之前,先请几位嘉宾简单介绍情况。",
    ]
    assert speakers_of(text) == [None, "罗振东", "罗振东"]


def test_a_single_turn_without_a_salutation_does_not_go_on():
    text = [
        "市政府新闻办今天上午举行新闻发布会,介绍春季防汛工作。",
        "【市政府新闻办副主任 罗振东】今年的汛期比往年来得早。",
        "发布会开始之前,几位嘉宾在台下交流。",
    ]
    assert speakers_of(text)[2] is None


_BRIEFING = [
    "记者:据报道,两国防长将在下月的论坛期间会面。请问中方对此有何评论?",
    "罗振东:关于部长出席论坛的情况,我们已经发布了消息。",
]


def test_an_answer_goes_on_into_its_institutions_voice():
    # 中方认为，… after a spokesperson's answer: the institution's voice is the answerer's own
    assert speakers_of([*_BRIEFING, "中方认为,两军保持沟通有利于增进了解,中方对此持开放态度。"])[2] == "罗振东"


def test_an_answer_does_not_go_on_into_another_persons_words():
    assert speakers_of([*_BRIEFING, "国防部长王建中表示,两军保持沟通有利于增进了解。"])[2] != "罗振东"


def test_without_a_question_a_group_voice_still_ends_the_turn():
    # a roundup of turns, no question: 委员们表示… is the reporter's, not the last speaker's
    text = [
        "全国政协委员 罗振东:乡村教师待遇要提高,这是留住人才的关键。",
        "全国政协委员 郭晓峰:我们建议加大对乡村学校的投入。",
        "委员们表示,要让乡村孩子享有公平而有质量的教育。",
    ]
    assert speakers_of(text)[2] is None


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
    assert speakers_of(text, ("商务部例行记者会",))[0] is None


def test_a_first_person_quotation_after_the_person_closing_the_paragraph_before():
    # …先发投手郭晓峰。 then 「我…」: the person the last sentence introduced says the quotation
    text = [
        "青山队昨晚以三比五输给河湾队,球队派出的是先发投手郭晓峰。",
        "「我去年连上场的机会都没有,今年能投第一场比赛,这样的表现还可以接受。」",
    ]
    assert speakers_of(text)[1] == "郭晓峰"


def test_no_quotation_after_the_introduced_person_without_a_first_person():
    text = [
        "青山队昨晚以三比五输给河湾队,球队派出的是先发投手郭晓峰。",
        "「比赛就是这样,有输有赢,下一场再来。」",
    ]
    assert speakers_of(text)[1] is None


def test_no_quotation_after_the_introduced_person_on_a_page_the_reporter_narrates():
    # the reporter writes 我: a first-person quotation may be anyone's
    text = [
        "我在球场外等了很久,终于见到了先发投手郭晓峰。",
        "「我去年连上场的机会都没有,今年能投第一场比赛,这样的表现还可以接受。」",
    ]
    assert speakers_of(text)[1] is None


def test_a_described_view_opens_a_chain_of_his_paragraphs():
    # …大使X则形容，… (形容 reports words; 则 stands between name and verb), then 他说… paragraphs
    text = [
        "尽管贸易争端让多国关系紧张,但中国驻新西兰大使郭晓峰则形容,新方的外交态度最为友善。",
        "他说,中国向来主张通过对话解决分歧。",
        "他形容两国已经建立了很好的合作基础。",
    ]
    assert speakers_of(text) == ["郭晓峰", "郭晓峰", "郭晓峰"]


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
    assert speakers_of(text)[:3] == ["罗振东", "罗振东", "罗振东"]


def test_a_block_naming_someone_is_not_signed_backwards():
    text = [
        "导演郭晓峰的新片上周上映,票房平平。",
        "过去老厂长对我们的帮助是非常直接的。今天时代变了。——罗振东",
    ]
    assert speakers_of(text)[0] is None


def test_a_first_person_after_someone_elses_speech_colon_is_not_the_introduced_persons():
    # …张三… then a paragraph about them whose 我们 is another party's (对方当即表态：…我们…)
    text = [
        "工作室成立那天,也是罗振东新片上映的日子。",
        "导演罗振东是带着成熟的剧本来的,准备好了被拒绝。没想到对方当即表态:你喜欢就拍,我们绝不干涉。",
    ]
    assert speakers_of(text)[1] is None


def test_a_sound_bite_tag_hands_the_floor_even_to_a_reporter():
    # 【同期】…记者 NAME：… (the page reader joins the tag to the paragraph under it): the reporter's
    # stand-up is their words; the paragraph after it goes on
    text = [
        "十四届全国人大一次会议今天举行首场新闻发布会。",
        "【同期】青山日报记者 罗振东:我们现在正在排队进入会场,这场发布会很特别。",
        "【同期】青山日报记者 罗振东:我现在已经来到了新闻发布厅,大家可以看到现场座无虚席。",
        "因为按照法定程序,上午还有三场重要会议举行。",
    ]
    assert speakers_of(text) == [None, "罗振东", "罗振东", "罗振东"]


def test_a_narration_tag_hands_the_floor_to_nobody():
    text = ["十四届全国人大一次会议今天举行首场新闻发布会。", "【解说】青山日报记者 罗振东:现场座无虚席,大家都在等待。"]
    assert speakers_of(text)[1] is None


def test_a_sound_bite_announcing_points_goes_on_into_them():
    # TITLE NAME：我讲三点： / 第一，… — the announced points are the speaker's, first person or not
    text = [
        "在我们的印象里,最基层的法官每天都在走村入户。",
        "青山法院石桥法庭庭长 罗振东:这里的工作有三个特点。",
        "第一,案子小而多,大多和土地有关。",
        "青山法院石桥法庭书记员 郭晓峰:我们讲两点:",
        "送达难,地址常常找不到。",
    ]
    assert speakers_of(text) == [None, "罗振东", "罗振东", "郭晓峰", "郭晓峰"]


def test_a_short_turn_opening_a_speech_is_no_sound_bite():
    # TITLE NAME：女士们、先生们，… is a host opening a briefing: the next paragraph is still theirs
    text = [
        "市政府新闻办副主任 罗振东:女士们、先生们,大家上午好。欢迎出席今天的发布会。",
        "下面,先请郭晓峰局长作介绍,然后回答大家的提问。",
        "郭晓峰:各位记者朋友,大家上午好。今年全市新增就业十万人。",
    ]
    assert speakers_of(text)[:2] == ["罗振东", "罗振东"]


def test_the_first_point_after_an_announced_number_of_points_is_the_speakers():
    # …用“快、新、实”三个字来概括 then 第一个字是“快”: the points the speaker announced
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济运行良好,可以用“快、新、实”三个字来概括。",
        "第一个字是“快”。上半年全市生产总值增长百分之七,高于全省平均水平。",
    ]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_a_first_point_with_no_announced_number_is_nobodys():
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济运行良好。",
        "第一个特点是节奏快。上半年全市生产总值增长百分之七。",
    ]
    assert speakers_of(text) == ["罗振东", None]


def test_paragraphs_taking_up_the_listed_items_in_turn_go_on():
    # 呈现了产值增长、投资回升、消费活跃 then one paragraph per item, in the order listed
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济可以用“稳、进”两个字来概括。",
        "第一个字是“稳”。全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
        "固定资产投资回升,重点项目完成投资两百亿元。",
        "居民消费持续活跃,社会消费品零售总额增长百分之九。",
    ]
    assert speakers_of(text) == ["罗振东"] * 5


def test_an_item_taken_up_out_of_order_or_by_someone_else_stops_it():
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济可以用“稳、进”两个字来概括。",
        "第一个字是“稳”。全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "居民消费持续活跃,社会消费品零售总额增长百分之九。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
    ]
    assert speakers_of(text)[3] is None
    text = [
        "青山市统计局局长罗振东表示,全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "投资回升方面,市发改委主任郭晓峰介绍,重点项目完成投资两百亿元。",
    ]
    assert speakers_of(text)[1] == "郭晓峰"


def test_a_list_in_narration_carries_nobodys_words():
    text = [
        "青山市今年上半年呈现了产值增长、投资回升、消费活跃的良好格局。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
    ]
    assert speakers_of(text) == [None, None]


def test_listed_items_and_the_common_run():
    assert _listed_items("呈现了增长平稳、就业扩大、物价稳定的格局") == ("呈现了增长平稳", "就业扩大", "物价稳定的格局")
    assert _listed_items("增长平稳、就业扩大") == ()  # two items are no enumeration
    assert _common_run("就业稳步扩大", "就业扩大") == 4
    assert _common_run("物价形势总体稳定", "物价稳定的格局") == 4
    assert _common_run("经济增长", "消费活跃") == 0


def test_a_paragraph_resuming_the_reported_words_opening_is_the_speakers():
    # 罗振东表示，青山古城是… then 青山古城是…: the statement goes on in the speaker's words
    text = [
        "市长罗振东表示,青山古城是全市人民共同的精神家园。保护古城就是保护城市的根脉。",
        "青山古城是千年文脉的见证,每一条街巷都承载着城市的记忆,必须倍加珍惜。",
    ]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_an_exclaiming_paragraph_after_a_reported_speech_is_the_speakers():
    text = [
        "市长罗振东强调,只要全市上下团结一心、真抓实干,就一定能够实现既定目标!",
        "青山的明天一定会更加美好!全市人民的幸福生活一定会实现!",
    ]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_a_connective_and_a_verb_with_no_subject_go_on_with_the_speakers_sentence():
    text = [
        "市长罗振东表示,去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。",
        "与此同时,推进河道综合整治,完成两百个问题整改。",
    ]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_narration_after_a_reported_speech_is_nobodys():
    # a connective then 有/据悉, a date, a person, an exclamation after words that did not exclaim, or
    # plain narration: not the speaker's words
    for after in (
        "此外,还有一些代表在会上发言。",
        "与此同时,据悉全市将新建公园十座。",
        "同时,3月5日全市举行了植树活动。",
        "与此同时,副市长郭晓峰也前往现场检查。",
        "会议还审议通过了有关文件!",
        "全市去年新增绿地五百公顷,城市面貌焕然一新。",
    ):
        text = ["市长罗振东表示,去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。", after]
        assert speakers_of(text)[1] != "罗振东", after


def test_words_after_a_pronoun_or_a_quotation_do_not_go_on_this_way():
    text = [
        "市长罗振东表示:“去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。”",
        "与此同时,推进河道综合整治,完成两百个问题整改。",
    ]
    assert speakers_of(text)[1] is None


def test_a_pronoun_after_a_when_clause_means_the_person_opening_it():
    # 当 A 从 B 手中接过…时，他…: the pronoun is A, the clause's subject, not B named later in it
    text = [
        "“感恩、责任、珍惜。”昨天,当青山大学校长罗振东从青山市市长郭晓峰手中接过奖章时,他用这样六个字形容了自己的心情。",
    ]
    assert speakers_of(text) == ["罗振东"]


def test_a_person_citing_an_example_argues():
    text = [
        "青山市驻外代表罗振东表示,两地合作基础很好。",
        "他以港口建设的合作为例,两地可从中互惠互利,其他方面的合作仍有空间。",
    ]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_an_example_with_no_subject_is_the_reporters():
    text = [
        "青山市驻外代表罗振东表示,两地合作基础很好。",
        "以新能源行业为例,投资者对未来发展空间颇为关注,多家企业已经扩大产能。",
    ]
    assert speakers_of(text)[1] is None


def test_he_goes_on_saying():
    # 他續說 / 他续说 (Hong Kong and Macao papers): 续 between the pronoun and the verb
    text = ["青山市长罗振东表示,两地合作前景广阔。", "他续说,自己这次来主要有两个目的。"]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_he_said_last_night():
    text = ["青山市长罗振东表示,两地合作前景广阔。", "他昨晚说,两地人民友谊深厚。"]
    assert speakers_of(text) == ["罗振东", "罗振东"]


def test_a_programmes_title_inside_the_clause_does_not_hide_its_subject():
    text = ["青山集团董事长罗振东在接受青山电视台《对话》栏目时称,公司今年将加大研发投入。"]
    assert speakers_of(text) == ["罗振东"]


def test_a_dateline_place_in_a_clause_with_a_title_is_no_speaker():
    text = [
        "(巴生28日讯)地方政府发展部长倪可敏说,媒体要继续监督政府。",
        "他昨晚在《青山日报》百年报庆晚宴巴生站致开幕词时说:“讲真话的媒体更难能可贵。”",
    ]
    assert speakers_of(text) == ["倪可敏", "倪可敏"]  # 他, across the paper's title; never the dateline's place


def test_emphasis_between_a_pronoun_and_its_verb():
    # 他还着重指出了…，并评论道：“…” / 她反复强调，…
    head = "青山集团董事长罗振东强调了公司的领先地位。他表示,新的产业革命已经开启。"
    for after in ("他还着重指出了技术带来的变革性影响,并评论道:“一场新的产业革命已经开启。”", "他反复强调,新的产业革命已经开启。"):
        assert speakers_of([head, after]) == ["罗振东", "罗振东"], after


def test_a_first_person_quotation_after_a_sentence_ending_on_one_person_is_theirs():
    # …，力荐罗振东接任，可罗振东内心却纠结了好久，才勉强答应。“当时我…”
    text = ["青山村党支部书记罗振东今年五十岁,在村里干了二十年。",
            "2006年,老村支书郭晓峰病重,力荐做事公道的罗振东接任,可罗振东内心却纠结了好久,才勉强答应。"
            "“当时我年纪小,刚开始工作,感觉压力太大。”"]
    assert speakers_of(text) == [None, "罗振东"]


def test_no_quotation_goes_to_the_last_clause_without_one_person_or_a_first_person():
    for text in (
        "2006年,老村支书郭晓峰病重,力荐罗振东接任,可罗振东和郭晓峰都纠结了好久。“当时我年纪小,压力太大。”",
        "2006年,老村支书郭晓峰病重,力荐罗振东接任,可罗振东内心却纠结了好久。“年纪小,压力大,这是常有的事。”",
        "2006年,力荐罗振东接任时,记者见到了罗振东。“当时我年纪小,压力太大。”",
    ):
        assert speakers_of(["青山村党支部书记罗振东今年五十岁,在村里干了二十年。", text])[1] != "罗振东", text


def test_a_title_holding_and_is_no_companion():
    # …古脊椎动物与古人类研究所研究员徐星…感慨道: the 与 is the institute's name, 徐星 speaks
    text = ["“这两天收到很多祝贺短信,感觉责任更大了。”青山大学地质与古生物研究所研究员罗振东在接受记者采访时感慨道。"]
    assert speakers_of(text) == ["罗振东"]
    text = ["市长郭晓峰与青山大学地质研究所研究员罗振东一同出席。“感觉责任更大了。”罗振东感慨道。"]
    assert speakers_of(text) == ["罗振东"]


def test_a_person_named_after_the_opening_pronoun_is_what_is_said():
    head = "青山市长罗振东在停顿了很久后回答说:“这对我来说没什么意思。”"
    assert speakers_of([head, "他说郭晓峰不值得信任,还说:“我真的不明白是谁说了算。”"]) == ["罗振东", "罗振东"]
    # a person named before the pronoun may be whom it means: still in doubt
    assert speakers_of([head, "对此,郭晓峰在脸书写下一段话,他接着表示,这是误会。"])[1] != "罗振东"


def _doubts(paragraphs: list[str]) -> list[set[str]]:
    """The doubts of each paragraph's rules proposal (empty when the rules propose nobody)."""
    out = []
    for ps in propose_paragraphs(paragraphs):
        rules = [p for p in ps if ("by:rules", 1.0) in p.features]
        out.append({f for f, _ in rules[0].features if f.startswith("doubt:")} if rules else set())
    return out


def test_companions_listed_after_the_subject_are_no_rivals_for_a_pronoun():
    head = "青山市长罗建国今日傍晚会见传媒时,呼吁市民参与投票。"
    text = [head, "罗建国联同教育局局长郭晓峰、卫生局局长李文涛见记者。他表示,政府十分关注居民的精神健康。"]
    assert speakers_of(text) == ["罗建国", "罗建国"]
    assert "doubt:rivals" not in _doubts(text)[1]
    # people listed as subjects are: either may be meant
    text = [head, "教育局局长郭晓峰和卫生局局长王明辉出席了会议。他表示,政府十分关注居民的精神健康。"]
    assert speakers_of(text)[1] is None


def test_numbered_points_after_the_first_go_on_for_its_speaker():
    paras = [
        "发言人王建国今日在脸书发文指出,第一疑点为,影片从头到尾没有记者会的全貌。",
        "第二疑点,这个记者会没有任何媒体报道,他质疑这是一场失败的记者会。",
        "第三疑点,记者会放了一个小时的幻灯片,内容与主题无关。",
        "第五疑点,会场只有一个人发问。",  # not the next point: the chain is broken
    ]
    assert speakers_of(paras) == ["王建国", "王建国", "王建国", None]
    # no first point, no chain
    assert speakers_of(["发言人王建国指出,影片没有记者会的全貌。", "第二疑点,这个记者会没有任何媒体报道。"]) == ["王建国", None]


def test_a_speaker_who_ends_a_line_with_a_colon_says_the_next_paragraph():
    paras = [
        "2012年11月16日,外交部发言人王建国主持例行记者会。",
        "王建国首先发布消息:",
        "应东盟轮值主席国邀请,国务院总理将出席东亚领导人系列会议。",
        "问:中方认为安理会是否有必要介入?",
    ]
    assert speakers_of(paras) == [None, "王建国", "王建国", None]
    # a colon turn keeps its own chain (陈强：…女士们、先生们： / 大家下午好 / …)
    turn = ["陈志强:新闻界的各位朋友,女士们、先生们:", "大家下午好!", "欢迎参加今天的新闻发布会。"]
    assert speakers_of(["市政府新闻办主任陈志强主持发布会。", *turn]) == [None, "陈志强", "陈志强", "陈志强"]


def test_zi_wo_is_no_first_person_of_the_last_speaker():
    text = [
        "陈小明：“演员与明星不同，演员要去除浮躁保持纯真。”",
        "——从歌手到演员再到导演，陈小明不断挑战突破自我。",
        "刘大伟：“出演这部电影是我人生中最难忘的经历。”",
    ]
    got = attribute_paragraphs(text)
    assert [a.speaker.name if a.speaker else None for a in got] == ["陈小明", None, "刘大伟"]


def test_a_reply_does_not_continue_the_words_before_it():
    text = [
        "市长王建华非常喜欢孩子，主持人李小莉也知道。",
        "“猜猜，我今天戴的领带是谁选的？”王市长指了指自己的领带。",
        "这个问题可难不到名嘴李小莉，她回答得非常对：“应该是你的小孙女哟。”",
        "“对呀，小孙女是我的好帮手，每天早上她6点就起床了。”",
    ]
    got = attribute_paragraphs(text)
    assert [a.speaker.name if a.speaker else None for a in got[1:3]] == ["王建华", "李小莉"]
    assert got[3].speaker is None  # a reply answers her: not her words (nor, for sure, his)


def test_opens_reply_reads_the_word_list():
    from retrieval.attribution.speakers import _opens_reply

    assert _opens_reply("“对呀，我也是这么想的。”") and _opens_reply("“没错！就是这样。”")
    assert not _opens_reply("“对于这个问题，我们会研究。”") and not _opens_reply("对呀，他说。")
