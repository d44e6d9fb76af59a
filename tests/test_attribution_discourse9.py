"""Linking speech to the person the page means (session 9, issue 10 items 2c/2d): a post alone
standing for its one holder (总统：…, 行政长官表示), a 他/她 before a manner phrase (他一脸忧心的说),
and an interview's answer going on after an outlet's question — on our own sentences."""

from retrieval.attribution.references import _pronoun_in_manner, _sole_holder
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.attribution.turns import _outlet_asks
from retrieval.models import Speaker


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_turns_labelled_by_post_go_to_the_one_holder_the_page_names():
    got = _speakers([
        "李明华总统日前接受本报专访，谈及两岸关系与经济政策。",
        "问：您如何看待当前的两岸关系？",
        "总统：我们一直主张维持现状，这是各方共同的期待。",
        "问：经济方面有什么新的打算？",
        "总统：我们会继续推动产业升级，让年轻人有更多机会。",
    ])
    assert got[2] == got[4] == "李明华"
    assert got[1] is None and got[3] is None


def test_a_post_two_people_hold_on_the_page_names_nobody():
    got = _speakers([
        "李明华总统与前总统王建国日前一同出席典礼。",
        "问：您如何看待当前的两岸关系？",
        "总统：我们一直主张维持现状，这是各方共同的期待。",
        "问：经济方面有什么新的打算？",
        "总统：我们会继续推动产业升级，让年轻人有更多机会。",
    ])
    assert got[2] is None and got[4] is None


def test_a_post_alone_as_the_subject_of_a_speech_verb_is_its_holder():
    got = _speakers([
        "行政长官陈志强今日回应传媒访问时表示，政府已经与专家组开展后续工作。",
        "对于传媒问及大学日前发生的事件，行政长官表示，大学在教学与管理上已建立完善的制度。",
    ])
    assert got == ["陈志强", "陈志强"]


def test_sole_holder_refuses_qualified_and_shared_posts():
    known = {"陈志强": "行政长官", "何文辉": "前行政长官"}
    assert _sole_holder(known, "行政长官陈志强与前行政长官何文辉", "行政长官") is None  # two hold it
    assert _sole_holder({"陈志强": "副院长"}, "副院长陈志强", "院长") is None  # 副院长 is another post
    assert _sole_holder({"陈志强": "院长"}, "院长陈志强", "院长") == Speaker("陈志强", "院长")
    assert _sole_holder({"陈志强": "院长"}, "院长陈志强", "好") is None  # no post at all
    assert _sole_holder({"王芳": "记者"}, "记者王芳", "记者") is None  # the reporter never


def test_a_pronoun_before_a_manner_phrase_is_the_subject_of_the_verb():
    got = _speakers([
        "李建国在记者采访时，说的一席话让在场众人为之动容。",
        "他一脸忧心的说，“希望政府能为电影节颁奖提供一个固定的场地，不要在乎这点钱了。”",
    ])
    assert got[1] == "李建国"


def test_pronoun_in_manner_refuses_possessors_relatives_and_names():
    assert _pronoun_in_manner({}, "他一脸忧心的")
    assert _pronoun_in_manner({}, "她语重心长地")
    assert not _pronoun_in_manner({}, "他的秘书")  # a possessor: someone else speaks
    assert not _pronoun_in_manner({}, "他父亲激动地")  # a relative speaks
    assert not _pronoun_in_manner({}, "他们激动地")  # a group
    assert not _pronoun_in_manner({"王小明": None}, "他和王小明的")


def test_an_outlets_question_opens_an_interview_whose_answer_goes_on():
    assert _outlet_asks("新京报：你们什么时候抵达受灾现场？当时现场情况怎么样？")
    assert not _outlet_asks("新京报：记者昨日获悉，救援工作仍在进行。")
    got = _speakers([
        "灾情发生后，消防大队大队长张建军带队赶赴现场救援。",
        "新京报：你们什么时候抵达受灾现场？当时现场情况怎么样？",
        "张建军：凌晨1点48分，我们从消防大队出发，大概凌晨两点半到达村里。",
        "村里受灾很严重，有上百户村民，道路已经被冲断。",
        "我们打着手电，一户一户地敲门，把老人背了出来。",
    ])
    assert got[2:] == ["张建军", "张建军", "张建军"]
    assert got[1] is None


def test_the_last_part_of_a_transliterated_name_the_page_also_titles_is_the_full_name():
    from retrieval.attribution.references import _canonical, _sole_full_form
    known = {"克里斯托弗·诺兰": "英国导演", "诺兰": "导演"}
    assert _sole_full_form(known, "诺兰") == "克里斯托弗·诺兰"
    assert _canonical(known, Speaker("诺兰", "导演")).name == "克里斯托弗·诺兰"
    two = {"克里斯托弗·诺兰": "导演", "乔纳森·诺兰": "编剧", "诺兰": "导演"}
    assert _sole_full_form(two, "诺兰") is None  # two people end so: neither
    got = _speakers([
        "由英国导演克里斯托弗·诺兰执导的电影在北京举行发布会，导演诺兰出席。",
        "作为一位英国导演，拍摄这部电影是诺兰多年以来的梦想。他告诉现场媒体，这是全世界人民的故事。",
    ])
    assert got[1] == "克里斯托弗·诺兰"


def test_telling_the_station_or_revealing_reports_the_speakers_words():
    got = _speakers([
        "村民代表张建军星期二告诉本台，污水流经当地三个村的农田，庄稼大面积减产。",
        "部长王建国上任后的首要任务，就是与邻国完成最后协商。",
        "他披露，邻国的相关部长将在本月29日来访，以完成最后阶段的协商。",
    ])
    assert got[0] == "张建军"
    assert got[2] == "王建国"


def test_a_quotation_above_a_dash_line_is_the_dash_lines_speakers_or_nobodys():
    got = _speakers([
        "“回去先冲一下全国冠军。”",
        "——夺得举重金牌的中国选手张建军说，接下来的目标是全国比赛。",
        "“我不在乎是否会失去一根手指。”",
        "——攀岩选手之所以被称为“大魔王”是有原因的，她在比赛中受了伤。",
        "“敲门的次数越多，好事就越有可能到来。”",
        "——第三次参加奥运会的高尔夫球选手李丽华获得铜牌后表示，她会继续努力。",
    ])
    assert got[0] == "张建军" and got[1] == "张建军"
    assert got[2] is None  # not 张建军 going on: the dash line below names another source
    assert got[4] == got[5] == "李丽华"


def test_dash_sourced_leaves_a_quotation_a_verb_gave_alone():
    from retrieval.attribution.decision import Attribution
    from retrieval.attribution.passes import dash_sourced
    said = Attribution(Speaker("王芳", None), "speech-verb", 0.98)
    paragraphs = ["“我们会继续努力。”", "——教练王芳说，球队准备充分。"]
    assert dash_sourced(paragraphs, [Attribution(Speaker("张三", None), "quote", 0.99), said]) == []
    assert dash_sourced(paragraphs, [Attribution(), said]) == [(0, Attribution(Speaker("王芳", None), "quote", 0.99))]
    assert dash_sourced(paragraphs, [Attribution(), said], frozenset({1})) == []  # a heading between


def test_unread_subject_reads_a_surname_and_two_characters_jieba_splits():
    from retrieval.attribution.references import _unread_subject
    assert _unread_subject({}, "郭文海一边认真听取发言") == "郭文海"
    assert _unread_subject({}, "王府井大街人流如织") is None  # a place jieba knows whole
    assert _unread_subject({}, "张开双臂欢迎大家") is None
    assert _unread_subject({}, "高度重视这项工作") is None
    assert _unread_subject({"郭文海": "市委书记"}, "郭文海一边认真听取发言") is None  # known: a mention reads it


def test_a_pronoun_after_a_sentence_opened_by_a_person_we_do_not_know_names_nobody():
    got = _speakers([
        "座谈会上，市联谊会会长林少棠表示，报告思路清晰，措施有力，大家很受鼓舞。",
        "郭文海一边认真听取发言，一边就具体的意见建议与大家深入探讨。他表示，征求意见的过程，也是商量工作的过程。",
    ])
    assert got[0] == "林少棠"
    assert got[1] != "林少棠"


def test_a_pronoun_after_two_people_side_by_side_names_nobody():
    got = _speakers(["市长王建国与副市长李明出席开幕式。", "他指出，今年经济形势稳中向好。"])
    assert got == [None, None]
    got = _speakers(["市长王建国出席开幕式并讲话。", "他指出，今年经济形势稳中向好。"])
    assert got[1] == "王建国"


def test_coordinated_reads_subjects_side_by_side_not_companions_of_one():
    from retrieval.attribution.references import _coordinated
    known = {"王建国": "市长", "李明": "副市长"}
    assert _coordinated({}, known, "市长王建国与副市长李明出席开幕式") == {"王建国", "李明"}
    assert _coordinated({}, known, "市长王建国会见了副市长李明") == set()
