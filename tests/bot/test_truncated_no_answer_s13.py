"""An over-long question that finds nothing says it was cut, as one that finds something does.

The bot searches only a question's first MAX_QUESTION_CHARS characters; the answer page said so
but the no-answer reply did not, so a pasted article got "no answer" with no hint that most of
it was never read.
"""

from __future__ import annotations

from bot import render, talk
from bot.network import ApiHealth
from bot.present import present
from bot.settings import Settings
from bot.state import BotState
from retrieval import MAX_QUESTION_CHARS, clip_question
from retrieval.chat import Reply

NOTE = f"只按前 {MAX_QUESTION_CHARS} 个字检索"


def test_no_answer_says_first_when_the_question_was_cut():
    text = render.no_answer("火星上的水", ["张三说了什么？"], ["火星"], truncated=True)
    first, rest = text.split("\n", 1)
    assert NOTE in first
    assert rest == render.no_answer("火星上的水", ["张三说了什么？"], ["火星"])
    assert NOTE not in render.no_answer("火星上的水", ["张三说了什么？"], ["火星"])


def test_truncated_note_reaches_questions_not_in_chinese_and_without_words():
    assert NOTE in render.no_answer("What is the capital of France? " * 40, truncated=True)
    assert NOTE in render.no_answer("😀" * 600, truncated=True)
    assert render.fits(render.no_answer("火" * 10_000, ["例子"], ["火"] * 50, truncated=True))


def test_present_passes_the_cut_to_the_no_answer_reply(seed_retriever):
    state = BotState.create(Settings(token="1:abcd"), ApiHealth())
    state.serve(seed_retriever)
    question, cut = clip_question("红烧肉怎么做，" * 200)
    assert cut
    key = talk.private_key(7)
    reply = state.conversation.reply(seed_retriever, key, question)
    assert isinstance(reply, Reply) and reply.kind == "hits" and not reply.hits
    html, markup = present(state, 7, key, reply, truncated=cut)
    assert NOTE in html and markup is None
    html, _ = present(state, 7, key, state.conversation.reply(seed_retriever, key, "红烧肉怎么做"), truncated=False)
    assert NOTE not in html
