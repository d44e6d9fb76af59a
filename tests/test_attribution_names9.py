"""Session 9, person mentions on pages nobody tuned on: a compound surname jieba cuts off its
given name (lexicon.pos_tags), and words the page shows are no person — an organisation's name
before an organisation word, a common word jieba's dictionary tags as a name
(lexicon.page_nonperson, subjects._no_person). Invented text."""

import pytest

from retrieval.attribution.lexicon import (
    joined_compound_surnames,
    page_nonperson,
    person_at_end,
    pos_tags,
)
from retrieval.attribution.postag import dictionary_entry
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


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
    assert _who(text) == [None]


def test_an_organisation_before_its_suffix_is_no_speaker():
    text = [
        "福安华堂今日举行新春团拜,各界人士出席。",
        "林志明今日在福安华堂新春团拜上致词时指出,新的一年大家要团结一心。",
        "福安华堂在团拜上宣布,明年将扩建会所。",
    ]
    who = _who(text)
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
    assert _who(text) == ["汉斯·根策克", "汉斯·根策克"]
