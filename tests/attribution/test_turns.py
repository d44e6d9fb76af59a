"""Transcript turns and labels (retrieval/attribution/turns.py): bracketed and bare name labels, 答：/问：
turns, press conferences and who answers their questions, interviews, kickers, signatures — on our
own sentences and pages.

The texts are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from pathlib import Path

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.attribution.turns import _outlet_asks
from retrieval.pages.ingest import parse_page
from retrieval.pages.textpage import parse


def test_a_bracketed_label_names_the_speaker_and_a_bracketed_reporter_asks():
    paras = [
        "[王海涛]:大家好。欢迎参加今天的发布会,现在请市长回答记者提问。",
        "[市长赵明]:谢谢主持人,也谢谢各位记者朋友。",
        "[某某日报记者]:市长您好,今年的重点工作是什么?",
        "今年我们会把老旧小区改造放在第一位。",
    ]
    assert speakers_of(paras) == ["王海涛", "赵明", None, None]
    page = parse("\n".join(["发布会实录", "[王海涛]:", "大家好。欢迎参加今天的发布会,现在请市长回答记者提问。", "[市长赵明]:", "谢谢主持人,也谢谢各位记者朋友,我先介绍一下情况。"]))
    assert [b.text for b, k in page.body if k == "p"][0].startswith("[王海涛]:大家好")


def test_a_bare_name_label_speaks_only_among_transcript_turns():
    turns = [
        "刘建新:我们两本杂志今天一起来谈谈企业家精神。",
        "陈志远:好的,我先说说我的看法,企业家精神首先是担当。",
    ]
    assert speakers_of(turns) == ["刘建新", "陈志远"]
    # one colon line with an untitled name named nowhere else is no transcript
    assert speakers_of(["刘建新:我们两本杂志今天一起来谈谈企业家精神。", "会议持续了两个小时。"]) == [None, None]
    # an untitled name with its outlet asking is a reporter, not a speaker
    assert speakers_of(["林海(某某网):大使,美国一些地方把中国视为威胁,你怎么看", *turns])[0] is None


def test_an_editor_in_chief_in_a_dialogue_answers_not_asks():
    context = ("对话 某某杂志总编辑 刘建新", "某某周刊总编辑 陈志远")
    paras = [
        "刘建新:第一代企业家今天碰到了困难,公众如何评价他们?",
        "陈志远:很难用一句话来概括,评价某一个具体的人要看他的全部。",
    ]
    assert speakers_of(paras, context) == ["刘建新", "陈志远"]
    assert speakers_of(["编辑:您为什么选择回到家乡?", "我想为家乡做点事。"]) == [None, None]  # 编辑： still asks


def test_a_label_repeated_down_the_page_is_a_turn_and_ends_the_answer():
    paras = [
        "副总统参选人王建国选前接受某某之声专访。",
        "某某之声:你们的政策白皮书提到反对一国两制,那你们怎么看统一?",
        "王建国:我们觉得统一现在要谈不是时候,这是我们一贯的立场。",
        "某某之声:那终极统一呢?",  # the outlet asks again: not the answer going on
        "王建国:我们的讲法是说,终极统一绝对不是在我们这个任期里要谈的。",
        "某某之声:民调显示支持统一的民众一直在下降,你怎么看?",
    ]
    assert speakers_of(paras) == [None, None, "王建国", None, "王建国", None]


def test_a_surname_label_in_a_transcript_is_the_one_person_of_that_surname():
    paras = [
        "今天的嘉宾是上海某某集团有限公司董事长李建国,还有某某公司总经理戴志明。",
        "主持人朱小红:听众朋友您好,欢迎收听今天的节目,我们请来了两位嘉宾。",
        "李:你好。",
        "戴:大家好。",
        "朱:入世以后纺织业是最大的受益者,你们怎么看?",  # the host asks
        "李:这要看怎么看,对我们整个国家来说受益肯定是很大的。",
    ]
    assert speakers_of(paras) == [None, None, "李建国", "戴志明", None, "李建国"]
    # two people of one surname: a bare surname names nobody
    two = ["董事长李建国和总经理李明出席。", "李:你好。", "李:我们会继续努力。"]
    assert speakers_of(two)[1:] == [None, None]


def test_a_headline_turn_names_whom_it_talks_about_without_doubt():
    context = ("今晚,上海某某队客场1比4不敌对手。赛后,某某队主帅刘志强表示,毕竟联赛还没有结束。",)
    assert speakers_of(["某某队主帅:球队还不会放弃"], context) == ["刘志强"]
    ambassador = ("中国驻美国大使王建国表示,美国总统特朗普访华将是国事访问。",)
    assert speakers_of(["中国驻美国大使:特朗普访华将是“国事访问+”"], ambassador) == ["王建国"]
    # the last part of a transliterated name the page gave in full
    trump = ("美国总统唐纳德·特朗普4月7日向采访团队表示,“我们已经取得了巨大进展”。",)
    assert speakers_of(["特朗普:在对华关系中取得重大进展"], trump) == ["唐纳德·特朗普"]
    # a title two people share names nobody
    two = ("赛后,某某队主帅刘志强表示,联赛还没有结束。另一支某某队主帅王建国说,我们会调整。",)
    assert speakers_of(["某某队主帅:球队还不会放弃"], two) == [None]


def test_a_whole_quotation_after_a_question_to_the_interviewee_is_the_answer():
    paras = [
        "12月28日,外交部发言人王丽在结束例行发布会后接受了本报专访。",
        "-您觉得今年印象最深刻的一个新闻是什么?",
        "“其实,热点、敏感问题对我们来说就像是家常便饭。”",
        "-今年您被问得最多的问题是什么?",
        "“应该是半岛局势的有关问题。”",
        "采访结束时已是傍晚,窗外下起了雪。",
    ]
    assert speakers_of(paras) == [None, None, "王丽", None, "王丽", None]
    # a question to the reader in narrative, then narrative: nobody
    assert speakers_of(["王丽走进会场。", "你知道她为什么来吗?", "会议随后开始,气氛热烈。"]) == [None, None, None]


def test_the_press_conference_named_under_its_transcript_answers_the_questions():
    got = speakers_of([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "在经贸方面，两国合作潜力巨大，我们愿同各方一道努力。",
        "问：对于昨天的选举结果，中方有何评论？",
        "答：我们尊重该国人民的选择。",
        "2018年3月19日，外交部发言人林小青举行例行记者会。",
    ])
    assert got == [None, "林小青", "林小青", None, "林小青", None]


def test_two_spokespersons_under_the_transcript_leave_the_answers_to_nobody():
    got = speakers_of([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "外交部发言人林小青和商务部发言人高明远分别举行例行记者会。",
    ])
    assert got[1] is None


def test_a_spokesperson_named_after_the_questions_without_a_press_conference_answers_nothing():
    got = speakers_of([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "此前，外交部发言人林小青曾就此事表态。",
    ])
    assert got[1] is None


def test_bracketed_name_labels_taking_turns_with_the_host_are_that_persons_turns():
    got = speakers_of([
        "[主持人]欢迎高局长做客我们的节目，和网友们聊一聊城区的交通。",
        "[高建明]谢谢主持人，也感谢广大网友一直以来对交通工作的关心和支持。",
        "[主持人]有网友问，城东隧道什么时候能够通车？",
        "[高建明]这个问题网友们很关心，我们争取年底前建成通车。",
    ])
    assert got == [None, "高建明", None, "高建明"]


def test_a_bracketed_name_opening_one_paragraph_only_is_no_turn():
    got = speakers_of([
        "[主持人]欢迎高局长做客我们的节目。",
        "[高建明]谢谢主持人，也感谢广大网友一直以来对交通工作的关心和支持。",
        "[主持人]有网友问，城东隧道什么时候能够通车？",
    ])
    assert got[1] is None


def test_a_spaced_label_alone_on_its_line_gives_the_paragraph_below_to_its_person():
    got = speakers_of([
        "国务院新闻办新闻局 林海燕：",
        "女士们、先生们，上午好。欢迎大家出席今天的新闻发布会。",
        "国家防汛抗旱总指挥部秘书长、应急管理部副部长兼水利部副部长 王建平：",
        "女士们、先生们，各位媒体的朋友，大家上午好。今年的汛情十分复杂。",
    ])
    assert got == [None, "林海燕", None, "王建平"]


def test_a_spaced_label_of_a_reporter_gives_nobody():
    got = speakers_of([
        "新华社记者 林海燕：",
        "请问今年的汛情有什么特点？",
    ])
    assert got == [None, None]


def test_a_rare_surname_opens_a_bare_name_turn_among_others():
    got = speakers_of([
        "赛后，国乒队员们接受了记者采访。",
        "林诗栋：今天的发挥在我们的预期之内，虽然输掉了一局，但我们没有慌乱。",
        "蒯曼：在第二局时，对手的旋转球并不强烈，我努力调整状态。",
    ])
    assert got[2] == "蒯曼"


def test_a_turn_behind_the_remains_of_a_markup_tag_is_that_persons():
    got = speakers_of([
        "林诗栋：今天的发挥在我们的预期之内，虽然输掉了一局，但我们没有慌乱。",
        "孙颖莎：现场氛围非常棒，非常感谢大家来到这里支持我们！",
        "< strong >王楚钦: strong > 今天我的表现很好，也调动起了现场气氛。",
    ])
    assert got == ["林诗栋", "孙颖莎", "王楚钦"]


def test_a_name_ending_as_a_place_would_is_a_name_after_a_title_and_answers_the_interview():
    got = speakers_of([
        "康师傅控股公司董事长魏应州指出，集团因应发展需求，将在两岸兴建总部大楼。以下为采访内容：",
        "问：你认为新政府上任后的表现如何？",
        "答：人民对于新政府的期待过高，产业的调整仍需要更长的时间。",
    ])
    assert got == ["魏应州", None, "魏应州"]


def test_an_a_colon_turn_is_the_interviewees_answer():
    got = speakers_of([
        "清华大学教授林海峰日前接受本报记者专访。",
        "Q：您为什么经常开展科普讲座？",
        "A：参与科普活动是我们的义务和职责之一。",
    ])
    assert got == [None, None, "林海峰"]


def _speakers_with_headings(paragraphs, breaks, headings):
    return [a.speaker.name if a.speaker else None
            for a in attribute_paragraphs(paragraphs, breaks=breaks, headings=headings)]


def test_a_label_of_titles_and_a_name_alone_gives_the_paragraphs_below_its_heading_to_that_person():
    got = _speakers_with_headings([
        "八位委员走到话筒前，接受媒体的集体采访。",
        "全国政协委员，市博物馆馆长高明远：",
        "博物馆自开馆以来，已接待社会观众150余万人次。",
        "孩子们走进展厅，都会主动到英烈展板前学习、致敬。",
    ], breaks=[2], headings={2: "让红色薪火代代相传"})
    assert got == [None, None, "高明远", "高明远"]


def test_a_heading_still_ends_the_turn_of_a_label_that_had_words():
    got = _speakers_with_headings([
        "市博物馆馆长高明远：博物馆自开馆以来，已接待社会观众150余万人次。",
        "孩子们走进展厅，都会主动到英烈展板前学习、致敬。",
    ], breaks=[1], headings={1: "展览馆简介"})
    assert got == ["高明远", None]


def test_the_one_person_the_page_says_it_interviewed_answers_though_another_is_named_more():
    got = speakers_of([
        "本报记者日前专访了清华大学教授李明远。李明远的导师王建国是著名学者，王建国培养了很多学生，王建国退休后仍在工作。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] == "李明远"


def test_the_subject_of_an_accepted_interview_answers():
    got = speakers_of([
        "清华大学教授李明远日前接受本报记者采访。导师王建国是著名学者，王建国培养了很多学生，王建国退休后仍在工作。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] == "李明远"


def test_two_people_interviewed_leave_the_answers_to_nobody():
    got = speakers_of([
        "本报记者日前采访了清华大学教授李明远和北京大学教授王建国。王建国培养了很多学生。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] is None


def test_an_office_then_a_foreign_name_with_its_original_labels_that_persons_turn():
    got = speakers_of(["英伟达投资者关系部托马斯·哈里(Thomas Hari)：谢谢。各位下午好，欢迎参加本季度财报电话会议。"])
    assert got == ["托马斯·哈里"]


def test_a_journalists_foreign_name_label_asks():
    got = speakers_of(["美联社记者托马斯·哈里(Thomas Hari)：请问贵公司如何看待中国市场？"])
    assert got == [None]


def test_an_offices_last_character_is_no_part_of_a_foreign_name_after_it():
    got = speakers_of(["公司投资者关系部彼得·威尔逊(Peter Wilson)：谢谢。各位下午好，欢迎参加本季度财报电话会议。"])
    assert got == ["彼得·威尔逊"]


def test_a_numbered_question_is_a_question_turn_not_the_last_speakers_words():
    got = speakers_of([
        "清华大学教授李明远日前接受本报记者专访，他谈了三个问题：",
        "1. 问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
        "二、问：您对年轻人有什么建议？",
        "答：要坚持，不要轻易放弃。",
    ])
    assert got[1] is None and got[3] is None
    assert got[2] == got[4] == "李明远"


def test_an_answer_goes_on_over_paragraphs_until_the_reporter_narrates():
    got = speakers_of([
        "外交部发言人林小青主持例行记者会。",
        "问：中方对此有何评论？",
        "答：我们尊重该国人民的选择。",
        "中俄是好邻居，也是全面战略合作伙伴，两国关系保持了较高的发展水平。",
        "记者注意到，当天的记者会持续了一个多小时。",
        "问：还有问题吗？",
        "答：没有了。",
    ])
    assert got == [None, None, "林小青", "林小青", None, None, "林小青"]


def test_question_turn_after_a_lead_in_is_no_continuation():
    got = speakers_of([
        "市长李明接受《晨报》专访。李明表示，此访意义重大。",
        "《晨报》25日以《李明：我们展现出城市正面形象》为题，整版报道了李明专访内容。",
        "以下为内容摘编：《晨报》：这次会面的气氛如何？",
        "李明：能和大家见面，对我来说是一个很好的机会。",
        "《晨报》：此行对旅游业重要吗？",
        "李明：是的，非常重要。",
        "《晨报》：您对本市有什么看法？",
        "李明：这是一座美丽的城市。",
    ])
    assert got[2:] == [None, "李明", None, "李明", None, "李明"]


def test_a_kicker_before_a_pipe_then_a_headline_turn():
    # 财政预算案|被问连任 NAME：words — a headline's kicker, a phrase, then the speaker's label
    text = ["港闻|被问是否连任 李建华:集中精神做好防疫工作", "财政司长李建华今午举行记者会。"]
    assert speakers_of(text)[0] == "李建华"


def test_a_kicker_before_a_pipe_then_no_person():
    text = ["港闻|寒流来袭 市民:今天实在太冷了"]
    assert speakers_of(text) == [None]


def test_an_outlets_question_opens_an_interview_whose_answer_goes_on():
    assert _outlet_asks("新京报：你们什么时候抵达受灾现场？当时现场情况怎么样？")
    assert not _outlet_asks("新京报：记者昨日获悉，救援工作仍在进行。")
    got = speakers_of([
        "灾情发生后，消防大队大队长张建军带队赶赴现场救援。",
        "新京报：你们什么时候抵达受灾现场？当时现场情况怎么样？",
        "张建军：凌晨1点48分，我们从消防大队出发，大概凌晨两点半到达村里。",
        "村里受灾很严重，有上百户村民，道路已经被冲断。",
        "我们打着手电，一户一户地敲门，把老人背了出来。",
    ])
    assert got[2:] == ["张建军", "张建军", "张建军"]
    assert got[1] is None


def test_a_turn_label_with_the_honorific_yi_yuan_is_its_speakers_turn():
    text = [
        "立法会主席钟国成议员：张国明议员。",
        "张国明议员：主席，连我们的同事李北俊都说「不问都衰仔」，这件事市民是真的非常关心。",
    ]
    got = attribute_paragraphs(text)
    assert got[1].speaker is not None and got[1].speaker.name == "张国明"


PRESS = [
    "中日韩外长会议将于下月在东京举行，李明外长将率团出席。",
    "问：有报道称，某国将宣布新的关税措施。中方对此有何评论？",
    "答：我们注意到了有关报道。中方一贯主张通过对话协商解决分歧。",
]


def test_the_press_conference_host_named_above_the_article_answers():
    # named once above the article (a photo caption or heading), once in it: the head decides
    got = attribute_paragraphs(PRESS, context=["外交部发言人幽默回应"], preface=["12月6日外交部发言人王涛主持例行记者会"])
    assert got[2].speaker is not None and got[2].speaker.name == "王涛"
    assert got[2].speaker.title == "外交部发言人"  # the title as the preface writes it
    # without the preface, the only person named before the first question is not taken as its host
    # by the head: the answer goes to the person the article named (the old reading), never to 王涛
    assert "王涛" not in speakers_of(PRESS, context=["外交部发言人幽默回应"])


def test_a_page_keeps_the_heading_between_headline_and_article_as_preface(tmp_path: Path):
    page = tmp_path / "p.txt"
    page.write_text(
        "\n".join(["外交部发言人幽默回应", "2017年12月07日 15:46:00 来源:外交部网站",
                   "2017年12月6日外交部发言人王涛主持例行记者会", *PRESS]),
        encoding="utf-8",
    )
    parsed = parse_page(page, page.read_text(encoding="utf-8"))
    answer = next(p for p in parsed.passages if p.text.startswith("答"))
    assert answer.speaker is not None and answer.speaker.name == "王涛"
    assert all("主持例行记者会" not in p.text for p in parsed.passages)  # still no passage


def test_a_bare_label_line_of_a_transcript_opens_that_speakers_turn(tmp_path: Path):
    page = tmp_path / "t.txt"
    lines = [
        "立法院第八屆第七會期第五次會議紀錄", "2015年3月24日",
        "主席：現在繼續開會，進行質詢。",
        "王委員大明：主席、各位同仁。院長早，今年的旱象很嚴重，請問政府有什麼準備？",
        "• 主席",
        "請行政院李院長答復。",
        "李院長小華：主席、各位委員。昨天的降雨對於解除旱象的幫助有限，我們會繼續努力。",
    ]
    page.write_text("\n".join(lines), encoding="utf-8")
    passages = parse_page(page, page.read_text(encoding="utf-8")).passages
    chair = next(p for p in passages if "答復" in p.text)
    assert chair.text == "主席：請行政院李院長答復。"
    assert chair.speaker is None  # not 王大明's turn running on


def test_a_ratio_sign_is_the_colon_of_a_turn_and_a_title_label_ends_the_last_turn():
    text = [
        "主席王志成议员∶李国仁议员。",
        "李国仁议员:主席，这个问题很重大，我们希望政府回答。",
        "主席王志成议员∶行政长官。",
        "行政长官:主席，政府不知道这件事的全部事实，正在了解。",
    ]
    who = titled_speakers_of(text)
    assert who[0][0] == "王志成" and who[2][0] == "王志成"
    assert who[3] == (None, None)  # nobody named holds the title: not the chair's words


def test_a_press_conference_host_answers_its_questions():
    # the spokesperson who hosts, not the minister the first question names most
    text = [
        "2019年3月5日外交部发言人林平主持例行记者会。",
        "问:据报道,王强部长将出席会议。王强部长此行有何安排?",
        "答:关于王强部长的行程,我们会及时发布消息。",
    ]
    assert titled_speakers_of(text)[2] == ("林平", "外交部发言人")


def test_without_a_host_the_interviewee_is_whom_the_page_named_most():
    text = [
        "记者专访了公司董事长王强。王强谈到了公司的发展。",
        "问:公司今年有何计划?",
        "答:我们会继续扩大投入。",
    ]
    assert titled_speakers_of(text)[2][0] == "王强"


def test_a_spokesperson_named_only_in_a_question_is_no_host():
    text = [
        "记者专访了公司董事长王强。王强谈到了公司的发展。",
        "问:商务部发言人赵云表示将出台新政,您怎么看?",
        "答:我们会继续扩大投入。",
    ]
    assert titled_speakers_of(text)[2][0] == "王强"


def test_a_press_conference_is_no_reporter_in_the_text():
    # 记者招待会 / 记者会 name an event: a first-person paragraph holding one still continues the turn
    text = [
        "行政长官王丽华今日会见传媒。",
        "王丽华:各位传媒朋友,早晨。今早向大家交代两件事。",
        "首先说说疫情。正如我上星期形容,现时的疫情是稳定的,所以今日下午卫生防护中心不会举行记者招待会。",
    ]
    assert titled_speakers_of(text)[2][0] == "王丽华"
    reported = [*text[:2], "首先说说疫情。记者了解到,我市现时的疫情是稳定的。"]
    assert titled_speakers_of(reported)[2] == (None, None)


def test_a_title_label_right_after_its_holder_is_introduced_opens_a_transcript():
    text = [
        "以下是行政长官王丽华今日上午出席行政会议前会见传媒的开场发言:",
        "行政长官:各位传媒朋友、各位市民,早晨。今早先向大家讲两件事。",
        "整个行程大概是四至五天,成员除了本人,还有五位局长随团出发。",
    ]
    assert [w[0] for w in titled_speakers_of(text)] == [None, "王丽华", "王丽华"]


def test_a_bare_title_label_with_no_holder_just_introduced_names_nobody():
    text = [
        "行政长官王丽华今日出席行政会议。会后多位局长会见传媒。",
        "各界人士对此反应积极。",
        "行政长官:各位传媒朋友、各位市民,早晨。今早先向大家讲两件事。",
    ]
    assert titled_speakers_of(text)[2] == (None, None)


def test_a_headline_spokesperson_the_page_never_names_answers_for_nobody():
    # the headline says a spokesperson answers, the page names none: not the minister it names most
    text = [
        "中方对会晤的期待 外交部发言人回应",
        "三国外长会晤将于12月11日举行,王强外长将率团出席。王强外长此前表示期待会晤。",
        "问:中方对会晤有何期待?",
        "答:我们注意到了有关报道,相信会晤将取得预期成果。",
    ]
    assert titled_speakers_of(text)[3] == (None, None)


def test_a_titled_person_in_square_brackets_opens_a_turn():
    assert titled_speakers_of(["【国新办新闻局副局长 袁春燕】女士们、先生们,上午好,欢迎大家出席记者见面会。"]) == [("袁春燕", "国新办新闻局副局长")]
    assert titled_speakers_of(["【最高人民法院民四庭副庭长 高晓丽法官】各位媒体大家上午好。"])[0][0] == "高晓丽"


def test_a_byline_or_an_untitled_bracket_is_no_turn():
    assert titled_speakers_of(["【环球网报道 记者 王盼晴】外交部发言人华春雨23日主持例行记者会。"])[0][0] != "王盼晴"
    assert titled_speakers_of(["【同期】中新社记者 梁晓明"]) == [(None, None)]


def test_a_signature_gives_the_signed_words_to_that_person():
    text = ["我可以自信地告诉任何人,我们的判决是公正的。", "——高瑞明", "一米八左右的个子,健壮的身材透着活力。"]
    assert [w[0] for w in titled_speakers_of(text)] == ["高瑞明", None, None]
    assert titled_speakers_of(["头儿对我们的帮助是非常直接的。这绝不是说上一代漠不关心。——张艺明"])[0][0] == "张艺明"


def test_a_dash_opening_a_narrative_line_is_no_signature():
    assert titled_speakers_of(["——从歌手到演员再到导演,陈小明不断挑战突破自我。"]) == [(None, None)]
    # narrative words (no first person, no quotation) are signed by nobody
    assert titled_speakers_of(["会议在北京举行。", "——张艺明"]) == [(None, None), (None, None)]


def test_a_headline_closing_with_its_interview_gives_its_words_to_the_interviewee():
    head = "专访丨“中国制造”飞速发展 品质越来越高——访德意志会展公司董事会主席约亨·科勒"
    assert titled_speakers_of([head]) == [("约亨·科勒", "德意志会展公司董事会主席")]
    # a sentence of the body that reports an interview is no headline
    body = "上周,本报记者在汉诺威进行了一次专访。这次——访德意志会展公司董事会主席约亨·科勒"
    assert titled_speakers_of([body]) == [(None, None)]
