"""Name boundaries behind the wrong speakers of session 6's fresh batches (mechanisms, own sentences)."""

from retrieval.attribution.lexicon import (
    joined_transliterations,
    mentions,
    person_at_end,
    plausible_name,
)


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


def _speakers(paragraphs):
    from retrieval.attribution.speakers import attribute_paragraphs

    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


def test_a_person_invited_to_speak_is_no_reported_speaker():
    got = _speakers(["市政府今天上午举行新闻发布会，请市统计局新闻发言人王建国介绍一季度经济运行情况，并答记者问。"])
    assert got == [None]


def test_question_turn_after_a_lead_in_is_no_continuation():
    got = _speakers([
        "市长李明接受《晨报》专访。李明表示，此访意义重大。",
        "《晨报》25日以《李明：我们展现出城市正面形象》为题，整版报道了李明专访内容。",
        "以下为内容摘编：《晨报》：这次会面的气氛如何？",
        "李明：能和大家见面，对我来说是一个很好的机会。",
        "《晨报》：此行对旅游业重要吗？",
        "李明：是的，非常重要。",
        "《晨报》：您对本市有什么看法？",
        "李明：这是一座美丽的城市。",
    ])
    assert got[2:] == [None, "李明", None, "李明", None, "李明"]


def test_a_list_of_people_invited_to_speak_names_no_speaker():
    got = _speakers(["市政府新闻办于今天上午举行新闻发布会，请市水利局局长王建国，市气象局副局长陈立新介绍今年防汛工作情况，并答记者问。"])
    assert got == [None]


def test_a_person_assigned_to_present_later_is_no_speaker():
    got = _speakers(["市政府昨日发布通知称，统计局将于下周召开发布会，由统计局新闻发言人王建国介绍前三季度经济运行情况。"])
    assert got == [None]


def test_a_speech_verb_in_a_circumstance_frame_is_no_speech():
    from retrieval.attribution.speakers import _nominal

    text = "主席王明表示，议员表现积极，经召集人李强提醒下，出席率较高。"
    v = text.index("提醒")
    assert _nominal(text, v, "提醒")
    text = "总经理李强提醒，出席率较高。"
    assert not _nominal(text, text.index("提醒"), "提醒")
