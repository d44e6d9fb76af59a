"""Person mentions (retrieval/attribution/names.py, mentions.py, pagenames.py, overrun.py, lexicon.py):
where a name starts and ends (jieba's cuts, transliterated and compound names, honorifics, a surname
and an address term) and which words are no person at all. Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution import lexicon
from retrieval.attribution.lexicon import (
    addressed_person,
    clause_not_name,
    dateline_places,
    joined_compound_surnames,
    joined_transliterations,
    mentions,
    page_nonperson,
    person_at_end,
    plausible_name,
    pos_tags,
)
from retrieval.attribution.postag import dictionary_entry
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.models import Speaker


@pytest.mark.parametrize(
    "core, expected",
    [
        ("村民吴女士", ("吴女士", "村民")),
        ("居民李先生", ("李先生", "居民")),
        ("欧阳女士", ("欧阳女士", None)),
        ("这位女士", None),  # a measure word, not the surname 位
        ("一位先生", None),
        ("向先生", None),  # a preposition, not the surname 向
        ("王大爷", None),  # a familiar address term names nobody
        ("王总", None),  # a title form: the person named elsewhere
        ("张女士的儿子", None),
    ],
)
def test_a_surname_and_a_polite_form_is_a_name(core, expected):
    sp = addressed_person(core)
    assert (None if sp is None else (sp.name, sp.title)) == expected


def test_a_villager_named_by_surname_only_is_unnamed():
    # session 14: the labellers' guide leaves a surname and a polite form unnamed (no speaker)
    text = ["“今年的收成比去年好得多,心里踏实了。”村民吴女士笑着说,“明年还要多种一些。”"]
    assert titled_speakers_of(text) == [(None, None)]
    text = ["仁峰村村民何先生透露,昨天清晨雨势很大,村干部挨家挨户通知大家撤离。"]
    assert titled_speakers_of(text) == [(None, None)]


def test_familiar_address_and_kin_stay_nobody():
    assert titled_speakers_of(["居民赵大姐感慨地说,院子建成以来,今天是大家第一次聚在一起。"]) == [(None, None)]
    assert titled_speakers_of(["村民张女士的儿子说,家里的麦子已经收完了。"]) == [(None, None)]
    assert titled_speakers_of(["这位女士说,家里的麦子已经收完了。"]) == [(None, None)]


def test_a_minority_name_the_words_cut_up_and_its_first_part():
    # jieba cuts the first part into words (库|力加|孜拉) and an action verb follows the last part
    from retrieval.attribution.speakers import _transliterated_names

    assert _transliterated_names("“请喝茶!”38岁的牧民库力加孜拉·俄尔斯别克脱去棉帽,递上奶茶。") == ["库力加孜拉·俄尔斯别克"]
    # a place with a middle dot is no name: its parts do not sound like a transliteration
    assert _transliterated_names("调研组来到幸福古村·齐乐桃源国际旅游度假区项目现场。") == []
    text = [
        "“请喝茶!”38岁的牧民库力加孜拉·俄尔斯别克脱去棉帽,递上奶茶。",
        "“孩子在县城上学,老人住在村里,”库力加孜拉说,“这里家家如此。”",
    ]
    assert titled_speakers_of(text)[1] == ("库力加孜拉·俄尔斯别克", "牧民")


def test_a_first_part_two_names_share_is_nobody():
    from retrieval.attribution.references import _given_part_form
    from retrieval.attribution.speakers import Attributor

    att = Attributor()
    att.register(["座谈会上,牧民库尔班·买买提发言。", "教师库尔班·托合提也来了。"])
    assert _given_part_form(att.known, "库尔班") is None
    att = Attributor()
    att.register(["座谈会上,牧民库尔班·买买提发言。"])
    assert _given_part_form(att.known, "库尔班").name == "库尔班·买买提"
    assert _given_part_form(att.known, "买买提") is None  # the last part is _short_form's


def test_a_name_ends_before_tell_and_in_view():
    # 黄|志豪 is no person to jieba: the name after a title ends where 告诉 starts
    text = ["“南海正着力帮助中小企业快速成长,实现高质量发展。”南海区委书记黄志豪告诉记者。"]
    assert titled_speakers_of(text) == [("黄志豪", "南海区委书记")]
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("在微电子所研究员刘明看来,当选是一个新起点。", {})] == ["刘明"]


def test_a_name_the_page_repeats_after_a_title_is_confirmed():
    # 解立|彬 reads as a verb and a morpheme; the page names him after a title, then twice more
    from retrieval.attribution.lexicon import repeated_titled_names

    text = [
        "赛后,金牛队主教练解立彬接受了媒体采访。",
        "谈到下一场比赛,解立彬表示,全队的目标非常明确。",
        "解立彬强调,对手是一支实力很强的队伍。",
    ]
    assert repeated_titled_names("".join(text), {}) == ["解立彬"]
    assert [w[0] for w in titled_speakers_of(text)][1:] == ["解立彬", "解立彬"]
    # named once only: no confirmation
    assert repeated_titled_names(text[0], {}) == []
    # a clause word after a title is never confirmed (书记和|市长…)
    assert repeated_titled_names("书记和市长,书记和市长,书记和市长。", {}) == []


def test_a_name_after_a_title_ends_before_ji():
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("演员谢琼煖及陈竹昇出席了首映。", {})][:1] == ["谢琼煖"]


def test_a_name_with_a_character_jieba_does_not_know_is_confirmed_by_repetition():
    from retrieval.attribution.lexicon import rare_character_names

    text = "这是小店老板娘杨嬿霖刚尝试的新菜。杨嬿霖说,生意好靠的是口碑。"
    assert rare_character_names(text, {}) == ["杨嬿霖"]
    assert rare_character_names("这是小店老板娘杨嬿霖刚尝试的新菜。", {}) == []  # once: no confirmation
    assert rare_character_names("张明说,生意好。张明说,口碑好。", {}) == []  # jieba knows every character


def test_a_compound_surname_joins_the_given_name_jieba_tags():
    assert joined_compound_surnames([("欧阳", "ns"), ("玉靖", "nr"), ("今日", "t")]) == (("欧阳玉靖", "nr"), ("今日", "t"))
    assert joined_compound_surnames([("上官", "n"), ("云", "nr")]) == (("上官云", "nr"),)
    # a direction or a number is that word, not a surname; a given name must be tagged a person
    assert joined_compound_surnames([("东方", "s"), ("明", "nr")]) == (("东方", "s"), ("明", "nr"))
    assert joined_compound_surnames([("百里", "m"), ("路", "nr")]) == (("百里", "m"), ("路", "nr"))
    assert joined_compound_surnames([("欧阳", "ns"), ("大道", "n")]) == (("欧阳", "ns"), ("大道", "n"))
    assert joined_compound_surnames([("欧阳", "ns"), ("玉靖", "nr")]) != (("欧阳", "ns"), ("玉靖", "nr"))


def test_the_given_name_alone_is_never_the_person():
    tags = pos_tags("欧阳玉靖今日在大会上致词")
    assert tags[0] == ("欧阳玉靖", "nr")
    assert person_at_end("据报道欧阳玉靖", {}).name == "欧阳玉靖"


def test_a_word_before_an_organisation_word_is_no_person():
    page = "本报讯 福安华堂昨日举行新春团拜。\n福安华堂主席致词后,林志明表示,会馆明年将扩建。\n活动在福安华堂大礼堂举行。"
    assert page_nonperson("福安华", page)
    assert page_nonperson("东庄", "东庄派出所民警赶到现场。\n东庄派出所表示,案件已经查清。")
    assert not page_nonperson("林志明", page)
    # a title word before it: a person, whatever else the page writes after the name
    assert not page_nonperson("王建华", "校长王建华说,学校将扩建。\n王建华馆长介绍了情况。")
    # a title opening with the suffix (馆长, 所长) is no organisation word
    assert not page_nonperson("李东", "李东馆长介绍了情况。\n李东所长说,明年再办。")
    # a name ending in an organisation word: no person when the page only writes it inside a longer word
    assert page_nonperson("华堂", "福安华堂今日举行团拜。\n福安华堂在团拜上宣布扩建。")
    assert not page_nonperson("王明堂", "王明堂在会上宣布,明年扩建。\n会后,王明堂接受了采访。")
    # a person written once before an organisation word, twice as a speaker: still a person
    assert not page_nonperson("陈华", "陈华说,公司将扩建。\n陈华指出,明年再办。\n陈华公司的员工也来了。")


def test_a_dictionary_word_tagged_as_a_name_is_no_person_unless_the_page_says_so():
    tag, freq = dictionary_entry("祝贺")
    assert tag == "nr" and freq >= 100  # jieba's dictionary: a common word tagged as a name
    assert dictionary_entry("欧阳玉靖") is None
    assert page_nonperson("祝贺", "获奖的演员接受了大家的祝贺时,显得很激动。")
    assert page_nonperson("雷雨", "入夏以来,各地气温升高,雷雨多发。")
    assert not page_nonperson("雷雨", "雷雨说,她明年还会再来。")  # written where a name ends
    assert not page_nonperson("王强", "入夏以来,王强多次来到村里。")  # no dictionary entry: jieba's HMM read it


def test_a_quotation_before_weather_words_goes_to_nobody():
    text = ["“绿树阴浓夏日长。”进入盛夏,我国南方各地气温持续升高,雷雨多发,大家要注意防暑降温。"]
    assert speakers_of(text) == [None]


def test_an_organisation_before_its_suffix_is_no_speaker():
    text = [
        "福安华堂今日举行新春团拜,各界人士出席。",
        "林志明今日在福安华堂新春团拜上致词时指出,新的一年大家要团结一心。",
        "福安华堂在团拜上宣布,明年将扩建会所。",
    ]
    who = speakers_of(text)
    assert not {"福安华", "安华", "华堂", "福安华堂"} & set(who)


@pytest.mark.parametrize(
    "text, name",
    [
        ("市政府办公室主任赵启正在28日召开的发布会上宣布", "赵启正"),  # jieba reads 赵启正|在
        ("外交部长王毅正在访问欧洲", "王毅"),  # 王毅|正在
        ("局长李强正在现场指挥", "李强"),
        ("主任张军也表示支持", "张军"),
    ],
)
def test_a_name_after_a_title_keeps_a_character_that_may_open_the_next_word(text, name):
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions(text, {})] == [name]


def test_a_name_before_a_photo_position_is_a_person():
    from retrieval.attribution.lexicon import pictured_names

    page = "总理安华(左六)出席新春团拜,与嘉宾合影。\n选手基普乔格(中)冲过终点。\n舒淇(右)与观众互动。\n前排(左一)为工作人员。"
    assert pictured_names(page, {}) == ["安华", "基普乔格", "舒淇"]
    assert pictured_names("会场(中)摆满了鲜花。", {}) == []


def test_the_last_part_of_a_name_the_page_writes_in_full_ends_a_clause():
    known = {"约翰·卡尔松": "诺贝尔化学奖得主"}
    sp = person_at_end("诺奖得主、瑞典化学家卡尔松", known)
    assert (sp.name, sp.title) == ("约翰·卡尔松", "诺奖得主、瑞典化学家")
    assert person_at_end("卡尔松", known).name == "约翰·卡尔松"
    assert person_at_end("德国化学家根策克", {}) is None  # jieba reads no name in it, the page none in full
    assert person_at_end("德国化学家根策克", {"汉斯·根策克": None}).name == "汉斯·根策克"


def test_a_labelled_heading_with_the_last_part_goes_to_the_whole_name():
    text = [
        "德国化学家根策克: “合作让科学走得更远”",  # 根策克: jieba reads no name in it
        "诺贝尔化学奖得主、德国化学家汉斯·根策克在采访中表示,他与各国同行合作多年。",
    ]
    assert speakers_of(text) == ["汉斯·根策克", "汉斯·根策克"]


def test_a_verb_then_a_verb_after_a_title_is_no_name():
    # 院士谈创新: a one-character verb and a verb, read as 谈 (a surname) + 创新
    assert clause_not_name("谈创新")
    assert speakers_of(["新任院士谈创新:担起更大责任 产出更多成果"]) == [None]


def test_a_clause_with_a_demonstrative_is_no_name():
    assert clause_not_name("问到这件事")
    text = ["市政府发言人罗建军,被记者问到这件事,则是语气强硬,还说公司如果守法就不用害怕。"]
    assert speakers_of(text) != ["问到这件事"]


def test_a_surname_then_an_adverb_is_the_pages_one_person_of_that_surname_or_nobody():
    assert clause_not_name("李则") and clause_not_name("罗還")
    text = ["市长罗建军今日出席活动。", "另有记者要求罗建军太太发表感受,罗则称「代太太讲几句」,认为不需要家人参与。"]
    assert speakers_of(text)[1] in ("罗建军", None)


def test_real_names_stay_names():
    for name in ("罗建军", "李正", "那英", "王毅", "谈建国"):
        assert not clause_not_name(name)


def test_a_place_the_dateline_names_is_no_speaker():
    assert {"巴生", "北京"} <= dateline_places("(巴生28日讯)在…… 新华社北京3月5日电")
    text = [
        "《东方日报》十年报庆晚宴巴生站 | 罗建军:讲真话难能可贵",
        "(巴生28日讯)在年度晚宴上,地方政府部长罗建军说,他欢迎媒体继续监督政府。",
        "他昨晚在《东方日报》十年报庆晚宴巴生站致开幕词时说:“在一个被谎言蒙蔽的时代,讲真话的媒体更难能可贵。”",
    ]
    assert speakers_of(text)[2] != "巴生"


def test_transliterated_name_cut_in_two_by_jieba_is_joined():
    tags = (("前锋", "n"), ("贝尔", "nr"), ("巴托夫", "nr"), ("表示", "v"))
    assert joined_transliterations(tags) == (("前锋", "n"), ("贝尔巴托夫", "nr"), ("表示", "v"))
    # a Chinese name next to another person tag is not joined (王 is no transliteration character)
    assert joined_transliterations((("王涛", "nr"), ("贝尔", "nr"))) == (("王涛", "nr"), ("贝尔", "nr"))


def test_name_after_title_is_never_cut_inside_a_transliterated_name():
    names = [sp.name for _, sp in mentions("俱乐部前锋贝尔巴托夫接受了采访", {})]
    assert "贝尔" not in names and "巴托夫" not in names


def test_honorific_before_a_name_is_no_part_of_it():
    sp = person_at_end("通讯社总执行长拿督阿兹曼", {})
    assert sp is not None and sp.name == "阿兹曼"
    assert not plausible_name("拿督阿兹曼", {}, after_title=True)


def test_country_pair_and_collective_nouns_are_no_person():
    assert not plausible_name("马中", {}, after_title=False)
    assert not plausible_name("陆客", {}, after_title=False)


def test_a_name_never_runs_on_into_a_preposition():
    # the quoted event name dropped, the clause reads 调研员白华在上: the person is 白华
    sp = person_at_end("汽车发展处二级调研员白华在上", {})
    assert sp is None or sp.name == "白华"


def test_bound_morpheme_after_a_tagged_name_is_its_last_character():
    names = [sp.name for _, sp in mentions("电子公司董事长童子贤上午前往论坛", {})]
    assert "童子" not in names and "童子贤" in names


def test_tagged_name_grows_to_the_known_name_at_that_place():
    from retrieval.attribution.lexicon import known_at

    assert known_at("童子贤不以为然", 0, "童子", {"童子贤": "董事长"}) == "童子贤"
    assert known_at("童子军出发", 0, "童子", {"童子贤": "董事长"}) == "童子"


def test_an_honorific_after_the_name_and_the_act_of_speaking():
    assert speakers_of(["全国政协常委、无党派民主人士赵至展委员告诉记者:“我相信每个人都会珍惜这次会议。”"]) == ["赵至展"]
    # 就“…”发言: a quoted topic and the act of speaking, not words
    topic = "会议期间,委员们建睿智之言。丁时勇委员就“优化转移支付结构”在全体委员大会上发言,吴刚等委员围绕“构建公平环境”作了书面发言。"
    assert speakers_of([topic]) == [None]
    # words after the act of speaking come with their own verb or a colon
    assert speakers_of(["市长王建华在会上发言,强调要抓好落实。"]) == ["王建华"]
    assert speakers_of(["市长王建华在会上发言:“我们要抓好落实。”"]) == ["王建华"]


def test_a_preposition_and_a_group_is_no_name_and_an_open_quotation_after_a_colon():
    para = ("下午5时许,大会发言刚刚结束,全国政协主席王建国来到新闻中心,同采编人员一一握手,向大家表示亲切的问候。"
            "王建国说:大家辛苦了!感谢你们的报道。")
    assert speakers_of([para]) == ["王建国"]  # not 向大家
    assert speakers_of(["面对失利,队员们都很沉默,中场张小哲点评这场比赛时只说了三个字:“结束了!"]) == ["张小哲"]


def test_a_place_after_a_title_word_stays_no_name():
    got = speakers_of(["公司董事长郑州指出，集团将兴建总部大楼。"])
    assert got == [None]


def test_a_microblogs_verified_mark_after_the_name_is_no_part_of_it():
    got = speakers_of([
        "工业和信息化部部长高明远V：目前已经有一批企业在申请资质，相关部门正在组织专家评审。",
        "中国汽车工业协会副秘书长林海峰V：新能源汽车数量的增长不是主要的，关键还要看续驶里程。",
    ])
    assert got == ["高明远", "林海峰"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("俄罗斯外长拉夫罗夫本月表示,会谈毫无意义。", "拉夫罗夫"),  # a time word after the name (after_name.txt)
        ("俄罗斯外长拉夫罗夫举行会谈。", "拉夫罗夫"),  # an act after the name; jieba's nrt tag
    ],
)
def test_a_name_after_a_title_ends_before_a_time_or_an_act(text, name):
    assert [sp.name for _, sp in lexicon.mentions(text, {})] == [name]


def test_a_name_jieba_reads_whole_may_end_in_an_organisations_character():
    # 州 ends places (苏州), but after a title a three-character name jieba reads whole is a name
    assert lexicon.person_at_end("控股公司董事长魏应州", {}).name == "魏应州"
    assert lexicon.person_at_end("苏州", {}) is None


def test_a_name_the_page_named_before_the_verb_is_no_word_with_it():
    # 卢正学|说, not 学说 (a theory)
    assert speakers_of(["正在装箱的村副主任卢正学说,很多人慕名前来观光购果。"]) == ["卢正学"]


def test_an_elder_is_nobody():
    text = "民建联的梁志明在答问会上表示,有长者认为,议席减少是偏少。"
    assert speakers_of([text]) == ["梁志明"]


def test_a_bound_morpheme_ends_a_name_jieba_reads_as_a_verb():
    # 解立|彬/zg: the surname and the next character read as a verb, the last a bound morpheme
    assert lexicon.person_at_end("金牛队主教练解立彬", {}).name == "解立彬"


def test_a_surname_a_title_and_the_verb_are_no_label_of_a_name():
    # 李总理说：“…” is the premier the page named saying it, not a given name 说 after 李 and 总理
    # (邱委员文彦：… is a record's label with the title between surname and given name)
    from retrieval.attribution.speakers import attribute_document
    got = attribute_document(["李显龙总理指出,此次内阁改组是平行调动。", "李总理说:“关键不是获得擢升。”"])
    assert [sp.name if sp else None for sp in got] == ["李显龙", "李显龙"]
    assert attribute_document(["邱委员文彦:我赞成这个方案,理由有三点。"])[0].name == "邱文彦"


def test_an_honorific_ending_the_clause_leaves_no_name():
    # 首相拿督斯里指出: the page left the name out after the honorific; 斯里 (of 拿督斯里) is none
    from retrieval.attribution.speakers import attribute_document
    got = attribute_document(["首相拿督斯里安华表示,政府将专注经济发展。", "首相拿督斯里指出,团结政府将专注于吸引投资。"])
    assert [sp.name if sp else None for sp in got][0] == "安华"
    assert got[1] is None or got[1].name == "安华"
    assert attribute_document(["马新社总执行长拿督莫达胡先表示,新闻自由很重要。"])[0].name == "莫达胡先"


@pytest.mark.parametrize(
    "text, name",
    [
        ("3月5日，县委书记邓明辉先后主持召开两场座谈会。", "邓明辉"),
        ("区长韩立新分别听取了各街道的汇报。", "韩立新"),
        ("副市长钱文参观。", "钱文"),
        ("部长杜红梅陪同代表团考察。", "杜红梅"),
    ],
)
def test_a_titled_name_ends_before_an_adverb_or_a_visit(text, name):
    assert [sp.name for _, sp in mentions(text, {})] == [name]


def test_a_known_name_is_not_read_past_its_end_into_an_adverb():
    from retrieval.attribution.overrun import known_head
    from retrieval.models import Speaker

    known = {"王建军": "村支书", "王建": None}
    assert known_head(known, Speaker("王建军常", None)) == Speaker("王建军", "村支书")
    assert known_head(known, Speaker("王建军", None)) == Speaker("王建军", None)  # known: kept
    assert known_head({"王建": None}, Speaker("王建军", None)) == Speaker("王建军", None)  # 军 is no adverb


def test_the_reporter_of_a_quoted_saying_is_not_given_to_a_name_fragment():
    got = speakers_of(["村支书王建军介绍了村里的变化。", "村民刘大山说，王建军常对大家说：“只要肯干，日子一定会好起来。”"])
    assert got[1] != "王建军常"


def test_the_last_part_of_a_transliterated_name_the_page_also_titles_is_the_full_name():
    from retrieval.attribution.references import _canonical, _sole_full_form
    known = {"克里斯托弗·诺兰": "英国导演", "诺兰": "导演"}
    assert _sole_full_form(known, "诺兰") == "克里斯托弗·诺兰"
    assert _canonical(known, Speaker("诺兰", "导演")).name == "克里斯托弗·诺兰"
    two = {"克里斯托弗·诺兰": "导演", "乔纳森·诺兰": "编剧", "诺兰": "导演"}
    assert _sole_full_form(two, "诺兰") is None  # two people end so: neither
    got = speakers_of([
        "由英国导演克里斯托弗·诺兰执导的电影在北京举行发布会，导演诺兰出席。",
        "作为一位英国导演，拍摄这部电影是诺兰多年以来的梦想。他告诉现场媒体，这是全世界人民的故事。",
    ])
    assert got[1] == "克里斯托弗·诺兰"


def test_a_weak_name_is_confirmed_by_quoted_words_only_with_adverbials_before_the_verb():
    cut = attribute_paragraphs(["在她身边的刘晏含心痛得说：“郎导今天嗓子不太好，采访就改天吧。”"])[0]
    assert cut.speaker is None or cut.speaker.name != "刘晏"  # jieba's 刘晏|含: no name stands right before 说
    for text, name in (("张超表示：“我们会继续努力。”", "张超"), ("雷军在直播中辟谣：「这不是真的。」", "雷军")):
        got = attribute_paragraphs([text])[0]
        assert got.speaker is not None and got.speaker.name == name


def test_a_surname_jieba_cuts_off_is_joined_to_the_given_name():
    from retrieval.attribution.lexicon import _nr_tail, joined_surnames

    assert joined_surnames([("胡", "nr"), ("金秋", "nr"), ("对于", "p")]) == [("胡金秋", "nr"), ("对于", "p")]
    assert joined_surnames([("说", "v"), ("金秋", "nr")]) == [("说", "v"), ("金秋", "nr")]
    assert _nr_tail("进行了点评。胡金秋") == "胡金秋"


def test_a_name_jieba_cuts_short_before_a_colon_is_no_name():
    from retrieval.attribution.lexicon import cut_short

    assert cut_short("则夫：") and cut_short("则夫", ends=True)
    assert not cut_short("则夫", ends=False)  # the text was cut here, not the sentence
    assert not cut_short("议员：")  # an honorific ends the name
    assert not cut_short("今天说：")  # more than two characters: words, not the name
    # a Japanese coach's name (surname of three characters): never 佐佐木 for 佐佐木则夫
    got = speakers_of(["日本教练佐佐木则夫：“我们的球员每一场比赛都全力以赴，整体来说她们表现出色。”"])
    assert got == [None] or got == ["佐佐木则夫"]


def test_a_name_seen_only_inside_a_longer_known_name_is_a_weak_name():
    paras = ["主教练勒罗伊说，这场比赛我们有很多地方需要总结。", "有记者问勒罗伊，大比分输球的原因在哪里。",
             "罗伊说，对手是一支很强的队伍，比赛中他们占据了优势。"]
    got = speakers_of(paras)
    assert got[0] == "勒罗伊" and got[2] != "罗伊"  # 罗伊 stands alone once: not sure enough


def test_a_name_after_a_title_ends_before_shi():
    from retrieval.attribution.lexicon import mentions

    names = [sp.name for _, sp in mentions("文化艺术中心副主任陈启明是第一次参加大会的新代表", {})]
    assert names == ["陈启明"]


def test_a_person_described_by_age_is_named_as_long_as_the_page_repeats_the_name():
    got = speakers_of([
        "“我和老婆每个月在社里能拿三千多块钱。”张改照，五十岁，早些年到外面打工盖房子。",
        "“嗯，我也差不多，干一天拿一天的劳务费。”61岁的张秋大弹落烟灰说，以前不懂技术，现在合作社统一销售，收入提高了。"
        "张秋大当过村里民办教师，还会吹唢呐。",
    ])
    assert got[1] == "张秋大"


def test_ruby_annotations_do_not_split_names_titles_or_verbs():
    text = [
        "9月26日，区委书(shū)记余德成走访(fǎng)调研建工集团。",
        "余书(shū)记表示，企业取得当前的成绩(jì)实属不易。",
    ]
    assert titled_speakers_of(text)[1] == ("余德成", "区委书记")


def test_a_visit_ends_the_name_after_a_title():
    text = ["区委书记余德成走访调研建工集团。", "余书记表示，企业取得当前的成绩实属不易。"]
    assert titled_speakers_of(text)[1] == ("余德成", "区委书记")


def test_a_full_name_with_an_address_term_is_that_person():
    text = ["“我们村有一个好书记!”近日在三梁村,80岁的村民陈玉芳大娘对记者说。"]
    assert titled_speakers_of(text)[0][0] == "陈玉芳"
    # a surname with a familiar address term names nobody (居民王先生 is a name: test_attribution_names8)
    assert titled_speakers_of(["“太好了,以后办事方便多了!”居民赵大姐对记者说。"])[0][0] is None


def test_words_after_a_name_end_it():
    text = ["“今天就想听你们的真心话!”村支书唐海明一开口就掏心窝子。"]
    assert titled_speakers_of(text) == [("唐海明", "村支书")]
    text = ["返乡创业代表姜冬率先发言。“村里发展得有整体方案,不能东一榔头西一棒槌。”"]
    assert titled_speakers_of(text)[0][0] == "姜冬"


def test_a_foreign_name_after_a_title_labels_quoted_words():
    assert titled_speakers_of(["美国教练埃利斯:「比赛了15分钟,我也得捏捏自己,看看是否在做梦。」"]) == [("埃利斯", "美国教练")]
    assert titled_speakers_of(["美国教练埃利斯:比赛了15分钟。"]) == [(None, None)]  # no quotation: no label of words


def test_a_candidate_is_titled_and_repeated_action_words_end_a_name():
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("国民党副总统参选人张善政表示", {})] == ["张善政"]
    assert [sp.name for _, sp in mentions("台北市长柯文哲屡屡喊话中央", {})] == ["柯文哲"]
