"""Who may ask and how often, applied to updates: the allow-list gate (QA_ALLOWED_CHATS) and the
per-user rate limit (QA_RATE_LIMIT). The policy itself (Guard, clean) is in access.py.

Decisions:
- A chat outside QA_ALLOWED_CHATS gets one polite refusal per chat (private chats) or silence
  (groups, buttons, inline queries); admins are always allowed in their private chat.
- Over the rate limit, a private chat gets one friendly notice per window and then silence until
  the window ends; groups never get a notice (spam there never makes the bot talk). Inline
  queries (one per keystroke pause) have their own budget, three times the question limit.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

from telegram import InlineQueryResultsButton, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from .access import Guard, Verdict, clean
from .state import BotContext

__all__ = ["INLINE_TOO_FAST", "PRIVATE_ONLY", "TOO_FAST", "Guard", "Verdict", "admit", "clean", "gate", "limited", "refuse"]

log = logging.getLogger(__name__)

TOO_FAST = "🐢 你提问太快了：每分钟最多 {limit} 个问题。请 {wait} 秒后再问；在此之前的消息不会回复。"
PRIVATE_ONLY = "抱歉，这个机器人是私有部署，只为指定的聊天服务。"
INLINE_TOO_FAST = "提问太频繁，请稍后再试"

# -- handlers ------------------------------------------------------------------------------------

async def gate(update: Update, context: BotContext) -> None:
    """Group -1: an update from a chat outside QA_ALLOWED_CHATS stops here."""
    chat, user = update.effective_chat, update.effective_user
    if not context.state.guard.allows(chat.id if chat else None, user.id if user else None):
        await refuse(update, context)
        raise ApplicationHandlerStop


async def refuse(update: Update, context: BotContext) -> None:
    """One polite refusal per private chat; silence in groups; empty answers to buttons and inline queries."""
    context.state.stats.refused += 1
    chat = update.effective_chat
    if update.callback_query is not None:
        await update.callback_query.answer()
    elif update.inline_query is not None:
        await update.inline_query.answer([], cache_time=300, is_personal=True)
    elif chat is not None and chat.type == ChatType.PRIVATE and update.message is not None:
        if context.state.guard.first_refusal(chat.id):
            log.info("refused chat %s: not in QA_ALLOWED_CHATS", chat.id)
            await update.message.reply_text(PRIVATE_ONLY)


Handler = Callable[[Update, BotContext], Awaitable[None]]


def limited(handler: Handler) -> Handler:
    """Decorate a handler that answers: over the user's rate limit it does not run."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: BotContext) -> None:
        if await admit(update, context):
            await handler(update, context)

    return wrapper


async def admit(update: Update, context: BotContext) -> bool:
    """Count the update against its user's budget; over it, notify once per window (private or inline)."""
    g, user, chat = context.state.guard, update.effective_user, update.effective_chat
    who = user.id if user is not None else (chat.id if chat is not None else 0)
    inline = update.inline_query is not None
    key, limit = (("inline", who), g.limit * 3) if inline else (("ask", who), g.limit)
    verdict = g.check(key, limit)
    if verdict is Verdict.OK:
        return True
    context.state.stats.limited += 1
    if verdict is Verdict.NOTICE:
        log.info("user %s is over the rate limit (%d per minute%s)", who, limit, ", inline" if inline else "")
        if inline:
            await update.inline_query.answer([], cache_time=0, is_personal=True,
                                             button=InlineQueryResultsButton(text=INLINE_TOO_FAST, start_parameter="help"))
        elif chat is not None and chat.type == ChatType.PRIVATE and update.effective_message is not None:
            await update.effective_message.reply_text(TOO_FAST.format(limit=limit, wait=g.wait(key)))
    return False
