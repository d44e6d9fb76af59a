"""What the handlers share: one ``BotState`` per Application, reached as ``context.state``.

``build_application`` creates the BotState and puts it in ``bot_data`` under one key (``STATE``,
used only here); handlers get a ``BotContext`` (PTB's ``ContextTypes(context=BotContext)``), whose
typed ``state`` property returns it, and code holding the Application uses ``state_of(app)``.
Nothing is kept in module globals.

The BotState holds the Settings, the corpus being served (the Retriever and its CorpusFacts,
swapped as one value by /reload), the answers whose buttons still work (one LRU for all chats, so
memory stays bounded however many chats there are; each is keyed by chat id + a short id, so
callback data stays tiny and a press in another chat finds nothing), the Guard (allow-list, rate
limit), the Stats, the Bot API's health, the reload lock, and the conversations (follow-up
contexts per private chat or group thread, bounded and expiring; talk.py) with the group threads.
"""

from __future__ import annotations

import asyncio
import random
from collections import OrderedDict
from dataclasses import dataclass, field

from telegram.ext import Application, CallbackContext, ExtBot

from retrieval import Hit, Passage, Retriever, Speaker
from retrieval.chat import Conversation

from . import render, talk
from .access import Guard
from .corpus import CorpusFacts, facts
from .network import ApiHealth
from .settings import Settings
from .stats import Stats

STATE = "yanlu"  # the one bot_data key: the BotState
MAX_VIEWS = 5000  # answers (over all chats) whose buttons still work; older presses get STALE
PAGES = 5  # a question fetches top_k * PAGES hits to page through


@dataclass(frozen=True, slots=True)
class View:
    """An answer (or a speaker's passages) that a chat can page through with buttons."""

    title: str  # the question, or the speaker's name
    hits: tuple[Hit, ...]
    per_page: int
    truncated: bool = False
    speaker: Speaker | None = None
    passages: tuple[Passage, ...] = ()  # a speaker's passages (references, cheap to keep)
    key: talk.Key | None = None  # the conversation the answer belongs to (None: not one, e.g. /speaker)
    note: str = ""  # an HTML line above every page (the filters in force)
    example: str = ""  # a question the corpus answers, for the note to a question not in Chinese

    def __len__(self) -> int:
        return len(self.passages) if self.speaker is not None else len(self.hits)

    def hit(self, index: int) -> Hit:
        if self.speaker is not None:
            return Hit(self.passages[index], 0.0, (self.speaker.name,))
        return self.hits[index]

    def page(self, start: int) -> render.Page:
        if self.speaker is not None:
            page = render.speaker_page(self.speaker, self.passages, start, self.per_page)
        else:
            page = render.answer_page(self.title, self.hits, start, self.per_page, self.truncated, self.example)
        if not self.note:
            return page
        html = f"{self.note}\n{page.html}"
        return render.Page(html if render.fits(html) else render.cut_html(html), page.trimmed)

    def page_of(self, index: int) -> int:
        return index - index % self.per_page


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


@dataclass(frozen=True, slots=True)
class Served:
    """The corpus being answered from: the Retriever and the facts shown about it."""

    retriever: Retriever
    facts: CorpusFacts


@dataclass(eq=False, slots=True)
class BotState:
    """Everything the handlers share, for one Application. Only the event loop changes it."""

    settings: Settings
    guard: Guard
    health: ApiHealth = field(default_factory=ApiHealth)
    stats: Stats = field(default_factory=Stats)
    views: Views = field(default_factory=Views)
    served: Served | None = None  # None until post_init has indexed the corpus
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one /reload at a time
    conversation: Conversation = field(default_factory=Conversation)  # follow-up contexts, per chat / group thread
    threads: talk.Threads = field(default_factory=talk.Threads)  # group messages of the bot → their thread

    @classmethod
    def create(cls, settings: Settings, health: ApiHealth) -> BotState:
        return cls(settings, Guard(settings.rate_limit, settings.allowed_chats, settings.admin_ids), health,
                   conversation=talk.conversation(settings.search, PAGES))

    @property
    def retriever(self) -> Retriever:
        return self._served().retriever

    @property
    def facts(self) -> CorpusFacts:
        return self._served().facts

    def _served(self) -> Served:
        if self.served is None:
            raise RuntimeError("no corpus served yet: build_application(settings, retriever) or post_init indexes one")
        return self.served

    def attach(self, app: Application) -> None:
        """Make this the state of ``app`` (``build_application`` does, once)."""
        app.bot_data[STATE] = self

    def serve(self, retriever: Retriever, corpus_facts: CorpusFacts | None = None) -> None:
        """Make ``retriever`` the one the handlers use (with the facts shown about its corpus)."""
        self.served = Served(retriever, corpus_facts or facts(retriever))

    def example(self) -> str:
        """The corpus's first example question (a generic one when it has none)."""
        examples = self.facts.examples
        return examples[0] if examples else "谁说了什么？"


def state_of(app: Application) -> BotState:
    """The BotState of an Application built by ``build_application``."""
    return app.bot_data[STATE]


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    """The context handlers get (``ContextTypes(context=BotContext)``): PTB's, plus the typed ``state``."""

    @property
    def state(self) -> BotState:
        return self.bot_data[STATE]


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, k = divmod(n, 36)
        out = digits[k] + out
        if n == 0:
            return out
