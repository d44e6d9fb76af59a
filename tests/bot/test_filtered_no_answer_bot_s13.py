"""The bot's no-answer reply within filters says nothing was found there, and how to clear them.

With /filter set (or a date in the question), finding nothing says nothing of the corpus: the
reply used to say 语料中没有找到…的答案 under the filter line. A word no page mentions is still
named (语料中没有提到「伦敦」: true of the whole corpus).
"""

from __future__ import annotations

from bot import render, talk
from bot.network import ApiHealth
from bot.present import present
from bot.settings import Settings
from bot.state import BotState

WITHIN = "筛选范围内没有找到"


def test_no_answer_within_filters_names_them_and_the_way_out():
    text = render.no_answer("朱财斌说了什么", ["朱财斌说了什么？"], filtered=True)
    assert text.startswith(f"🤷 {WITHIN}「朱财斌说了什么」")
    assert "/filter clear" in text and "语料中没有找到" not in text
    assert WITHIN not in render.no_answer("朱财斌说了什么", ["朱财斌说了什么？"])
    assert WITHIN not in render.no_answer("伦敦怎么样", absent=["伦敦"], filtered=True)
    assert WITHIN in render.no_answer("朱财斌" * 300, filtered=True, truncated=True)


def test_present_within_a_filter_set_by_filter_and_in_the_question(seed_retriever):
    state = BotState.create(Settings(token="1:abcd"), ApiHealth())
    state.serve(seed_retriever)
    key = talk.private_key(11)
    reply = state.conversation.reply(seed_retriever, key, "朱财斌说了什么 2023年5月")  # the seed is from 2024-02
    assert reply.kind == "hits" and not reply.hits and reply.filters.active
    html, _ = present(state, 11, key, reply)
    assert WITHIN in html and "🔍" in html
    state.conversation.set_filters(key, seed_retriever.filter_index.parse_words("2023年5月"))
    html, _ = present(state, 11, key, state.conversation.reply(seed_retriever, key, "朱财斌说了什么"))
    assert WITHIN in html
    state.conversation.clear_filters(key)
    reply = state.conversation.reply(seed_retriever, key, "朱财斌说了什么")
    assert reply.hits
