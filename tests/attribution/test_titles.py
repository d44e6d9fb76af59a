"""A speaker's title (retrieval/attribution/titles.py): the title beside a name as the page gives it —
never a dateline, a reporter's credit, a verb or a preposition, cut inside a quoted name or an
organisation's name, and the same (the fullest) for one person across the page. Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.lexicon import (
    clean_title,
    fuller_title,
    generic_title,
    mentions,
    object_title,
    title_after_name,
)
from retrieval.attribution.speakers import attribute_paragraphs


def test_a_dateline_and_a_reporters_credit_end_the_words_before_a_title():
    assert clean_title("东海晚报讯(记者 王明)市侨联主席") == "市侨联主席"
    assert clean_title("东海晚报讯市侨联主席") == "市侨联主席"
    assert clean_title("新华社北京3月5日电外交部发言人") == "外交部发言人"
    assert clean_title("据新华社电外交部发言人") == "外交部发言人"


def test_dian_inside_a_word_is_no_dateline():
    # 电 ends the words before a title after an outlet word or a day (…社电, …5日电), or where
    # jieba reads it as a word of its own (中新社香港|电); not inside a word (东元|电机)
    assert clean_title("中新社香港电外交部发言人") == "外交部发言人"
    assert clean_title("东元电机董事长") == "东元电机董事长"
    assert clean_title("电电公会理事长、正崴集团董事长") == "电电公会理事长、正崴集团董事长"
    assert clean_title("国家电网董事长") == "国家电网董事长"


def test_a_leading_verb_or_preposition_is_no_part_of_the_title():
    assert clean_title("请国家统计局新闻发言人") == "国家统计局新闻发言人"
    assert clean_title("访全国政协常委、香港某某联会会长") == "全国政协常委、香港某某联会会长"
    assert clean_title("身为制片人") == "制片人"
    assert clean_title("中外媒体引荐新任外交部新闻发言人") == "新任外交部新闻发言人"
    assert clean_title("以及尖山乡长") == "尖山乡长"
    assert clean_title("《某某》大批演员") == "演员"
    assert clean_title("该院治未病中心主治医师") == "治未病中心主治医师"
    assert clean_title("该省公安消防总队总队长") == "公安消防总队总队长"


def test_an_office_run_for_is_not_the_persons_title_but_the_person_stays():
    assert clean_title("被问参选特首") is None
    assert object_title("被问参选特首")
    assert not object_title("财政司长")
    ms = mentions("入围最佳导演奖候选人王建国表示，很开心。", {})
    assert [(sp.name, sp.title) for _, sp in ms] == [("王建国", None)]


def test_an_organisations_de_and_yu_stay_in_the_title():
    assert clean_title("中国体操队的总教练") == "中国体操队的总教练"
    assert clean_title("东海针织集团有限公司的董事长") == "东海针织集团有限公司的董事长"
    assert clean_title("他的秘书") == "秘书"  # no organisation before 的
    assert clean_title("曾任新闻局长的立委") == "立委"
    assert clean_title("中国科学院地质与地球物理研究所研究员") == "中国科学院地质与地球物理研究所研究员"
    assert clean_title("特朗普与英国首相") == "英国首相"


def test_a_bare_title_cut_from_its_owner_by_de_is_dropped():
    assert clean_title("汽车业的代表、浙江某某控股集团董事长") == "浙江某某控股集团董事长"


def test_a_second_person_listed_ends_the_title():
    assert clean_title("市侨联主席王建国及副主席") == "副主席"
    assert clean_title("食物及卫生局局长") == "食物及卫生局局长"  # a 及 inside a title
    assert clean_title("妻子兼制片人") == "制片人"  # only a title holds a second one
    assert clean_title("人民政府副主席兼外联部部长") == "人民政府副主席兼外联部部长"
    assert clean_title("ABC、监制") == "监制"  # a stage name in the list before


def test_an_associations_hui_is_not_will():
    assert clean_title("民进党某某党部发言人、台湾人公共事务会洛杉矶分会长") == "民进党某某党部发言人、台湾人公共事务会洛杉矶分会长"
    assert clean_title("晚上会和国务院总理") == "国务院总理"  # the 会 of "will" still ends the words before


def test_a_place_before_a_publications_name_belongs_to_the_title():
    ms = mentions("对话 韩国《经济学人》杂志总编辑 金光明", {})
    assert [(sp.name, sp.title) for _, sp in ms] == [("金光明", "韩国《经济学人》杂志总编辑")]


def test_the_title_written_before_a_name_with_an_honorific_after_it():
    ms = mentions("全国政协常委、无党派民主人士徐至明委员告诉记者：“我相信。”", {})
    assert (ms[0][1].name, ms[0][1].title) == ("徐至明", "全国政协常委、无党派民主人士")


def test_fuller_and_generic_titles():
    assert fuller_title("总教练", "猛虎队总教练")
    assert fuller_title("中国工程院院士", "中国工程院院士、某某大学教授")
    assert fuller_title("企业负责人", "某某拉链有限公司董事长")
    assert fuller_title(None, "董事长")
    assert not fuller_title("某某拉链有限公司董事长", "企业负责人")
    assert not fuller_title("总教练", "中国新任驻某国大使馆体育处总教练")  # far more than an organisation before it
    assert not fuller_title("院长", "院长")
    assert generic_title("来自海阳的党代表") and generic_title("横山法庭的法官") and not generic_title("村党支部书记")


def _titles(paragraphs: list[str], context: list[str] | None = None) -> list[tuple[str, str | None] | None]:
    out = attribute_paragraphs(paragraphs, context or [])
    return [(a.speaker.name, a.speaker.title) if a.speaker else None for a in out]


def test_one_title_for_a_person_across_the_page():
    got = _titles([
        "总教练洪一民表示，明天的先发投手还没有定。",
        "猛虎队总教练洪一民表示，球队会拼到最后。",
    ])
    assert got == [("洪一民", "猛虎队总教练"), ("洪一民", "猛虎队总教练")]


def test_a_post_the_page_gives_wins_over_a_kind_of_person():
    got = _titles([
        "车间里机器运转着，企业负责人王建国介绍，去年企业投入了两千万元。",
        "某某拉链有限公司董事长王建国说：“手上的订单能做到年底。”",
    ])
    assert got == [("王建国", "某某拉链有限公司董事长"), ("王建国", "某某拉链有限公司董事长")]


def test_a_quoted_name_inside_a_title_is_kept_as_written():
    got = _titles(["“这是我国最高水平。”某某大学学术副校长、“天琴一号”首席科学家王建国院士强调。"])
    assert got == [("王建国", "某某大学学术副校长、“天琴一号”首席科学家")]


def test_a_title_after_the_name_when_none_stands_before_it():
    assert title_after_name("庭长耐心地解释说") == (0, "庭长")
    assert title_after_name("代表球队领奖") is None  # 代表 the verb
    assert title_after_name("老师好") is None  # a form of address
    assert title_after_name("第五次以全国政协会议新闻发言人身份亮相") == (4, "全国政协会议新闻发言人")
    got = _titles(["原告代理人不满。陈丽华庭长耐心地解释说：“我们依法办事。”"])
    assert got == [("陈丽华", "庭长")]


def test_the_one_unnamed_answerer_title_goes_to_the_transcripts_one_answerer():
    got = _titles([
        "对于“打头阵”的市政协大会新闻发言人来说，这次发布会人气较高。",
        "市政协会议新闻发布会王建国答记者问",
        "▲东海日报记者：政协今年做了哪些调研？",
        "王建国：政协今年开展了五十多次专题调研。",
        "▲东海电视台记者：明年有什么打算？",
        "王建国：明年会继续做好协商工作。",
    ])
    assert ("王建国", "市政协大会新闻发言人") in got
    assert all(t is None or t == ("王建国", "市政协大会新闻发言人") for t in got)


def test_a_surname_and_title_word_gives_its_title_word_to_the_one_person_of_that_surname():
    got = _titles([
        "11月2日，蒋锋、徐华明等领导来到项目现场调研。",
        "蒋书记指出，项目建设要以质量为先。",
    ])
    assert got[1] == ("蒋锋", "书记")


def test_a_role_noun_in_the_speakers_own_paragraph_is_their_title_when_the_page_gives_none():
    got = _titles([
        "周二，当唐纳德•特朗普走上讲台时，台下响起笑声。",
        "在一天后的发布会上，这位美国总统采用了新战术。特朗普称，他不能说得太多。",
        "“我不能说，因为你们会说我太能吹牛了。”特朗普称。",
    ])
    assert got[1] == ("唐纳德•特朗普", "美国总统") and got[2] == ("唐纳德•特朗普", "美国总统")


def test_a_name_a_blank_and_a_title_on_a_line_of_a_list():
    assert title_after_name(" 杭州某某科技股份有限公司创始人\n李四 x") == (1, "杭州某某科技股份有限公司创始人")
    assert title_after_name(" 摄") is None


def test_a_bracket_closing_before_the_title_ends_the_words_before_it():
    assert clean_title("王明)中国侨联主席") == "中国侨联主席"  # (记者 王明) cut by a window or a blank
    assert clean_title("台湾人公共事务会(FAPA)洛杉矶分会长") == "台湾人公共事务会(FAPA)洛杉矶分会长"


def test_daibiao_after_a_name_is_the_verb_not_a_title():
    paras = ["台积电创办人张忠谋代表总统出席会议。", "张忠谋表示,这次会议非常重要。"]
    got = attribute_paragraphs(paras, context=("张忠谋代表总统出席会议",))
    assert got[1].speaker is not None and got[1].speaker.title != "代表"


def test_kui_after_a_surname_is_the_premier():
    text = ["行政院长苏明泰今天赴立法院报告。", "苏揆表示,政府会全力推动重建工作。"]
    assert speakers_of(text)[1] == "苏明泰"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("保山消防支队战士李小舟在地震当日就赶到了灾区。他告诉记者,已经18个小时没休息过了。", "李小舟"),
        ("丰田农机专业合作社农机手赵忠明说,我们加入合作社以来,不用出门就能挣到钱。", "赵忠明"),
        ("“每次下大雨,他们都会提前一天发通知。”村干部王强说。", "王强"),
        ("“超速最容易出事故。”大队教导员张强介绍说。", "张强"),
    ],
)
def test_soldiers_operators_cadres_and_instructors_are_titled(text, name):
    assert speakers_of([text]) == [name]


def test_a_title_with_and_in_it_is_no_companion():
    text = [
        "候任港岛西议员陈家明表示,香港要配合国家发展。",
        "候任体育、演艺文化及出版界议员霍启明则认为,市民希望了解立法会工作。他认为,政策酝酿应设沟通机制,"
        "就此他以代表的身份向政府提出相关意见,希望未来主动出击和政府交流。此外,他指候任议员不少身兼其他职务,"
        "应利用好这些身份,发挥香港桥梁角色。",
    ]
    assert speakers_of(text) == ["陈家明", "霍启明"]


def test_a_title_ends_at_a_byline_bracket_a_bullet_a_date_and_a_conjunction():
    from retrieval.attribution.lexicon import clean_title

    assert clean_title("记者王小明/台北报导〕台北市长") == "台北市长"
    assert clean_title("知名企业老板联谊会一览 ●光明科技董事长") == "光明科技董事长"
    assert clean_title("date 2025-09-01 立委") == "立委"
    assert clean_title("不过疾管署副署长") == "疾管署副署长"
    assert clean_title("台湾人公共事务会(FAPA)洛杉矶分会长") == "台湾人公共事务会(FAPA)洛杉矶分会长"  # a bracket inside stays


def test_a_traditional_title_after_a_bullet_keeps_the_pages_characters():
    got = attribute_paragraphs(["聯誼會一覽 ●光明科技董事長顏大新表示，今年景氣不錯，員工都會加薪。"])
    assert got[0].speaker is not None and got[0].speaker.title == "光明科技董事長"


def test_a_listed_title_keeps_an_acronym_in_brackets():
    from retrieval.attribution.lexicon import clean_title

    assert clean_title("公共事务会(FAPA)发言人、洛杉矶分会长") == "公共事务会(FAPA)发言人、洛杉矶分会长"
    assert clean_title("公共事务会(美西)发言人、洛杉矶分会长") == "洛杉矶分会长"  # words in brackets still part


def test_titles_listed_before_one_person_are_no_name_and_honorific():
    from retrieval.attribution.lexicon import mentions

    names = [sp.name for _, sp in mentions("卫福部长、中央流行疫情指挥中心指挥官陈时中表示，原则不变", {})]
    assert "卫福" not in names and "陈时中" in names
    names = [sp.name for _, sp in mentions("习近平总书记、李强总理出席大会", {})]
    assert names == ["习近平", "李强"]


def test_li_wei_is_a_title_and_fan_pi_a_speech_verb():
    text = ["议会昨天召开记者会。", "民进党立委钟文滨则反批，民主社会拥有新闻报导自由，黑白之事经常并陈。"]
    assert titled_speakers_of(text)[1] == ("钟文滨", "民进党立委")


def test_words_before_a_title_that_are_no_part_of_it():
    text = ["会期间民进党立委吴佩仪指出，大家应该尊重彼此的工作。"]
    assert titled_speakers_of(text)[0] == ("吴佩仪", "民进党立委")


def test_an_untitled_speaker_takes_the_title_the_page_gives_the_name():
    text = ["行政院发言人童文源因与媒体互动引发议论。", "童文源表示：「为了降低我的工作负担，我会减少回应。」"]
    assert titled_speakers_of(text)[1] == ("童文源", "行政院发言人")


def test_dai_biao_after_a_name_is_an_honorific():
    # a deputy named once with 代表 after the name (丁世忠代表说): the honorific bounds and titles the name
    text = ["全国人大代表座谈会在泉州举行。", "就如何应对市场变化,丁世忠代表说:“我们要树立信心。”"]
    assert titled_speakers_of(text)[1] == ("丁世忠", "代表")


def test_te_shi_is_a_title():
    # 特使凯洛格在出席…活动时解释: an envoy is titled like a minister
    text = ["当地时间3月6日,美国政府俄乌问题特使凯洛格在出席一场智库论坛活动时解释了政府的立场,他说谈判需要时间。"]
    assert titled_speakers_of(text)[0][0] == "凯洛格"
