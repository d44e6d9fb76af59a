"""The answering sentence of a hit and its answer span."""

from __future__ import annotations

import pytest

from retrieval.search.answering import (
    answer_span,
    best_sentence,
)
from retrieval.search.intent import parse


def test_best_sentence_by_intent():
    text = "天开西青园发展很快。开园以来，已引进项目300余个。2024年将有更多项目开工。"
    weights = {"引进": 1.0, "项目": 1.0, "天开西青园": 0.5}
    sentence, span = best_sentence(text, weights, parse("天开西青园引进了多少项目"))
    assert sentence == "开园以来，已引进项目300余个。" and sentence[span[0]:span[1]] == "300余个"
    weights = {"开工": 1.0, "项目": 1.0, "天开西青园": 0.5}
    sentence, span = best_sentence(text, weights, parse("天开西青园的项目什么时候开工"))
    assert sentence == "2024年将有更多项目开工。" and sentence[span[0]:span[1]] == "2024年"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("有多少名记者得到了提问的机会?", "17位记者在发布会上获得提问机会。", "17位"),
    ("被看了多少次?", "网络总浏览量超过1000万次。", "1000万次"),
    ("比分是多少?", "最终以106-90战胜对手。", "106-90"),
    ("项目落在哪个镇?", "公司与洲泉镇签约。", "洲泉镇"),
    ("他说了什么", "他说：“我们一定会做好。”", "我们一定会做好。"),
    ("在什么前提下兑现承诺?", "只要有正式的协议，我们都会履行承诺。", "只要有正式的协议"),
    ("通电话谈了多长时间?", "两位市长的通话持续了一个多小时。", "一个多小时"),
    ("座谈会开了多久?", "座谈会有30多位村民参加，历时90多分钟。", "90多分钟"),
    ("她当时多大年纪?", "发言人林晓(52岁)在发布会后接受采访。", "52岁"),
    ("这个习惯从什么时候开始的?", "他说这个习惯是从上个世纪七十年代中期养成的。", "上个世纪七十年代中期"),
    ("一共递交了几份议案?", "代表们这次共提交议案75件。", "75件"),
    ("他是该局第几任局长?", "作为该局第12任局长，他上任后先跑了基层。", "第12任"),  # an ordinal, not a count
    ("她获得了第几名?", "她在决赛中以3分之差获得第一名。", "第一名"),
    ("那场对谈进行了多久?", "两位嘉宾在广播节目里对谈近一小时。", "一小时"),  # 近一…: an amount
    ("那条公路要投多少钱?", "全镇40名干部表态，但这条公路需要投资250万元。", "250万元"),  # money, not people
    ("收购花了多少钱?", "該集團去年斥資近三十億美元收購一家車廠。", "三十億美元"),
    ("那场对谈进行了多久?", "兩位嘉賓在廣播節目裡對談近一小時。", "一小時"),  # read on the simplified form
    ("他们哪天见面?", "兩人約定於5月3號在車站見面。", "5月3號"),  # traditional numerals
])
def test_answer_span(question, sentence, answer):
    span = answer_span(sentence, parse(question), [])
    assert span is not None and sentence[span[0]:span[1]] == answer


def test_no_span_when_nothing_of_the_kind_is_there():
    assert answer_span("天开西青园发展很快。", parse("什么时候开工"), []) is None
    assert answer_span("市长今日(三月二十日)上午会见传媒。", parse("出访欧洲一共几天?"), []) is None  # a date
    assert answer_span("他派出一名记者参加。", parse("派了多少名记者?"), []) is None  # 一名: an article


def test_a_date_relative_to_the_writer_does_not_answer_which_day():
    from retrieval.search.answering import has_typed_answer
    intent = parse("两位市长定在哪一天通电话?")
    assert has_typed_answer("甲市市长明天将与乙市市长通电话。", intent, ["通电话"]) == 1
    assert has_typed_answer("办公室宣布，两位市长将于4月3日通电话。", intent, ["通电话"]) == 2


def test_what_did_x_say_leads_with_the_quote_not_the_sentence_naming_x():
    from retrieval.search import answering
    from retrieval.search import intent as intents

    text = "“这套样机的能量密度达到每公斤400瓦时，今年下半年进入中试。”实验室主任王立新说。"
    asked = intents.parse("王立新说了什么")
    sentence, _ = answering.best_sentence(text, {"王立新": 3.0}, asked)
    assert sentence.startswith("“这套样机")
