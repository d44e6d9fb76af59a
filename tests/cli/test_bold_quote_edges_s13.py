"""The answer's bold never holds a quotation mark at its edge, in the shell as in the bot.

An answer span may start at an opening quotation mark whose closing one lies outside it (他强调，
“北京是我的家……楷模。”): the bold then opened with “ and ended before ”, one mark bold and its
pair not. ``shown_span`` leaves quotation marks at both edges out, as it leaves out spaces.
"""

from __future__ import annotations

from bot import render
from retrieval.cli.formatting import PLAIN_BOLD, lead, shown_span

SAID = "他强调，“家乡是我的根，我们要做扎根本地的企业。”"


def test_quotation_marks_at_the_edges_are_left_out_of_the_span():
    at = SAID.index("“")
    words = SAID.index("企业") + 2
    assert shown_span(SAID, (at, words)) == (at + 1, words)
    assert shown_span(SAID, (at, len(SAID))) == (at + 1, SAID.index("。") + 1)
    assert shown_span("「好」", (0, 3)) == (1, 2)
    assert shown_span("“”", (0, 2)) is None  # nothing but marks: nothing to bold


def test_the_shell_and_the_bot_bold_the_words_inside_the_marks():
    at = SAID.index("“")
    words = SAID.index("企业") + 2
    assert lead(SAID, (at, words), PLAIN_BOLD) == "他强调，“**家乡是我的根，我们要做扎根本地的企业**。”"
    assert render.lead_html(SAID, (at, words)) == "他强调，“<b>家乡是我的根，我们要做扎根本地的企业</b>。”"


def test_marks_inside_the_span_stay():
    text = "他说，“这是‘第一步’，不是最后一步。”"
    a = text.index("这")
    b = text.index("。")
    assert shown_span(text, (a, b)) == (a, b)
