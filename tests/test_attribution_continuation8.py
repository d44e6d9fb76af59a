"""Words that go on past the paragraph with the speech verb (session 8): enumerated statements, and
a speech reported over several paragraphs.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import (
    _common_run,
    _listed_items,
    attribute_paragraphs,
    propose_paragraphs,
)


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_the_first_point_after_an_announced_number_of_points_is_the_speakers():
    # …用“快、新、实”三个字来概括 then 第一个字是“快”: the points the speaker announced
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济运行良好,可以用“快、新、实”三个字来概括。",
        "第一个字是“快”。上半年全市生产总值增长百分之七,高于全省平均水平。",
    ]
    assert _who(text) == ["罗振东", "罗振东"]


def test_a_first_point_with_no_announced_number_is_nobodys():
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济运行良好。",
        "第一个特点是节奏快。上半年全市生产总值增长百分之七。",
    ]
    assert _who(text) == ["罗振东", None]


def test_paragraphs_taking_up_the_listed_items_in_turn_go_on():
    # 呈现了产值增长、投资回升、消费活跃 then one paragraph per item, in the order listed
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济可以用“稳、进”两个字来概括。",
        "第一个字是“稳”。全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
        "固定资产投资回升,重点项目完成投资两百亿元。",
        "居民消费持续活跃,社会消费品零售总额增长百分之九。",
    ]
    assert _who(text) == ["罗振东"] * 5


def test_an_item_taken_up_out_of_order_or_by_someone_else_stops_it():
    text = [
        "青山市统计局局长罗振东表示,今年上半年全市经济可以用“稳、进”两个字来概括。",
        "第一个字是“稳”。全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "居民消费持续活跃,社会消费品零售总额增长百分之九。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
    ]
    assert _who(text)[3] is None
    text = [
        "青山市统计局局长罗振东表示,全市经济呈现了产值增长、投资回升、消费活跃的良好格局。",
        "投资回升方面,市发改委主任郭晓峰介绍,重点项目完成投资两百亿元。",
    ]
    assert _who(text)[1] == "郭晓峰"


def test_a_list_in_narration_carries_nobodys_words():
    text = [
        "青山市今年上半年呈现了产值增长、投资回升、消费活跃的良好格局。",
        "工业产值稳步增长,上半年规模以上工业增加值增长百分之八。",
    ]
    assert _who(text) == [None, None]


def test_listed_items_and_the_common_run():
    assert _listed_items("呈现了增长平稳、就业扩大、物价稳定的格局") == ("呈现了增长平稳", "就业扩大", "物价稳定的格局")
    assert _listed_items("增长平稳、就业扩大") == ()  # two items are no enumeration
    assert _common_run("就业稳步扩大", "就业扩大") == 4
    assert _common_run("物价形势总体稳定", "物价稳定的格局") == 4
    assert _common_run("经济增长", "消费活跃") == 0


def test_a_paragraph_resuming_the_reported_words_opening_is_the_speakers():
    # 罗振东表示，青山古城是… then 青山古城是…: the statement goes on in the speaker's words
    text = [
        "市长罗振东表示,青山古城是全市人民共同的精神家园。保护古城就是保护城市的根脉。",
        "青山古城是千年文脉的见证,每一条街巷都承载着城市的记忆,必须倍加珍惜。",
    ]
    assert _who(text) == ["罗振东", "罗振东"]


def test_an_exclaiming_paragraph_after_a_reported_speech_is_the_speakers():
    text = [
        "市长罗振东强调,只要全市上下团结一心、真抓实干,就一定能够实现既定目标!",
        "青山的明天一定会更加美好!全市人民的幸福生活一定会实现!",
    ]
    assert _who(text) == ["罗振东", "罗振东"]


def test_a_connective_and_a_verb_with_no_subject_go_on_with_the_speakers_sentence():
    text = [
        "市长罗振东表示,去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。",
        "与此同时,推进河道综合整治,完成两百个问题整改。",
    ]
    assert _who(text) == ["罗振东", "罗振东"]


def test_narration_after_a_reported_speech_is_nobodys():
    # a connective then 有/据悉, a date, a person, an exclamation after words that did not exclaim, or
    # plain narration: not the speaker's words
    for after in (
        "此外,还有一些代表在会上发言。",
        "与此同时,据悉全市将新建公园十座。",
        "同时,3月5日全市举行了植树活动。",
        "与此同时,副市长郭晓峰也前往现场检查。",
        "会议还审议通过了有关文件!",
        "全市去年新增绿地五百公顷,城市面貌焕然一新。",
    ):
        text = ["市长罗振东表示,去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。", after]
        assert _who(text)[1] != "罗振东", after


def test_words_after_a_pronoun_or_a_quotation_do_not_go_on_this_way():
    text = [
        "市长罗振东表示:“去年全市大气污染防治取得明显成效,完成燃煤锅炉改造三百台。”",
        "与此同时,推进河道综合整治,完成两百个问题整改。",
    ]
    assert _who(text)[1] is None


def test_a_pronoun_after_a_when_clause_means_the_person_opening_it():
    # 当 A 从 B 手中接过…时，他…: the pronoun is A, the clause's subject, not B named later in it
    text = [
        "“感恩、责任、珍惜。”昨天,当青山大学校长罗振东从青山市市长郭晓峰手中接过奖章时,他用这样六个字形容了自己的心情。",
    ]
    assert _who(text) == ["罗振东"]


def test_a_person_citing_an_example_argues():
    text = [
        "青山市驻外代表罗振东表示,两地合作基础很好。",
        "他以港口建设的合作为例,两地可从中互惠互利,其他方面的合作仍有空间。",
    ]
    assert _who(text) == ["罗振东", "罗振东"]


def test_an_example_with_no_subject_is_the_reporters():
    text = [
        "青山市驻外代表罗振东表示,两地合作基础很好。",
        "以新能源行业为例,投资者对未来发展空间颇为关注,多家企业已经扩大产能。",
    ]
    assert _who(text)[1] is None


def test_he_goes_on_saying():
    # 他續說 / 他续说 (Hong Kong and Macao papers): 续 between the pronoun and the verb
    text = ["青山市长罗振东表示,两地合作前景广阔。", "他续说,自己这次来主要有两个目的。"]
    assert _who(text) == ["罗振东", "罗振东"]


def test_he_said_last_night():
    text = ["青山市长罗振东表示,两地合作前景广阔。", "他昨晚说,两地人民友谊深厚。"]
    assert _who(text) == ["罗振东", "罗振东"]


def test_a_programmes_title_inside_the_clause_does_not_hide_its_subject():
    text = ["青山集团董事长罗振东在接受青山电视台《对话》栏目时称,公司今年将加大研发投入。"]
    assert _who(text) == ["罗振东"]


def test_a_dateline_place_in_a_clause_with_a_title_is_no_speaker():
    text = [
        "(巴生28日讯)地方政府发展部长倪可敏说,媒体要继续监督政府。",
        "他昨晚在《青山日报》百年报庆晚宴巴生站致开幕词时说:“讲真话的媒体更难能可贵。”",
    ]
    assert _who(text) == ["倪可敏", "倪可敏"]  # 他, across the paper's title; never the dateline's place


def test_emphasis_between_a_pronoun_and_its_verb():
    # 他还着重指出了…，并评论道：“…” / 她反复强调，…
    head = "青山集团董事长罗振东强调了公司的领先地位。他表示,新的产业革命已经开启。"
    for after in ("他还着重指出了技术带来的变革性影响,并评论道:“一场新的产业革命已经开启。”", "他反复强调,新的产业革命已经开启。"):
        assert _who([head, after]) == ["罗振东", "罗振东"], after


def test_a_first_person_quotation_after_a_sentence_ending_on_one_person_is_theirs():
    # …，力荐罗振东接任，可罗振东内心却纠结了好久，才勉强答应。“当时我…”
    text = ["青山村党支部书记罗振东今年五十岁,在村里干了二十年。",
            "2006年,老村支书郭晓峰病重,力荐做事公道的罗振东接任,可罗振东内心却纠结了好久,才勉强答应。"
            "“当时我年纪小,刚开始工作,感觉压力太大。”"]
    assert _who(text) == [None, "罗振东"]


def test_no_quotation_goes_to_the_last_clause_without_one_person_or_a_first_person():
    for text in (
        "2006年,老村支书郭晓峰病重,力荐罗振东接任,可罗振东和郭晓峰都纠结了好久。“当时我年纪小,压力太大。”",
        "2006年,老村支书郭晓峰病重,力荐罗振东接任,可罗振东内心却纠结了好久。“年纪小,压力大,这是常有的事。”",
        "2006年,力荐罗振东接任时,记者见到了罗振东。“当时我年纪小,压力太大。”",
    ):
        assert _who(["青山村党支部书记罗振东今年五十岁,在村里干了二十年。", text])[1] != "罗振东", text


def test_a_title_holding_and_is_no_companion():
    # …古脊椎动物与古人类研究所研究员徐星…感慨道: the 与 is the institute's name, 徐星 speaks
    text = ["“这两天收到很多祝贺短信,感觉责任更大了。”青山大学地质与古生物研究所研究员罗振东在接受记者采访时感慨道。"]
    assert _who(text) == ["罗振东"]
    text = ["市长郭晓峰与青山大学地质研究所研究员罗振东一同出席。“感觉责任更大了。”罗振东感慨道。"]
    assert _who(text) == ["罗振东"]


def test_a_person_named_after_the_opening_pronoun_is_what_is_said():
    head = "青山市长罗振东在停顿了很久后回答说:“这对我来说没什么意思。”"
    assert _who([head, "他说郭晓峰不值得信任,还说:“我真的不明白是谁说了算。”"]) == ["罗振东", "罗振东"]
    # a person named before the pronoun may be whom it means: still in doubt
    assert _who([head, "对此,郭晓峰在脸书写下一段话,他接着表示,这是误会。"])[1] != "罗振东"


def _doubts(paragraphs: list[str]) -> list[set[str]]:
    """The doubts of each paragraph's rules proposal (empty when the rules propose nobody)."""
    out = []
    for ps in propose_paragraphs(paragraphs):
        rules = [p for p in ps if ("by:rules", 1.0) in p.features]
        out.append({f for f, _ in rules[0].features if f.startswith("doubt:")} if rules else set())
    return out


def test_companions_listed_after_the_subject_are_no_rivals_for_a_pronoun():
    head = "青山市长罗建国今日傍晚会见传媒时,呼吁市民参与投票。"
    text = [head, "罗建国联同教育局局长郭晓峰、卫生局局长李文涛见记者。他表示,政府十分关注居民的精神健康。"]
    assert _who(text) == ["罗建国", "罗建国"]
    assert "doubt:rivals" not in _doubts(text)[1]
    # people listed as subjects are: either may be meant
    text = [head, "教育局局长郭晓峰和卫生局局长王明辉出席了会议。他表示,政府十分关注居民的精神健康。"]
    assert _who(text)[1] is None
