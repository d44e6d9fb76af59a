"""Who may ask and how often, as policy without Telegram: the allow-list (QA_ALLOWED_CHATS), the
per-user rate limit (QA_RATE_LIMIT) in fixed windows, and the cleaning of a question's invisible
characters. The handlers that apply it are in guard.py; the Guard lives in the BotState.
"""

from __future__ import annotations

import enum
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

WINDOW = 60.0  # seconds
MAX_TRACKED = 100_000  # users (and refused chats) remembered; the oldest are forgotten first
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
