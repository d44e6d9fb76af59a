"""Questions: private messages, group messages addressed to the bot, /ask, and the search they share.

Each question goes to the chat's conversation once (off the event loop: a new question is searched,
a follow-up — 他还说了什么, 还有呢, 其他人呢, 原文, 出处 — is answered from the context) and to the
renderer once; the answer's first page goes out with its buttons (callbacks.py), or a helpful no.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TypeVar

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import filters

from retrieval import Hit, YanluError, clip_question

from . import guard, render, replies, talk
from .present import present
from .state import PAGES, BotContext, BotState

__all__ = ["PAGES", "Addressed", "answer", "ask", "command_argument", "conversation_key", "counted", "group_message",
           "not_text", "private_message", "remember", "run", "search"]

T = TypeVar("T")


async def run(context: BotContext, chat_id: int | None, work: Callable[..., T], *args) -> T:
    """Run ``work(*args)`` off the event loop; show 'typing…' while it takes longer than a moment."""
    task = asyncio.ensure_future(asyncio.to_thread(work, *args))
    done, _ = await asyncio.wait({task}, timeout=context.state.settings.typing_delay)
    while not done:
        if chat_id is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        done, _ = await asyncio.wait({task}, timeout=4.5)
    return task.result()


async def search(context: BotContext, chat_id: int | None, question: str, top_k: int) -> list[Hit]:
    """The retriever's hits for ``question``, searched off the event loop (with 'typing…')."""
    return await run(context, chat_id, context.state.retriever.search, question, top_k)


def conversation_key(state: BotState, message: Message, bot_id: int) -> talk.Key:
    """The conversation ``message`` belongs to: its private chat, or its group thread (talk.py)."""
    if message.chat.type == ChatType.PRIVATE:
        return talk.private_key(message.chat_id)
    reply = message.reply_to_message
    to_bot = reply.message_id if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id else None
    return state.threads.key(message.chat_id, message.message_id, to_bot)


def remember(state: BotState, message: Message, sent: Message, key: talk.Key) -> None:
    """In a group, replies to the bot's message ``sent`` continue the conversation ``key``."""
    if message.chat.type != ChatType.PRIVATE:
        state.threads.add(sent.chat_id, sent.message_id, key)


async def answer(update: Update, context: BotContext, question: str | None) -> None:
    """Answer ``question`` (or follow the conversation up) in the update's chat: a page of hits with
    buttons, an article, a source, a hint, or a helpful no; filters in force are named."""
    message, state = update.effective_message, context.state
    q, cut = clip_question(guard.clean(question or ""))
    if not q:
        await message.reply_html(render.usage("ask", state.example()))
        return
    key = conversation_key(state, message, context.bot.id)
    try:
        reply = await run(context, message.chat_id, state.conversation.reply, state.retriever, key, q)
    except YanluError as exc:  # a filter in the question that cannot be understood
        await message.reply_html(replies.error(exc))
        return
    counted(context, list(reply.hits) if reply.kind == "hits" else None)
    html, markup = present(state, message.chat_id, key, reply, cut, message.chat.type != ChatType.PRIVATE)
    remember(state, message, await message.reply_html(html, reply_markup=markup), key)


def counted(context: BotContext, hits: list[Hit] | None) -> None:
    """Count a question and whether it was answered (``None``: a follow-up that is no search)."""
    s = context.state.stats
    s.questions += 1
    if hits is None or hits:
        s.answered += 1
    else:
        s.no_answer += 1


def command_argument(message: Message) -> str:
    """The text after the command; alone in reply to a message, that message's text."""
    parts = (message.text or "").split(maxsplit=1)
    arg = parts[1].strip() if len(parts) > 1 else ""
    if not arg and message.reply_to_message is not None:
        arg = (message.reply_to_message.text or message.reply_to_message.caption or "").strip()
    return arg


def _via_me(message: Message, bot_id: int) -> bool:
    return message.via_bot is not None and message.via_bot.id == bot_id


def addressed_question(message: Message, bot_id: int, bot_username: str | None) -> str | None:
    """In a group: the question if the message mentions the bot or replies to it, else None."""
    text = message.text or ""
    mentioned = False
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if (entity.type == MessageEntity.MENTION and bot_username and value.lower() == f"@{bot_username.lower()}") or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id
        ):
            mentioned = True
            text = text.replace(value, " ")
    reply = message.reply_to_message
    to_bot = reply is not None and reply.from_user is not None and reply.from_user.id == bot_id
    if not (mentioned or to_bot):
        return None
    text = text.strip()
    if not text and reply is not None and not to_bot:  # "@bot" alone under someone's message asks it
        text = (reply.text or reply.caption or "").strip()
    return text


class Addressed(filters.MessageFilter):
    """Group messages that mention the bot or reply to it (so only those count against a rate limit)."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        return addressed_question(message, bot.id, bot.username) is not None


@guard.limited
async def private_message(update: Update, context: BotContext) -> None:
    """Private chat: every text message is a question (but not an answer sent through inline mode)."""
    if not _via_me(update.effective_message, context.bot.id):
        await answer(update, context, update.effective_message.text)


@guard.limited
async def group_message(update: Update, context: BotContext) -> None:
    """Groups: answer messages that mention the bot or reply to it; ignore all other chatter."""
    question = addressed_question(update.effective_message, context.bot.id, context.bot.username)
    if question is not None and not _via_me(update.effective_message, context.bot.id):
        await answer(update, context, question)


@guard.limited
async def ask(update: Update, context: BotContext) -> None:
    """/ask <question>; alone in reply to a message, asks that message's text."""
    await answer(update, context, command_argument(update.effective_message))


@guard.limited
async def not_text(update: Update, context: BotContext) -> None:
    """Private chat: a photo, sticker, voice, file or location gets a hint to ask in words."""
    await update.effective_message.reply_html(render.not_text(context.state.example()))
