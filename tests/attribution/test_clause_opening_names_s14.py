"""Session 14 (prose14): a name of three characters that jieba cuts into a surname and a word (曹|兴利/ns,
韩|挺秀/a), which the page confirms by opening three or more clauses with it (pagenames.clause_opening_names):
the page knows it as a person, so the words it frames are that person's; a place or a body the page writes
at clause openings (国家卫|生…) is no name, nor a name written at a clause opening only twice.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.pagenames import clause_opening_names

PAGE = [
    "草帽书记的乡村振兴路",
    "曹兴利是村党支部书记，因总是戴着草帽忙碌在地头，被称为“草帽书记”。",
    "每一次面对新鲜事物，曹兴利都带头给村民做示范。",
    "“村里的产业发展之路经历了玉米制种、发展养牛，加上现在的民宿，构成了四部曲。”曹兴利总结说。",
]


def test_a_name_opening_three_clauses_is_a_person():
    assert "曹兴利" in clause_opening_names("\n".join(PAGE), {})


def test_its_words_are_that_person_s():
    assert speakers_of(PAGE)[-1] == "曹兴利"


def test_twice_is_not_enough():
    assert clause_opening_names("\n".join(PAGE[:3]), {}) == []


def test_a_body_cut_inside_a_word_is_no_name():
    text = "国家卫生健康委员会发布通知。\n国家卫生部门表示将加强监管。\n国家卫生系统开展检查。"
    assert clause_opening_names(text, {}) == []
