"""Transcripts and interviews (session 8, issue 10 item 2b/2d): who answers 答：…, answers running on
over several paragraphs, and turn labels in the forms pages write them — on our own sentences."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_the_press_conference_named_under_its_transcript_answers_the_questions():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "在经贸方面，两国合作潜力巨大，我们愿同各方一道努力。",
        "问：对于昨天的选举结果，中方有何评论？",
        "答：我们尊重该国人民的选择。",
        "2018年3月19日，外交部发言人林小青举行例行记者会。",
    ])
    assert got == [None, "林小青", "林小青", None, "林小青", None]


def test_two_spokespersons_under_the_transcript_leave_the_answers_to_nobody():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "外交部发言人林小青和商务部发言人高明远分别举行例行记者会。",
    ])
    assert got[1] is None


def test_a_spokesperson_named_after_the_questions_without_a_press_conference_answers_nothing():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "此前，外交部发言人林小青曾就此事表态。",
    ])
    assert got[1] is None


def test_bracketed_name_labels_taking_turns_with_the_host_are_that_persons_turns():
    got = _speakers([
        "[主持人]欢迎高局长做客我们的节目，和网友们聊一聊城区的交通。",
        "[高建明]谢谢主持人，也感谢广大网友一直以来对交通工作的关心和支持。",
        "[主持人]有网友问，城东隧道什么时候能够通车？",
        "[高建明]这个问题网友们很关心，我们争取年底前建成通车。",
    ])
    assert got == [None, "高建明", None, "高建明"]


def test_a_bracketed_name_opening_one_paragraph_only_is_no_turn():
    got = _speakers([
        "[主持人]欢迎高局长做客我们的节目。",
        "[高建明]谢谢主持人，也感谢广大网友一直以来对交通工作的关心和支持。",
        "[主持人]有网友问，城东隧道什么时候能够通车？",
    ])
    assert got[1] is None


def test_a_spaced_label_alone_on_its_line_gives_the_paragraph_below_to_its_person():
    got = _speakers([
        "国务院新闻办新闻局 林海燕：",
        "女士们、先生们，上午好。欢迎大家出席今天的新闻发布会。",
        "国家防汛抗旱总指挥部秘书长、应急管理部副部长兼水利部副部长 王建平：",
        "女士们、先生们，各位媒体的朋友，大家上午好。今年的汛情十分复杂。",
    ])
    assert got == [None, "林海燕", None, "王建平"]


def test_a_spaced_label_of_a_reporter_gives_nobody():
    got = _speakers([
        "新华社记者 林海燕：",
        "请问今年的汛情有什么特点？",
    ])
    assert got == [None, None]


def test_a_rare_surname_opens_a_bare_name_turn_among_others():
    got = _speakers([
        "赛后，国乒队员们接受了记者采访。",
        "林诗栋：今天的发挥在我们的预期之内，虽然输掉了一局，但我们没有慌乱。",
        "蒯曼：在第二局时，对手的旋转球并不强烈，我努力调整状态。",
    ])
    assert got[2] == "蒯曼"


def test_a_turn_behind_the_remains_of_a_markup_tag_is_that_persons():
    got = _speakers([
        "林诗栋：今天的发挥在我们的预期之内，虽然输掉了一局，但我们没有慌乱。",
        "孙颖莎：现场氛围非常棒，非常感谢大家来到这里支持我们！",
        "< strong >王楚钦: strong > 今天我的表现很好，也调动起了现场气氛。",
    ])
    assert got == ["林诗栋", "孙颖莎", "王楚钦"]


def test_a_name_ending_as_a_place_would_is_a_name_after_a_title_and_answers_the_interview():
    got = _speakers([
        "康师傅控股公司董事长魏应州指出，集团因应发展需求，将在两岸兴建总部大楼。以下为采访内容：",
        "问：你认为新政府上任后的表现如何？",
        "答：人民对于新政府的期待过高，产业的调整仍需要更长的时间。",
    ])
    assert got == ["魏应州", None, "魏应州"]


def test_a_place_after_a_title_word_stays_no_name():
    got = _speakers(["公司董事长郑州指出，集团将兴建总部大楼。"])
    assert got == [None]


def test_a_microblogs_verified_mark_after_the_name_is_no_part_of_it():
    got = _speakers([
        "工业和信息化部部长高明远V：目前已经有一批企业在申请资质，相关部门正在组织专家评审。",
        "中国汽车工业协会副秘书长林海峰V：新能源汽车数量的增长不是主要的，关键还要看续驶里程。",
    ])
    assert got == ["高明远", "林海峰"]


def test_an_a_colon_turn_is_the_interviewees_answer():
    got = _speakers([
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
    got = _speakers([
        "本报记者日前专访了清华大学教授李明远。李明远的导师王建国是著名学者，王建国培养了很多学生，王建国退休后仍在工作。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] == "李明远"


def test_the_subject_of_an_accepted_interview_answers():
    got = _speakers([
        "清华大学教授李明远日前接受本报记者采访。导师王建国是著名学者，王建国培养了很多学生，王建国退休后仍在工作。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] == "李明远"


def test_two_people_interviewed_leave_the_answers_to_nobody():
    got = _speakers([
        "本报记者日前采访了清华大学教授李明远和北京大学教授王建国。王建国培养了很多学生。",
        "问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
    ])
    assert got[2] is None


def test_an_office_then_a_foreign_name_with_its_original_labels_that_persons_turn():
    got = _speakers(["英伟达投资者关系部托马斯·哈里(Thomas Hari)：谢谢。各位下午好，欢迎参加本季度财报电话会议。"])
    assert got == ["托马斯·哈里"]


def test_a_journalists_foreign_name_label_asks():
    got = _speakers(["美联社记者托马斯·哈里(Thomas Hari)：请问贵公司如何看待中国市场？"])
    assert got == [None]


def test_an_offices_last_character_is_no_part_of_a_foreign_name_after_it():
    got = _speakers(["公司投资者关系部彼得·威尔逊(Peter Wilson)：谢谢。各位下午好，欢迎参加本季度财报电话会议。"])
    assert got == ["彼得·威尔逊"]


def test_a_numbered_question_is_a_question_turn_not_the_last_speakers_words():
    got = _speakers([
        "清华大学教授李明远日前接受本报记者专访，他谈了三个问题：",
        "1. 问：您为什么选择这个方向？",
        "答：这是兴趣使然，也是国家需要。",
        "二、问：您对年轻人有什么建议？",
        "答：要坚持，不要轻易放弃。",
    ])
    assert got[1] is None and got[3] is None
    assert got[2] == got[4] == "李明远"


def test_an_answer_goes_on_over_paragraphs_until_the_reporter_narrates():
    got = _speakers([
        "外交部发言人林小青主持例行记者会。",
        "问：中方对此有何评论？",
        "答：我们尊重该国人民的选择。",
        "中俄是好邻居，也是全面战略合作伙伴，两国关系保持了较高的发展水平。",
        "记者注意到，当天的记者会持续了一个多小时。",
        "问：还有问题吗？",
        "答：没有了。",
    ])
    assert got == [None, None, "林小青", "林小青", None, None, "林小青"]
