"""The person a speech verb's clause opens with, doing something before the verb
(retrieval/attribution/subjects.py ``_opener_then_doing``): 行政院长X今在…答询说, 区长X出席会议并讲话强调,
X发表谈话表示 — the clause's one person speaks; an office, a relative, another person, a negation or a
noun after the name keeps them apart. Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of

_INTRO = "行政院长罗建军昨日抵达会场。"  # the page names the person first, as pages do


@pytest.mark.parametrize("line", [
    "对于内阁是否改组,行政院长罗建军率团赴立法院答询说,内阁的重要人事会做适当调整。",
    "2月9日下午,区政府召开全体会,区委副书记、区长罗建军出席会议并讲话强调,要确保完成全年各项目标任务。",
    "本会期总质询今傍晚结束,行政院长罗建军发表谈话表示,他很遗憾两院存在很多差异。",
])
def test_what_the_opener_does_before_the_verb_keeps_them_the_subject(line):
    assert speakers_of([_INTRO, line]) == [None, "罗建军"]


@pytest.mark.parametrize("line", [
    # an office of theirs speaks, not the person
    "市长罗建军办公室今天表示,明年将继续扩大投资。",
    # a negation: words not said
    "市长罗建军从来不用失败形容这次改革,明年将继续扩大投资。",
    # someone else brought in between the name and the verb
    "市长罗建军让秘书王海燕在会上回应说,明年将继续扩大投资。",
])
def test_an_office_a_negation_or_another_person_after_the_name_is_nobodys(line):
    assert speakers_of([_INTRO, line])[1] != "罗建军"


def test_the_reading_holds_only_where_no_adverbial_reading_finds_the_subject():
    # 罗建军今天(表示): the adverbial reading names them; the reading changes nothing there
    assert speakers_of(["市长罗建军今天表示,明年将继续扩大投资。"]) == ["罗建军"]
