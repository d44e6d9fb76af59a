"""Speakers in ordinary news prose (session 12): a known name with a rank and a title after it
(李建国副局长介绍…，他指出), the one told then the words (他用身边的例子告诉大家，…), verbs of reproach
and a memory recalled (质疑，/ 痛斥，/ 感谢 / 想起，), the occasion referred back to between
name and verb (为此), a dateline whose credit is the reporter's name alone ((张三) “…”…)."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import lede_end

_OPENING = "3月5日，全市农业工作会议在市行政中心召开。市农业局党组书记、副局长李建国，市农业局总农艺师孙立平等出席会议。"


def test_a_known_name_then_a_rank_and_a_title_is_that_person():
    paragraphs = [_OPENING, "李建国副局长介绍了今年的春耕准备情况。他指出：今年全市粮食播种面积将稳定在120万亩以上，各地要抓紧备足种子和化肥。"]
    assert speakers_of(paragraphs) == [None, "李建国"]


@pytest.mark.parametrize("rank", ["常务副", "代"])
def test_other_ranks_before_the_title(rank):
    paragraphs = [f"市长办公会议昨天召开，{rank}市长王海峰主持会议。",
                  f"王海峰{rank}市长表示，今年要把更多财力投向教育和医疗，让群众得到更多实惠。"]
    assert speakers_of(paragraphs) == [None, "王海峰"]


def test_a_rank_after_an_unknown_word_names_nobody():
    paragraphs = [_OPENING, "大会副主任介绍了今年的春耕准备情况，各地要抓紧备足种子和化肥。"]
    assert speakers_of(paragraphs) == [None, None]


def test_telling_the_audience_then_the_words():
    paragraphs = ["开幕式上，市技师学院高级讲师周卫东登台宣讲。他用身边的例子告诉大家，技能真的能让生活更美好。"]
    assert speakers_of(paragraphs) == ["周卫东"]


@pytest.mark.parametrize("text", [
    "市技师学院高级讲师周卫东登台宣讲。他告诉同学们一个秘密。",
    "市技师学院高级讲师周卫东登台宣讲，学校随后发出了告知书。",
])
def test_telling_with_no_words_after_the_one_told_names_nobody(text):
    assert speakers_of([text]) == [None]


@pytest.mark.parametrize("verb", ["质疑", "痛斥", "批评"])
def test_a_verb_of_reproach_with_the_words_after_it(verb):
    paragraphs = ["民进党发言人张文华今天召开记者会。",
                  f"张文华{verb}，有关部门至今没有公布调查结果，到底在隐瞒什么？"]
    assert speakers_of(paragraphs) == [None, "张文华"]


@pytest.mark.parametrize("text", [
    "近几年，因为媒体报道，教师张文华遭受到一些质疑，学校也承受了压力。",
    "教师张文华受到批评，随后向学校提交了书面检查。",
])
def test_the_same_words_as_nouns_name_nobody(text):
    assert speakers_of(["市第一中学今年的新校区已经投入使用。", text]) == [None, None]


def test_a_memory_recalled_then_the_clause():
    paragraphs = ["经济部长今天上任，国民党立委陈美玲指出，部会首长要不要来拜会并非重点。",
                  "陈美玲想起，前几天部会首长在答询时完全无视立委的意见，这种态度对良好治理毫无帮助。"]
    assert speakers_of(paragraphs) == ["陈美玲", "陈美玲"]


def test_the_occasion_referred_back_to_between_name_and_verb():
    paragraphs = ["环境部长刘志明今天出席活动。",
                  "环境部的报告日前经行政院会通过，预计3年内挹注12亿元协助地方。刘志明为此向台北市喊话，盼发挥同岛一命的精神，协助其他县市。"]
    assert speakers_of(paragraphs) == [None, "刘志明"]


def test_a_credit_of_names_alone_after_a_dateline():
    text = "衡阳日报讯(王小红) “我希望有更多的学弟学妹走上技能成才之路”"
    assert text[lede_end(text):].startswith("“")
    assert lede_end("本报讯（张三 李四）“我们") == len("本报讯（张三 李四）")


def test_a_credit_with_no_names_is_no_credit():
    assert lede_end("本报讯（视频）“我们") == len("本报讯")


def test_opening_words_then_their_speaker_after_a_named_credit():
    paragraphs = ["衡阳日报讯(王小红) “我希望有更多的学弟学妹走上技能成才、技能报国之路......”5月16日，职业教育活动周启动仪式"
                  "在市职业中等专业学校举行，大屏幕上播放的世界技能大赛冠军赵青青对学弟学妹的寄语令同学们备受鼓舞。"]
    assert speakers_of(paragraphs) == ["赵青青"]


# --- a sentence about one person, then their words closing the paragraph (subjects._narrated_then_words)

def test_a_sentence_about_one_person_then_their_words_after_a_comma():
    paragraphs = ["每天清晨，新河镇东村党支部书记、村级河长周丽萍都会在村里沿着河边走一圈，“发现问题要立刻想办法解决，只有看到河水干干净净，才能放心工作。”",
                  "目前全省像周丽萍这样的村级河长共有3.8万名。"]
    assert speakers_of(paragraphs) == ["周丽萍", None]


def test_a_clause_naming_nobody_may_stand_between():
    paragraphs = ["支教老师陈立新来到山区已经八年。",
                  "八年来，陈立新走过了上千公里家访路，20多个村落，“在地图上如果标注我住过的地方，可以画出一片星空来。”"]
    assert speakers_of(paragraphs) == [None, "陈立新"]


def test_a_pronoun_for_the_person_the_sentence_named():
    paragraphs = ["支教老师陈立新来到山区已经八年。",
                  "近几年，因为媒体报道，外界有些议论。当时，陈立新已经度过了最艱难的几年，他觉得有议论很正常，“一两年是作秀，十年八年呢，我可以一直作秀下去。”"]
    assert speakers_of(paragraphs)[1] == "陈立新"


def test_a_colon_after_the_manner_of_speaking():
    paragraphs = ["村党委书记孙建华今年五十岁，是一名退伍军人。",
                  "孙建华略作沉思，语气舒缓：“说实话，驻村第一书记我们这儿已经派来过几批了。”"]
    assert speakers_of(paragraphs) == [None, "孙建华"]


@pytest.mark.parametrize("text", [
    # a sign's words after a colon: nobody's
    "孙建华指着村口的一块牌子，上面写着：“保护环境，人人有责，共建美丽家园。”",
    # the person as an object
    "村里的老人都认识孙建华，“有困难就去找他，他总能想办法解决。”",
    # two clauses naming nobody between
    "孙建华走进村委会，屋里坐满了人，桌上摆着茶水，“今天的会议主要讨论修路的事情，大家都说说。”",
    # someone else speaks between
    "孙建华走进村委会，村民们纷纷表示，“修路的事情拖了好几年，希望今年能办成。”",
])
def test_words_that_may_be_another_persons_name_nobody(text):
    paragraphs = ["村党委书记孙建华今年五十岁，是一名退伍军人。", text]
    assert speakers_of(paragraphs) == [None, None]


def test_a_pronoun_for_someone_of_another_paragraph_names_nobody():
    paragraphs = ["村党委书记孙建华今年五十岁，是一名退伍军人。",
                  "会后，他走到村口，“修路的事情拖了好几年，今年一定要办成。”"]
    assert speakers_of(paragraphs) == [None, None]


# --- a short question put to the speaker of the words just before (speakers: WalkState.put_to)

def test_a_question_put_then_the_answer():
    paragraphs = [
        "村党委书记孙建华今年五十岁，是一名退伍军人。",
        "孙建华略作沉思，语气舒缓：“说实话，驻村第一书记我们这儿已经派来过几批了。”",
        "“为什么？”",
        "“以前我总觉得，上级安排的事，我配合完成就行，后来想法变了。”",
    ]
    assert speakers_of(paragraphs) == [None, "孙建华", None, "孙建华"]


def test_a_short_question_after_narration_is_no_question_put():
    paragraphs = [
        "村党委书记孙建华今年五十岁，是一名退伍军人。",
        "村里的路修了好几年，一直没有修好。",
        "“为什么？”",
        "“以前我总觉得，上级安排的事，我配合完成就行，后来想法变了。”",
    ]
    assert speakers_of(paragraphs)[2:] == [None, None]


# --- a whole quotation, then a paragraph opening with it as a titled person's call or message (passes._words_owner)

_INVITATION = "“我是大桥镇东村的驻村第一书记，不知你们对村庄的选择有哪些标准？请允许我向你们推荐东村。”"


def test_a_quotation_then_the_titled_owner_of_the_call():
    paragraphs = [_INVITATION, "区妇联原副主席陈晓燕的一通邀请电话，成为我们采访组前往东村的契机。"]
    assert speakers_of(paragraphs) == ["陈晓燕", None]


@pytest.mark.parametrize("after", [
    "大家都接到了区妇联原副主席陈晓燕的一通邀请电话。",  # the owner is no opening subject
    "区妇联原副主席陈晓燕的办公室里，摆满了各村送来的资料。",  # what the person owns is no words
    "陈晓燕的一通邀请电话，成为我们采访组前往东村的契机。",  # no title: who she is the page never says
])
def test_other_openings_name_nobody(after):
    assert speakers_of([_INVITATION, after]) == [None, None]


# --- a time's comma before the sentence's person; a day in Chinese numerals; a topic that is a matter

def test_a_time_then_a_comma_then_the_person_opening_the_sentence():
    paragraphs = ["会上，市公安局党委委员、办公室主任张卫国围绕打击诈骗等方面，通报了全市警方近年来的总体工作，"
                  "并强调指出，今年以来全市公安机关坚持打防并举，打击治理工作取得良好成效。"]
    assert speakers_of(paragraphs) == ["张卫国"]


def test_a_day_in_chinese_numerals_between_name_and_verb():
    paragraphs = ["刑警大队接连爆出证物不见，引发社会议论。对此，警政署副署长刘伯文十五日说，警政署对于发生这件事深感抱歉。"]
    assert speakers_of(paragraphs) == ["刘伯文"]


def test_a_topic_that_is_a_matter_leaves_the_subject_to_the_sentence():
    paragraphs = ["警政署副署长刘伯文此前已向社会道歉。",
                  "刘伯文昨日出席立法院委员会时，针对此事表示，案件已经报请地检署分案侦办，警察有自清的决心。"]
    assert speakers_of(paragraphs) == [None, "刘伯文"]


def test_a_topic_naming_a_person_still_names_nobody_as_its_subject():
    paragraphs = ["警政署副署长刘伯文此前已向社会道歉。",
                  "刘伯文昨日出席立法院委员会时，针对议员张文华表示，案件已经报请地检署分案侦办。"]
    assert speakers_of(paragraphs)[1] is None


@pytest.mark.parametrize("text", [
    "教师张文华受到了批评，随后向学校提交了书面检查。",
    "教师张文华面对质疑，仍然坚持每天家访。",
    "教师张文华引发质疑，学校随后展开了调查。",
    "教师张文华被告知家长，学校明天停课。",
])
def test_reproach_and_telling_received_name_nobody(text):
    assert speakers_of(["市第一中学今年的新校区已经投入使用。", text]) == [None, None]



# --- thanks with its own subject (data/subject_verbs.txt)

def test_thanks_with_its_subject_after_the_speaker_spoke():
    paragraphs = ["教育局局长王志成表示，今天开学，大部分学校运作正常。", "他感谢校长及老师坚守岗位，专业面对事件。"]
    assert speakers_of(paragraphs) == ["王志成", "王志成"]


@pytest.mark.parametrize("text", [
    "[高建明]谢谢主持人，也感谢广大网友一直以来对交通工作的关心和支持。",  # opening its clause: no subject
    "全体市民全力配合政府的工作，特区政府致以衷心的感谢。",  # a noun after 的
])
def test_thanks_with_no_subject_of_its_own_names_nobody(text):
    assert speakers_of(["[主持人]欢迎高局长做客我们的节目。", text]) == [None, None]
