"""Adverbials of occasion, place and manner between a speaker and the speech verb
(data/adverbials.txt: 致辞时, 讲话中, 开玩笑): the person before them is the verb's subject.
Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of


@pytest.mark.parametrize("line", [
    "他致辞时表示,政府将继续加强与各界的沟通对接。",
    "他讲话时强调,政府将继续加强与各界的沟通对接。",
])
def test_an_occasion_after_the_pronoun_keeps_the_person_named_before(line):
    text = ["行政长官罗建军昨日出席新任特派员到任酒会。", line]
    assert speakers_of(text) == [None, "罗建军"]


def test_in_jest_after_a_name_and_its_title():
    text = ["在谈到两地文化交流时,工商局局长罗建军开玩笑说,他期待着明年再来一次。"]
    assert speakers_of(text) == ["罗建军"]
