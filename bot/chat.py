"""/filter and /export: the conversation's filters, and every matching passage as a document.

- ``/filter`` shows the filters in force; ``/filter 朱凯 滨海发布 2024年2月`` sets them in plain
  words (a speaker by name, part of a name or title; an outlet; a date, range or 去年);
  ``/filter clear`` clears them. They hold for the conversation (private chat or group thread).
- ``/export 朱凯`` (or, alone, the filters in force / the person the last answer was about) sends
  every matching passage as two documents, CSV and Markdown; ``/export 朱凯 csv`` only one.
"""

from __future__ import annotations

from telegram import Update

from retrieval import YanluError

from . import guard, replies, talk
from .questions import conversation_key, remember, run
from .state import BotContext


@guard.limited
async def filter_command(update: Update, context: BotContext) -> None:
    """/filter [words | clear]: show, set or clear the conversation's filters."""
    message, state = update.effective_message, context.state
    key = conversation_key(state, message, context.bot.id)
    index = state.retriever.filter_index
    try:
        action, filters = talk.apply_filter(state.conversation, key, _argument(update), index.parse_words)
        kept = len(index.resolve(filters).ids()) if action == "set" and filters.active else None
        html = replies.filter_reply(action, filters, state.facts.filter_words, kept)
    except YanluError as exc:
        html = replies.error(exc)
    remember(state, message, await message.reply_html(html), key)


@guard.limited
async def export_command(update: Update, context: BotContext) -> None:
    """/export [words] [csv|md|jsonl]: every matching passage as documents (CSV and Markdown)."""
    message, state = update.effective_message, context.state
    key = conversation_key(state, message, context.bot.id)
    formats, words = talk.export_request(_argument(update))
    try:
        filters = talk.export_filters(state.conversation, key, words, state.retriever.filter_index.parse_words)
        files = await run(context, message.chat_id, talk.exports, state.retriever, filters, formats)
    except YanluError as exc:
        await message.reply_html(replies.error(exc))
        return
    for exp in files:
        await message.reply_document(exp.data(), filename=exp.filename, caption=replies.export_caption(exp, filters))


def _argument(update: Update) -> str:
    """The words after the command (not a replied-to message's text: that is /ask's habit)."""
    parts = (update.effective_message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""
