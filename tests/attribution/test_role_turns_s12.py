"""Transcript labels of session 12 (turns12): a role label with its holder's name in brackets
(主持人(某某)：), a label the page's encoding garbled (某?。…我是…主持人某某), a glossed label that says who the
person is before its gloss (某某(某报社长某某,以下简称「某」)：), and a post's label once among a
transcript's turns (市长：… for the one 市长 the page names). Invented text only; each rule's first test
fails without it, the others hold its bounds (a journalist asks, no name or two holders name nobody)."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def _attributions(paragraphs, context=()):
    return attribute_paragraphs(paragraphs, context)


# -- 主持人(林小雨)：… ------------------------------------------------------------------------------------

HOSTS = [
    "主持人(林小雨):各位观众大家好,欢迎收看今天的直播访谈节目,我是城市电视台主持人林小雨。",
    "主持人(赵晓峰):大家好,我是交通广播主持人赵晓峰。今天我们请到了市交通局局长周建民。",
    "周建民:主持人好,各位观众、各位听众大家好。",
    "主持人(林小雨):周局长,刚才的短片里大家也看到了,今年的交通拥堵情况有什么变化?",
    "周建民:总体来说,今年的拥堵指数下降了百分之五,我们做了很多工作。",
]


def test_a_role_label_with_a_name_in_brackets_is_that_persons_turn():
    got = _speakers(HOSTS)
    assert got == ["林小雨", "赵晓峰", "周建民", "林小雨", "周建民"]


def test_a_host_named_in_brackets_keeps_the_fuller_title_the_page_gives():
    a = _attributions(HOSTS)
    assert a[0].speaker.title == "城市电视台主持人" and a[1].speaker.title == "交通广播主持人"


def test_a_journalists_label_with_a_name_in_brackets_asks():
    got = _speakers([
        "记者(王明):周局长,今年的拥堵情况有什么变化?",
        "周建民(市交通局局长):总体来说,今年的拥堵指数下降了百分之五。",
        "记者(王明):明年呢?",
        "周建民(市交通局局长):明年我们会继续修路。",
    ])
    assert got[0] is None and got[2] is None and got[1] == "周建民"


def test_a_bracketed_word_that_is_no_name_names_nobody():
    got = _speakers([
        "主持人(现场):大家好,欢迎收看今天的节目。",
        "周建民:主持人好,各位观众大家好。",
        "主持人(现场):请您介绍一下今年的情况。",
    ])
    assert got[0] is None and got[2] is None


# -- 方?。… (a label the encoding garbled) ----------------------------------------------------------

GARBLED = [
    "主持人(林小雨):各位观众大家好,我是城市电视台主持人林小雨。",
    "方?。这里是网络直播间,我是直播间的主持人方圆,网友们有问题请尽管发给我。",
    "主持人(林小雨):我们还请到了两位市民代表。",
    "周建民:主持人好,各位观众大家好。",
]


def test_a_garbled_label_is_the_person_the_turn_introduces_by_what_is_left_of_it():
    got = _speakers(GARBLED)
    assert got[1] == "方圆"


def test_a_garbled_label_of_no_one_introduced_ends_the_turn_before_it():
    got = _speakers([GARBLED[0], "方?。这里是网络直播间,网友们有问题请尽管发给我们。", *GARBLED[2:]])
    assert got[1] is None  # not 林小雨's words running on


def test_a_question_mark_inside_a_turn_is_no_garbled_label():
    got = _speakers([*GARBLED, "为什么?因为我们今年修了很多路,我们也做了很多工作。"])
    assert got[4] == "周建民"  # the answer goes on


# -- 王海涛(某某研究院院长,以下简称「王」)：… --------------------------------------------------------

GLOSSED = [
    "陈立(《城南周刊》社长陈立,以下简称「陈」):去年研究院招了很多年轻人,您认为最主要的原因是什么?",
    "王海涛(某某研究院院长,以下简称「王」):最大的原因是年轻人愿意回来了,我们非常高兴。",
    "陈:那么明年呢?",
    "王:明年我们会继续扩大招生,也会继续改善待遇。",
]


def test_a_glossed_label_that_says_who_the_person_is_names_them_and_their_later_turns():
    a = _attributions(GLOSSED)
    assert [x.speaker.name if x.speaker else None for x in a][1::2] == ["王海涛", "王海涛"]
    assert a[1].speaker.title == "某某研究院院长"


def test_a_glossed_label_of_a_journalist_asks():
    got = _speakers([
        "张明(本报记者,以下简称「张」):去年研究院招了很多年轻人,原因是什么?",
        *GLOSSED[1:2],
        "张:那么明年呢?",
        *GLOSSED[3:],
    ])
    assert got[0] is None and got[2] is None and got[1] == "王海涛"


# -- 市长：… once among a transcript's turns -----------------------------------------------------------

COUNCIL = [
    "以下是市长刘建国今日在市议会出席答问会的答问全文:",
    "张伟议员:多谢主席。市长,我认同你这几年做了很多工作,包括房屋和交通。",
    "议会主席何志明:市长。",
    "市长:主席,张伟议员点出了我过去公开提出的两个最大问题,一个是土地不足,另一个是人手不足。",
]


def test_a_posts_label_once_among_turns_is_the_one_holder_the_page_names():
    assert _speakers(COUNCIL)[3] == "刘建国"


def test_a_posts_label_with_two_holders_names_nobody():
    got = _speakers([
        "以下是市长刘建国和前市长孙立平今日在市议会出席答问会的答问全文:",
        *COUNCIL[1:],
    ])
    assert got[3] not in ("刘建国", "孙立平")


def test_a_name_after_a_title_ends_before_the_preposition_of_the_matter_spoken_of():
    from retrieval.attribution.lexicon import mentions

    found = mentions("某某部部长刘大海就去年的专项整治等问题回应了记者提问", {})
    assert [(sp.name, sp.title) for _, sp in found] == [("刘大海", "某某部部长")]


# -- a named host who asks nothing on the page -------------------------------------------------------

HOSTED = [
    "李明亮:各位观众,大家下午好!我是某某电视台主持人李明亮。今天我们请到了某某大学法学院教授王建华。",
    "王建华:主持人好,各位观众大家好。",
    "李明亮:多年来,执行难问题备受社会各界关注,是长期制约法院工作发展的老大难问题。",
    "王建华:执行难的原因是多方面的,我们这几年做了很多研究。",
]


def test_a_named_host_who_never_asks_speaks_their_own_turns():
    assert _speakers(HOSTED) == ["李明亮", "王建华", "李明亮", "王建华"]


def test_a_named_host_who_asks_on_the_page_is_an_interviewer():
    got = _speakers([*HOSTED[:2], "李明亮:王教授,执行难的原因是什么?", HOSTED[3]])
    assert got[0] is None and got[2] is None and got[3] == "王建华"


def test_a_rarer_surname_opens_a_transcripts_bare_label():
    got = _speakers([
        "主持人:各位网友大家下午好,今天我们请到了两位嘉宾。",
        "隗永安:大家好,我叫隗永安,来自区人民检察院,我从检二十多年了。",
        "主持人:好的,谢谢您。",
        "隗永安:对。",
    ])
    assert got[1] == "隗永安" and got[3] == "隗永安"
