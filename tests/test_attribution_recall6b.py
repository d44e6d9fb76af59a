"""Recall (session 6, round 2): readings the tunable batches showed missing.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


def test_a_leading_time_clause_then_the_person_and_a_quotation():
    # 在…的时候，纪导…。“…”: the adverbial clause names nobody, the surname and short title the coach
    text = [
        "昨天的比赛中,华山队主教练纪长河对比赛非常不满意。",
        "在总结比赛的时候,纪导神情严肃,语气也很低沉。“这样的比赛很难让人满意,我们必须好好反思。”",
    ]
    assert _who(text)[1][0] == "纪长河"


def test_a_leading_time_clause_naming_someone_is_no_lead_in():
    # the clause names another person: whose the quotation is stays unsure
    text = [
        "昨天的比赛中,华山队主教练纪长河对比赛非常不满意。",
        "在王明提问的时候,纪导神情严肃,语气也很低沉。“这样的比赛很难让人满意,我们必须好好反思。”",
    ]
    assert _who(text)[1] != ("王明", None)


def test_a_person_then_a_predicate_then_manner_before_the_verb():
    # 郎导感谢了现场球迷颇有些激动地表示: the clause's one person speaks, in manner
    text = [
        "主教练孙海平赛前被问到目标时表现得非常低调。",
        "不过今天比赛之后,孙导感谢了现场球迷颇有些激动地表示,“只要穿上这件球衣,就是代表国家。”",
    ]
    assert _who(text)[1] == ("孙海平", "主教练")


def test_two_people_in_the_clause_before_manner_name_nobody():
    text = ["主教练孙海平赛前被问到目标时表现得非常低调。", "孙导的话让队长李强颇有些激动地表示,“我们会全力以赴,不辜负大家。”"]
    assert _who(text)[1][0] != "孙海平"


def test_someone_made_to_speak_is_not_the_opening_person():
    text = ["主教练孙海平赛前被问到目标时表现得非常低调。", "孙导让球员们颇有些激动地表示,“我们会全力以赴,不辜负大家。”"]
    assert _who(text)[1][0] != "孙海平"


def test_a_pronoun_after_unattributed_words_of_the_one_person_named():
    # the words of the paragraph before went to nobody, but it named only its subject: 他 is that person
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,公司设立了研究院。“我们的原料很多靠进口,这种格局必须改变,所以要有自己的技术。”",
        "养殖虽然是传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。",
    ]
    assert _who(text)[2][0] == "陈家明"


def test_a_pronoun_after_unattributed_words_naming_two_people_stays_unsure():
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,总经理刘志强设立了研究院。“我们的原料很多靠进口,这种格局必须改变,所以要有自己的技术。”",
        "养殖虽然是传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。",
    ]
    assert _who(text)[2] == (None, None)


def test_a_year_then_he_then_a_quotation_left_open():
    # 姜东率先发言。2013年他…。“…(open): a year opens the sentence, 他 is the one who spoke first,
    # 率先 is an adverbial, and the quotation goes on in the next paragraph
    text = [
        "座谈会上,村支书王建国介绍了村里的情况。",
        "返乡创业代表李春生率先发言。2013年他创办了加工企业,如今年产值近千万元。“村里发展得有整体方案,不能东一榔头西一棒槌。我们应该",
    ]
    assert _who(text)[1][0] == "李春生"


def test_manner_alone_before_the_verb_is_the_person_opening_the_clause_before():
    # 楼继伟毫不回避，坦率地回答: the clause before opens with the one person who answers
    text = ["财政部部长楼继伟出席记者会。", "当记者提问时,楼继伟毫不回避,坦率而又入情入理地回答:“这个问题很重要,我们会认真研究。”"]
    assert _who(text)[1][0] == "楼继伟"


def test_manner_alone_after_a_clause_naming_two_people_names_nobody_from_it():
    text = ["财政部部长楼继伟出席记者会。", "当记者提问时,楼继伟和部长王军相视一笑,坦率而又入情入理地回答:“这个问题很重要,我们会认真研究。”"]
    assert _who(text)[1][0] is None


def test_a_first_person_quotation_ending_a_paragraph_about_one_person():
    # the paragraph's one person, subject of its first sentence; the closing 我们 quotation is theirs
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,华丰集团还设立了研究院。“我们的原料很多靠进口,这种格局必须改变。”",
    ]
    assert _who(text)[1][0] == "陈家明"


def test_a_quotation_without_first_person_ending_such_a_paragraph_names_nobody():
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,华丰集团还设立了研究院。“原料很多靠进口,这种格局必须改变。”",
    ]
    assert _who(text)[1] == (None, None)


def test_a_leading_after_clause_then_the_person_whose_sentence_ends_in_a_verb():
    # 记者会开始后，徐巧芯自备卷尺…，并强调…: the clause of time names nobody, the person opens the rest
    text = ["立委张丽华昨天出席了会议。", "记者会开始后,张丽华自备卷尺,前往记者室门外,并强调此处是公共区域,没有人可以阻止。"]
    assert _who(text)[1][0] == "张丽华"


def test_the_person_after_a_leading_clause_naming_someone_else_is_the_subject():
    text = ["立委张丽华昨天出席了会议。", "部长王建军离开后,张丽华自备卷尺,前往记者室门外,并强调此处是公共区域,没有人可以阻止。"]
    assert _who(text)[1][0] == "张丽华"


def test_a_connective_and_its_comma_before_the_pronoun():
    # 对此，她首先否认了…，并认为…: the pronoun after 对此， opens the sentence of the verb
    text = [
        "作家林晓梅表示,电视台对她的采访持续了大概一个小时。",
        "此外,在采访中,主持人试图引导她谈论制度的优劣。对此,她首先否认了这个前提,并认为在非常状态下这些措施是必要的。",
    ]
    assert _who(text)[1][0] == "林晓梅"


def test_a_possessor_in_the_paragraph_does_not_contest_the_pronoun():
    # 他说…再读冯友兰的《中国哲学简史》: the possessor is no other speaker
    text = [
        "国务院新闻办主任赵明远说他家里有很多书,“我一天不看书,就好像一天没吃饭。”",
        "我问他最近在读什么书,他说同时在读三本书:一是再读冯友兰的《中国哲学简史》;二是一本宗教哲学的书。",
    ]
    assert _who(text)[1][0] == "赵明远"


def test_another_subject_in_the_paragraph_still_contests_the_pronoun():
    text = [
        "国务院新闻办主任赵明远说他家里有很多书,“我一天不看书,就好像一天没吃饭。”",
        "我问他最近在读什么书,他说同时在读三本书。冯友兰曾经写过,读书要有方法。",
    ]
    assert _who(text)[1][0] is None


def test_te_shi_is_a_title():
    # 特使凯洛格在出席…活动时解释: an envoy is titled like a minister
    text = ["当地时间3月6日,美国政府俄乌问题特使凯洛格在出席一场智库论坛活动时解释了政府的立场,他说谈判需要时间。"]
    assert _who(text)[0][0] == "凯洛格"


def test_a_candidate_is_titled_and_repeated_action_words_end_a_name():
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("国民党副总统参选人张善政表示", {})] == ["张善政"]
    assert [sp.name for _, sp in mentions("台北市长柯文哲屡屡喊话中央", {})] == ["柯文哲"]
