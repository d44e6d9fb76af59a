"""Telegram handlers: each asks the retriever once and the renderer once, then replies.

``register`` wires them into the Application. They live by concern: questions.py (private and
group messages, /ask, the search they share), commands.py (/start, /help, /speakers, /speaker,
/sources, /about), callbacks.py (the buttons under an answer), inline.py (inline mode). Shared
state is the BotState (state.py), reached as ``context.state``: the Settings, the served corpus
(Retriever + CorpusFacts), the answers whose buttons still work, the Guard, the Stats, the API health.

Every handler that replies is ``@guard.limited`` (the per-user rate limit); the allow-list gate
runs before all of them (group -1); admin commands live in admin.py, error judgement in
failures.py, Bot API retries in network.py.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from . import admin, failures, guard
from .callbacks import STALE, button
from .commands import COMMANDS, about, help_command, sources, speaker, speakers, start
from .inline import inline_query
from .questions import PAGES, Addressed, ask, group_message, not_text, private_message
from .state import MAX_VIEWS, BotContext, View, Views, state_of

__all__ = ["ALLOWED_UPDATES", "COMMANDS", "MAX_VIEWS", "PAGES", "STALE", "View", "Views", "on_error", "register"]

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]  # what the bot handles


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure once (a bug with its traceback) and tell the user when that can help."""
    await failures.report(update, context)


def register(app: Application) -> None:
    """Add every handler to ``app``: the allow-list gate first (group -1), then the answers."""
    new = filters.UpdateType.MESSAGE  # edits and channel posts are not questions
    admins = filters.User(user_id=state_of(app).settings.admin_ids)
    app.add_handler(TypeHandler(Update, guard.gate), group=-1)
    app.add_handler(CommandHandler("start", start, filters=new))
    app.add_handler(CommandHandler("help", help_command, filters=new))
    app.add_handler(CommandHandler("ask", ask, filters=new))
    app.add_handler(CommandHandler("speakers", speakers, filters=new))
    app.add_handler(CommandHandler("speaker", speaker, filters=new))
    app.add_handler(CommandHandler("sources", sources, filters=new))
    app.add_handler(CommandHandler("about", about, filters=new))
    app.add_handler(CommandHandler("reload", admin.reload, filters=new & admins))
    app.add_handler(CommandHandler("stats", admin.stats_command, filters=new & admins))
    app.add_handler(CommandHandler(["reload", "stats"], admin.not_admin, filters=new))
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, private_message))
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND & filters.ChatType.GROUPS & Addressed(), group_message))
    app.add_handler(MessageHandler(new & ~filters.TEXT & ~filters.StatusUpdate.ALL & filters.ChatType.PRIVATE, not_text))
    app.add_handler(CallbackQueryHandler(button))
    app.add_handler(InlineQueryHandler(inline_query))
    app.add_error_handler(on_error)
