"""Telegram handlers: each asks the retriever once and the renderer once, then replies.

State lives in ``bot_data``: the Retriever, its CorpusFacts, the Settings, and the answers whose
buttons still work (one LRU for all chats, so memory stays bounded however many chats there are;
each is keyed by chat id + a short id, so callback data stays tiny and a press in another chat
finds nothing), the Guard (allow-list, rate limit) and the Stats.

Every handler that replies is ``@guard.limited`` (the per-user rate limit); the allow-list gate
runs before all of them (group -1); admin commands live in admin.py, error judgement in
failures.py, Bot API retries in network.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
from collections import OrderedDict
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from retrieval import Hit, Passage, Retriever, Speaker, clip_question

from . import admin, failures, guard, render
from .corpus import CorpusFacts
from .settings import Settings
from .stats import stats

log = logging.getLogger(__name__)

RETRIEVER, FACTS, SETTINGS = "retriever", "facts", "settings"  # bot_data keys
VIEWS = "views"  # bot_data key: the Views LRU
MAX_VIEWS = 5000  # answers (over all chats) whose buttons still work; older presses get STALE
PAGES = 5  # a question fetches top_k * PAGES hits to page through
STALE = "这条回答的按钮已失效，请重新提问。"
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]  # what the bot handles
_CALLBACK = re.compile(r"^([pf]):([0-9a-z]{1,8}):(\d{1,6})$")


# -- state --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class View:
    """An answer (or a speaker's passages) that a chat can page through with buttons."""

    title: str  # the question, or the speaker's name
    hits: tuple[Hit, ...]
    per_page: int
    truncated: bool = False
    speaker: Speaker | None = None
    passages: tuple[Passage, ...] = ()  # a speaker's passages (references, cheap to keep)

    def __len__(self) -> int:
        return len(self.passages) if self.speaker is not None else len(self.hits)

    def hit(self, index: int) -> Hit:
        if self.speaker is not None:
            return Hit(self.passages[index], 0.0, (self.speaker.name,))
        return self.hits[index]

    def page(self, start: int) -> render.Page:
        if self.speaker is not None:
            return render.speaker_page(self.speaker, self.passages, start, self.per_page)
        return render.answer_page(self.title, self.hits, start, self.per_page, self.truncated)

    def page_of(self, index: int) -> int:
        return index - index % self.per_page


def retriever(context: ContextTypes.DEFAULT_TYPE) -> Retriever:
    return context.bot_data[RETRIEVER]


def facts(context: ContextTypes.DEFAULT_TYPE) -> CorpusFacts:
    return context.bot_data[FACTS]


def settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data[SETTINGS]


class Views:
    """The answers whose buttons still work: an LRU keyed by (chat id, short id)."""

    def __init__(self, size: int = MAX_VIEWS):
        # ids start at a random point so that buttons from before a restart rarely name a new answer
        self.size, self._seq, self._items = size, random.randrange(36**5), OrderedDict()

    def add(self, chat_id: int, view: View) -> str:
        """Store ``view`` for ``chat_id``; returns the short id its callback data carries."""
        self._seq += 1
        vid = _base36(self._seq)
        self._items[(chat_id, vid)] = view
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return vid

    def get(self, chat_id: int, vid: str) -> View | None:
        view = self._items.get((chat_id, vid))
        if view is not None:
            self._items.move_to_end((chat_id, vid))
        return view

    def __len__(self) -> int:
        return len(self._items)


def views(context: ContextTypes.DEFAULT_TYPE) -> Views:
    return context.bot_data.setdefault(VIEWS, Views())


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, k = divmod(n, 36)
        out = digits[k] + out
        if n == 0:
            return out


def keyboard(vid: str, view: View, start: int, page: render.Page) -> InlineKeyboardMarkup | None:
    """「全文」 for each trimmed hit on the page, then 「◂ 上一页」 / 「更多 ▸」."""
    rows = []
    full = [InlineKeyboardButton("全文" if len(page.trimmed) == 1 and len(view) == 1 else f"全文 {rank}",
                                 callback_data=f"f:{vid}:{rank - 1}") for rank in page.trimmed]
    if full:
        rows.append(full)
    nav = []
    if start > 0:
        nav.append(InlineKeyboardButton("◂ 上一页", callback_data=f"p:{vid}:{max(0, start - view.per_page)}"))
    if start + view.per_page < len(view):
        nav.append(InlineKeyboardButton("更多 ▸", callback_data=f"p:{vid}:{start + view.per_page}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def back_keyboard(vid: str, view: View, index: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("◂ 返回", callback_data=f"p:{vid}:{view.page_of(index)}")]])


# -- questions ----------------------------------------------------------------------------------

async def search(context: ContextTypes.DEFAULT_TYPE, chat_id: int | None, question: str, top_k: int) -> list[Hit]:
    """Run the search off the event loop; show 'typing…' while it takes longer than a moment."""
    task = asyncio.ensure_future(asyncio.to_thread(retriever(context).search, question, top_k))
    done, _ = await asyncio.wait({task}, timeout=settings(context).typing_delay)
    while not done:
        if chat_id is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        done, _ = await asyncio.wait({task}, timeout=4.5)
    return task.result()


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str | None) -> None:
    """Answer ``question`` in the update's chat: the first page of hits with buttons, or a helpful no."""
    message = update.effective_message
    q, cut = clip_question(guard.clean(question or ""))
    if not q:
        await message.reply_html(render.usage("ask", _example(context)))
        return
    top_k = settings(context).top_k
    hits = await search(context, message.chat_id, q, top_k * PAGES)
    counted(context, hits)
    if not hits:
        await message.reply_html(render.no_answer(q, facts(context).examples))
        return
    view = View(q, tuple(hits), top_k, cut)
    vid = views(context).add(message.chat_id, view)
    page = view.page(0)
    await message.reply_html(page.html, reply_markup=keyboard(vid, view, 0, page))


def counted(context: ContextTypes.DEFAULT_TYPE, hits: list[Hit]) -> None:
    s = stats(context)
    s.questions += 1
    if hits:
        s.answered += 1
    else:
        s.no_answer += 1


def _example(context: ContextTypes.DEFAULT_TYPE) -> str:
    examples = facts(context).examples
    return examples[0] if examples else "谁说了什么？"


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


@guard.limited
async def private_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private chat: every text message is a question (but not an answer sent through inline mode)."""
    if not _via_me(update.effective_message, context.bot.id):
        await answer(update, context, update.effective_message.text)


@guard.limited
async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Groups: answer messages that mention the bot or reply to it; ignore all other chatter."""
    question = addressed_question(update.effective_message, context.bot.id, context.bot.username)
    if question is not None and not _via_me(update.effective_message, context.bot.id):
        await answer(update, context, question)


@guard.limited
async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question>; alone in reply to a message, asks that message's text."""
    await answer(update, context, command_argument(update.effective_message))


# -- buttons ------------------------------------------------------------------------------------

async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """「更多 ▸」/「◂ 上一页」/「全文」/「◂ 返回」: edit the answer in place; stale presses get a notice."""
    query = update.callback_query
    match = _CALLBACK.match(query.data or "")
    chat = query.message.chat.id if query.message is not None else None  # None: an inline message
    view = views(context).get(chat, match.group(2)) if match and chat is not None else None
    number = int(match.group(3)) if match else -1
    if view is None or not 0 <= number < len(view):
        await query.answer(STALE)
        return
    vid = match.group(2)
    if match.group(1) == "f":
        html, markup = render.full_passage(view.hit(number), number + 1), back_keyboard(vid, view, number)
    else:
        page = view.page(number)
        html, markup = page.html, keyboard(vid, view, number, page)
    await query.answer()
    try:
        await query.edit_message_text(html, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as exc:  # a double press: the message already shows this page
        if "not modified" not in exc.message.lower():
            raise


# -- commands -----------------------------------------------------------------------------------

@guard.limited
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: welcome, what the corpus covers, three example questions (/start help|speakers: those)."""
    if context.args and context.args[0] in ("help", "speakers"):
        await (help_command if context.args[0] == "help" else speakers).__wrapped__(update, context)  # counted once
        return
    f = facts(context)
    await update.effective_message.reply_html(render.welcome(
        context.bot.first_name, len(f.documents), f.passages, f.speakers, f.outlets, f.examples))


@guard.limited
async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: how to ask, in private, in groups and inline."""
    await update.effective_message.reply_html(render.help_text(context.bot.username or ""))


@guard.limited
async def speakers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/speakers: the speakers with their titles and passage counts."""
    await update.effective_message.reply_html(render.speakers_list(retriever(context).speakers()))


@guard.limited
async def speaker(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/speaker <name>: that person's passages, paged with buttons."""
    message, name = update.effective_message, command_argument(update.effective_message)
    found = retriever(context).find_speaker(name) if name else None
    if found is None:
        await message.reply_html(render.unknown_speaker(name, [sp for sp, _ in retriever(context).speakers()]))
        return
    who = next(sp for sp, _ in retriever(context).speakers() if sp.name == found)
    view = View(found, (), settings(context).top_k, speaker=who, passages=tuple(retriever(context).speaker_passages(found)))
    vid = views(context).add(message.chat_id, view)
    page = view.page(0)
    await message.reply_html(page.html, reply_markup=keyboard(vid, view, 0, page))


@guard.limited
async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the documents with outlet, date, title and passage count."""
    await update.effective_message.reply_html(render.sources_list(facts(context).documents))


@guard.limited
async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/about: corpus size, index build time, version."""
    from retrieval import __version__

    f, r = facts(context), retriever(context)
    await update.effective_message.reply_html(render.about(__version__, len(f.documents), f.passages, f.speakers, r.build_seconds))


# -- inline mode --------------------------------------------------------------------------------

@guard.limited
async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot <question>: one article per hit; an empty query shows a hint."""
    query = update.inline_query
    q, _ = clip_question(guard.clean(query.query))
    if not q:
        await query.answer([], cache_time=300, button=InlineQueryResultsButton(text=f"输入问题，例如：{_example(context)}", start_parameter="help"))
        return
    hits = await search(context, None, q, settings(context).top_k)
    counted(context, hits)
    results = [
        InlineQueryResultArticle(
            id=str(rank), title=render.inline_title(hit), description=render.inline_description(hit),
            input_message_content=InputTextMessageContent(render.inline_message(q, hit), parse_mode=ParseMode.HTML),
        )
        for rank, hit in enumerate(hits, 1)
    ]
    button_hint = None if results else InlineQueryResultsButton(text="语料中没有答案 · 查看发言人", start_parameter="speakers")
    await query.answer(results, cache_time=60, button=button_hint)


# -- errors -------------------------------------------------------------------------------------

async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure once (a bug with its traceback) and tell the user when that can help."""
    await failures.report(update, context)


@guard.limited
async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private chat: a photo, sticker, voice, file or location gets a hint to ask in words."""
    await update.effective_message.reply_html(render.not_text(_example(context)))


# -- registration -------------------------------------------------------------------------------

COMMANDS = [
    ("start", "欢迎与示例问题"),
    ("help", "怎么用"),
    ("ask", "提问：/ask 问题"),
    ("speakers", "语料中的发言人"),
    ("speaker", "某人的全部发言：/speaker 姓名"),
    ("sources", "语料中的文章"),
    ("about", "语料规模、索引耗时与版本"),
]


class Addressed(filters.MessageFilter):
    """Group messages that mention the bot or reply to it (so only those count against a rate limit)."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        return addressed_question(message, bot.id, bot.username) is not None


def register(app: Application) -> None:
    """Add every handler to ``app``: the allow-list gate first (group -1), then the answers."""
    new = filters.UpdateType.MESSAGE  # edits and channel posts are not questions
    admins = filters.User(user_id=app.bot_data[SETTINGS].admin_ids)
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
