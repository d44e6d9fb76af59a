"""A conversation's reply as a Telegram message: its HTML and its buttons.

A search reply with hits becomes a View (paged with 「更多 ▸」, 「全文」 and 「引用」 buttons) of
which only the first page counts as shown; anything else is one message without buttons.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from retrieval.chat import Reply

from . import render, replies, talk
from .callbacks import keyboard
from .state import BotState, View


def present(state: BotState, chat_id: int, key: talk.Key, reply: Reply, truncated: bool = False,
            group: bool = False) -> tuple[str, InlineKeyboardMarkup | None]:
    """The message for ``reply`` in chat ``chat_id`` (conversation ``key``)."""
    if reply.kind == "hits" and reply.hits:
        per_page = state.settings.search.top_k
        view = View(replies.answer_title(reply), reply.hits, per_page, truncated, key=key,
                    note=replies.filters_line(reply.filters), example=state.example())
        vid = state.views.add(chat_id, view)
        page = view.page(0)
        talk.first_page(state.conversation, key, reply, per_page)
        return page.html, keyboard(vid, view, 0, page)
    if reply.kind == "hits" and reply.follow_up is None:
        no = render.no_answer(reply.question, state.facts.examples, state.retriever.absent_words(reply.question),
                             truncated, reply.filters.active)
        return replies.with_filters(no, reply.filters), None
    return replies.conversation_reply(reply, group), None
