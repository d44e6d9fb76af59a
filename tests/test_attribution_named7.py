"""Named lines (session 7): the speaker is named in the line, the reading was missing.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_an_errand_before_the_verb_is_the_speakers_adverbial():
    # 董事长X上午前往…演讲前表示: going to an event, then the time word, then the verb
    text = ["华信公司董事长罗建军上午前往工商论坛演讲前表示,公司扩大海外投资是正常的商业考量。"]
    assert _who(text) == ["罗建军"]


def test_an_errand_after_someone_elses_title_keeps_them_apart():
    # 罗建军的秘书前往…前表示: the secretary speaks, not the person whose secretary they are
    text = ["华信公司董事长罗建军今天到会。", "罗建军的秘书前往会场前表示,公司扩大海外投资是正常的商业考量。"]
    assert _who(text)[1] is None


def test_expecting_and_giving_an_example_are_speech():
    text = [
        "第四季是传统旺季,董事长罗建军预期,今年第四季营收仍可望攀至全年高峰。",
        "罗建军举例,同行企业也曾多次扩大海外投资,从没人说这是掏空。",
    ]
    assert _who(text) == ["罗建军", "罗建军"]


def test_a_connective_verb_takes_the_person_opening_an_earlier_clause():
    # …，且称 / …，仅称: the verb has no subject; the nearest earlier clause naming anyone names the speaker
    text = [
        "本市目前共有12例确诊病例,市长罗建军屡屡要求卫生部门公布病例的居住地点,且称「不知道」本区是否有病例。",
        "财政局长罗建军今午(23日)举行预算案记者会,三度被问是否参选均没有正面回答,仅称这是最后一份预算案。",
    ]
    assert _who(text) == ["罗建军", "罗建军"]


def test_a_connective_verb_after_a_clause_naming_two_people_is_nobodys():
    # the nearest clause that names anyone names two people: the connective does not choose
    text = ["本市目前共有12例确诊病例,卫生局长罗建军查看了副局长王海燕整理的病例记录,且称「不知道」本区是否有病例。"]
    assert _who(text) == [None]


def test_only_between_the_name_and_the_verb_is_an_adverbial():
    # 议员X仅回应，…: 仅 (data/adverbials.txt, data/after_name.txt) does not end up inside the name
    text = ["议员李建华仅回应,希望同事们把工作做好。"]
    assert _who(text) == ["李建华"]


def test_a_dateline_and_credit_before_an_opening_quotation():
    # 新华社…电 (记者 …)“…”，…NAME…: the dateline and the reporters' credit are no speakers
    text = [
        "新华社海口5月2日电 (记者 张华 李新)“现在每一分钟都很宝贵,我们绝不放弃任何救援机会。”"
        "台风登陆已过去20个小时,该市消防救援总队总队长李建华站在受损最重的大楼旁指挥救援。"
    ]
    assert _who(text) == ["李建华"]


def test_a_dateline_before_a_quotation_of_nobody_named():
    # the sentence after the quotation names nobody: no speaker, not the credited reporters
    text = [
        "新华社海口5月2日电 (记者 张华 李新)“现在每一分钟都很宝贵,我们绝不放弃任何救援机会。”"
        "台风登陆已过去20个小时,救援工作仍在紧张进行。"
    ]
    assert _who(text) == [None]


def test_manner_and_gesture_between_the_name_and_the_verb():
    # 赛后相当不满表示 / 略站起身说 / 详细解释了: words of data/adverbials.txt, in sequence
    text = [
        "华山队主教练李建华赛后相当不满表示,「我们就是太娇气,应该打得更强硬!」",
        "记者的问题还没说完,校长周文斌略站起身说,希望记者能够以政府工作报告为中心话题。",
        "卫生局长刘晓峰详细解释了这两名病例的发病经过。",
    ]
    assert _who(text) == ["李建华", "周文斌", "刘晓峰"]


def test_greeting_exhorting_and_expounding_are_speech():
    # 代表…，向…致以问候 / 向员工喊话 / 阐述了…: data/speech_verbs.txt
    text = [
        "市委书记李建华代表市委、市政府,向全市各界人士致以新年的问候。",
        "董事长周文斌向员工代表喊话,今年要朝智能制造方向努力。",
        "董事长刘晓峰向员工代表阐述了公司今年的愿景,要朝智能制造方向努力。",
    ]
    assert _who(text) == ["李建华", "周文斌", "刘晓峰"]


def test_a_persons_estimate_opening_a_clause_is_theirs():
    # 按照X的推测，… (data/views.txt): the estimate that follows is that person's; an organisation's is nobody's
    text = [
        "汽车工业协会副秘书长李建华在沙龙上表示赞同。",
        "按照李建华的推测,明年新能源汽车的销量会在169万辆至192万辆之间。",
        "按照相关部门的推测,明年新能源汽车的销量还会增长。",
    ]
    assert _who(text)[1:] == ["李建华", None]


def test_a_kicker_before_a_pipe_then_a_headline_turn():
    # 财政预算案|被问连任 NAME：words — a headline's kicker, a phrase, then the speaker's label
    text = ["港闻|被问是否连任 李建华:集中精神做好防疫工作", "财政司长李建华今午举行记者会。"]
    assert _who(text)[0] == "李建华"


def test_a_kicker_before_a_pipe_then_no_person():
    text = ["港闻|寒流来袭 市民:今天实在太冷了"]
    assert _who(text) == [None]


def test_the_words_used_between_the_name_and_the_verb():
    # X代表用“…”来形容 / 他用这样六个字形容: how the speaker said it (data/speech_units.txt)
    text = [
        "在谈及政府能为企业做些什么时,李建华代表用“月嫂式服务”来形容市政府的转变。",
        "“感恩、责任、珍惜。”当空间中心主任周文斌接过院士证书时,他用这样六个字形容了自己的心情。",
    ]
    assert _who(text) == ["李建华", "周文斌"]


def test_words_used_for_something_are_no_speaker():
    # 被用来形容: nobody is named before the verb
    text = ["这个词后来被用来形容市政府的转变。"]
    assert _who(text) == [None]


def test_a_run_of_short_quotations_opening_a_paragraph_about_one_person():
    # “…？”“…？”调研中，X先后前往…: the questions are the person's the next sentence is about
    text = [
        "7月8日,县委书记李建华调研项目建设情况。",
        "“项目进展如何?”“项目建设中还存在什么困难?”调研中,李建华先后前往了农业园区和小镇的建设现场。",
    ]
    assert _who(text)[1] == "李建华"


def test_a_run_of_short_quotations_then_two_people_is_nobodys():
    text = [
        "7月8日,县委书记李建华调研项目建设情况。",
        "“项目进展如何?”“项目建设中还存在什么困难?”调研中,李建华和县长周文斌先后前往了建设现场。",
    ]
    assert _who(text)[1] is None
