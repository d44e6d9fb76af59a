"""Wrong speakers on unseen pages (session 12): words read as names, a thing named like a person,
a name cut at a surname jieba reads as a word, and the other mechanisms behind them.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import page_nonperson, plausible_name, spoken_names

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
