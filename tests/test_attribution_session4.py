"""Attribution mechanisms added in session 4 (issue 10): transcript labels in brackets, bare
name labels among transcript turns, a 总编辑 in a dialogue, and the pages' layout around them.

The texts are written for these tests: they test mechanisms, not quality (measured on real
pages only).
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.pages.textpage import parse


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context=context)]


def test_a_bracketed_label_names_the_speaker_and_a_bracketed_reporter_asks():
    paras = [
        "[王海涛]:大家好。欢迎参加今天的发布会,现在请市长回答记者提问。",
        "[市长赵明]:谢谢主持人,也谢谢各位记者朋友。",
        "[某某日报记者]:市长您好,今年的重点工作是什么?",
        "今年我们会把老旧小区改造放在第一位。",
    ]
    assert _who(paras) == ["王海涛", "赵明", None, None]
    page = parse("\n".join(["发布会实录", "[王海涛]:", "大家好。欢迎参加今天的发布会,现在请市长回答记者提问。", "[市长赵明]:", "谢谢主持人,也谢谢各位记者朋友,我先介绍一下情况。"]))
    assert [b.text for b, k in page.body if k == "p"][0].startswith("[王海涛]:大家好")


def test_a_bare_name_label_speaks_only_among_transcript_turns():
    turns = [
        "刘建新:我们两本杂志今天一起来谈谈企业家精神。",
        "陈志远:好的,我先说说我的看法,企业家精神首先是担当。",
    ]
    assert _who(turns) == ["刘建新", "陈志远"]
    # one colon line with an untitled name named nowhere else is no transcript
    assert _who(["刘建新:我们两本杂志今天一起来谈谈企业家精神。", "会议持续了两个小时。"]) == [None, None]
    # an untitled name with its outlet asking is a reporter, not a speaker
    assert _who(["林海(某某网):大使,美国一些地方把中国视为威胁,你怎么看", *turns])[0] is None


def test_an_editor_in_chief_in_a_dialogue_answers_not_asks():
    context = ("对话 某某杂志总编辑 刘建新", "某某周刊总编辑 陈志远")
    paras = [
        "刘建新:第一代企业家今天碰到了困难,公众如何评价他们?",
        "陈志远:很难用一句话来概括,评价某一个具体的人要看他的全部。",
    ]
    assert _who(paras, context) == ["刘建新", "陈志远"]
    assert _who(["编辑:您为什么选择回到家乡?", "我想为家乡做点事。"]) == [None, None]  # 编辑： still asks


def test_a_topic_answered_is_no_words_said():
    context = ("中国驻美国大使王建国接受美国媒体采访。",)
    assert _who(["王建国回应病毒来自实验室说法 王建国回应全文内容一览"], context) == [None]
    assert _who(["日媒这段采访,王建国回应了"], context) == [None]
    # words after the verb are still words
    assert _who(["王建国回应说,两国应当加强合作,而不是相互指责。"], context) == ["王建国"]
    assert _who(["王建国强调,要解决好群众关心的问题。"], context) == ["王建国"]


def test_the_headline_repeated_and_a_title_label_are_the_headline():
    body = [
        "3月4日,某市长王建华到港口建设工地调研,了解港口建设进展和存在的困难。",
        "王建华指出,港口建设是全市重点项目,要加快进度,确保年底前投入使用。",
    ]
    page = parse("\n".join(["某某网", "标题:", "王建华:港口年底前投入使用", "作者:", "2015-9-19 23:16",
                            "标题:", "王建华:港口年底前投入使用", *body]))
    assert page.title == "王建华:港口年底前投入使用"
    assert {b.index for b in page.head} == {2, 6}  # both copies of the headline
    page = parse("\n".join(["2023年12月07日", "港口年底前投入使用", "张世政 驻北京记者", *body]))
    assert [b.text for b in page.head] == ["港口年底前投入使用"]  # the byline is no subtitle


def test_lines_broken_inside_a_sentence_are_one_paragraph():
    # a hard-wrapped page: many lines break inside their sentences
    wrapped = [
        "王建华披挂上阵首战,球队在最后半局被对手敲出再见安打输球,主帅赛后表",
        "示,「已经派出最好的终结者,虽然没能拿到首胜,但不会遗憾。」",
        "球队全场敲出9支安打,比对手还多两支,却未能赢球,王建华认为安打虽然不",
        "少,但是大多出现在一出局后,不够连贯,得点圈也要再加强。",
        "对于先发投手的表现,他则给了肯定的评价,「不过他5局的时候又开始不稳,",
        "球数也用得不少,所以才将他换下场。」",
    ]
    page = parse("\n".join(["王建华首战 球队再见输球", *wrapped]))
    assert [b.text for b, k in page.body if k == "p"] == [
        wrapped[0] + wrapped[1], wrapped[2] + wrapped[3], wrapped[4] + wrapped[5]]
    assert page.ends == {1: 2, 3: 4, 5: 6}
    # elsewhere a line ending in a speech verb leads into the next
    lead = "就抓好各项任务落实,王建华强调"
    words = "要在大局下思考、全局中谋划、布局中推进,把握抓落实的主动权,确保各项任务按时完成。"
    narrative = ["3月4日,某市长王建华主持召开市政府全体会议,研究部署今年工作。", "市领导李明、赵强出席会议,各部门负责人参加会议。"]
    page = parse("\n".join(["市政府全体会议召开", *narrative, lead, words]))
    assert [b.text for b, k in page.body if k == "p"] == [*narrative, lead + words]
    # one line ending in a comma on an unwrapped page stays a line of its own
    page = parse("\n".join(["市政府全体会议召开", *narrative, "王建华提前一天来到港口,登门拜访了两名院士,", "并且前往有关部门咨询。王建华说:“年底前投入使用。”"]))
    assert not any(b.text.startswith("王建华提前") and "并且" in b.text for b, k in page.body)


def test_a_label_repeated_down_the_page_is_a_turn_and_ends_the_answer():
    paras = [
        "副总统参选人王建国选前接受某某之声专访。",
        "某某之声:你们的政策白皮书提到反对一国两制,那你们怎么看统一?",
        "王建国:我们觉得统一现在要谈不是时候,这是我们一贯的立场。",
        "某某之声:那终极统一呢?",  # the outlet asks again: not the answer going on
        "王建国:我们的讲法是说,终极统一绝对不是在我们这个任期里要谈的。",
        "某某之声:民调显示支持统一的民众一直在下降,你怎么看?",
    ]
    assert _who(paras) == [None, None, "王建国", None, "王建国", None]


def test_a_surname_label_in_a_transcript_is_the_one_person_of_that_surname():
    paras = [
        "今天的嘉宾是上海某某集团有限公司董事长李建国,还有某某公司总经理戴志明。",
        "主持人朱小红:听众朋友您好,欢迎收听今天的节目,我们请来了两位嘉宾。",
        "李:你好。",
        "戴:大家好。",
        "朱:入世以后纺织业是最大的受益者,你们怎么看?",  # the host asks
        "李:这要看怎么看,对我们整个国家来说受益肯定是很大的。",
    ]
    assert _who(paras) == [None, None, "李建国", "戴志明", None, "李建国"]
    # two people of one surname: a bare surname names nobody
    two = ["董事长李建国和总经理李明出席。", "李:你好。", "李:我们会继续努力。"]
    assert _who(two)[1:] == [None, None]


def test_numbered_points_after_the_first_go_on_for_its_speaker():
    paras = [
        "发言人王建国今日在脸书发文指出,第一疑点为,影片从头到尾没有记者会的全貌。",
        "第二疑点,这个记者会没有任何媒体报道,他质疑这是一场失败的记者会。",
        "第三疑点,记者会放了一个小时的幻灯片,内容与主题无关。",
        "第五疑点,会场只有一个人发问。",  # not the next point: the chain is broken
    ]
    assert _who(paras) == ["王建国", "王建国", "王建国", None]
    # no first point, no chain
    assert _who(["发言人王建国指出,影片没有记者会的全貌。", "第二疑点,这个记者会没有任何媒体报道。"]) == ["王建国", None]


def test_a_speaker_who_ends_a_line_with_a_colon_says_the_next_paragraph():
    paras = [
        "2012年11月16日,外交部发言人王建国主持例行记者会。",
        "王建国首先发布消息:",
        "应东盟轮值主席国邀请,国务院总理将出席东亚领导人系列会议。",
        "问:中方认为安理会是否有必要介入?",
    ]
    assert _who(paras) == [None, "王建国", "王建国", None]
    # a colon turn keeps its own chain (陈强：…女士们、先生们： / 大家下午好 / …)
    turn = ["陈志强:新闻界的各位朋友,女士们、先生们:", "大家下午好!", "欢迎参加今天的新闻发布会。"]
    assert _who(["市政府新闻办主任陈志强主持发布会。", *turn]) == [None, "陈志强", "陈志强", "陈志强"]


def test_pinyin_readings_left_in_a_page_are_dropped():
    page = parse("\n".join(["外交部发言人主持例行记者会", "2012年11月16日,外交部发(fā)言人王建国主持例行记者会,并回答记者提问。",
                            "王建国首先发(fā)布消息:", "应东盟轮值主席国邀请,国务院总理将出席东亚领导人系列会议(AI)。"]))
    texts = [b.text for b, k in page.body if k == "p"]
    assert texts[0] == "2012年11月16日,外交部发言人王建国主持例行记者会,并回答记者提问。"
    assert texts[-1].endswith("(AI)。")  # letters without a tone mark are no reading


def test_a_headline_turn_names_whom_it_talks_about_without_doubt():
    context = ("今晚,上海某某队客场1比4不敌对手。赛后,某某队主帅刘志强表示,毕竟联赛还没有结束。",)
    assert _who(["某某队主帅:球队还不会放弃"], context) == ["刘志强"]
    ambassador = ("中国驻美国大使王建国表示,美国总统特朗普访华将是国事访问。",)
    assert _who(["中国驻美国大使:特朗普访华将是“国事访问+”"], ambassador) == ["王建国"]
    # the last part of a transliterated name the page gave in full
    trump = ("美国总统唐纳德·特朗普4月7日向采访团队表示,“我们已经取得了巨大进展”。",)
    assert _who(["特朗普:在对华关系中取得重大进展"], trump) == ["唐纳德·特朗普"]
    # a title two people share names nobody
    two = ("赛后,某某队主帅刘志强表示,联赛还没有结束。另一支某某队主帅王建国说,我们会调整。",)
    assert _who(["某某队主帅:球队还不会放弃"], two) == [None]


def test_answered_words_and_nouns_of_speech():
    context = ["外交部发言人王丽23日主持例行记者会。有日本记者问她,时隔很久主持记者会有什么特别意义?"]
    assert _who([*context, "王丽笑着回答,似乎没有,就是非常想大家了。"])[1] == "王丽"
    assert _who([*context, "王麗笑著回答,似乎沒有,就是非常想大家了。"])[1] == "王麗"  # 著 as written in Taiwan
    # 的回答, 回答起来: a noun and a manner, not another speaker contesting the paragraph
    paras = ["香港某报记者李明在发布会上提问。", "他问及中央政府将采取哪些措施。李明认为发言人王建国的回答“信息量比较大”,王建国回答起来“比较简洁”。"]
    assert _who(paras)[1] == "李明"
    # 在回答…时: an adverbial, not another speaker before the 他
    assert _who(["国家统计局新闻发言人李超出席发布会。", "在回答记者关于就业形势的提问时,他表示,失业率总体稳定。"])[1] == "李超"


def test_one_quotation_a_line_with_its_dashes_is_not_a_wrapped_page():
    lines = [
        "“晚上的客流是白天的两倍,营业额也翻了一番。”——湖滨步行街奶茶店店主 俞晓峰",
        "“夜市的烟火气让人觉得这座城市很有活力,我们每个周末都会来逛逛。”——游客 何佳怡",
        "“我们会在保障安全的前提下,延长重点商圈的营业时间。”——上城区商务局局长 沈建华",
        "据上城区商务局统计,今年上半年,湖滨商圈夜间消费额同比增长27%。",
    ]
    page = parse("\n".join(["他们眼中的夜经济", "夏夜的杭州,湖滨步行街人头攒动,城市的夜经济越来越热闹。我们采访了几位经营者。", *lines]))
    assert [b.text for b, k in page.body if k == "p"][1:] == lines


def test_an_honorific_after_the_name_and_the_act_of_speaking():
    assert _who(["全国政协常委、无党派民主人士赵至展委员告诉记者:“我相信每个人都会珍惜这次会议。”"]) == ["赵至展"]
    # 就“…”发言: a quoted topic and the act of speaking, not words
    topic = "会议期间,委员们建睿智之言。丁时勇委员就“优化转移支付结构”在全体委员大会上发言,吴刚等委员围绕“构建公平环境”作了书面发言。"
    assert _who([topic]) == [None]
    # words after the act of speaking come with their own verb or a colon
    assert _who(["市长王建华在会上发言,强调要抓好落实。"]) == ["王建华"]
    assert _who(["市长王建华在会上发言:“我们要抓好落实。”"]) == ["王建华"]


def test_a_title_and_name_then_a_quotation_is_that_persons_words():
    assert _who(["外交部发言人王丽“在关心到国家利益的问题上,我比男人更加强硬”"]) == ["王丽"]
    # a nickname in quotation marks after a name is no quotation of words
    assert _who(["外交部发言人王丽“铁娘子”的称号由来已久。"]) == [None]
    # something else before the name: not the bare headline form
    assert _who(["记者见到外交部发言人王丽“在关心到国家利益的问题上,我比男人更加强硬”"]) == [None]


def test_a_whole_quotation_after_a_question_to_the_interviewee_is_the_answer():
    paras = [
        "12月28日,外交部发言人王丽在结束例行发布会后接受了本报专访。",
        "-您觉得今年印象最深刻的一个新闻是什么?",
        "“其实,热点、敏感问题对我们来说就像是家常便饭。”",
        "-今年您被问得最多的问题是什么?",
        "“应该是半岛局势的有关问题。”",
        "采访结束时已是傍晚,窗外下起了雪。",
    ]
    assert _who(paras) == [None, None, "王丽", None, "王丽", None]
    # a question to the reader in narrative, then narrative: nobody
    assert _who(["王丽走进会场。", "你知道她为什么来吗?", "会议随后开始,气氛热烈。"]) == [None, None, None]


def test_headline_marks_and_captions_that_report_words():
    body = [
        "新华社北京3月1日电 一名多年报道政协大会的老记者,成为新一届政协新闻发言人。",
        "“对于这份工作,尽管不陌生,但还是诚惶诚恐。”新任政协新闻发言人王国庆说。",
    ]
    page = parse("\n".join(["政协新闻发言人:尽量回答更多公众关心的问题(图)", "(2016-3-1 15:55:59) 来源:新华网",
                            "原标题:新任政协新闻发言人王国庆:尽量回答更多公众关心的问题", *body]))
    assert page.title == "政协新闻发言人:尽量回答更多公众关心的问题(图)"  # (图) marks a headline, no caption
    assert [b.index for b in page.head] == [0, 2]  # 原标题：… belongs to the headline block
    # a caption of one sentence reporting what a named person said is kept, one of a pose is not
    lines = ["电影《女孩》将在31日上映,导演舒淇和监制叶如芬昨出席记者会,宣传这部电影。",
             "舒淇称泪点很低,回想起叶如芬的鼓励忍不住哭了。(记者王文麟摄)",
             "舒淇在记者会现场。(记者王文麟摄)",
             "舒淇昨谈到拍摄过程忍不住落泪,自嘲泪点很低,但想起监制叶如芬初剪时给她的鼓励。"]
    texts = [b.text for b, k in parse("\n".join(["舒淇为《女孩》落泪", *lines])).body if k == "p"]
    assert lines[1] in texts and lines[2] not in texts


def test_a_preposition_and_a_group_is_no_name_and_an_open_quotation_after_a_colon():
    para = ("下午5时许,大会发言刚刚结束,全国政协主席王建国来到新闻中心,同采编人员一一握手,向大家表示亲切的问候。"
            "王建国说:大家辛苦了!感谢你们的报道。")
    assert _who([para]) == ["王建国"]  # not 向大家
    assert _who(["面对失利,队员们都很沉默,中场张小哲点评这场比赛时只说了三个字:“结束了!"]) == ["张小哲"]


def test_a_whole_quotation_before_its_speaker_says_it():
    paras = [
        "村道修通以前,村里人出门全靠走。",
        "“当年有人扬言,要是拉不回来电就把我脑袋割了。”",
        "华山村村支书熊小喜一边说,一边用手比划着当年的山路。",
    ]
    assert _who(paras) == [None, "熊小喜", "熊小喜"]
    assert [a.how for a in attribute_paragraphs(paras)][1] == "quote"
    # the next paragraph's speaker has words of its own in the first clause: the quotation stays nobody's
    other = [paras[0], paras[1], "华山村村支书熊小喜说,村道已经全部贯通。"]
    assert _who(other) == [None, None, "熊小喜"]


def test_a_retort_a_clause_opener_and_a_counted_unnamed_person():
    # 对此 opens the clause; nobody is spoken to; 反问 is speech; a question full of 你 is the answer here
    assert _who(["外交部发言人王建国主持例行记者会。", "对此王建国反问这位记者,昨天咱们确实交流了很长时间,你对咱们的交流满意吗?"]) == [None, "王建国"]
    # a quotation then an official counted, not named: the person he talks about is no speaker
    para = "“很明显,他们将有机会见面并讨论他们选择的任何议题,”国务院一名高级官员在介绍蓬佩奥行程的电话会议上对记者说。"
    assert _who([para]) == [None]
    # a quotation then its speaker as the subject, the reporter only spoken to
    quoted = ("“这个问题我不便回答,行吗”“这个问题我不太好回答,谢谢!”10日上午,全国政协委员毛小宇"
              "在小组讨论结束后,面对记者的提问如此回答。")
    assert _who([quoted]) == ["毛小宇"]
    # … and the reporter as the subject of that sentence: nobody
    assert _who(["“这个问题我不便回答,行吗?”记者看到,全国政协委员毛小宇在小组讨论结束后匆匆离开。"]) == [None]


def test_daibiao_after_a_name_is_the_verb_not_a_title():
    paras = ["台积电创办人张忠谋代表总统出席会议。", "张忠谋表示,这次会议非常重要。"]
    got = attribute_paragraphs(paras, context=("张忠谋代表总统出席会议",))
    assert got[1].speaker is not None and got[1].speaker.title != "代表"
