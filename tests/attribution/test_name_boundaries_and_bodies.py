"""Readings of what is no person's name, or where a name ends (session 11, wrong11): a
transliteration never writes 的; a body's abbreviation (国防部) or an outlet's dateline (华声报讯) is
no label of a person; a modal verb before an adjective (能简单) is no surname and given name; a
place written before 法庭 is no person; jieba cutting a name's last character into a rare word
(曾俊|华联) leaves the three characters the name; a surname and the last character of the title of
the one person of that surname the page titles so (安帅 for 主帅安达臣) is that person.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import organisation_label, plausible_name
from retrieval.attribution.mentions import mentions
from retrieval.attribution.names import split_given_name
from retrieval.attribution.references import _canonical
from retrieval.models import Speaker


def test_a_transliterated_name_never_holds_the_particle_de():
    assert not plausible_name("玛丽亚·韦伯的", {}, after_title=True)
    assert not plausible_name("玛丽亚·韦伯的采访时", {}, after_title=True)
    assert plausible_name("玛丽亚·韦伯", {}, after_title=True)


def test_the_possessor_of_an_interview_is_not_the_speaker():
    paras = ["秘书长古斯塔沃·贝里斯在接受副秘书长玛丽亚·韦伯的专访时表示:“我们正面临挑战。”"]
    assert speakers_of(paras) == ["古斯塔沃·贝里斯"]


def test_bodies_and_outlet_datelines_are_no_persons():
    assert organisation_label("国防部") and organisation_label("國防部")
    assert organisation_label("华声报讯") and organisation_label("本報訊")
    assert not organisation_label("王建明") and not organisation_label("李讯")


def test_a_body_or_a_dateline_as_a_label_speaks_for_no_person():
    assert speakers_of(["国防部:坦克已列装部队", "国防部:期待两军关系稳定"]) == [None, None]
    assert speakers_of(["华声报讯:温州机场首次对外招商。"]) == [None]


def test_a_modal_verb_then_an_adjective_is_no_name():
    assert not plausible_name("能简单", {}, after_title=False)
    assert speakers_of(["请问您能简单介绍一下您的经历吗?"]) == [None]


def test_a_place_before_a_court_is_no_person():
    paras = ["张家寨法庭地处开发区,纠纷多。", "张家寨法庭的法官说:“我们每天都很忙。”"]
    assert "张家寨" not in speakers_of(paras)


def test_a_name_jieba_cuts_into_a_rare_word_keeps_its_last_character():
    s = "以下是财政司司长曾俊华联同局长出席记者会的答问内容"
    start = s.index("曾俊")
    assert split_given_name(s, start, "曾俊", {}) == "曾俊华"
    assert [sp.name for _, sp in mentions(s, {})][:1] == ["曾俊华"]
    s2 = "外交部部长王毅表示欢迎"  # a common word after the name: the name stays as jieba reads it
    assert split_given_name(s2, s2.index("王毅"), "王毅", {}) == "王毅"
    s3 = "区委书记朱民来区调研"  # a verb after the name
    assert split_given_name(s3, s3.index("朱民"), "朱民", {}) == "朱民"
    s4 = "行政长官林郑月娥致辞"  # two surnames, then a given name opening with a numeral's character
    assert split_given_name(s4, s4.index("林郑"), "林郑", {}) == "林郑"


def test_a_surname_and_the_end_of_a_title_is_that_person():
    known = {"安达臣": "主帅", "安帅": None}
    assert _canonical(known, Speaker("安帅", None)) == Speaker("安达臣", "主帅")
    two = {"安达臣": "主帅", "安东尼": "副主帅", "安帅": None}  # two of the surname titled so: nobody
    assert _canonical(two, Speaker("安帅", None)).name == "安帅"


def test_a_name_jieba_reads_as_a_place_before_an_honorific_is_a_person():
    from retrieval.attribution.lexicon import person_at_end

    assert person_at_end("钟南山院士", {}) == Speaker("钟南山", "院士")  # 钟南山/ns
    assert not plausible_name("钟南山", {}, after_title=False)  # with nothing to confirm it: a place


def test_a_given_name_opening_one_full_transliterated_name_is_that_person():
    known = {"安瓦尔·易卜拉欣": "总理", "安瓦尔": "总理"}
    assert _canonical(known, Speaker("安瓦尔", "总理")).name == "安瓦尔·易卜拉欣"
    two = {"安瓦尔·易卜拉欣": "总理", "安瓦尔·阿里": "部长", "安瓦尔": "总理"}
    assert _canonical(two, Speaker("安瓦尔", "总理")).name == "安瓦尔"
