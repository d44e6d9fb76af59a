"""The error handler's judgement: which failures are bugs and which are Telegram saying no.

- A bug (anything not from the Bot API, or a reply Telegram could not parse): ERROR with its
  traceback, counted in /stats, and the user is told something went wrong (never the exception).
- The user blocked the bot, the chat is gone, a button's query expired (403, most 400s): one
  WARNING line with the chat id, no traceback, no reply (it could not be delivered).
- A transient failure that outlived the retries (Telegram down longer than TELEGRAM_RETRY_SECONDS,
  or the bot stopping): one WARNING line with the chat id.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from .network import describe, transient
from .state import BotContext

log = logging.getLogger("bot.handlers")

SORRY = "抱歉，出了点问题，请稍后再试。"
_OUR_BUGS = ("can't parse entities", "message is too long", "text must be non-empty", "button_data_invalid")


def kind(error: BaseException | None) -> str:
    """'bug', 'refused' (Telegram will not take it: 403, most 400s) or 'unreachable' (retries exhausted)."""
    if isinstance(error, BadRequest):
        return "bug" if any(b in error.message.lower() for b in _OUR_BUGS) else "refused"
    if isinstance(error, (Forbidden, ChatMigrated)):
        return "refused"
    if isinstance(error, TelegramError) and transient(error):
        return "unreachable"
    return "bug"


async def report(update: object, context: BotContext) -> None:
    """Log ``context.error`` once, count it, and tell the user when that can help."""
    error = context.error
    if update is None and isinstance(error, TelegramError):  # getUpdates failed: run_polling's error callback
        context.state.health.polling_error(error)
        return
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    what = kind(error)
    if what != "bug":
        context.state.stats.undeliverable += 1
        why = "Telegram refused it" if what == "refused" else "the Bot API stayed unreachable"
        log.warning("reply to chat %s dropped, %s: %s", chat, why, describe(error))
        return
    context.state.stats.errors += 1
    log.error("error while handling an update (chat %s): %s", chat, type(error).__name__, exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(SORRY)
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0)
        elif update.effective_message is not None and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, SORRY)
    except TelegramError as exc:
        log.warning("could not tell chat %s about the error: %s", chat, describe(exc))
