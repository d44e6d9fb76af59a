"""The question's words are named back as the user wrote them.

The search compares normalised text (traditional characters read as simplified), so the words a
passage lacks (``Hit.missing_terms``) and the words no page mentions (``absent_words``) come out
simplified. A reply naming them — 「未提到：…」, 「以上 N 条都未提到：…」, 「语料中没有提到「…」」 —
shows them as written in the question: a user who asked about 倫敦 is not told about 伦敦. The
shell/CLI text and the bot's HTML alike; ``ask --json`` keeps the search's own words.
"""

from __future__ import annotations

from bot import render
from retrieval.cli.formatting import as_written, format_answer
from retrieval.models import Document, Hit, Passage, Speaker

DOC = Document(title="经济稳中向好", outlet="某报", published="2020-10-23", url=None, path="a.txt")
OTHER = Document(title="另一篇", outlet="某报", published="2020-10-24", url=None, path="b.txt")
QUESTION = "李偉農對澳門經濟怎麼看"


def hit(missing: tuple[str, ...], doc: Document = DOC) -> Hit:
    text = "经济财政司司长李伟农表示，本地经济会循序渐进地恢复。"
    return Hit(Passage(text, 2, doc, Speaker("李伟农", "经济财政司司长")), 1.0, ("经济",), text, None, missing)


def test_a_word_is_found_in_the_question_as_written():
    assert as_written(("澳门",), QUESTION) == ("澳門",)
    assert as_written(("澳门", "2024年"), "2024年澳門怎麼樣") == ("澳門", "2024年")
    assert as_written(("伦敦",), "伦敦怎么样") == ("伦敦",)  # simplified stays simplified
    assert as_written(("伦敦",), "问别的") == ("伦敦",)  # not found: the word as given


def test_the_cli_names_missing_words_as_written():
    out = format_answer(QUESTION, [hit(("澳门",)), hit((), OTHER)])
    assert "未提到：澳門" in out and "澳门" not in out
    out = format_answer(QUESTION, [hit(("澳门",)), hit(("澳门",), OTHER)])
    assert "都未提到：澳門" in out and "澳门" not in out


def test_the_cli_names_absent_words_as_written():
    out = format_answer("梁振英在倫敦說了什麼", [], absent=("伦敦",))
    assert "「倫敦」" in out and "伦敦" not in out


def test_the_bot_names_missing_and_absent_words_as_written():
    page = render.answer_page(QUESTION, [hit(("澳门",)), hit((), OTHER)])
    assert "未提到：澳門" in page.html and "澳门" not in page.html
    page = render.answer_page(QUESTION, [hit(("澳门",)), hit(("澳门",), OTHER)])
    assert "都未提到：澳門" in page.html and "澳门" not in page.html
    html = render.no_answer("梁振英在倫敦說了什麼", absent=("伦敦",))
    assert "「倫敦」" in html and "伦敦" not in html
