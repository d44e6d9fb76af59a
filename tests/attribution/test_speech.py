"""What counts as speech (retrieval/attribution/speech.py, quotes.py, data/ verb lists): the verbs and
nouns that report words, and the readings that are no speech — a topic spoken about, a circumstance,
someone invited or assigned to speak. Invented text only.
"""

from __future__ import annotations

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.speakers import attribute_paragraphs


def test_expecting_and_giving_an_example_are_speech():
    text = [
        "第四季是传统旺季,董事长罗建军预期,今年第四季营收仍可望攀至全年高峰。",
        "罗建军举例,同行企业也曾多次扩大海外投资,从没人说这是掏空。",
    ]
    assert speakers_of(text) == ["罗建军", "罗建军"]


def test_greeting_exhorting_and_expounding_are_speech():
    # 代表…，向…致以问候 / 向员工喊话 / 阐述了…: data/speech_verbs.txt
    text = [
        "市委书记李建华代表市委、市政府,向全市各界人士致以新年的问候。",
        "董事长周文斌向员工代表喊话,今年要朝智能制造方向努力。",
        "董事长刘晓峰向员工代表阐述了公司今年的愿景,要朝智能制造方向努力。",
    ]
    assert speakers_of(text) == ["李建华", "周文斌", "刘晓峰"]


def test_a_persons_estimate_opening_a_clause_is_theirs():
    # 按照X的推测，… (data/views.txt): the estimate that follows is that person's; an organisation's is nobody's
    text = [
        "汽车工业协会副秘书长李建华在沙龙上表示赞同。",
        "按照李建华的推测,明年新能源汽车的销量会在169万辆至192万辆之间。",
        "按照相关部门的推测,明年新能源汽车的销量还会增长。",
    ]
    assert speakers_of(text)[1:] == ["李建华", None]


def test_words_used_for_something_are_no_speaker():
    # 被用来形容: nobody is named before the verb
    text = ["这个词后来被用来形容市政府的转变。"]
    assert speakers_of(text) == [None]


def test_zhi_is_a_speech_verb_only_when_the_words_follow_at_once():
    assert speakers_of(["立法会议员王志明指，政府应该加强沟通。"]) == ["王志明"]
    assert speakers_of(["立法会议员王志明指导学生完成了研究。"]) == [None]


def test_words_told_to_the_speaker_are_the_speakers_report():
    # 普亭有向他提及…: another person spoke to 他, who reports it — no rival speaker
    text = ["据俄罗斯总统助理乌沙明向记者表示,会谈很顺利。", "乌沙明并表示,普亭有向他提及会谈的部分内容,其中包括最近的接触情况。"]
    assert speakers_of(text)[1] == "乌沙明"


def test_zhi_right_after_a_name_the_page_named_is_speech():
    text = ["澳门特首贺一明今天举行记者会。", "贺一明指每日透过应变协调中心例行记者会了解传媒提问,又点名赞扬官员。"]
    assert speakers_of(text)[1] == "贺一明"
    # 指着, 指导: pointing, guiding — no speech
    assert speakers_of(["澳门特首贺一明今天举行记者会。", "贺一明指着地图上的几个地方,让官员逐一跟进。"])[1] is None


def test_a_topic_answered_is_no_words_said():
    context = ("中国驻美国大使王建国接受美国媒体采访。",)
    assert speakers_of(["王建国回应病毒来自实验室说法 王建国回应全文内容一览"], context) == [None]
    assert speakers_of(["日媒这段采访,王建国回应了"], context) == [None]
    # words after the verb are still words
    assert speakers_of(["王建国回应说,两国应当加强合作,而不是相互指责。"], context) == ["王建国"]
    assert speakers_of(["王建国强调,要解决好群众关心的问题。"], context) == ["王建国"]


def test_answered_words_and_nouns_of_speech():
    context = ["外交部发言人王丽23日主持例行记者会。有日本记者问她,时隔很久主持记者会有什么特别意义?"]
    assert speakers_of([*context, "王丽笑着回答,似乎没有,就是非常想大家了。"])[1] == "王丽"
    assert speakers_of([*context, "王麗笑著回答,似乎沒有,就是非常想大家了。"])[1] == "王麗"  # 著 as written in Taiwan
    # 的回答, 回答起来: a noun and a manner, not another speaker contesting the paragraph
    paras = ["香港某报记者李明在发布会上提问。", "他问及中央政府将采取哪些措施。李明认为发言人王建国的回答“信息量比较大”,王建国回答起来“比较简洁”。"]
    assert speakers_of(paras)[1] == "李明"
    # 在回答…时: an adverbial, not another speaker before the 他
    assert speakers_of(["国家统计局新闻发言人李超出席发布会。", "在回答记者关于就业形势的提问时,他表示,失业率总体稳定。"])[1] == "李超"


def test_a_retort_a_clause_opener_and_a_counted_unnamed_person():
    # 对此 opens the clause; nobody is spoken to; 反问 is speech; a question full of 你 is the answer here
    assert speakers_of(["外交部发言人王建国主持例行记者会。", "对此王建国反问这位记者,昨天咱们确实交流了很长时间,你对咱们的交流满意吗?"]) == [None, "王建国"]
    # a quotation then an official counted, not named: the person he talks about is no speaker
    para = "“很明显,他们将有机会见面并讨论他们选择的任何议题,”国务院一名高级官员在介绍蓬佩奥行程的电话会议上对记者说。"
    assert speakers_of([para]) == [None]
    # a quotation then its speaker as the subject, the reporter only spoken to
    quoted = ("“这个问题我不便回答,行吗”“这个问题我不太好回答,谢谢!”10日上午,全国政协委员毛小宇"
              "在小组讨论结束后,面对记者的提问如此回答。")
    assert speakers_of([quoted]) == ["毛小宇"]
    # … and the reporter as the subject of that sentence: nobody
    assert speakers_of(["“这个问题我不便回答,行吗?”记者看到,全国政协委员毛小宇在小组讨论结束后匆匆离开。"]) == [None]


def test_a_person_invited_to_speak_is_no_reported_speaker():
    got = speakers_of(["市政府今天上午举行新闻发布会，请市统计局新闻发言人王建国介绍一季度经济运行情况，并答记者问。"])
    assert got == [None]


def test_a_list_of_people_invited_to_speak_names_no_speaker():
    got = speakers_of(["市政府新闻办于今天上午举行新闻发布会，请市水利局局长王建国，市气象局副局长陈立新介绍今年防汛工作情况，并答记者问。"])
    assert got == [None]


def test_a_person_assigned_to_present_later_is_no_speaker():
    got = speakers_of(["市政府昨日发布通知称，统计局将于下周召开发布会，由统计局新闻发言人王建国介绍前三季度经济运行情况。"])
    assert got == [None]


def test_a_speech_verb_in_a_circumstance_frame_is_no_speech():
    from retrieval.attribution.speakers import _nominal

    text = "主席王明表示，议员表现积极，经召集人李强提醒下，出席率较高。"
    v = text.index("提醒")
    assert _nominal(text, v, "提醒")
    text = "总经理李强提醒，出席率较高。"
    assert not _nominal(text, text.index("提醒"), "提醒")


def test_a_verb_in_a_clause_of_time_since_reports_no_words():
    got = speakers_of([
        "外交部长李强华：再过两个多月，我们就将在北京举办高峰论坛，各国代表将齐聚一堂。",
        "这个倡议是中国的，更是世界的。主席王国平提出这个倡议3年多来，合作不断开花结果，影响迅速席卷全球。",
    ])
    assert got[1] != "王国平"


def test_telling_the_station_or_revealing_reports_the_speakers_words():
    got = speakers_of([
        "村民代表张建军星期二告诉本台，污水流经当地三个村的农田，庄稼大面积减产。",
        "部长王建国上任后的首要任务，就是与邻国完成最后协商。",
        "他披露，邻国的相关部长将在本月29日来访，以完成最后阶段的协商。",
    ])
    assert got[0] == "张建军"
    assert got[2] == "王建国"


def test_talking_about_a_reason_is_a_topic_not_words():
    text = ["电视台采访了前国脚李国强，他谈到了球员在场上给人不努力感觉的原因。", "李国强认为：“能力不够，能力不够。”"]
    got = attribute_paragraphs(text)
    assert got[0].speaker is None and got[1].speaker.name == "李国强"


def test_a_topic_closing_the_sentence_reports_no_words():
    got = speakers_of(["区长李明对街道的招商工作提出指导意见。"])
    assert got == [None]


def test_the_speaker_after_a_topic_is_the_one_who_says_the_words():
    got = speakers_of([
        "董事长王建国介绍了企业生产经营情况。得知企业连续多年实现增长，区长李明非常高兴，"
        "并表示区里将持续做好服务，全力支持企业转型升级、提升产能，和企业一道开拓市场。",
    ])
    assert got == ["李明"]


def test_a_speech_verb_in_what_was_asked_or_in_a_circumstance_is_no_speech():
    got = speakers_of([
        "被问到议员王刚批评其他议员一事时，立法会主席李明说，议员工作繁重，要准备辩论及提问。",
        "他强调议员心态不变，只是经王刚提醒后，更明白公众的要求。",
    ])
    assert got[0] == "李明" and got[1] != "王刚"  # 王刚 reminded; he says nothing here


def test_a_view_given_as_someones_counts_as_their_words():
    got = speakers_of([
        "这部电影是导演张明第一次拍摄真实历史事件，所以在他的妻子、制片人李红看来，这让他们夫妻有一种历史责任感，"
        "要把这样一部宏大的史诗呈现给观众，还需要不小的勇气。张明对此补充道，影片最大的挑战是尊重历史事实，"
        "在这个基础上给观众带来好的体验。",
    ])
    assert got == [None]  # both say about as much: nobody for sure


def test_hui_yi_reports_words():
    text = ["集团总裁王真出席了论坛。", "她回忆，2006年集团创立高端品牌，正是源于这个信念。"]
    assert titled_speakers_of(text)[1][0] == "王真"


def test_zi_ze_with_a_colon_reports_words_and_praise_ends_the_words_before_a_title():
    assert titled_speakers_of(["教练叶文章赞配球，投手林友颖自责：最好的球种被打到。"])[0][0] == "林友颖"
    text = ["比赛结束后，教练夸赞捕手林友颖，林友颖说：“我只是做好本分。”"]
    assert titled_speakers_of(text)[0] == ("林友颖", "捕手")


def test_dai_biao_as_a_verb_names_nobody():
    assert titled_speakers_of(["会上,胡锦涛代表中国政府和人民,欢迎世界各地的朋友。"]) == [(None, None)]


def test_zai_x_kan_lai_gives_the_view_to_that_person():
    assert titled_speakers_of(["在新希望集团董事长刘永平看来,持续的科技投入可以保证产业平稳发展。"])[0][0] == "刘永平"
    text = ["新希望集团董事长刘永平出席论坛。", "养猪虽然是个传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。"]
    assert titled_speakers_of(text)[1][0] == "刘永平"
    assert titled_speakers_of(["在业内人士看来,持续的科技投入可以保证产业平稳发展。"]) == [(None, None)]
