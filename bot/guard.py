"""Who may ask and how often: the allow-list (QA_ALLOWED_CHATS), the per-user rate limit
(QA_RATE_LIMIT), and the cleaning of a question's invisible characters.

Decisions:
- A chat outside QA_ALLOWED_CHATS gets one polite refusal per chat (private chats) or silence
  (groups, buttons, inline queries); admins are always allowed in their private chat.
- Over the rate limit, a private chat gets one friendly notice per window and then silence until
  the window ends; groups never get a notice (spam there never makes the bot talk). Inline
  queries (one per keystroke pause) have their own budget, three times the question limit.
"""

from __future__ import annotations

import enum
import functools
import logging
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import InlineQueryResultsButton, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from .stats import stats

log = logging.getLogger(__name__)

GUARD = "guard"  # bot_data key
WINDOW = 60.0  # seconds
MAX_TRACKED = 100_000  # users (and refused chats) remembered; the oldest are forgotten first
TOO_FAST = "🐢 你提问太快了：每分钟最多 {limit} 个问题。请 {wait} 秒后再问；在此之前的消息不会回复。"
PRIVATE_ONLY = "抱歉，这个机器人是私有部署，只为指定的聊天服务。"
INLINE_TOO_FAST = "提问太频繁，请稍后再试"
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """The question without invisible format characters (zero-width, bidi controls) and with
    runs of whitespace as one space: 'a\\u200b\\u202eb  c' → 'ab c'."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")
    return _SPACE.sub(" ", kept).strip()


class Verdict(enum.Enum):
    OK = "ok"
    NOTICE = "notice"  # over the limit for the first time in this window: tell them once
    SILENT = "silent"  # over the limit again: say nothing


@dataclass(slots=True)
class _Window:
    start: float
    count: int = 0
    noticed: bool = False


class Guard:
    """The allow-list and the per-user rate limit (fixed windows from a user's first question)."""

    def __init__(self, limit: int, allowed: frozenset[int] = frozenset(), admins: frozenset[int] = frozenset(),
                 clock: Callable[[], float] = time.monotonic, window: float = WINDOW, size: int = MAX_TRACKED):
        self.limit, self.allowed, self.admins = limit, allowed, admins
        self.clock, self.window, self.size = clock, window, size
        self._windows: OrderedDict[object, _Window] = OrderedDict()
        self._refused: OrderedDict[int, None] = OrderedDict()

    # -- allow-list ------------------------------------------------------------------------------
    def allows(self, chat_id: int | None, user_id: int | None) -> bool:
        """Every chat when no allow-list is set; else the listed chats and the admins' own chats.
        Inline queries (no chat) count as the user's private chat."""
        if not self.allowed or (user_id is not None and user_id in self.admins and chat_id in (None, user_id)):
            return True
        return (chat_id if chat_id is not None else user_id) in self.allowed

    def first_refusal(self, chat_id: int) -> bool:
        """True the first time ``chat_id`` is refused (so it is told once, then ignored)."""
        if chat_id in self._refused:
            return False
        self._refused[chat_id] = None
        while len(self._refused) > self.size:
            self._refused.popitem(last=False)
        return True

    # -- rate limit ------------------------------------------------------------------------------
    def check(self, key: object, limit: int | None = None) -> Verdict:
        """Count one question for ``key``; OK while within the limit of the current window."""
        limit = self.limit if limit is None else limit
        if limit <= 0:
            return Verdict.OK
        now = self.clock()
        w = self._windows.get(key)
        if w is None or now - w.start >= self.window:
            w = self._windows[key] = _Window(now)
        self._windows.move_to_end(key)
        while len(self._windows) > self.size:
            self._windows.popitem(last=False)
        w.count += 1
        if w.count <= limit:
            return Verdict.OK
        if w.noticed:
            return Verdict.SILENT
        w.noticed = True
        return Verdict.NOTICE

    def wait(self, key: object) -> int:
        """Whole seconds until ``key``'s window ends."""
        w = self._windows.get(key)
        return max(1, int(w.start + self.window - self.clock() + 0.999)) if w else 1

    def __len__(self) -> int:
        return len(self._windows)


def guard(context: ContextTypes.DEFAULT_TYPE) -> Guard:
    return context.bot_data[GUARD]


# -- handlers ------------------------------------------------------------------------------------

async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -1: an update from a chat outside QA_ALLOWED_CHATS stops here."""
    chat, user = update.effective_chat, update.effective_user
    if not guard(context).allows(chat.id if chat else None, user.id if user else None):
        await refuse(update, context)
        raise ApplicationHandlerStop


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One polite refusal per private chat; silence in groups; empty answers to buttons and inline queries."""
    stats(context).refused += 1
    chat = update.effective_chat
    if update.callback_query is not None:
        await update.callback_query.answer()
    elif update.inline_query is not None:
        await update.inline_query.answer([], cache_time=300, is_personal=True)
    elif chat is not None and chat.type == ChatType.PRIVATE and update.message is not None:
        if guard(context).first_refusal(chat.id):
            log.info("refused chat %s: not in QA_ALLOWED_CHATS", chat.id)
            await update.message.reply_text(PRIVATE_ONLY)


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def limited(handler: Handler) -> Handler:
    """Decorate a handler that answers: over the user's rate limit it does not run."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await admit(update, context):
            await handler(update, context)

    return wrapper


async def admit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Count the update against its user's budget; over it, notify once per window (private or inline)."""
    g, user, chat = guard(context), update.effective_user, update.effective_chat
    who = user.id if user is not None else (chat.id if chat is not None else 0)
    inline = update.inline_query is not None
    key, limit = (("inline", who), g.limit * 3) if inline else (("ask", who), g.limit)
    verdict = g.check(key, limit)
    if verdict is Verdict.OK:
        return True
    stats(context).limited += 1
    if verdict is Verdict.NOTICE:
        log.info("user %s is over the rate limit (%d per minute%s)", who, limit, ", inline" if inline else "")
        if inline:
            await update.inline_query.answer([], cache_time=0, is_personal=True,
                                             button=InlineQueryResultsButton(text=INLINE_TOO_FAST, start_parameter="help"))
        elif chat is not None and chat.type == ChatType.PRIVATE and update.effective_message is not None:
            await update.effective_message.reply_text(TOO_FAST.format(limit=limit, wait=g.wait(key)))
    return False
