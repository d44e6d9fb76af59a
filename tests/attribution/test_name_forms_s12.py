"""Where a name ends and in which script it comes out (session 12, names12b).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import mentions


def test_a_traditional_aspect_particle_ends_the_name_before_it():
    # 指著 is 指着 as a traditional page writes it: the verb after the name, not the name's third character
    assert [sp.name for _, sp in mentions("大队长张军指著茂密的森林说。", {})] == ["张军"]
    paras = ["“你看,這里是林區,一旦起火,很難控制。”西昌大隊大隊長張軍指著茂密的"]
    assert speakers_of(paras) == ["張軍"]


def test_a_rare_next_word_still_takes_the_names_third_character():
    # 司长曾俊|华联(同): the rule the aspect particle must not break
    assert [sp.name for _, sp in mentions("司长曾俊华联同各部门官员会见记者。", {})] == ["曾俊华"]


def test_a_name_read_from_its_age_comes_out_in_the_pages_script():
    paras = [
        "45歲的陳美華急忙將箱子向二樓轉移。",
        "「工作組已幫我把冰箱搬上來了。」她說。",
        "鄰居們也在搬東西,陳美華還要照顧公婆。",
    ]
    assert speakers_of(paras) == [None, "陳美華", None]


def test_a_speech_verb_closing_a_noun_of_the_dictionary_is_no_speech():
    # 发布了…数据分析；: 分析 ends the noun 数据分析, the person released a report and said nothing here
    assert speakers_of(["副局长李明发布了数据分析;新闻媒体进行采访。"]) == [None]
    assert speakers_of(["局长李明分析,今年的形势依然严峻。"]) == ["李明"]
