"""Session 13 (names13): names the page confirms whatever jieba's tag (pagenames.opening_names:
a surname and one or two characters opening two or more clauses right before a verb of speech),
and 在X看来 after a connective, before spaced punctuation or ending its line (clauses._IN_VIEW).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import opening_names
from retrieval.attribution.speakers import Attributor

# 江本才: jieba reads 江本/ns 才/d — no person by its tags
PAGE = ["大会在北京开幕。协会会长江本才做主旨报告。",
        "江本才表示，行业增长迅速，要统筹推进各项工作。",
        "江本才指出，要加强国际合作，维护产业链稳定。"]


def test_a_name_opening_two_clauses_of_speech_is_known_whatever_its_tags():
    assert opening_names("\n".join(PAGE), {}) == ["江本才"]
    att = Attributor()
    att.register(PAGE)
    assert "江本才" in att.known
    assert speakers_of(PAGE[1:], PAGE[:1]) == ["江本才", "江本才"]


def test_one_opening_a_dictionary_word_or_a_known_name_confirms_nothing():
    assert opening_names("江本才做主旨报告。\n江本才表示，行业增长迅速。", {}) == []  # once, no title
    assert opening_names("会长江本才做主旨报告。\n江本才表示，行业增长迅速。", {}) == ["江本才"]  # once, titled
    assert opening_names("会长江本才做主旨报告。\n江本表示，行业增长迅速。", {}) == []  # two characters: once is not enough
    assert opening_names("高层表示，要稳住增长。\n高层指出，要扩大开放。", {}) == []  # 高层: a word
    assert opening_names("\n".join(PAGE), {"江本才": "会长"}) == []  # known already
    # not opening a clause: inside a longer word, after a number
    assert opening_names("河江本才表示，好。\n175江本才指出，好。", {}) == []


def test_a_view_after_a_connective_or_spaced_punctuation_is_the_persons():
    paras = ["协会会长江明出席了论坛。",
             "这类项目投资周期更长。而在协会会长江明看来，硬科技的回报反而更高。"]
    assert speakers_of(paras) == [None, "江明"]
    paras[1] = "这类项目投资周期更长 。 但在协会会长江明看来 , 硬科技的回报反而更高 。"
    assert speakers_of(paras) == [None, "江明"]


def test_now_seen_is_no_view_of_anyone():
    assert speakers_of(["协会会长江明出席了论坛。", "现在看来，硬科技的回报更高。"]) == [None, None]


def test_a_transliterated_name_jieba_cuts_after_a_title_is_read_whole():
    from retrieval.attribution.lexicon import mentions

    # 古/a|特雷斯/nr then 递交: no word that ends a name follows, jieba tags only a part
    assert [sp.name for _, sp in mentions("他向联合国秘书长古特雷斯递交全权证书。", {})] == ["古特雷斯"]
    paras = ["中国代表李明向联合国秘书长古特雷斯递交全权证书。",
             "古特雷斯欢迎李明履新，表示中国是多边主义和联合国的重要支柱。"]
    assert speakers_of(paras)[1] == "古特雷斯"
