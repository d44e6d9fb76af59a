"""Updates of one chat handled in the order they came, different chats at the same time.

With ``concurrent_updates(True)`` python-telegram-bot runs every update as its own task, so a
reply that arrives while the bot is still finishing its previous answer in the same chat (the
thread of a /filter, the conversation a follow-up refers to) could be handled before that
answer's state is recorded. ``ChatOrder`` is a ``BaseUpdateProcessor`` (PTB's public API for
this) that holds one lock per chat while an update of that chat is handled: a chat's updates
wait for each other, other chats do not wait at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class ChatOrder(BaseUpdateProcessor):
    """Up to ``max_concurrent_updates`` updates at once, one at a time per chat."""

    def __init__(self, max_concurrent_updates: int = 256):
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:  # inline queries, polls…: no chat to keep in order
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._waiting[chat.id] = self._waiting.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[chat.id] -= 1
            if not self._waiting[chat.id]:  # nobody else of this chat: the lock goes (memory stays bounded)
                del self._waiting[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
