"""Adverbials of occasion, place and manner between a speaker and the speech verb
(data/adverbials.txt: 致辞时, 讲话中, 现场, 开玩笑): the person before them is the verb's subject.
Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of


@pytest.mark.parametrize("line", [
    "他致辞时表示,政府将继续加强与各界的沟通对接。",
    "他讲话时强调,政府将继续加强与各界的沟通对接。",
    "他当场表示,政府将继续加强与各界的沟通对接。",
])
def test_an_occasion_after_the_pronoun_keeps_the_person_named_before(line):
    text = ["行政长官罗建军昨日出席新任特派员到任酒会。", line]
    assert speakers_of(text) == [None, "罗建军"]


def test_on_the_spot_after_a_name_and_its_title():
    text = ["工商局消保科长罗建军现场表示:“厂商虽然撤出了,但是销售商有义务对销售的商品负责。”"]
    assert speakers_of(text) == ["罗建军"]
