"""Conversations in the bot, as plain logic over ``retrieval.conversation`` (no Telegram here).

Which conversation a message belongs to (its key):
- a private chat is one conversation: ``("chat", chat id)``;
- in a group, a message replying to one of the bot's answers continues that answer's thread;
  any other message addressed to the bot (a mention, /ask, /filter) starts a new thread, keyed by
  that message: ``("thread", chat id, first message id)``. ``Threads`` remembers which thread each
  of the bot's group messages belongs to (a bounded LRU), so two threads of one group, and two
  chats, never share a context.

An answer fetches ``top_k * PAGES`` hits to page through with buttons, but only the passages a
user has seen count as shown: ``first_page`` forgets the others right after the answer, ``seen``
adds a page when a button shows it, so 还有呢 / 他还说了什么 continue after what was read.
Contexts expire after QA_CONTEXT_MINUTES and at most MAX_CONTEXTS are kept (retrieval.conversation).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace

from retrieval import Hit
from retrieval.chat import Contexts, Conversation, Export, Reply, export
from retrieval.chat.conversation import passage_key
from retrieval.errors import ExportError
from retrieval.search.filters import Filters
from retrieval.settings import Settings as SearchSettings

MAX_CONTEXTS = 10_000  # conversations kept over all chats; the least recently used go first
MAX_THREADS = 50_000  # group messages of the bot whose replies continue a thread
FORMATS = {"csv": "csv", "md": "md", "markdown": "md", "jsonl": "jsonl"}
DEFAULT_FORMATS = ("csv", "md")
CLEAR_WORDS = ("clear", "off", "none", "reset", "清除", "取消", "清空")

Key = Hashable


def conversation(search: SearchSettings, pages: int, clock: Callable[[], float] = time.monotonic) -> Conversation:
    """The bot's conversations: answers of ``top_k * pages`` hits, expiring after QA_CONTEXT_MINUTES."""
    return Conversation(search.top_k * pages, Contexts(search.context_minutes, MAX_CONTEXTS, clock))


def private_key(chat_id: int) -> Key:
    return ("chat", chat_id)


class Threads:
    """Group threads: (chat id, message id of a bot message) → the conversation key it belongs to."""

    def __init__(self, size: int = MAX_THREADS):
        self.size, self._items = size, OrderedDict()

    def key(self, chat_id: int, message_id: int, reply_to_bot: int | None) -> Key:
        """The thread of a group message: the thread of the bot message it replies to, else a new one."""
        if reply_to_bot is None:
            return ("thread", chat_id, message_id)
        key = self._items.get((chat_id, reply_to_bot))
        if key is None:  # an answer from before a restart (or long forgotten): its own, empty thread
            return ("thread", chat_id, reply_to_bot)
        self._items.move_to_end((chat_id, reply_to_bot))
        return key

    def add(self, chat_id: int, bot_message_id: int, key: Key) -> None:
        """Replies to the bot's message ``bot_message_id`` continue the conversation ``key``."""
        self._items[(chat_id, bot_message_id)] = key
        self._items.move_to_end((chat_id, bot_message_id))
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def first_page(talk: Conversation, key: Key, reply: Reply, per_page: int) -> None:
    """After an answer: only its first page counts as shown and as the answer's hits (who 其他人呢
    leaves out, what 原文 / 出处 refer to); the rest is behind 「更多 ▸」."""
    state = talk.contexts.get(key)
    if state is None or state.turn is None or state.turn.hits != reply.hits:
        return
    hidden = {passage_key(h.passage) for h in reply.hits[per_page:]}
    turn = replace(state.turn, hits=reply.hits[:per_page], shown=frozenset(state.turn.shown - hidden))
    talk.contexts.put(key, replace(state, turn=turn))


def seen(talk: Conversation, key: Key, hits: Sequence[Hit], page: Sequence[Hit]) -> None:
    """A button showed ``page`` of the answer ``hits``: those passages count as shown and answered
    now — if that answer is still the conversation's last one."""
    state = talk.contexts.get(key)
    turn = state.turn if state is not None else None
    if turn is None or not turn.hits or not hits or turn.hits[0] != hits[0] or not set(turn.hits) <= set(hits):
        return
    turn = replace(turn, hits=tuple(dict.fromkeys((*turn.hits, *page))),
                   shown=turn.shown | {passage_key(h.passage) for h in page})
    talk.contexts.put(key, replace(state, turn=turn))


# -- /filter and /export -------------------------------------------------------------------------

def is_clear(words: str) -> bool:
    return words.strip().lower() in CLEAR_WORDS


def apply_filter(talk: Conversation, key: Key, words: str, parse_words: Callable[[str], Filters]) -> tuple[str, Filters]:
    """/filter's words applied to the conversation ``key``: ("cleared" | "set" | "shown", the
    filters in force now). Raises FilterError on words that are no filter."""
    if is_clear(words):
        talk.clear_filters(key)
        return "cleared", Filters()
    if words.strip():
        return "set", talk.set_filters(key, parse_words(words))
    return "shown", talk.state(key).filters


def export_request(words: str) -> tuple[tuple[str, ...], str]:
    """/export's words → (formats asked for, default CSV and Markdown; the filter words left)."""
    formats, rest = [], []
    for word in words.split():
        fmt = FORMATS.get(word.lower().lstrip("."))
        if fmt is not None:
            formats.append(fmt)
        else:
            rest.append(word)
    return tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS, " ".join(rest)


def export_filters(talk: Conversation, key: Key, words: str, parse_words: Callable[[str], Filters]) -> Filters:
    """What /export selects by: the words given; else the active /filter; else the last answer's
    filters or the person it was about. Raises FilterError / ExportError."""
    if words.strip():
        return parse_words(words)
    state = talk.state(key)
    if state.filters.active:
        return state.filters
    turn = state.turn
    if turn is not None and turn.user_filters.active:
        return turn.user_filters
    if turn is not None and turn.speaker:
        return Filters(speaker=turn.speaker)
    raise ExportError("导出需要筛选条件：/export 姓名（也可加媒体或日期，例如 /export 姓名 2024年2月），或先用 /filter 设置。")


def exports(retriever, filters: Filters, formats: Sequence[str]) -> list[Export]:
    """One export per format (retrieval.export); raises ExportError when nothing matches."""
    return [export(retriever.filter_index, filters, fmt) for fmt in formats]
