"""Wrong speakers on unseen pages (session 12): words read as names, a thing named like a person,
a name cut at a surname jieba reads as a word, and the other mechanisms behind them.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import (
    glossed_names,
    mentions,
    page_nonperson,
    plausible_name,
    spoken_names,
)

# --- a surname and three characters: a name only as jieba reads one (names._long_given_name_unread)


def test_one_common_word_after_a_title_is_no_name():
    # 研究生|毕业典礼: 毕 is a surname, 研究生 a title word, 毕业典礼 one noun of jieba's
    assert not plausible_name("毕业典礼", {}, after_title=True)
    paras = [
        "“毕业是新的开始。”毕业典礼上,校长们纷纷致辞,寄语毕业生。",
        "6月20日,某大学本科生毕业典礼和研究生毕业典礼分别在体育馆举行。",
        "校长李文华表示,希望同学们志存高远。",
    ]
    assert speakers_of(paras) == [None, None, "李文华"]


def test_a_place_and_a_kind_of_farmer_is_no_bare_name():
    assert not plausible_name("南投鸡农", {}, after_title=False)  # 南投/j|鸡|农: no person's tag anywhere
    paras = ["饲料价格上涨,南投鸡农指出,蛋价却没有跟着涨,鸡农只能自行吸收成本。"]
    assert speakers_of(paras, ["蛋价低迷 南投鸡农盼政府协助"]) == [None]


def test_four_character_names_jieba_reads_as_people_stay_names():
    for name in ("安倍晋三", "林郑月娥", "古特雷斯", "冯德莱恩"):  # a part tagged nr / nrt
        assert plausible_name(name, {}, after_title=False), name
    # a family name and a given name jieba reads as words: a name right after a title or before an honorific
    assert plausible_name("高市早苗", {}, after_title=True)
    assert plausible_name("高市早苗", {}, after_title=False, honorific=True)
    assert not plausible_name("高市早苗", {}, after_title=False)
    assert speakers_of(["日本首相高市早苗表示,将尽快推出经济对策。"]) == ["高市早苗"]


# --- a thing named like a person (pagenames.page_nonperson, data/named_things.txt)


def test_a_typhoon_name_is_no_speaker():
    page = "台风卡努来袭,全市停课。台风卡努预计在下午登陆。"
    assert page_nonperson("卡努", page)
    assert not page_nonperson("卡努", page + "\n球员卡努表示,比赛照常进行。")  # written after a title: a person
    paras = [
        "台风卡努来袭,全市今天停止上班上课。依据气象资料,台风卡努预计在下午登陆。",
        "市长林佳明说,今晚8时会宣布明天是否停班。",
    ]
    assert speakers_of(paras) == [None, "林佳明"]


# --- a surname jieba reads as a word of its own, then a given name it tags (pagenames.spoken_names)


def test_a_surname_cut_off_a_tagged_given_name_is_part_of_the_name():
    page = "养了两百头牛的巫马丁指出,今年牛价下跌一成。\n巫马丁表示,希望政府出手协助。"
    assert spoken_names(page, {}) == ["巫马丁"]
    assert speakers_of(page.split("\n")) == ["巫马丁", "巫马丁"]  # not 马丁 after 的|巫/n


# --- a question the press puts (clauses._in_press_question, data/press_questions.txt)


def test_a_speech_verb_inside_the_press_question_is_what_is_asked_about():
    paras = [
        "媒体问,议员当选人王建华提出推动“公开质询法”,要求官员不得拒答。",
        "市长陈志明回应,官员面对质询都要正面回答。",
    ]
    assert speakers_of(paras) == [None, "陈志明"]


def test_the_answer_after_the_question_mark_is_read():
    paras = ["有记者问,王建华说到要为地铁争取预算,陈志明会支持吗?陈志明笑说,谢谢王建华,会全力配合。"]
    assert speakers_of(paras, ["市长陈志明谈地铁预算"]) == ["陈志明"]


# --- which label wins in a turn (rules._turn, rules._unread_role_turn)

_LEGCO = [
    "以下是行政长官周启明今日在立法会出席答问会的答问全文:",
    "何文山议员:多谢主席。特首,我想问土地的问题,政府有什么新的计划?",
    "立法会主席李伟强议员:特首。",
    "行政长官:主席,何文山议员提出了一个重要的问题,我在此再回应一下。土地供应是我们最大的挑战。",
]


def test_a_post_label_written_once_in_a_transcript_is_its_one_holder():
    assert speakers_of(_LEGCO) == [None, "何文山", "李伟强", "周启明"]


def test_a_role_label_nobody_is_named_for_is_not_given_to_a_person_its_words_name():
    # with no holder the page names (no lead-in), the post's turn is nobody's — never 何文山's
    paras = [_LEGCO[1], _LEGCO[2], "行政长官:主席,何文山议员指出,土地不足是最大的问题,我同意这个看法。"]
    assert speakers_of(paras)[2] is None


def test_a_host_named_in_brackets_after_the_role_speaks_the_turn():
    paras = [
        "主持人(孙晓雯):各位观众大家好,欢迎收看今天的访谈节目,我是电视台主持人孙晓雯。",
        "主持人(韩立):大家好,我是城市广播主持人韩立。",
        "主持人(孙晓雯):今天来到现场的是市交通局周海涛局长,周局长您好。",
        "周海涛:主持人好,各位观众好。",
        "主持人(孙晓雯):周局长,刚才短片里提到,市民一直在关注早高峰的拥堵,您怎么看?",
        "周海涛:这个问题大家都很关心,我先报告一个最新的数据。",
    ]
    assert speakers_of(paras) == ["孙晓雯", "韩立", "孙晓雯", "周海涛", "孙晓雯", "周海涛"]


def test_a_turn_does_not_run_on_into_a_paragraph_naming_another_holder_of_the_role():
    for host in ("丁丁", "王丽娜"):  # a doubled surname jieba reads as a name is one right after a title
        paras = [
            "主持人(孙晓雯):各位观众大家好,我是电视台主持人孙晓雯。",
            "主持人(韩立):大家好,我是城市广播主持人韩立。",
            f"还有网络直播间的主持人{host},我的任务是收集网友的提问,有问题尽管发给我。",
        ]
        assert speakers_of(paras) == ["孙晓雯", "韩立", None], host


# --- a reporter named in a credit is no one introduced to speak next (speakers.Attributor.propose)


def test_a_quotation_after_a_reporters_credit_is_not_the_reporters():
    paras = [
        "环卫工人李进才两年来一直负责河道的垃圾清理。记者见到他时,他正在清理渠内记者王小鹏、周光伟摄的垃圾,"
        "看着他往污泥里滑,记者真为他担心。",
        "“这段由我和另一位师傅负责,我们每天早上六点半上班,总有清不完的垃圾。”",
    ]
    assert speakers_of(paras)[1] != "王小鹏"


# --- a surname, then a doubled given name jieba reads as a word (names._nr_head)


def test_a_doubled_given_name_after_a_title_is_part_of_the_name():
    assert [sp.name for _, sp in mentions("宜川县的果农甄佳佳紧盯着手机屏幕", {})] == ["甄佳佳"]
    assert mentions("老师王刚刚走进教室", {}) == []  # 刚刚/d: an adverb, no given name
    paras = [
        "近日,歌手李明轩的直播间常上热搜。宜川县的果农甄佳佳紧盯着手机屏幕,关注到了此事。",
        "8月10日,甄佳佳在社交平台发布了消息,言语间由衷感谢李明轩。随后记者采访到了甄佳佳,她表示,明星是否真的在助农,应该由果农来评判。",
    ]
    assert speakers_of(paras) == [None, "甄佳佳"]


# --- a lead that asks what the person will say (clauses._previews, data/previews.txt)

_LEAD = ("三年前就在海淀区投入议员选战、挑战现任议员王大明的周文静,三年后再度投入议员选战。她在今年也领衔提出公投提案,"
         "她认为这对正在受苦的青少年,是最好的保护。但她也直言,搞公投和个人选举其实是冲突的,到底是为什么呢?"
         "周文静也是少数会在网上批评市长的候选人,她又怎么看待几位市长候选人和自己的选战呢?")
_HEADLINE = ["周文静议员:议员不是粉丝该去的位置"]


def test_a_paragraph_closing_on_a_question_about_what_the_person_thinks_is_a_lead():
    paras = [_LEAD, "Q:请先简单的自我介绍:", "“你好,我是周文静,我要参加海淀区的议员选举。”"]
    assert speakers_of(paras, _HEADLINE) == [None, None, "周文静"]


def test_without_the_closing_question_the_words_are_hers():
    said = _LEAD.replace("她又怎么看待几位市长候选人和自己的选战呢?", "她说,自己会坚持到底。")
    assert speakers_of([said], _HEADLINE) == ["周文静"]
    # a question answered in the same paragraph previews nothing
    assert speakers_of(["区议员候选人周文静昨天接受了采访。记者问她如何看待这次选战?她说,选战很辛苦,但值得。"]) == ["周文静"]


# --- a proposal and what became of it, narrated (clauses._no_words_follow, data/answered.txt)


def test_a_proposal_that_became_law_is_narrated_not_said():
    paras = [
        "全国人大代表周明远从大学历史系毕业,是研究教育史的专家。",
        "这位教育专家每年都会提交20多份议案,他反复提出出台家庭教育法建议、出台河流保护法等建议,已落地成为现实。",
    ]
    assert speakers_of(paras) == [None, None]


# --- batches 53 and 54 (sport, courts): the same classes of wrong speaker


def test_a_word_jieba_tags_as_a_name_after_a_verb_is_its_object_not_whom_she_means():
    # 参加过上坡|马拉松/nr: an object, no antecedent for 她 (subjects._verb_object)
    paras = ["Tadesse感谢教练的栽培,让她在这里夺得冠军。她表示,之前在墨西哥参加过上坡马拉松,这次是第一次来中国比赛。"
             "她形容比赛十分有挑战性,希望明年再来。"]
    assert speakers_of(paras) == [None]


def test_a_label_opening_with_one_person_is_never_a_later_word_read_as_a_name():
    # 夏辛|女子组|封后/nr：「…」: the headline's subject, then what she did (rules._opened_by_another)
    paras = ["赛后受访时,夏辛说,最后5公里很辛苦。", "夏辛女子组封后:「最后5公里,我已经累坏了」"]
    assert speakers_of(paras)[1] != "封后"


def test_a_lawyer_who_argues_and_a_judge_whose_question_the_page_cuts():
    # 辩称 is a verb of speech (not the name 吴美仪辩); 质问，… cut off by the page's end is the judge's words
    assert speakers_of(["例如代表被告的大律师吴美仪辩称,该计划根本无法实现,被告也从未相信。"]) == ["吴美仪"]
    paras = ["有些被告求情时指,自己并不相信计划可以实现,例如大律师吴美仪辩称,计划根本无法实现。但法官陈国伟质问,"
             "若各被告真诚不相信计划会成功,是否代表当初他们在所谓初选中利用这个计划拉票造势,"]
    assert speakers_of(paras) == ["陈国伟"]


def test_first_person_narration_naming_the_person_is_not_their_words():
    paras = [
        "秋天到了,王志强回河北老家捡栗子去了。",
        "而在上海,在广州,在全国各地,一群年轻人正从老一辈律师们手中接下最后一棒,在群里热烈讨论王志强的案件,"
        "讨论骑手的劳动保护,讨论我们国家的未来。",
        "王志强说,当时自己很高兴,以为很快就能拿到赔偿。",
    ]
    assert speakers_of(paras, ["骑手办案手记:一场跨越两年的律师接力"]) == [None, None, "王志强"]


def test_a_quoted_term_after_talking_about_is_the_topic():
    assert speakers_of(["赛后,辽宁男篮主帅杨明接受了采访,并谈到了“辽宁王朝”。"]) == [None]


def test_a_quotation_a_colon_gives_to_its_label_is_not_the_next_persons():
    paras = ["主持人vs.球评:「转的,好挡回来,正手再踩脚步,变线好球,打穿了对手。」台湾选手林昀儒打破胶着,率先取得冠军点。"]
    assert speakers_of(paras) == [None]


def test_he_after_a_sentence_naming_another_is_not_the_speaker_before():
    paras = [
        "中国游泳运动员汪明在决赛中表示,自己会继续努力。",
        "关于药检问题,运动员们大部分将责任归咎于反兴奋剂机构。英国游泳运动员亚当·皮特的团队在接力赛中没有获得奖牌,"
        "他在赛后表示,反兴奋剂制度需要更加严格。",
    ]
    assert speakers_of(paras) == ["汪明", None]


def test_a_name_glossed_with_its_latin_original_is_known():
    # pagenames.glossed_names: 她 means 加蒂斯, the subject the page keeps naming, not the titled 卡塞恩
    paras = ["女子组由埃塞俄比亚好手加蒂斯(Mulu Demissie Gadise)强势夺冠,并刷新大会纪录;女子组旧纪录则由埃塞俄比亚选手"
             "卡塞恩(Alemtsehay Kasegn)于2022年创下。依大会规定,加蒂斯获得10万美元奖金。谈到奖金的用途,她开玩笑说,当然希望再多一点。"]
    assert speakers_of(paras) == ["加蒂斯"]
    text = "悉尼马拉松(TCS Sydney Marathon)首年升格,荷兰名将夏辛(Sifan Hassan)夺冠。当唐纳德•特朗普(Donald Trump)在联合国发言时"
    assert glossed_names(text, {}) == ["夏辛"]  # no event's name, no part of a full transliterated name
