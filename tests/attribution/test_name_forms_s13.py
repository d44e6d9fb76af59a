"""Session 13 (edges13): forms of a name's boundary — a count and a common noun is nobody."""

from __future__ import annotations

from retrieval.attribution.names import counted_group, plausible_name


def test_count_then_common_noun_is_no_name():
    for words in ("有高管", "有位医生", "一名律师", "有的家长"):
        assert counted_group(words)
        assert not plausible_name(words, {}, after_title=True)


def test_surname_you_with_a_given_name_stays_a_name():
    assert not counted_group("有志强")
    assert plausible_name("有志强", {}, after_title=False)


def test_spaced_label_name_is_joined_offsets_kept():
    from retrieval.attribution.turns import spaced_names_joined

    for line, joined in (("王 强：大家好。", "王强 ：大家好。"), ("  [李  平]您好", "  [李平]  您好")):
        out = spaced_names_joined(line)
        assert out == joined and len(out) == len(line)
    assert spaced_names_joined("我 们：好") == "我 们：好"  # no surname: no name


def test_spaced_label_is_that_persons_turn():
    from retrieval.attribution.speakers import attribute_paragraphs

    paras = ["主持人王强、嘉宾赵明做客节目。", "赵 明：我认为这个问题要分两面看，先从农民的收入说起。"]
    assert attribute_paragraphs(paras)[1].speaker.name == "赵明"


def test_name_and_one_word_more_is_the_pages_name():
    from retrieval.attribution.names import name_and_word

    text = "总经理王建华不仅出席了会议。王建华说，今年要稳。王建华答：好。"
    assert name_and_word("王建华不", {"王建华": None}, text) == "王建华"
    assert name_and_word("王建华答", {"王建华": None}, text) == "王建华"
    assert name_and_word("王建华不", {}, text) is None  # the page must know the shorter name


def test_cut_name_and_place_name_cut():
    from retrieval.attribution.names import cut_name
    from retrieval.attribution.pagenames import inside_place_name

    text = "记者玛丽莎娜来到市场。玛丽莎娜说，很好看。玛丽莎娜笑了。"
    assert cut_name("玛丽", {"玛丽": None, "玛丽莎娜": None}, text) == "玛丽莎娜"
    place = "他是张家新村街道的主任。张家新村建于1958年，张家新村就要改造完了。"
    assert inside_place_name("张家新", place) and inside_place_name("张家", place)
    titled = "赵立新委员说，要改。赵立新委员表示，好。"
    assert not inside_place_name("赵立新", titled)  # a title going on each time is a person's


def test_transliteration_cut_is_read_whole():
    from retrieval.attribution.speakers import attribute_paragraphs

    paras = ["印度尼西亚女记者阿梅莉娅和翻译来到市场。", "阿梅莉娅显然不太过瘾：“首饰太多，我都挑花了眼。”"]
    assert attribute_paragraphs(paras)[1].speaker.name == "阿梅莉娅"  # not 阿梅 (jieba: 阿梅|莉娅)
