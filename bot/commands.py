"""The commands anyone may send: /start, /help, /speakers, /speaker, /sources, /about (/ask is a
question), and the one-line answer to an unknown or misspelt command."""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import filters

from . import guard, render, replies, suggest
from .callbacks import keyboard
from .questions import command_argument
from .state import BotContext, View

COMMANDS = [
    ("start", "欢迎与示例问题"),
    ("help", "怎么用"),
    ("ask", "提问：/ask 问题"),
    ("speakers", "语料中的发言人"),
    ("speaker", "某人的全部发言：/speaker 姓名"),
    ("sources", "语料中的文章"),
    ("filter", "筛选：/filter 姓名 媒体 日期；/filter clear 清除"),
    ("export", "导出全部引语（CSV 和 Markdown）：/export 姓名"),
    ("about", "语料规模、索引耗时与版本"),
]


@guard.limited
async def start(update: Update, context: BotContext) -> None:
    """/start: welcome, what the corpus covers, three example questions (/start help|speakers: those)."""
    if context.args and context.args[0] in ("help", "speakers"):
        await (help_command if context.args[0] == "help" else speakers).__wrapped__(update, context)  # counted once
        return
    f = context.state.facts
    await update.effective_message.reply_html(render.welcome(
        context.bot.first_name, len(f.documents), f.passages, f.speakers, f.outlets, f.examples))


@guard.limited
async def help_command(update: Update, context: BotContext) -> None:
    """/help: how to ask, in private, in groups and inline."""
    admin = update.effective_user is not None and update.effective_user.id in context.state.settings.admin_ids
    await update.effective_message.reply_html(render.help_text(context.bot.username or "") + "\n\n" + replies.help_more(admin, context.state.facts.filter_words))


@guard.limited
async def speakers(update: Update, context: BotContext) -> None:
    """/speakers: the speakers with their titles and passage counts."""
    await update.effective_message.reply_html(render.speakers_list(context.state.retriever.speakers()))


@guard.limited
async def speaker(update: Update, context: BotContext) -> None:
    """/speaker <name>: that person's passages, paged with buttons."""
    message, name, state = update.effective_message, command_argument(update.effective_message), context.state
    r = state.retriever
    found = r.find_speaker(name) if name else None
    named = r.filter_index.speaker_names(name) if name and found is None else ()  # part of a name, or a title
    if len(named) == 1:
        found = named[0]
    if found is None:
        listed = [sp for sp, _ in r.speakers() if sp.name in named] if named else [sp for sp, _ in r.speakers()]
        await message.reply_html(render.unknown_speaker(name, listed, several=bool(named)))
        return
    who = next(sp for sp, _ in r.speakers() if sp.name == found)
    view = View(found, (), state.settings.search.top_k, speaker=who, passages=tuple(r.speaker_passages(found)))
    vid = state.views.add(message.chat_id, view)
    page = view.page(0)
    await message.reply_html(page.html, reply_markup=keyboard(vid, view, 0, page))


@guard.limited
async def sources(update: Update, context: BotContext) -> None:
    """/sources: the documents with outlet, date, title and passage count."""
    await update.effective_message.reply_html(render.sources_list(context.state.facts.documents))


@guard.limited
async def about(update: Update, context: BotContext) -> None:
    """/about: corpus size, index build time, version."""
    from retrieval import __version__

    f, r = context.state.facts, context.state.retriever
    await update.effective_message.reply_html(render.about(__version__, len(f.documents), f.passages, f.speakers, r.build_seconds))


ADMIN_COMMANDS = ("reload", "stats")  # not advertised; suggested to admins only


class UnknownCommand(filters.MessageFilter):
    """A command no handler took that is meant for this bot: in a private chat any (but not
    /cmd@otherbot), in a group only /cmd@thisbot — other bots' commands stay unanswered."""

    def filter(self, message: Message) -> bool:
        sent = suggest.parse(message.text or "")
        bot = message.get_bot()
        return sent is not None and suggest.for_me(sent, bot.username, message.chat.type == ChatType.PRIVATE)


@guard.limited
async def unknown(update: Update, context: BotContext) -> None:
    """An unknown or misspelt command: the closest command (difflib) and /help, in one line."""
    message, user = update.effective_message, update.effective_user
    names = [name for name, _ in COMMANDS] + (list(ADMIN_COMMANDS) if user and user.id in context.state.settings.admin_ids else [])
    sent = suggest.parse(message.text or "")
    await message.reply_html(replies.unknown_command(sent, suggest.closest(sent.name, names)))
