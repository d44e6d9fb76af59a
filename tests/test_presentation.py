"""How answers read in the shell and the CLI (retrieval/cli/formatting.py, shell.py): made-up
text only; the bot's HTML has tests/test_bot_render.py."""

from __future__ import annotations

import pytest

from bot import render
from retrieval.cli.formatting import CLAUSE_BREAKS, PLAIN_BOLD, lead, lead_bounds

FILLER = "开头说了几句，" + "这里是很长的铺垫文字，" * 14
ANSWER = "已引进项目300余个"
SENTENCE = FILLER + ANSWER + "，后来又讲了很多别的事情" * 10 + "。"
SPAN = (SENTENCE.index(ANSWER), SENTENCE.index(ANSWER) + len(ANSWER))


def _cut_cleanly(sentence: str, shown: str) -> bool:
    """``shown`` (ellipses stripped) is a slice of ``sentence`` that starts and ends at a clause break."""
    core = shown.strip("…")
    at = sentence.find(core)
    end = at + len(core)
    starts = at == 0 or sentence[at - 1] in CLAUSE_BREAKS
    ends = end == len(sentence) or sentence[end] in CLAUSE_BREAKS
    return at >= 0 and starts and ends


def test_a_long_lead_is_cut_at_clause_breaks_not_inside_words():
    start, end = lead_bounds(SENTENCE, SPAN, 120)
    assert start <= SPAN[0] and SPAN[1] <= end and end - start <= 120
    assert SENTENCE[start - 1] in CLAUSE_BREAKS and SENTENCE[end] in CLAUSE_BREAKS
    text = lead(SENTENCE, SPAN, PLAIN_BOLD)
    assert f"**{ANSWER}**" in text and text.startswith("…") and text.endswith("…")
    assert _cut_cleanly(SENTENCE, text.replace("**", ""))


@pytest.mark.parametrize("span", [None, SPAN])
def test_the_bot_lead_is_cut_at_clause_breaks_too(span):
    html = render.lead_html(SENTENCE, span)
    shown = html.replace("<b>", "").replace("</b>", "")
    assert shown.endswith("…") and _cut_cleanly(SENTENCE, shown)
    assert (span is None) == (not shown.startswith("…"))


def test_a_lead_with_no_break_near_is_still_cut_to_its_length():
    sentence = "甲" * 300 + "1月12日" + "乙" * 300 + "。"
    a = sentence.index("1月12日")
    start, end = lead_bounds(sentence, (a, a + 5), 120)
    assert end - start == 120 and start <= a and a + 5 <= end
