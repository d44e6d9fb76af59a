"""Questions: private messages, group messages addressed to the bot, /ask, and the search they share.

Each question asks the retriever once (off the event loop) and the renderer once; the answer's
first page goes out with its buttons (callbacks.py), or a helpful no.
"""

from __future__ import annotations

import asyncio
import contextlib

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import filters

from retrieval import Hit, clip_question

from . import guard, render
from .callbacks import keyboard
from .state import BotContext, View

PAGES = 5  # a question fetches top_k * PAGES hits to page through


async def search(context: BotContext, chat_id: int | None, question: str, top_k: int) -> list[Hit]:
    """Run the search off the event loop; show 'typing…' while it takes longer than a moment."""
    task = asyncio.ensure_future(asyncio.to_thread(context.state.retriever.search, question, top_k))
    done, _ = await asyncio.wait({task}, timeout=context.state.settings.typing_delay)
    while not done:
        if chat_id is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        done, _ = await asyncio.wait({task}, timeout=4.5)
    return task.result()


async def answer(update: Update, context: BotContext, question: str | None) -> None:
    """Answer ``question`` in the update's chat: the first page of hits with buttons, or a helpful no."""
    message = update.effective_message
    q, cut = clip_question(guard.clean(question or ""))
    if not q:
        await message.reply_html(render.usage("ask", context.state.example()))
        return
    top_k = context.state.settings.search.top_k
    hits = await search(context, message.chat_id, q, top_k * PAGES)
    counted(context, hits)
    if not hits:
        await message.reply_html(render.no_answer(q, context.state.facts.examples, context.state.retriever.absent_words(q)))
        return
    view = View(q, tuple(hits), top_k, cut)
    vid = context.state.views.add(message.chat_id, view)
    page = view.page(0)
    await message.reply_html(page.html, reply_markup=keyboard(vid, view, 0, page))


def counted(context: BotContext, hits: list[Hit]) -> None:
    s = context.state.stats
    s.questions += 1
    if hits:
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
