"""Session 10, continuation (retrieval/attribution/argument.py): a speaker's argument goes on in
paragraphs that name nobody — one opening with a connective of reasoning (但是，/ 同时，/ 于是，)
after words reported to the paragraph's end, one running on in a quotation the paragraph before
left open at a sentence's end, one going on with a sentence the paragraph before left unended —
and never into one that names someone, sets a scene or a date, quotes words or asks.
Invented text."""

import pytest

from retrieval.attribution.argument import _left_open
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


SAID = "交通局长周立新举例说，去年冬季客流回升之后，有些城市提高了地铁票价。当时，也有不少市民建议本市采取同样做法。"


def test_connectives_of_reasoning_carry_the_argument_on():
    paragraphs = [
        SAID,
        "但是，本市的专家组分析客流和成本之后认为，虽然客流大增，但是运营并未出现亏损。",
        "同时，本市政府分析判断，即便票价不变，财政补贴也不会明显增加，因此不会影响其他公共服务。",
        "于是，本市政府顶住压力，决定维持现行票价，不提高地铁和公交的票价。",
    ]
    assert _who(paragraphs) == ["周立新"] * 4


def test_the_argument_ends_with_a_paragraph_of_no_connective():
    paragraphs = [SAID, "但是，本市的专家组认为，运营并未出现亏损。", "地铁二号线的客流一直是全市最大的。"]
    assert _who(paragraphs) == ["周立新", "周立新", None]


def test_words_reported_after_a_lead_of_the_source_count_as_said_to_the_end():
    paragraphs = [
        "据本报报道，交通局长周立新昨日视察公交站点时表示，对于在本市长大的市民来说，公交是自己的事，任何人都会找到合理的理由提出意见；",
        "但作为生活在本市的市民，不论满意或不满意的理由有多少，最重要是同心协力，珍惜本市的好条件。",
    ]
    assert _who(paragraphs) == ["周立新", "周立新"]


@pytest.mark.parametrize(
    "narration",
    [
        "但是，2024年3月的一天，市民王海涛在车站等了一个小时也没有等到车。",  # a date, and a person named
        "但是，在这个寒冷的冬天之前，车站的候车亭已经全部翻修。",  # a scene of time
        "但是，记者在车站看到，候车的市民并不多。",  # the reporter
        "但是，车站为什么没有增加班次？",  # a question
        "此外，地铁三号线将于明年开通。",  # not a connective of reasoning: the reporter's addition
        "不过，当晚车站外还是排起了长队，候车的人一直排到了路口。",  # narrated time after the connective
    ],
)
def test_a_connective_does_not_carry_the_argument_into_narration(narration):
    assert _who([SAID, narration]) == ["周立新", None]


def test_a_connective_after_a_paragraph_of_narration_carries_nothing():
    paragraphs = ["周立新昨天视察了三个公交站点。", "但是，本市的专家组认为，运营并未出现亏损。"]
    assert _who(paragraphs)[1] is None


QUOTED = "谈到城市之间的竞争，周立新说：「本市不会关起门来发展，我们认识到需要和周边城市联系。"


def test_a_quotation_left_open_runs_on_into_paragraphs_without_quotation_marks():
    paragraphs = [
        QUOTED,
        "如今的挑战在于如何既和周边城市联系，同时保障本地的就业不受影响。",
        "在外部竞争和本地需要之间，可能会看到一些政策上的调整，但不会是非此即彼。",
        "交通局的新闻发布会随后结束。",
    ]
    got = _who(paragraphs)
    assert got[:3] == ["周立新"] * 3


@pytest.mark.parametrize(
    "after",
    [
        "市民王海涛对此并不认同，他在会后找到了记者。",  # names someone
        "2024年3月，本市与周边城市签署了合作协议。",  # a date
        "“这是一个好消息。”一位市民说。",  # quotation marks: someone's words, not the open quotation's
    ],
)
def test_an_open_quotation_does_not_run_on_into_narration(after):
    assert _who([QUOTED, after])[1] is None


def test_a_quotation_left_open_mid_sentence_runs_on_nowhere():
    assert _left_open("周立新说：「本市不会关起门来发展，我们认识到需要和周边城市联系。")
    assert not _left_open("周立新说：「本市不会关起门来发展，")  # not at a sentence's end
    assert not _left_open("周立新说：「好。")  # too short to be words that go on
    assert not _left_open("周立新说：「本市不会关起门来发展。」")  # closed


def test_a_sentence_left_unended_goes_on_with_its_speaker():
    paragraphs = [
        "在论坛上，交通局长周立新回应外界对票价的质疑时表示，票价不是没有调整，而是没有放开，她还表示：",
        "未来十年本市地铁依然是全省最大的网络，两年时间这个地位无人能够撼动；",
        "未来本市将建成一个多层次的交通网络，地铁、公交、轮渡、共享单车等都会发展；",
    ]
    assert _who(paragraphs) == ["周立新"] * 3
