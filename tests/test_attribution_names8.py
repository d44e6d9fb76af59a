"""Session 8, person mentions: a surname and a polite address term as a private person's name
(lexicon.addressed_person; subjects._subject_core). Invented text."""

import pytest

from retrieval.attribution.lexicon import addressed_person
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


@pytest.mark.parametrize(
    "core, expected",
    [
        ("村民吴女士", ("吴女士", "村民")),
        ("居民李先生", ("李先生", "居民")),
        ("欧阳女士", ("欧阳女士", None)),
        ("这位女士", None),  # a measure word, not the surname 位
        ("一位先生", None),
        ("向先生", None),  # a preposition, not the surname 向
        ("王大爷", None),  # a familiar address term names nobody
        ("王总", None),  # a title form: the person named elsewhere
        ("张女士的儿子", None),
    ],
)
def test_a_surname_and_a_polite_form_is_a_name(core, expected):
    sp = addressed_person(core)
    assert (None if sp is None else (sp.name, sp.title)) == expected


def test_a_villager_named_by_surname_speaks():
    text = ["“今年的收成比去年好得多,心里踏实了。”村民吴女士笑着说,“明年还要多种一些。”"]
    assert _who(text) == [("吴女士", "村民")]
    text = ["仁峰村村民何先生透露,昨天清晨雨势很大,村干部挨家挨户通知大家撤离。"]
    assert _who(text) == [("何先生", "仁峰村村民")]


def test_familiar_address_and_kin_stay_nobody():
    assert _who(["居民赵大姐感慨地说,院子建成以来,今天是大家第一次聚在一起。"]) == [(None, None)]
    assert _who(["村民张女士的儿子说,家里的麦子已经收完了。"]) == [(None, None)]
    assert _who(["这位女士说,家里的麦子已经收完了。"]) == [(None, None)]


def test_a_minority_name_the_words_cut_up_and_its_first_part():
    # jieba cuts the first part into words (库|力加|孜拉) and an action verb follows the last part
    from retrieval.attribution.speakers import _transliterated_names

    assert _transliterated_names("“请喝茶!”38岁的牧民库力加孜拉·俄尔斯别克脱去棉帽,递上奶茶。") == ["库力加孜拉·俄尔斯别克"]
    # a place with a middle dot is no name: its parts do not sound like a transliteration
    assert _transliterated_names("调研组来到幸福古村·齐乐桃源国际旅游度假区项目现场。") == []
    text = [
        "“请喝茶!”38岁的牧民库力加孜拉·俄尔斯别克脱去棉帽,递上奶茶。",
        "“孩子在县城上学,老人住在村里,”库力加孜拉说,“这里家家如此。”",
    ]
    assert _who(text)[1] == ("库力加孜拉·俄尔斯别克", "牧民")


def test_a_first_part_two_names_share_is_nobody():
    from retrieval.attribution.references import _given_part_form
    from retrieval.attribution.speakers import Attributor

    att = Attributor()
    att.register(["座谈会上,牧民库尔班·买买提发言。", "教师库尔班·托合提也来了。"])
    assert _given_part_form(att.known, "库尔班") is None
    att = Attributor()
    att.register(["座谈会上,牧民库尔班·买买提发言。"])
    assert _given_part_form(att.known, "库尔班").name == "库尔班·买买提"
    assert _given_part_form(att.known, "买买提") is None  # the last part is _short_form's


def test_a_name_ends_before_tell_and_in_view():
    # 黄|志豪 is no person to jieba: the name after a title ends where 告诉 starts
    text = ["“南海正着力帮助中小企业快速成长,实现高质量发展。”南海区委书记黄志豪告诉记者。"]
    assert _who(text) == [("黄志豪", "南海区委书记")]
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("在微电子所研究员刘明看来,当选是一个新起点。", {})] == ["刘明"]


def test_a_name_the_page_repeats_after_a_title_is_confirmed():
    # 解立|彬 reads as a verb and a morpheme; the page names him after a title, then twice more
    from retrieval.attribution.lexicon import repeated_titled_names

    text = [
        "赛后,金牛队主教练解立彬接受了媒体采访。",
        "谈到下一场比赛,解立彬表示,全队的目标非常明确。",
        "解立彬强调,对手是一支实力很强的队伍。",
    ]
    assert repeated_titled_names("".join(text), {}) == ["解立彬"]
    assert [w[0] for w in _who(text)][1:] == ["解立彬", "解立彬"]
    # named once only: no confirmation
    assert repeated_titled_names(text[0], {}) == []
    # a clause word after a title is never confirmed (书记和|市长…)
    assert repeated_titled_names("书记和市长,书记和市长,书记和市长。", {}) == []


def test_a_name_after_a_title_ends_before_ji():
    from retrieval.attribution.lexicon import mentions

    assert [sp.name for _, sp in mentions("演员谢琼煖及陈竹昇出席了首映。", {})][:1] == ["谢琼煖"]


def test_a_name_with_a_character_jieba_does_not_know_is_confirmed_by_repetition():
    from retrieval.attribution.lexicon import rare_character_names

    text = "这是小店老板娘杨嬿霖刚尝试的新菜。杨嬿霖说,生意好靠的是口碑。"
    assert rare_character_names(text, {}) == ["杨嬿霖"]
    assert rare_character_names("这是小店老板娘杨嬿霖刚尝试的新菜。", {}) == []  # once: no confirmation
    assert rare_character_names("张明说,生意好。张明说,口碑好。", {}) == []  # jieba knows every character
