"""The confidence model of speaker attribution (data/confidence.txt): each way of deciding a
speaker has a base confidence, doubts take from it, and below the threshold a passage gets no
speaker. A contested attribution — the paragraph's signals disagree about who speaks — always
falls below it.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

import pytest

import retrieval.attribution.speakers as speakers
from retrieval.attribution.speakers import CONFIDENCE, DOUBTS, THRESHOLD, attribute_paragraphs


def _decided(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name if a.speaker else None, a.how) for a in attribute_paragraphs(paragraphs)]


def test_the_model_is_read_from_data():
    assert set(CONFIDENCE) == {"transcript", "speech-verb", "quote", "title-reference", "pronoun", "continuation", "monologue"}
    assert {"quote-topic", "caption", "rivals", "weak-name", "contested"} <= set(DOUBTS)
    assert all(0 < v <= 1 for v in CONFIDENCE.values()) and 0 < THRESHOLD < 1
    assert all(v >= THRESHOLD for v in CONFIDENCE.values())  # every way can name someone undoubted


def test_a_contested_attribution_never_passes_the_threshold():
    assert max(CONFIDENCE.values()) - DOUBTS["contested"] < THRESHOLD


def test_another_speaker_in_the_paragraph_contests_the_first():
    text = "据报道,美国总统卡特表示将推迟访问,外交部发言人王明17日在记者会上表示,双方保持沟通。"
    assert _decided([text]) == [(None, None)]
    assert _decided(["据报道,美国总统卡特表示将推迟访问。"]) == [("卡特", "speech-verb")]


def test_without_the_contested_doubt_the_first_speaker_would_be_named(monkeypatch):
    monkeypatch.setitem(speakers.DOUBTS, "contested", 0.0)
    text = "据报道,美国总统卡特表示将推迟访问,外交部发言人王明17日在记者会上表示,双方保持沟通。"
    assert _decided([text]) == [("卡特", "speech-verb")]


def test_a_person_inside_the_reported_words_does_not_contest():
    # 总书记提出的要求: a verb before 的 reports nobody's words
    assert _decided(["市长王明表示,总书记提出的要求为企业指明了方向。"]) == [("王明", "speech-verb")]


def test_a_speaker_named_only_as_a_companion_is_contested(monkeypatch):
    text = "10日,美国总统卡特与英国首相约翰•梅杰通电话时谈及此事。白宫当天在一份声明中表示,两国领导人意见一致。"
    assert _decided([text]) == [(None, None)]
    monkeypatch.setitem(speakers.DOUBTS, "contested", 0.0)
    assert _decided([text]) == [("约翰•梅杰", "speech-verb")]


@pytest.mark.parametrize(
    "second, expected",
    [
        ("会议开始后,张董表示,要抓好落实。", ("张国栋", "title-reference")),
        ("副总经理刘文辉主持会议。张董表示,要抓好落实。", (None, None)),  # another person is the subject
    ],
)
def test_a_title_reference_beside_another_named_person_is_contested(second, expected):
    assert _decided(["公司董事长张国栋出席发布会。", second])[1] == expected


def test_transcript_turns_are_the_speakers_own_words_and_not_contested():
    got = _decided(["外交部发言人王明主持记者会。", "记者:请介绍情况。", "王明:我们注意到,李华部长也表示要抓好落实。"])
    assert got[2] == ("王明", "transcript")
