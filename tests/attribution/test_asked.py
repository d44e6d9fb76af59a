"""speakers: a person named right after a verb of asking (data/asked.txt), or after 向/对 with such
a verb after the name, is the one asked — the quotation is the asker's; cases analysed closing a
sentence are what was spoken about (invented text)."""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs

FIRST = "国家发展研究中心主任赵明远出席论坛并回答记者提问。"


def _who(paras: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paras)]


def test_the_person_a_reporter_presses_is_not_the_one_asking():
    assert _who([FIRST, "论坛结束后,有记者追问赵明远:“明年的增长目标会调整吗?”"])[1] is None


def test_the_person_a_question_is_put_to_is_not_the_one_asking():
    assert _who([FIRST, "会议结束时,突然有记者向准备离场的赵明远大声提问:“明年的增长目标会调整吗?”"])[1] is None


def test_the_person_answering_still_speaks():
    assert _who([FIRST, "论坛结束后,赵明远回答:“目标不会调整,我们有信心完成。”"])[1] == "赵明远"


def test_a_title_ending_in_asking_is_no_verb_of_asking():
    assert _who([FIRST, "中心首席顾问赵明远:“目标不会调整,我们有信心完成。”"])[1] == "赵明远"


def test_cases_analysed_close_the_sentence_with_no_words():
    # 分析了…等案例。: what was spoken about (data/answered.txt, its topics line), not words
    assert _who(["座谈会上,省委书记赵明远分析了春晚、灯会等案例。"]) == [None]
    assert _who(["座谈会上,省委书记赵明远分析说,春晚、灯会都是成功的案例。"]) == ["赵明远"]
