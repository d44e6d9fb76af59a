"""Session 13 (qa13b): a word jieba's dictionary tags a person's name (it so tags many plain words:
多云, 祖宗, 有多强, 余震) is a name only where the question reads it as one; elsewhere its absence
from the corpus is no reason to refuse. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.answering import plain_name
from retrieval.text import normalize


def test_a_name_tagged_word_with_nothing_of_a_name_around_it_is_plain():
    assert plain_name("多云", normalize("明天上午天气多云吗?"))  # after a noun, before a particle
    assert plain_name("祖宗", normalize("那位老人祖宗三代都是渔民吗?"))  # after a noun, before a numeral
    assert plain_name("有多强", normalize("那场沙尘暴过境时风力有多强?"))  # after a noun, at the end
    assert plain_name("余震", normalize("那次地震后一共发生了几次余震?"))  # counted


def test_a_name_read_as_one_is_no_plain_word():
    assert not plain_name("李强", normalize("李强对沙尘暴说了什么?"))  # opens the question
    assert not plain_name("李强", normalize("据李强介绍,风力有多强?"))  # after a preposition
    assert not plain_name("李强", normalize("总理李强对沙尘暴说了什么?"))  # after a title
    assert not plain_name("李强", normalize("沙尘暴过境后李强去了哪里?"))  # before a verb
    assert not plain_name("李强", normalize("记者采访了王毅和李强吗?"))  # after a conjunction
    # a word jieba does not tag a name, or one the question does not hold whole: never
    assert not plain_name("风力", normalize("那场沙尘暴过境时风力有多强?"))
    assert not plain_name("有多", normalize("那场沙尘暴过境时风力有多强?"))


def test_an_absent_plain_word_does_not_refuse_but_an_absent_name_does(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("沙尘暴昨日过境", "示例网 2024-04-02", [
        "受冷空气影响，沙尘暴昨日过境本市，最大风力达到9级，能见度不足500米，多条航线停飞。",
        "气象台提醒市民减少外出，驾驶员注意行车安全，学校暂停户外活动。"])})
    q = "那场沙尘暴过境时风力有多强?"
    assert r.absent_words(q) == ()
    hits = r.search(q, top_k=3)
    assert hits and "9级" in hits[0].passage.text and "有多强" in hits[0].missing_terms
    assert r.absent_words("据李强介绍,沙尘暴过境时风力有多强?") == ("李强",)
    assert r.search("据李强介绍,沙尘暴过境时风力有多强?", top_k=3) == []
