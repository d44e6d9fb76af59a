"""What the handlers share, kept in ``bot_data`` (never in module globals).

``bot_data`` holds the Retriever, its CorpusFacts, the Settings, and the answers whose buttons
still work (one LRU for all chats, so memory stays bounded however many chats there are; each
is keyed by chat id + a short id, so callback data stays tiny and a press in another chat finds
nothing), the Guard (allow-list, rate limit) and the Stats.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from dataclasses import dataclass

from telegram.ext import ContextTypes

from retrieval import Hit, Passage, Retriever, Speaker

from . import render
from .corpus import CorpusFacts
from .settings import Settings

RETRIEVER, FACTS, SETTINGS = "retriever", "facts", "settings"  # bot_data keys
VIEWS = "views"  # bot_data key: the Views LRU
MAX_VIEWS = 5000  # answers (over all chats) whose buttons still work; older presses get STALE


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


def example(context: ContextTypes.DEFAULT_TYPE) -> str:
    """The corpus's first example question (a generic one when it has none)."""
    examples = facts(context).examples
    return examples[0] if examples else "谁说了什么？"
