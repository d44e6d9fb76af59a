"""Police ranks are titles (retrieval/data/titles.txt): the name after 高级警司, 总督察 or 警长 is a
person with that title, in simplified and traditional script alike.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import Attributor


def _speakers(paragraphs):
    att = Attributor()
    att.register(paragraphs)
    return [att.attribute(p) for p in paragraphs]


def test_a_police_rank_before_a_name_is_the_title():
    got = _speakers(["西区高级警司李德明表示，警方已拘捕三名男子。"])[0]
    assert got is not None and got.name == "李德明" and got.title.endswith("高级警司")


def test_a_traditional_rank_reads_the_same():
    got = _speakers(["九龍城區總督察陳志強說，案件仍在調查。"])[0]
    assert got is not None and got.name == "陳志強" and got.title.endswith("總督察")


def test_a_rank_with_no_name_after_it_names_nobody():
    assert _speakers(["一名警长表示，现场已经封锁。"])[0] is None
