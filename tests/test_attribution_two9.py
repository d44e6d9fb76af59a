"""Session 9, two people in a clause: the name after a title ends before an adverb of order or an
act of visiting (data/after_name.txt), so the subject of the speech verb is the person opening the
clause, not the one named inside it. Invented text."""

import pytest

from retrieval.attribution.lexicon import mentions
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("3月5日，县委书记邓明辉先后主持召开两场座谈会。", "邓明辉"),
        ("区长韩立新分别听取了各街道的汇报。", "韩立新"),
        ("副市长钱文参观。", "钱文"),
        ("部长杜红梅陪同代表团考察。", "杜红梅"),
    ],
)
def test_a_titled_name_ends_before_an_adverb_or_a_visit(text, name):
    assert [sp.name for _, sp in mentions(text, {})] == [name]


def test_the_person_opening_the_clause_speaks_not_the_one_reported_to():
    got = _who(["总经理赵强陪同副市长钱文参观。", "钱文听取了赵强的汇报后指出，企业要加快转型升级。"])
    assert got == [None, "钱文"]

