"""Untitled names the page confirms (retrieval/attribution/pagenames.spoken_names): a surname and
one or two characters jieba tags as a person, written twice, once opening a clause of speech —
and a whole quotation after an introduced person that does not run on through the narration after
it (runon.continuation).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import spoken_names
from retrieval.attribution.speakers import Attributor


def test_a_bare_name_written_twice_and_once_opening_speech_is_known():
    page = "发布会上,陈明远谈到了新片。\n陈明远表示,这次拍摄让他很难忘。"
    assert spoken_names(page, {}) == ["陈明远"]
    att = Attributor()
    att.register(page.split("\n"))
    assert "陈明远" in att.known and att.known["陈明远"] is None


def test_once_or_never_opening_speech_is_not_enough():
    assert spoken_names("陈明远表示,这次拍摄让他很难忘。", {}) == []  # once: no confirmation
    assert spoken_names("发布会上,陈明远走进了会场。\n观众和陈明远合影留念。", {}) == []  # no speech


def test_a_verb_inside_a_word_or_a_title_after_the_surname_confirms_nothing():
    assert spoken_names("董监高频现业绩说明会 专家称\n一些公司的董监高纷纷参会。", {}) == []  # 说明|会
    assert spoken_names("郭董表示,订单很多。\n郭董说,明年更好。", {}) == []  # a surname and a title
    assert spoken_names("他安抚表示理解。\n安抚表示,大家放心。", {}) == []  # 安抚: a word of the dictionary


def test_a_whole_quotation_after_an_introduced_person_does_not_run_on_through_narration():
    paras = [
        "当日晚,民警陈明远下班后,正和妻子散步时,与一名年轻男子擦肩而过。",
        "“他从旁边经过时,我就觉得不对劲!”",
        "凭借多年的侦查经验,他敏锐发现对方异常,眼神便不自觉地跟了上去。",
    ]
    assert speakers_of(paras)[2] is None
