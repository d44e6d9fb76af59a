"""Transcript turns (session 10, issue 10): a label alone on its line hands the floor to its person
until the next turn; a person the speaker cites in the turn says none of its paragraphs. Invented
sentences only; each assertion fails without the rule it names."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


TRANSCRIPT = [
    "新闻办新闻局局长、新闻发言人 胡明红：",
    "女士们、先生们，大家下午好！欢迎出席今天的见面会。王大同主席指出，科学成就离不开精神支撑。",
    "下面，我们先请代表介绍一下自己，首先有请姚院士。",
    "中国科学院院士、高原研究所名誉所长 姚檀林：",
    "我叫姚檀林，来自高原研究所。王大同主席强调，要把论文写在祖国大地上，我们一直是这样做的。",
    "我们最近在组织第二次高原科考，我作为首席科学家推动这个专项。",
]


def test_a_person_cited_inside_a_labelled_turn_does_not_take_it():
    got = _speakers(TRANSCRIPT)
    assert got[1] in (None, "胡明红") and got[4] == "姚檀林"  # (the cited words may leave it unsure)
    assert "王大同" not in got


def test_a_question_ends_the_labelled_turn():
    got = _speakers([
        *TRANSCRIPT[:2],
        "记者：请问今年的科考有什么新安排？",
        "王大同主席指出，科学成就离不开精神支撑，科学家要肩负新时代的科技使命。",
    ])
    assert got[1] != "王大同" and got[3] != "胡明红"


# -- a lead naming the headline's person by title alone ---------------------------------------------

LEAD = [
    "(北城10日讯)中国驻南国大使指出，配合两国建交50周年，双方应坚定地抓紧机会，砥砺前行。",
    "他说，截至去年底，中国已连续第15年稳居南国最大贸易伙伴地位，双边贸易额持续增长。",
]


def test_a_lead_naming_its_subject_by_title_alone_is_the_headline_persons():
    got = _speakers(LEAD, context=["欧阳明靖:建交50周年 两国关系砥砺前行"])
    assert got == ["欧阳明靖", "欧阳明靖"]
    honorific = _speakers(["(北城10日讯)首相拿督斯里指出，在政局稳定的情况下，政府将在今年专注于吸引投资。"],
                          context=["政府稳定强大 安明华:今年专注经济发展"])
    assert honorific == ["安明华"]


def test_a_headline_without_a_named_label_or_a_title_someone_else_holds_names_nobody():
    assert _speakers(LEAD[:1], context=["建交50周年 两国关系砥砺前行"]) == [None]
    assert _speakers(LEAD[:1], context=["大使:建交50周年 两国关系砥砺前行"]) == [None]  # a title, no name
    held = _speakers(["中国驻南国大使王立新昨日抵达北城。", *LEAD[:1]], context=["欧阳明靖:建交50周年 两国关系砥砺前行"])
    assert held[1] != "欧阳明靖"  # the page names another holder of the title


def test_a_headline_paragraph_names_the_person_for_the_lead_under_it():
    got = _speakers([
        "王晓明:对教育发声非过敏 须警惕温水煮青蛙",
        "(北城20日讯)青年团总团长拿督重申，不要因为人士勇敢站出来提出反对意见，就将他们标签为过敏。",
        "她今日在文告中表示，对教育来说最致命的毒招，便是一直试图施于教育身上的温水煮青蛙招式。",
    ])
    assert got[1:] == ["王晓明", "王晓明"]


def test_a_turn_label_writing_its_title_in_parts_with_blanks_is_the_persons_turn():
    got = _speakers([
        "国家发展委员会党组成员 副主任 赵明昕：大湾区建设实施五年来，取得了明显成效，规划政策体系逐步构建。",
        "国家发展委员会党组成员 国家储备局党组书记 局长 丛明亮：第一，粮食产量实现高位攀升，人均粮食产量持续增长。",
        "本报 首席 记者 王大明：第一，粮食产量实现高位攀升，人均粮食产量持续增长。",
    ])
    assert got == ["赵明昕", "丛明亮", None]


def test_the_last_of_a_line_up_is_not_introduced_to_speak_next():
    lineup = "大会新闻中心邀请了五位部长接受采访，五位部长分别是：部长王大明先生，部长李小红女士，部长张国强先生，部长赵立新先生，部长孙建华先生。"
    got = _speakers([lineup, "下面，我们有请第一位部长，王大明部长。请大家提问。"])
    assert got[1] != "孙建华"


def test_narration_naming_the_labelled_person_is_not_their_turn():
    got = _speakers([
        "中国科学院院士王立赤：",
        "第一个电话要打给父亲。",
        "中国工程院院士刘少明：",
        "刘少明的导师、中国工程院院士陈大年表示，刘少明从小就很勤奋，做实验从不马虎。",
    ])
    assert got[3] == "陈大年"  # narration about the labelled person: the one who speaks in it
