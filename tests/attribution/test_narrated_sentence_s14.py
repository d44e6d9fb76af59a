"""Session 14 (prose14): a paragraph narrating one person, then their words as its own closing
sentence with no speech verb (subjects._narrated_then_sentence): the words are that person's, also
where the person's clause does not open the sentence before the words, or where 他/她 stands for
them in the sentences between — not where the narration names another person too, a reporter, or
where the words speak of 他/她 (words about the person are someone else's).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

HEAD = ["夜市里的小店", "街坊张国强说，这条街明年就要改造了。"]
WORDS = "“对这条街来说也许是好事，我却舍不得离开。”"


def _speaker(para: str) -> str | None:
    return speakers_of([*HEAD, para])[-1]


def test_words_after_a_sentence_about_one_person_are_theirs():
    assert _speaker("那天傍晚，刘建华心里五味杂陈，这是他经营了二十年的小店。" + WORDS) == "刘建华"


def test_the_person_named_sentences_before_the_words():
    para = "成绩出来后，陈志强以两分之差落选。来不及难过的他又报了另一所学校。除了北京，他还报考了上海的岗位。“因为一线城市机会更多，上升空间也大。”"
    assert _speaker(para) == "陈志强"


def test_two_people_in_the_narration_is_nobody():
    assert _speaker("那天傍晚，刘建华心里五味杂陈，徒弟赵海涛在一旁切菜。" + WORDS) is None


def test_a_reporter_in_the_narration_is_nobody():
    assert _speaker("那天傍晚，记者来到店里，刘建华心里五味杂陈。" + WORDS) is None


def test_words_about_him_are_not_his():
    para = "那天傍晚，刘建华心里五味杂陈，这是他经营了二十年的小店。“他做的面，整条街都说好，我们吃了十几年。”"
    assert _speaker(para) is None


def test_a_name_jieba_reads_in_part_may_be_another_person():
    # (周|明远 as jieba cuts it: a word it reads as a name, beside the one person we read)
    assert _speaker("周明远正在和面，赵海涛在一旁切菜。" + WORDS) is None
