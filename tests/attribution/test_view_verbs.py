"""A person's view without a speech verb (data/view_verbs.txt): NAME觉得/清楚/感到 followed at once by a
comma, a colon or a quotation reports that person's words; the same verbs with an object of their own
(觉得事有蹊跷, 清楚地记得, 感到遗憾) are narration and name nobody."""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of


@pytest.mark.parametrize("verb", ["觉得", "清楚", "感到"])
def test_a_view_with_a_clause_after_it_is_the_persons(verb):
    paragraphs = [
        "市第一中学今年的新校区已经投入使用。",
        f"校长杨明远{verb}，新校区只是一个开始，学校还要在师资上下更大功夫，让每个孩子都能学有所成。",
    ]
    assert speakers_of(paragraphs) == [None, "杨明远"]


def test_the_traditional_form_counts_too():
    paragraphs = ["市第一中學今年的新校區已經投入使用。",
                  "校長楊明遠覺得，新校區只是一個開始，學校還要在師資上下更大功夫。"]
    assert speakers_of(paragraphs) == [None, "楊明遠"]


@pytest.mark.parametrize("text", [
    "校长杨明远清楚地记得新校区奠基那天的情景，那天下着小雨，工地上插满了彩旗。",
    "校长杨明远感到一阵欣慰，随后走进教室看望了正在上课的学生。",
    "值班的校长杨明远觉得事有蹊跷，马上打电话联系了学生家长。",
])
def test_the_verb_with_its_own_object_is_narration(text):
    assert speakers_of(["市第一中学今年的新校区已经投入使用。", text]) == [None, None]


def test_a_wish_with_its_clause_is_the_persons():
    paragraphs = ["市第一中学今年的新校区已经投入使用。",
                  "校长杨明远期望新一届教师团队携手合作，为学生创造更好的学习环境。"]
    assert speakers_of(paragraphs) == [None, "杨明远"]


@pytest.mark.parametrize("text", [
    "新校区的建成没有辜负家长杨明远的期望，学校的招生人数比去年增加了两成。",
    "这是家长杨明远的深切期望。",
])
def test_the_wish_as_a_noun_names_nobody(text):
    assert speakers_of(["市第一中学今年的新校区已经投入使用。", text]) == [None, None]
